"""Nouns standing for a state named shortly before ("Russia rejected the accusations. The country also
criticized ...", "Ese país criticó", "Putin met Xi. His government criticized ...", "Il suo governo ha
criticato", "Seine Regierung kritisierte").

A country noun after an article or a demonstrative (``country_nouns`` of ``event_state_nouns.tsv``),
or a government noun after a demonstrative or a possessive (``government_nouns``), standing as a subject
(right before a verb trigger, or right after one in verb-second languages) becomes a mention of the
nearest country named before it in its sentence or the ``MAX_SENTENCES_BACK`` before; a government noun
also takes the country of the nearest person named there (the entity's ``country``, through the
document's own country entity of that code). "The government" alone is left alone: news says it of its
own country's government as well. Events whose actor comes only from such a mention are less sure
(``antecedents.lower_borrowed``) and say so in their rule (``STATE_NOUN``).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata
from cronaca.document import Document
from cronaca.extract.events.descriptions import Verbs, _verb_follows, _word_before, description_words
from cronaca.extract.events.lexicon import Lexicon
from cronaca.extract.events.units import Ref

#: the suffix an event's rule takes when its actors come only from such nouns
STATE_NOUN = "+state-noun"
#: the kind of the mentions added here (``Ref.kind``)
KIND = "state-noun"
#: sentences before the noun in which the state may be named
MAX_SENTENCES_BACK = 2


@dataclass(frozen=True, slots=True)
class StateNouns:
    """``event_state_nouns.tsv`` of one language, compiled."""

    pattern: re.Pattern[str]  # groups: lead (article, demonstrative, possessive), noun
    countries: frozenset[str]
    articles: frozenset[str]
    demonstratives: frozenset[str]
    possessives: frozenset[str]


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w[:-1]) + r"['’]\s*" if w.endswith("'") else re.escape(w) + r"\s+"
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def state_nouns(code: str) -> StateNouns | None:
    data = langdata.load(code)

    def items(key: str) -> frozenset[str]:
        return frozenset(x.lower() for x in data.listed("event_state_nouns.tsv", key))

    countries, governments = items("country_nouns"), items("government_nouns")
    articles, demonstratives, possessives = items("articles"), items("demonstratives"), items("possessives")
    if not countries and not governments:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(countries | governments, key=len, reverse=True))
    # "il suo governo": an article may stand before a possessive
    lead = rf"(?:(?:{_alternation(articles)})?(?:{_alternation(possessives)})|{_alternation(demonstratives)}|{_alternation(articles)})"
    pattern = re.compile(rf"(?<![\w'’])(?P<lead>{lead})(?P<noun>{nouns})(?!\w)", re.I)
    return StateNouns(pattern, countries, articles, demonstratives, possessives)


def state_refs(doc: Document, lex: Lexicon, verbs: Verbs, refs: list[Ref],
               sentences: list[tuple[int, int]]) -> tuple[list[Ref], list[Ref]]:
    """``refs`` with a mention added for every state noun standing as a subject that names a state named
    shortly before (see the module docstring), and the mentions added."""
    nouns = state_nouns(doc.language or "")
    words = description_words(doc.language or "")
    if nouns is None or words is None or not refs or not verbs.starts:
        return refs, []
    text = doc.text
    candidates = verbs.openings(nouns.pattern, text, lex.verb_second)
    if not candidates:
        return refs, []
    named = {r.start for r in refs}
    starts = [r.start for r in refs]
    s_starts = [s for s, _ in sentences]
    entities = {e.id: e for e in doc.entities}
    by_iso = {e.country: e.id for e in doc.entities if e.type == "COUNTRY" and e.country}
    added: list[Ref] = []
    for m in candidates:
        start, end = m.start(), m.end()
        if _word_before(text, start) in words.links:
            continue  # "with the country", "dal suo governo": no subject
        if end + 1 in named:
            continue  # "the government of", "das Land Thüringen": a name follows, the noun is its title
        j = start
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if not _verb_follows(text, end, verbs.start_set, words.links, named) \
                and not (lex.verb_second and j < start and j in verbs.ends):
            continue
        lead = m.group("lead").split()[-1].lower() if m.group("lead").strip() else ""
        country_noun = m.group("noun").lower() in nouns.countries
        bare = lead in nouns.articles or lead.rstrip("'’") + "'" in nouns.articles
        if not country_noun and bare:
            continue  # "the government": maybe the writer's own
        k = bisect.bisect_right(s_starts, start) - 1
        i = bisect.bisect_left(starts, start)
        inside = i - 1
        if inside >= 0 and refs[inside].end > start or i < len(starts) and starts[i] < end:
            continue  # part of a mention already
        state = _state(refs, starts, sentences, k, start, i, country_noun, entities, by_iso)
        if state is not None:
            added.append(Ref(start, end, (state,), KIND, "COUNTRY"))
    if not added:
        return refs, []
    return sorted([*refs, *added], key=lambda r: (r.start, -r.end)), added


def _state(refs: list[Ref], starts: list[int], sentences: list[tuple[int, int]], k: int, at: int, i: int,
           country_noun: bool, entities: dict, by_iso: dict[str, str]) -> str | None:
    """The state a noun at ``at`` (sentence ``k``, ``i`` refs before it) stands for: in its own sentence
    the nearest one named before it, in the sentences before the first (their subject, as a rule: "Putin
    met Xi. His government ...": Russia)."""

    def state_of(r: Ref) -> str | None:
        if len(r.ids) != 1:
            return None
        if r.etype == "COUNTRY":
            return r.ids[0]
        entity = entities.get(r.ids[0])
        if not country_noun and r.etype == "PERSON" and r.kind != "adjective" and entity is not None:
            return by_iso.get(entity.country or "")
        return None

    if k < 0:
        return None
    own = [x for x in (state_of(r) for r in refs[bisect.bisect_left(starts, sentences[k][0]):i]) if x]
    if own:
        return own[-1]
    for back in range(1, MAX_SENTENCES_BACK + 1):
        if k - back < 0:
            return None
        a, b = sentences[k - back]
        found = next((x for x in (state_of(r) for r in refs[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]) if x), None)
        if found is not None:
            return found
    return None
