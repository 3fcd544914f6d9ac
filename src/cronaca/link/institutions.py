"""National bodies named by a common noun: "il Senato", "the Russian foreign ministry", "US-Justizministerium".

A noun from ``institution_nouns.tsv`` takes its country, strongest evidence first, from
- a country adjective next to it ("il ministero della Giustizia iracheno", "the Russian foreign
  ministry", "l'esercito israeliano"),
- a country named right before it ("Afghanistan's Ministry of Foreign Affairs", "Rumäniens
  Staatsanwaltschaft", "US-Senat") or after a particle ("the parliament of Georgia"),
- the article: a noun that names a body by itself (``alone``, written with a capital where only
  names are capitalised: "il Senato", "el Congreso", "der Kongress") is that body of the country
  the article mentions most (``home_country`` of link_settings.tsv when it names none).
A lower-case noun with no country names no particular actor unless the same body was already named
in the article: it is then one more mention of it. A country's force ("the military", "la polizia",
"die Armee", ``NATIONAL_FORCES``) is that of the country the passage and the article clearly name, as
for a bare "il governo" (governed.py), when the KB knows it: "The military says" in an article about
the Central African Republic; a noun modifying another ("the military base") is no body.

The body found is the KB entry of that kind and country (``KnowledgeBase.institution``); a body the
KB does not know becomes an entity outside it, named as the text names it. A government
(``acts_as`` COUNTRY) is the country acting, as the gold-set guidelines read "il governo tedesco".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pycountry

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.link.adjuncts import noun_adjunct
from cronaca.link.gazetteer import is_town
from cronaca.link.automaton import Match, Matcher
from cronaca.link.controllers import controller_country
from cronaca.link.country import article_country, clear_article_country
from cronaca.link.embassies import EMBASSY, at_site, embassy_title, seat_after, seat_town
from cronaca.link.governed import GovernedCountry
from cronaca.link.lexicon import InstitutionNoun, LinkLexicon
from cronaca.link.town_bodies import TOWN_KINDS, town_adjective_before, town_name_before
from cronaca.link.unknown import Unknown
from cronaca.link.view import TextView

_WORD = re.compile(r"\w+")
#: Kinds of body a country has one of, acting as the state's force: a bare "la polizia" of an article
#: about Bolivia is Bolivia's police. Courts, embassies and prosecutors are many per country.
NATIONAL_FORCES = frozenset({"armed_forces", "police", "navy", "air_force"})


def _force(body: InstitutionNoun) -> bool:
    """A national force named as a body ("the army", "la polizia"); "troops", "forces" are the
    country acting (acts_as COUNTRY) and keep the government's reading."""
    return body.kind in NATIONAL_FORCES and body.acts_as == "ORG"
#: Text allowed between a country's name and the body it owns: "US-Senat", "Afghanistan's Ministry".
_OWNER_JOINS = ("-", "'s ", "’s ", " ", "' ", "’ ")


@dataclass(slots=True)
class InstitutionResult:
    mentions: list[Mention] = field(default_factory=list)  # KB bodies and countries acting
    unknowns: list[Unknown] = field(default_factory=list)  # bodies the KB does not know
    consumed: set[int] = field(default_factory=set)  # starts of adjective mentions a government took
    covered: list[tuple[int, int]] = field(default_factory=list)


def resolve_institutions(matches: list[Match], kb_mentions: list[Mention], view: TextView,
                         m: Matcher) -> InstitutionResult:
    result = InstitutionResult()
    taken = {x.start for x in kb_mentions}
    found = [x for x in matches if x.institution is not None and x.title is None
             and (not x.forms or _unread_surname(x, taken))]
    split = _split_index(m.lex)
    if not found and not (split and any(x.kind == "adjective" for x in kb_mentions)):
        return result
    kb = m.kb
    by_start = {x.start: x for x in kb_mentions}
    by_end = {x.end: x for x in kb_mentions}
    country_of = {x.start: x for x in kb_mentions if kb.entries[x.entity_id].type == "COUNTRY"}
    places = {x.start: x.end for x in kb_mentions if kb.entries[x.entity_id].type in ("COUNTRY", "PLACE")}
    home = article_country(kb_mentions, m)
    clear_home = clear_article_country(kb_mentions, m, view.text)  # whose body a bare "Hacienda" is, if plain
    governed = GovernedCountry.of(kb_mentions, view, m)  # whose a bare "il governo" is
    # bodies already named by the KB ("the Pakistani army"): a later "the military" is one of them
    named: dict[str, str] = {}
    forces: dict[str, set[str]] = {}  # every body of a kind named: with two, a bare "the army" is neither
    for x in kb_mentions:
        entry = kb.entries[x.entity_id]
        if entry.institution and entry.country:
            named.setdefault(entry.institution, entry.id)
            forces.setdefault(entry.institution, set()).add(entry.id)
    unknowns: dict[tuple[str, str | None], Unknown] = {}
    pending: list[tuple[Match, InstitutionNoun]] = []
    if split:
        _split_bodies(split, kb_mentions, view, m, result, unknowns, named)
    split_spans = list(result.covered)
    owned: list[tuple[int, str | None]] = []  # (end, country) of each body with a country of its own
    for x in found:
        body = x.institution
        if body.capital_only and (not view.text[x.start].isupper() or _ends_longer_name(x, view, by_end, m.lex)):
            continue  # "un tesoro", "una hacienda": the ordinary word; "National Treasury": a name of its own
        if any(s <= x.start < e for s, e in split_spans):
            continue  # "ministero" of "il ministero ucraino della Difesa": read whole above
        if _inside_name(x, view, m, country_of, places):
            continue  # "Comisión de Seguridad del Senado", "Congreso Nacional": a longer name
        owner = _owner(x, view, m, by_start, by_end, country_of)
        if owner is None and body.acts_as == "COUNTRY" and (view.word_after(x.end) in m.lex.subnational_modifiers
                                                           or _system_sense(x, view, m)):
            continue  # "el gobierno provincial": a region's; "el régimen de excepción": no government at all
        if owner is None and body.kind == "government" and (seat := _seat_after(x, view, m, by_start)):
            owner = (seat, x.start, x.end)  # "das Regime in Moskau", "the government in Kyiv"
        if owner is None and (held_by := controller_country(x.start, x.end, view, kb, m.lex.code,
                                                            m.lex.definite_articles, by_start, by_end)):
            owner = (held_by, x.start, x.end)  # "der von der Hamas kontrollierte Zivilschutz"
        if owner is None and body.kind == "government":
            held, country = _holder_after(x, view, m, by_start, country_of)
            if held and country is None:
                # "il governo di Al Maliqi": a holder the KB cannot place; the country the passage
                # and the article clearly name, as for a bare "il governo" ("el gobierno de Cambiemos")
                clear = governed.at(x.start)
                if clear is not None:
                    _emit(result, unknowns, named, body, clear, x.start, x.end, view, m, False)
                continue
            if country is not None:
                owner = (country, x.start, x.end)  # "el gobierno de Joe Biden": his country's
        # (a capitalised noun, or a court's: "la regione del Caucaso" is a region, "la polizia dell'Ohio"
        # some police; "la Procura di Roma", "il tribunale di Palermo" are bodies)
        place = _place_after(x, view, m, by_start) if owner is None and body.acts_as == "ORG" and (
            view.text[x.start].isupper() or body.kind in canonical_bodies()[0] or _court(body)) else None
        if place is not None and m.kb.institution(body.kind, m.kb.entries[place.entity_id].country) is None:
            # "Corte d'appello di Palermo", "tribunale di Palermo": the body of a town, named by both;
            # the town stays a place too, as the gold set reads "Policía Fronteriza de Uyuni"
            _emit(result, unknowns, named, body, m.kb.entries[place.entity_id].country, x.start, place.end,
                  view, m, True, own=True)
            continue
        if place is None and owner is None and _court(body) and (town := _gazetteer_town_after(x, view, m, by_start)):
            # "la cour d'appel de Versailles", "le tribunal de Pau": a town the KB leaves out for its
            # common-word name is still the seat of the court named by it (the town stays a place too)
            _emit(result, unknowns, named, body, None, x.start, town, view, m, True, own=True)
            _emit_town(unknowns, view, town, m)
            continue
        if owner is not None and body.kind == EMBASSY:
            # "the U.S. Embassy in Kyiv"; "Guatemala's Washington embassy": a capital before it is the seat
            capital = by_end.get(x.start - 1)
            if capital is not None and capital.rule == "metonym:capital" and capital.start == owner[1]:
                owner = _possessor(capital.start, x.end, view, m, by_end, country_of)
                if owner is None:
                    continue  # "the Moscow embassy": whose is not said
            else:
                capital = None
            if not at_site(owner[1], view, m.lex.code):  # "davanti all'ambasciata britannica": a place
                _emit_embassy(result, unknowns, owner, x, view, m, by_start, capital)
            continue
        if owner is None and (body.kind in TOWN_KINDS or _court(body)) \
                and (town := town_adjective_before(x.start, view, m)
                     or town_name_before(x.start, view, m, by_end)) is not None:
            # "die Berliner Polizei", "die Münchner Staatsanwaltschaft", "Kherson police": the town's own body
            _emit(result, unknowns, named, body, town[1], town[0], x.end, view, m, True, own=True)
            continue
        if owner is not None and body.kind in canonical_bodies()[0] and not _by_adjective(owner, x, by_start, by_end):
            owner = None  # "the ball is in Russia's court": only "a Russian court" is the country's court
        if owner is None and _same_own_body(result, unknowns, body, x, view, m.lex.name_modifiers):
            continue  # "Corte d'appello di Palermo" ... "il collegio della Corte d'appello"
        if owner is None and (shared := _coordinated_owner(x, view, m, owned)) is not None:
            owner = (shared, x.start, x.end)  # "del Parlamento inglese e del Ministero degli Esteri"
        if owner is not None:
            country, start, end = owner
            owned.append((end, country))
        elif body.acts_as == "ORG" and body.kind not in canonical_bodies()[0] and not _force(body) \
                and _same_body(result, unknowns, named, body, x, view):
            continue  # "the US Senate ... the Senate": the body named before
        elif body.alone and body.acts_as == "COUNTRY" and _capitalised_as_name(x, view, m):
            bare = _own_home(body, governed.at(x.start), m)  # "il Governo": the passage's country, if clear
            if bare is None:
                continue
            country, start, end = bare, x.start, x.end
        elif body.alone and _capitalised_as_name(x, view, m) and home is not None:
            country, start, end = _own_home(body, clear_home, m), x.start, x.end
        else:
            pending.append((x, body))
            continue
        _emit(result, unknowns, named, body, country, start, end, view, m, owner is not None)
    for x, body in pending:  # no country of its own: only a body the article already named
        if _force(body) and (noun_adjunct(view.text, x.end, m.lex)
                             or view.word_after(x.end) in m.lex.subnational_modifiers):
            continue  # "the military base", "la polizia municipale": no force of the state acts
        if _force(body) and not _definite(x, view, m):
            if len(forces.get(body.kind, ())) == 1:  # the one the text names: "its army's", "as army raises"
                _same_body(result, unknowns, named, body, x, view)
            continue
        if not _definite(x, view, m) or body.kind in canonical_bodies()[0]:
            # ("the court" after "a Bosnian court": descriptions.py weighs every court named before)
            continue  # "eine rechte Regierung", "a military": some body, not a particular one
        if body.acts_as == "COUNTRY":  # "il governo": the government of the passage's country
            bare = governed.at(x.start) if body.kind == "government" else None
            if bare is not None and (bare in governed.named or bare == m.lex.home_country
                                     or _capitalised_as_name(x, view, m) or governed.dominant(bare)):
                # (a country never named must dominate: "political parties control the government" in
                # an essay naming Trump and Obama is no actor)
                _emit(result, unknowns, named, body, bare, x.start, x.end, view, m, False)
            continue
        if _force(body):
            force = governed.at(x.start)
            entry = kb.institution(body.kind, force) if force is not None else None
            if entry is not None and force in governed.named \
                    and not _other_country_nearby(x, force, view, country_of, m):
                _emit(result, unknowns, named, body, force, x.start, x.end, view, m, False)
                continue
            if forces.get(body.kind) and (force is not None and entry is not None
                                          or len(forces[body.kind]) > 1):
                continue  # another country's force, or several named: whose is not said
        _same_body(result, unknowns, named, body, x, view)
    result.unknowns = list({id(u): u for u in unknowns.values()}.values())
    for unknown in result.unknowns:
        unknown.settle()
    return result


def _split_bodies(split: dict[str, list[tuple[str, InstitutionNoun]]], kb_mentions: list[Mention],
                  view: TextView, m: Matcher, result: InstitutionResult,
                  unknowns: dict[tuple[str, str | None], Unknown], named: dict[str, str]) -> None:
    """Bodies a country adjective splits: "le ministère ukrainien de la Défense", "il ministero ucraino
    della Difesa": the noun's first word right before the adjective and the rest of its phrase, from a
    particle on, right after it. French puts the nationality there; the automaton only sees whole
    phrases (titles.py reads "le ministre russe des Affaires étrangères" the same way)."""
    for x in kb_mentions:
        entry = m.kb.entries[x.entity_id]
        if x.kind != "adjective" or entry.type != "COUNTRY" or not entry.country \
                or any(s <= x.start < e for s, e in result.covered):
            continue
        before = view.words_before(x.start, 1)
        if not before or before[-1] not in split:
            continue
        for rest, body in split[before[-1]]:
            end = x.end + len(rest)
            if view.folded[x.end:end] != rest or view.folded[end:end + 1].isalnum():
                continue
            start = view.folded.rfind(before[-1], 0, x.start)
            _emit(result, unknowns, named, body, entry.country, start, end, view, m, True)
            break


@cache
def _split_index_of(code: str, bodies: tuple[InstitutionNoun, ...],
                    particles: tuple[str, ...]) -> dict[str, list[tuple[str, InstitutionNoun]]]:
    found: dict[str, list[tuple[str, InstitutionNoun]]] = {}
    for body in bodies:
        first, _, rest = body.phrase.partition(" ")
        if rest and any(rest.startswith(p + " ") or p.endswith("'") and rest.startswith(p) for p in particles):
            found.setdefault(first, []).append((" " + rest, body))
    for options in found.values():
        options.sort(key=lambda o: -len(o[0]))  # longest phrase first
    return found


#: id(lexicon) -> (lexicon, its split index): looked up by identity, since the cache of
#: ``_split_index_of`` hashes every body of the language's tuple on each article.
_SPLIT_OF_LEXICON: dict[int, tuple[LinkLexicon, dict[str, list[tuple[str, InstitutionNoun]]]]] = {}
SPLIT_CACHE_LIMIT = 64


def _split_index(lex: LinkLexicon) -> dict[str, list[tuple[str, InstitutionNoun]]]:
    """First word -> (rest of the phrase with its leading space, body) for bodies of several words
    whose second word is a particle ("ministère" -> " de la défense")."""
    known = _SPLIT_OF_LEXICON.get(id(lex))
    if known is not None and known[0] is lex:
        return known[1]
    found = _split_index_of(lex.code, lex.institutions, lex.particles)
    if len(_SPLIT_OF_LEXICON) < SPLIT_CACHE_LIMIT:
        _SPLIT_OF_LEXICON[id(lex)] = (lex, found)  # (the lexicon is kept: its id is never reused)
    return found


def _own_home(body: InstitutionNoun, home: str | None, m: Matcher) -> str | None:
    """The country a bare government noun means. Where every noun is capitalised the capital says
    nothing, and "die Bundesregierung" in an article about China is still the government of a country
    where the language is spoken (``small_town_countries``): the passage's, else the language's home."""
    if body.acts_as != "COUNTRY" or not m.lex.common_word_everywhere or not m.lex.home_country:
        return home
    if home is None:
        return m.lex.home_country
    found = pycountry.countries.get(alpha_3=home)
    return home if found is not None and found.alpha_2 in m.lex.small_town_countries else m.lex.home_country


def _same_body(result: InstitutionResult, unknowns: dict[tuple[str, str | None], Unknown],
               named: dict[str, str], body: InstitutionNoun, x: Match, view: TextView) -> bool:
    """Add ``x`` as one more mention of the one body of its kind the article named already."""
    text = view.text[x.start:x.end]
    target = named.get(body.kind)
    if target is not None:
        result.mentions.append(Mention(x.start, x.end, text, target, "institution:coref", 0.6, "name"))
        result.covered.append((x.start, x.end))
        return True
    same = [u for (kind, _), u in unknowns.items() if kind == body.kind]
    if len(same) == 1:
        same[0].mentions.append(Mention(x.start, x.end, text, "", "institution:coref", 0.55, "name"))
        result.covered.append((x.start, x.end))
        return True
    return False


def _emit(result: InstitutionResult, unknowns: dict[tuple[str, str | None], Unknown],
          named: dict[str, str], body: InstitutionNoun, country: str | None, start: int, end: int,
          view: TextView, m: Matcher, explicit: bool, own: bool = False) -> None:
    """``own``: the span names a body of its own (a town's court), never the country's body of the kind."""
    text = view.text[start:end]
    result.covered.append((start, end))
    rule = "institution:country" if explicit else "institution:article"
    if body.acts_as == "COUNTRY":
        if country is None:
            return
        country_id = m.kb.country(country).id if m.kb.country(country) else None
        if country_id is None:
            return
        result.mentions.append(Mention(start, end, text, country_id, "metonym:organisation",
                                       0.75 if explicit else 0.6, "metonym"))
        return
    entry = m.kb.institution(body.kind, country) if country and not own else None
    if entry is not None:
        named.setdefault(body.kind, entry.id)
        result.mentions.append(Mention(start, end, text, entry.id, rule, 0.8 if explicit else 0.65, "name"))
        return
    # a town's court is a body of its own: no later bare noun ("la corte") is taken for it here
    key = ("own:" + body.kind, text.lower()) if own else (body.kind, country)
    unknown = unknowns.get(key)
    if unknown is None:
        unknown = unknowns[key] = Unknown(_body_name(body, country, text, own, m), "ORG",
                                          0.7 if explicit else 0.6)
    unknown.mentions.append(Mention(start, end, text, "", rule, unknown.confidence, "name"))


def _emit_town(unknowns: dict[tuple[str, str | None], Unknown], view: TextView, end: int, m: Matcher) -> None:
    """The gazetteer town ending at ``end`` that names a court's seat, a place of its own too."""
    start = end - len(view.text[:end].split()[-1])
    name = view.text[start:end]
    unknown = unknowns.get(("own:town", name))
    if unknown is None:
        unknown = unknowns[("own:town", name)] = Unknown(name, "PLACE", 0.6)
    unknown.mentions.append(Mention(start, end, name, "", "institution:seat-town", 0.6, "name"))


def _emit_embassy(result: InstitutionResult, unknowns: dict[tuple[str, str | None], Unknown],
                  owner: tuple[str, int, int], x: Match, view: TextView, m: Matcher,
                  by_start: dict[int, Mention], capital: Mention | None = None) -> None:
    """An embassy is a body of its own, with its seat when a town follows ("in Kyiv") or a capital
    comes before it ("Guatemala's Washington embassy"): one entity per country and seat, named by
    Wikipedia's title or, without a seated town, as written."""
    country, start, end = owner
    start, end = min(start, x.start), max(end, x.end)
    seat = capital or seat_after(end, view, m.lex.locatives, m.kb, by_start)
    if seat is not None and capital is None:
        end = seat.end
    text = view.text[start:end]
    entry = m.kb.country(country)
    title = embassy_title(country_in_phrase(entry.name, canonical_bodies()[1]),
                          seat_town(seat, m.kb)) if entry else None
    name = title or text[:1].upper() + text[1:]
    key = ("own:" + EMBASSY, name.casefold())
    unknown = unknowns.get(key)
    if unknown is None:
        unknown = unknowns[key] = Unknown(name, "ORG", 0.7)
    unknown.mentions.append(Mention(start, end, text, "", "institution:embassy", 0.7, "name"))
    result.covered.append((start, end))


#: Canonical names are English Wikipedia titles whatever the article's language: the templates for a
#: country's body the KB lacks are read from this language's folder (canonical_bodies.tsv).
CANONICAL_LANGUAGE = "en"


@cache
def canonical_bodies() -> tuple[dict[str, str], frozenset[str]]:
    """Kind of body -> name template ("court" -> "Court of {country}"), and the countries' English short
    forms that take "the" in a phrase ("Netherlands")."""
    data = langdata.load(CANONICAL_LANGUAGE)
    templates = {r["institution"].strip(): r["name"].strip() for r in data.table("canonical_bodies.tsv")}
    return templates, frozenset(data.words("definite_country_names.txt"))


def country_in_phrase(name: str, definite: frozenset[str]) -> str:
    """A country's English short form as it reads after "of": "the Netherlands", "the Gambia", "Chile"."""
    if name.startswith("The "):
        return "the " + name[4:]
    return "the " + name if name in definite else name


def _body_name(body: InstitutionNoun, country: str | None, text: str, own: bool, m: Matcher) -> str:
    templates, definite = canonical_bodies()
    template = templates.get(body.kind)
    entry = m.kb.country(country) if country and template and not own else None
    if entry is None:
        return text[:1].upper() + text[1:] if own else text  # "tribunale di Palermo": a name
    return template.format(country=country_in_phrase(entry.name, definite))


def _by_adjective(owner: tuple[str, int, int], x: Match, by_start: dict[int, Mention],
                  by_end: dict[int, Mention]) -> bool:
    """True when the country owning the body is named by its adjective ("a Bosnian court", "un tribunal
    chileno"), not by its name ("Russia's court")."""
    _, start, end = owner
    edge = by_start.get(start) if start < x.start else by_end.get(end) if end > x.end else None
    return edge is not None and edge.kind == "adjective"


def _same_own_body(result: InstitutionResult, unknowns: dict[tuple[str, str | None], Unknown],
                   body: InstitutionNoun, x: Match, view: TextView, modifiers: frozenset[str]) -> bool:
    """Add ``x`` to the one town's body of its kind whose name it begins ("Corte d'appello" after
    "Corte d'appello di Palermo"); False when there is none or more than one, or when a word of a
    longer name follows ("Tribunale speciale iracheno": another court)."""
    nxt = view.text[x.end + 1:x.end + 2] if view.text[x.end:x.end + 1] == " " else ""
    if nxt.isupper() or view.word_after(x.end) in modifiers:
        return False
    noun = view.folded[x.start:x.end]
    same = [u for (kind, name), u in unknowns.items() if kind == "own:" + body.kind and name.startswith(noun)]
    if len(same) != 1:
        return False
    same[0].mentions.append(Mention(x.start, x.end, view.text[x.start:x.end], "", "institution:coref", 0.6,
                                    "name"))
    result.covered.append((x.start, x.end))
    return True


def _gazetteer_town_after(x: Match, view: TextView, m: Matcher, by_start: dict[int, Mention]) -> int | None:
    """The end of a lone capitalised word after the body's noun and a particle that the gazetteer knows
    as a town but the KB does not ("Versailles", "Pau"), with nothing capitalised after it; else None."""
    j = _after_particle(view, m, _skip(view.text, x.end))
    if j is None or j in by_start or m.lex.common_word_everywhere:
        return None
    word = re.match(r"[A-ZÀ-Þ][\w-]+", view.text[j:])
    if word is None or not is_town(word.group(), m.lex.small_town_countries):
        return None
    end = j + word.end()
    k = _skip(view.text, end)
    return end if k == -1 or k >= len(view.text) or not view.text[k].isupper() else None


def _place_after(x: Match, view: TextView, m: Matcher, by_start: dict[int, Mention]) -> Mention | None:
    """The KB town or region named after the body's noun and a particle ("Corte d'appello di Palermo",
    "Tribunale di Milano"), when nothing capitalised goes on after it; else None."""
    text = view.text
    i = _skip(text, x.end)
    if i == -1:
        return None
    if m.lex.common_word_everywhere and i > x.end and i in by_start:
        # "das Landgericht München", "die Staatsanwaltschaft Berlin": where nouns are capitalised the
        # town follows the body's noun directly (a capital, read as its government, is the town here)
        place = by_start[i]
        if (place.kind == "name" and m.kb.entries[place.entity_id].type == "PLACE") \
                or place.rule == "metonym:capital":
            k = _skip(text, place.end)
            return place if k == -1 or k >= len(text) or not text[k].isupper() else None
        return None
    j = _after_particle(view, m, i)
    if j is None:
        return None
    place = by_start.get(j)
    if place is None or place.kind != "name" or m.kb.entries[place.entity_id].type != "PLACE":
        return None
    k = _skip(text, place.end)
    return place if k == -1 or k >= len(text) or not text[k].isupper() else None


#: Kinds of body besides courts that a town after a particle names in lower case too ("le parquet de
#: Paris", "la procura di Milano": each town has its own prosecution office).
SEATED_KINDS = frozenset({"prosecution"})


def _court(body: InstitutionNoun) -> bool:
    """A court of any kind ("corte d'appello", "cour d'assises") or a prosecution office: named by its
    town after a particle in lower case too ("la corte d'appello di Napoli", "le parquet de Paris"),
    as no other body is ("la polizia dell'Ohio" is some police, "la regione del Caucaso" a region)."""
    return body.kind == "court" or body.kind.endswith("_court") or body.kind in SEATED_KINDS


def _other_country_nearby(x: Match, country: str, view: TextView, country_of: dict[int, Mention],
                          m: Matcher) -> bool:
    """True when the noun's sentence or the one before names another country: "Russia has invested 9%
    of its GDP on the military" in an article about Ukraine is no Ukrainian body, and may be none."""
    sentences = view.sentences
    i = next((k for k, (s, e) in enumerate(sentences) if s <= x.start < e), None)
    begin, end = (sentences[max(0, i - 1)][0], sentences[i][1]) if i is not None else (x.start, x.end)
    return any(begin <= start < end and m.kb.entries[c.entity_id].country != country
               for start, c in country_of.items())


def _unread_surname(x: Match, taken: set[int]) -> bool:
    """True when the noun's other readings are only a person's surname the linker did not take:
    "la Armada" is the navy, not Francisco Armada, who is never named in full."""
    return all(f.kind == "surname" for f in x.forms) and x.start not in taken


def _definite(x: Match, view: TextView, m: Matcher) -> bool:
    """True when a definite article stands right before the noun ("il governo", "the military")."""
    before = view.words_before(x.start, 1)
    if not before:
        return False
    word = before[-1]
    if view.text[x.start - 1:x.start] in "'’":
        return word.replace("’", "'") in m.lex.definite_articles
    return word in m.lex.definite_articles


def _capitalised_as_name(x: Match, view: TextView, m: Matcher) -> bool:
    """"il Senato": a capital that marks a name, not the start of a sentence; where every noun is
    capitalised, the nouns that may stand alone are names of bodies themselves ("der Kongress")."""
    if m.lex.common_word_everywhere:
        return True
    words = view.text[x.start:x.end].split()
    if any(_elided(w)[:1].isupper() for w in words[1:]):
        # "le ministère de l'Intérieur", "il ministero degli Esteri", "il ministero dell'Interno": the
        # domain is capitalised (after an elided article or particle, its first letter past the apostrophe)
        return True
    return view.text[x.start].isupper() and not view.sentence_initial(x.start)


def _elided(word: str) -> str:
    """The word after an elided article or particle glued to it: "dell'Interno" -> "Interno"."""
    return re.split(r"['’]", word)[-1]


def _ends_longer_name(x: Match, view: TextView, by_end: dict[int, Mention], lex: LinkLexicon) -> bool:
    """True when a capitalised word no mention takes stands right before the noun inside a sentence,
    or before a conjunction before it: the noun ends a longer name ("National Treasury" of South
    Africa, the committee "Finanze e Tesoro"), where "French Treasury" and "US Treasury" are a country's."""
    text = view.text
    i = x.start - 1
    if i < 1 or text[i] not in " \u00a0" or not text[i - 1].isalpha():
        return False
    words = _WORD.findall(text[max(0, i - 60):i])
    if len(words) > 1 and words[-1] in lex.conjunctions:
        i = text.rfind(words[-1], 0, i) - 1
        words = words[:-1]
        if i < 1 or text[i] not in " \u00a0":
            return False
    if not words or not words[-1][:1].isupper() or i in by_end:
        return False
    return not view.sentence_initial(i - len(words[-1]))


def _inside_name(x: Match, view: TextView, m: Matcher, country_of: dict[int, Mention],
                 places: dict[int, int]) -> bool:
    """True when the capitalised noun begins a longer capitalised name ("Congreso Nacional", "Fiscalía
    de Extinción de Dominio"), unless the next word begins a country's name (or, after a particle,
    a known place's: "Questura di Bari"). "Comisión de Seguridad del Senado" still names the Senate."""
    text = view.text
    if not text[x.start].isupper() or m.lex.common_word_everywhere:
        return False
    i = _skip(text, x.end)
    if i == -1 or i >= len(text):
        return False
    if text[i].isupper():
        return i not in country_of
    # "la Fiscalía de Extinción de Dominio": a particle and a capitalised word that is no known place
    # go on the name of a body of its own (a country owns the body instead)
    for particle in m.lex.particles:
        if not particle.endswith(("'", "-")) and view.folded.startswith(particle + " ", i):
            j = i + len(particle) + 1
            if j >= len(text) or not text[j].isupper():
                return False
            word = _WORD.match(view.folded, j)
            if word is not None and word.group() in m.lex.state_words:
                return False  # "el Congreso de la Nación", "Ministerio de Educación de la Nación": the state's
            place = places.get(j)
            if place is not None:  # "Questura di Bari": a body of that place, unless the run goes on
                k = _skip(text, place)  # ("Ejército del Pueblo Paraguayo")
                return k != -1 and k < len(text) and text[k].isupper()
            return True
    return False


def _owner(x: Match, view: TextView, m: Matcher, by_start: dict[int, Mention],
           by_end: dict[int, Mention], country_of: dict[int, Mention]) -> tuple[str, int, int] | None:
    """(ISO3, span start, span end) of the country a body belongs to when the text names it next to
    the noun: an adjective after or before it, a name before it, or a name after a particle."""
    text = view.text
    kb = m.kb
    after = by_start.get(_skip(text, x.end)) if m.lex.adjectives_follow else None
    if after is not None and after.kind == "adjective" and after.start in country_of:
        return kb.entries[after.entity_id].country, x.start, after.end
    before = by_end.get(_skip_back(text, x.start))
    if before is not None and before.kind == "adjective" and before.start in country_of:
        return kb.entries[before.entity_id].country, before.start, x.end
    for join in _OWNER_JOINS:
        owner = by_end.get(x.start - len(join))
        if owner is not None and text[owner.end:x.start] == join and owner.start in country_of \
                and owner.kind in ("name", "acronym", "metonym"):
            return kb.entries[owner.entity_id].country, owner.start, x.end
    j = _after_particle(view, m, _skip(text, x.end))
    owner = by_start.get(j) if j is not None else None
    if owner is not None and owner.start in country_of and owner.kind in ("name", "acronym", "metonym"):
        return kb.entries[owner.entity_id].country, x.start, owner.end
    return None


def _possessor(start: int, end: int, view: TextView, m: Matcher, by_end: dict[int, Mention],
               country_of: dict[int, Mention]) -> tuple[str, int, int] | None:
    """(ISO3, span start, ``end``) of a country named with a possessive right before ``start``
    ("Guatemala's" in "Guatemala's Washington embassy"), or None."""
    for join in ("'s ", "’s ", "' ", "’ "):
        owner = by_end.get(start - len(join))
        if owner is not None and view.text[owner.end:start] == join and owner.start in country_of:
            return m.kb.entries[owner.entity_id].country, owner.start, end
    return None


def _holder_after(x: Match, view: TextView, m: Matcher, by_start: dict[int, Mention],
                  country_of: dict[int, Mention]) -> tuple[bool, str | None]:
    """Whether a government noun is followed by the name of who holds it, not of a country ("il
    governo di Al Maliqi", "el gobierno de Carlos Alvarado"; "il governo di Mosca" is a country's),
    and the holder's country when the KB knows the person or the capital. Such a government is never
    simply the article's country: the article may be about another one ("the US ... the government
    of Al Maliqi")."""
    text = view.text
    j = _after_particle(view, m, _skip(text, x.end))
    if j is None or text[j - 1] in "'’":
        return False, None  # no particle, or an elided one ("dell'Autorità"): not read here
    article = _WORD.match(view.folded, j)
    if article is not None and article.group() in m.lex.definite_articles:
        j = _skip(text, article.end())  # "el gobierno de la Ciudad"
    if j == -1 or j >= len(text) or not text[j].isupper() or j in country_of:
        return False, None
    word = _WORD.match(view.folded, j)
    if word is not None and word.group() in m.lex.state_words:
        return False, None  # "el gobierno de la Nación": the state's own
    holder = by_start.get(j)
    if holder is None:
        return True, None  # an unknown name: a person or a region the KB cannot place
    entry = m.kb.entries[holder.entity_id]
    if entry.type == "PERSON":
        return True, entry.country or None
    if entry.type == "PLACE" and entry.country:
        country = m.kb.country(entry.country)  # "il governo di Roma" is Italy's, "di Milano" a town's
        return True, entry.country if country is not None and country.capital == entry.id else None
    return False, None  # a KB body: left to the rules that read those


def _system_sense(x: Match, view: TextView, m: Matcher) -> bool:
    """True when a noun that also names a system has a particle and a lower-case word after it
    ("el régimen de excepción", "le régime de retraite"): a system, not the government ("il regime di
    Assad", "il regime del presidente Assad" go on with a name)."""
    if view.folded[x.start:x.end] not in m.lex.system_nouns:
        return False
    j = _after_particle(view, m, _skip(view.text, x.end))
    if j is None or j >= len(view.text) or not view.text[j].islower():
        return False
    word = _WORD.match(view.text, j)
    k = _skip(view.text, word.end()) if word is not None else -1
    return k == -1 or k >= len(view.text) or not view.text[k].isupper()


def _seat_after(x: Match, view: TextView, m: Matcher, by_start: dict[int, Mention]) -> str | None:
    """The country whose capital follows a government noun after a seat preposition ("die Regierung
    in Bern", "das Regime in Moskau"): it governs from there. Another town says nothing ("the
    government in Gauteng" may be a province's)."""
    if view.word_after(x.end) not in m.lex.seat_prepositions:
        return None
    i = _skip(view.text, x.end)
    word = _WORD.match(view.folded, i) if i != -1 else None
    j = _skip(view.text, word.end()) if word is not None else -1
    place = by_start.get(j) if j != -1 else None
    if place is None:
        return None
    entry = m.kb.entries[place.entity_id]
    country = m.kb.country(entry.country) if entry.country else None
    if country is None or (country.capital != entry.id and place.rule != "metonym:capital"):
        return None
    return entry.country


def _coordinated_owner(x: Match, view: TextView, m: Matcher, owned: list[tuple[int, str | None]]) -> str | None:
    """The country of the body coordinated right before this one ("del Parlamento inglese e del
    Ministero degli Esteri", "the Russian army and the defence ministry"): a conjunction and at most
    articles or particles between them, so both bodies are the same country's."""
    if not owned or owned[-1][1] is None or owned[-1][0] >= x.start:
        return None
    words = view.folded[owned[-1][0]:x.start].replace("'", "' ").replace("’", "’ ").split()
    if not words or len(words) > 3 or words[0] not in m.lex.conjunctions:
        return None
    small = m.lex.definite_articles | m.lex.prepositions | frozenset(m.lex.particles)
    return owned[-1][1] if all(w in small for w in words[1:]) else None


def _after_particle(view: TextView, m: Matcher, pos: int) -> int | None:
    """Where the word after a particle standing at ``pos`` begins ("di Palermo", "dell'Iraq", "de la
    Ciudad" with the longest particle first), or None: the first particle the text begins with
    decides; an elided one ("dell'") has its word glued to it, another needs a space after it."""
    if pos == -1:
        return None
    for particle in m.lex.particles:
        if view.folded.startswith(particle, pos) and not particle.endswith("-"):
            j = pos + len(particle)
            j = j if particle.endswith("'") else _skip(view.text, j)
            return None if j == -1 else j
    return None


def _skip(text: str, pos: int) -> int:
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    return i if i > pos else -1


def _skip_back(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i if i < pos else -1
