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
from cronaca.link.automaton import fold
from cronaca.link.lexicon import LinkLexicon

#: How many sentences back (this one included) a description looks for the entity it names.
WINDOW_SENTENCES = 3
#: Kinds a candidate may fit by its type alone, its name holding no noun of any kind: an
#: organisation's own name rarely says it is a company or a union ("Stellantis", "SUPRA").
TYPE_ONLY_KINDS = frozenset({"company", "union", "party", "coalition", "organisation", "group",
                             "agency", "armed_group"})
#: Entity types each kind may name (language-independent: what a company or a court is).
KIND_TYPES: dict[str, frozenset[str]] = {
    "armed_group": frozenset({"GROUP"}),
    "group": frozenset({"ORG", "GROUP"}),
    "party": frozenset({"ORG", "GROUP"}),
    "coalition": frozenset({"ORG", "GROUP"}),
    "organisation": frozenset({"ORG", "GROUP"}),
    "agency": frozenset({"ORG", "MEDIA"}),
}
DEFAULT_TYPES = frozenset({"ORG"})
#: Kinds that say nothing against another kind: "the organisation" may be a union or a party.
GENERIC_KINDS = frozenset({"organisation", "group"})
#: Shortest noun recognised at the end of a compound name word ("Verwaltungsgericht": "gericht").
COMPOUND_HEAD = 5
STRONG_CONFIDENCE = 0.6
TYPE_ONLY_CONFIDENCE = 0.5
RULE = "description:back-reference"


@dataclass(frozen=True, slots=True)
class DescriptionNouns:
    pattern: re.Pattern[str] | None  # article, optional word, noun (on the folded text)
    kinds: dict[str, str]  # folded noun -> kind
    compounds: bool  # the language writes compounds: a name word ending in a noun holds it


@lru_cache(maxsize=None)
def description_nouns(code: str, articles: frozenset[str], compounds: bool) -> DescriptionNouns:
    """Built once per language: the nouns and the regex that finds article + (word) + noun."""
    kinds = {fold(r["noun"].strip()): r["kind"].strip() for r in langdata.load(code).table("description_nouns.tsv")
             if r.get("noun", "").strip()}
    if not kinds or not articles:
        return DescriptionNouns(None, kinds, compounds)
    arts = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    # an elided article joins its noun ("l'azienda"); a full one is followed by a space
    pattern = re.compile(rf"(?<![\w'])(?:{arts})(?:(?<=')|\s+)(?:([^\W\d_][\w-]*)\s+)?({nouns})(?![\w-])")
    return DescriptionNouns(pattern, kinds, compounds)


def resolve_descriptions(entities: list[Entity], text: str, folded: str, sentences: list[tuple[int, int]],
                         lex: LinkLexicon, kb: KnowledgeBase) -> None:
    """Add a mention to the entity each definite description points back to (in place)."""
    nouns = description_nouns(lex.code, lex.definite_articles, lex.common_word_everywhere)
    if nouns.pattern is None or not entities:
        return
    found = list(nouns.pattern.finditer(folded))
    if not found:
        return
    mentions = sorted(((x.start, x.end, e) for e in entities for x in e.mentions), key=lambda t: t[0])
    starts = [s for s, _, _ in mentions]
    starts_sentences = [s for s, _ in sentences] or [0]
    evidence: dict[str, frozenset[str]] = {}
    for hit in found:
        start, end = hit.start(), hit.end()
        k = bisect_left(starts, end)
        inside = [(s, e, x) for s, e, x in mentions[max(0, k - 8):k] if e > start]
        country = _country_inside(inside)
        if inside and country is None:
            continue  # the phrase holds a name, a title or a body already resolved
        if country is None:
            country, end = _country_next(mentions, starts, text, end)
        if _names_something_else(text, end, starts, lex):
            continue
        kind = nouns.kinds[hit.group(2)]
        here = bisect_right(starts_sentences, start) - 1
        floor = starts_sentences[max(0, here - WINDOW_SENTENCES + 1)] if here >= 0 else 0
        window = mentions[bisect_left(starts, floor):bisect_left(starts, start)]
        strong: list[str] = []
        weak: list[str] = []
        seen: dict[str, Entity] = {}
        for s, _, entity in reversed(window):
            if entity.id in seen or entity.type == "COUNTRY" or _adjective_at(entity, s):
                continue
            seen[entity.id] = entity
            if entity.type not in KIND_TYPES.get(kind, DEFAULT_TYPES) or country and entity.country != country:
                continue
            held = evidence.get(entity.id)
            if held is None:
                held = evidence[entity.id] = _kinds_of(entity, nouns, kb)
            if kind in held:
                strong.append(entity.id)
            elif kind in TYPE_ONLY_KINDS and (not held or kind in GENERIC_KINDS) \
                    and not (entity.in_kb and kb.entries[entity.id].institution):
                weak.append(entity.id)
        if len(strong) == 1:
            target, confidence, rule = strong[0], STRONG_CONFIDENCE, RULE
        elif not strong and len(weak) == 1:
            target, confidence, rule = weak[0], TYPE_ONLY_CONFIDENCE, RULE + ":type"
        else:
            continue  # none, or two compete: nothing is certain enough
        if kind not in GENERIC_KINDS:  # "the company" ... "the union": no longer one entity
            evidence[target] = evidence.get(target, frozenset()) | {kind}
        seen[target].mentions.append(Mention(start, end, text[start:end], target, rule, confidence, "name"))
        mentions.insert(k, (start, end, seen[target]))  # kept sorted: later phrases see it as taken
        starts.insert(k, start)
    for entity in entities:
        entity.mentions.sort(key=lambda x: x.start)


def _kinds_of(entity: Entity, nouns: DescriptionNouns, kb: KnowledgeBase) -> frozenset[str]:
    """The kinds an entity's own names say it is: nouns in its mentions' words and its canonical name
    ("Partito Democratico": party), and its KB institution ("supreme_court": court)."""
    kinds: set[str] = set()
    words = set(fold(" ".join([entity.name] + [x.text for x in entity.mentions if x.kind in ("name", "acronym")]))
                .replace("'", " ").replace("-", " ").split())
    for word in words:
        kind = nouns.kinds.get(word)
        if kind is not None:
            kinds.add(kind)
        elif nouns.compounds and len(word) > COMPOUND_HEAD:
            kinds.update(k for n, k in nouns.kinds.items() if len(n) >= COMPOUND_HEAD and word.endswith(n))
    institution = kb.entries[entity.id].institution if entity.in_kb and entity.id in kb.entries else None
    if institution:
        kinds.update(k for k in set(nouns.kinds.values()) if institution == k or institution.endswith("_" + k))
    return frozenset(kinds)


def _adjective_at(entity: Entity, start: int) -> bool:
    """A mention as an adjective ("i ribelli talebani") names no candidate a description points to."""
    return any(x.start == start and x.kind == "adjective" for x in entity.mentions)


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


def _names_something_else(text: str, end: int, starts: list[int], lex: LinkLexicon) -> bool:
    """True when the noun introduces a name or a complement that says which one it is: "the company
    Stellantis", "il partito di Renzi", "the court of appeal" -- no back-reference."""
    k = bisect_left(starts, end)
    if k < len(starts) and starts[k] <= end + 2 and text[end:starts[k]].strip() in ("", "«", "\"", "“"):
        return True
    rest = text[end:end + 40]
    word = rest.split(None, 1)[0].strip(",.;:") if rest[:1] == " " and rest.strip() else ""
    if not word:
        return False
    if word.lower() in lex.particles or word.lower().rstrip("'") + "'" in lex.particles:
        return True
    return word[:1].isupper() and not lex.common_word_everywhere
