"""Quotation marks: pair opening and closing marks in every common style.

Guillemets « » may have spaces inside (French typography); two apostrophes '' stand for a
straight double quote (a typewriter convention kept by some archives).
Handles “ ” (English, Italian), « » (French, Spanish, Italian, Russian), „ “ (German), » « (German
books), ‹ › and ‘ ’ (nested or British), straight " including mixed use (“...") and straight
single quotes ('...', common in text rebuilt from tokens).
A mark opens when it follows a space, a bracket, a colon or comma, or the start of a paragraph and
is followed by a non-space; it closes a pending opener when it follows a non-space. An apostrophe
inside a word (dell’impegno, l'ex) is never a mark. Quotes never cross a paragraph: an opener left
unclosed at the end of a paragraph closes there (the English convention for a quotation spanning
paragraphs), except a straight single quote, which may be an apostrophe ("un po'") and is dropped.
Detokenised text may leave straight double quotes with spaces on both sides (``ha detto " Siamo
pronti " .``); the straight double quotes of a paragraph that the rules above left unpaired are
paired in order when there is an even number of them.
Only outermost pairs are returned; nested quotes stay inside their parent's content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Quotation marks; a ’, ‘ or ' between two letters is an apostrophe (dell’impegno) and is skipped here.
_MARKS = re.compile(r"''|[“”„«»‹›\"‚‘’'](?:(?<![‘’'])|(?<![^\W\d_].)|(?![^\W\d_]))")
#: For each opening mark, the marks that can close it.
_CLOSERS: dict[str, str] = {
    "“": "”“\"", "„": "“”\"", "«": "»", "»": "«", "‹": "›", "›": "‹", "\"": "\"”“",
    "‘": "’‘", "‚": "‘’", "'": "'’",
}
_OPEN_BEFORE = set(" \t\n([{—–-/:,;") | {""}
#: Punctuation that never follows an opening mark: in ``i ladri " della sera ", che`` the second straight
#: quote is a (spaced) closer, and taking it for an opener nested every later «...» inside it, losing them.
_NEVER_AFTER_OPEN = set(",.;:!?)]}")
#: Marks that may be apostrophes: they open only before a letter and never stay open to a paragraph end.
_APOSTROPHE_LIKE = "'"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    open: int  # offset of the opening mark
    close: int  # offset just after the closing mark (or paragraph end when unclosed)
    start: int  # content start (after the mark)
    end: int  # content end (before the closing mark)
    closed: bool


def find_quoted(text: str) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    stack: list[tuple[str, int, int]] = []  # (mark, offset, width)
    loose: list[int] = []  # straight double quotes of the current paragraph left unpaired
    used: set[int] = set()
    para_end = text.find("\n")
    for match in _MARKS.finditer(text):
        pos = match.start()
        while para_end != -1 and pos > para_end:
            _close_unclosed(stack, para_end, out, loose, used)
            _pair_loose(text, loose, used, out)
            para_end = text.find("\n", para_end + 1)
        ch = match.group()
        width = len(ch)
        if ch == "''":  # two apostrophes for a double quote (''like this'')
            ch = "\""
        before = text[pos - 1] if pos else ""
        after = text[pos + width] if pos + width < len(text) else ""
        if ch in "’‘'" and before.isalpha() and after.isalpha():
            continue  # an apostrophe: l’opportunità
        # guillemets carry their direction (French puts spaces inside: « Nous sommes prêts »)
        spaced = ch in "«»‹›" and not (ch in "»›" and not stack)
        depth = _closes(stack, ch) if before and (spaced or not before.isspace()) else -1
        if depth >= 0 and ch in _APOSTROPHE_LIKE and (after.isalnum()):
            depth = -1  # "'90s", "rock'n'roll": not a closing mark
        if depth >= 0:
            _mark, start, open_width = stack[depth]
            del stack[depth:]
            used.update((start, pos))
            if not stack:
                out.append(QuotedSpan(start, pos + width, start + open_width, pos, True))
            continue
        opens = before in _OPEN_BEFORE or before in _CLOSERS or before in "“‘"
        if ch in _APOSTROPHE_LIKE:
            opens = opens and after.isalpha()
        if ch in _CLOSERS and opens and after and (not after.isspace() or ch in "«‹") and after not in _NEVER_AFTER_OPEN:
            stack.append((ch, pos, width))
        elif ch == "\"" and width == 1:
            loose.append(pos)
    _close_unclosed(stack, len(text) if para_end == -1 else para_end, out, loose, used)
    _pair_loose(text, loose, used, out)
    out.sort(key=lambda q: q.open)
    return out


def _closes(stack: list[tuple[str, int, int]], ch: str) -> int:
    """Depth of the innermost pending opener that ``ch`` closes, or -1."""
    for depth in range(len(stack) - 1, -1, -1):
        if ch in _CLOSERS[stack[depth][0]]:
            return depth
    return -1


def _close_unclosed(stack: list[tuple[str, int, int]], end: int, out: list[QuotedSpan],
                    loose: list[int], used: set[int]) -> None:
    pending = [entry for entry in stack if entry[0] not in _APOSTROPHE_LIKE]
    if pending:
        mark, start, width = pending[0]
        if mark == "\"" and width == 1 and len(loose) % 2 == 1:
            loose.append(start)  # an odd straight quote: left for the pairing of loose marks
        else:
            out.append(QuotedSpan(start, end, start + width, end, False))
    stack.clear()


def _pair_loose(text: str, loose: list[int], used: set[int], out: list[QuotedSpan]) -> None:
    """Straight double quotes of one paragraph that found no partner by the spacing rules, paired
    in order when they are even in number and no quotation found so far lies between two partners."""
    marks = sorted(p for p in loose if p not in used)
    loose.clear()
    if not marks or len(marks) % 2:
        return
    pairs = list(zip(marks[::2], marks[1::2]))
    if any(q.open < b and a < q.close for a, b in pairs for q in out):
        return
    for a, b in pairs:
        start, end = a + 1, b
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(QuotedSpan(a, b + 1, start, end, True))
