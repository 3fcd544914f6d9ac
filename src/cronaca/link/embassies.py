"""A country's embassy: "the U.S. Embassy in Kyiv", "l'ambasciata russa a Roma", "die deutsche Botschaft
in Kabul", "l'ambassade de France à Kiev".

An embassy speaks for itself in the news ("the embassy said"), so it is a body of its own, not the
country (institutions.py finds its country as for any national body). A town after a locative
preposition is its seat: the body is then named as Wikipedia titles embassies, "Embassy of the United
States, Kyiv", and the town stays a place of its own. Without a seated town the embassy is named as
written ("U.S. Embassy", "ambasciata degli Stati Uniti d'America in Myanmar"). In front of an embassy
("davanti all'ambasciata britannica", "in front of the Israeli Embassy": ``site_words`` of
link_settings.tsv within a few words before it) it is the place of a protest, not a body acting: no
entity then, and the country's adjective stays the country's.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca import lang as langdata

from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.view import TextView

#: The kind of body (institution_nouns.tsv) of embassies.
EMBASSY = "embassy"
#: Wikipedia's title of an embassy seated in a town.
TITLE = "Embassy of {country}, {town}"
_LOCATIVE = re.compile(r" +(\S+) +")
_WORDS = re.compile(r"\w+")
#: How many words before an embassy a site word may stand ("in front of the").
SITE_REACH = 4


@cache
def site_words(code: str) -> frozenset[str]:
    """Words that make the noun after them a site ("davanti", "outside", "devant"): link_settings.tsv."""
    try:
        data = langdata.load(code)
    except langdata.LanguageDataError:
        return frozenset()
    if not data.has("link_settings.tsv"):
        return frozenset()
    value = data.settings("link_settings.tsv").get("site_words", "")
    return frozenset(w.strip().lower() for w in value.split(",") if w.strip())


def at_site(start: int, view: TextView, code: str) -> bool:
    """True when a site word stands among the few words before ``start`` in its sentence."""
    words = site_words(code)
    if not words:
        return False
    before = view.folded[max(0, start - 40):start]
    before = re.split(r"[.;:!?\n]", before)[-1]
    return any(w in words for w in _WORDS.findall(before)[-SITE_REACH:])


def seat_after(end: int, view: TextView, locatives: frozenset[str], kb: KnowledgeBase,
               by_start: dict[int, Mention]) -> Mention | None:
    """The town or country named after a locative right after ``end`` ("in Kyiv", "a Roma", "à
    Kiev"), or None."""
    found = _LOCATIVE.match(view.text, end)
    if found is None or found.group(1).lower() not in locatives:
        return None
    seat = by_start.get(found.end())
    if seat is None or seat.kind != "name" or kb.entries[seat.entity_id].type not in ("PLACE", "COUNTRY"):
        return None
    return seat


def seat_town(seat: Mention | None, kb: KnowledgeBase) -> str | None:
    """The name of the town a seat mention names: the town, or the capital a metonym stands for
    ("Guatemala's Washington embassy"); None for a country or no seat."""
    if seat is None:
        return None
    entry = kb.entries[seat.entity_id]
    if entry.type == "COUNTRY" and seat.kind == "metonym" and entry.capital in kb.entries:
        return kb.entries[entry.capital].name
    return entry.name if entry.type == "PLACE" and entry.population else None


def embassy_title(country: str, town: str | None) -> str | None:
    """"Embassy of the United States, Kyiv" for a seat in a town; None without one."""
    return None if town is None else TITLE.format(country=country, town=town)
