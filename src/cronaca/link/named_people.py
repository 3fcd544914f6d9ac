"""A family name met after a person's full name is that person, even where a place or a body has that name.

"Whitney Houston ... la Houston", "Cristoforo Colombo ... «Colombo rappresenta il genocidio»": once an
article names a person in full, the family name alone refers back to them, although the KB knows a
city of that name, or an outlet or company named after the founder ("Mike Bloomberg ... Bloomberg
said": not the news agency). The person here is one outside the KB (KB people are settled by
resolve.py); the mention must come after the full name, and a locative preposition before it keeps
the place ("a Houston", "in Lincoln").
"""
from __future__ import annotations

from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.unknown import Unknown
from cronaca.link.view import TextView

_RULE = "surname:after-full-name"
#: What a family name may also name in the KB: a town ("Houston"), a company or an outlet named
#: after a founder ("Mike Bloomberg ... Bloomberg said"), a party or a group.
_NAMESAKE_TYPES = frozenset({"PLACE", "ORG", "MEDIA", "GROUP"})


def people_over_places(kb_mentions: list[Mention], unknowns: list[Unknown], view: TextView,
                       lex: LinkLexicon, kb: KnowledgeBase) -> list[Mention]:
    """``kb_mentions`` without the place names that are the family name of a person named in full
    before them; those mentions move to the person (in place)."""
    people: dict[str, tuple[int, Unknown]] = {}
    for unknown in unknowns:
        words = unknown.name.split()
        if unknown.type != "PERSON" or len(words) < 2 or not unknown.mentions:
            continue
        first = min(x.start for x in unknown.mentions)
        if words[-1] not in people or first < people[words[-1]][0]:
            people[words[-1]] = (first, unknown)
    if not people:
        return kb_mentions
    kept = []
    for x in kb_mentions:
        person = people.get(x.text)
        entry = kb.entries.get(x.entity_id)
        if person is None or entry is None or entry.type not in _NAMESAKE_TYPES or x.kind != "name" \
                or x.start <= person[0] or entry.type == "PLACE" and _after_locative(view, x.start, lex):
            kept.append(x)
            continue
        unknown = person[1]
        unknown.mentions.append(Mention(x.start, x.end, x.text, unknown.id, _RULE, min(x.confidence, 0.7),
                                        "surname"))
    return kept


def _after_locative(view: TextView, start: int, lex: LinkLexicon) -> bool:
    before = view.words_before(start, 1)
    return bool(before) and before[-1] in lex.locatives
