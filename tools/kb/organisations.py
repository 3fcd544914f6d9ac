"""organisations.jsonl: international organisations, institutions, parties, armed groups and media,
curated in tools/kb/curated/organisations.tsv (one row each, aliases and acronyms per language)."""
from __future__ import annotations

import re

from countries import country_ids
from kbfile import add_form, entity_id, read_tsv

TYPES = {"ORG", "GROUP", "MEDIA"}


def _forms(cell: str) -> list[tuple[str, str]]:
    """'it:ONU|fr:ONU' -> [('it', 'ONU'), ('fr', 'ONU')]."""
    out = []
    for item in filter(None, cell.split("|")):
        lang, sep, form = item.partition(":")
        if not sep or not form:
            raise SystemExit(f"organisations.tsv: bad form {item!r} (expected lang:form)")
        out.append((lang, form))
    return out


def display_name(name: str) -> str:
    """'Renaissance (French political party)' -> 'Renaissance' (the id keeps the qualifier)."""
    return re.sub(r"\s*\([^)]*\)$", "", name)


def build() -> list[dict]:
    rows = list(read_tsv("organisations.tsv"))
    ids = {row["name"]: entity_id(row["type"], row["name"], row["wikidata"] or None) for row in rows}
    entries = []
    for row in rows:
        if row["type"] not in TYPES:
            raise SystemExit(f"organisations.tsv: {row['name']}: type {row['type']!r}")
        aliases: dict[str, list[str]] = {}
        acronyms: dict[str, list[str]] = {}
        translated = _forms(row["aliases"])
        if "(" not in row["name"]:
            # A name given no translations is used as is in every language (Reuters, Hamas, Likud).
            plain = row["type"] != "ORG" or not any(lang not in ("en", "*") for lang, _ in translated)
            add_form(aliases, "*" if plain else "en", row["name"])
        for lang, form in translated:
            add_form(aliases, lang, form)
        for lang, form in _forms(row["acronyms"]):
            add_form(acronyms, lang, form)
        if row["parent"] and row["parent"] not in ids:
            raise SystemExit(f"organisations.tsv: {row['name']}: unknown parent {row['parent']!r}")
        country = row["country"] or None
        entries.append({
            "id": ids[row["name"]], "type": row["type"], "name": display_name(row["name"]),
            "country": country, "wikidata": row["wikidata"] or None,
            "parent": ids.get(row["parent"]) or (country_ids()[country] if country else None),
            "aliases": aliases, "acronyms": acronyms, "source": "curated",
        })
    return entries


def ids_by_name() -> dict[str, str]:
    """Canonical name (as in the TSV, and without qualifier) -> id, for role targets in people files."""
    out = {}
    for row in read_tsv("organisations.tsv"):
        org_id = entity_id(row["type"], row["name"], row["wikidata"] or None)
        out[row["name"]] = org_id
        out.setdefault(display_name(row["name"]), org_id)
    return out
