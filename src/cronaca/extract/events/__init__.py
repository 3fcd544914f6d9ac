"""Events: PLOVER types and modes with actor, recipient, status, date and place.

The stage reads the cleaned text, its sentences, the linked entities, dates and cited sources, and
writes ``doc.events``. The algorithm lives in the modules of this package: ``lexicon`` (per-language
trigger and cue lexicons compiled into one automaton), ``units`` (a sentence as noun phrases, triggers
and cues, split into clauses), ``roles`` (actor and target within the clause), ``extractor`` (status,
date, place, attribution, merging).
"""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.extract.events.extractor import extract, implied_countries
from cronaca.pipeline import register


@register
class Events:
    name: ClassVar[str] = "events"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "dates", "sources", "language")
    writes: ClassVar[tuple[str, ...]] = ("events", "entities")

    def __call__(self, doc: Document) -> Document:
        doc.events = extract(doc)
        doc.entities.extend(implied_countries(doc, doc.events))  # ids the events hold all resolve
        return doc
