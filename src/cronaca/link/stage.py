"""The link stage: find mentions of actors and resolve them to knowledge-base entities."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.pipeline import register


@register
class Link:
    name: ClassVar[str] = "link"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "language", "source")
    writes: ClassVar[tuple[str, ...]] = ("entities",)

    def __call__(self, doc: Document) -> Document:
        # Not built yet (issue: knowledge base and entity linking): no entities are found.
        doc.entities = []
        return doc
