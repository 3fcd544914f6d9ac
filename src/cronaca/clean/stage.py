"""The clean stage: passes that repair damaged text, in a fixed order, each recorded.

Order matters: encoding first (later passes need real characters), then boilerplate lines
(so a caption is not glued to the body), then glued sentences, then word swaps, and layout last.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from cronaca.clean import edits, encoding, layout
from cronaca.clean.edits import Edit
from cronaca.document import Document
from cronaca.pipeline import register

#: (pass name, proposer, flag raised when it changes something)
Pass = tuple[str, Callable[[str, str | None], list[Edit]], str | None]

PASSES: list[Pass] = [
    ("encoding", lambda text, lang: encoding.propose(text), "mojibake"),
    ("layout", lambda text, lang: layout.propose(text), None),
]


@register
class Clean:
    name: ClassVar[str] = "clean"
    reads: ClassVar[tuple[str, ...]] = ("raw", "language")
    writes: ClassVar[tuple[str, ...]] = ("text", "integrity")

    def __call__(self, doc: Document) -> Document:
        text = doc.raw
        lang = doc.language if doc.language and doc.language != "und" else None
        for _name, propose, flag in PASSES:
            proposed = propose(text, lang)
            if proposed:
                text = edits.apply(text, proposed, doc.integrity)
                if flag and any(not e.silent for e in proposed):
                    doc.integrity.flag(flag)
        doc.text = text
        doc.integrity.score = score(doc)
        return doc


def score(doc: Document) -> float:
    """1.0 for untouched text, lower the more repairs per word were needed."""
    words = max(1, len(doc.text.split()))
    damage = sum(r.confidence for r in doc.integrity.repairs if r.kind != "whitespace")
    removed = len(doc.integrity.removed)
    value = 1.0 - min(1.0, 10.0 * damage / words) * 0.8 - min(0.2, 0.05 * removed)
    return max(0.0, min(1.0, value))
