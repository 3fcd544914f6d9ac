"""Tone: article tone from per-language lexicons."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document, Tone
from cronaca.pipeline import register


@register
class ToneStage:
    name: ClassVar[str] = "tone"
    reads: ClassVar[tuple[str, ...]] = ("text", "language")
    writes: ClassVar[tuple[str, ...]] = ("tone",)

    def __call__(self, doc: Document) -> Document:
        doc.tone = Tone()  # not built yet
        return doc
