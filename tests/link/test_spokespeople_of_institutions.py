"""A spokesperson is named by the institution he speaks for: the KB gives the Kremlin's spokesman and the
Russian foreign ministry's spokeswoman offices of their own (tools/kb/curated/offices_g20.tsv), so "il
portavoce del Cremlino" is Peskov and "la portavoce del ministero degli Esteri russo" Zakharova, where the
office of Russia's spokesperson alone would name either."""
from __future__ import annotations

import pytest

from cronaca import kb
from cronaca.document import Document, Source
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build

DAY = "2026-02-04"


@pytest.fixture(scope="module")
def link_text():
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(kb.load()),))
    return lambda text, lang: pipeline(Document(raw=text, language=lang, source=Source(published=DAY)))


def titled(doc) -> list[tuple[str, str]]:
    return [(e.name, m.text) for e in doc.entities for m in e.mentions if m.kind == "title"]


def test_the_kremlin_spokesman_is_peskov(link_text):
    doc = link_text("Il portavoce del Cremlino ha detto che Mosca è pronta a trattare.", "it")
    assert titled(doc) == [("Dmitry Peskov", "portavoce del Cremlino")]


def test_the_russian_foreign_ministry_spokeswoman_is_zakharova(link_text):
    doc = link_text("La portavoce del ministero degli Esteri russo ha detto che Mosca risponderà.", "it")
    assert titled(doc) == [("Maria Zakharova", "portavoce del ministero degli Esteri russo")]


def test_the_white_house_spokeswoman_is_the_press_secretary_of_the_day(link_text):
    doc = link_text("La porte-parole de la Maison-Blanche a déclaré que les États-Unis étaient prêts.", "fr")
    assert titled(doc) == [("Karoline Leavitt", "porte-parole de la Maison-Blanche")]
