"""The language stages: identify the article's language, then split the cleaned text into sentences."""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document
from cronaca.language.identify import UNDETERMINED, identify
from cronaca.language.sentences import split
from cronaca.pipeline import register


@register
class IdentifyLanguage:
    """Runs on the raw text, before cleaning, because cleaning reads language data."""

    name: ClassVar[str] = "language"
    reads: ClassVar[tuple[str, ...]] = ("raw", "language")
    writes: ClassVar[tuple[str, ...]] = ("language", "language_confidence")

    def __call__(self, doc: Document) -> Document:
        if doc.language:  # forced by the caller
            doc.language_confidence = 1.0
            return doc
        doc.language, doc.language_confidence = identify(doc.raw)
        return doc


@register
class Segment:
    name: ClassVar[str] = "segment"
    reads: ClassVar[tuple[str, ...]] = ("text", "language")
    writes: ClassVar[tuple[str, ...]] = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        lang = doc.language if doc.language and doc.language != UNDETERMINED else None
        doc.sentences = split(doc.text, lang)
        return doc
