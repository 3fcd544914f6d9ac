"""Sentences of the article that open with a prompt's words ("Compartir ...", "Leggi anche ...",
"Teilen ..."): a verb of saying after a comma, or the sentence going on past the prompt's words,
tells them from the page's prompts, which stay removed."""
from __future__ import annotations

import pytest

from clean.plain_article import amid as between_paragraphs
from clean.plain_article import removals as removed


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Síguenos diciendo la verdad, pidió el sindicato a sus afiliados durante la manifestación."),
    ("it", "Leggi anche le dichiarazioni dei sindacati, ha detto la ministra ai giornalisti in sala stampa."),
    ("it", "Seguici nella lotta, ha chiesto il sindacato ai suoi iscritti durante la manifestazione."),
    ("fr", "Lire aussi les déclarations des syndicats, a conseillé la ministre aux journalistes présents."),
    ("de", "Lesen Sie auch die Stellungnahme der Gewerkschaften, riet die Ministerin den Journalisten."),
    ("de", "Folgen Sie uns, rief der Gewerkschaftschef den Demonstranten in Berlin zu."),
])
def test_a_prompts_words_attributed_by_a_verb_of_saying_are_the_articles(lang: str, line: str) -> None:
    assert removed(between_paragraphs(line, lang), lang) == []


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Compartir la carga entre generaciones es el objetivo central de la reforma, según el Gobierno."),
    ("es", "Más información sobre el calendario se conocerá en las próximas semanas, según el ministerio."),
    ("es", "Con información de los sindicatos, el ministerio elaboró un informe."),
    ("fr", "Partager le fardeau entre les générations est l'objectif central de la réforme."),
    ("de", "Teilen, gerecht teilen, das wäre ein großer Schritt auf dem Weg des Friedens."),
    ("de", "Abonnieren wollte die Zeitung damals kaum jemand, erinnert sich der Verleger."),
    ("de", "Mit Material der Gewerkschaften hat das Ministerium einen ausführlichen Bericht erstellt."),
])
def test_a_sentence_that_goes_on_past_a_prompts_words_stays(lang: str, line: str) -> None:
    assert removed(between_paragraphs(line, lang), lang) == []


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Lea también: «Es un día histórico», dijo la ministra."),  # the headline after the colon
    ("es", "Compartir en Facebook"),
    ("es", "Más información: www.seg-social.es"),
    ("es", "Con información de EFE, AFP y Reuters."),
    ("fr", "Partager sur Facebook"),
    ("de", "Teilen auf Facebook"),
    ("de", "Abonnieren Sie unseren Newsletter"),
    ("de", "Mit Material der Nachrichtenagenturen dpa, AFP und Reuters."),
])
def test_the_prompts_themselves_still_go(lang: str, line: str) -> None:
    assert [text for _, text in removed(between_paragraphs(line, lang), lang)] == [line]
