"""``finditer`` of a regular expression that jumps straight to where a match can begin.

Python's regex engine skips ahead quickly only when a pattern opens with a literal; a pattern that
opens with ``\\b``, a lookbehind or an alternation ("\\b[Tt]he (?:former )?senator",
"(?:^|(?<=[.!?:] ))(?:Der|Dieser)\\b") is tried at every character of the text, once per pattern:
for a language's rows of description patterns that costs about a millisecond per article. Every
match of such a pattern begins with one of a few literal strings ("The", "the"; "Der", "Dieser"),
read from the parsed pattern once; ``str.find`` locates those in C, and the pattern is tried only
there, with ``Pattern.match`` at that offset (lookbehinds, ``\\b`` and ``^`` see the whole text, as
in a search). The matches are exactly those of ``Pattern.finditer``, in the same order; a pattern
whose matches share no literal opening (a digit class first, a case-insensitive flag) is searched
as before.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

#: more openings than this: not worth the finds (and the product of character classes grows fast)
MAX_OPENINGS = 32
#: an opening this short occurs everywhere: searching the pattern is as fast
MIN_OPENING = 2

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _walk(items: object, openings: set[str]) -> tuple[set[str], bool]:
    """The literal strings every match of ``items`` (a parsed sequence) opens with, each extending
    one of ``openings``; the flag says whether the whole sequence was literal (openings may grow on)."""
    for op, av in items:  # type: ignore[attr-defined]
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next literal still opens the match
        if op is sre.LITERAL:
            openings = {o + chr(av) for o in openings}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) \
                and len(openings) * len(av) <= MAX_OPENINGS:
            openings = {o + chr(c) for o in openings for _, c in av}
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group with no inline flags
            openings, whole = _walk(av[3], openings)
            if not whole:
                return openings, False
        elif op is sre.BRANCH:
            union: set[str] = set()
            whole = True
            for branch in av[1]:
                found, done = _walk(branch, openings)
                union |= found
                whole = whole and done
            if len(union) > MAX_OPENINGS:
                return openings, False
            openings = union
            if not whole:
                return openings, False
        else:
            return openings, False
    return openings, True


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which opens every match of ``pattern``, or None when there are none
    long enough to be worth looking for."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):
        return None
    found, _whole = _walk(parsed, {""})
    if not found or len(found) > MAX_OPENINGS or min(map(len, found)) < MIN_OPENING:
        return None
    # an opening that extends a shorter one finds nothing more ("the former " after "the ")
    return frozenset(o for o in found if not any(o != p and o.startswith(p) for p in found))


@dataclass(frozen=True, slots=True)
class PrefixedPattern:
    """A compiled pattern and the literal openings of its matches (None: search as usual)."""

    pattern: re.Pattern[str]
    openings: tuple[str, ...] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> "PrefixedPattern":
        found = openings(pattern)
        return cls(pattern, tuple(sorted(found)) if found is not None else None)

    def starts(self, text: str) -> list[int] | None:
        """Every offset of ``text`` where a match can begin (where an opening occurs), in order;
        None when the pattern has no openings (a match can begin anywhere)."""
        if self.openings is None:
            return None
        starts: set[int] = set()
        find = text.find
        for opening in self.openings:
            i = find(opening)
            while i != -1:
                starts.add(i)
                i = find(opening, i + 1)
        return sorted(starts)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``."""
        starts = self.starts(text)
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        resume = 0
        for start in starts:
            if start < resume:
                continue
            found = match(text, start)
            if found is not None:
                yield found
                resume = found.end()  # (never empty: an opening is at least MIN_OPENING long)


@lru_cache(maxsize=4096)
def prefixed(pattern: re.Pattern[str]) -> PrefixedPattern:
    """``pattern`` with its openings, read once per process (compiled patterns are hashable)."""
    return PrefixedPattern.of(pattern)


def unglued(pattern: re.Pattern[str], text: str, glue: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches that ``(?<!GLUE)`` in front of ``pattern`` would give, for a ``pattern`` written
    without that look-behind: with nothing zero-width in front, the regex engine skips in C to the
    characters a match can open with, where a leading look-behind is tried at every character of
    the text. ``glue`` matches the one character that may not stand right before a match; where it
    does, the search moves on by one character, as the look-behind's failure would."""
    pos = 0
    search = pattern.search
    glued = glue.match
    while (found := search(text, pos)) is not None:
        start = found.start()
        if start and glued(text, start - 1):
            pos = start + 1
            continue
        yield found
        pos = found.end() if found.end() > start else start + 1
