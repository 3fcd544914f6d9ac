"""Dates: absolute and relative time expressions resolved against the publication date."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.pipeline import register


@register
class Dates:
    name: ClassVar[str] = "dates"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "source", "language")
    writes: ClassVar[tuple[str, ...]] = ("dates",)

    def __call__(self, doc: Document) -> Document:
        doc.dates = []  # not built yet
        return doc
