"""Build Documents by hand for event tests: entities from surface strings, dates from phrases.

The event stage reads what the link and dates stages write; these helpers stand in for them so
each test states exactly which mentions and dates exist.
"""
from __future__ import annotations

import re

from cronaca.document import Document, Entity, Event, Mention, Source, TimeExpression
from cronaca.extract.events import Events
from cronaca.language.sentences import split

EntitySpec = tuple[str, str, str, list[str]] | tuple[str, str, str, list[str], str]


def document(text: str, lang: str, entities: list[tuple], dates: dict[str, str] | None = None,
             published: str | None = None) -> Document:
    """entities: (id, name, type, [surface, ...]) or with a fifth item, the ISO3 country of a place.
    A surface written "adjective:russo" makes an adjective mention; "metonym:Pechino" a metonym.
    Every occurrence (whole word, case-sensitive) of a surface becomes a mention."""
    doc = Document(raw=text, source=Source(published=published), language=lang, text=text)
    doc.sentences = split(text, lang)
    for spec in entities:
        eid, name, etype, surfaces = spec[:4]
        entity = Entity(eid, name, etype, country=spec[4] if len(spec) > 4 else None)
        for surface in surfaces:
            kind, _, form = surface.rpartition(":") if ":" in surface else ("name", "", surface)
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(form), text):
                entity.mentions.append(Mention(m.start(), m.end(), form, eid, "test", 1.0, kind or "name"))
        doc.entities.append(entity)
    for phrase, value in (dates or {}).items():
        for m in re.finditer(re.escape(phrase), text):
            doc.dates.append(TimeExpression(m.start(), m.end(), phrase, value, "test"))
    doc.dates.sort(key=lambda t: t.start)
    return doc


def events(doc: Document) -> list[Event]:
    return Events()(doc).events


def summary(event: Event) -> tuple:
    """(type, sources, targets, status) — the part most tests check."""
    return (event.type, tuple(event.source), tuple(event.target), event.status)
