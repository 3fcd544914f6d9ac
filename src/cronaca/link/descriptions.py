"""Definite descriptions that point back to an entity already named: "the company", "el sindicato",
"der chinesische Konzern", "i miliziani".

A definite article (``definite_articles`` of link_settings.tsv), at most one word between (an
adjective: "the ruling party", "der chinesische Konzern") and a noun of ``description_nouns.tsv``
is one more mention of the entity of a fitting kind named in the last ``WINDOW_SENTENCES``
sentences. A candidate fits strongly when its name holds a noun of the same kind ("Corte d'appello
di Palermo" for "la corte") or the KB files it as a body of that kind (an ``institution``); it fits
only by type when its name says nothing (an unknown "Stellantis" for "the company"), which counts
for the kinds in ``TYPE_ONLY_KINDS`` alone, and never for a KB body of the state. A name holding a
noun of another kind ("Deutsche Bank" for "the party") does not fit. Exactly one fitting entity
(the strong ones first) is resolved; two compete and nothing is. A country adjective next to the
noun ("la compañía belga", "the Bosnian court") keeps only candidates of that country.

A body whose name holds the noun is also found further back (``TYPE_ONLY_SENTENCES``) when it is
the only fitting one there ("la Corte" five sentences after "la Corte Suprema", rule ``:far``).
Two more shapes read the same nouns: an organisation's genitive ("the UN's highest court") is the
one KB child entry (``parent``) of that organisation whose names say it is of the noun's kind
(``description:owner``), and a definite age noun (``age_noun`` of event_grammar.tsv: "der
42-Jährige") is the one person named earlier in its sentence, else in the previous one
(``description:age``), as the event rules read it.

It runs once over the finished entity list, with one compiled regex per language: the phrases
already holding a mention (a name, a title, an institution) are left alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata
from cronaca.document import Entity, Mention
from cronaca.kb import KnowledgeBase
from cronaca.lang.gendered_words import gender_words
from cronaca.link.adjuncts import noun_adjunct
from cronaca.link.automaton import Matcher, fold
from cronaca.link.letter_names import RULE as PLATFORM_RULE
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.org_kinds import fits
from cronaca.prefixed_search import prefixed

#: How many sentences back (this one included) a description looks for the entity it names.
WINDOW_SENTENCES = 3
#: Kinds a candidate may fit by its type alone, its name holding no noun of any kind: an
#: organisation's own name rarely says it is a company or a union ("Stellantis", "SUPRA").
TYPE_ONLY_KINDS = frozenset({"company", "union", "party", "organisation", "group", "agency", "armed_group", "media",
                             "ngo"})
#: How many sentences back a fit by type alone must be the only entity of its type: "The militants"
#: four sentences after a group named, with another one named before it, is unsure.
TYPE_ONLY_SENTENCES = 8
#: Entity types each kind may name (language-independent: what a company or a court is).
KIND_TYPES: dict[str, frozenset[str]] = {
    "armed_group": frozenset({"GROUP"}),
    "group": frozenset({"ORG", "GROUP"}),
    "party": frozenset({"ORG", "GROUP"}),
    "coalition": frozenset({"ORG", "GROUP"}),
    "organisation": frozenset({"ORG", "GROUP"}),
    "agency": frozenset({"ORG", "MEDIA"}),
    "media": frozenset({"MEDIA"}),
}
DEFAULT_TYPES = frozenset({"ORG"})
#: Kinds that say little: the other kinds a name may hold and still fit them ("the organisation" may
#: be a union or a party; "the group" a company or militants, not a party or a court).
GENERIC_FITS: dict[str, frozenset[str]] = {
    "organisation": frozenset({"union", "party", "agency", "armed_group", "group", "coalition"}),
    "group": frozenset({"company", "armed_group", "organisation"}),
}
#: Shortest noun recognised at the end of a compound name word ("Verwaltungsgericht": "gericht").
COMPOUND_HEAD = 5
STRONG_CONFIDENCE = 0.6
TYPE_ONLY_CONFIDENCE = 0.5
RULE = "description:back-reference"
NOT_SAME = "not_same"


@dataclass(frozen=True, slots=True)
class DescriptionNouns:
    pattern: re.Pattern[str] | None  # article, optional word, noun (on the folded text)
    kinds: dict[str, str]  # folded noun -> kind
    articles: dict[str, frozenset[str]]  # folded noun -> the articles it agrees with (absent: any)
    compounds: bool
    not_same: frozenset[str] = frozenset()  # words before the noun that make it no back-reference
    apposition: re.Pattern[str] | None = None  # ", a company": an article opening an apposition
    genitive: re.Pattern[str] | None = None  # "'s highest court" right after an owner's name
    age: re.Pattern[str] | None = None  # "der 42-Jährige": event_grammar.tsv age_noun, on the text  # the language writes compounds: a name word ending in a noun holds it


@lru_cache(maxsize=None)
def description_nouns(code: str, articles: frozenset[str], indefinite: frozenset[str],
                      compounds: bool) -> DescriptionNouns:
    """Built once per language: the nouns and the regex that finds article + (word) + noun."""
    data = langdata.load(code)
    every = [r for r in data.table("description_nouns.tsv") if r.get("noun", "").strip()]
    rows = [r for r in every if r["kind"].strip() != NOT_SAME]
    not_same = frozenset(fold(r["noun"].strip()) for r in every if r["kind"].strip() == NOT_SAME) | frozenset(
        fold(r["cue"].strip()) for r in data.table("event_roles.tsv") if r.get("role", "").strip() == "possessive")
    kinds = {fold(r["noun"].strip()): r["kind"].strip() for r in rows}
    agree = {fold(r["noun"].strip()): frozenset(a.strip() for a in r["articles"].split(",") if a.strip())
             for r in rows if (r.get("articles") or "").strip()}
    grammar = {r["key"].strip(): r["value"].strip() for r in data.table("event_grammar.tsv") if r.get("key")}
    age = re.compile(grammar["age_noun"]) if grammar.get("age_noun") else None
    if not kinds or not articles:
        return DescriptionNouns(None, kinds, agree, compounds, not_same, age=age)
    arts = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    # an elided article joins its noun ("l'azienda"); a full one is followed by a space
    pattern = re.compile(rf"(?<![\w'])({arts})(?:(?<=')|\s+)(?:([^\W\d_][\w-]*)\s+)?({nouns})(?![\w-])")
    # indefinite only: a definite one after a comma may be a relative pronoun ("K-EINBRUCH, die die Polizei")
    openers = "|".join(re.escape(a) for a in sorted(indefinite, key=len, reverse=True)) or "(?!)"
    apposition = re.compile(rf"\s*[,(–—-]\s*(?:{openers})(?:(?<=')|\s+)((?:[\w-]+\s+){{0,2}}[\w-]+)")
    genitive = re.compile(rf"(?:'s|')\s+(?:([^\W\d_][\w-]*)\s+)?({nouns})(?![\w-])")
    return DescriptionNouns(pattern, kinds, agree, compounds, not_same, apposition, genitive, age)


@lru_cache(maxsize=None)
def _all_kinds() -> dict[str, frozenset[str]]:
    """Every language's nouns with their kinds: a KB entry's names in all languages say what it is
    ("Alleanza atlantica": a coalition; "Sozialdemokratische Partei Deutschlands": a party)."""
    found: dict[str, set[str]] = {}
    for code in langdata.supported():
        for r in langdata.load(code).table("description_nouns.tsv"):
            if r.get("noun", "").strip():
                found.setdefault(fold(r["noun"].strip()), set()).add(r["kind"].strip())
    return {n: frozenset(k) for n, k in found.items()}


def resolve_descriptions(entities: list[Entity], text: str, folded: str, sentences: list[tuple[int, int]],
                         m: Matcher) -> None:
    """Add a mention to the entity each definite description points back to (in place)."""
    lex, kb = m.lex, m.kb
    nouns = description_nouns(lex.code, lex.definite_articles, lex.indefinite_articles, lex.common_word_everywhere)
    if not entities:
        return
    found = list(prefixed(nouns.pattern).finditer(folded)) if nouns.pattern is not None else []
    mentions = sorted(((x.start, x.end, e) for e in entities for x in e.mentions), key=lambda t: t[0])
    starts = [s for s, _, _ in mentions]
    starts_sentences = [s for s, _ in sentences] or [0]
    evidence: dict[str, frozenset[str]] = {}
    described: dict[str, set[str]] = {}  # kind -> entities a description of that kind named before
    for hit in found:
        start, end = hit.start(), hit.end()
        k = bisect_left(starts, end)
        inside = [(s, e, x) for s, e, x in mentions[max(0, k - 8):k] if e > start]
        country = _country_inside(inside)
        if inside and country is None:
            continue  # the phrase holds a name, a title or a body already resolved
        if country is None:
            country, end = _country_next(mentions, starts, text, end)
        countries = {country} if country else _adjective_countries(hit, folded, end, m)
        if _names_something_else(text, end, starts, lex) or noun_adjunct(text, end, lex):
            continue  # (an adjunct: "the military base", "the party elite" modify another noun)
        noun = hit.group(3)
        if hit.group(2) in nouns.not_same or hit.group(2) in lex.definite_articles:
            continue  # "the other company", "la nostra azienda": not the one named before
        agree = nouns.articles.get(noun)
        if agree is not None and hit.group(1) not in agree:
            continue  # "den beteiligten Unternehmen": a plural, no one body
        kind = nouns.kinds[noun]
        here = bisect_right(starts_sentences, start) - 1
        floor = starts_sentences[max(0, here - WINDOW_SENTENCES + 1)] if here >= 0 else 0
        window = mentions[bisect_left(starts, floor):bisect_left(starts, start)]
        wide = starts_sentences[max(0, here - TYPE_ONLY_SENTENCES + 1)] if here >= 0 else 0
        earlier = mentions[bisect_left(starts, wide):bisect_left(starts, floor)]
        strong: list[str] = []
        weak: list[str] = []
        seen: dict[str, Entity] = {}
        for s, _, entity in reversed(window):
            if entity.id in seen or entity.type == "COUNTRY" or _adjective_at(entity, s):
                continue
            seen[entity.id] = entity
            if not _eligible(entity, kind, countries):
                continue
            fit = _fit(entity, kind, evidence, nouns, kb, folded)
            if fit == 2:
                strong.append(entity.id)
            elif fit == 1:
                weak.append(entity.id)
        far: dict[str, int] = {}  # entities named before the window: rivals of a fit by type, or the one body
        for s, _, x in earlier:
            if x.id not in seen and x.id not in far and not _adjective_at(x, s) and _eligible(x, kind, countries):
                far[x.id] = _fit(x, kind, evidence, nouns, kb, folded)
        rivals = {i for i, fit in far.items() if fit}
        rivals |= described.get(kind, set()) - set(seen)  # "the organisation" already meant another one
        if kind in INTRODUCED_KINDS:  # (the whole text before: "Militants linked with the BLA" in the lead)
            before = [c for c in mentions[:bisect_left(starts, start)] if c[2].id in seen or c[2].id in far
                      or not _adjective_at(c[2], c[0]) and _eligible(c[2], kind, countries)]
            fitting = {c[2].id for c in before if c[2].id in (*strong, *weak)
                       or (c[2].id not in seen and _fit(c[2], kind, evidence, nouns, kb, folded))}
        else:
            before = [*earlier, *window]
            fitting = {*strong, *weak, *(i for i, fit in far.items() if fit)}
        introduced = _introduced_by(noun, text, start, [c for c in before if c[2].id in fitting],
                                    lex.definite_articles | lex.indefinite_articles, frozenset(lex.particles))
        if introduced is not None and (kind in INTRODUCED_KINDS or len(strong) > 1
                                       or not strong and (len(weak) > 1 or weak and rivals)):
            # "Militants linked with the banned Baloch Liberation Army attacked ... the Taliban said ... The
            # militants blew up tracks": the BLA, which the text itself called so
            target, confidence, rule = introduced.id, STRONG_CONFIDENCE, RULE + ":introduced"
            seen.setdefault(target, introduced)
        elif len(strong) == 1:
            target, confidence, rule = strong[0], STRONG_CONFIDENCE, RULE
        elif not strong and len(weak) == 1 and not rivals:
            target, confidence, rule = weak[0], TYPE_ONLY_CONFIDENCE, RULE + ":type"
        elif not strong and not weak and len(rivals) == 1 and far.get(next(iter(rivals))) == 2:
            # "la Corte" five sentences after "la Corte Suprema", no other body in between
            target, confidence, rule = next(iter(rivals)), TYPE_ONLY_CONFIDENCE, RULE + ":far"
            seen[target] = next(x for _, _, x in earlier if x.id == target)
        else:
            continue  # none, or two compete: nothing is certain enough
        # "the company" ... "the union": no longer one entity; "the organisation" later: the same one
        evidence[target] = evidence.get(target, frozenset()) | {kind}
        described.setdefault(kind, set()).add(target)
        seen[target].mentions.append(Mention(start, end, text[start:end], target, rule, confidence, "name"))
        at = bisect_left(starts, start)  # kept sorted: later phrases see it as taken
        mentions.insert(at, (start, end, seen[target]))
        starts.insert(at, start)
    _owned(entities, mentions, starts, text, folded, nouns, kb)
    _aged(mentions, starts, starts_sentences, text, nouns, lex)
    for entity in entities:
        entity.mentions.sort(key=lambda x: x.start)
    entities.sort(key=lambda e: e.mentions[0].start)  # an owner's body may be new: text order again


#: Kinds whose description names the entity the text introduced with the same noun even when another one
#: fits nearer: of several armed groups in an article, "the militants" are those the text called militants.
#: For the other kinds the nearest fitting body wins ("« L'EPA maintient ... », écrit l'agence": the EPA,
#: not "l'agence Health Canada" named before); the noun only settles a tie there.
INTRODUCED_KINDS = frozenset({"armed_group"})
#: characters before an entity's mention in which a bare plural noun introduces it ("Militants linked with
#: the banned Baloch Liberation Army")
INTRODUCED_REACH = 45
_WORDS = re.compile(r"\w[\w-]*|[.,;:!?()\[\]\"«»“”]")


def _same_noun(word: str, nouns: list[str]) -> bool:
    """One the start of the other (militant/militants, Rebellen/Rebellengruppe; not military/militants)."""
    w = word.lower()
    return len(w) >= 5 and any(w.startswith(n) or n.startswith(w) for n in nouns)


def _introduced_by(noun: str, text: str, at: int, candidates: list[tuple[int, int, Entity]],
                   articles: frozenset[str], particles: frozenset[str]) -> Entity | None:
    """The one candidate the text itself introduced with the description's noun, or None (none, or two):
    the noun right before its mention, after no particle ("l'associazione Addiopizzo", not "il direttore
    della banca Davide Pelloni"), or right after it ("the Zanu PF party"), or a bare noun opening the
    mention's clause a few words before it, no article before the noun ("Militants linked with the banned
    Baloch Liberation Army"; not "die Gruppe vom Hamburger Verfassungsschutz": a description of its own)."""
    nouns = [w.lower() for w in re.findall(r"\w{5,}", noun)]
    if not nouns:
        return None
    found: dict[str, Entity] = {}
    for s, e, x in candidates:
        if _adjective_at(x, s):
            continue
        after = _WORDS.findall(text, e, min(at, e + 30))[:1]
        if after and _same_noun(after[0], nouns):
            found[x.id] = x  # "the Zanu PF party" (not "der mit der Hamas verbündeten Gruppe": another one)
            continue
        before = _WORDS.findall(text, max(0, s - INTRODUCED_REACH), s)
        for k in range(len(before) - 1, -1, -1):
            if not before[k][0].isalnum():
                break  # (within the mention's own clause)
            if _same_noun(before[k], nouns):
                opener = before[k - 1].lower() if k else ""
                owned = {opener, before[k - 2].lower() if k > 1 else ""} & particles
                if len(before) - k == 1 and not owned or opener not in articles and not opener[:1].isalnum():
                    # ("il direttore della banca Davide Pelloni": a title's genitive, no introduction)
                    found[x.id] = x
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _owned(entities: list[Entity], mentions: list[tuple[int, int, Entity]], starts: list[int], text: str,
           folded: str, nouns: DescriptionNouns, kb: KnowledgeBase) -> None:
    """"the UN's highest court": a body of an owner the KB knows, the one child entry of the owner
    (KB ``parent``) whose names say it is of the noun's kind (the International Court of Justice)."""
    if nouns.genitive is None:
        return
    by_id = {e.id: e for e in entities}
    for s, e, owner in list(mentions):
        if not owner.in_kb or owner.type != "ORG":
            continue  # a country's bodies are the institution rule's; "Ukraine's largest bank" is any bank
        hit = nouns.genitive.match(folded, e)
        if hit is None or (hit.group(1) or "") in nouns.not_same:
            continue
        start, end = hit.start(1) if hit.group(1) else hit.start(2), hit.end()
        k = bisect_left(starts, end)
        if any(me > start for ms, me, _ in mentions[max(0, k - 8):k] if ms != s):
            continue  # already a mention ("Russia's foreign ministry": the institution rule's)
        kind = nouns.kinds[hit.group(2)]
        owned = [c for c in _children(kb).get(owner.id, ()) if kind in _entry_kinds(kb, c)]
        if len(owned) != 1:
            continue
        entry = kb.entries[owned[0]]
        entity = by_id.get(entry.id)
        if entity is None:
            entity = by_id[entry.id] = Entity(id=entry.id, name=entry.name, type=entry.type, country=entry.country,
                                              wikidata=entry.wikidata, in_kb=True)
            entities.append(entity)
        entity.mentions.append(Mention(start, end, text[start:end], entry.id, "description:owner", STRONG_CONFIDENCE,
                                       "name"))


def _aged(mentions: list[tuple[int, int, Entity]], starts: list[int], sentence_starts: list[int], text: str,
          nouns: DescriptionNouns, lex: LinkLexicon) -> None:
    """"der 42-Jährige", "the 63-year-old", "il 59enne": the one person named earlier in the sentence,
    else the one named in the previous sentence (the event rules read the same way, extractor.py);
    two people there and it names nobody. A person whose words say another gender ("Frau Bondi",
    "Bondi, die") is no candidate for a gendered description ("der 42-Jährige"). Before anyone is
    named, the description points forward to the one person of the rest of its sentence and the next."""
    if nouns.age is None:
        return
    cues = gender_cues(lex.code)
    genders: dict[str, str | None] = {}
    for hit in prefixed(nouns.age).finditer(text):
        start, end = hit.start(), hit.end()
        k = bisect_left(starts, end)
        if any(e > start for _, e, _ in mentions[max(0, k - 8):k]) \
                or _names_something_else(text, end, starts, lex):
            continue  # "The 32-year-old Adv Tšosane": the name follows
        here = bisect_right(sentence_starts, start) - 1
        if here < 0:
            continue
        spans = [(sentence_starts[here], start)]
        if here:
            spans.append((sentence_starts[here - 1], sentence_starts[here]))
        said = _described_gender(text[start:end], cues)
        forward = not any(x.type == "PERSON" for _, _, x in mentions[:bisect_left(starts, start)])
        if forward:
            # no one named yet: the lead describes the person its next sentence names first ("Die
            # 27-Jährige wurde festgenommen. Anna K. soll ..."): the rest of this sentence and the next
            stop = sentence_starts[here + 2] if here + 2 < len(sentence_starts) else len(text)
            spans = [(end, stop)]
        for a, b in spans:
            people = {x.id: x for s, e, x in mentions[bisect_left(starts, a):bisect_left(starts, b)]
                      if x.type == "PERSON" and e <= b and not _adjective_at(x, s)}
            if said and people:  # "Die 59-Jährige" after a man and a woman: the woman
                fits = {i: _gender(x, text, cues, genders) for i, x in people.items()}
                sure = [i for i, g in fits.items() if g == said]
                people = {i: people[i] for i in sure} if sure else \
                    {i: x for i, x in people.items() if fits[i] is None}
            if forward and people:
                first = next(iter(people))  # dicts keep text order: the first one named
                people = {first: people[first]}
            if people:
                if len(people) == 1:
                    person = next(iter(people.values()))
                    person.mentions.append(Mention(start, end, text[start:end], person.id, "description:age",
                                                   TYPE_ONLY_CONFIDENCE, "name"))
                break


@dataclass(frozen=True, slots=True)
class GenderCues:
    """gender_cues.tsv of one language: what says a person is a woman or a man."""

    before: dict[str, str]  # word right before a mention -> F | M
    endings: tuple[tuple[str, str], ...]  # ending of the word right before a mention -> F | M
    after: tuple[tuple[str, str], ...]  # text right after a mention -> F | M
    descriptions: tuple[tuple[re.Pattern[str], str], ...]  # a description's text -> F | M


#: A word before a name must be this much longer than the ending that marks its gender ("Ministerin").
ENDING_STEM = 3


@lru_cache(maxsize=None)
def gender_cues(code: str) -> GenderCues:
    rows = [r for r in langdata.load(code).table("gender_cues.tsv") if r.get("cue")]

    def of(position: str) -> list[tuple[str, str]]:
        return [(r["cue"], r["gender"].strip()) for r in rows if r["position"].strip() == position]

    return GenderCues({fold(c.strip()): g for c, g in of("before")}, tuple((fold(c.strip()), g) for c, g in of("ending")),
                      tuple(of("after")), tuple((re.compile(c.strip()), g) for c, g in of("description")))


def _described_gender(phrase: str, cues: GenderCues) -> str | None:
    return next((g for pattern, g in cues.descriptions if pattern.fullmatch(phrase)), None)


def _gender(person: Entity, text: str, cues: GenderCues, known: dict[str, str | None]) -> str | None:
    """F or M when the words around the person's mentions say so, and say only one; else None."""
    if person.id in known:
        return known[person.id]
    found: set[str] = set()
    for x in person.mentions:
        if x.kind not in ("name", "surname"):
            continue
        before = text[max(0, x.start - 40):x.start].rsplit(None, 1)
        word = fold(before[-1]) if before and text[x.start - 1:x.start].isspace() else ""
        if word in cues.before:
            found.add(cues.before[word])
        elif word:
            found.update(g for ending, g in cues.endings if word.endswith(ending) and len(word) >= len(ending) + ENDING_STEM)
        found.update(g for cue, g in cues.after if text.startswith(cue, x.end))
    known[person.id] = gender = found.pop() if len(found) == 1 else None
    return gender


_FIRST_WORD = re.compile(r"\w+")


def person_gender(person: Entity, text: str, code: str) -> str | None:
    """F, M or None: the given name opening the person's name or a mention (gendered_words.tsv),
    else the words around the mentions (gender_cues.tsv). Shared by the quote speakers and the event
    back-references, so that both stages agree on who "she" can be."""
    given = gender_words(code).given
    for name in [person.name, *(m.text for m in person.mentions)]:
        first = _FIRST_WORD.search(name)
        if first is not None and first.group() in given:
            return given[first.group()]
    return _gender(person, text, gender_cues(code), {})


_CHILDREN: dict[int, dict[str, list[str]]] = {}


def _children(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Organisation entries by their parent (the KB's ``parent``), built once per KB."""
    found = _CHILDREN.get(id(kb))
    if found is None:
        found = {}
        for entry in kb.entries.values():
            if entry.parent and entry.type in ("ORG", "GROUP"):
                found.setdefault(entry.parent, []).append(entry.id)
        _CHILDREN[id(kb)] = found
    return found


_ENTRY_KINDS: dict[tuple[int, str], frozenset[str]] = {}


def _entry_kinds(kb: KnowledgeBase, entry_id: str) -> frozenset[str]:
    """The kinds a KB entry's names in every language say it is, and its ``institution``
    ("supreme_court": court); kept for the process, as the KB does not change."""
    key = (id(kb), entry_id)
    found = _ENTRY_KINDS.get(key)
    if found is None:
        entry = kb.entries[entry_id]
        every = _all_kinds()
        words = fold(" ".join(n for names in entry.aliases.values() for n in names) + " " + entry.name)
        kinds = {k for w in set(words.replace("'", " ").replace("-", " ").split()) for k in every.get(w, ())}
        if entry.institution:
            kinds.update(k for ks in every.values() for k in ks
                          if entry.institution == k or entry.institution.endswith("_" + k))
        found = _ENTRY_KINDS[key] = frozenset(kinds)
    return found


def _fit(entity: Entity, kind: str, evidence: dict[str, frozenset[str]], nouns: DescriptionNouns,
         kb: KnowledgeBase, folded: str) -> int:
    """2: the entity's names say it is of ``kind``; 1: it may be, by its KB kind (link/org_kinds.py:
    "the company" may be Facebook, "the agency" the IAEA) or its type alone; 0: no ("the company" is
    not an agency the KB knows, whatever its name holds)."""
    held = evidence.get(entity.id)
    if held is None:
        held = evidence[entity.id] = _kinds_of(entity, nouns, kb, folded)
    entry_kind = kb.entries[entity.id].kind if entity.in_kb and entity.id in kb.entries else None
    known = fits(kind, entry_kind)
    if known is False:
        return 0
    if kind in held:
        return 2
    if known:
        return 1  # a KB company may be "the company", but the text has not called it so: as by type
    if kind not in TYPE_ONLY_KINDS or entity.in_kb and kb.entries[entity.id].institution:
        return 0  # "the court" needs a court's name; "the company" is no ministry
    return 1 if held <= GENERIC_FITS.get(kind, frozenset()) else 0


def _kinds_of(entity: Entity, nouns: DescriptionNouns, kb: KnowledgeBase, folded: str) -> frozenset[str]:
    """The kinds an entity's own names say it is: nouns in the words of its mentions, of the noun right
    before one ("la empresa Montecon") and of its names in the KB, every language ("Partito
    Democratico": party), and its KB institution ("supreme_court": court)."""
    kinds: set[str] = set()
    texts = [entity.name] + [x.text for x in entity.mentions if x.kind in ("name", "acronym")]
    texts += [folded[max(0, x.start - 30):x.start].rsplit(None, 1)[-1] for x in entity.mentions
              if x.kind in ("name", "acronym") and folded[max(0, x.start - 30):x.start].strip()]
    entry = kb.entries.get(entity.id) if entity.in_kb else None
    if entry is not None:
        kinds |= _entry_kinds(kb, entry.id)
    if nouns.apposition is not None:  # "Diehl Defence – ein Rüstungskonzern", "Montecon, la empresa que"
        for x in entity.mentions:
            said = nouns.apposition.match(folded, x.end) if x.kind in ("name", "acronym") else None
            if said is not None:
                texts.append(said.group(1))
    every = _all_kinds()
    for word in set(fold(" ".join(texts)).replace("'", " ").replace("-", " ").split()):
        found = every.get(word)
        if found is not None:
            kinds |= found
        elif nouns.compounds and len(word) > COMPOUND_HEAD:
            kinds.update(k for n, k in nouns.kinds.items() if len(n) >= COMPOUND_HEAD and word.endswith(n))
    return frozenset(kinds)


def _eligible(entity: Entity, kind: str, countries: set[str]) -> bool:
    return entity.type in KIND_TYPES.get(kind, DEFAULT_TYPES) and (not countries or entity.country in countries)


def _adjective_countries(hit: re.Match[str], folded: str, end: int, m: Matcher) -> set[str]:
    """The countries of a country adjective the linker dropped as describing, in the word slot or
    right after the noun ("der chinesische Konzern", "la compañía belga"): candidates must be theirs."""
    words = [hit.group(2) or ""]
    after = folded[end:end + 30].split(None, 1)
    if after and folded[end:end + 1] == " ":
        words.append(after[0].strip(",.;:"))
    found: set[str] = set()
    for word in words:
        if word and word in m.adjectives:
            for x in m.find(word, word):
                found |= {m.kb.entries[f.entity_id].country or "" for f in x.forms if f.kind == "adjective"}
    return found - {""}


def _adjective_at(entity: Entity, start: int) -> bool:
    """A mention as an adjective ("i ribelli talebani") names no candidate a description points to, nor
    a platform named by its letter ("wrote on X"): where words were posted, not a body acting."""
    return any(x.start == start and (x.kind == "adjective" or x.rule == PLATFORM_RULE) for x in entity.mentions)


def _country_inside(inside: list[tuple[int, int, Entity]]) -> str | None:
    """The country of the one country adjective inside the phrase ("der chinesische Konzern")."""
    if len(inside) != 1:
        return None
    s, _, entity = inside[0]
    return entity.country or entity.id if entity.type == "COUNTRY" and _adjective_at(entity, s) else None


def _country_next(mentions: list[tuple[int, int, Entity]], starts: list[int], text: str,
                  end: int) -> tuple[str | None, int]:
    """The country of an adjective right after the noun ("la compañía belga"): the phrase then ends
    after it. The adjective inside ("the Bosnian court") is caught as a held name before this."""
    k = bisect_left(starts, end + 1)
    if k < len(mentions):
        s, e, entity = mentions[k]
        if s == end + 1 and text[end] == " " and entity.type == "COUNTRY" and _adjective_at(entity, s):
            return entity.country or entity.id, e
    return None, end


#: One lower-case word between spaces: the modifier of a noun the name right after it goes with.
_ONE_MODIFIER = re.compile(r" [^\W\d_A-Z][^\W\d_]+ ")


def _one_modifier(gap: str) -> bool:
    """True when ``gap`` is a single lower-case word ("automobile" in "le constructeur automobile
    Stellantis"), where adjectives follow the noun: the name after it is the one the noun describes."""
    return bool(_ONE_MODIFIER.fullmatch(gap)) and not any(c.isupper() for c in gap)


def _names_something_else(text: str, end: int, starts: list[int], lex: LinkLexicon) -> bool:
    """True when the noun introduces a name or a complement that says which one it is: "the company
    Stellantis", "il partito di Renzi", "the court of appeal" -- no back-reference."""
    k = bisect_left(starts, end)
    if k < len(starts) and starts[k] <= end + 2 and text[end:starts[k]].strip() in ("", "«", "\"", "“"):
        return True
    if lex.adjectives_follow and k < len(starts) and _one_modifier(text[end:starts[k]]):
        return True  # "le constructeur automobile Stellantis", "il gruppo editoriale Gedi"
    rest = text[end:end + 40]
    word = rest.split(None, 1)[0].strip(",.;:") if rest[:1] == " " and rest.strip() else ""
    if not word:
        return False
    low = fold(word)
    if low in lex.particles or any(p.endswith("'") and low.startswith(p) for p in lex.particles):
        return True  # "the court of appeal", "l'Agence d'évaluation"
    return word[:1].isupper() and not lex.common_word_everywhere
