"""Checks one KB record against the schema (kb/data/SCHEMA.md) and says what is wrong in words a
user can act on: 'roles[1].start: "2024-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

TYPES = ("PERSON", "ORG", "COUNTRY", "PLACE", "GROUP", "MEDIA")
ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
         "finance_minister", "security_council_secretary", "secretary_general", "president", "spokesperson",
         "central_bank_governor", "party_leader", "military_chief", "other")
FIELDS = ("id", "type", "name", "country", "wikidata", "aliases", "acronyms", "adjectives", "roles", "capital",
          "parent", "population", "source", "institution", "kind", "name_order")
#: What an organisation is (``kind``): what a common noun may call it ("the company", "l'agence", "die
#: Partei": extract/role_nouns.py, link/descriptions.py); SCHEMA.md says what each covers.
ORG_KINDS = ("company", "agency", "ministry", "government", "parliament", "court", "prosecution", "police",
             "armed_forces", "intelligence", "central_bank", "party", "union", "business_association",
             "armed_group", "criminal_group", "media", "international", "ngo", "research", "sports", "religious",
             "collective", "people")
#: Which word of a name is the family name (``name_order``): the first ("Xi Jinping") or the last.
NAME_ORDERS = ("family_first", "given_first")
NAME_TABLES = ("aliases", "acronyms", "adjectives")
REF_FIELDS = ("capital", "parent", "source", "institution", "kind", "name_order")
ISO3 = re.compile(r"[A-Z]{3}")
QID = re.compile(r"Q[1-9]\d*")
LANG = re.compile(r"\*|[a-z]{2,3}")
PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class KBError(ValueError):
    """A knowledge-base file that breaks the schema; the message names file, line and reason."""


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int  # 0 when the problem concerns the whole file
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}" if self.line else f"{self.path}: {self.reason}"

    @classmethod
    def from_error(cls, error: KBError, path: str) -> "Problem":
        """Split 'file:line: reason' back into its parts."""
        text = str(error)
        if text.startswith(path + ":"):
            rest = text[len(path) + 1:]
            line, _, reason = rest.partition(": ")
            if line.isdigit():
                return cls(path, int(line), reason)
        return cls(path, 0, text)


def check_date(value: object) -> str | None:
    """The reason a role date is bad, or None when it is a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not isinstance(value, str):
        return f"{value!r} is not a date string (YYYY, YYYY-MM or YYYY-MM-DD)"
    match = PARTIAL_DATE.fullmatch(value)
    if not match:
        return f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return f"{value!r} is not a real date"
    return None


def _check_names(key: str, table: object) -> list[str]:
    if not isinstance(table, dict):
        return [f"{key} must be an object of language -> list of names, got {type(table).__name__}"]
    problems = []
    for lang, names in table.items():
        if not isinstance(lang, str) or not LANG.fullmatch(lang):
            problems.append(f"{key}: {lang!r} is not a language code (two or three letters, or '*')")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            problems.append(f"{key}.{lang}: must be a list of non-empty strings")
    return problems


def _check_roles(roles: object) -> list[str]:
    if not isinstance(roles, list):
        return ["roles must be a list"]
    problems = []
    for i, role in enumerate(roles):
        where = f"roles[{i}]"
        if not isinstance(role, dict):
            problems.append(f"{where} must be an object with role, of, start, end")
            continue
        unknown = set(role) - {"role", "of", "start", "end"}
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        if role.get("role") not in ROLES:
            problems.append(f"{where}.role: {role.get('role')!r} is not one of {', '.join(ROLES)}")
        if not isinstance(role.get("of"), str) or not role.get("of"):
            problems.append(f"{where}.of: missing (an ISO alpha-3 country code or an organisation id)")
        for key in ("start", "end"):
            if role.get(key) is not None:
                reason = check_date(role[key])
                if reason:
                    problems.append(f"{where}.{key}: {reason}")
        start, end = role.get("start"), role.get("end")
        if isinstance(start, str) and isinstance(end, str) and end[: len(start)] < start[: len(end)]:
            problems.append(f"{where}: ends ({end}) before it starts ({start})")
    return problems


def check_entry(record: object) -> list[str]:
    """Every reason the record is not a valid KB entry; empty when it is."""
    if not isinstance(record, dict):
        return [f"an entry must be an object, got {type(record).__name__}"]
    problems = []
    unknown = set(record) - set(FIELDS)
    if unknown:
        problems.append(f"unknown field(s) {', '.join(sorted(map(str, unknown)))}; known: {', '.join(FIELDS)}")
    for key in ("id", "type", "name"):
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{key}: missing or empty")
    entry_id = record.get("id")
    if isinstance(entry_id, str) and any(c.isspace() for c in entry_id):
        problems.append(f"id: {entry_id!r} contains whitespace (use a Wikidata id or kb:<type>:<slug>)")
    if isinstance(record.get("type"), str) and record["type"] and record["type"] not in TYPES:
        problems.append(f"type: {record['type']!r} is not one of {', '.join(TYPES)}")
    country = record.get("country")
    if country is not None and (not isinstance(country, str) or not ISO3.fullmatch(country)):
        problems.append(f"country: {country!r} is not an ISO 3166-1 alpha-3 code like 'ITA'")
    wikidata = record.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not QID.fullmatch(wikidata)):
        problems.append(f"wikidata: {wikidata!r} is not a Wikidata id like 'Q7747'")
    for key in NAME_TABLES:
        if record.get(key) is not None:
            problems.extend(_check_names(key, record[key]))
    if record.get("roles") is not None:
        problems.extend(_check_roles(record["roles"]))
    population = record.get("population")
    if population is not None and (not isinstance(population, int) or isinstance(population, bool)
                                   or population < 0):
        problems.append(f"population: {population!r} is not a non-negative integer")
    for key in REF_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            problems.append(f"{key}: must be a string")
    kind = record.get("kind")
    if isinstance(kind, str) and kind not in ORG_KINDS:
        problems.append(f"kind: {kind!r} is not one of {', '.join(ORG_KINDS)}")
    order = record.get("name_order")
    if isinstance(order, str) and order not in NAME_ORDERS:
        problems.append(f"name_order: {order!r} is not one of {', '.join(NAME_ORDERS)}")
    return problems
