"""The country an article is about: where a bare "il Senato" or "le chef de l'Etat" belongs."""
from __future__ import annotations

import re
from collections import Counter

from cronaca.document import Mention
from cronaca.link.automaton import Matcher


#: How far ahead of the runner-up the article's country must be for a bare title ("le Premier
#: ministre") to name its holder: an article naming France twice and China twice is about neither.
CLEAR_LEAD = 1.5
#: Weight a foreign country must reach (two mentions of it, or four of its places, bodies or people) for
#: an article in a language with a home country to be about it: one passing "a Kiev" is not enough.
FOREIGN_WEIGHT = 2.0


def title_country(kb_mentions: list[Mention], m: Matcher) -> str | None:
    """The article's country when it clearly leads (see ``article_country``), else None: a bare
    title names a person, and a wrong country names the wrong one. A foreign country leads in a
    language with a home country only when named more than in passing."""
    counts = _counts(kb_mentions, m)
    if not counts:
        return m.lex.home_country
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] < CLEAR_LEAD * ranked[1]:
        return None
    found = article_country(kb_mentions, m)
    if m.lex.home_country and found != m.lex.home_country and counts[found] < FOREIGN_WEIGHT:
        return m.lex.home_country  # "il sostegno a Kiev" in passing: "il premier" is still Italy's
    return found


def _counts(kb_mentions: list[Mention], m: Matcher) -> Counter[str]:
    counts: Counter[str] = Counter()
    for x in kb_mentions:
        entry = m.kb.entries[x.entity_id]
        if entry.country:
            counts[entry.country] += 1.0 if entry.type == "COUNTRY" else 0.5
    return counts


def article_country(kb_mentions: list[Mention], m: Matcher) -> str | None:
    """ISO3 of the country the article mentions most (the first one on a tie), else the language's
    home country. Its places, bodies and people count too: "Washington" and "Trump" make an
    article about the United States even where "Stati Uniti" is never written."""
    counts, first, _named = _country_weights(kb_mentions, m)
    if not counts:
        return m.lex.home_country
    return max(counts, key=lambda c: (counts[c], -first[c]))


#: Kinds of organisation that say where an article's actors are from, not which state acts: a company or
#: an outlet named in passing ("con la ayuda de Microsoft") does not make an article about its country.
STATELESS_KINDS = frozenset({"company", "media", "sports", "research", "ngo", "religious"})
#: A sentence's end between two countries' first namings: they were not named in one breath.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def clear_article_country(kb_mentions: list[Mention], m: Matcher, text: str) -> str | None:
    """The article's country only when the article is plainly about it, for a bare body noun to be its
    body: it leads every other country (weighed as in ``article_country``, less companies and outlets), or
    ties one named in a later sentence; and, when several countries are named, it is named as a country
    or by a person or body, not by its towns alone (or it is the language's home). A bare "Hacienda" or
    "Ministerio de Educación" is then that country's ministry; in an article naming "Estados Unidos, España
    e Israel" once each, or whose only Italian names are "PISA" read as the city, it is nobody's known ministry (institutions.py keeps it as a body of no known
    country). No country at all: the language's home, as for ``article_country``."""
    counts, first, named = _country_weights(kb_mentions, m, skip_kinds=STATELESS_KINDS)
    if not counts:
        return article_country(kb_mentions, m)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    top = ranked[0]
    if len(ranked) > 1 and counts[ranked[1]] == counts[top] \
            and not _SENTENCE_END.search(text, *sorted((first[top], first[ranked[1]]))):
        return None  # "Estados Unidos, España e Israel": a list of countries is about none of them
    return top if top in named or len(ranked) == 1 or top == m.lex.home_country else None


def _country_weights(kb_mentions: list[Mention], m: Matcher, skip_kinds: frozenset[str] = frozenset()
                     ) -> tuple[Counter[str], dict[str, int], set[str]]:
    """Each country's weight (1 for the country named, a half for its places, bodies and people, none
    for organisations of ``skip_kinds``), where it is first named, and the countries named otherwise
    than by their places."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    named: set[str] = set()
    for x in kb_mentions:
        entry = m.kb.entries[x.entity_id]
        if not entry.country or entry.kind in skip_kinds:
            continue
        counts[entry.country] += 1.0 if entry.type == "COUNTRY" else 0.5  # a city, body or person: half
        first.setdefault(entry.country, x.start)
        if entry.type != "PLACE":
            named.add(entry.country)
    return counts, first, named
