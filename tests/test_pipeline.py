"""The stage protocol: declared reads and writes are checked, stages run alone or composed."""
from __future__ import annotations

import pytest

from cronaca.document import Document
from cronaca.pipeline import DEFAULT_ORDER, Pipeline, PipelineError, Stage, build, registered


def test_every_default_stage_is_registered_and_declares_its_fields():
    stages = registered()
    assert set(DEFAULT_ORDER) <= set(stages)
    for name in DEFAULT_ORDER:
        stage = stages[name]()
        assert isinstance(stage, Stage)
        assert stage.name == name and stage.reads and stage.writes


def test_a_stage_before_what_it_reads_is_refused():
    with pytest.raises(PipelineError, match="stage 'segment' reads \\['text'\\]"):
        build(["language", "segment", "clean"])


def test_stages_run_alone():
    doc = build(["language"])(Document(raw="Der Bundestag hat heute über den Haushalt abgestimmt."))
    assert doc.language == "de" and doc.text == ""


def test_the_default_pipeline_is_deterministic():
    text = "Il ministro ha incontrato il collega francese a Parigi. L'incontro è durato due ore."
    first = build()(Document(raw=text)).to_dict()
    second = build()(Document(raw=text)).to_dict()
    assert first == second


def test_upto_gives_a_prefix():
    assert build().upto("segment").names == ["language", "clean", "segment"]


def test_a_custom_stage_composes():
    class Shout:
        name = "shout"
        reads = ("text",)
        writes = ("title",)

        def __call__(self, doc: Document) -> Document:
            doc.title = doc.text.upper()[:10]
            return doc

    pipeline = Pipeline(build(["language", "clean"]).stages + (Shout(),))
    assert pipeline(Document(raw="hello there, general")).title == "HELLO THER"
