"""Cited sources: the agencies and outlets an article relies on ("secondo AP", "according to Reuters").

A source is cited when a cue from ``lang/<code>/source_cues.tsv`` stands next to either
- a mention of a linked MEDIA or ORG entity ("secondo l'agenzia di stampa AP", "ha riferito AP",
  "Reuters reported"), or
- an unnamed source from ``lang/<code>/generic_sources.tsv`` ("i media statali", "state media"),
  recorded with a language-independent id ``x:media:<slug of the English name>``
  (``x:media:state-media``), so the same unnamed source counts once across languages.

"Next to" means: within ``GAP`` characters of the cue, in the same sentence, with no punctuation or
quotation mark in between (only words such as "l'agenzia di stampa", "the news agency").

``according_to(doc, start, end)`` tells which source a stretch of text depends on, for quotes and
events:
1. a source cited in the same sentence (the one closest to the span);
2. carry-over: otherwise, the source of the nearest preceding sentence of the same paragraph that
   cites one, but only when the article repeats that attribution (the same source cited at least
   ``REPEATED`` times): a story that keeps writing "ha riferito AP" is relayed from AP throughout,
   while a single "according to Reuters" vouches only for its own sentence; an interview ("en
   entrevista con Cooperativa") vouches for the quotes that follow it in its paragraph.
An outlet that several statements were told to ("told VOA", kind addressee) is the article's own
newsroom and never a source of its quotes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from cronaca.document import CitedSource, Document, Span
from cronaca.extract.credits import credited_entities, find_credits
from cronaca.extract.locate import phrase_pattern, same_paragraph, sentence_bounds, sentence_index, word_boundary
from cronaca.extract.phrases import PhraseIndex, first_words
from cronaca.lang import LanguageDataError, load
from cronaca.pipeline import register

#: Most characters allowed between a cue and its source ("secondo l'agenzia di stampa AP").
GAP = 40
#: How many citations of one source make the article's attribution style "repeated".
REPEATED = 2
#: Entity types that can be a cited source, with the confidence of the citation.
SOURCE_TYPES = {"MEDIA": 0.9, "ORG": 0.7}
GENERIC_CONFIDENCE = 0.6
_BLOCKERS = re.compile(r"[,;:.!?\"“”«»„‹›()\[\]\n]")
_OPENING_MARKS = ("„", "“", "\"", "«", "‹", "‚", "‘")
_CLOSING_MARKS = ("“", "”", "\"", "»", "›", "‘", "’")


@dataclass(frozen=True, slots=True)
class CueRow:
    cue: str
    positions: tuple[str, ...]  # before and/or after
    kind: str


@dataclass(frozen=True)
class SourceCues:
    """One language's cues and unnamed sources, indexed by their first word."""

    cues: PhraseIndex[CueRow] | None
    generic: PhraseIndex[str] | None  # payload: the source id


@cache
def cues_for(lang: str | None) -> SourceCues:
    try:
        data = load(lang or "")
    except LanguageDataError:
        return SourceCues(None, None)
    rows: dict[str, CueRow] = {}
    for r in data.table("source_cues.tsv"):
        known = rows.get(r["cue"])
        positions = (known.positions if known else ()) + (r["position"],)
        rows[r["cue"]] = CueRow(r["cue"], tuple(dict.fromkeys(positions)), known.kind if known else r["kind"])
    generic = [(r["phrase"], r["id"]) for r in data.table("generic_sources.tsv")]
    return SourceCues(
        PhraseIndex.build((_source(c), first_words(c), row)
                          for c, row in sorted(rows.items(), key=lambda x: -len(x[0]))) if rows else None,
        PhraseIndex.build((_source(p), first_words(p), i)
                          for p, i in sorted(generic, key=lambda x: -len(x[0]))) if generic else None,
    )


def _source(phrase: str) -> str:
    return word_boundary(phrase_pattern(phrase))


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    entity_id: str
    confidence: float
    rule: str
    media: bool = False  # an outlet (or an unnamed medium), not any organisation


def find_sources(doc: Document) -> list[CitedSource]:
    cues = cues_for(doc.language)
    if cues.cues is None or not doc.text:
        return []
    text = doc.text
    candidates = _candidates(doc, cues)
    starts = [c.start for c in candidates]
    found: list[CitedSource] = []
    taken: set[int] = set()
    for match, row in cues.cues.finditer(text):
        cue_start, cue_end = match.span()
        sent_start, sent_end = sentence_bounds(doc, cue_start)
        for position in row.positions:
            cand = (_after_cue(text, candidates, starts, cue_end, sent_end) if position == "before"
                    else _before_cue(text, candidates, starts, cue_start, sent_start))
            if cand is None or cand.start in taken or row.kind == "interview" and not cand.media:
                continue  # "an interview with NATO chief ...": an interview is given to an outlet
            taken.add(cand.start)
            found.append(CitedSource(
                entity_id=cand.entity_id, start=cand.start, end=cand.end, text=text[cand.start:cand.end],
                cue=Span(cue_start, cue_end, match.group()),
                rule=f"source:{cand.rule}:{position}:{row.kind}", confidence=cand.confidence,
            ))
            break
    found.sort(key=lambda s: s.start)
    return found


def _candidates(doc: Document, cues: SourceCues) -> list[_Candidate]:
    """Linked media and organisations, plus unnamed sources, in text order."""
    out: list[_Candidate] = []
    for entity in doc.entities:
        confidence = SOURCE_TYPES.get(entity.type)
        if confidence is None:
            continue
        for m in entity.mentions:
            if m.kind != "adjective":
                out.append(_Candidate(m.start, m.end, entity.id, confidence, "entity", entity.type == "MEDIA"))
    if cues.generic is not None:
        for match, source_id in cues.generic.finditer(doc.text):
            if not any(c.start <= match.start() < c.end for c in out):
                out.append(_Candidate(match.start(), match.end(), source_id, GENERIC_CONFIDENCE, "generic", True))
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _after_cue(text: str, cands: list[_Candidate], starts: list[int], cue_end: int,
               sent_end: int) -> _Candidate | None:
    i = bisect_left(starts, cue_end)
    if i < len(cands):
        cand = cands[i]
        if cand.start - cue_end <= GAP and cand.end <= sent_end \
                and (not _BLOCKERS.search(text, cue_end, cand.start) or _in_marks(text, cue_end, cand)):
            return cand
    return None


def _in_marks(text: str, cue_end: int, cand: _Candidate) -> bool:
    """The name stands in quotation marks after the cue: "laut „Washington Post“", "dans le
    quotidien « Le Monde »"."""
    gap = text[cue_end:cand.start].rstrip()
    after = text[cand.end:cand.end + 2].strip()[:1]
    return bool(gap) and gap[-1] in _OPENING_MARKS and after in _CLOSING_MARKS \
        and not _BLOCKERS.search(gap[:-1])


def _before_cue(text: str, cands: list[_Candidate], starts: list[int], cue_start: int,
                sent_start: int) -> _Candidate | None:
    i = bisect_left(starts, cue_start) - 1
    while i >= 0 and cands[i].end > cue_start:
        i -= 1
    if i >= 0:
        cand = cands[i]
        if (cue_start - cand.end <= GAP and cand.start >= sent_start
                and not _BLOCKERS.search(text, cand.end, cue_start)):
            return cand
    return None


def according_to(doc: Document, start: int, end: int,
                 interviewed: Callable[[int], bool] | None = None) -> str | None:
    """The source the text between ``start`` and ``end`` depends on (see the module docstring).
    ``interviewed(i)``: the speaker of this text is the one interviewed in sentence ``i``; without
    it an interview vouches only for its own sentence."""
    if not doc.sources:
        return None
    here = sentence_index(doc, start)
    if here is None:
        return None
    by_sentence, counts = _by_sentence(doc)
    last = sentence_index(doc, max(start, end - 1)) or here
    own = [s for i in range(here, last + 1) for s in by_sentence.get(i, [])]
    if own:
        return min(own, key=lambda s: _distance(s, start, end)).entity_id
    for i in range(here - 1, -1, -1):
        if not same_paragraph(doc, i, here):
            return None
        if i in by_sentence:
            best = by_sentence[i][-1]
            # what the interviewed person says after the interview comes from it
            interview = best.rule.endswith(":interview") and interviewed is not None and interviewed(i)
            return best.entity_id if interview or counts[best.entity_id] >= REPEATED else None
    return None


_memo: list[tuple[list[CitedSource], list[tuple[int, int]], dict[int, list[CitedSource]], Counter[str]]] = []


def _by_sentence(doc: Document) -> tuple[dict[int, list[CitedSource]], Counter[str]]:
    """Sources by the sentence of their cue, and citations per source; remembered for the last
    document, since quotes and events ask once per quote or event."""
    if _memo and _memo[0][0] is doc.sources and _memo[0][1] is doc.sentences \
            and sum(map(len, _memo[0][2].values())) <= len(doc.sources) == sum(_memo[0][3].values()):
        return _memo[0][2], _memo[0][3]
    by_sentence: dict[int, list[CitedSource]] = {}
    told = Counter(s.entity_id for s in doc.sources if s.rule.endswith(":addressee"))
    for src in doc.sources:
        if told[src.entity_id] >= REPEATED:
            continue  # "told VOA" again and again: the article's own newsroom, not a source
        idx = sentence_index(doc, src.cue.start if src.cue else src.start)
        if idx is not None:
            by_sentence.setdefault(idx, []).append(src)
    counts = Counter(s.entity_id for s in doc.sources)
    _memo[:] = [(doc.sources, doc.sentences, by_sentence, counts)]
    return by_sentence, counts


def _distance(src: CitedSource, start: int, end: int) -> int:
    a = min(src.start, src.cue.start) if src.cue else src.start
    b = max(src.end, src.cue.end) if src.cue else src.end
    if b <= start:
        return start - b
    if a >= end:
        return a - end
    return 0


@register
class Sources:
    name: ClassVar[str] = "sources"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "language", "integrity", "source")
    writes: ClassVar[tuple[str, ...]] = ("sources", "credits")

    def __call__(self, doc: Document) -> Document:
        doc.sources = find_sources(doc)
        doc.credits = find_credits(doc)
        # an agency the text never names still resolves: an entity with no mention (as events' implied countries)
        doc.entities.extend(credited_entities(doc))
        return doc
