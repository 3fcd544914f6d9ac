"""Where the spinner rules read a token's neighbours: a passage in a third language is not the
article's running text, so an English-looking word inside it is no swap."""
from __future__ import annotations

from cronaca.clean import spinner


def test_spanish_passage_in_a_german_page_is_left_alone():
    text = ("Wir dokumentieren den Aufruf im Original: Somos personas en Alemania, personas del "
            "movimiento occupy, personas de todas las capas de la población.")
    assert spinner.propose(text, "de") == []


def test_french_quote_in_a_german_page_is_left_alone():
    text = ("Afrobarometer (2021): Les Tunisiens ont confiance en leurs tribunaux mais pensent que "
            "les gens ne sont pas égaux devant la loi.")
    assert spinner.propose(text, "de") == []


def test_swap_amid_german_words_is_still_repaired():
    text = "Die Polizei hat perish Straße am Morgen gesperrt, sagte ein Sprecher der Stadt."
    edits = spinner.propose(text, "de")
    assert [(text[e.start:e.end], e.replacement, e.kind) for e in edits] == [
        ("perish", "die", "substitution")]


# Weak candidates nearly as frequent in the language as in English (tools/spinner/build_lexicon.py
# lists them down to a zipf gap of 0.3): only high swap odds make them swaps.

def test_close_weak_token_with_high_swap_odds_is_repaired():
    text = ("La commissione del Consiglio regionale ha cominciato teaser esaminare la proposta di "
            "legge presentata dalla giunta.")
    edits = spinner.propose(text, "it")
    assert [(text[e.start:e.end], e.replacement, e.kind) for e in edits] == [
        ("teaser", "ad", "substitution")]


def test_close_weak_token_standing_for_a_conjunction_is_repaired():
    text = ("Ha fatto scalpore, mama le conferme sono arrivate successivamente dai tweet di altri "
            "utenti.")
    assert [(e.replacement, e.kind) for e in spinner.propose(text, "it")] == [
        ("ma", "substitution")]


def test_close_weak_loanwords_in_use_are_left_alone():
    assert spinner.propose("I ladri hanno tagliato i fili del sistema d'allarme mandandolo in "
                           "tilt con facilità.", "it") == []
    assert spinner.propose("Le persone che indossano cuffie wireless durante la camminata sono "
                           "sempre di più.", "it") == []


def test_piece_of_a_word_broken_by_a_wrong_decoding_is_left_alone():
    text = ("VW-Betriebsratschefin und Aufsichtsr\ufffdtin Daniela Cavallo kritisierte Diess "
            "deshalb ungew\ufffdhnlich scharf, die Krankenh\ufffduser warten.")
    assert spinner.propose(text, "de") == []


def test_lower_case_nouns_in_a_paragraph_written_all_in_lower_case_are_left_alone():
    text = ("Der Artikel beschreibt die Musik, die Mode und die Clubs der Szene in den achtziger "
            "Jahren in Berlin, Hamburg und München, mit Fotos, Plakaten und Interviews.\n"
            "die szene steht dem in nichts nach, eher schlimmer. radio und fernsehen spiegeln das "
            "gleiche bild wieder, ansonsten würde ich heute wohl noch metal hören.")
    assert spinner.propose(text, "de") == []
