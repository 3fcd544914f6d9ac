"""Sport news reads like politics to a trigger lexicon ("verteidigt den Titel", "gab auf", "réclament un
penalty", "pidió tiempo muerto", "su visita al Brighton"): the verbs are game moves, not political acts.
A language's `event_offtopic.txt` lists words that only sport uses (scanned with the lexicon as cues of
kind `offtopic`); a sentence holding one yields no events, and a document holding several different ones
(a sports report) yields none at all."""
from __future__ import annotations

from cronaca.extract.events.lexicon import Match

#: Different off-topic words that make a whole document a sports report.
DOCUMENT_WORDS = 3


def offtopic_starts(matches: list[Match], text: str) -> tuple[list[int], bool]:
    """Offsets of the off-topic words among the scanned matches, and whether the document is off-topic."""
    starts, words = [], set()
    for m in matches:
        if m.cues and m.cues[-1].kind == "offtopic":  # the lexicon adds them after every other cue
            starts.append(m.start)
            words.add(text[m.start:m.end].lower())
    return starts, len(words) >= DOCUMENT_WORDS
