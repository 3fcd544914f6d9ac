"""The knowledge base: countries, places, organisations, media and people with dated roles.

Shipped as JSON Lines files under ``kb/data/`` (schema in ``kb/data/SCHEMA.md``), loaded once per
process into in-memory indexes. Users add or override entries with their own files.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("cronaca.kb").joinpath("data")))
TYPES = ("PERSON", "ORG", "COUNTRY", "PLACE", "GROUP", "MEDIA")
ALL_LANGUAGES = "*"


class KBError(ValueError):
    """A knowledge-base file that breaks the schema; the message names file, line and reason."""


@dataclass(frozen=True, slots=True)
class Role:
    role: str  # head_of_state, head_of_government, foreign_minister, ... (see SCHEMA.md)
    of: str  # ISO 3166-1 alpha-3 country code, or the id of an organisation
    start: str | None = None  # YYYY-MM-DD (or YYYY-MM / YYYY); None = unknown / always
    end: str | None = None  # None = still holds it

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        iso = day.isoformat()
        return (self.start is None or self.start[: len(iso)] <= iso) and (
            self.end is None or iso <= _end_bound(self.end))


def _end_bound(value: str) -> str:
    """The last day a partial date covers: '2018' -> '2018-12-31'."""
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        return value + "-31"
    return value


@dataclass(slots=True)
class KBEntry:
    id: str
    type: str
    name: str  # canonical English name
    country: str | None = None  # ISO 3166-1 alpha-3 (for a country: its own code)
    wikidata: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)  # language ("*" = any) -> names
    acronyms: dict[str, list[str]] = field(default_factory=dict)  # case-sensitive short forms
    adjectives: dict[str, list[str]] = field(default_factory=dict)  # demonym adjectives, every form
    roles: list[Role] = field(default_factory=list)
    capital: str | None = None  # entity id of the capital (countries)
    parent: str | None = None  # entity id of the containing country (places, organisations)
    population: int | None = None
    source: str = ""  # where the entry came from: "cldr", "geonames", "petrarch2", "curated", a user file

    def names(self, lang: str) -> list[str]:
        return self.aliases.get(lang, []) + self.aliases.get(ALL_LANGUAGES, [])

    def roles_on(self, day: date | None) -> list[Role]:
        return [r for r in self.roles if r.holds_on(day)]

    @classmethod
    def from_dict(cls, obj: dict) -> "KBEntry":
        roles = [Role(r["role"], r["of"], r.get("start"), r.get("end")) for r in obj.get("roles", [])]
        return cls(
            id=obj["id"], type=obj["type"], name=obj["name"], country=obj.get("country"),
            wikidata=obj.get("wikidata"), aliases=obj.get("aliases", {}),
            acronyms=obj.get("acronyms", {}), adjectives=obj.get("adjectives", {}), roles=roles,
            capital=obj.get("capital"), parent=obj.get("parent"), population=obj.get("population"),
            source=obj.get("source", ""),
        )


class KnowledgeBase:
    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: dict[str, KBEntry] = {}
        for entry in entries:
            self.entries[entry.id] = entry  # later files override earlier ones
        self._by_iso3 = {e.country: e for e in self.entries.values() if e.type == "COUNTRY" and e.country}
        self._holders: dict[tuple[str, str], list[tuple[Role, KBEntry]]] = defaultdict(list)
        for entry in self.entries.values():
            for role in entry.roles:
                self._holders[(role.role, role.of)].append((role, entry))

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, entity_id: str) -> bool:
        return entity_id in self.entries

    def get(self, entity_id: str) -> KBEntry | None:
        return self.entries.get(entity_id)

    def country(self, iso3: str) -> KBEntry | None:
        return self._by_iso3.get(iso3)

    def holders(self, role: str, of: str, on: date | None) -> list[KBEntry]:
        """Who held ``role`` of ``of`` on that day (the current holder when ``on`` is None)."""
        return [entry for r, entry in self._holders.get((role, of), []) if r.holds_on(on)]

    def surface_forms(self, lang: str) -> Iterator[tuple[str, str, str]]:
        """(surface form, entity id, kind) for every name, acronym and adjective usable in ``lang``."""
        for entry in self.entries.values():
            for name in entry.names(lang):
                yield name, entry.id, "name"
            for acronym in entry.acronyms.get(lang, []) + entry.acronyms.get(ALL_LANGUAGES, []):
                yield acronym, entry.id, "acronym"
            for adjective in entry.adjectives.get(lang, []):
                yield adjective, entry.id, "adjective"

    def search(self, query: str, limit: int = 20) -> list[KBEntry]:
        """Entries whose name or alias contains ``query`` (case-insensitive), exact matches first."""
        q = query.casefold().strip()
        scored = []
        for entry in self.entries.values():
            forms = [entry.name, entry.id] + [a for names in entry.aliases.values() for a in names] \
                + [a for names in entry.acronyms.values() for a in names]
            folded = [f.casefold() for f in forms]
            if q in folded:
                scored.append((0, entry.name, entry))
            elif any(q in f for f in folded):
                scored.append((1, entry.name, entry))
        return [e for _, _, e in sorted(scored, key=lambda t: (t[0], t[1]))[:limit]]


def read_entries(path: Path) -> Iterator[KBEntry]:
    """Entries of one JSONL file; a bad line raises KBError naming the file and line."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                obj = json.loads(line)
                entry = KBEntry.from_dict(obj)
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise KBError(f"{path}:{lineno}: {type(exc).__name__}: {exc}") from None
            if entry.type not in TYPES:
                raise KBError(f"{path}:{lineno}: type {entry.type!r} is not one of {', '.join(TYPES)}")
            yield entry


def load(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The shipped KB plus user files (later entries with the same id override earlier ones)."""
    return _load(tuple(str(p) for p in extra))


@cache
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    files = sorted(DATA.glob("*.jsonl")) + [Path(p) for p in extra]
    return KnowledgeBase(entry for path in files for entry in read_entries(path))
