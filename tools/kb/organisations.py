"""organisations.jsonl: international organisations, institutions, parties, armed groups and media,
curated in tools/kb/curated/organisations.tsv (one row each, aliases and acronyms per language)."""
from __future__ import annotations

import re

from countries import country_ids
from kbfile import CURATED, add_form, entity_id, read_tsv

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


def curated_rows() -> list[dict[str, str]]:
    """Rows of organisations.tsv, then of organisations_<topic>.tsv (same columns; kept apart so that
    topic tables, e.g. the bodies of Russian news, can grow without conflicts). A topic row naming an
    organisation already listed adds its aliases and acronyms to the first row instead of repeating it,
    and its ``kind`` and ``institution`` (optional columns of a topic table) where the first has none."""
    rows: dict[str, dict[str, str]] = {}
    files = ["organisations.tsv"] + sorted(p.name for p in CURATED.glob("organisations_*.tsv"))
    for name in files:
        for row in read_tsv(name):
            first = rows.get(row["name"])
            if first is None:
                rows[row["name"]] = row
                continue
            for column in ("aliases", "acronyms"):
                extra = row[column].lstrip("!")
                first[column] = "|".join(filter(None, [first[column], extra]))
            for column in OWN_COLUMNS:
                if row.get(column) and not first.get(column):
                    first[column] = row[column]
    return list(rows.values())


#: Optional columns of a topic table: what the organisation is and the kind of national body it is, kept
#: on the row itself so that a table of new bodies need not add lines to organisation_kinds.tsv and
#: institutions.tsv as well.
OWN_COLUMNS = ("kind", "institution")


def institutions(rows: list[dict[str, str]] | None = None) -> dict[str, str]:
    """Organisation name -> the kind of national body it is (curated/institutions.tsv, then the
    ``institution`` column of topic tables)."""
    found = {row["name"]: row["institution"] for row in read_tsv("institutions.tsv")}
    for row in rows or ():
        if row.get("institution"):
            if found.get(row["name"], row["institution"]) != row["institution"]:
                raise SystemExit(f"{row['name']}: institution {row['institution']!r} and "
                                 f"{found[row['name']]!r} in institutions.tsv")
            found[row["name"]] = row["institution"]
    return found


#: The organisation kind of each kind of national body (institutions.tsv): a foreign ministry is a ministry.
INSTITUTION_KINDS = {
    "parliament": "parliament", "lower_house": "parliament", "senate": "parliament", "congress": "parliament",
    "armed_forces": "armed_forces", "navy": "armed_forces", "air_force": "armed_forces", "police": "police",
    "prosecution": "prosecution", "supreme_court": "court", "constitutional_court": "court",
}


def organisation_kinds() -> dict[str, str]:
    """Organisation name (without qualifier) -> what it is (curated/organisation_kinds.tsv)."""
    return {row["name"]: row["kind"] for row in read_tsv("organisation_kinds.tsv")}


def kind_of(row: dict[str, str], institution: str | None, curated: dict[str, str]) -> str | None:
    """What an organisation is, where certain: the curated kind, else a MEDIA row's ("media"), else the kind
    of its national body ("foreign_ministry": a ministry); None when nothing says."""
    found = curated.get(row["name"]) or curated.get(display_name(row["name"])) or row.get("kind")
    if found:
        return found
    if row["type"] == "MEDIA":
        return "media"
    if institution:
        return INSTITUTION_KINDS.get(institution) or ("ministry" if institution.endswith("_ministry") else None)
    return None


def build() -> list[dict]:
    rows = curated_rows()
    kinds = institutions(rows)
    what = organisation_kinds()
    named = {row["name"] for row in rows} | {display_name(row["name"]) for row in rows}
    stray = sorted(set(what) - named)
    if stray:
        raise SystemExit(f"organisation_kinds.tsv: not in organisations*.tsv: {', '.join(stray)}")
    unknown = sorted(set(kinds) - {row["name"] for row in rows})
    if unknown:
        raise SystemExit(f"institutions.tsv: not in organisations*.tsv: {', '.join(unknown)}")
    ids = {row["name"]: entity_id(row["type"], row["name"], row["wikidata"] or None) for row in rows}
    entries = []
    for row in rows:
        if row["type"] not in TYPES:
            raise SystemExit(f"organisations.tsv: {row['name']}: type {row['type']!r}")
        aliases: dict[str, list[str]] = {}
        acronyms: dict[str, list[str]] = {}
        # '!' before the aliases: the name is an ordinary phrase when not capitalised ("le monde",
        # "la stampa", "lega"), so it is offered only as a case-sensitive form.
        case_sensitive = row["aliases"].startswith("!")
        translated = _forms(row["aliases"].lstrip("!"))
        if case_sensitive and "(" not in row["name"]:
            add_form(acronyms, "*", display_name(row["name"]))
        elif "(" not in row["name"]:
            # A name given no translations is used as is in every language (Reuters, Hamas, Likud).
            # One-word names (Bundestag, Knesset, Gazprom, Mossad) are proper names every language writes
            # as they are, translated or not.
            # A "translation" that is the name itself ("it:Amnesty International") says the language
            # keeps the name, not that it has its own.
            plain = row["type"] != "ORG" or " " not in row["name"] \
                or not any(lang not in ("en", "*") and form != row["name"] for lang, form in translated)
            add_form(aliases, "*" if plain else "en", row["name"])
            bare = _without_article(row)
            if bare:  # "il Wall Street Journal", "laut dem Wall Street Journal": every language drops "The"
                add_form(aliases, "*", bare)
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
            "institution": kinds.get(row["name"]),
            "kind": kind_of(row, kinds.get(row["name"]), what),
        })
    return entries


#: Outlets whose English title begins with "The": other languages, and English after another determiner,
#: write the name without it. Only names of two words or more after the article: a one-word rest is an
#: ordinary noun ("The Guardian", "The Times", "The Hill").
MEDIA_ARTICLE = "The "


def _without_article(row: dict[str, str]) -> str | None:
    """"The Wall Street Journal" -> "Wall Street Journal" for an outlet; None for anything else."""
    name = row["name"]
    if row["type"] != "MEDIA" or not name.startswith(MEDIA_ARTICLE) or "(" in name:
        return None
    rest = name[len(MEDIA_ARTICLE):]
    return rest if " " in rest else None


def ids_by_name() -> dict[str, str]:
    """Canonical name (as in the TSV, and without qualifier) -> id, for role targets in people files."""
    out = {}
    for row in curated_rows():
        org_id = entity_id(row["type"], row["name"], row["wikidata"] or None)
        out[row["name"]] = org_id
        out.setdefault(display_name(row["name"]), org_id)
    return out


# ---------------------------------------------------------------- petrarch2 armed groups

ACRONYM_IN_NAME = re.compile(r"\(([A-Z][A-Z0-9-]{1,9})\)")
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "del", "la", "al", "el"}
# A name must say it is a group: petrarch's file also lists individuals, and bare phrases ("21 June",
# "La Liga") would be found in ordinary text.
GROUP_WORDS = re.compile(
    r"\b(army|armies|front|movement|brigades?|group|organi[sz]ation|party|league|forces?|militias?|council|"
    r"cells?|nuclei|nucleus|commandos?|faction|liberation|resistance|jihad|islamic|revolutionary|tigers|union|"
    r"alliance|committee|battalions?|corps|mujahideen|mujahidin|hezbollah|hizbollah|jamaat|jemaah|lashkar|"
    r"jaish|harakat|ansar|guards?|squads?|network|legion|fighters|struggle|insurgents|rebels|youth|"
    r"martyrs|vanguard|command|fedayeen|jama'at|tehrik|taliban|mayi-mayi|mai-mai|ulfa)\b", re.I)


def _plausible_group(name: str) -> bool:
    return len(name.split()) >= 2 and not re.search(r"[\d+/()]", name) and bool(GROUP_WORDS.search(name))


def _group_name(token_name: str) -> tuple[str, str | None]:
    """'BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_' -> ('Basque Fatherland and Freedom', 'ETA')."""
    raw = token_name.strip("_ ").replace("_", " ")
    match = ACRONYM_IN_NAME.search(raw)
    acronym = match.group(1) if match else None
    words = ACRONYM_IN_NAME.sub("", raw).split()
    name = " ".join(w.lower() if i and w.lower() in SMALL_WORDS else "-".join(p.capitalize() for p in w.split("-"))
                    for i, w in enumerate(words))
    return name, acronym


def petrarch_groups(known_spellings: set[str]) -> list[dict]:
    """Armed and militant groups from Phoenix.MilNonState.actors.txt not already curated: English
    names and their (ACRONYM)s, the country from the code's first three letters when it is one."""
    from countries import country_ids
    from kbfile import petrarch_dir
    from people import fold

    text = (petrarch_dir() / "Phoenix.MilNonState.actors.txt").read_text(encoding="utf-8", errors="replace")
    records: list[tuple[str, list[str], str | None]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+") and records:
            records[-1][1].append(line[1:].split("[")[0])
        elif not raw[0].isspace() and not line.startswith("["):
            code = re.search(r"\[([A-Z]{3})", line)
            records.append((line.split("[")[0], [], code.group(1) if code else None))
    entries, seen = [], set()
    for token_name, synonyms, code in records:
        name, acronym = _group_name(token_name)
        if not _plausible_group(name) or fold(name) in known_spellings:
            continue
        spellings = [name] + [_group_name(s)[0] for s in synonyms]
        if any(fold(s) in known_spellings for s in spellings):
            continue
        entry_id = entity_id("GROUP", name)
        if entry_id in seen:
            continue
        seen.add(entry_id)
        aliases: dict[str, list[str]] = {}
        acronyms: dict[str, list[str]] = {}
        for spelling in spellings:
            if _plausible_group(spelling):
                add_form(aliases, "en", spelling)
        for synonym in [token_name] + synonyms:
            short = _group_name(synonym)[1]
            if short and len(short) >= 3:
                add_form(acronyms, "en", short)
        country = code if code in country_ids() else None
        entries.append({"id": entry_id, "type": "GROUP", "name": name, "country": country,
                        "parent": country_ids().get(country) if country else None,
                        "aliases": aliases, "acronyms": acronyms, "source": "petrarch2",
                        "kind": "armed_group"})
    return entries


def build_all() -> list[dict]:
    """Curated organisations plus petrarch2's armed groups that are not curated."""
    from people import fold

    curated = build()
    spellings = {fold(e["name"]) for e in curated}
    for entry in curated:
        for table in (entry["aliases"], entry["acronyms"]):
            spellings.update(fold(f) for forms in table.values() for f in forms)
    return curated + petrarch_groups(spellings)


def countries_by_id() -> dict[str, str]:
    """Organisation id -> ISO alpha-3 of its country (national bodies, parties, groups, media)."""
    return {entity_id(row["type"], row["name"], row["wikidata"] or None): row["country"]
            for row in curated_rows() if row["country"]}
