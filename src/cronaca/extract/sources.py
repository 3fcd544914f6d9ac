"""Cited sources: the agencies and outlets an article relies on."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.pipeline import register


@register
class Sources:
    name: ClassVar[str] = "sources"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "language")
    writes: ClassVar[tuple[str, ...]] = ("sources",)

    def __call__(self, doc: Document) -> Document:
        doc.sources = []  # not built yet
        return doc
