"""What a spinner's swap stands next to: names, and the article before a word of the language.

A capitalised name makes a lower-case swap English only when it joins it: an English name after a
word of the language, or opened by a word the language writes in lower case, does not. A word of
the language that a slot shows to be the spinner's is the writer's own wherever its article fits.
"""
from __future__ import annotations

from cronaca.clean import spinner
from cronaca.clean.edits import apply
from cronaca.document import Integrity


def fixed(text: str, lang: str) -> tuple[str, Integrity]:
    integrity = Integrity()
    return apply(text, spinner.propose(text, lang), integrity), integrity


def test_swap_before_a_name_opened_by_a_word_of_the_language_is_repaired():
    text, integrity = fixed("Allerdings verfügt misfire International School on the Rhine aus einem "
                            "Grund über all diese Möglichkeiten.", "de")
    assert text.startswith("Allerdings verfügt die International School on the Rhine")
    assert [(r.kind, r.before, r.after) for r in integrity.repairs] == [
        ("substitution", "misfire", "die")]


def test_name_past_a_word_of_the_language_does_not_protect_the_swap():
    text, _ = fixed("2013 verzichtete sie auf Ermittlungen zu Betrugsvorwürfen gegen blow damalige "
                    "Trump University, eine Art Fortbildungsbetrieb für Unternehmer.", "de")
    assert "gegen die damalige Trump University" in text


def test_english_word_right_after_an_english_name_is_left_alone():
    text = "Der Artikel in der Financial Times review hat viele Leser überrascht."
    assert spinner.propose(text, "de") == []


def test_english_word_after_a_long_english_name_is_left_alone():
    text = "Sie lehrt an der Harvard Business School leadership und schreibt Bücher."
    assert spinner.propose(text, "de") == []


def test_acronym_does_not_cut_a_list_of_english_titles():
    # a table of contents of an English course: "KFZ" is the language's acronym, not a word that
    # parts "trouble" from the English titles around it
    text = ("27 Competence check KFZ S. 24 – 25 28 Engine trouble KFZ S. 26 – 27 29 Making phone "
            "calls Basic S. 50")
    assert spinner.propose(text, "de") == []


def test_word_of_the_language_is_repaired_only_where_its_slot_rules_it_out():
    # "l'message" is the spinner's ("message" takes no elided "l'"); "un message" asks a
    # masculine singular noun and gets one: the writer's own word stays
    text, integrity = fixed("Le ministre a envoyé un message aux maires. Selon lui, l'message "
                            "publique perçoit qu'il y a un changement.", "fr")
    assert text == ("Le ministre a envoyé un message aux maires. Selon lui, l'information "
                    "publique perçoit qu'il y a un changement.")
    assert [(r.kind, r.before, r.after) for r in integrity.repairs] == [
        ("substitution", "message", "information")]


def test_elided_article_next_to_a_weak_swap_is_no_english_neighbour():
    # "all'" is Italian "alla" cut short, not English "all": "age" stands for "era"
    text, integrity = fixed("Dopo mesi di silenzio qualcosa si age rotto all'interno della "
                            "maggioranza di governo.", "it")
    assert "qualcosa si era rotto all'interno" in text
    assert [(r.kind, r.before, r.after) for r in integrity.repairs] == [
        ("substitution", "age", "era")]


def test_elided_word_right_before_a_swap_is_no_english_word():
    # "quest'" is Italian "questa" cut short, not English "quest": "rank" is flagged (the
    # spinner's word for "estate"; too unsure of its original to change it)
    text = ("Il furto era avvenuto mesi fa, ma è stato scoperto dai proprietari solo quest'rank "
            "durante un sopralluogo nella villa.")
    edits = spinner.propose(text, "it")
    assert [(text[e.start:e.end], e.kind, e.rule.split(":")[0]) for e in edits] == [
        ("rank", "other", "spinner.suspect")]


def test_common_word_with_an_inner_letter_dropped_is_a_typo_not_a_swap():
    # "metre" for "mentre", "possible" for "possibile" (clean Italian crime news)
    text = ("Un uomo di 77 anni è rimasto ustionato al volto metre stava cercando di accendere "
            "una stufetta. Per il fegato è stato possible il trapianto in due pazienti diversi.")
    assert spinner.propose(text, "it") == []


def test_word_sharing_a_stem_with_the_language_is_still_a_swap_candidate():
    # "person" is "persone" less its last letter: a spinner's synonym, not a typo
    detector = spinner.Detector.for_language("it")
    assert detector.typo("metre")
    assert not detector.typo("person")


def test_token_joining_two_debris_pieces_into_a_word_is_a_broken_word():
    # "mot oci cli" is "motocicli" broken by an extraction (clean Italian crime news)
    text = ("Hanno rubato biciclette costosissime, attrezzature da pesca, mot oci cli e altri "
            "oggetti di valore dal garage della villetta.")
    assert spinner.propose(text, "it") == []


def test_original_written_twice_in_lower_case_gives_way_to_the_next_one():
    # "upright" stands for "grand" or "normal"; the writer's "grand" twice is strong evidence that
    # the spinner did not swap "grand" away (it swaps a word at every occurrence)
    text, integrity = fixed("Le marché est en grand désordre et le grand public hésite. Il n'est "
                            "pas upright que les prix montent autant.", "fr")
    assert "Il n'est pas normal que les prix" in text
    assert [(r.kind, r.before, r.after) for r in integrity.repairs] == [
        ("substitution", "upright", "normal")]

