"""Per-language alias tables: curated/aliases_<lang>.tsv adds names and acronyms in one language to
entries built from any other table (countries, places, organisations, people).

Columns: ``entity`` (the canonical name or the id of an existing entry), ``kind`` (alias | acronym) and
``form``. Kept apart from the entity tables so that one language's forms ("Госдума", "Минобороны",
"Майкрософт") can be curated without touching the rows other people edit. An entity that no table
builds is an error: a typo must not vanish silently.
"""
from __future__ import annotations

from kbfile import CURATED, add_form, read_tsv

KINDS = {"alias": "aliases", "acronym": "acronyms"}


def apply(entries: list[dict]) -> int:
    """Add every aliases_<lang>.tsv form to its entry in ``entries`` (in place); returns the count."""
    by_key: dict[str, dict] = {}
    for entry in entries:
        by_key.setdefault(entry["id"], entry)
    for entry in entries:
        by_key.setdefault(entry["name"], entry)
    added = 0
    for path in sorted(CURATED.glob("aliases_*.tsv")):
        lang = path.stem.split("_", 1)[1]
        for row in read_tsv(path.name):
            entry = by_key.get(row["entity"])
            if entry is None:
                raise SystemExit(f"{path.name}: no entry named or with id {row['entity']!r}")
            if row["kind"] not in KINDS:
                raise SystemExit(f"{path.name}: {row['entity']}: kind {row['kind']!r} (alias | acronym)")
            add_form(entry.setdefault(KINDS[row["kind"]], {}), lang, row["form"])
            added += 1
    return added
