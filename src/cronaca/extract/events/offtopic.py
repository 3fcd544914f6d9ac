"""Sport news reads like politics to a trigger lexicon ("verteidigt den Titel", "gab auf", "réclament un
penalty", "pidió tiempo muerto", "su visita al Brighton"): the verbs are game moves, not political acts.
A language's `event_offtopic.txt` lists words that only sport uses; a sentence holding one yields no
events, and a document holding several different ones (a sports report) yields none at all."""
from __future__ import annotations

import re
from functools import cache

from cronaca.extract.events.lexicon import fold
from cronaca.lang import load

#: Different off-topic words that make a whole document a sports report.
DOCUMENT_WORDS = 3


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    words = sorted({fold(w) for w in load(code).words("event_offtopic.txt") if w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(w) for w in words))


def offtopic_hits(text: str, code: str) -> list[tuple[int, str]]:
    """(offset, word) of every off-topic word in the text, in text order."""
    pattern = _pattern(code)
    if pattern is None:
        return []
    return [(m.start(), m.group()) for m in pattern.finditer(fold(text))]


def offtopic_document(hits: list[tuple[int, str]]) -> bool:
    return len({w for _, w in hits}) >= DOCUMENT_WORDS
