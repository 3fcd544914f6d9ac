"""A country named inside an amount's currency is no country the article names: "247,8 milliards de
dollars de Taïwan", "5 millones de pesos chilenos", "3 billion Hong Kong dollars", "200 Millionen
taiwanesische Dollar".

The currency nouns are data (``currency_nouns`` in link_settings.tsv). A mention counts as part of a
currency only in an amount: a digit shortly before the currency noun (or before the name, when the
noun follows it), so "le poids de l'Allemagne", "el peso de Alemania en la UE" (the weight, no
amount) keep their country.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon

#: How far before the currency noun (or the name before it) the amount's last digit may stand:
#: "247,8 milliards de dollars", "3.5 billion".
AMOUNT_REACH = 25
_PLACE_TYPES = frozenset({"COUNTRY", "PLACE"})


@cache
def _patterns(nouns: frozenset[str], particles: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    currency = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    spaced = "|".join(re.escape(p) for p in particles if not p.endswith(("'", "’")))
    elided = "|".join(re.escape(p) for p in particles if p.endswith(("'", "’")))
    link = rf"(?:(?:{spaced})\s+{'|' if elided else ''}{elided})" if spaced or elided else "(?!)"
    amount = rf"\d[^\d.;:!?\n]{{0,{AMOUNT_REACH}}}?(?<!\w)(?:{currency})\s+"
    # a name follows the currency after a particle ("dollars de Taïwan"), an adjective right after it
    # ("dollar canadien"); a name right after it starts the next phrase ("11 Millionen US-Dollar Asunción:")
    before_name = re.compile(rf"{amount}{link}\Z")
    before_adjective = re.compile(rf"{amount}{link}?\Z")
    after = re.compile(rf"[\s-]+(?:{currency})(?!\w)")
    return before_name, before_adjective, after


_AMOUNT_BEFORE = re.compile(rf"\d[^\d.;:!?\n]{{0,{AMOUNT_REACH}}}\Z")


def outside_currencies(mentions: list[Mention], folded: str, lex: LinkLexicon,
                       kb: KnowledgeBase) -> tuple[list[Mention], list[tuple[int, int]]]:
    """``mentions`` less the countries and places that name an amount's currency, and the spans of
    those (no other rule may read them as a name)."""
    if not lex.currency_nouns:
        return mentions, []
    before_name, before_adjective, after = _patterns(lex.currency_nouns, tuple(sorted(lex.particles)))
    kept, spans = [], []
    for x in mentions:
        entry = kb.entries.get(x.entity_id)
        if entry is not None and entry.type in _PLACE_TYPES:
            head = folded[max(0, x.start - 80):x.start]
            before = before_adjective if x.kind == "adjective" else before_name
            if before.search(head) or (after.match(folded, x.end) and _AMOUNT_BEFORE.search(head)):
                spans.append((x.start, x.end))
                continue
        kept.append(x)
    return kept, spans
