"""Events: PLOVER types and modes with actor, recipient, status, date and place."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.pipeline import register


@register
class Events:
    name: ClassVar[str] = "events"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "dates", "sources", "language")
    writes: ClassVar[tuple[str, ...]] = ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.events = []  # not built yet
        return doc
