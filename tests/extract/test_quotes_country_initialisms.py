"""A country written as an initialism with dots ("C.A.R.", kb curated country_aliases.tsv) owns the
force named after it: "The C.A.R. military says" is the Central African Armed Forces speaking."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import default_pipeline


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = default_pipeline()(Document(raw=text, language=lang, source=Source(published="2025-03-01")))
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker or "")) for q in doc.quotes]


def test_the_car_military_is_the_central_african_armed_forces():
    text = ("Fighting between rebels and government troops displaced thousands in the Central African "
            "Republic this week. The C.A.R. military says bodies of five soldiers have been found.")
    assert _speakers(text, "en") == [("bodies of five soldiers have been found", "Central African Armed Forces")]
