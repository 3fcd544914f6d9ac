"""Glued sentences get their space back; abbreviations, decimals, URLs and names stay whole."""
from __future__ import annotations

import pytest

from cronaca.clean import glue
from cronaca.clean.edits import apply
from cronaca.document import Integrity


def fixed(text: str, lang: str) -> str:
    return apply(text, glue.propose(text, lang), Integrity())


@pytest.mark.parametrize("glued, spaced", [
    ("la ricerca spaziale.Nel discorso trasmesso", "la ricerca spaziale. Nel discorso trasmesso"),
    ("ha riferito AP.Putin ha inoltre accolto", "ha riferito AP. Putin ha inoltre accolto"),
    ("nelle relazioni Russia-Cina”.Putin ha descritto", "nelle relazioni Russia-Cina”. Putin ha descritto"),
    ("un ambiente globale turbolento.L’appello Putin-Xi", "un ambiente globale turbolento. L’appello Putin-Xi"),
])
def test_seed_glued_sentences_are_split(glued, spaced):
    assert fixed(glued, "it") == spaced


@pytest.mark.parametrize("text, lang, expected", [
    ("Officials met in Geneva on Monday.The talks ended late.", "en",
     "Officials met in Geneva on Monday. The talks ended late."),
    ("Le ministre est arrivé à Paris.Il a rencontré le président.", "fr",
     "Le ministre est arrivé à Paris. Il a rencontré le président."),
    ("El gobierno aprobó la ley.La oposición votó en contra.", "es",
     "El gobierno aprobó la ley. La oposición votó en contra."),
    ("Die Regierung hat entschieden.Der Kanzler reist morgen.", "de",
     "Die Regierung hat entschieden. Der Kanzler reist morgen."),
])
def test_glued_sentences_in_other_languages(text, lang, expected):
    assert fixed(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Troops of the U.S.Army arrived.", "en"),
    ("Dr.Smith said so.", "en"),
    ("Growth was 3.5 percent.", "en"),
    ("Read it on Corriere.it and example.com today.", "it"),
    ("J.R.R.Tolkien wrote it.", "en"),
    ("Write to info@Example.org now.", "en"),
    ("See https://www.example.org/News.Today for more.", "en"),
    ("Il Sig.Rossi ha parlato.", "it"),
    ("Open report.PDF and data.CSV files.", "en"),
])
def test_abbreviations_initials_urls_and_files_are_not_split(text, lang):
    assert fixed(text, lang) == text


def test_glued_words_at_a_lost_break_are_split_on_strong_evidence():
    assert fixed("le notizie delmattino sono arrivate", "it") == "le notizie del mattino sono arrivate"


def test_german_compounds_are_never_split():
    text = "Die Bundesregierung und die Sicherheitsbehörden berieten."
    assert fixed(text, "de") == text


def test_glue_repair_points_at_its_after_text():
    integrity = Integrity()
    text = apply("spaziale.Nel discorso", glue.propose("spaziale.Nel discorso", "it"), integrity)
    (repair,) = integrity.repairs
    assert (repair.kind, repair.before, repair.after) == ("glue", ".", ". ")
    assert text[repair.start:repair.end] == ". "


def test_upper_case_heading_glued_to_the_dateline_is_split():
    assert fixed("DAL NOSTRO CORRISPONDENTENEW YORK Il presidente ha parlato.", "it") == (
        "DAL NOSTRO CORRISPONDENTE NEW YORK Il presidente ha parlato.")


@pytest.mark.parametrize("text, lang", [
    ("Un anno al Mo.Ka Caffé, il bar del centro.", "it"),
    ("Das Portal Table.Briefings berichtet. Laut Table.Briefings ist das so.", "de"),
    ("Los exclientes de la empresa protestaron.", "es"),
    ("Nachdem das Nachrichtenportal Table.Briefings über den Plan berichtet hatte.", "de"),
    ("Beim Einsatz einer FRITZ!Box könnt ihr schnell einen Mitschnitt starten.", "de"),
])
def test_names_with_a_dot_and_prefixed_words_stay(text, lang):
    assert fixed(text, lang) == text


@pytest.mark.parametrize("glued, spaced", [
    ("Der Kanzler reiste nach Berlin.Merz sagte danach wenig.", "Der Kanzler reiste nach Berlin. Merz sagte danach wenig."),
    ("ACHTUNG!Die Straße ist gesperrt.", "ACHTUNG! Die Straße ist gesperrt."),
])
def test_a_name_or_shout_before_the_break_still_splits(glued, spaced):
    assert fixed(glued, "de") == spaced


@pytest.mark.parametrize("text, lang, expected", [
    # French typography: a space before ? and !, and inside « »
    ("Comment expliquer ce rétablissement ?Et pourquoi maintenant ?", "fr",
     "Comment expliquer ce rétablissement ? Et pourquoi maintenant ?"),
    ("Il faut agir vite !On ne peut pas attendre.", "fr",
     "Il faut agir vite ! On ne peut pas attendre."),
    ("Il a dit : « Nous partirons demain. »Le ministre a confirmé.", "fr",
     "Il a dit : « Nous partirons demain. » Le ministre a confirmé."),
    # a short lower-case word ends the sentence: German separable verbs
    ("Die Firma lehnte das Angebot ab.Dennoch steigen die Zinsen.", "de",
     "Die Firma lehnte das Angebot ab. Dennoch steigen die Zinsen."),
    # a name of the story opens the next sentence (it stands alone later in the text)
    ("Sie sei klug, so Trump.Bondi sei durchsetzungsstark. Bondi lehnte ab.", "de",
     "Sie sei klug, so Trump. Bondi sei durchsetzungsstark. Bondi lehnte ab."),
])
def test_glued_sentences_in_french_typography_and_after_short_words(text, lang, expected):
    assert fixed(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Er sagte. »Das ist gut«, und ging.", "de"),          # German » opens a quotation
    ("Il a dit. » Le reste suivra", "fr"),                  # no « open: not a closing guillemet
    ("Er sagte »Nein«. »Das ist gut«, und ging.", "de"),   # German « closes, the » opens
    ("Die Frage ?Antwort steht im Heft.", "de"),            # a space before ? is French only
    ("Selon J. Jenkins et al.Preprint at Zenodo.", "en"),   # et al. is an abbreviation
    ("Der Wert liegt bei ca.Drei Prozent.", "de"),
])
def test_spaced_guillemets_and_abbreviations_are_not_split(text, lang):
    assert fixed(text, lang) == text


def test_unspaced_guillemet_closing_a_quotation_is_split_but_german_opening_one_is_not():
    assert fixed("«Elles créent une inflammation.»Faut-il les bannir ?", "fr") == (
        "«Elles créent une inflammation.» Faut-il les bannir ?")
    german = "Er schwieg.»Das ist gut«, sagte sie."
    assert fixed(german, "de") == german


@pytest.mark.parametrize("text, lang, expected", [
    ("Le bilan de l’annéeLe président a parlé hier.", "fr", "Le bilan de l’année Le président a parlé hier."),
    ("Una crisis económicaEl gobierno dijo que no.", "es", "Una crisis económica El gobierno dijo que no."),
    ("Un voto in parlamentoIl governo ha deciso così.", "it", "Un voto in parlamento Il governo ha deciso così."),
])
def test_a_heading_run_into_the_next_sentence_gets_a_space(text, lang, expected):
    assert fixed(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Er postete es auf LinkedIn und auf YouTube am Montag.", "de"),
    ("She showed it in PowerPoint on her MacBook today.", "en"),
    ("Reporters from PlymouthLive have reported it.", "en"),   # a brand: capitalised first part
    ("Die SchülerInnen sind da.", "de"),
])
def test_camel_case_names_are_not_split(text, lang):
    assert fixed(text, lang) == text


# -- a comma that lost its space, and German nouns run together at a lost line break --------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Gruppen in der Region,die neuerlich aufgeflammt sind", "de",
     "Gruppen in der Region, die neuerlich aufgeflammt sind"),
    ('den Deal "aufkündigten",die iranische Unterstützung', "de",
     'den Deal "aufkündigten", die iranische Unterstützung'),
    ("entramos en otra etapa,en la que debemos", "es", "entramos en otra etapa, en la que debemos"),
])
def test_comma_between_words_gets_its_space(text, lang, expected):
    assert fixed(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Die Inflation lag bei 3,5 Prozent.", "de"),
    ("Mehr unter www.example.de/a,b und ?q=1,2 im Netz.", "de"),
])
def test_decimals_and_addresses_keep_their_commas(text, lang):
    assert fixed(text, lang) == text


def test_german_list_items_run_together_get_a_space():
    text = "Nahrungsmittel und landwirtschaftliche ErzeugnisseTextilien\nDie Bedeutung wächst."
    assert fixed(text, "de") == ("Nahrungsmittel und landwirtschaftliche Erzeugnisse Textilien\n"
                                 "Die Bedeutung wächst.")


@pytest.mark.parametrize("name", ["PayPal", "BlackRock", "SchülerInnen", "YouTube", "WhatsApp"])
def test_camel_case_names_and_gendered_plurals_stay_whole_in_german(name):
    text = f"Die Firma {name} meldete Gewinne."
    assert fixed(text, "de") == text


def test_two_native_words_run_together_stay_whole_where_nouns_are_not_capitalised():
    text = "Il quotidiano ItaliaOggi ha pubblicato i dati."
    assert fixed(text, "it") == text
