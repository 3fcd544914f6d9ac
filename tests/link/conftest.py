"""The link tests run the real stages on real sentences against a small KB fixture."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.document import Document, Entity, Source
from cronaca.kb import KnowledgeBase, read_entries
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build

FIXTURE = Path(__file__).with_name("kb_fixture.jsonl")


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase(read_entries(FIXTURE))


@pytest.fixture(scope="session")
def link_text(kb):
    """link_text(text, lang, published) -> the linked Document (language forced)."""
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(kb),))

    def run(text: str, lang: str, published: str | None = "2026-02-20") -> Document:
        return pipeline(Document(raw=text, language=lang, source=Source(published=published)))

    return run


@pytest.fixture(scope="session")
def holders():
    """holders(doc) -> [(entity name, mention text)] of the mentions a title made ("premier" -> Meloni)."""
    def titled(doc: Document) -> list[tuple[str, str]]:
        return [(e.name, m.text) for e in doc.entities for m in e.mentions if m.kind == "title"]

    return titled


@pytest.fixture(scope="session")
def by_name():
    """by_name(doc) -> {entity name: Entity}."""
    def index(doc: Document) -> dict[str, Entity]:
        return {e.name: e for e in doc.entities}

    return index


@pytest.fixture(scope="session")
def typed():
    """typed(doc) -> {entity name: entity type}."""
    def index(doc: Document) -> dict[str, str]:
        return {e.name: e.type for e in doc.entities}

    return index


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The shipped link stage with its real KB, after the stages it reads (for tests of shipped data)."""
    return build(["language", "clean", "segment", "link"])


def _by_mention(doc: Document, *fields: str) -> dict[str, object]:
    """{mention text: the entity's field}, or a tuple of fields when several are asked for."""
    fields = fields or ("name",)

    def value(entity: Entity) -> object:
        got = tuple(getattr(entity, f) for f in fields)
        return got if len(got) > 1 else got[0]

    return {m.text: value(e) for e in doc.entities for m in e.mentions}


@pytest.fixture(scope="session")
def by_mention():
    """by_mention(doc, *fields) -> {mention text: entity name}, or {mention text: (field, ...)}."""
    return _by_mention


@pytest.fixture(scope="session")
def mentions(pipeline):
    """mentions(text, lang, *fields, published=...) -> what the shipped pipeline links each mention of
    a sentence to: {mention text: entity name} by default, {mention text: (type, name)} for
    mentions(text, lang, "type", "name")."""
    def run(text: str, lang: str, *fields: str, published: str = "2026-02-20") -> dict[str, object]:
        return _by_mention(pipeline(Document(raw=text, language=lang, source=Source(published=published))), *fields)

    return run


@pytest.fixture(scope="session")
def shipped_text(pipeline):
    """shipped_text(text, lang, published) -> the Document the shipped link stage makes of a sentence
    (language forced): for tests of what the real KB's dated roles resolve."""
    def run(text: str, lang: str, published: str | None = "2026-02-20") -> Document:
        return pipeline(Document(raw=text, language=lang, source=Source(published=published)))

    return run
