"""Regional collectives as actors: "i leader europei", "Western sanctions", "l'Occidente", "die Golfstaaten".

News makes groups of states act under a regional name ("European leaders urged China ...",
"le sanzioni occidentali contro la Russia"); CAMEO and PLOVER code such actors by region (WST, EUR,
ARB...), and the gold-set guidelines (section 2, "Regional collectives") make them GROUP entities of
the KB (tools/kb/curated/organisations_collectives.tsv). The words are ordinary ones, so a regional
adjective names the collective only where a speaker reads it as an actor:
- next to a plural noun of states, governments or leaders (``head`` rows of collectives.tsv, either
  side, so that "i paesi del Golfo" and "Western countries" both work),
- next to a noun of an act it qualifies (``act`` rows: "sanzioni occidentali" is the West sanctioning,
  as "la proposta russa" is Russia proposing),
and a collective noun ("l'Occidente", "the West", "les Occidentaux") names it unless a locative
preposition makes it a place ("in Occidente") or a capitalised word makes it part of a longer name
("West Bank", "West Africa"). Describing uses ("media occidentali", "Western media") name nobody.
Only plural adjective forms are listed, so "un paese europeo" (one country) stays out.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.link.automaton import Matcher
from cronaca.link.view import TextView
from cronaca.prefixed_search import prefixed

_RULE = "collective"


@dataclass(frozen=True)
class CollectiveWords:
    """collectives.tsv of one language, compiled."""

    nouns: dict[str, tuple[str, frozenset[str]]]  # exact form -> (entity id, words that must precede)
    adjectives: dict[str, str]  # folded form -> entity id
    heads: frozenset[str]  # folded, may hold several words ("capi di stato")
    acts: frozenset[str]
    places: frozenset[str]  # prepositions that make a head phrase a place ("in several African countries")
    numbers: frozenset[str]  # number words: "two Western countries" are some countries, not the collective
    noun_pattern: re.Pattern[str] | None  # over the text (exact case); search with _whole_words
    adjective_pattern: re.Pattern[str] | None  # over the folded text
    longest_head: int  # in words

    @property
    def empty(self) -> bool:
        return self.noun_pattern is None and self.adjective_pattern is None


def _alternation(forms: list[str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    ordered = sorted(set(forms), key=len, reverse=True)
    # no look-behind in front: a pattern that opens with the words themselves lets the regex engine
    # jump to their first letters; ``_whole_words`` checks the start instead (3x faster on news)
    return re.compile(r"(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])")


_WORD_CHAR = re.compile(r"[\w-]")


def _whole_words(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""Matches of ``pattern`` not preceded by a word character or hyphen, as a leading
    ``(?<![\w-])`` would find them: a hit inside a word moves on by one character only.
    The pattern is tried only where one of its words occurs (``str.find``, prefixed_search.py):
    searching it tries every character of the text."""
    starts = prefixed(pattern).starts(text)
    if starts is not None:
        resume = 0
        for start in starts:
            if start < resume or start and _WORD_CHAR.match(text, start - 1):
                continue
            hit = pattern.match(text, start)
            if hit is not None:
                yield hit
                resume = hit.end()
        return
    pos = 0
    while (hit := pattern.search(text, pos)) is not None:
        start = hit.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        yield hit
        pos = hit.end()


def _split(cell: str) -> list[str]:
    return [f.strip() for f in (cell or "").split(",") if f.strip()]


@cache
def collective_words(code: str) -> CollectiveWords:
    nouns: dict[str, tuple[str, frozenset[str]]] = {}
    adjectives: dict[str, str] = {}
    heads: set[str] = set()
    acts: set[str] = set()
    places: set[str] = set()
    data = langdata.load(code)
    for row in data.table("collectives.tsv"):
        kind, forms = row["kind"].strip(), _split(row["forms"])
        if kind == "noun":
            before = frozenset(w.lower() for w in _split(row.get("preceded_by", "")))
            nouns.update({f: (row["entity"].strip(), before) for f in forms})
        elif kind == "adjective":
            adjectives.update({f.lower(): row["entity"].strip() for f in forms})
        elif kind == "head":
            heads.update(f.lower() for f in forms)
        elif kind == "act":
            acts.update(f.lower() for f in forms)
        elif kind == "place_preposition":
            places.update(f.lower() for f in forms)
    numbers = frozenset(row["word"].lower() for row in data.table("number_words.tsv"))
    return CollectiveWords(nouns, adjectives, frozenset(heads), frozenset(acts), frozenset(places), numbers,
                           _alternation(list(nouns)), _alternation(list(adjectives)),
                           max((len(h.split()) for h in heads), default=1))


def with_collectives(view: TextView, m: Matcher, kb_mentions: list[Mention],
                     covered: list[tuple[int, int]]) -> list[Mention]:
    """``kb_mentions`` plus the regional collectives found outside ``covered`` (the stretches other
    mentions and titles take: "Unione europea", "Arab League", "West Bank" stay what the KB says). A
    collective's own English name the KB matched ("African countries") passes the same place and
    number tests as the phrases found here ("endemic in several African countries" is a place)."""
    words = collective_words(m.lex.code)
    if words.empty:
        return kb_mentions
    ids = {i for i, _ in words.nouns.values()} | set(words.adjectives.values())
    kept = [x for x in kb_mentions if x.kind != "name" or x.rule.startswith(_RULE)
            or (x.entity_id not in ids and not _people(m, x.entity_id)) or _group_phrase(view, words, x.start)]
    # a people's plural noun after an article ("i palestinesi", "los palestinos") is the people, not
    # the country its adjective names ("i territori palestinesi"): it takes the adjective's span
    adjectives = {(x.start, x.end) for x in kept if x.kind == "adjective"}
    found = find_collectives(view, m, [c for c in covered if c not in adjectives])
    taken = {(x.start, x.end) for x in found if x.kind == "name" and _people(m, x.entity_id)}
    found = [x for x in found if (x.start, x.end) in taken
             or not any(s < x.end and x.start < e for s, e in adjectives)]  # not "African" of "South African"
    return [x for x in kept if (x.start, x.end) not in taken or x.kind != "adjective"] + found


def _people(m: Matcher, entity_id: str | None) -> bool:
    """A people of the KB (kind ``people``: "the Kurds", "die Drusen"): its plural noun after a number
    counts some persons ("120 Palästinenser getötet"), not the group acting, like "two Europeans"."""
    entry = m.kb.entries.get(entity_id) if entity_id else None
    return entry is not None and entry.kind == "people"


def find_collectives(view: TextView, m: Matcher, covered: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of regional collectives outside ``covered``."""
    words = collective_words(m.lex.code)
    if words.empty:
        return []
    spans = sorted(covered)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in spans)

    found: list[Mention] = []
    text = view.text
    if words.noun_pattern is not None:
        for hit in _whole_words(words.noun_pattern, text):
            entity_id, before = words.nouns[hit.group()]
            if entity_id in m.kb.entries and free(hit.start(), hit.end()) \
                    and _names_noun(view, m, hit.start(), hit.end(), before, entity_id):
                found.append(Mention(hit.start(), hit.end(), hit.group(), entity_id, f"{_RULE}:noun", 0.8, "name"))
    if words.adjective_pattern is not None:
        for hit in _whole_words(words.adjective_pattern, view.folded):
            entity_id = words.adjectives[hit.group()]
            if entity_id not in m.kb.entries or not free(hit.start(), hit.end()):
                continue
            how = _adjective_role(view, words, hit.start(), hit.end())
            if how:
                found.append(Mention(hit.start(), hit.end(), text[hit.start():hit.end()], entity_id,
                                     f"{_RULE}:{how}", 0.75, "adjective"))
    return found


def _names_noun(view: TextView, m: Matcher, start: int, end: int, before: frozenset[str],
                entity_id: str) -> bool:
    previous = view.words_before(start, 3)
    at = start
    if before:
        if not previous or previous[-1] not in before:
            return False  # "Europeans" alone are people; "the Europeans" act
        at = view.folded.rfind(previous[-1], 0, start)
    if view.phrase_before(at, m.lex.locatives) is not None and not _people(m, entity_id):
        return False  # "in Occidente", "in den Westen": a place (a people is none: "a los kurdos")
    if not _group_phrase(view, collective_words(m.lex.code), start):
        return False  # "due europei", "tres kurdos": some persons, not the group
    following = view.text[end:end + 2]
    return not (following[:1] == " " and following[1:].isupper())  # "West Bank": part of a longer name


def _adjective_role(view: TextView, words: CollectiveWords, start: int, end: int) -> str | None:
    """``head`` or ``act`` when the adjective stands next to such a noun, else None (a description)."""
    folded = view.folded
    after = folded[end:end + 40]
    gap = len(after) - len(after.lstrip(" "))
    rest = after[gap:]
    if gap:
        for kind, nouns in (("head", words.heads), ("act", words.acts)):
            for noun in nouns:
                if rest.startswith(noun) and not (rest[len(noun):len(noun) + 1].isalnum()):
                    return kind if kind == "act" or _group_phrase(view, words, start) else None
    previous = view.words_before(start, words.longest_head)
    if previous and start > 0 and folded[start - 1] == " ":
        for n in range(len(previous), 0, -1):
            phrase = " ".join(previous[-n:])
            if phrase in words.heads:
                head_start = folded.rfind(phrase, 0, start)
                return "head" if _group_phrase(view, words, head_start) else None
            if phrase in words.acts:
                return "act"
    return None


def _group_phrase(view: TextView, words: CollectiveWords, start: int) -> bool:
    """False for a head phrase that a number makes a few particular states ("two Western countries")
    or a preposition of place makes a location ("endemic in several African countries")."""
    before = view.words_before(start, 2)
    if before and (before[-1].isdigit() or before[-1] in words.numbers):
        return False
    return not any(w in words.places for w in before)
