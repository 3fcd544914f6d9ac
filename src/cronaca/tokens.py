"""The words of a text, computed once and shared by the stages of one document.

The linker (verbs of saying), sources, dates, quotes and tone all look words up in their language
tables; tokenising the text once (two C-level regex passes) instead of once per stage is most of
their speed. The last text seen is remembered by identity (stages pass the same ``doc.text`` object
along).
"""
from __future__ import annotations

import re
from itertools import accumulate
from dataclasses import dataclass

DIGITS = "#"
_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")


@dataclass(slots=True)
class Tokens:
    text: str
    keys: list[str]  # lower-cased words; a word that starts with a digit is DIGITS
    starts: list[int]  # offset of each word in ``text``
    _at: dict[str, list[int]] | None = None

    def at(self) -> dict[str, list[int]]:
        """Each distinct key -> the indexes of its words, in text order. Built once per text (one
        pass over the words) for a reader that asks for the positions of a few given words; the
        phrase tables, the verbs of saying and tone instead select their words with one C-level
        pass over ``keys`` (``compress``), which costs no Python step per word."""
        if self._at is None:
            at: dict[str, list[int]] = {}
            get = at.get  # (bound once: this loop runs once per word of the document)
            for i, key in enumerate(self.keys):
                found = get(key)
                if found is None:
                    at[key] = [i]
                else:
                    found.append(i)
            self._at = at
        return self._at


_last: list[Tokens] = []


def tokens(text: str) -> Tokens:
    if _last and _last[0].text is text:
        return _last[0]
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        lowered = "".join(ch.lower()[0] for ch in text)
    # one C-level split into [gap, word, gap, word, ..., gap]: a word starts where the text before it
    # ends, so running sums of the piece lengths give every start with no Python call per word
    pieces = _WORD_SPLIT.split(lowered)
    starts = list(accumulate(map(len, pieces)))[:-1:2]
    keys = [DIGITS if w[0].isdigit() else w for w in pieces[1::2]]
    found = Tokens(text, keys, starts)
    _last[:] = [found]
    return found
