"""people.jsonl: people with dated roles.

Two sources, merged by name:
- curated offices (tools/kb/curated/offices_*.tsv: role, of, name, start, end) and person facts
  (people.tsv: Wikidata id, country, aliases per language). Curated facts are authoritative.
- petrarch2's Phoenix.Countries.actors.txt (about 2014-2018): people with `[ISOGOV start-end]` lines.
  Its codes say only "government" or "elite", not which office, so a dated GOV interval becomes
  role ``other`` of that country; open-ended intervals (">080508") are dropped because the source
  cannot say whether they still hold (Merkel's ">051122" would make her chancellor forever).
  Only people with an interval touching 2005 or later are kept, with their full-name spellings.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cronaca.kb.validate import NAME_ORDERS, ROLES

from countries import country_ids
from kbfile import CURATED, add_form, entity_id, petrarch_dir, read_tsv, read_yaml
from organisations import countries_by_id, ids_by_name

DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
RECENT = "2005"
ROLE_LINE = re.compile(r"\[([A-Z]{3}[A-Z]*)\s*([<>]?)(\d{6,8})?(?:-(\d{6,8}))?\s*\]")


LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                         "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th",
                         "ʻ": "", "'": "", "’": ""})
EAST_ASIA = {"CHN", "TWN", "HKG", "JPN", "KOR", "PRK", "VNM", "MNG"}


def fold(name: str) -> str:
    """'Bronisław Komorowski' -> 'bronislaw komorowski'; 'Kassym-Jomart' -> 'kassym jomart'."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(LETTERS)).encode("ascii", "ignore").decode()
    return " ".join(ascii_name.casefold().replace("-", " ").replace(".", " ").split())


def same_person(a: str, b: str, country: str | None) -> bool:
    """Two spellings of one person of one country: 'Yulia Tymoshenko' / 'Yuliya Tymoshenko', or a
    middle name more ('William Ruto' / 'William Samoei Ruto'). East Asian names are matched exactly:
    every syllable matters there ('Kim Jong Il' is not 'Kim Yong Il', 'Cho Hyun' not 'Cho Chang Hyun')."""
    from difflib import SequenceMatcher

    ta, tb = fold(a).split(), fold(b).split()
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1] or country in EAST_ASIA:
        return False
    if len(ta) == len(tb):
        return all(x == y or SequenceMatcher(None, x, y).ratio() >= 0.8 for x, y in zip(ta, tb))
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return short[0] == long_[0] and len(long_) - len(short) == 1 and set(short) <= set(long_)


@dataclass
class Person:
    name: str
    country: str | None = None
    wikidata: str | None = None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    roles: list[dict] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)


# ---------------------------------------------------------------- petrarch2

def _petrarch_date(raw: str) -> str:
    if len(raw) == 8:
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    year = int(raw[:2])
    century = 2000 if year <= 30 else 1900
    return f"{century + year}-{raw[2:4]}-{raw[4:]}"


def _title_words() -> set[str]:
    """Words that make a petrarch synonym a title phrase ('PRESIDENT_PUTIN_'), not a name."""
    words = {"MR", "MRS", "MS", "DR", "SIR", "FORMER", "EX", "THE", "OF", "LATE", "GENERAL", "GEN", "COL",
             "KING", "QUEEN", "PRINCE", "SHEIKH", "EMIR", "SULTAN", "AYATOLLAH", "MINISTER", "PRESIDENT",
             "KANZLER", "BUNDESKANZLER", "CHANCELLOR", "PREMIER", "SENATOR", "SEN", "REP", "GOVERNOR"}
    for line in (petrarch_dir() / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        head = line.split("[")[0].split("#")[0].strip()
        if head and not head.startswith("+"):
            words.update(w for w in re.split(r"[_!\s]+", head.upper()) if len(w) > 2)
    for path in CURATED.glob("adjectives_en.tsv"):
        for row in read_tsv(path.name):
            words.update(form.upper() for form in row["forms"].split(","))
    return words


PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le",
             "du", "dos", "das", "ben", "bint", "ter"}
ROMAN = re.compile(r"[IVX]+")


def _readable(token_name: str) -> str:
    """'VLADIMIR_V._PUTIN_' -> 'Vladimir V. Putin'; 'BASHAR_AL-ASSAD' -> 'Bashar al-Assad';
    'ABDULLAH_II' -> 'Abdullah II' (petrarch writes names in capitals)."""
    words = [w for w in token_name.strip("_ ").split("_") if w]
    out = []
    for i, word in enumerate(words):
        if i and ROMAN.fullmatch(word):
            out.append(word)
            continue
        parts = [part.capitalize() for part in word.split("-")]
        if i and parts[0].lower() in PARTICLES:
            parts[0] = parts[0].lower()
        out.append("-".join(parts))
    return " ".join(out)


def petrarch_people() -> list[Person]:
    titles = _title_words()
    text = (petrarch_dir() / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace")
    records: list[tuple[str, list[str], list[tuple[str, str | None, str | None]]]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not raw[0].isspace() and not line.startswith("+") and not line.startswith("["):
            records.append((line.split("[")[0].strip(), [], []))
            line = line[len(line.split("[")[0]):]
        elif line.startswith("+") and records:
            records[-1][1].append(line[1:].split("[")[0].strip())
            continue
        if not records:
            continue
        for code, mark, first, second in ROLE_LINE.findall(line):
            if len(code) < 6 or code[3:6] != "GOV":
                continue
            start = _petrarch_date(first) if first and mark != "<" else None
            end = _petrarch_date(second) if second else (_petrarch_date(first) if first and mark == "<" else None)
            if mark == ">" or (start is None and end is None):
                continue  # open-ended or undated: the source cannot say when it ended
            if start and end and end < start:
                continue  # a typo in the source; no way to tell which date is wrong
            records[-1][2].append((code[:3], start, end))
    people = []
    for token_name, synonyms, roles in records:
        recent = [r for r in roles if (r[2] or "9999") >= RECENT]
        if not recent or " " in token_name.strip("_"):
            continue
        person = Person(_readable(token_name), sources={"petrarch2"})
        for iso3, start, end in roles:
            if iso3 in country_ids():
                person.roles.append({"role": "other", "of": iso3, "start": start, "end": end})
        if not person.roles:
            continue
        person.country = max(person.roles, key=lambda r: r["end"] or "")["of"]
        add_form(person.aliases, "*", person.name)
        for synonym in synonyms:
            words = [w for w in synonym.strip("_ ").split("_") if w]
            if len(words) >= 2 and not any(w.upper().strip(".") in titles for w in words):
                add_form(person.aliases, "*", _readable(synonym))
        people.append(person)
    return people


# ---------------------------------------------------------------- curated

def _check_date(value: str, where: str) -> str | None:
    if not value:
        return None
    if not DATE.fullmatch(value):
        raise SystemExit(f"{where}: bad date {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _landmark_ids() -> dict[str, str]:
    """Landmark institutions by name (landmarks.yaml: "Kremlin", "White House"), so an office can be held
    at one: the Kremlin's spokesman is not the foreign ministry's, though both speak for Russia."""
    return {item["name"]: entity_id(item["type"], item["name"], item.get("wikidata"))
            for item in read_yaml("landmarks.yaml")}


def curated_people() -> dict[str, Person]:
    orgs = {**_landmark_ids(), **ids_by_name()}
    people: dict[str, Person] = {}
    for path in sorted(CURATED.glob("offices_*.tsv")):
        for n, row in enumerate(read_tsv(path.name), start=2):
            where = f"{path.name}: row {n} ({row['name']})"
            if row["role"] not in ROLES:
                raise SystemExit(f"{where}: unknown role {row['role']!r}")
            of = row["of"]
            if of not in country_ids():
                if of not in orgs:
                    raise SystemExit(f"{where}: {of!r} is neither an ISO alpha-3 code nor an organisation")
                of = orgs[of]
            start, end = _check_date(row["start"], where), _check_date(row["end"], where)
            if start and end and end < start:
                raise SystemExit(f"{where}: ends before it starts")
            person = people.setdefault(fold(row["name"]), Person(row["name"], sources={"curated"}))
            person.roles.append({"role": row["role"], "of": of, "start": start, "end": end})
            if person.country is None and row["of"] in country_ids():
                person.country = row["of"]
    org_countries = countries_by_id()
    for person in people.values():
        if person.country is None:
            person.country = next((org_countries[r["of"]] for r in person.roles if r["of"] in org_countries), None)
    for row in read_tsv("people.tsv"):
        person = people.setdefault(fold(row["name"]), Person(row["name"], sources={"curated"}))
        person.country = row["country"] or person.country
        person.wikidata = row["wikidata"] or person.wikidata
        for item in filter(None, row["aliases"].split("|")):
            lang, _, form = item.partition(":")
            add_form(person.aliases, lang, form)
    return people


def _name_orders(people: dict[str, Person]) -> dict[str, str]:
    """name_order.tsv: the people whose names are written in another order than their country's
    (countries.tsv), by folded name; a row naming nobody of the KB stops the build."""
    orders = {}
    for n, row in enumerate(read_tsv("name_order.tsv"), start=2):
        if row["name_order"] not in NAME_ORDERS:
            raise SystemExit(f"name_order.tsv: row {n} ({row['name']}): {row['name_order']!r} is not one of "
                             f"{', '.join(NAME_ORDERS)}")
        if fold(row["name"]) not in people:
            raise SystemExit(f"name_order.tsv: row {n}: no KB person is named {row['name']!r}")
        orders[fold(row["name"])] = row["name_order"]
    return orders


def _latin_keys(person: Person) -> set[str]:
    """Folded spellings a petrarch name may match: the name and every Latin-script alias."""
    keys = {fold(person.name)}
    for forms in person.aliases.values():
        keys.update(fold(form) for form in forms if form.isascii() or fold(form).isascii())
    keys.discard("")
    return keys


def build() -> list[dict]:
    people = curated_people()
    by_spelling: dict[str, str] = {}
    for key, person in people.items():
        for spelling in _latin_keys(person):
            by_spelling.setdefault(spelling, key)
    by_surname: dict[tuple[str, str | None], list[str]] = {}
    for key, person in people.items():
        by_surname.setdefault((fold(person.name).split()[-1], person.country), []).append(key)
    for seed in petrarch_people():
        key = next((by_spelling[k] for k in [fold(seed.name)] + sorted(_latin_keys(seed)) if k in by_spelling),
                   None)
        if key is None:
            candidates = by_surname.get((fold(seed.name).split()[-1], seed.country), [])
            key = next((k for k in sorted(candidates) if same_person(people[k].name, seed.name, seed.country)),
                       fold(seed.name))
        if key in people:
            known = people[key]
            known.sources.add("petrarch2")
            for lang, forms in seed.aliases.items():
                for form in forms:
                    add_form(known.aliases, lang, form)
            # petrarch's vague 'other' intervals add nothing where curated offices exist
            if not known.roles:
                known.roles = seed.roles
        else:
            people[key] = seed
    orders = _name_orders(people)
    entries, seen = [], set()
    for person in sorted(people.values(), key=lambda p: (p.name, p.wikidata or "")):
        add_form(person.aliases, "*", person.name)
        person.aliases["*"] = [person.name] + [a for a in person.aliases["*"] if a != person.name]
        pid = entity_id("PERSON", person.name, person.wikidata)
        if pid in seen:
            pid = f"{pid}-{(person.country or 'x').lower()}"
        seen.add(pid)
        roles = sorted(person.roles, key=lambda r: (r["start"] or "", r["role"], r["of"]))
        entries.append({
            "id": pid, "type": "PERSON", "name": person.name, "country": person.country,
            "wikidata": person.wikidata, "aliases": person.aliases,
            "roles": [{k: v for k, v in r.items() if v is not None} for r in roles],
            "name_order": orders.get(fold(person.name)), "source": "+".join(sorted(person.sources)),
        })
    return entries
