"""A seat of government named where something happens is the building: "al Quirinale", "at the Kremlin".

News lets a palace stand for the body that works in it ("il Quirinale ha firmato", "the Kremlin said"):
the KB types such seats ORG (``kind`` ``seat``, tools/kb/curated/landmarks.yaml). Put after a
preposition of place ("si recherà al Quirinale", "la tensione a Montecitorio", "reunión en La Moneda",
"a meeting at the Kremlin", "im Kreml") the same name is the building, a PLACE, as the gold-set
guidelines read it (section 2: buildings are places; seats are ORG "when the text uses them as
actors"). Which words put a name in a place is per language in ``seat_prepositions.txt`` (lower case,
one phrase a line); a definite article may stand between ("at the Kremlin", "in the White House"). A
preposition after a word of saying ("ha scritto al Quirinale", ``said_to`` of link_settings.tsv)
introduces whom words went to, so the seat stays the body. The building is an entity outside the KB,
named by the KB's name ("Quirinal Palace"), one per seat.
"""
from __future__ import annotations

from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.unknown import Unknown
from cronaca.link.view import TextView

RULE = "seat:place"
SEAT_KIND = "seat"
#: How sure the building read from a preposition of place is.
SEAT_PLACE_CONFIDENCE = 0.7


@cache
def seat_prepositions(code: str) -> frozenset[str]:
    """The language's phrases that put a seat's name in a place (empty where the file is absent)."""
    return frozenset(" ".join(w.lower().split()) for w in langdata.load(code).words("seat_prepositions.txt"))


def seats_as_places(kb_mentions: list[Mention], view: TextView, lex: LinkLexicon,
                    kb: KnowledgeBase) -> tuple[list[Mention], list[Unknown]]:
    """``kb_mentions`` without the seats named as places, and those buildings (PLACE, outside the KB)."""
    phrases = seat_prepositions(lex.code)
    if not phrases:
        return kb_mentions, []
    kept: list[Mention] = []
    buildings: dict[str, Unknown] = {}
    for x in kb_mentions:
        entry = kb.entries.get(x.entity_id)
        if entry is None or entry.kind != SEAT_KIND or x.kind != "name" or not _placed(view, x, phrases, lex):
            kept.append(x)
            continue
        building = buildings.get(entry.id)
        if building is None:
            building = buildings[entry.id] = Unknown(entry.name, "PLACE", SEAT_PLACE_CONFIDENCE)
        building.mentions.append(Mention(x.start, x.end, x.text, "", RULE, SEAT_PLACE_CONFIDENCE, "name"))
    for building in buildings.values():
        building.settle()
    return kept, list(buildings.values())


def _placed(view: TextView, x: Mention, phrases: frozenset[str], lex: LinkLexicon) -> bool:
    """Does a phrase of place stand right before the mention (across a definite article: "at the
    Kremlin"; "all'Eliseo" lists the elided "all'"), with no word of saying before it?"""
    words = view.words_before(x.start, 4)
    if words and words[-1] in lex.definite_articles and words[-1] not in phrases:
        words = words[:-1]  # "at the Kremlin", "in the White House"
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]).replace("’", "'") in phrases:
            return (words[-n - 1] if len(words) > n else "") not in lex.said_to
    return False
