"""Prompts as pasted from news sites: behind an icon ("📌 Lea también: ..."), as a label in
capitals alone, a tag list with its label, a byline naming the outlet, counters."""
from __future__ import annotations

import pytest

from clean.plain_article import BODY
from clean.plain_article import amid as between_paragraphs
from clean.plain_article import removals as removed


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "📌 Lea también: El Gobierno sube el salario mínimo un 5 %"),
    ("it", "📌 Potrebbe interessarti: Quota 103, cosa cambia"),
    ("fr", "➡️ À lire aussi : Les petites pensions revalorisées"),
    ("de", "📌 Lesen Sie auch: Was sich bei der Rente ändert"),
])
def test_a_prompt_behind_an_icon_goes_with_its_icon(lang: str, line: str) -> None:
    assert [text for _, text in removed(between_paragraphs(line, lang), lang)] == [line]


def test_an_icon_before_a_sentence_of_the_article_changes_nothing() -> None:
    line = "🔴 El ministro defendió la reforma ante los diputados durante más de una hora."
    assert removed(between_paragraphs(line, "es"), "es") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Puede leer también: Los jubilados ganan poder adquisitivo"),
    ("es", "ADEMÁS:"),
    ("es", "TAMBIÉN LEA:"),
    ("es", "Temas relacionados: Pensiones, Gobierno, Reforma"),
    ("es", "Descarga nuestra aplicación móvil"),
    ("fr", "Recevez chaque matin l'essentiel de l'actualité"),
    ("de", "Kommentare (3)"),
])
def test_reading_prompts_labels_and_counters_go(lang: str, line: str) -> None:
    assert [text for _, text in removed(between_paragraphs(line, lang), lang)] == [line]


def test_a_label_in_lower_case_opening_the_articles_list_stays() -> None:
    assert removed(between_paragraphs("Además:", "es"), "es") == []


def test_a_byline_naming_its_outlet_goes_to_metadata() -> None:
    assert removed(between_paragraphs("Por: Juan Pérez / El Tiempo", "es"), "es") == [
        ("other", "Por: Juan Pérez / El Tiempo")]


def test_a_photographers_credit_in_brackets_closes_a_french_caption() -> None:
    line = "La ministre du Travail lors de sa conférence de presse. (Photo by Ludovic MARIN / AFP)"
    kinds = [kind for kind, _ in removed(between_paragraphs(line, "fr"), "fr")]
    assert kinds == ["caption", "credit"]


@pytest.mark.parametrize("initials", ["jm/rsr/mb", "bur-fj/mel/dg", "EMJ", "(JV)"])
def test_the_desks_initials_closing_a_wire_story_go(initials: str) -> None:
    text = BODY["es"] + initials + "\n"
    assert removed(text, "es") == [("credit", initials)]


def test_acronyms_closing_a_list_of_acronyms_stay() -> None:
    text = BODY["es"] + "Estas fueron las universidades presentes en la reunión:\nUFRGS\nUFFS\nIFB\n"
    assert removed(text, "es") == []


@pytest.mark.parametrize("line", [
    "Mirá también: El FMI aprueba el acuerdo con la Argentina",
    "Te recomendamos estas noticias",
    "MÁS SOBRE ESTE TEMA:",
    "Lea el artículo completo en El Tiempo",
    "Sobre la firma",
    "(c) Agencia EFE",
])
def test_more_spanish_prompts_and_notices_go(line: str) -> None:
    assert [text for _, text in removed(between_paragraphs(line, "es"), "es")] == [line]


@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Continua a leggere su Il Sole 24 Ore"),
    ("it", "I più letti di oggi"),
    ("it", "Torna all'inizio"),
    ("fr", "Retrouvez l'article complet sur Le Monde"),
    ("fr", "Nos articles sur le même sujet"),
    ("de", "Lesen Sie den ganzen Artikel auf tagesschau.de"),
    ("de", "Video ansehen"),
])
def test_links_to_the_whole_text_elsewhere_and_page_buttons_go(lang: str, line: str) -> None:
    assert [text for _, text in removed(between_paragraphs(line, lang), lang)] == [line]


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Von Hans Schmidt, dpa"),
    ("fr", "Par Anne Martin / Le Monde"),
    ("it", "Mario Rossi / Corriere della Sera"),  # an outlet with a particle of five letters
])
def test_a_byline_with_its_agency_or_outlet_on_top_goes(lang: str, line: str) -> None:
    first, rest = BODY[lang].split("\n", 1)
    assert [text for _, text in removed(f"{first}\n{line}\n{rest}", lang)] == [line]


@pytest.mark.parametrize("line", [
    "Visita nuestro sitio web",
    "Para más noticias, visita www.elmundo.es",
    "Dale clic para ver la galería",
    "Vea el video",
    "Esta nota fue elaborada con inteligencia artificial y revisada por un editor.",
])
def test_links_to_the_outlets_site_and_an_ai_notice_go(line: str) -> None:
    assert [text for _, text in removed(between_paragraphs(line, "es"), "es")] == [line]
