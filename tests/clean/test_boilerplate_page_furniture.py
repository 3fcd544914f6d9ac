"""Page furniture a plain-text copy of a news page keeps: reading prompts without a colon, credits
without a photo word, notices and account buttons, datelines closed by a full stop; the article's
own sentences with the same words stay."""
from __future__ import annotations

import pytest

from clean.plain_article import BODY, amid, removals
from cronaca.clean import boilerplate


def rules(text: str, lang: str) -> list[str]:
    """The rules of the removals: bylines and datelines go to the article's metadata."""
    return [e.rule for e in boilerplate.propose(text, lang) if e.kind == "removed"]


@pytest.mark.parametrize("line", [
    "Lea más",
    "Le puede interesar",
    "También te puede interesar",
    "En contexto: Así avanza la reforma de pensiones en el Congreso",
    "Te recomendamos leer: Cinco claves para entender la crisis",
])
def test_spanish_reading_prompts_go(line: str) -> None:
    assert removals(amid(line, "es"), "es") == [("navigation", line)]


@pytest.mark.parametrize("line", [
    "Dmitry Muratov (EFE)",
    "Tomada de Twitter",
    "Archivo/ EL PAÍS",
    "Foto de Juan Pérez",
    "Captura de video / Twitter",
    "Los periodistas de AP Juan Pérez y María López contribuyeron a este despacho.",
])
def test_spanish_credits_without_a_colon_go(line: str) -> None:
    assert [text for _, text in removals(amid(line, "es"), "es")] == [line]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Noticia en desarrollo"),
    ("es", "Política de privacidad"),
    ("en", "This is a developing story."),
    ("en", "Terms of use"),
    ("de", "Dieser Artikel wird laufend aktualisiert."),
    ("de", "Impressum"),
    ("fr", "Mentions légales"),
    ("it", "Notizia in aggiornamento"),
])
def test_notices_and_legal_links_alone_on_their_line_go(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("other", line)]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "La política de privacidad de la empresa fue criticada por los usuarios."),
    ("es", "El Gobierno publicó por primera vez los datos del censo."),
    ("de", "Das Impressum der Seite nennt keinen Verantwortlichen."),
])
def test_sentences_with_the_same_words_stay(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == []


@pytest.mark.parametrize(("lang", "place"), [
    ("de", "Berlin."),
    ("es", "CIUDAD DE MÉXICO."),
    ("es", "San José, Costa Rica."),
    ("it", "Reggio di Calabria."),
])
def test_a_place_closed_by_a_full_stop_above_the_lead_is_a_dateline(lang: str, place: str) -> None:
    assert removals(f"{place}\n{BODY[lang]}", lang) == [("other", place)]
    assert rules(f"{place}\n{BODY[lang]}", lang) == ["boilerplate.dateline"]


def test_a_place_with_its_country_before_the_dash_is_a_dateline() -> None:
    assert removals(amid("SAN JOSÉ, Costa Rica.-", "es"), "es") == [("other", "SAN JOSÉ, Costa Rica.-")]


def test_a_one_word_sentence_between_paragraphs_is_no_dateline() -> None:
    assert removals(amid("Basta.", "es"), "es") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Publicado por Redacción Política"),
    ("es", "Juan Pérez, corresponsal en Bruselas"),
])
def test_bylines_with_an_edit_verb_or_a_post_are_moved_to_metadata(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("other", line)]
    assert rules(amid(line, lang), lang) == ["boilerplate.byline"]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Presidente Boric visitó a la reportera baleada: manifestantes lo increparon Leer más"),
    ("en", "Council approves the new budget after a long night of debate Read more"),
    ("de", "Stadtrat beschließt den Haushalt nach langer Debatte Weiterlesen"),
    ("fr", "Le conseil municipal adopte le budget après un long débat Lire la suite"),
    ("it", "Il consiglio comunale approva il bilancio dopo un lungo dibattito Leggi di più"),
])
def test_a_headline_closed_by_its_cards_reading_button_goes(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("teaser", line)]


def test_an_authors_training_after_the_trade_closing_the_text_goes() -> None:
    line = "Periodista egresado de la Universidad Católica, especializado en temas judiciales."
    assert removals(BODY["es"] + line, "es") == [("other", line)]


def test_a_journalist_with_her_training_inside_the_article_stays() -> None:
    line = "Periodista egresada de la Universidad de Chile, la víctima trabajaba en el diario desde 2019."
    assert removals(BODY["es"] + line + "\n" + BODY["es"], "es") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Hier geht es zur neuen Vorstandsstruktur"),
    ("en", "Find out more on how to help people in need in your communities."),
])
def test_link_prompts_alone_on_their_line_go(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("other", line)]


def test_a_german_sentence_on_what_it_is_about_stays() -> None:
    line = "Hier geht es um die Frage, wer die Kosten der Reform tragen soll."
    assert removals(amid(line, "de"), "de") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Quelle: Statistisches Bundesamt (Stand: 5. Februar 2024)"),
    ("de", "Abb.: Collage aus Archivbildern"),
    ("de", "Jetzt kostenlos registrieren"),
    ("de", "WhatsApp-Kanal abonnieren"),
    ("de", "Dieser Text wurde mit Unterstützung von KI erstellt."),
    ("fr", "Vous avez repéré une erreur ? Écrivez-nous."),
    ("fr", "Retour à l'accueil"),
    ("it", "Nota della redazione: questo articolo è stato aggiornato."),
    ("it", "Adnkronos"),
    ("es", "Fe de erratas"),
    ("en", "Spotted an error? Let us know."),
    ("en", "Continue reading the main story"),
    ("en", "Please enable JavaScript to view the comments powered by Disqus."),
])
def test_furniture_every_newsroom_shares_goes(lang: str, line: str) -> None:
    assert [text for _, text in removals(amid(line, lang), lang)] == [line]


def test_a_source_line_with_a_date_in_a_sentence_stays() -> None:
    line = "Die Quelle: das Statistische Bundesamt, das die Zahlen am 5. Februar veröffentlichte."
    assert removals(amid(line, "de"), "de") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Entérate: El Congreso aprueba la reforma de pensiones en primera lectura"),
    ("es", "Te sugerimos: Cinco claves para entender la crisis del transporte"),
    ("es", "También lee: La Fiscalía abre una investigación por el contrato"),
    ("es", "Sigue leyendo: El Gobierno presenta su plan de vivienda"),
    ("es", "Lectura recomendada"),
    ("es", "Más en Deportes"),
    ("de", "Lesetipp: Welche Sternzeichen passen perfekt zusammen?"),
    ("fr", "Pour aller plus loin : la réforme des retraites en cinq questions"),
    ("it", "Per approfondire: la riforma delle pensioni in cinque domande"),
    ("en", "Read next: The council approves the new housing plan"),
])
def test_reading_prompts_before_a_headline_go(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("navigation", line)]
