"""The words of a text, computed once and shared by the extract stages of one document.

Sources, dates, quotes and tone all look words up in their language tables; tokenising the text
once (two C-level regex passes) instead of once per stage is most of their speed. The last text
seen is remembered by identity (stages pass the same ``doc.text`` object along).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = "#"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Tokens:
    text: str
    keys: list[str]  # lower-cased words; a word that starts with a digit is DIGITS
    starts: list[int]  # offset of each word in ``text``


_last: list[Tokens] = []


def tokens(text: str) -> Tokens:
    if _last and _last[0].text is text:
        return _last[0]
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        lowered = "".join(ch.lower()[0] for ch in text)
    starts = [m.start() for m in _WORD.finditer(lowered)]
    keys = [DIGITS if w[0].isdigit() else w for w in _WORD.findall(lowered)]
    found = Tokens(text, keys, starts)
    _last[:] = [found]
    return found
