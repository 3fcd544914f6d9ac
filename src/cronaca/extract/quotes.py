"""Quotes: direct and indirect speech with speaker, cue and according_to."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.pipeline import register


@register
class Quotes:
    name: ClassVar[str] = "quotes"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "sources", "language")
    writes: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        doc.quotes = []  # not built yet
        return doc
