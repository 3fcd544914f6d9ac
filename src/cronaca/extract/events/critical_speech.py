"""Censure in quoted words: a speaker who calls a named party disgraceful, lying, corrupt or illegal
accuses it (PLOVER ACCUSE, mode disapprove) although no verb of accusing is written: "«Grillo parla come
un mafioso», ha affermato Fava", "Leavitt said Canada has been ripping off the United States",
"„Die Bundesregierung handelt zu langsam“, sagt Asar". The gold annotators mark these as accusations;
the trigger lexicon, which reads verbs and nouns of accusing, cannot see them.

The words of censure are data (``lang/<code>/event_criticism.tsv``). The accused party is the nearest
named actor before the word in the same clause of the quotation, the one the judgement is predicated
of ("Renzi è un bugiardo", "Russia's illegal aggression"); a party after the word counts only right
behind it (a postposed adjective: "l'aggressione russa") or behind a linking word ("the hypocrisy of
the government", "la persecución del gobernador"). A negator just before the word cancels it ("non è
corrotto"); after an "against" word ("gegen die Einmischung", "contro la propaganda") the party before is the one
opposing it, not judged. The speaker never accuses himself, and a place is nobody to accuse.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from cronaca.document import Document, Event, Quote, Span
from cronaca.extract.events.senses import cue_pattern
from cronaca.lang import load

RULE = "critical-speech"
CONFIDENCE = 0.55
#: characters between the accused party (before the word) and the word of censure
BEFORE_REACH = 60
#: words between the word of censure and a party behind a linking word ("la persecuzione del governatore")
AFTER_WORDS = 3
#: what ends the clause of a judgement inside a quotation
_CLAUSE_END = re.compile(r"[.;:!?]")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
#: what may stand between a name and the partial quotation it is the subject of: a space and the quotation mark
_OPENING = re.compile(r"\s?[\"“„«‘']\s?")
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GROUP", "COUNTRY", "MEDIA"})
#: words before a word of censure where a negator cancels it ("non è un bugiardo", "is not a liar")
NEGATOR_WORDS = 3


@dataclass(frozen=True, slots=True)
class Censure:
    words: re.Pattern[str] | None  # the words of censure, whole words, case-insensitive
    linking: re.Pattern[str] | None  # up to AFTER_WORDS words ending in a linking word, then the party
    negators: frozenset[str]
    locatives: frozenset[str]  # a party right after one is where something happened ("robados en Chile")
    against: re.Pattern[str] | None  # "against" words (event_roles.tsv) right before a word of censure


@cache
def censure(code: str | None) -> Censure:
    if not code:
        return Censure(None, None, frozenset(), frozenset(), None)
    data = load(code)
    rows = data.table("event_criticism.tsv")
    words = [r["word"] for r in rows if r["kind"] == "critical"]
    links = [r["word"] for r in rows if r["kind"] == "of"]
    against = [r["cue"] for r in data.table("event_roles.tsv") if r.get("role") == "against"]
    return Censure(cue_pattern(words), _linking(links), frozenset(data.words("tone_negators.txt")),
                   frozenset(w.lower() for w in data.words("locative_prepositions.txt")), _against(against))


def _against(cues: list[str]) -> re.Pattern[str] | None:
    """An "against" word and at most one more word (an article) ending right before a word of censure."""
    if not cues:
        return None
    alternatives = "|".join(sorted((re.escape(c) for c in cues), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:%s)(?:\s+\w+|\s*['’]\w*)?\s*$" % alternatives, re.IGNORECASE)


def _linking(links: list[str]) -> re.Pattern[str] | None:
    if not links:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in links), key=len, reverse=True))
    # an elided article ("dell'", "d'") joins the name with no space
    return re.compile(r"(?:\s+\w+){0,%d}?\s+(?:%s)(?:\s+|(?<=['’]))" % (AFTER_WORDS - 1, alternatives),
                      re.IGNORECASE)


def critical_speech(doc: Document, entity_type: dict[str, str], events: list[Event]) -> list[Event]:
    """ACCUSE events for the censure in ``doc.quotes``, none that an event of ``events`` already
    gives (same sentence, same parties); in text order, not yet dated."""
    found = censure(doc.language)
    if found.words is None or not doc.quotes:
        return []
    mentions = sorted((m.start, m.end, e.id) for e in doc.entities if entity_type.get(e.id) in ACTOR_TYPES
                      for m in e.mentions)
    starts = [m[0] for m in mentions]
    sentences = doc.sentences or [(0, len(doc.text))]
    sentence_starts = [s for s, _ in sentences]
    taken = {(ev.sentence.start, tuple(ev.source), tuple(ev.target)) for ev in events if ev.type == "ACCUSE"}
    out: list[Event] = []
    for quote in doc.quotes:
        if quote.speaker is None or entity_type.get(quote.speaker) not in ACTOR_TYPES:
            continue
        for word in found.words.finditer(doc.text, quote.start, quote.end):
            target = _accused(doc.text, quote, word, mentions, starts, found)
            if target is None or target == quote.speaker or _negated(doc.text, word.start(), found.negators):
                continue
            i = bisect.bisect_right(sentence_starts, word.start()) - 1
            s, e = sentences[max(i, 0)]
            key = (s, (quote.speaker,), (target,))
            if key in taken:
                continue
            taken.add(key)
            out.append(Event(type="ACCUSE", mode="disapprove", source=[quote.speaker], target=[target],
                             status="occurred", date=None, trigger=Span(word.start(), word.end(), word.group()),
                             sentence=Span(s, e, doc.text[s:e]), according_to=quote.according_to,
                             confidence=CONFIDENCE * (1.0 if quote.direct else 0.9),
                             rule=f"{doc.language}:{word.group().lower()}/quote:{RULE}"))
    return out


def _accused(text: str, quote: Quote, word: re.Match[str], mentions: list[tuple[int, int, str]],
             starts: list[int], found: Censure) -> str | None:
    """The party the censure at ``word`` is said of, inside ``quote``'s clause of the word."""
    clause_start = quote.start
    for m in _CLAUSE_END.finditer(text, quote.start, word.start()):
        clause_start = m.end()
    k = bisect.bisect_left(starts, word.start())
    if k > 0:
        start, end, entity = mentions[k - 1]
        # "genug gegen die Einmischung", "fights against corruption": who opposes it is not judged
        opposed = found.against is not None \
            and found.against.search(text, max(clause_start, word.start() - 40), word.start()) is not None
        if not opposed and start >= clause_start and end <= word.start() and word.start() - end <= BEFORE_REACH:
            before = _WORD_BEFORE.search(text, max(clause_start, start - 20), start)
            if before is not None and before.group(1).lower() in found.locatives:
                return None  # "fueron robados en Chile de manera ilegal": a place, nobody accused
            return entity
        if not opposed and clause_start == quote.start and end <= quote.start \
                and word.start() - quote.start <= BEFORE_REACH and _OPENING.fullmatch(text, end, quote.start):
            return entity  # 'said Berisha "was involved in corrupt acts"': the quotation's subject opens it
    if k < len(mentions):
        start, end, entity = mentions[k]
        if end <= quote.end and _CLAUSE_END.search(text, word.end(), start) is None:
            gap = text[word.end():start]
            if not gap.strip():
                return entity  # "l'aggressione russa": a postposed adjective
            link = found.linking.match(text, word.end()) if found.linking is not None else None
            if link is not None and link.end() == start:
                return entity
    return None


def _negated(text: str, at: int, negators: frozenset[str]) -> bool:
    """A negator among the NEGATOR_WORDS words before ``at`` ("non è corrotto", "is not illegal")."""
    before = re.findall(r"\w+", text[max(0, at - 40):at])[-NEGATOR_WORDS:]
    return any(w.lower() in negators for w in before)
