"""The country an article is about: where a bare "il Senato" or "le chef de l'Etat" belongs."""
from __future__ import annotations

from collections import Counter

from cronaca.document import Mention
from cronaca.link.automaton import Matcher


def article_country(kb_mentions: list[Mention], m: Matcher) -> str | None:
    """ISO3 of the country the article mentions most (the first one on a tie), else the language's
    home country. Its places, bodies and people count too: "Washington" and "Trump" make an
    article about the United States even where "Stati Uniti" is never written."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for x in kb_mentions:
        entry = m.kb.entries[x.entity_id]
        if entry.country:  # a city, a body or a person counts for its country, half as much
            counts[entry.country] += 1.0 if entry.type == "COUNTRY" else 0.5
            first.setdefault(entry.country, x.start)
    if not counts:
        return m.lex.home_country
    return max(counts, key=lambda c: (counts[c], -first[c]))
