"""Quotation marks: pair opening and closing marks in every common style.

Guillemets « » may have spaces inside (French typography); two apostrophes '' stand for a
straight double quote (a typewriter convention kept by some archives).
Handles “ ” (English, Italian), « » (French, Spanish, Italian, Russian), „ “ (German), » « (German
books), ‹ › and ‘ ’ (nested or British), and straight " including mixed use (“...").
A mark opens when it follows a space, a bracket or the start of a paragraph and is followed by a
non-space; it closes a pending opener when it follows a non-space. An apostrophe inside a word
(dell’impegno) is never a closer. Quotes never cross a paragraph: an opener left unclosed at the
end of a paragraph closes there (the English convention for a quotation spanning paragraphs).
Only outermost pairs are returned; nested quotes stay inside their parent's content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Quotation marks; a ’ or ‘ between two letters is an apostrophe (dell’impegno) and is skipped here.
_MARKS = re.compile(r"''|[“”„«»‹›\"‚‘’](?:(?<![‘’])|(?<![^\W\d_].)|(?![^\W\d_]))")
#: For each opening mark, the marks that can close it.
_CLOSERS: dict[str, str] = {
    "“": "”“\"", "„": "“”\"", "«": "»", "»": "«", "‹": "›", "›": "‹", "\"": "\"”“",
    "‘": "’‘", "‚": "‘’",
}
_OPEN_BEFORE = set(" \t\n([{—–-/") | {""}


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
    para_end = text.find("\n")
    for match in _MARKS.finditer(text):
        pos = match.start()
        while para_end != -1 and pos > para_end:
            _close_unclosed(stack, para_end, out)
            para_end = text.find("\n", para_end + 1)
        ch = match.group()
        width = len(ch)
        if ch == "''":  # two apostrophes for a double quote (''like this'')
            ch = "\""
        before = text[pos - 1] if pos else ""
        after = text[pos + width] if pos + width < len(text) else ""
        if ch in "’‘" and before.isalpha() and after.isalpha():
            continue  # an apostrophe: l’opportunità
        # guillemets carry their direction (French puts spaces inside: « Nous sommes prêts »)
        spaced = ch in "«»‹›" and not (ch in "»›" and not stack)
        depth = _closes(stack, ch) if before and (spaced or not before.isspace()) else -1
        if depth >= 0:
            _mark, start, open_width = stack[depth]
            del stack[depth:]
            if not stack:
                out.append(QuotedSpan(start, pos + width, start + open_width, pos, True))
            continue
        if ch in _CLOSERS and (before in _OPEN_BEFORE or before in _CLOSERS or before in "“‘") \
                and after and (not after.isspace() or ch in "«‹"):
            stack.append((ch, pos, width))
    _close_unclosed(stack, len(text) if para_end == -1 else para_end, out)
    out.sort(key=lambda q: q.open)
    return out


def _closes(stack: list[tuple[str, int, int]], ch: str) -> int:
    """Depth of the innermost pending opener that ``ch`` closes, or -1."""
    for depth in range(len(stack) - 1, -1, -1):
        if ch in _CLOSERS[stack[depth][0]]:
            return depth
    return -1


def _close_unclosed(stack: list[tuple[str, int, int]], end: int, out: list[QuotedSpan]) -> None:
    if stack:
        _mark, start, width = stack[0]
        out.append(QuotedSpan(start, end, start + width, end, False))
        stack.clear()
