"""Spinner swaps: English words in another language's text, found in general and undone when sure."""
from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from cronaca.clean import spinner
from cronaca.clean.edits import apply
from cronaca.document import Integrity


def fixed(text: str, lang: str) -> tuple[str, Integrity]:
    integrity = Integrity()
    return apply(text, spinner.propose(text, lang), integrity), integrity


def test_seed_advert_becomes_ad():
    text, integrity = fixed("sviluppando progetti advert alta tecnologia, inclusa la produzione "
                            "industriale", "it")
    assert text == "sviluppando progetti ad alta tecnologia, inclusa la produzione industriale"
    (repair,) = integrity.repairs
    assert (repair.kind, repair.before, repair.after, repair.rule) == (
        "substitution", "advert", "ad", "spinner.reverse_synonym")
    assert text[repair.start:repair.end] == "ad"


def test_seed_chief_becomes_leader_and_fantastic_becomes_fine_in_a_spun_paragraph():
    text, _ = fixed("Ha detto che i due chief discuteranno un nuovo piano per porre fantastic "
                    "al conflitto, mentre i negoziatori si incontravano advert Abu Dhabi.", "it")
    assert text == ("Ha detto che i due leader discuteranno un nuovo piano per porre fine al "
                    "conflitto, mentre i negoziatori si incontravano ad Abu Dhabi.")


def test_a_lone_ambiguous_swap_is_only_flagged():
    # "fantastic" may stand for "fine", "false", "rare"...: without other signs of spinning,
    # the text is left as it is and the token recorded as a suspect.
    text = "Il piano per porre fantastic al conflitto è stato discusso ieri sera a Roma."
    out, integrity = fixed(text, "it")
    assert out == text
    assert [(r.kind, r.before, r.rule) for r in integrity.repairs] == [
        ("other", "fantastic", "spinner.suspect:fine?")]


@pytest.mark.parametrize("text", [
    "Il premier ha incontrato i leader europei al summit di Bruxelles.",
    "I media hanno intervistato il manager della squadra durante il weekend.",
    "Lo spread è salito dopo il meeting del team economico.",
])
def test_italian_loanwords_are_never_flagged(text):
    assert spinner.propose(text, "it") == []


def test_quoted_english_phrase_is_left_alone():
    text = "Il presidente ha detto in inglese “we will never surrender”, poi ha lasciato la sala."
    assert spinner.propose(text, "it") == []


def test_english_proper_nouns_are_left_alone():
    text = "Il fondatore di Microsoft Bill Gates ha visitato la Casa Bianca con Steve Jobs."
    assert spinner.propose(text, "it") == []


def test_urls_and_addresses_are_left_alone():
    text = "Per informazioni scrivere a press@example.org oppure visitare www.example.org/news oggi."
    assert spinner.propose(text, "it") == []


def test_german_perish_becomes_die():
    text, integrity = fixed("Nach Angaben der Polizei wurden perish Straßen am Abend gesperrt.", "de")
    assert text == "Nach Angaben der Polizei wurden die Straßen am Abend gesperrt."
    assert [(r.before, r.after, r.start) for r in integrity.repairs] == [("perish", "die", 32)]


def test_spanish_transgression_is_detected():
    _, integrity = fixed("El ministro salió del edificio transgression decir nada a los periodistas.", "es")
    assert [r.before for r in integrity.repairs] == ["transgression"]


def test_french_spill_is_detected():
    _, integrity = fixed("Le gouvernement a voté spill la réforme des retraites mardi soir.", "fr")
    assert [r.before for r in integrity.repairs] == ["spill"]


def test_an_unclear_token_is_flagged_without_changing_the_text():
    text = "Il governo ha approvato la riforma con una maggioranza sneaky ieri sera."
    out, integrity = fixed(text, "it")
    assert out == text
    (repair,) = integrity.repairs
    assert repair.kind == "other" and repair.before == repair.after == "sneaky"
    assert repair.confidence < 0.5 and repair.rule.startswith("spinner.suspect")


def test_english_text_is_not_examined():
    assert spinner.propose("The chief said the advert was fantastic.", "en") == []


# Weak candidates: English words that wordfreq's list of the language holds often ("day" has zipf
# 4.6 in Italian, "work" 4.0 in German), unknown to the language's lexicon.

def test_italian_day_in_plain_running_text_becomes_era():
    text, integrity = fixed("Il tempo medio di attesa agli sportelli day di circa quattro ore.", "it")
    assert text == "Il tempo medio di attesa agli sportelli era di circa quattro ore."
    assert [(r.before, r.after, r.rule) for r in integrity.repairs] == [
        ("day", "era", "spinner.reverse_synonym")]


def test_spanish_electric_before_a_noun_becomes_el():
    text, _ = fixed("Al sitio llegó electric coronel José Abdón Galindo, comandante operativo.", "es")
    assert text == "Al sitio llegó el coronel José Abdón Galindo, comandante operativo."


def test_german_work_becomes_man_next_to_capitalised_nouns():
    # German writes nouns with a capital (clean.tsv capitalised_nouns), so "Viren" is no name.
    text, _ = fixed("Die Frage ist, ob work die Viren aushungern kann, wie oft behauptet wird.", "de")
    assert text == "Die Frage ist, ob man die Viren aushungern kann, wie oft behauptet wird."


@pytest.mark.parametrize("text", [
    "secondo i dati di Gartner research del terzo trimestre, Lenovo è prima nel mercato.",
    "West era diventato famoso negli anni 60 vestendo i panni di Batman.",
    "Nel frattempo l'on. Silvio Berlusconi ha dichiarato che sarà lui a scegliere.",
    "uno dei mercati più proficui per le internet company del mondo intero.",
])
def test_weak_candidates_next_to_names_capitalised_elided_or_borrowed_stay(text):
    assert spinner.propose(text, "it") == []


def test_an_english_title_opened_by_a_capitalised_common_word_is_left_alone():
    text = "Le journal a publié un titre pareil. « The scramble », qui désigne une bousculade."
    assert spinner.propose(text, "fr") == []


def test_a_neighbour_the_language_knows_does_not_hide_a_swap():
    # "large" is English too, but French: it does not make "advantageous" part of an English phrase
    text, _ = fixed("L'indice Topix, advantageous large, a cédé 1,6 % à 2.868 points en fin de "
                    "séance.", "fr")
    assert text.startswith("L'indice Topix, plus large, a cédé")


def test_a_hyphen_compound_with_a_native_part_is_examined():
    text, _ = fixed("Le colistier a fait l'éloge de sa useful-mère propriétaire d'armes à feu.",
                    "fr")
    assert "sa grand-mère propriétaire" in text


def test_an_english_hyphen_compound_stays():
    assert spinner.propose("Les militants no-mask ont manifesté devant la mairie samedi.",
                           "fr") == []


def test_a_short_quoted_english_phrase_stays():
    text = ("Sono indagati per reati connessi alla tutela del “made in Italy” e alla "
            "contraffazione dei marchi.")
    assert spinner.propose(text, "it") == []


def test_a_comma_parts_a_weak_swap_from_the_name_before_it():
    text, _ = fixed("Il mercato della pubblicità cresce in Italia, change nel resto del mondo, "
                    "secondo gli analisti.", "it")
    assert "in Italia, come nel resto del mondo" in text


def test_a_weak_swap_after_a_sentence_opening_word_is_repaired():
    text, _ = fixed("La riunione è durata tre ore. Chi day presente ha parlato di un accordo "
                    "vicino.", "it")
    assert text == ("La riunione è durata tre ore. Chi era presente ha parlato di un accordo "
                    "vicino.")


def test_the_same_swap_nearby_is_no_english_context():
    text, _ = fixed("La prueba culminará electric domingo con electric evento de keirin en "
                    "Aigle.", "es")
    assert text == "La prueba culminará el domingo con el evento de keirin en Aigle."


@pytest.mark.parametrize("text", [
    "Il ministro ha difeso il made in Italy durante la fiera di Milano, davanti agli espositori.",
    "La dose di hashish era nascosta in un boiler dei servizi igienici del locale.",
    "Torneranno le visite in due (più under 14) a casa di amici e parenti.",
])
def test_english_the_language_itself_quotes_is_not_repaired(text):
    # weak candidates whose own use in Italian far outweighs what a spinner could send them
    assert [e for e in spinner.propose(text, "it") if e.kind == "substitution"] == []


def test_two_swapped_words_do_not_share_one_original():
    # "requirement" and "origination" both most likely stand for "cause"; a spinner maps each
    # word to one replacement, so the surer token keeps "cause" and the other takes "source"
    text = ("Le ministre a rappelé la requirement des entreprises au budget et la origination du "
            "financement public, dans un long discours au Sénat hier soir.")
    repairs = {text[e.start:e.end]: e.replacement for e in spinner.propose(text, "fr")}
    assert repairs == {"requirement": "cause", "origination": "source"}


def test_the_elision_before_a_swap_tells_the_originals_first_letter():
    # the spinner left the article alone: "l'" was written for a word starting with a vowel, so
    # "affair" stands for "article", not for the likelier "social" or "plan"
    text = ("Le quotidien a publié hier soir l'affair sur la réforme des retraites, reprise par "
            "toute la presse.")
    repairs = [(e.replacement, e.rule) for e in spinner.propose(text, "fr")]
    assert repairs[0][0] == "article"


def test_a_capitalised_name_after_a_title_abbreviation_is_not_sentence_initial():
    text = ("Dans l'entourage immédiat de M. Carter, la réponse de M. Begin a déclenché des "
            "commentaires inquiets.")
    assert spinner.propose(text, "fr") == []


def test_an_english_term_glossed_in_brackets_stays():
    text = ("Le forme del cyberbullismo sono molte: denigrazione, impersonation (furto di "
            "identità) e altre ancora.")
    assert spinner.propose(text, "it") == []


def test_the_language_lexicon_is_a_word_list_built_with_the_lexicon_not_simplemma_at_run_time():
    # German's lexicon knows "team" and "manager" (German words too); not "perish"
    detector = spinner.Detector.for_language("de")
    assert detector.in_lexicon("team") and detector.in_lexicon("manager")
    assert not detector.in_lexicon("perish")
    code = ("import sys; from cronaca.clean import spinner; "
            "spinner.propose('Ha detto che i due chief discuteranno un piano.', 'it'); "
            "print('simplemma' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(Path(spinner.__file__).parents[2])})
    assert out.stdout.strip() == "False", out.stderr


def test_a_weak_token_the_language_hardly_uses_as_english_is_repaired_even_next_to_a_name():
    # "preview" (odds 36 in Italian) after "Bartoletti": the spinner's "ad"; "Gartner research"
    # (odds 0.003) stays, see the test above
    text, _ = fixed("Vittorio Feltri intervistato da Marino Bartoletti preview un incontro "
                    "pubblico a Cortina critica il governo.", "it")
    assert text == ("Vittorio Feltri intervistato da Marino Bartoletti ad un incontro "
                    "pubblico a Cortina critica il governo.")


def test_an_english_word_next_to_a_rare_english_word_is_a_quoted_phrase():
    text = ("Ils parlent du phénomène des travailleurs pauvres (working poors). En outre, pour "
            "les jeunes, rien ne change.")
    assert spinner.propose(text, "fr") == []


def test_two_swaps_side_by_side_are_both_repaired():
    text, _ = fixed("Außerdem müsse underling misfire vorhandenen Rahmenbedingungen zur Kenntnis "
                    "nehmen.", "de")
    assert text == "Außerdem müsse man die vorhandenen Rahmenbedingungen zur Kenntnis nehmen."


@pytest.mark.parametrize(("text", "lang"), [
    ("Per la successione si parla di due nomi in pole position, entrambi vicini al governo.", "it"),
    ("L'attività della nostra intelligence a tutela delle istituzioni è stata decisiva.", "it"),
    ("Le cluster de contaminations a été détecté dans un lycée de la banlieue nord.", "fr"),
    ("Le reporting mensuel doit être envoyé avant la deadline fixée par la direction.", "fr"),
    ("Los riders de las plataformas de reparto protestaron frente al ministerio.", "es"),
])
def test_anglicisms_the_press_of_the_language_uses_stay(text, lang):
    assert spinner.propose(text, lang) == []


def test_a_swap_before_a_stop_and_a_closing_bracket_is_not_part_of_an_address():
    text, _ = fixed("(Les résultats de la consultation seront publiés sur le site dès que "
                    "workable.) Merci de votre patience.", "fr")
    assert text == ("(Les résultats de la consultation seront publiés sur le site dès que "
                    "possible.) Merci de votre patience.")


def test_a_word_inside_an_address_stays():
    text = "Le document est en ligne sur notre site http://workable.fr/doc.pdf depuis lundi."
    assert spinner.propose(text, "fr") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Manager des Teams sagte, das Team werde am Montag in Berlin trainieren.", "de"),
    ("Il leader del partito e il premier hanno parlato ai media dopo il summit di Bruxelles.",
     "it"),
    ("El leader del partido habló con la prensa, según el manager del equipo.", "es"),
    ("Keir Starmer e Mark Carney hanno incontrato Friedrich Merz a Londra ieri sera.", "it"),
])
def test_loanwords_and_english_names_stay(text, lang):
    assert spinner.propose(text, lang) == []


def test_an_english_part_of_a_german_hyphen_compound_stays():
    text = "Wir sind Menschen in Deutschland, Menschen aus der occupy-Bewegung und aus allen Schichten."
    assert spinner.propose(text, "de") == []


def test_an_english_word_the_lexicon_knows_but_english_uses_far_more_opens_a_phrase():
    # simplemma's German lexicon knows "load"; wordfreq: 4.6 in English, 2.8 in German
    text = ("Im mobilen Netz gibt es eine Lastverteilung (neudeutsch: load balancing), die oft "
            "an Knoten erfolgt.")
    assert spinner.propose(text, "de") == []


def test_an_english_word_next_to_a_borrowed_german_noun_is_a_phrase():
    text = ("Wir bieten abwechslungsreiche Aufgaben in einer Institution mit awesome Team und "
            "spannenden Projekten.")
    assert spinner.propose(text, "de") == []


# --- German: English words the language knows only as capitalised nouns ------------------------

def test_german_lower_case_noun_in_a_verb_slot_is_flagged():
    # "Action" is a German noun, frequent enough in wordfreq's German list to hide "action";
    # written in lower case where the verb stands it is no German word: the spinner's "war".
    text = "Der Impfstoff von Astrazeneca action verantwortlich für seltene Thrombosen, sagte sie."
    assert [(e.kind, text[e.start:e.end], e.rule) for e in spinner.propose(text, "de")] == [
        ("other", "action", "spinner.suspect:war?")]


def test_german_lower_case_noun_is_repaired_in_a_visibly_spun_article():
    text = ("Der Impfstoff von Astrazeneca action verantwortlich für seltene Thrombosen. Die Ärzte "
            "sagen, decamp Fälle seien selten und decamp Risiken gering, accordingly bleibe der "
            "Impfstoff zugelassen. Die Behörde bearskin ihn geprüft.")
    out, _ = fixed(text, "de")
    assert out.startswith("Der Impfstoff von Astrazeneca war verantwortlich für seltene Thrombosen.")


def test_german_lower_case_noun_after_an_article_is_a_lower_cased_noun():
    # after a noun marker (noun_markers.txt) the noun slot is filled: a writer's lower case
    text = "Wie im anderen Forum beschrieben, habe ich ein issue mit dem Update seit gestern."
    assert spinner.propose(text, "de") == []


def test_german_capitalised_noun_opening_a_sentence_is_german():
    text = "Action ist das Genre, das die Zuschauer in diesem Sommer am meisten ins Kino lockt."
    assert spinner.propose(text, "de") == []


def test_german_text_written_in_lower_case_keeps_its_nouns():
    # a forum post that capitalises nothing: its lower-case nouns say nothing
    text = ("ich glaube die kids heute haben es schwer, radio und fernsehen sind ihnen egal und "
            "sie lesen kaum noch zeitung oder bücher.")
    assert spinner.propose(text, "de") == []


# --- the slot after a noun marker ------------------------------------------------------------

def test_after_an_article_a_closed_class_word_is_not_restored():
    # "number" most often stands for "come", but "le come ipotesi" is no Italian: after an article
    # (noun_markers.txt) the closed-class words of function_words.txt are ruled out, and what is
    # left is not sure enough to change the text
    text = "Secondo la polizia le number ipotesi sono due e le indagini proseguono da ieri sera."
    assert [(e.kind, e.rule) for e in spinner.propose(text, "it")] == [
        ("other", "spinner.suspect:base?")]


def test_without_an_article_before_it_the_closed_class_word_is_restored():
    text = "Il sindaco ha parlato number un amico dei cittadini durante la riunione di ieri sera."
    out, _ = fixed(text, "it")
    assert out == "Il sindaco ha parlato come un amico dei cittadini durante la riunione di ieri sera."


# --- broken words ------------------------------------------------------------------------------

def test_a_piece_of_a_broken_word_is_no_swap():
    # "lad" + "ri" is "ladri": the extraction broke the word, the spinner swapped nothing
    text = "Segni evidenti di una visita dei lad ri. I proprietari hanno chiamato la polizia."
    assert spinner.propose(text, "it") == []


def test_a_word_broken_into_several_pieces_is_no_swap():
    # "con diz ion i" is "condizioni": "diz" is no word, however common "con" and "i" are
    text = "La trasferta di Venaria Reale e in perfette con diz ion i, mi hanno detto ieri sera."
    assert spinner.propose(text, "it") == []


def test_a_borrowed_word_written_in_two_pieces_is_no_swap():
    # "pic nic": Italian writes the borrowed "picnic" nearly as often as English does
    text = "Nel parco una famiglia stava facendo un pic nic quando sono arrivati i vigili."
    assert spinner.propose(text, "it") == []


def test_a_swap_next_to_a_common_short_word_is_still_a_swap():
    # "client" + "e" is "cliente", but "e" is a word in its own right
    assert spinner.Detector.for_language("it").candidate("client")
    from cronaca.clean.spinner import _broken_word
    text = "Hanno rubato i cinque client e li hanno venduti a un ricettatore."
    start = text.index("client")
    assert not _broken_word(text.lower(), start, start + 6, spinner.Detector.for_language("it"))


# --- weak tokens in an article with out-of-language swaps ------------------------------------

def test_a_weak_token_alone_is_only_flagged():
    # Italian text uses "client" as English now and then (software, networks): alone it is a
    # suspect
    text = "I ladri hanno rubato i cinque client della scuola e sono fuggiti nella notte."
    assert [(e.kind, e.rule) for e in spinner.propose(text, "it")] == [
        ("other", "spinner.suspect:computer?")]


def test_a_weak_token_is_repaired_where_the_article_holds_an_out_of_language_swap():
    text = ("I ladri hanno rubato i cinque client della scuola e sono fuggiti advert Arezzo "
            "nella notte.")
    out, _ = fixed(text, "it")
    assert out == ("I ladri hanno rubato i cinque computer della scuola e sono fuggiti ad Arezzo "
                   "nella notte.")


def test_a_menu_item_on_a_line_of_its_own_is_no_swap():
    # the lines around it are German, but "Toggle" alone on its line is not running text
    text = ("Rezept in der Listen-Ansicht:\nAlle Bilder anzeigen\nToggle\n1 von 17\n"
            "Damit sich der Kuchen nach dem Backen gut aus der Form löst, fetten wir sie ein.")
    assert spinner.propose(text, "de") == []


# --- brackets and quotes -----------------------------------------------------------------------

def test_an_acronym_in_brackets_abbreviates_the_name_and_glosses_no_token():
    text = ("L'Office fédéral de l'farming (OFAG) retire immédiatement de la circulation ce "
            "produit.")
    out, _ = fixed(text, "fr")
    assert out.startswith("L'Office fédéral de l'agriculture (OFAG) retire")


def test_a_quoted_phrase_of_the_language_may_hold_a_swap():
    # «second cerveau» is a French phrase: the spinner's "product" in it is no cited English term
    text = "Selon certains scientifiques, l'intestin serait notre «product cerveau» à nourrir."
    assert [text[e.start:e.end] for e in spinner.propose(text, "fr")] == ["product"]


def test_a_quoted_english_term_stays():
    text = "Les chercheurs parlent d'un phénomène « quench » dans les aimants du laboratoire."
    assert spinner.propose(text, "fr") == []


# --- loanwords the language inflects ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die neue Tasche sorgt für mehr Fülle und einen soften Griff, sagt die Designerin.",
    "Die Trainerin gilt als tough und hat die Mannschaft in zwei Jahren nach oben gebracht.",
])
def test_german_inflected_english_adjective_is_a_loanword(text):
    # "softe", "toughe": German inflects them like its own adjectives (adjective_endings.txt)
    assert spinner.propose(text, "de") == []


def test_a_german_noun_plural_does_not_make_a_lower_case_noun_a_loanword():
    # "Veteranen" is the plural of the noun "Veteran": lower-case "veteran" is still the spinner's
    text = "Es ist nicht klar, ob veteran Leistungen abliefert, die der Trainer von ihm erwartet."
    assert [text[e.start:e.end] for e in spinner.propose(text, "de")] == ["veteran"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il ticket sanitario per le visite specialistiche aumenterà dal prossimo mese."),
    ("fr", "La presse people a publié les photos du couple pendant le week-end."),
    ("es", "El nuevo resort de lujo abrirá sus puertas el próximo verano en la costa."),
    ("it", "E i cittadini mormorano usando l'ormai usuale refrain quando spuntano nuovi colpi."),
    ("it", "La passione smodata per la musica trap li spinge a imitare i propri idoli."),
    ("fr", "La procédure d'impeachment contre le président a été lancée par les démocrates."),
    ("fr", "Le turnover des salariés reste élevé dans la restauration rapide."),
    ("fr", "Ces militants dénoncent la culture woke dans les universités américaines."),
])
def test_loanwords_the_press_uses_stay(lang, text):
    assert spinner.propose(text, lang) == []


def test_the_same_swap_nearby_is_no_english_phrase():
    # the spinner turned every "die" into "five": the neighbouring "five" are its own swaps
    text = ("Die hier vorgestellte Art von Mut ist nicht five Gleiche, über five Aristoteles "
            "sprach – five Art, five als Vermittler zwischen dem Laster der Feigheit.")
    out, _ = fixed(text, "de")
    assert out == ("Die hier vorgestellte Art von Mut ist nicht die Gleiche, über die Aristoteles "
                   "sprach – die Art, die als Vermittler zwischen dem Laster der Feigheit.")


def test_two_different_english_words_around_a_token_make_a_phrase():
    text = "Der Verein nennt das Projekt einfach only for members und lädt alle ein."
    assert spinner.propose(text, "de") == []


def test_a_lower_case_noun_the_article_repeats_is_repaired():
    # the spinner swaps a word at every occurrence; a writer does not slip on one noun thrice
    text = ("Der Impfstoff action verantwortlich für seltene Thrombosen. Es action klar, dass die "
            "Forscher weiter suchen. Die Wirkung action nicht immer gleich, sagte die Ärztin.")
    out, _ = fixed(text, "de")
    assert out == ("Der Impfstoff war verantwortlich für seltene Thrombosen. Es war klar, dass die "
                   "Forscher weiter suchen. Die Wirkung war nicht immer gleich, sagte die Ärztin.")


def test_a_german_noun_is_never_restored_for_a_lower_case_token():
    # "sinus" could stand for "cup" or "channel", but those are German nouns ("Cup", "Channel"),
    # written with a capital: a spinner reading lower-case words never swapped them
    text = "Die Winkelfunktionen (sinus, cosinus, tangens) lernen die Schüler in der zehnten Klasse."
    assert all(e.kind == "other" for e in spinner.propose(text, "de"))


def test_an_english_function_word_next_to_a_token_makes_an_english_phrase():
    text = "Era sconosciuto al Fisco un bed and breakfast del centro storico di Modena."
    assert spinner.propose(text, "it") == []


def test_without_the_english_function_word_the_same_token_is_a_swap():
    text = "Era sconosciuto al Fisco un bed del centro storico di Modena."
    (edit,) = spinner.propose(text, "it")
    assert (text[edit.start:edit.end], edit.kind) == ("bed", "substitution")


def test_an_elided_word_of_the_language_next_to_a_token_is_no_english_word():
    # "all'" is Italian "alla" elided, not English "all": the spinner's "mummy" (for "ma")
    text = "Nato il 27 maggio 1914 a Roma (mummy all'anagrafe risulta nato l'1 giugno), visse a Milano."
    out, _ = fixed(text, "it")
    assert out == "Nato il 27 maggio 1914 a Roma (ma all'anagrafe risulta nato l'1 giugno), visse a Milano."


@pytest.mark.parametrize(("article", "original"), [("un", "trio"), ("una", "opera")])
def test_the_article_before_a_token_picks_an_original_of_its_gender(article, original):
    # "orchestration" stands for "opera" or "trio" about as often: the article tells which
    # (one swap in a clean article is only flagged, with its likely original)
    text = (f"Stasera in piazza la banda suona {article} orchestration della scuola di musica, "
            "racconta la madre.")
    (edit,) = spinner.propose(text, "it")
    assert (edit.kind, edit.rule) == ("other", f"spinner.suspect:{original}?")


def test_agreement_reorders_originals_but_makes_none_surer():
    # an OCR error after "la" is no likelier a swap for it: the best share stays what it was
    # ("midst": "core" or "area"; "craving", used here before, is English that Italian text
    # holds far more than spinners produce it, see spinner_strong_odds.tsv)
    (masculine,) = spinner.propose("Ha sempre avuto un midst per la cucina di casa.", "it")
    (feminine,) = spinner.propose("Ha sempre avuto una midst per la cucina di casa.", "it")
    assert (masculine.replacement, feminine.replacement) == ("core", "area")
    assert masculine.confidence == feminine.confidence


def test_an_english_slogan_label_stays():
    text = "Guai a definirlo no vax o no mask: «Non siamo vicini ad alcun gruppo politico»."
    assert spinner.propose(text, "it") == []


def test_a_swap_away_from_the_slogan_label_is_still_repaired():
    text = ("Il gruppo no mask ha protestato, e i due chief discuteranno un nuovo piano per porre "
            "fantastic al conflitto mentre i negoziatori si incontravano advert Abu Dhabi.")
    out, _ = fixed(text, "it")
    assert out == ("Il gruppo no mask ha protestato, e i due leader discuteranno un nuovo piano per "
                   "porre fine al conflitto mentre i negoziatori si incontravano ad Abu Dhabi.")


def test_a_capitalised_english_label_next_to_a_token_makes_a_phrase():
    text = "Lotta al Covid: in tutti i Drive through della provincia sarà possibile fare il tampone."
    assert spinner.propose(text, "it") == []


def test_a_word_of_the_language_after_an_elided_article_it_cannot_follow_is_a_swap():
    # "transpire" is French too, but "n'" never stands before a consonant: the spinner's word
    text = "Il a dit qu’il n’transpire pas à juguler le suicide dans le pays, selon le rapport publié hier."
    (edit,) = spinner.propose(text, "fr")
    assert (text[edit.start:edit.end], edit.kind, edit.replacement) == (
        "transpire", "substitution", "arrive")


def test_a_word_of_the_language_in_a_slot_its_elision_allows_stays():
    text = "Il a dit qu’il ne transpire pas à juguler le suicide dans le pays, selon le rapport publié hier."
    assert spinner.propose(text, "fr") == []


def test_a_full_form_that_need_not_elide_rules_nothing_out():
    # Italian pronoun "lo" stays whole before a vowel ("non lo era"): no slot to read
    text = "Dal punto di vista della difesa, invece, non lo era, e pertanto era stata chiesta l'assoluzione."
    assert spinner.propose(text, "it") == []


def test_a_word_starting_with_a_vowel_after_a_full_form_that_must_elide_is_a_swap():
    # French "la" always elides before a vowel: "la allegro" was not written so
    text = "On observe un changement dans la allegro de la migration depuis les années soixante-dix."
    (edit,) = spinner.propose(text, "fr")
    assert text[edit.start:edit.end] == "allegro"


def test_a_word_broken_into_many_pieces_is_no_swap():
    # "insignificante" split by a bad extraction: "can" is a piece of it, not English
    text = "Hanno rubato poco e niente, qualche orologio ins ign ifi can te. I ladri sono fuggiti."
    assert spinner.propose(text, "it") == []


def test_a_word_a_slot_shows_as_the_spinners_is_its_swap_everywhere():
    text = ("Par ailleurs, l’notion publique perçoit un changement. Selon les sondages, la notion "
            "publique oublie néanmoins que les migrations anciennes ont duré longtemps.")
    edits = spinner.propose(text, "fr")
    assert [text[e.start:e.end] for e in edits] == ["notion", "notion"]


@pytest.mark.parametrize(("word", "agreement"), [("table", "f"), ("art", "m"), ("nation", "f")])
def test_a_known_gender_comes_before_the_ending_guess(word, agreement):
    # word_agreement.tsv knows "table" and "art", whose endings show nothing; "-tion" shows "f"
    assert spinner.Detector.for_language("fr").agreement(word) == agreement


def test_a_gender_the_dictionary_knows_overrules_the_lexicons_first_choice():
    # "allegro" is most often "passage" (m) to the lexicon, but "la" asks a feminine noun:
    # "composition" (f, word_agreement.tsv)
    text = ("La France a changé. On voit un changement dans la allegro de la migration depuis "
            "les années 1970.")
    (edit,) = spinner.propose(text, "fr")
    assert (edit.kind, edit.replacement) == ("substitution", "composition")


def test_a_gender_the_dictionary_knows_names_the_suspects_likely_original():
    # "international" and "art" are masculine: after "une", "technique" is the likely original
    text = "Une horsemanship simple permet de contrôler sa respiration et de réduire le stress."
    (edit,) = spinner.propose(text, "fr")
    assert (edit.kind, edit.rule) == ("other", "spinner.suspect:technique?")


_JOKER = ("Le ministre a présenté un programme ambitieux pour régler la joker du chômage, et les "
          "syndicats ont salué cette {} préparée avec les partenaires sociaux.")


def test_a_word_of_the_language_its_article_disagrees_with_is_flagged_beside_a_swap():
    # "joker" is French (m), but "la" was written for the spinner's swapped "question" (f)
    text = _JOKER.format("advert")
    edits = {text[e.start:e.end]: e for e in spinner.propose(text, "fr")}
    assert (edits["joker"].kind, edits["joker"].rule) == ("other", "spinner.suspect:question?")


def test_a_word_of_neither_reverse_lexicon_is_read_where_its_article_asks_another_gender():
    # "district" is French (m) and in no reverse lexicon of flagged or slot words; after
    # "une" (f) it stands for the spinner's swapped "zone" (spinner_reverse_gender.tsv)
    text = ("Le rapport montre qu'il y a une district grise entre le droit et le non-droit, "
            "et que les advert restent rares.")
    edits = {text[e.start:e.end]: e for e in spinner.propose(text, "fr")}
    assert (edits["district"].kind, edits["district"].rule) == ("other", "spinner.suspect:zone?")


def test_an_article_disagreeing_with_its_noun_alone_is_no_spinner_evidence():
    # a writer's slip or an OCR error ("tous les rapport") looks the same
    assert spinner.propose(_JOKER.format("initiative"), "fr") == []


def test_a_rare_english_word_standing_for_a_function_word_is_a_swap():
    # "milt" is no Italian word, though too close in frequency to be out of the language by
    # itself: the spinner's replacement for "come"
    text = "Si cerca di scongiurare quello che si presenta milt un disastro umanitario imminente, dice."
    (edit,) = spinner.propose(text, "it")
    assert (text[edit.start:edit.end], edit.replacement) == ("milt", "come")


def test_an_english_word_between_a_content_word_and_an_article_stood_for_a_function_word():
    # "move" is known to the Italian lexicon, but no Italian noun stands bare before "le": the
    # spinner's "come" ("perdendo arti come le zampe")
    text = ("Le locuste muoiono, mentre possono sopravvivere perdendo arti move le zampe "
            "posteriori, spiegano i ricercatori.")
    (edit,) = spinner.propose(text, "it")
    assert (text[edit.start:edit.end], edit.replacement) == ("move", "come")


def test_a_verb_form_before_an_article_is_no_function_word_slot_where_clean_tsv_says_so():
    # Spanish sets no spinner_marker_slot_gap: "use" is its own verb form ("no use la cuenta")
    text = "Por favor no use la cuenta del superusuario cuando no es necesario, dice el manual."
    assert spinner.propose(text, "es") == []


_PLUS = ("Le ventre est un organe {} complexe qu'on ne le croit. Les chercheurs en savent {} "
         "sur son fonctionnement et sur le rôle des bactéries. Il ne faut pas attendre {} "
         "longtemps pour consulter. ")


def test_a_word_of_the_language_is_a_swap_where_the_frequent_word_it_stands_for_is_missing():
    # "positive" is French, but an article of this length (~920 words: "plus" expected 4.4 times)
    # without a single "plus" lost it: the spinner put "positive" at every occurrence
    text = (_PLUS.format("positive", "positive", "positive") + "Le repos compte aussi. " * 4) * 18
    edits = spinner.propose(text, "fr")
    assert {(text[e.start:e.end], e.replacement) for e in edits} == {("positive", "plus")}
    assert len(edits) == 54


def test_a_word_of_the_language_stays_where_the_frequent_word_it_may_stand_for_is_present():
    text = (_PLUS.format("plus", "positive", "positive") + "Le repos compte aussi. " * 4) * 18
    assert spinner.propose(text, "fr") == []


def test_a_word_the_article_also_writes_capitalised_inside_a_sentence_is_a_name():
    text = ("Warum wird nicht thematisiert, dass Sky wiederholt Übertragungen verschiebt? Golf hat "
            "bei sky kein gutes Zuhause mehr, schreibt ein Leser.")
    assert spinner.propose(text, "de") == []


def test_a_short_word_right_after_a_number_is_a_unit():
    text = "Der Vorlaufsieger (6,65 sec) konnte sich ebenso im Finale gegen die starke Konkurrenz durchsetzen."
    assert spinner.propose(text, "de") == []


def test_the_article_form_before_a_token_picks_an_original_that_can_follow_it():
    # "uno" stands before s + consonant, z, ps...: the spinner's "prospectus" after "uno" was
    # "scenario", not the likelier "idea" (that would be "un'idea")
    text = ("Gli Stati Uniti debbono abbandonare le città irachene o affrontare uno prospectus "
            "da incubo, ha detto il senatore.")
    (edit,) = spinner.propose(text, "it")
    assert (edit.kind, edit.replacement) == ("substitution", "scenario")


def test_without_the_article_the_likelier_original_stands():
    text = ("Gli Stati Uniti debbono abbandonare le città irachene: prospectus da incubo, "
            "ha detto il senatore.")
    (edit,) = spinner.propose(text, "it")
    assert (edit.kind, edit.replacement) == ("substitution", "idea")


def test_an_original_standing_only_capitalised_was_not_swapped_away():
    # "Journal" in a name does not show that the article's lower-case "journal" survived: the
    # spinner swaps lower-case words, so "le annual" may well be "le journal"
    text = ("Selon le Wall Street Journal, une étude publiée le 8 septembre dans le annual Plos "
            "Medicine montre que l'ibuprofène ne favorise pas les formes graves de la maladie.")
    (edit,) = spinner.propose(text, "fr")
    assert edit.rule == "spinner.suspect:journal?"


def test_an_original_standing_in_lower_case_was_not_swapped_away():
    text = ("Selon le journal du soir, une étude publiée le 8 septembre dans le annual Plos "
            "Medicine montre que l'ibuprofène ne favorise pas les formes graves de la maladie.")
    (edit,) = spinner.propose(text, "fr")
    assert "journal" not in (edit.rule, edit.replacement)


def test_after_an_ordinal_a_token_stood_for_a_noun_not_a_function_word():
    # "primo" is followed by a noun or adjective: the spinner's "exercise" (for "set") there is
    # not "con" or "come", whatever their frequency
    text = ("La partita si è giocata davanti a 2.797 spettatori, dopo un primo exercise dominato "
            "dalle olandesi e concluso 25-18.")
    (edit,) = spinner.propose(text, "it")
    assert edit.rule == "spinner.suspect:solo?"


def test_a_word_written_with_combining_accents_is_one_word():
    # "Dépossédé" decomposed (NFD: e + U+0301): its letters between the accents ("posse") are no
    # English word standing in French text
    text = unicodedata.normalize(
        "NFD", "Dépossédé de son histoire, dépecé de sa spécificité, le chœur de la radio se "
               "tait pour la première fois depuis sa création.")
    assert spinner.propose(text, "fr") == []


def test_every_article_before_a_repeated_swap_counts_against_an_original_of_the_other_gender():
    # "society" most often stands for "culture" (written here, so not swapped away), then the
    # masculine "public"; three times "la society" rule "public" out: "population" is restored
    text, _ = fixed("Dans ce pays, la culture change vite. Selon l’institut, la society de la "
                    "région a doublé en vingt ans, la society urbaine continuera de croître et "
                    "la society rurale vieillit.", "fr")
    assert text == ("Dans ce pays, la culture change vite. Selon l’institut, la population de la "
                    "région a doublé en vingt ans, la population urbaine continuera de croître et "
                    "la population rurale vieillit.")


def test_agreeing_articles_do_not_make_the_lexicons_own_first_choice_surer():
    # the articles agree with "culture", the lexicon's first choice anyway: no more sure than
    # before that it was the original, the token stays a suspect
    text = ("Selon l’institut, la society de la région a doublé en vingt ans, la society urbaine "
            "continuera de croître et la society rurale vieillit.")
    assert {(e.kind, e.rule) for e in spinner.propose(text, "fr")} == {
        ("other", "spinner.suspect:culture?")}


def test_an_english_word_parted_by_a_comma_makes_no_english_phrase_with_the_swap():
    text, _ = fixed("Si è sperato che si potesse trattare dell'opera di un hacker, mama le "
                    "conferme sono arrivate successivamente dalla polizia.", "it")
    assert "di un hacker, ma le conferme" in text


def test_a_weak_swap_after_an_elided_word_is_repaired_when_it_is_no_word_of_the_language():
    # "c'age" for "c'era"; a word of the language after an elision ("l'on") stays exempt
    text, _ = fixed("La legge era stata presentata dall'Udc, la quale affermava che nel testo non "
                    "c'age una definizione chiara del reato.", "it")
    assert "non c'era una definizione" in text


def test_a_weak_token_close_in_frequency_is_flagged_when_spinners_reach_it_often():
    # "cosmopolitan" is nearly as frequent in Italian's word list as in English, but a spinner's
    # "state" reaches it far more often than Italian writers use it
    text = "Condoglianze per la sciagura sono cosmopolitan espresse anche da Papa Francesco."
    (edit,) = spinner.propose(text, "it")
    assert (text[edit.start:edit.end], edit.rule) == ("cosmopolitan", "spinner.suspect:state?")


def test_the_languages_own_word_after_an_unelided_article_is_no_swap():
    # French writes "le oui" (a referendum's yes) and "que oui" without elision; "oui" is far
    # more French than English, so no spinner put it there for "fine"
    text = "Lors du référendum, le oui a obtenu 52 % des voix. Je crois que oui, a-t-il répondu."
    assert spinner.propose(text, "fr") == []


def test_a_token_before_a_comma_stood_for_no_article():
    # the lexicon's likeliest original of "conclusion" is the article "die", which never stands
    # right before a comma: the text is left alone (a swap inside a sentence shows the article
    # spun: alone, a capitalised opener would be the writer's English)
    text = ("Eine Prüfung ist also immer notwendig, ob da nun CC steht oder nicht. Conclusion, "
            "man kann sich auch gleich einfach das Original ansehen. Nach Angaben der Polizei "
            "wurden perish Straßen am Abend gesperrt.")
    assert [(e.kind, e.replacement) for e in spinner.propose(text, "de")] == [
        ("other", "Conclusion"), ("substitution", "die")]


@pytest.mark.parametrize("text", [
    "Le gouvernement présente un package de mesures pour soutenir les ménages modestes.",
    "Il a été choisi au premier tour de la draft par une équipe de Boston cette nuit.",
    "Les photos du shooting ont été publiées sur le site du magazine cette semaine.",
    "La manageuse fixe des deadlines serrées et organise un afterwork chaque jeudi soir.",
    "Pour le topping, un coulis de fruits rouges fera très bien l'affaire ce soir.",
])
def test_french_press_anglicisms_in_a_noun_slot_stay(text):
    # each was "repaired" ("un code de mesures", "la plan", "du photo") before loanwords.txt
    # listed it
    assert spinner.propose(text, "fr") == []


def test_a_rare_word_the_lexicon_lacks_is_flagged_in_a_spun_sentence():
    text = "En pratique, rien de plus twit, il suffit de miser sur tous les produits de saison."
    assert [(e.kind, text[e.start:e.end], e.rule) for e in spinner.propose(text, "fr")] == [
        ("other", "twit", "spinner.suspect:simple?")]


def test_a_rare_word_the_lexicon_lacks_is_not_changed_without_other_spinner_evidence():
    # "reintroduce" is an Italian verb form simplemma's lexicon does not list
    text = ("Per questo abbiamo approvato la legge che reintroduce a scuola l'educazione civica "
            "obbligatoria.")
    assert [e.kind for e in spinner.propose(text, "it") if e.kind == "substitution"] == []


@pytest.mark.parametrize("text", [
    "Welcome au nouveau directeur, arrivé lundi à la tête de l'entreprise.",
    "Happy hour tous les jeudis soir au bar de la place de la mairie.",
])
def test_an_english_opener_without_other_spinner_evidence_stays(text):
    # a spinner swaps words inside sentences too; a capitalised English word opening one, or the
    # word after it, with nothing else flagged is the writer's ("Invite au", "Happy moment")
    assert spinner.propose(text, "fr") == []


_ACCENTLESS = ("Le president de la region a annonce mardi un plan general pour la securite des "
               "habitants. Selon le prefet, la decision a ete prise apres un long debat au conseil "
               "regional. La police a interpelle un suspect a cote de la gare et le regime de "
               "detention provisoire a ete decide par le juge, qui a estime que la defense "
               "n'avait pas apporte d'element nouveau.")


def test_a_french_text_typed_without_accents_keeps_its_words():
    # "region", "detention", "decide", "element" are "région", "détention", "décidé", "élément"
    assert spinner.propose(_ACCENTLESS, "fr") == []


def test_an_unaccented_english_word_in_accented_french_is_still_a_swap():
    text = ("Le président de la région a annoncé mardi un plan général pour la sécurité des "
            "habitants. Selon le préfet, la décision a été prise après un long débat au conseil "
            "de la region, où les élus ont discuté de la réforme du système de transport.")
    assert [text[e.start:e.end] for e in spinner.propose(text, "fr")] == ["region"]


def test_a_word_ending_a_chain_of_apostrophes_is_no_elision():
    text = "Le festival a célébré le rock'n'roll avec plusieurs concerts gratuits sur la place."
    assert spinner.propose(text, "fr") == []


def test_a_function_word_swap_the_noisy_lexicon_knows_is_still_a_swap():
    # simplemma's French lexicon knows "lad" (and "have", "gift"), but English has it far more
    # (clean.tsv spinner_lexicon_doubt_gap): standing for "son", it is the spinner's
    text = ("Quand il s'agit de dorloter ses entrailles, il faut diversifier lad assiette et "
            "nourrir lad microbiote avec des fibres, explique la chercheuse.")
    edits = spinner.propose(text, "fr")
    assert [(text[e.start:e.end], e.replacement) for e in edits] == [("lad", "son"), ("lad", "son")]


def test_a_token_standing_for_a_noun_marker_is_no_swap_after_a_noun_marker():
    # "un lad" is the French stable lad: a possessive never follows an article
    text = "Il travaille comme un lad dans une écurie de courses à Chantilly depuis trois ans."
    assert spinner.propose(text, "fr") == []


def test_a_lexicon_is_believed_where_the_language_sets_no_doubt_gap():
    # Italian "suppose" (from "supporre") is rare and more frequent in English, yet a word of
    # the language: the Italian lexicon is believed
    detector = spinner.Detector.for_language("it")
    assert detector.lexicon_doubt_gap is None and detector.lexicon_vouches("suppose")
    assert "suppose" not in detector.function_swaps


def test_a_noun_standing_bare_where_ad_stands_before_a_vowel_is_the_spinners_ad():
    # "packaging" is an Italian loanword, but no noun stands bare between a verb and an
    # infinitive: the spinner's "ad" (article_onsets.tsv: "ad" stands before a vowel)
    text = "La squadra ha giocato bene ma non riesce packaging arrivare al nuovo vantaggio."
    (edit,) = spinner.propose(text, "it")
    assert (text[edit.start:edit.end], edit.replacement) == ("packaging", "ad")


def test_the_same_noun_after_an_article_is_the_languages_loanword():
    text = "Ieri è uscito il trailer ufficiale del film, atteso da mesi dai fan di tutta Italia."
    assert spinner.propose(text, "it") == []


def test_a_bare_noun_before_a_function_word_stood_for_no_ad():
    # "ad anche" is no Italian: "grande business" is an adjective and its noun
    text = ("Il commercio di pezzi rubati è diventato un grande business anche all'estero, "
            "spiegano gli investigatori.")
    assert spinner.propose(text, "it") == []


def test_a_bare_noun_before_a_consonant_stood_for_no_ad():
    text = ("Il commercio di pezzi rubati è diventato un grande business nel mondo "
            "dell'illecito, spiegano gli investigatori.")
    assert spinner.propose(text, "it") == []


def test_a_weak_token_next_to_a_persons_name_is_still_a_swap():
    # "Nick Blackwell" is a person (a given name, then a surname): a person's name makes no
    # English compound with the word after it, as a firm's may ("Gartner research")
    text = ("Dopo la sconfitta del 26 marzo, Nick Blackwell day svenuto e tenuto in coma "
            "farmacologico presso il centro medico della città.")
    (edit,) = spinner.propose(text, "it")
    assert (text[edit.start:edit.end], edit.replacement) == ("day", "era")


def test_a_word_after_an_article_form_it_cannot_follow_is_flagged():
    # Italian writes "lo spread", never "lo" before an "h": the form was chosen for the word
    # the spinner swapped away (article_onsets.tsv)
    text = "Dopo la sfiducia in parlamento lo hold torna a salire e la borsa chiude in calo."
    (edit,) = spinner.propose(text, "it")
    assert text[edit.start:edit.end] == "hold"


@pytest.mark.parametrize("text", [
    # a loanword whose "ch" sounds like "sc" takes "lo"
    "Ieri sera lo chef ha presentato il nuovo menu del ristorante ai clienti della città.",
    # a word of the language after the wrong form is the writer's slip
    "Il furto è avvenuto nel area del comprensorio ceramico dove si sono verificati altri colpi.",
])
def test_a_fitting_loanword_or_a_writers_slip_after_an_article_is_no_swap(text):
    assert spinner.propose(text, "it") == []
