"""A caption whose picture credit follows its full stop with no cue word ("... en Losail. EFE"),
and the sentences that end the same way but are an article's own."""
from __future__ import annotations

import pytest

from clean.plain_article import amid as between_paragraphs
from clean.plain_article import removals as removed


@pytest.mark.parametrize(("lang", "caption", "credit"), [
    ("es", "Russell, Sainz, Verstappen y Pérez, durante el desfile de pilotos en Losail.", "EFE"),
    ("de", "Eine Frau mit ihrem Ehemann auf dem Karama-Platz in Sweida.", "SRF"),
    ("en", "The president stayed in the courtroom for about an hour.", "AP"),
    ("en", "A mask sign at a subway station in Brussels.", "AFP via Getty Images"),
    ("es", "Rodolfo Méndez, director de la empresa en Costa Rica.", "Cortesía/La República"),
])
def test_a_credit_after_the_captions_full_stop_takes_the_caption_along(
        lang: str, caption: str, credit: str) -> None:
    text = between_paragraphs(f"{caption} {credit}", lang)
    assert removed(text, lang) == [("caption", caption), ("credit", credit)]


def test_a_comment_count_after_the_credit_goes_with_it() -> None:
    line = "Sherman Guity tendrá la mayor beca de cara a París 2024. Cortesía/La República 32"
    assert [kind for kind, _ in removed(between_paragraphs(line, "es"), "es")] == ["caption", "credit"]


def test_an_outlets_initials_after_a_long_closing_paragraph_stay() -> None:
    # an outlet signs its last paragraph with its initials: a paragraph, no caption
    line = ("Together, these actions can build a system that protects livelihoods, reduces "
            "conflict and supports a vibrant, inclusive and resilient inner city. DM")
    assert removed(between_paragraphs(line, "en"), "en") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Die Preise steigen seit dem Frühjahr. Vor allem Energie"),  # German nouns: no name
    ("de", "Die Zahl der Fälle steigt. Ein Gastbeitrag."),      # closed by its own full stop
])
def test_sentences_that_end_on_capitalised_words_stay(lang: str, line: str) -> None:
    assert removed(between_paragraphs(line, lang), lang) == []


def test_an_agency_signing_a_sentence_in_brackets_goes_alone() -> None:
    line = "El juicio continuará el próximo lunes. (EFE)"
    assert removed(between_paragraphs(line, "es"), "es") == [("credit", "(EFE)")]


def test_a_line_wrapped_by_hand_is_no_caption() -> None:
    text = ("The government announced a package of measures on Tuesday.\n"
            "Shares of the company rose in early trading in New York. EFE\n"
            "analysts said the rise would not last.")
    assert removed(text, "en") == []


@pytest.mark.parametrize(("lang", "caption", "credit"), [
    ("es", "Ana Martínez, en el Congreso.", "JAVIER LIZÓN (EFE)"),      # photographer, agency
    ("es", "Pensionistas se manifiestan en Bilbao.", "Europa Press"),  # an agency the cues know
    ("it", "La ministra del Lavoro a Palazzo Chigi.", "LaPresse"),
])
def test_a_photographer_in_capitals_or_a_known_agency_closes_a_caption(
        lang: str, caption: str, credit: str) -> None:
    text = between_paragraphs(f"{caption} {credit}", lang)
    assert removed(text, lang) == [("caption", caption), ("credit", credit)]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Los sindicatos convocaron una huelga general. Comisiones Obreras"),  # no agency
    ("es", "El juicio continuará el próximo lunes. EFE (Madrid)"),  # agency then a place: no name
])
def test_capitalised_words_after_a_full_stop_that_credit_no_picture_stay(lang: str, line: str) -> None:
    assert removed(between_paragraphs(line, lang), lang) == []
