"""Shared pieces of the KB build scripts: slugs, curated-table reading and the JSONL writer.

The build is deterministic: entries are written sorted by id with a fixed key order, so a rebuild from
the same inputs gives byte-identical files and a diff shows only real changes.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CURATED = Path(__file__).resolve().parent / "curated"
OUT = ROOT / "src" / "cronaca" / "kb" / "data"
PETRARCH = ROOT.parent.parent / "shared" / "resources" / "petrarch2"
KEY_ORDER = ("id", "type", "name", "country", "wikidata", "capital", "parent", "population", "aliases",
             "acronyms", "adjectives", "roles", "source", "institution", "kind",
             "name_order")


def petrarch_dir() -> Path:
    """petrarch2 dictionaries: ../shared/resources/petrarch2 beside the repo, or /work/shared."""
    for candidate in (ROOT.parent / "shared" / "resources" / "petrarch2", PETRARCH,
                      Path("/work/shared/resources/petrarch2")):
        if candidate.is_dir():
            return candidate
    raise SystemExit("petrarch2 dictionaries not found (expected ../shared/resources/petrarch2)")


def slug(text: str) -> str:
    """ASCII slug for ids: 'Élysée Palace' -> 'elysee-palace'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def entity_id(type_: str, name: str, wikidata: str | None = None) -> str:
    return wikidata or f"kb:{type_.lower()}:{slug(name)}"


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a curated TSV (header row, '#' comment lines), empty cells as ''."""
    with (CURATED / name).open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items()}


def read_yaml(name: str) -> list[dict]:
    with (CURATED / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or []


def add_form(table: dict[str, list[str]], lang: str, form: str) -> None:
    """Append a name form once; straight-apostrophe twins are added for curly ones (CLDR uses ’)."""
    form = " ".join(form.split())
    if not form:
        return
    forms = table.setdefault(lang, [])
    for variant in (form, form.replace("’", "'")):
        if variant not in forms:
            forms.append(variant)


def compact(entry: dict) -> dict:
    """Fixed key order, empty fields dropped (the loader reads absent fields as empty)."""
    out = {}
    for key in KEY_ORDER:
        value = entry.get(key)
        if value in (None, "", [], {}):
            continue
        out[key] = value
    return out


def write_jsonl(filename: str, entries: Iterable[dict]) -> int:
    from cronaca.kb.validate import check_entry

    rows = sorted((compact(e) for e in entries), key=lambda e: e["id"])
    for row in rows:
        reasons = check_entry(row)
        if reasons:
            raise SystemExit(f"{filename}: {row['id']} ({row['name']}): {'; '.join(reasons)}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise SystemExit(f"{filename}: duplicate ids {dupes[:10]}")
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / filename).open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    return len(rows)
