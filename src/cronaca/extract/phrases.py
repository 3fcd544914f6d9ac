"""Find many phrase patterns in one pass over the words of a text.

One big regex alternation is slow in Python: the engine tries every alternative at every
character. Instead, each pattern is filed under the words it can start with; a single scan over
the text's words looks up each word in that index and tries only the few patterns filed there,
with ``Pattern.match`` at that word. Digits are filed under ``#``.
Matches do not overlap: after a match the scan resumes at its end (like ``re.finditer``), and at a
given word the first pattern that matches wins, so patterns are listed longest first.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Generic, TypeVar

from cronaca.extract.tokens import DIGITS, tokens

__all__ = ["DIGITS", "PhraseIndex", "first_words"]

T = TypeVar("T")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PhraseIndex(Generic[T]):
    buckets: dict[str, tuple[tuple[re.Pattern[str], T], ...]]

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Iterable[str], T]], flags: int = re.IGNORECASE) -> "PhraseIndex[T]":
        """``entries``: (regex source, words it may start with, payload), in priority order."""
        buckets: dict[str, list[tuple[re.Pattern[str], T]]] = {}
        compiled: dict[str, re.Pattern[str]] = {}
        for source, keys, payload in entries:
            pattern = compiled.get(source) or compiled.setdefault(source, re.compile(source, flags))
            for key in dict.fromkeys(k.lower() for k in keys):
                buckets.setdefault(key, []).append((pattern, payload))
        return cls({k: tuple(v) for k, v in buckets.items()})

    def finditer(self, text: str) -> Iterator[tuple[re.Match[str], T]]:
        tok = tokens(text)
        buckets = self.buckets
        starts = tok.starts
        resume = 0
        at = tok.at()
        hits = at.keys() & buckets.keys()  # the few words of the text that open a pattern
        found = sorted(chain.from_iterable(map(at.__getitem__, hits)))
        for i in found:
            start = starts[i]
            if start < resume:
                continue
            for pattern, payload in buckets[tok.keys[i]]:
                m = pattern.match(text, start)
                if m is not None and m.end() > start:
                    yield m, payload
                    resume = m.end()
                    break


def first_words(phrase: str) -> list[str]:
    """The word a literal phrase starts with ("l'anno scorso" -> ["l"])."""
    m = _WORD.match(phrase.strip())
    return [m.group().lower()] if m else []
