"""Prompts and agency signatures glued to the end of a paragraph by a copy that joined lines
("... el ministerio. Lea también: ..."), and cue forms as scraped text writes them (no accent,
a Markdown bold mark, a credit with two slashes)."""
from __future__ import annotations

import pytest

from clean.plain_article import BODY
from clean.plain_article import amid as between_paragraphs
from clean.plain_article import removals as removed

FIRST = {lang: body.split("\n")[0] for lang, body in BODY.items()}


def glued(lang: str, tail: str, joiner: str = " ") -> str:
    """The body with ``tail`` glued to the end of its first paragraph."""
    return BODY[lang].replace(FIRST[lang], FIRST[lang] + joiner + tail, 1)


@pytest.mark.parametrize(("lang", "tail"), [
    ("es", "Lea también: Petro pide a los congresistas aprobar la reforma laboral"),
    ("es", "Te puede interesar: Así quedó el dólar este lunes en los bancos"),
    ("it", "Leggi anche: Quota 103, cosa cambia per chi va in pensione"),
    ("fr", "Lire aussi : Les petites pensions revalorisées"),
    ("de", "Lesen Sie auch: Was sich bei der Rente ändert"),
    ("en", "Read more: Unions call a national strike over the pension reform"),
])
def test_a_prompt_glued_after_the_last_sentence_goes_and_the_paragraph_stays(lang: str,
                                                                             tail: str) -> None:
    text = glued(lang, tail)
    assert [t for _, t in removed(text, lang)] == [tail]


@pytest.mark.parametrize(("joiner", "tail"), [(" ", "(EFE)"), ("", "(EFE)"), (" ", "(Europa Press)")])
def test_an_agency_signature_glued_to_the_last_sentence_goes_as_a_credit(joiner: str,
                                                                         tail: str) -> None:
    assert removed(glued("es", tail, joiner), "es") == [("credit", tail)]


def test_a_sentence_that_opens_like_a_prompt_but_runs_on_stays() -> None:
    # German "Teilen Sie ..." is an instruction of the article, not a share button
    tail = ("Teilen Sie keine Daten von sich mit, sondern wenden Sie sich persönlich an die "
            "Polizei.")
    assert removed(glued("de", tail), "de") == []


def test_a_glued_headline_that_runs_into_a_new_sentence_stays_whole() -> None:
    # where the headline ends is unknown: the sentence after it may be the article's
    tail = "Lea también: Petro pide aprobar la reforma laboral. El ministro lo confirmó luego."
    assert removed(glued("es", tail), "es") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Lea tambien: El Gobierno sube el salario mínimo un 5 %"),
    ("es", "Lea mas: El Gobierno sube el salario mínimo un 5 %"),
    ("es", "**Lea también:** El Gobierno sube el salario mínimo un 5 %"),
    ("es", "EFE/Juan Pérez/Archivo"),
    ("es", "Información de AFP"),
    ("es", "Escúchalo aquí"),
    ("es", "Sigue el canal de El Tiempo en WhatsApp"),
    ("de", "Mehr dazu"),
    ("de", "Weiter nach der Anzeige"),
    ("fr", "Regarder : Des manifestants affrontent la police"),
    ("en", "Story continues below advertisement"),
])
def test_scraped_forms_of_prompts_and_credits_go(lang: str, line: str) -> None:
    assert [t for _, t in removed(between_paragraphs(line, lang), lang)] == [line]


def test_a_regional_dpa_service_closes_a_dateline() -> None:
    line = "Berlin (dpa/lnw) -"
    assert removed(between_paragraphs(line, "de"), "de") == [("other", line)]


def test_the_headline_written_again_under_the_paragraphs_goes_as_a_teaser() -> None:
    headline = "El Gobierno aprueba la reforma de las pensiones"
    text = headline + "\n" + BODY["es"] + headline + "\n"
    assert removed(text, "es") == [("teaser", headline)]


def test_a_headline_that_ends_a_sentence_is_no_echo() -> None:
    # a line closed by a full stop is a paragraph, even when it repeats the first line
    line = "El Gobierno aprueba la reforma de las pensiones."
    text = line + "\n" + BODY["es"] + line + "\n"
    assert removed(text, "es") == []


@pytest.mark.parametrize("line", [
    "Lea también ¿Qué pasará con el precio de la gasolina en diciembre?",
    "Te puede interesar Petro dijo que no dejará el cargo.",
    "Más información ¿Qué pasará con el precio de la gasolina?",
])
def test_a_spanish_prompt_without_colon_before_a_closed_headline_goes(line: str) -> None:
    assert [t for _, t in removed(between_paragraphs(line, "es"), "es")] == [line]


def test_a_sentence_opening_with_the_same_words_in_lower_case_stays() -> None:
    line = "Lea también la carta que el ministro envió a los diputados el martes."
    assert removed(between_paragraphs(line, "es"), "es") == []
