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


class RawOffsets:
    """Maps an offset of the text being cleaned back to the raw input, through every pass so far,
    so a Removed record can say where in the raw text it was (``raw_start``)."""

    def __init__(self) -> None:
        self._passes: list[tuple[list[int], list[tuple[int, int, int, int]]]] = []

    def record(self, applied: list[tuple[int, int, int, int]]) -> None:
        """``applied``: (old start, old end, new start, new end) of each edit of one pass."""
        if applied:
            self._passes.append(([a[2] for a in applied], applied))

    def raw(self, pos: int) -> int:
        for new_starts, spans in reversed(self._passes):
            i = bisect_right(new_starts, pos) - 1
            if i < 0:
                continue  # before the pass's first edit: unchanged
            old_start, old_end, new_start, new_end = spans[i]
            if pos < new_end:  # inside a replacement: as far into the old text as it goes
                pos = old_start + min(pos - new_start, old_end - old_start)
            else:
                pos = old_end + (pos - new_end)
        return pos


def apply(text: str, edits: list[Edit], integrity: Integrity,
          offsets: RawOffsets | None = None) -> str:
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
    applied: list[tuple[int, int, int, int]] = []
    for edit in chosen:
        pieces.append(text[cursor:edit.start])
        new_start = edit.start + delta
        pieces.append(edit.replacement)
        before = text[edit.start:edit.end]
        delta += len(edit.replacement) - (edit.end - edit.start)
        starts.append(edit.end)
        deltas.append(delta)
        cursor = edit.end
        applied.append((edit.start, edit.end, new_start, new_start + len(edit.replacement)))
        if edit.removed_kind:
            stripped = before.strip()
            raw_start = None
            if offsets is not None and stripped:
                raw_start = offsets.raw(edit.start + before.index(stripped))
            integrity.removed.append(Removed(edit.removed_kind, stripped, edit.rule, raw_start))
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
    if offsets is not None:
        offsets.record(applied)
    return "".join(pieces)
