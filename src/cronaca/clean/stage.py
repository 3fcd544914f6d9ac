"""The clean stage: passes that repair damaged text, in a fixed order, each recorded.

Order matters: encoding first (later passes need real characters), then boilerplate lines
(so a caption is not glued to the body), then glued sentences, then word swaps, and layout last.

Integrity score (1 = no sign of damage), documented here because users read it:
    score = 1 - 0.6 * min(1, 20 * D / W) - min(0.2, 0.05 * R) - 0.1 * [suspect tokens]
            - 0.1 * [machine translated]
where W is the number of words of the cleaned text, D the summed confidence of the repairs that
were real damage (substitution, glue, mojibake, other; whitespace does not count) and R the
number of removed boilerplate pieces. A text with 1 repaired word in 20 (5%) is at 0.4 or below.
Flags: spun_text (spinner repairs or suspects), glued_sentences, boilerplate_removed, mojibake,
machine_translated (evidence that adds up: translation.py). A translation is its own damage: its
wording may be off even where no word can be repaired, so it costs as much as suspect tokens.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from cronaca.clean import boilerplate, edits, encoding, glue, layout, spinner, translation
from cronaca.clean.edits import Edit
from cronaca.document import Document
from cronaca.pipeline import register

#: (pass name, proposer, flag raised when it changes or suspects something)
Pass = tuple[str, Callable[[str, str | None], list[Edit]], str | None]

PASSES: list[Pass] = [
    ("encoding", lambda text, lang: encoding.propose(text), "mojibake"),
    ("boilerplate", boilerplate.propose, "boilerplate_removed"),
    ("glue", glue.propose, "glued_sentences"),
    ("spinner", spinner.propose, "spun_text"),
    ("layout", lambda text, lang: layout.propose(text), None),
]

#: Rules of removed lines that are article metadata rather than junk, and their metadata key.
META_RULES = {"boilerplate.byline": "byline", "boilerplate.dateline": "dateline",
              "boilerplate.timestamp": "timestamp"}


@register
class Clean:
    name: ClassVar[str] = "clean"
    reads: ClassVar[tuple[str, ...]] = ("raw", "language")
    writes: ClassVar[tuple[str, ...]] = ("text", "integrity")

    def __call__(self, doc: Document) -> Document:
        text = doc.raw
        lang = doc.language if doc.language and doc.language != "und" else None
        offsets = edits.RawOffsets()
        for _name, propose, flag in PASSES:
            proposed = propose(text, lang)
            if proposed:
                text = edits.apply(text, proposed, doc.integrity, offsets)
                if flag and any(not e.silent for e in proposed):
                    doc.integrity.flag(flag)
        doc.text = text
        translation.mark(doc)  # machine_translated: evidence recorded as suspects (translation.py)
        for removed in doc.integrity.removed:
            key = META_RULES.get(removed.rule)
            if key and key not in doc.removed_meta:
                doc.removed_meta[key] = removed.text
        doc.integrity.score = score(doc)
        return doc


def score(doc: Document) -> float:
    """See the module docstring for the formula."""
    words = max(1, len(doc.text.split()))
    repairs = doc.integrity.repairs
    damage = sum(r.confidence for r in repairs
                 if r.kind != "whitespace" and r.before != r.after)
    suspects = any(r.before == r.after for r in repairs)
    removed = sum(1 for r in doc.integrity.removed if r.rule not in META_RULES)
    value = (1.0 - 0.6 * min(1.0, 20.0 * damage / words) - min(0.2, 0.05 * removed)
             - (0.1 if suspects else 0.0) - (0.1 if "machine_translated" in doc.integrity.flags else 0.0))
    return max(0.0, min(1.0, value))
