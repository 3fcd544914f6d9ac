"""Slots the grammar gives a word: a determiner's place, an inflected form, a borrowed plural.

A spinner swaps every occurrence of a word, also of a determiner ("son" -> "boy"): a noun standing
bare where the determiner stood, in an article that lost that determiner, is the swap. A word with
the language's own gender and number endings ("operate": operato) and a loanword's English plural
("smartphones") are the writer's.
"""
from __future__ import annotations

from cronaca.clean import spinner
from cronaca.clean.edits import apply
from cronaca.document import Integrity

# about 800 words of French without "son": long enough to hold it twice
FRENCH_BODY = ("Le groupe a publié mardi les résultats du trimestre. Les ventes ont progressé dans "
               "toutes les régions, portées par la demande des entreprises et par les prix. "
               "La direction prévoit une croissance plus lente pour la fin de l'année. ") * 20


def repairs(text: str, lang: str) -> list[tuple[str, str, str]]:
    integrity = Integrity()
    apply(text, spinner.propose(text, lang), integrity)
    return [(r.kind, r.before, r.after) for r in integrity.repairs]


def test_noun_standing_where_a_lost_determiner_stood_is_repaired():
    text = FRENCH_BODY + "Le fabricant TSMC voit de boy bénéfice net bondir au deuxième trimestre."
    assert repairs(text, "fr") == [("substitution", "boy", "son")]


def test_noun_after_its_own_article_is_the_languages():
    text = FRENCH_BODY + "Dans la revue du soir, le boy danse devant un public ravi."
    assert repairs(text, "fr") == []


def test_article_that_writes_the_determiner_lost_none():
    text = (FRENCH_BODY + "TSMC voit son chiffre d'affaires bondir. Le fabricant voit de boy "
            "bénéfice net bondir au deuxième trimestre.")
    assert repairs(text, "fr") == []


def test_italian_participles_and_adjectives_before_an_article_are_the_writers():
    text = ("Nelle varie ispezioni operate dai militari tra Modena e provincia sono stati "
            "sequestrati quintali di merce. Le retate continue al Tempio hanno scacciato il giro.")
    assert spinner.propose(text, "it") == []


def test_inflected_sibling_is_read_from_the_endings():
    detector = spinner.Detector.for_language("it")
    assert detector.inflected_sibling("operate")  # operato, operati
    assert not detector.inflected_sibling("move")  # movo, mova: rare


def test_loanwords_english_plural_is_a_loanword():
    text = ("Ha rubato gli smartphones più costosi e più richiesti dal mercato, secondo la polizia "
            "locale di Modena.")
    assert spinner.propose(text, "it") == []


def test_unit_letter_before_a_swap_is_no_elided_article():
    # "1g/l storm": the "l" of grams per litre, not "l'": "storm" may still stand for "pour"
    text = ("Selon l'OMS, le produit est particulièrement toxique storm les poissons et les "
            "insectes. La limite de 0,1 microgramme par litre storm l'eau potable a été fixée en "
            "juin. La limite de 1g/l storm les eaux de surface reste en vigueur.")
    assert repairs(text, "fr") == [("substitution", "storm", "pour")] * 3


# --- fixed phrases (spinner_phrases.txt) ----------------------------------------------------------

def test_a_token_in_the_frame_of_a_fixed_phrase_is_read_as_the_phrase_word():
    # "wide" stands for "large" or "total"; "au [total]" is a French phrase, "au large" is not
    # listed: the frame picks "total"
    text = "Les dons ont atteint 555 000 euros au wide, un record pour la caisse de grève."
    assert [(text[e.start:e.end], e.replacement) for e in spinner.propose(text, "fr")] == [
        ("wide", "total")]


def test_the_same_token_outside_the_frame_keeps_the_lexicons_choice():
    text = "Le bateau a pris le wide vers les îles, loin de la côte."
    assert [(text[e.start:e.end], e.replacement) for e in spinner.propose(text, "fr")] == [
        ("wide", "large")]


def test_a_phrase_is_read_as_its_words_around_the_slot():
    from cronaca.clean.spinner import _read_phrase
    assert _read_phrase("d'autre [part]") == (("d", "autre"), "part", ())
    assert _read_phrase("quarti di [finale]") == (("quarti", "di"), "finale", ())
