"""Event actors that point back: pronouns, demonstratives and descriptions standing for an entity
named earlier ("Der gab jedoch auf", "Beides weist der 42-Jährige zurück", "Die 59-Jährige stand
ihm zur Seite", "Er kritisiert ...", "the 63-year-old", "il 59enne").

Two ways in, both built once per document before the sentences are read:
- descriptions and demonstratives (``event_back_references.tsv`` of the language: a regular
  expression, the gender and number it says, and whether a verb must follow it, as for a
  demonstrative "Der" that is otherwise an article) become mentions of the person they stand for,
  like the "latter" cues and age nouns (``extractor._latter``, ``extractor._age_nouns``), which run
  first and keep what they resolve;
- a subject pronoun keeps what the clause rules found for it, less the people known to be of the
  other gender ("Macron a reçu Le Pen. Elle a critiqué": not Macron); when nothing is left (the
  previous sentence's subject is a country for "er", or a new paragraph began) it gets a fallback
  antecedent (``Parties.pronouns``, read by ``subjects.subject_before`` through ``agreeing``).

The antecedent is the nearest earlier entity that agrees: a person of the same gender (a person of
unknown gender agrees with every pronoun: only a known other gender is passed over, as
``speaker_gender`` does for speakers), in the pronoun's own sentence before it, else in one of the
``MAX_SENTENCES_BACK`` sentences before, where the sentence's first agreeing entity (its subject, as
a rule) is preferred; a description needs the one person of its gender there, a demonstrative takes
the last one named. Further back nothing is resolved: a pronoun that far from any name is about
someone the text has stopped naming. A demonym used as a plural noun before a verb ("i turchi
lamentano") is its country acting (``people_refs``). An actor found only through these words is less
sure than a named one (``lower_borrowed``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata
from cronaca.document import Document
from cronaca.extract.events.lexicon import Match
from cronaca.extract.events.parties import Parties
from cronaca.extract.events.units import GENITIVE_OR_AGENT, MAX_PREP_WORDS, PREPOSITIONS, Ref, acted_only_through, \
    quotations
from cronaca.prefixed_search import prefixed
from cronaca.lang.gendered_words import gender_words
from cronaca.link.descriptions import person_gender

#: sentences before the pointing word in which its antecedent may stand
MAX_SENTENCES_BACK = 2
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
    """The language's rows (one pattern each: a joined alternation measured three times slower)."""
    return tuple(BackReference(re.compile(r["pattern"]), (r.get("gender") or "").strip() or None,
                               (r.get("number") or "").strip() == "plural", (r.get("before_verb") or "").strip() == "yes")
                 for r in langdata.load(code).table("event_back_references.tsv") if r.get("pattern"))


class Genders:
    """People's genders in one document, read as the quote speakers read them (``speaker_gender``):
    the given name (``gendered_words.tsv``), else the words around the mentions (``gender_cues.tsv``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.code = doc.language or ""
        self.known: dict[str, str | None] = {}
        self.entities = {e.id: e for e in doc.entities}

    def entity_type(self, eid: str) -> str:
        entity = self.entities.get(eid)
        return entity.type if entity is not None else ""

    def of(self, eid: str) -> str | None:
        if eid in self.known:
            return self.known[eid]
        entity = self.entities.get(eid)
        said: str | None = None
        if entity is not None and entity.type == "PERSON":
            said = person_gender(entity, self.doc.text, self.code)
        self.known[eid] = said
        return said


def _agrees(ref: Ref, genders: Genders, gender: str | None, person_only: bool, plural: bool) -> bool:
    if ref.kind == "adjective" or ref.etype in NOT_ACTORS:
        return False
    if ref.etype != "PERSON":
        if plural and len(ref.ids) < 2 and ref.etype != "GROUP":
            # news names a single state, body or firm "it"; a "they" whose clause names nobody stands for
            # people left unnamed ("the villagers ... They accuse the chiefs", "New Coinbase users ...
            # when they sign up"); a named group ("the Taliban") or a pair named together may be "they"
            return False
        return not person_only
    if plural:
        return False  # "they", "sie" (plural) after one named person: somebody else, or a group
    said = genders.of(ref.ids[0]) if len(ref.ids) == 1 else None
    return gender is None or said is None or said == gender


def antecedent(refs: list[Ref], starts: list[int], sentences: list[tuple[int, int]], at: int, genders: Genders,
               gender: str | None, person_only: bool, verbs: list[int], plural: bool = False,
               last: bool = False, unique: bool = False, s_starts: list[int] | None = None,
               aside: "Asides | None" = None) -> tuple[str, ...] | None:
    """The entity the word at ``at`` points back to (see the module docstring), or None. ``verbs``:
    sorted starts of verb triggers. A plural pronoun ("they", "ils") only takes an earlier sentence's
    subject: in its own sentence the clause rules have already read what it can stand for. ``last``:
    in an earlier sentence, the last agreeing entity rather than its subject (demonstratives).
    ``unique``: only when the sentence that holds agreeing entities holds one alone (a description:
    "Trump hatte Gaetz vorgesehen. Der 42-Jährige ..." may be either man). ``s_starts``: the
    sentences' starts, when the caller has them. ``aside``: where names stand that are no antecedent of a
    pronoun outside quotations (``Asides``)."""
    if s_starts is None:
        s_starts = [s for s, _ in sentences]
    k = bisect.bisect_right(s_starts, at) - 1
    if k < 0:
        return None
    skip = aside.of(at) if aside is not None else _keep_all
    if not plural:
        own = [r for r in refs[bisect.bisect_left(starts, sentences[k][0]):bisect.bisect_left(starts, at)]
               if r.end <= at and _agrees(r, genders, gender, person_only, plural) and not skip(r)]
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
                        if _agrees(r, genders, gender, person_only, plural) and not skip(r)]
            if agreeing and unique and len({r.ids for r in agreeing}) > 1:
                return None
            if agreeing:
                return agreeing[-1].ids
            continue
        here = [r for r in refs[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                if _agrees(r, genders, gender, person_only, plural)]
        if any(skip(r) for r in here) and not (aside is not None and aside.one_person and gender is not None and any(
                r.etype == "PERSON" for r in here)):
            # a name inside a quotation or after a preposition is no subject of the narrative ("«Wenn Herr
            # Lucke ...», sagte Dolzer. Er fordert": Dolzer; "auf einem Treffen mit Zaev ... Sie ersuchten
            # Zaev": not Zaev); with none other agreeing, the sentence's subject is unnamed. A pronoun that only
            # stands for one person of its gender ("she", not the German "sie", also "they") keeps the people
            # of that sentence ("the red carpet for Suu Kyi, who ... She will visit")
            here = [r for r in here if not skip(r)]
            if not here:
                return None
        # a gendered pronoun ("sie", "elle") stands for a person before a body: "Die Präsidentin der
        # Ärztekammer, Astrid Marsoner, hielt ... Sie lobt": Marsoner
        found = next((r for r in here if gender is not None and r.etype == "PERSON"), here[0] if here else None)
        if found is not None and _subject_position(found, a, verbs):
            return found.ids  # the sentence's first agreeing entity, before its first verb: its subject
        if found is not None:
            return None  # a sentence about that entity whose subject is someone unnamed ("The militants ...")
    return None


def _keep_all(ref: Ref) -> bool:
    return False


class Asides:
    """Where in a document the names stand that a subject pronoun of the narrative does not point back to:
    inside a direct quotation (the speaker's words: "«Herr Lucke sollte ...», sagte Dolzer. Er ..." is
    Dolzer) and right after a preposition (an oblique: "auf einem Treffen mit Premier Zaev", "met with
    Putin"). A pronoun inside a quotation may point to a name inside it; the preposition rule holds there too."""

    def __init__(self, text: str, matches: list[Match], sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.one_person = False  # the pronoun read now is a personal one of one gender only (``pronoun:PERSON``)
        self.quotes = sorted(q for a, b in sentences if _QUOTE_MARKS.search(text, a, b) for q in quotations(text, a, b))
        self.q_starts = [a for a, _ in self.quotes]
        self.preps = sorted(m.end for m in matches if not m.triggers and any(
            c.kind == "role" and c.value in OBLIQUE for c in m.cues))

    def quoted(self, at: int) -> bool:
        k = bisect.bisect_right(self.q_starts, at) - 1
        return k >= 0 and self.quotes[k][0] <= at < self.quotes[k][1]

    def after_preposition(self, ref: Ref) -> bool:
        k = bisect.bisect_right(self.preps, ref.start) - 1
        if k < 0:
            return False
        gap = self.text[self.preps[k]:ref.start]
        return not _GAP_PUNCT.search(gap) and len(gap.split()) <= MAX_PREP_WORDS

    def of(self, at: int):
        """The test for the pronoun at ``at``: outside quotations, quoted names are skipped too."""
        if self.quoted(at):
            return self.after_preposition
        return lambda r: self.quoted(r.start) or self.after_preposition(r)


#: prepositions whose object is no subject to point back to; an agent ("attacks on Nato by Trump. He has
#: criticised") and a source ("according to Merkel") are the actors of their sentence
OBLIQUE = (PREPOSITIONS - {"by", "according"}) | {GENITIVE_OR_AGENT}
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
_GAP_PUNCT = re.compile(r"[,;:.()\[\]–—]")


def _subject_position(ref: Ref, sentence_start: int, verbs: list[int]) -> bool:
    """At most one verb trigger between the sentence start and the entity: it may be the subject
    (verb-second order puts one verb before it: "Am Montag kritisierte Merz")."""
    return bisect.bisect_left(verbs, ref.start) - bisect.bisect_left(verbs, sentence_start) <= 1


def forget(pronouns: dict[int, tuple[str | None, list[str]]], start: int, end: int) -> None:
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
    found = sorted(((m.start(), m.end(), row) for row in rows for m in prefixed(row.pattern).finditer(text)),
                   key=lambda f: (f[0], -f[1]))
    if not found:
        return refs
    out = list(refs)
    starts = [r.start for r in out]
    verbs = [m.start for m in matches if m.triggers and any(t.pos == "verb" for t in m.triggers)]
    verb_starts = set(verbs)
    s_starts = [s for s, _ in sentences]
    for start, end, row in found:
        inside = bisect.bisect_right(starts, start) - 1
        after = bisect.bisect_left(starts, start)
        if inside >= 0 and out[inside].end > start or after < len(starts) and starts[after] < end:
            continue  # already (part of) a mention: "der 42-jährige Gaetz", "the senator Lindsey Graham"
        if row.before_verb and (not _verb_follows(text, end, verb_starts) or _noun_follows(text, end)):
            continue  # "Der neue Präsident", "Der Kreml wies": an article, not a pronoun
        # a demonstrative points to the last person named, not the subject ("Trump hatte Gaetz
        # vorgesehen. Der gab auf": Gaetz; "celui-ci", "questi", "éste" alike)
        ids = antecedent(out, starts, sentences, start, genders, row.gender, True, verbs, row.plural,
                         last=row.before_verb, unique=not row.before_verb, s_starts=s_starts)
        if ids is not None:
            k = bisect.bisect_left(starts, start)
            out.insert(k, Ref(start, end, ids, "pronoun", "PERSON"))
            starts.insert(k, start)
    return out


def pronoun_fallbacks(doc: Document, code: str, matches: list[Match], refs: list[Ref],
                      sentences: list[tuple[int, int]], genders: Genders) -> dict[int, tuple[str | None, list[str]]]:
    """Start of every subject pronoun (``pronoun`` cues, not the speaker's "we" or the neuter "es") ->
    its gender and the entity it points back to, for when the clause rules find none that agrees."""
    text = doc.text
    starts = [r.start for r in refs]
    pronouns = gender_words(code).pronouns
    verbs = [m.start for m in matches if m.triggers and any(t.pos == "verb" for t in m.triggers)]
    out: dict[int, tuple[str | None, list[str]]] = {}
    s_starts = [s for s, _ in sentences]
    aside = Asides(text, matches, sentences)
    refs = list(refs)  # a resolved pronoun is the antecedent of the next one ("Sie betont ... Sie lobt")
    for m in matches:
        for c in m.cues:
            if c.kind == "role" and c.value in ("pronoun", "pronoun:PERSON", "pronoun:PLURAL"):
                break
        else:
            continue
        word = text[m.start:m.end].lower()
        gender = pronouns.get(word)
        # a gendered pronoun falls back on people only: "sie" may stand for "die Gesellschaft", but a body
        # found this far off is more often there because the woman meant was never linked
        person = c.value == "pronoun:PERSON" or gender is not None
        # a pronoun of no gender that may stand for things ("they", "ils", "ellos") is plural: never one person
        plural = c.value == "pronoun:PLURAL" or (gender is None and not person)
        aside.one_person = c.value == "pronoun:PERSON"
        ids = antecedent(refs, starts, sentences, m.start, genders, gender, person, verbs, plural, s_starts=s_starts,
                         aside=aside)
        out[m.start] = (gender, list(ids) if ids is not None else [])
        if ids is not None:
            k = bisect.bisect_left(starts, m.start)
            refs.insert(k, Ref(m.start, m.end, ids, "pronoun", genders.entity_type(ids[0])))
            starts.insert(k, m.start)
    return out


def agreeing(ids: list[str], at: int, parties: Parties) -> list[str]:
    """What the subject pronoun at ``at`` stands for: ``ids`` (what the clause rules found) less the
    people known to be of the other gender ("Macron a reçu Le Pen. Elle a critiqué": not Macron);
    when nothing is left, the nearest earlier entity that agrees (``pronoun_fallbacks``)."""
    gender, fallback = parties.pronouns.get(at, (None, []))
    if gender is not None:
        ids = [i for i in ids if parties.genders.get(i) in (None, gender)]
    return ids or list(fallback)


def person_genders(doc: Document, genders: Genders) -> dict[str, str | None]:
    """Every person's gender in the document, for ``agreeing``."""
    return {e.id: genders.of(e.id) for e in doc.entities if e.type == "PERSON"}


#: how much less sure an event is whose actor is only a pronoun or description resolved by this module
BORROWED_FACTOR = 0.85


@dataclass(frozen=True, slots=True)
class PeopleNouns:
    """``event_people_nouns.tsv``: how a demonym is written when it names a people ("i turchi", "les
    Russes", "die Amerikaner", "the Russians"): the plural articles before it, the plural endings it
    takes, endings that make it one person ("die Russin"), and whether it is capitalised."""

    articles: frozenset[str]
    endings: tuple[str, ...]
    not_endings: tuple[str, ...]
    capitalised: bool


@lru_cache(maxsize=None)
def people_nouns(code: str) -> PeopleNouns | None:
    data = langdata.load(code)
    rows = data.settings("event_people_nouns.tsv")
    if not rows.get("articles"):
        return None

    def items(key: str) -> tuple[str, ...]:
        return data.listed("event_people_nouns.tsv", key)

    return PeopleNouns(frozenset(items("articles")), items("plural_endings"), items("person_endings"),
                       rows.get("capitalised") == "yes")


_LAST_WORD = re.compile(r"(\w+)\s+$")
#: up to two words (an auxiliary, an adverb) between the demonym and its verb: "les Russes ont rejeté"
_GAP = re.compile(r"(?: [\w'’]+){0,2} ")


def people_refs(text: str, code: str, matches: list[Match], refs: list[Ref]) -> list[Ref]:
    """A country's (or a group's) demonym used as a plural noun right before a verb trigger ("I turchi
    lamentano", "Les Russes ont rejeté", "Die Amerikaner forderten") names that people or its
    government acting: the adjective mention becomes a metonym of the country. Only before a verb of
    ours (every PLOVER act is one a state or a people does), never after a noun ("i soldati turchi":
    an adjective, the soldiers act), never in the singular ("il turco", "die Russin": a person)."""
    nouns = people_nouns(code)
    if nouns is None:
        return refs
    verbs = {m.start for m in matches if m.triggers and any(t.pos == "verb" for t in m.triggers)}
    out: list[Ref] | None = None
    for k, r in enumerate(refs):
        if r.kind != "adjective" or r.etype not in ("COUNTRY", "GROUP"):
            continue
        word = text[r.start:r.end]
        low = word.lower()
        if not low.endswith(nouns.endings) or low.endswith(nouns.not_endings) or " " in word \
                or nouns.capitalised and not word[:1].isupper():
            continue
        before = _LAST_WORD.search(text, max(0, r.start - 12), r.start)
        if before is None or before.group(1).lower() not in nouns.articles:
            continue
        gap = _GAP.match(text, r.end)
        if gap is None or not any(r.end + i + 1 in verbs for i, ch in enumerate(gap.group()) if ch == " "):
            continue  # ("i soldati turchi hanno", "les Russes, selon Kiev, ont": no people acting here)
        if out is None:
            out = list(refs)
        out[k] = Ref(r.start, r.end, r.ids, "metonym", r.etype, r.place)
    return out if out is not None else refs


def _verb_follows(text: str, end: int, verbs: set[int]) -> bool:
    """A verb trigger right after ``end``, or after one or two words (an auxiliary, an adverb: "Celle-ci
    a critiqué", "Questi ha poi dichiarato")."""
    gap = _GAP.match(text, end)
    return gap is not None and any(end + i + 1 in verbs for i, ch in enumerate(gap.group()) if ch == " ")


_NEXT_WORD = re.compile(r" ([\w'’]+)")


def _noun_follows(text: str, end: int) -> bool:
    """A capitalised word right after a sentence-initial demonstrative: it is an article to a name or a
    noun ("Der Kreml wies die Vorwürfe zurück", "Der Konzern wies"), not a pronoun ("Der gab auf")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1)[0].isupper()


@lru_cache(maxsize=None)
def group_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """The language's event_group_references.tsv rows: nouns of fighters pointing back to a named group."""
    return tuple(re.compile(r["pattern"]) for r in langdata.load(code).table("event_group_references.tsv")
                 if r.get("pattern"))


def group_refs(text: str, code: str, refs: list[Ref], sentences: list[tuple[int, int]]) -> list[Ref]:
    """``refs`` with a mention of the armed group (GROUP entity) for every description of fighters that
    points back to it ("The Baloch Liberation Army attacked a train ... The militants blew up tracks"):
    the one group named in its own sentence before it, else in the nearest of the two sentences before
    that names one. Two different groups there leave it unresolved: "the rebels" may be either side."""
    patterns = group_patterns(code)
    if not patterns or not any(r.etype == "GROUP" for r in refs):
        return refs
    out = list(refs)
    starts = [r.start for r in out]
    s_starts = [s for s, _ in sentences]
    # (each pattern is tried only where one of its literal openings stands: "The ", "Die ")
    for start, end in sorted({(m.start(), m.end()) for p in patterns for m in prefixed(p).finditer(text)}):
        inside = bisect.bisect_right(starts, start) - 1
        after = bisect.bisect_left(starts, start)
        if inside >= 0 and out[inside].end > start or after < len(starts) and starts[after] < end:
            continue  # already (part of) a mention: "the Houthi rebels"
        k = bisect.bisect_right(s_starts, start) - 1
        if k < 0:
            continue
        ids: set[tuple[str, ...]] = set()
        for back in range(0, MAX_SENTENCES_BACK + 1):
            if k - back < 0:
                break
            a = sentences[k - back][0]
            b = start if back == 0 else sentences[k - back][1]
            ids = {r.ids for r in out[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                   if r.etype == "GROUP" and r.kind != "adjective" and r.end <= b}
            if ids:
                break
        if len(ids) == 1:
            at = bisect.bisect_left(starts, start)
            out.insert(at, Ref(start, end, ids.pop(), "pronoun", "GROUP"))
            starts.insert(at, start)
    return out


def lower_borrowed(events: list, borrowed: list[Ref], mentions: dict[str, list[tuple[int, int]]],
                   floor: float) -> None:
    """Events whose actors are only the entities of back-references in their sentence (no name of
    theirs there) are less sure than named ones: a pronoun or a description may point elsewhere. The
    lowering never takes an event below ``floor`` (the extractor's confidence floor) that was above it."""
    for event, _ in acted_only_through(events, borrowed, mentions):
        event.confidence = max(round(event.confidence * BORROWED_FACTOR, 3), min(event.confidence, floor))


@dataclass(slots=True)
class BackReferences:
    """What the document's back-references resolved: the mentions they added or changed (``borrowed``),
    and the people's genders (read again for pronouns)."""

    refs: list[Ref]
    borrowed: list[Ref]
    genders: Genders


def point_back(doc: Document, code: str, matches: list[Match], refs: list[Ref],
               sentences: list[tuple[int, int]]) -> BackReferences:
    """``refs`` with demonyms naming a people and resolved descriptions and demonstratives."""
    genders = Genders(doc)
    out = described_refs(doc, code, matches, people_refs(doc.text, code, matches, refs), sentences, genders)
    out = group_refs(doc.text, code, out, sentences)
    old = {(r.start, r.end, r.kind) for r in refs}
    borrowed = [r for r in out if (r.start, r.end, r.kind) not in old]  # ("the latter", age nouns: as before)
    return BackReferences(out, borrowed, genders)
