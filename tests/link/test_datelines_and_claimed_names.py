"""A capital that opens a paragraph as its dateline is the town written from, not the country acting;
a bare name a curated region claims ("Gaza") is that region, not the city of the same name (real KB)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


def _named(pipeline: Pipeline, text: str, lang: str) -> dict[str, list[str]]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    named: dict[str, list[str]] = {}
    for e in doc.entities:
        for m in e.mentions:
            named.setdefault(m.text, []).append(e.name)
    return named


def test_a_dateline_capital_is_the_town(pipeline):
    named = _named(pipeline, "Berlin. Die Ex-Außenministerin tritt heute ihren Job als Präsidentin der "
                             "UN-Vollversammlung an.", "de")
    assert named["Berlin"] == ["Berlin"]


def test_a_capital_opening_a_sentence_that_acts_is_still_the_country(pipeline):
    named = _named(pipeline, "Berlin hat entschieden, die Waffen nicht zu liefern.", "de")
    assert named["Berlin"] == ["Germany"]


def test_bare_gaza_is_the_strip_and_the_city_keeps_its_own_names(pipeline):
    named = _named(pipeline, "Zwei Jahre war Rom Braslavski in Geiselhaft in Gaza. In der Stadt Gaza "
                             "wurden Hunderte Häuser zerstört.", "de")
    assert named["Gaza"] == ["Gaza Strip"]
    assert named["Stadt Gaza"] == ["Gaza City"]
