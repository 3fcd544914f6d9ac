"""A complementizer after a long circumstance that opens with a preposition: "aseguró en
declaraciones a la Cadena SER que ...", "said in an interview with CBC that ...", "dijo a la prensa
en Lima el martes que ...". The plain rule allows only a few object words between a verb and its
complementizer; a longer stretch is taken only when it ends on a name (the outlet, place or
platform) or a date, or opens on an utterance ("in a post on his platform that"), since a common
noun there may head a relative clause instead ("dijo en la reunión que mantuvo con ...": "que" is no
report).
"""
from __future__ import annotations

import re
from functools import lru_cache

from cronaca.extract.locate import phrase_pattern
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speech import Cue

#: Punctuation that a circumstance never spans.
_BREAK = re.compile(r"[.,;:!?“”«»„\"()\n]")

#: Most words of the circumstance between the verb and the complementizer.
ASIDE_WORDS = 10


@lru_cache(maxsize=16)
def _pattern(prepositions: frozenset[str], complementizers: frozenset[str]) -> re.Pattern[str] | None:
    if not prepositions or not complementizers:
        return None
    preps = "|".join(phrase_pattern(p) for p in sorted(prepositions, key=len, reverse=True))
    comps = "|".join(phrase_pattern(c) for c in sorted(complementizers, key=len, reverse=True))
    return re.compile(rf"\s+(?:{preps})(?![\w-])(?:\s+[\w'’.-]+){{1,{ASIDE_WORDS - 1}}}?\s+(?:{comps})(?!\w)",
                      re.IGNORECASE)


#: Most words after the preposition before the noun of an utterance ("in a subsequent post").
UTTERANCE_WORDS = 3


def _names_an_utterance(ctx: QuoteContext, words: list[str]) -> bool:
    """The circumstance opens on an utterance or its channel ("in a post on his Truth Social
    platform", "en una entrevista con la radio local", ``speech_noun`` and ``document_noun``): what
    follows it is where it was said, and the complementizer after it opens the report."""
    nouns = ctx.speech.speech_nouns | ctx.speech.document_nouns
    return any(w.lower() in nouns for w in words[:UTTERANCE_WORDS])


def past_long_aside(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """The complementizer past a preposition-led circumstance ending on a name or a date."""
    pattern = _pattern(ctx.speech.prepositions, ctx.speech.complementizers)
    if pattern is None:
        return None
    m = pattern.match(ctx.text, cue.end)
    if m is None or _BREAK.search(m.group()):
        return None
    words = WORD.findall(m.group())
    if len(words) < 2:
        return None
    last = words[-2]
    if not (last[:1].isupper() or last.isdigit() or last.lower() in ctx.calendar_words
            or _names_an_utterance(ctx, words[1:-1])):
        return None
    if any(cue.end < c.start < m.end() for c in ctx.cues):
        return None  # another verb of saying inside: its own complementizer
    return m


#: An aside in commas right after the verb, then the complementizer: "Advierten, además, que".
_COMMA_ASIDE = re.compile(r"\s*,\s*([^,.;:!?“”«»„\"()\n]{1,30}?)\s*,\s*(\w+)(?!\w)")


def past_adverb_aside(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """The complementizer after an adverb set off by commas: "Advierten, además, que ...", "said,
    however, that ...", "señaló, sin embargo, que ..." (``adverb`` rows of speech_cue_words.tsv)."""
    m = _COMMA_ASIDE.match(ctx.text, cue.end)
    if m is None or m.group(2).lower() not in ctx.speech.complementizers:
        return None
    aside = m.group(1).lower()
    adverbs = ctx.speech.skippable  # adverbs (and auxiliaries, conjunctions: never an aside alone)
    if aside in adverbs or all(w in adverbs for w in WORD.findall(aside)):
        return m
    return None
