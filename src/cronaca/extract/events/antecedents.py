"""Event actors that point back: pronouns, demonstratives and descriptions standing for an entity
named earlier ("Der gab jedoch auf", "Beides weist der 42-Jährige zurück", "Die 59-Jährige stand
ihm zur Seite", "Er kritisiert ...", "the 63-year-old", "il 59enne").

Two ways in, both built once per document before the sentences are read:
- descriptions and demonstratives (``event_back_references.tsv`` of the language: a regular
  expression, the gender and number it says, and whether a verb must follow it, as for a
  demonstrative "Der" that is otherwise an article) become mentions of the person they stand for,
  like the "latter" cues and age nouns (``extractor._latter``, ``extractor._age_nouns``), which run
  first and keep what they resolve;
- a subject pronoun whose clause-level rule finds nothing (the previous sentence's subject is a
  country for "er", or a new paragraph began) gets a fallback antecedent (``Parties.pronouns``,
  read by ``subjects.subject_before``), never replacing what the rule found.

The antecedent is the nearest earlier entity that agrees: a person of the same gender (a person of
unknown gender agrees with every pronoun: only a known other gender is passed over, as
``speaker_gender`` does for speakers), in the pronoun's own sentence before it, else in one of the
``MAX_SENTENCES_BACK`` sentences before, where the sentence's first agreeing entity (its subject, as
a rule) is preferred. Further back nothing is resolved: a pronoun that far from any name is about
someone the text has stopped naming.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata
from cronaca.document import Document
from cronaca.extract.events.lexicon import Match
from cronaca.extract.events.units import Ref
from cronaca.lang.gendered_words import gender_words
from cronaca.link.descriptions import _gender, gender_cues

#: sentences before the pointing word in which its antecedent may stand
MAX_SENTENCES_BACK = 2
#: characters between a demonstrative and the verb that shows it is a pronoun ("Der gab")
VERB_GAP = 1
#: entity types a pronoun or description never stands for (a place is where, not who)
NOT_ACTORS = frozenset({"PLACE"})


@dataclass(frozen=True, slots=True)
class BackReference:
    """One row of event_back_references.tsv."""

    pattern: re.Pattern[str]
    gender: str | None  # F | M | None (the words do not say)
    plural: bool
    before_verb: bool  # only when a verb trigger follows right after (a demonstrative pronoun)


@lru_cache(maxsize=None)
def back_references(code: str) -> tuple[BackReference, ...]:
    rows = langdata.load(code).table("event_back_references.tsv")
    return tuple(BackReference(re.compile(r["pattern"]), (r.get("gender") or "").strip() or None,
                               (r.get("number") or "").strip() == "plural", (r.get("before_verb") or "").strip() == "yes")
                 for r in rows if r.get("pattern"))


class Genders:
    """People's genders in one document, read as the quote speakers read them (``speaker_gender``):
    the given name (``gendered_words.tsv``), else the words around the mentions (``gender_cues.tsv``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.code = doc.language or ""
        self.known: dict[str, str | None] = {}
        self.entities = {e.id: e for e in doc.entities}

    def of(self, eid: str) -> str | None:
        if eid in self.known:
            return self.known[eid]
        entity = self.entities.get(eid)
        said: str | None = None
        if entity is not None and entity.type == "PERSON":
            given = gender_words(self.code).given
            for name in [entity.name] + [m.text for m in entity.mentions]:
                first = name.split(None, 1)[0] if name.strip() else ""
                if first in given:
                    said = given[first]
                    break
            if said is None:
                said = _gender(entity, self.doc.text, gender_cues(self.code), {})
        self.known[eid] = said
        return said


def _agrees(ref: Ref, genders: Genders, gender: str | None, person_only: bool, plural: bool) -> bool:
    if ref.kind == "adjective" or ref.etype in NOT_ACTORS:
        return False
    if ref.etype != "PERSON":
        return not person_only
    if plural:
        return False  # "they", "sie" (plural) after one named person: somebody else, or a group
    said = genders.of(ref.ids[0]) if len(ref.ids) == 1 else None
    return gender is None or said is None or said == gender


def antecedent(refs: list[Ref], starts: list[int], sentences: list[tuple[int, int]], at: int, genders: Genders,
               gender: str | None, person_only: bool, verbs: list[int], plural: bool = False,
               last: bool = False, unique: bool = False) -> tuple[str, ...] | None:
    """The entity the word at ``at`` points back to (see the module docstring), or None. ``verbs``:
    sorted starts of verb triggers. A plural pronoun ("they", "ils") only takes an earlier sentence's
    subject: in its own sentence the clause rules have already read what it can stand for. ``last``:
    in an earlier sentence, the last agreeing entity rather than its subject (demonstratives).
    ``unique``: only when the sentence that holds agreeing entities holds one alone (a description:
    "Trump hatte Gaetz vorgesehen. Der 42-Jährige ..." may be either man)."""
    s_starts = [s for s, _ in sentences]
    k = bisect.bisect_right(s_starts, at) - 1
    if k < 0:
        return None
    if not plural:
        own = [r for r in refs[bisect.bisect_left(starts, sentences[k][0]):bisect.bisect_left(starts, at)]
               if r.end <= at and _agrees(r, genders, gender, person_only, plural)]
        if own:
            if unique and len({r.ids for r in own}) > 1:
                return None
            return own[-1].ids  # nearest before it in its own sentence
    for back in range(1, MAX_SENTENCES_BACK + 1):
        if k - back < 0:
            return None
        a, b = sentences[k - back]
        if last or unique:
            agreeing = [r for r in refs[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                        if _agrees(r, genders, gender, person_only, plural)]
            if agreeing and unique and len({r.ids for r in agreeing}) > 1:
                return None
            if agreeing:
                return agreeing[-1].ids
            continue
        found = next((r for r in refs[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                      if _agrees(r, genders, gender, person_only, plural)), None)
        if found is not None and _subject_position(found, a, verbs):
            return found.ids  # the sentence's first agreeing entity, before its first verb: its subject
        if found is not None:
            return None  # a sentence about that entity whose subject is someone unnamed ("The militants ...")
    return None


def _subject_position(ref: Ref, sentence_start: int, verbs: list[int]) -> bool:
    """No verb trigger between the sentence start and the entity: it may be the subject (verb-second
    order puts one verb before it: "Am Montag kritisierte Merz")."""
    return bisect.bisect_left(verbs, ref.start) - bisect.bisect_left(verbs, sentence_start) <= 1


def forget(pronouns: dict[int, list[str]], start: int, end: int) -> None:
    """Drop the fallbacks of the pronouns in text[start:end] (a sentence whose pronoun stands for its own
    unnamed subject: "Le principal intéressé a rejeté ... et a fait savoir qu'il ...")."""
    for k in [k for k in pronouns if start <= k < end]:
        del pronouns[k]


def described_refs(doc: Document, code: str, matches: list[Match], refs: list[Ref],
                   sentences: list[tuple[int, int]], genders: Genders) -> list[Ref]:
    """``refs`` with a mention added for every description or demonstrative of the language's
    ``event_back_references.tsv`` that stands for an earlier person ("der 42-Jährige", "Der gab"),
    in text order, so that one resolved description is the antecedent of the next."""
    rows = back_references(code)
    if not rows:
        return refs
    text = doc.text
    found = sorted(((m.start(), m.end(), row) for row in rows for m in row.pattern.finditer(text)),
                   key=lambda f: (f[0], -f[1]))
    if not found:
        return refs
    out = list(refs)
    starts = [r.start for r in out]
    verbs = [m.start for m in matches if any(t.pos == "verb" for t in m.triggers)]
    verb_starts = set(verbs)
    for start, end, row in found:
        inside = bisect.bisect_right(starts, start) - 1
        after = bisect.bisect_left(starts, start)
        if inside >= 0 and out[inside].end > start or after < len(starts) and starts[after] < end:
            continue  # already (part of) a mention: "der 42-jährige Gaetz", "the senator Lindsey Graham"
        if row.before_verb and not any(end + g in verb_starts for g in range(VERB_GAP + 1)):
            continue  # "Der neue Präsident": an article, not a pronoun
        # a demonstrative points to the last person named, not the subject ("Trump hatte Gaetz
        # vorgesehen. Der gab auf": Gaetz; "celui-ci", "questi", "éste" alike)
        ids = antecedent(out, starts, sentences, start, genders, row.gender, True, verbs, row.plural,
                         last=row.before_verb, unique=not row.before_verb)
        if ids is not None:
            k = bisect.bisect_left(starts, start)
            out.insert(k, Ref(start, end, ids, "pronoun", "PERSON"))
            starts.insert(k, start)
    return out


def pronoun_fallbacks(doc: Document, code: str, matches: list[Match], refs: list[Ref],
                      sentences: list[tuple[int, int]], genders: Genders) -> dict[int, list[str]]:
    """Start of every subject pronoun (``pronoun`` cues, not the speaker's "we" or the neuter "es") ->
    the entity it points back to, for when the clause rules find none."""
    text = doc.text
    starts = [r.start for r in refs]
    pronouns = gender_words(code).pronouns
    verbs = [m.start for m in matches if any(t.pos == "verb" for t in m.triggers)]
    out: dict[int, list[str]] = {}
    for m in matches:
        for c in m.cues:
            if c.kind == "role" and c.value in ("pronoun", "pronoun:PERSON"):
                break
        else:
            continue
        word = text[m.start:m.end].lower()
        gender = pronouns.get(word)
        person = c.value == "pronoun:PERSON"
        # a pronoun of no gender that may stand for things ("they", "ils", "ellos") is plural: never one person
        ids = antecedent(refs, starts, sentences, m.start, genders, gender, person, verbs, gender is None and not person)
        if ids is not None:
            out[m.start] = list(ids)
    return out
