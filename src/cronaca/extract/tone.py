"""Tone: article tone from per-language lexicons, GDELT-like.

``lang/<code>/tone.tsv`` lists words (or stems with a trailing ``*``) with a polarity (+1/-1; 0 is a
neutral word, which shields a name from a stem it starts with) and a weight; it is built by
tools/tone/build_lexicons.py, and docs/tone.md says how tone is measured against the gold events.
Over the lower-cased word tokens of the text (``tokens``: runs of letters and digits; an elided
article "l'" is a word of its own):
    positive = sum of the weights of positive matches, negative = the same for negative matches,
    score = 100 * (positive - negative) / words, clipped to [-100, 100]
(GDELT's V2Tone is the same difference of percentages). Numbers are not words.

Negation: ``lang/<code>/tone_negators.txt`` lists words ("non", "not", "kein", "sans") that turn the
first tone word among the NEGATION_REACH words after them: its weight is multiplied by NEGATION
("non condanna" counts as mildly positive, "no agreement" as mildly negative), once even when two
negators precede it ("n'a pas condamné"). Only the negators' own occurrences are visited (the
text's key -> positions index), so a sentence without one costs a set test.

Matching: an exact form wins; otherwise the longest stem that prefixes the token. Each distinct token
is looked up once per process and remembered, so after warm-up a token costs one dict lookup
(no lemmatiser needed: stems cover inflection, which the lexicon author controls).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, count
from typing import ClassVar

from cronaca.document import Document, Tone
from cronaca.tokens import DIGITS, tokens
from cronaca.lang import LanguageDataError, load
from cronaca.pipeline import register

#: Bound on the per-language memo of token polarities (distinct word forms seen).
MEMO_LIMIT = 500_000
#: How many words after a negator it reaches, and what it does to the tone word it finds there:
#: a negated word counts half, the other way (VADER uses -0.74; on the gold dev set negation moves the AUC
#: by less than 0.01 either way: it is kept because it is right on the sentences it touches).
NEGATION_REACH = 2
NEGATION = -0.5


@dataclass
class Lexicon:
    exact: dict[str, float]
    stems: dict[str, float]  # stem -> signed weight
    longest_stem: int
    negators: frozenset[str] = frozenset()
    memo: dict[str, float] = field(default_factory=dict)

    def value(self, token: str) -> float:
        """Signed weight of a lower-cased token (0.0 when neutral)."""
        v = self.memo.get(token)
        if v is not None:
            return v
        v = self.exact.get(token)
        if v is None:
            v = 0.0
            for n in range(min(len(token), self.longest_stem), 1, -1):
                s = self.stems.get(token[:n])
                if s is not None:
                    v = s
                    break
        if len(self.memo) < MEMO_LIMIT:
            self.memo[token] = v
        return v


@cache
def lexicon(lang: str | None) -> Lexicon:
    try:
        data = load(lang or "")
        rows = data.table("tone.tsv")
        negators = frozenset(w.lower() for w in data.words("tone_negators.txt"))
    except LanguageDataError:
        rows, negators = [], frozenset()
    exact: dict[str, float] = {}
    stems: dict[str, float] = {}
    for row in rows:
        term = row["term"].lower()
        signed = float(row["polarity"]) * float(row.get("weight") or 1)
        if term.endswith("*"):
            stems[term[:-1]] = signed
        else:
            exact[term] = signed
    return Lexicon(exact, stems, max((len(s) for s in stems), default=0), negators)


def measure(text: str, lang: str | None, start: int = 0, end: int | None = None) -> Tone:
    lex = lexicon(lang)
    tok = tokens(text)
    keys = tok.keys
    lo, hi = 0, len(keys)
    if start or end is not None:
        lo = bisect_left(tok.starts, start)
        hi = bisect_left(tok.starts, len(text) if end is None else end)
        keys = keys[lo:hi]
    value = lex.value
    seen = lex.memo.get  # most words were met before: look them all up in the memo with C-level maps
    values = list(map(seen, keys))
    if None in values:  # words not met before (or not kept: the memo is full)
        values = [v if (v := seen(k)) is not None else value(k) for k in keys]
    if not lex.negators.isdisjoint(keys):
        _negate(values, compress(count(), map(lex.negators.__contains__, keys)), hi - lo)
    words = len(keys) - keys.count(DIGITS)
    pos = sum(filter((0.0).__lt__, values))  # the positive values, in text order
    neg = -sum(filter((0.0).__gt__, values))
    score = 100.0 * (pos - neg) / words if words else 0.0
    return Tone(score=max(-100.0, min(100.0, score)), positive=pos, negative=neg, words=words)


def _negate(values: list[float], negators: Iterable[int], size: int) -> None:
    """Turns, once, the first tone word within reach after each negator (``negators``: their indexes
    in ``values``, which holds ``size`` words)."""
    turned: set[int] = set()
    for i in negators:
        for j in range(i + 1, min(i + 1 + NEGATION_REACH, size)):
            if values[j]:
                turned.add(j)
                break
    for j in turned:
        values[j] *= NEGATION


def tone_of(doc: Document, start: int, end: int) -> float:
    """Tone score of one stretch of the text (a sentence, an event's clause)."""
    return measure(doc.text, doc.language, start, end).score


@register
class ToneStage:
    name: ClassVar[str] = "tone"
    reads: ClassVar[tuple[str, ...]] = ("text", "language")
    writes: ClassVar[tuple[str, ...]] = ("tone",)

    def __call__(self, doc: Document) -> Document:
        doc.tone = measure(doc.text, doc.language)
        return doc
