"""countries.jsonl: every ISO 3166 country and territory, named in the supported languages.

Names come from CLDR (babel) per language; canonical English names, Wikidata ids, short forms and
acronyms, and demonym adjectives in every inflected form come from the curated tables.
"""
from __future__ import annotations

import re
from functools import cache

import pycountry
from babel import Locale

from kbfile import add_form, entity_id, read_tsv

LANGUAGES = ("it", "en", "fr", "es", "de", "ru", "zh")
ADJECTIVE_LANGUAGES = ("it", "en", "fr", "es", "de", "ru")
# Kosovo has no ISO 3166-1 code; XK / XKX are the codes in common use (EU, IMF, CLDR).
EXTRA_TERRITORIES = {"XKX": "XK"}


def _iso2_by_iso3() -> dict[str, str]:
    table = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    table.update(EXTRA_TERRITORIES)
    return table


@cache
def curated() -> dict[str, dict[str, str]]:
    return {row["country"]: row for row in read_tsv("countries.tsv")}


def canonical_name(iso3: str) -> str:
    override = curated().get(iso3, {}).get("name")
    if override:
        return override
    return _cldr_forms(Locale.parse("en").territories[_iso2_by_iso3()[iso3]])[0]


@cache
def country_ids() -> dict[str, str]:
    """ISO alpha-3 -> entity id (Wikidata id when curated, else kb:country:<slug>)."""
    return {iso3: entity_id("COUNTRY", canonical_name(iso3), curated().get(iso3, {}).get("wikidata") or None)
            for iso3 in _iso2_by_iso3()}


def _cldr_forms(name: str) -> list[str]:
    """'Myanmar (Burma)' -> ['Myanmar', 'Burma']; 'Congo - Kinshasa' -> ['Congo-Kinshasa']."""
    name = name.replace(" - ", "-").replace(" & ", " and " if name.isascii() else " & ")
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    return [match.group(1), match.group(2)] if match else [name]


#: A territory's CLDR name that is a saint's name alone ("San Martín", "Sainte-Hélène", "St. Martin") is,
#: in news, far more often a town, a street, a saint or a person ("José de San Martín") than the island:
#: for territories that are no UN member, such a form is left out (the longer official names stay).
SAINT_PREFIXES = ("san ", "santa ", "sant'", "sant’", "saint ", "saint-", "sainte-", "st. ", "sankt ")


def _saint_name(form: str) -> bool:
    low = form.lower()
    prefix = next((p for p in SAINT_PREFIXES if low.startswith(p)), None)
    return prefix is not None and not any(c in low[len(prefix):] for c in " -")


@cache
def _un_members() -> frozenset[str]:
    return frozenset(row["country"] for row in read_tsv("un_members.tsv"))


def build(capitals: dict[str, str]) -> list[dict]:
    """``capitals`` maps ISO alpha-3 to the entity id of the capital city."""
    locales = {lang: Locale.parse(lang).territories for lang in LANGUAGES}
    adjectives: dict[str, dict[str, list[str]]] = {}
    for lang in ADJECTIVE_LANGUAGES:
        for row in read_tsv(f"adjectives_{lang}.tsv"):
            adjectives.setdefault(row["country"], {})[lang] = row["forms"].split(",")
    extra = list(read_tsv("country_aliases.tsv"))
    entries = []
    for iso3, iso2 in sorted(_iso2_by_iso3().items()):
        name = canonical_name(iso3)
        aliases: dict[str, list[str]] = {}
        acronyms: dict[str, list[str]] = {}
        add_form(aliases, "en", name)
        for lang in LANGUAGES:
            cldr = locales[lang].get(iso2)
            if cldr:
                for form in _cldr_forms(cldr):
                    if iso3 not in _un_members() and _saint_name(form):
                        continue
                    add_form(aliases, lang, form)
        for row in extra:
            if row["country"] == iso3:
                add_form(acronyms if row["kind"] == "acronym" else aliases, row["lang"], row["form"])
        entries.append({
            "id": country_ids()[iso3], "type": "COUNTRY", "name": name, "country": iso3,
            "wikidata": curated().get(iso3, {}).get("wikidata") or None, "capital": capitals.get(iso3),
            "aliases": aliases, "acronyms": acronyms, "adjectives": adjectives.get(iso3, {}),
            "name_order": curated().get(iso3, {}).get("name_order") or None, "source": "cldr+curated",
        })
    unknown = set(adjectives) - set(_iso2_by_iso3())
    if unknown:
        raise SystemExit(f"adjective tables name unknown countries: {sorted(unknown)}")
    return entries
