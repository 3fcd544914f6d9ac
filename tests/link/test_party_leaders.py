"""A party's leader named by the title and the party ("il segretario del Pd", "il segretario PD") is
whoever led it on the article date (real KB: curated/offices_europe.tsv party_leader rows)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


def _named(pipeline: Pipeline, text: str, published: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language="it", source=Source(published=published)))
    return {m.text: e.name for e in doc.entities for m in e.mentions}


def test_the_secretary_of_the_party_is_its_leader_on_the_article_date(pipeline):
    assert _named(pipeline, "Ieri il segretario del Pd ha attaccato il governo.", "2026-02-04")[
        "segretario del Pd"] == "Elly Schlein"


def test_the_party_may_follow_the_title_without_a_particle(pipeline):
    assert _named(pipeline, "Il segretario PD ha risposto alla premier.", "2022-05-10")[
        "segretario PD"] == "Enrico Letta"


def test_a_secretary_of_no_party_names_nobody(pipeline):
    assert "segretario comunale" not in _named(pipeline, "Il segretario comunale ha firmato la delibera.",
                                               "2026-02-04")
