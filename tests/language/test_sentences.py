"""Sentence splitting: the cases that break naive splitters."""
from __future__ import annotations

from cronaca.language.sentences import split


def sentences(text: str, lang: str | None = "it") -> list[str]:
    return [text[s:e] for s, e in split(text, lang)]


def test_abbreviations_of_the_language_do_not_end_a_sentence():
    assert sentences("Il sig. Rossi e il dott. Bianchi sono arrivati. Poi sono ripartiti.") == [
        "Il sig. Rossi e il dott. Bianchi sono arrivati.", "Poi sono ripartiti."]


def test_english_titles_and_initials():
    assert sentences("Mr. Smith met J. R. Brown in Washington. They talked.", "en") == [
        "Mr. Smith met J. R. Brown in Washington.", "They talked."]


def test_decimals_and_dotted_acronyms():
    assert sentences("GDP grew 3.8% in the U.S. economy last year. Prices rose.", "en") == [
        "GDP grew 3.8% in the U.S. economy last year.", "Prices rose."]


def test_closing_quote_stays_with_its_sentence():
    assert sentences("Ha detto: “È finita.” Poi è uscito.") == ["Ha detto: “È finita.”", "Poi è uscito."]


def test_glued_sentences_are_split():
    assert sentences("la ricerca spaziale.Nel discorso ha parlato. ha riferito AP.Putin ha accolto") == [
        "la ricerca spaziale.", "Nel discorso ha parlato.", "ha riferito AP.", "Putin ha accolto"]


def test_glued_after_a_closing_quote_and_before_an_elided_article():
    assert sentences("relazioni Russia-Cina”.Putin ha descritto. un ambiente turbolento.L’appello è") == [
        "relazioni Russia-Cina”.", "Putin ha descritto.", "un ambiente turbolento.", "L’appello è"]


def test_domains_are_not_glued_sentences():
    assert sentences("Lo riporta Corriere.it oggi. Vedi www.example.com per altro.") == [
        "Lo riporta Corriere.it oggi.", "Vedi www.example.com per altro."]


def test_paragraph_breaks_always_end_a_sentence():
    assert sentences("Un titolo senza punto\nIl testo segue.") == ["Un titolo senza punto", "Il testo segue."]


def test_question_and_exclamation_marks():
    assert sentences("Chi vincerà? Nessuno lo sa! Vedremo.") == ["Chi vincerà?", "Nessuno lo sa!", "Vedremo."]


def test_offsets_are_exact():
    text = "  Primo.   Secondo.  "
    assert split(text, "it") == [(2, 8), (11, 19)]


def test_french_spaced_guillemets_open_a_sentence():
    assert sentences("Il est arrivé à Berlin. « Nous sommes prêts », a-t-il dit.", "fr") == [
        "Il est arrivé à Berlin.", "« Nous sommes prêts », a-t-il dit."]


def test_german_court_citations_do_not_end_a_sentence():
    text = "Das Gericht wies den Antrag zurück (Beschl. v. 16.12.2024, Az. 5 L 3799/24.F). Dann kam die Beschwerde."
    assert sentences(text, "de") == [
        "Das Gericht wies den Antrag zurück (Beschl. v. 16.12.2024, Az. 5 L 3799/24.F).", "Dann kam die Beschwerde."]
