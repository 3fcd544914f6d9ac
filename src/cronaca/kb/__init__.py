"""The knowledge base: countries, places, organisations, media and people with dated roles.

Shipped as JSON Lines files under ``kb/data/`` (schema in ``kb/data/SCHEMA.md``), loaded once per
process into in-memory indexes. Users add or override entries with their own files (JSONL, YAML or
CSV, see ``read_entries``); an entry with the id of a shipped one replaces it whole.
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

from cronaca.kb.validate import ROLES, TYPES, KBError, Problem, check_entry

DATA = Path(str(resources.files("cronaca.kb").joinpath("data")))
ALL_LANGUAGES = "*"

__all__ = ["ALL_LANGUAGES", "DATA", "ROLES", "TYPES", "KBEntry", "KBError", "KnowledgeBase", "Problem", "Role",
           "check_file", "load", "read_entries", "version"]


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
    institution: str | None = None  # the kind of national body ("senate", "foreign_ministry"), see SCHEMA.md
    kind: str | None = None  # what an organisation is ("company", "agency", "party"...), see SCHEMA.md
    # "family_first" where a person's name (or a country's people's names) opens with the family name
    # ("Xi Jinping", "Kim Jong Un"), "given_first" for a person written otherwise than the country's
    # default; None: the country's order (people) or given name first (countries), see SCHEMA.md
    name_order: str | None = None

    def names(self, lang: str) -> list[str]:
        return self.aliases.get(lang, []) + self.aliases.get(ALL_LANGUAGES, [])

    def roles_on(self, day: date | None) -> list[Role]:
        return [r for r in self.roles if r.holds_on(day)]

    @classmethod
    def from_dict(cls, obj: dict) -> "KBEntry":
        # Positional arguments in field order: this runs ~18,000 times per load.
        get = obj.get
        roles = get("roles")
        return cls(
            obj["id"], obj["type"], obj["name"], get("country"), get("wikidata"), get("aliases") or {},
            get("acronyms") or {}, get("adjectives") or {},
            [Role(r["role"], r["of"], r.get("start"), r.get("end")) for r in roles] if roles else [],
            get("capital"), get("parent"), get("population"), get("source", ""), get("institution"),
            get("kind"), get("name_order"),
        )

    def to_dict(self) -> dict:
        """The JSONL form (empty fields left out), as the shipped files and user files write it."""
        out: dict = {"id": self.id, "type": self.type, "name": self.name}
        for key in ("country", "wikidata", "capital", "parent", "population", "institution", "kind", "name_order"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        for key in ("aliases", "acronyms", "adjectives"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.roles:
            out["roles"] = [{k: v for k, v in (("role", r.role), ("of", r.of), ("start", r.start),
                                               ("end", r.end)) if v is not None} for r in self.roles]
        if self.source:
            out["source"] = self.source
        return out


class KnowledgeBase:
    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: dict[str, KBEntry] = {}
        # the files the entries were read from, in order (set by ``load``): what tables derived from
        # this KB are keyed by in the disk cache; None (entries given in code) keeps them uncached
        self.sources: tuple[Path, ...] | None = None
        for entry in entries:
            self.entries[entry.id] = entry  # later files override earlier ones
        self._by_iso3 = {e.country: e for e in self.entries.values() if e.type == "COUNTRY" and e.country}
        self._institutions: dict[tuple[str, str], KBEntry] = {}
        for entry in self.entries.values():
            if entry.institution and entry.country:
                self._institutions.setdefault((entry.institution, entry.country), entry)
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

    def family_first(self, person: KBEntry) -> bool:
        """True when the person's name opens with the family name ("Xi Jinping", "Kim Jong Un"): the
        person's own ``name_order``, else the one of the person's country."""
        order = person.name_order
        if order is None and person.country:
            country = self._by_iso3.get(person.country)
            order = country.name_order if country is not None else None
        return order == "family_first"

    def institution(self, kind: str, iso3: str) -> KBEntry | None:
        """The national body of one kind ("senate", "armed_forces") of the country ``iso3``, if known:
        "il Senato" in an article about the United States is the United States Senate."""
        return self._institutions.get((kind, iso3))

    def holders(self, role: str, of: str, on: date | None) -> list[KBEntry]:
        """Who held ``role`` of ``of`` on that day (the current holder when ``on`` is None).

        On a handover day both the outgoing and the incoming holder match (ends are inclusive);
        the incoming one, with the later start, comes first."""
        found = [(r.start or "", entry) for r, entry in self._holders.get((role, of), []) if r.holds_on(on)]
        found.sort(key=lambda t: t[0], reverse=True)
        out: list[KBEntry] = []
        for _, entry in found:
            if entry not in out:
                out.append(entry)
        return out

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
        """Entries whose name, alias, acronym or id contains ``query`` (case-insensitive): exact
        matches first, then matches at the start of a word, then anywhere; within each, curated
        entries before seeded ones, then larger places, then by name."""
        q = query.casefold().strip()
        if not q:
            return []
        scored = []
        for entry in self.entries.values():
            forms = [entry.name, entry.id] + [a for names in entry.aliases.values() for a in names] \
                + [a for names in entry.acronyms.values() for a in names]
            folded = [f.casefold() for f in forms]
            if q in folded:
                tier = 0
            elif any(f.startswith(q) or f" {q}" in f or f"-{q}" in f for f in folded):
                tier = 1
            elif any(q in f for f in folded):
                tier = 2
            else:
                continue
            seeded = "curated" not in entry.source and "cldr" not in entry.source
            scored.append(((tier, seeded, -(entry.population or 0), entry.name, entry.id), entry))
        scored.sort(key=lambda t: t[0])
        return [entry for _, entry in scored[:limit]]


# ---------------------------------------------------------------- reading files

def _raw_records(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, raw record) of a user or shipped file; the format follows the suffix."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        from cronaca.kb.formats import yaml_records
        yield from yaml_records(path)
    elif suffix == ".csv":
        from cronaca.kb.formats import csv_records
        yield from csv_records(path)
    else:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise KBError(f"{path}:{lineno}: not valid JSON: {exc.msg} (column {exc.colno})") from None


def check_file(path: str | Path) -> list[Problem]:
    """Every problem in a KB file (bad syntax, missing fields, unknown types or roles, bad dates,
    duplicate ids), each with its line; an empty list means the file is good."""
    path = Path(path)
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    try:
        for lineno, record in _raw_records(path):
            problems.extend(Problem(str(path), lineno, reason) for reason in check_entry(record))
            entry_id = record.get("id") if isinstance(record, dict) else None
            if isinstance(entry_id, str) and entry_id:
                if entry_id in seen:
                    problems.append(Problem(str(path), lineno,
                                            f"id {entry_id!r} already used on line {seen[entry_id]}"))
                seen.setdefault(entry_id, lineno)
    except KBError as exc:
        problems.append(Problem.from_error(exc, str(path)))
    except OSError as exc:
        problems.append(Problem(str(path), 0, f"cannot read: {exc.strerror or exc}"))
    return problems


def read_entries(path: str | Path, validate: bool = True) -> Iterator[KBEntry]:
    """Entries of one KB file: JSON Lines (.jsonl/.json), YAML (.yaml/.yml, a list of entries) or CSV
    (.csv: id,type,name,country,aliases with aliases as ``lang:alias|lang:alias``). The first bad
    record raises KBError naming the file, line and reason. User entries without a source get the
    file name as their source."""
    path = Path(path)
    shipped = path.parent == DATA
    for lineno, record in _raw_records(path):
        if validate:
            reasons = check_entry(record)
            if reasons:
                raise KBError(f"{path}:{lineno}: {reasons[0]}")
        entry = KBEntry.from_dict(record)  # type: ignore[arg-type]
        if not entry.source and not shipped:
            entry.source = path.name
        yield entry


def load(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The shipped KB plus user files (later entries with the same id override earlier ones)."""
    return _load(tuple(str(p) for p in extra))


@cache
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    user = (entry for path in extra for entry in read_entries(Path(path)))
    kb = KnowledgeBase(_chain(_shipped(), user))
    kb.sources = (*sorted(DATA.glob("*.jsonl")), *(Path(path) for path in extra))
    return kb


@cache
def _shipped() -> tuple[KBEntry, ...]:
    """Parsed once per process and shared by every KB built with different user files."""
    return tuple(_shipped_entries())


_DECODER = json.JSONDecoder()


def _shipped_entries() -> Iterator[KBEntry]:
    """The shipped files, read on a fast path: they are written by tools/kb/build.py (one compact
    object per line, no comments) and validated by tests, so each line goes straight to the C
    decoder without json.loads' whitespace handling or per-record validation (~2x faster)."""
    decode = _DECODER.raw_decode
    for path in sorted(DATA.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line:
                continue
            try:
                yield KBEntry.from_dict(decode(line)[0])
            except (ValueError, KeyError, TypeError) as exc:
                raise KBError(f"{path}:{lineno}: {exc}") from None


def _chain(*iterables: Iterable[KBEntry]) -> Iterator[KBEntry]:
    for iterable in iterables:
        yield from iterable


def version() -> str:
    """The shipped KB's version line, e.g. '2026.11.0 2026-11-29'."""
    path = DATA / "VERSION"
    return path.read_text(encoding="utf-8").strip() if path.exists() else "unknown"
