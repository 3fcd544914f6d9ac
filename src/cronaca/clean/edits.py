"""Edits to a text that remember where they happened.

Each cleaning pass proposes edits against the current text; ``apply`` performs them in one pass,
turns them into Repairs (or Removed records, for deletions of boilerplate) located in the new
text, and moves the repairs of earlier passes to their new offsets. So, at the end, every repair
points into the final cleaned text, as the article contract requires.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from cronaca.document import Integrity, Removed, Repair


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str
    kind: str  # a Repair kind, or "removed"
    rule: str
    confidence: float = 1.0
    removed_kind: str | None = None  # caption, credit, teaser...: makes this a Removed record
    silent: bool = False  # a normalisation not worth a Repair record (e.g. trailing blank lines)


def apply(text: str, edits: list[Edit], integrity: Integrity) -> str:
    """Apply non-overlapping edits (overlaps: the earlier-starting one wins) and record them."""
    if not edits:
        return text
    chosen: list[Edit] = []
    last_end = -1
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < last_end:
            continue
        chosen.append(edit)
        last_end = max(edit.end, edit.start + (1 if edit.start == edit.end else 0))

    pieces: list[str] = []
    cursor = 0
    delta = 0
    starts: list[int] = []   # old-text end of each edit
    deltas: list[int] = []   # cumulative length change after it
    new_repairs: list[Repair] = []
    for edit in chosen:
        pieces.append(text[cursor:edit.start])
        new_start = edit.start + delta
        pieces.append(edit.replacement)
        before = text[edit.start:edit.end]
        delta += len(edit.replacement) - (edit.end - edit.start)
        starts.append(edit.end)
        deltas.append(delta)
        cursor = edit.end
        if edit.removed_kind:
            integrity.removed.append(Removed(edit.removed_kind, before.strip(), edit.rule, None))
        elif not edit.silent:
            new_repairs.append(Repair(edit.kind, new_start, new_start + len(edit.replacement),
                                      before, edit.replacement, edit.confidence, edit.rule))
    pieces.append(text[cursor:])

    def moved(pos: int) -> int:
        i = bisect_right(starts, pos)
        return pos + (deltas[i - 1] if i else 0)

    for repair in integrity.repairs:
        repair.start, repair.end = moved(repair.start), moved(repair.end)
    integrity.repairs.extend(new_repairs)
    integrity.repairs.sort(key=lambda r: (r.start, r.end))
    return "".join(pieces)
