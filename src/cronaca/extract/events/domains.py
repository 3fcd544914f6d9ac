"""Pages of show business, software, cooking and games read like politics to a trigger lexicon: "Dion joined
forces with Peabo Bryson", "Sharon asked me to make a cake", "Linux systems supported by Parallels", "Feck greets
the teenagers with a gun", "Donna Kelce has praised Taylor Swift". Their verbs are no acts between political
actors. A language's ``event_domain_words.tsv`` lists words only such pages use (album, actress, recipe,
software...); a document holding ``DOCUMENT_WORDS`` different ones is of another domain, and there an event
stands only when a state takes part (a country, or a state body acting: ``complements.state_party``), so "the
EU fined Apple over its app store" keeps its event on a software page.

Unlike sport words (``offtopic.py``), one such word does not silence its sentence: "the film" or "the album"
is named in political news too; only several different ones make a page of another domain."""
from __future__ import annotations

import re
from functools import cache

from cronaca.lang import load

#: different domain words that make a page one of show business, software, cooking or games
DOCUMENT_WORDS = 3


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    words = sorted({row["word"].strip().lower() for row in load(code).table("event_domain_words.tsv")
                    if row.get("word", "").strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


def domain_words(text: str, code: str) -> set[str]:
    """The different domain words the text holds (lower case)."""
    pattern = _pattern(code)
    return set() if pattern is None else {m.group().lower() for m in pattern.finditer(text)}


def other_domain(text: str, code: str) -> bool:
    """Is the page one of show business, software, cooking or games (several different domain words)?"""
    return len(domain_words(text, code)) >= DOCUMENT_WORDS
