"""A town's own police or prosecutors named by the town's adjective or name: "die Berliner Polizei", "die
Münchner Staatsanwaltschaft", "das Frankfurter Landgericht".

German makes an adjective of any town by an ending ("Berlin" -> "Berliner", "Bremen" -> "Bremer",
"München" -> "Münchner"); before a body every town has ("Polizei", "Staatsanwaltschaft", a court)
it says whose body it is, as "die Polizei in Berlin" does. The body is then one of its own, named as
written (institutions.py names "tribunale di Palermo" the same way), never the country's police.
The endings are per language (``town_adjective_endings`` in link_settings.tsv: "er>" strips "er",
"ner>en" strips "ner" and adds "en"); the town must be a KB place, so "Grüner", "Linker" or
"Deutscher" own nothing. English puts the town's name itself before the noun ("Kherson police",
"Chicago prosecutors"): the same town's body.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.link.automaton import Matcher
from cronaca.link.view import TextView

#: Kinds of body every town has one of, besides courts (institutions.py: ``_court``), and the domestic
#: intelligence office every German state has ("der Hamburger Verfassungsschutz").
TOWN_KINDS = frozenset({"police", "prosecution", "police_headquarters", "domestic_intelligence"})
_WORD_BEFORE = re.compile(r"(\w+) +$")


@cache
def town_adjective_endings(code: str) -> tuple[tuple[str, str], ...]:
    """(ending of the adjective, ending of the town) pairs, longest adjective ending first."""
    try:
        data = langdata.load(code)
    except langdata.LanguageDataError:
        return ()
    if not data.has("link_settings.tsv"):
        return ()
    value = data.settings("link_settings.tsv").get("town_adjective_endings", "")
    pairs = [tuple(p.strip().split(">", 1)) for p in value.split(",") if ">" in p]
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda p: -len(p[0])))


def town_adjective_before(start: int, view: TextView, m: Matcher) -> tuple[int, str] | None:
    """(start of the adjective, ISO3 of its town's country) when the word right before ``start``
    is a capitalised adjective of a KB town ("Berliner Polizei"), else None."""
    endings = town_adjective_endings(m.lex.code)
    if not endings:
        return None
    found = _WORD_BEFORE.search(view.text, max(0, start - 40), start)
    if found is None or not found.group(1)[:1].isupper():
        return None
    word = found.group(1)
    for ending, town_ending in endings:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        town = word[:-len(ending)] + town_ending
        country = _town_country(town, m)
        if country is not None:
            return found.start(1), country
    return None


def _town_country(name: str, m: Matcher) -> str | None:
    """The country of the KB town written exactly ``name`` (a capital's government included), or None."""
    for x in m.find(name, name.casefold()):
        if x.start != 0 or x.end != len(name):
            continue
        for form in x.forms:
            entry = m.kb.entries[form.entity_id]
            if form.kind == "name" and entry.type == "PLACE" and entry.population and entry.country:
                return entry.country
    return None


def town_name_before(start: int, view: TextView, m: Matcher, by_end: dict[int, Mention]) -> tuple[int, str] | None:
    """(start of the town's name, ISO3 of its country) when a KB town's name stands right before
    ``start`` as a noun adjunct ("Kherson police", "Chicago prosecutors"), else None."""
    town = by_end.get(start - 1)
    if town is None or view.text[town.end:start] != " " or town.kind != "name" or not view.text[start].islower():
        return None  # "Cleveland Police": a name of its own, which the unknown names read whole
    before = _WORD_BEFORE.search(view.text, max(0, town.start - 40), town.start)
    if before is not None and before.group(1)[:1].isupper() \
            and before.group(1).lower() not in m.lex.definite_articles | m.lex.function_words:
        return None  # "Greater Manchester police": the town is inside a longer name ("The Chicago police" is not)
    entry = m.kb.entries[town.entity_id]
    if entry.type != "PLACE" or not entry.population or not entry.country:
        return None
    return town.start, entry.country
