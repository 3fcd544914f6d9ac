"""Object pronouns that point back to a person named earlier ("Giordano lo aveva accusato", "Sánchez
la acusó", "Martin l'a accusée", "Merz hat ihn kritisiert", "banned him from politics"): a verb with
no object of its own undergoes the act on that person.

The language's ``event_object_pronouns.tsv`` lists the pronouns as regular expressions read right
before the verb (Romance clitics, with the auxiliary between: "lo aveva accusato") or right after it
("kritisierte ihn", "banned him"), with the gender they say. Only singular pronouns: a plural one may
stand for any group. The antecedent is the nearest person named before the pronoun in its sentence
(the first one, when the pronoun stands in a relative clause), else the first person of the nearest
of the ``MAX_SENTENCES_BACK`` sentences before that names one (its subject as a rule), of the pronoun's gender where the document knows the
person's gender (``speaker_gender`` cues), never one of the verb's own actors ("Giordano lo aveva
accusato": not Giordano).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata

MAX_SENTENCES_BACK = 2
#: how far before the verb a clitic and its auxiliaries may start, in characters
WINDOW = 40


@dataclass(frozen=True)
class ObjectPronoun:
    pattern: re.Pattern[str]
    gender: str | None
    after: bool  # read right after the verb ("kritisierte ihn") rather than before it ("lo accusa")


@lru_cache(maxsize=None)
def object_pronouns(code: str) -> tuple[ObjectPronoun, ...]:
    """The language's rows, compiled once per process."""
    return tuple(ObjectPronoun(re.compile(r["pattern"]), (r.get("gender") or "").strip() or None,
                               (r.get("position") or "").strip() == "after")
                 for r in langdata.load(code).table("event_object_pronouns.tsv") if r.get("pattern"))


def pronoun_at(text: str, start: int, end: int, clause_start: int, clause_end: int,
               pronouns: tuple[ObjectPronoun, ...]) -> tuple[int, str | None] | None:
    """Where the object pronoun of the verb at ``start:end`` stands and the gender it says, or None."""
    for p in pronouns:
        if p.after:
            m = p.pattern.match(text, end, min(clause_end, end + WINDOW))
        else:
            m = p.pattern.search(text, max(clause_start, start - WINDOW), start)
        if m is not None:
            return m.start(), p.gender
    return None


@dataclass
class People:
    """The document's person mentions in text order, with the gender known of each person."""

    starts: list[int]
    spans: list[tuple[int, int, str]]  # (start, end, entity id)
    genders: dict[str, str | None]

    @classmethod
    def of(cls, mentions: dict[str, list[tuple[int, int]]], entity_type: dict[str, str],
           genders: dict[str, str | None]) -> People:
        spans = sorted((s, e, eid) for eid, spans in mentions.items() if entity_type.get(eid) == "PERSON"
                       for s, e in spans)
        return cls([s for s, _, _ in spans], spans, genders)

    def antecedent(self, at: int, gender: str | None, sentences: list[tuple[int, int]],
                   exclude: list[str], topic: bool = False) -> str | None:
        """The person the pronoun at ``at`` stands for: in its own sentence the nearest person named
        before it ("sent a letter to Rubio, urging him"), or with ``topic`` (a pronoun inside a relative
        clause) the sentence's first, its subject as a rule ("Feltri afferma ... Berlusconi ... Giordano,
        che lo aveva accusato": Feltri, the relative's antecedent is the actor and the names between
        belong to the main clause's objects); else the first person of the nearest earlier sentence of
        ``sentences`` that names one. Always agreeing in gender and none of ``exclude``."""
        for n, (a, b) in enumerate(sentences):
            lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, min(b, at))
            candidates = self.spans[lo:hi] if n or topic else reversed(self.spans[lo:hi])
            for s, e, eid in candidates:
                if e > at or eid in exclude:
                    continue
                said = self.genders.get(eid)
                if gender is None or said is None or said == gender:
                    return eid
        return None
