"""Find many phrase patterns in one pass over the words of a text.

One big regex alternation is slow in Python: the engine tries every alternative at every
character. Instead, each pattern is filed under the words it can start with; a single scan over
the text's words looks up each word in that index and tries only the few patterns filed there,
with ``Pattern.match`` at that word. Digits are filed under ``#``.
Matches do not overlap: after a match the scan resumes at its end (like ``re.finditer``), and at a
given word the first pattern that matches wins, so patterns are listed longest first.

A word may open many patterns ("the" opens every "the end of ...", "the previous ..." date phrase),
and each ``Pattern.match`` is a Python call: a bucket of several patterns is first tried as one
alternation of them all, in their order (``_Bucket.first``). The regex engine tries the
alternatives in C and stops at the first that matches, which is the pattern the loop would have
picked; only that pattern is then matched again for its own groups.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress, count
from typing import Generic, TypeVar

from cronaca.tokens import DIGITS, tokens

__all__ = ["DIGITS", "PhraseIndex", "first_words"]

T = TypeVar("T")
_WORD = re.compile(r"\w+")


#: What makes a pattern unfit to be one alternative among others: a reference to a group by name or
#: number, or a conditional on a group (the alternation renumbers the groups), an inline global flag.
_UNFIT = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)")
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


def _alternation(patterns: list[re.Pattern[str]], flags: int) -> re.Pattern[str] | None:
    """One regex trying ``patterns`` in their order at one place; the group ``_<k>`` around the k-th
    says which matched. None for a single pattern, or when one cannot go into an alternation."""
    if len(patterns) < 2 or any(_UNFIT.search(p.pattern) for p in patterns):
        return None
    # the patterns' own groups lose their names (no name may repeat in one regex) and stay numbered
    parts = [f"(?P<_{k}>{_NAMED_GROUP.sub('(', p.pattern)})" for k, p in enumerate(patterns)]
    try:
        joined = re.compile("|".join(parts), flags)
    except re.error:
        return None
    return joined if joined.groups == sum(p.groups for p in patterns) + len(patterns) else None


@dataclass(frozen=True)
class PhraseIndex(Generic[T]):
    buckets: dict[str, tuple[tuple[re.Pattern[str], T], ...]]
    #: the buckets of several patterns as one alternation (``_alternation``)
    firsts: dict[str, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Iterable[str], T]], flags: int = re.IGNORECASE) -> "PhraseIndex[T]":
        """``entries``: (regex source, words it may start with, payload), in priority order."""
        buckets: dict[str, list[tuple[re.Pattern[str], T]]] = {}
        compiled: dict[str, re.Pattern[str]] = {}
        for source, keys, payload in entries:
            pattern = compiled.get(source) or compiled.setdefault(source, re.compile(source, flags))
            for key in dict.fromkeys(k.lower() for k in keys):
                buckets.setdefault(key, []).append((pattern, payload))
        firsts = {k: first for k, v in buckets.items()
                  if (first := _alternation([p for p, _ in v], flags)) is not None}
        return cls({k: tuple(v) for k, v in buckets.items()}, firsts)

    def finditer(self, text: str) -> Iterator[tuple[re.Match[str], T]]:
        tok = tokens(text)
        buckets = self.buckets
        starts = tok.starts
        resume = 0
        # the indexes of the few words that open a pattern, in text order: one C-level pass over the
        # word keys (a dict of every word's positions cost a Python step per word of the text)
        found = compress(count(), map(buckets.__contains__, tok.keys))
        firsts = self.firsts
        for i in found:
            start = starts[i]
            if start < resume:
                continue
            key = tok.keys[i]
            first = firsts.get(key)
            if first is not None:
                hit = first.match(text, start)
                if hit is None:
                    continue  # no pattern of the bucket matches here
                if hit.end() > start:  # (an empty match: the loop below passes over it, as before)
                    pattern, payload = buckets[key][int(hit.lastgroup[1:])]
                    m = pattern.match(text, start)
                    yield m, payload
                    resume = m.end()
                    continue
            for pattern, payload in buckets[key]:
                m = pattern.match(text, start)
                if m is not None and m.end() > start:
                    yield m, payload
                    resume = m.end()
                    break


def first_words(phrase: str) -> list[str]:
    """The word a literal phrase starts with ("l'anno scorso" -> ["l"])."""
    m = _WORD.match(phrase.strip())
    return [m.group().lower()] if m else []
