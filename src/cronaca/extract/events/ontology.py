"""The PLOVER ontology as data: types, modes, scores, and which types are symmetric or need a target.

Language independent; read once per process from ``plover.tsv`` next to this module.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("plover.tsv")
EVIDENCE = Path(__file__).with_name("evidence.tsv")


@dataclass(frozen=True, slots=True)
class TypeMode:
    type: str
    mode: str | None
    score: float
    quad: int
    symmetric: bool
    needs_target: bool


@cache
def table() -> dict[tuple[str, str | None], TypeMode]:
    rows: dict[tuple[str, str | None], TypeMode] = {}
    with TABLE.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            mode = row["mode"].strip() or None
            rows[(row["type"], mode)] = TypeMode(row["type"], mode, float(row["score"]), int(row["quad"]),
                                                 row["symmetric"] == "yes", row["needs_target"] == "yes")
    return rows


@cache
def types() -> frozenset[str]:
    return frozenset(t for t, _ in table())


def lookup(type_: str, mode: str | None) -> TypeMode:
    """The row for type+mode, falling back to the type's own row for a mode the table lacks."""
    rows = table()
    return rows.get((type_, mode)) or rows[(type_, None)]


def intensity(type_: str, mode: str | None) -> float:
    return lookup(type_, mode).score


@cache
def one_party() -> dict[str, str]:
    """Type (or "TYPE mode", which wins over its type) -> keep | active | noun | drop: whether an event
    with a single party may be emitted (evidence.tsv)."""
    with EVIDENCE.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return {row["type"]: row["one_party"].strip() for row in csv.DictReader(lines, delimiter="\t")}
