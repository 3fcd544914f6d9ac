"""Titles and roles: "il presidente russo" is whoever was Russia's head of state on the article date.

A title word (from ``titles.tsv``) takes its country from an adjacent country adjective ("il
presidente russo", "the Russian president", coordinated after a plural title: "i primi ministri
britannico e canadese") or from a following "of"-phrase ("il presidente della Russia"); an
organisation name works the same way for roles held in organisations ("segretario generale
dell'ONU"). Then:
- a person's name right after the title wins ("il presidente russo Vladimir Putin"): the title
  is not emitted, it raises the name's confidence, and an unknown name there is typed PERSON; a bare
  family name several titled KB people bear is the one whose roles fit the title and its time ("former
  president Clinton": Bill, whose presidency ended before the date; "President Carter": Jimmy, the one
  who held a leader's role), and its later bare mentions are that person too;
- otherwise the title resolves through ``KnowledgeBase.holders(role, of, date)``. A plural title
  over several countries yields ONE mention spanning the whole phrase, with one Mention per person
  (same span, different entity), so events can take every holder as an actor;
- a title with no country ("il presidente") names whom its context gives (``_bare_holder``): a
  holder named in its sentence or the one before, a country named there as the place of the
  action, the home country for a national title ("der Kanzler"), the article's country.
A title spelled alike in both numbers (German "Außenminister", listed singular and plural) is plural
after a plural determiner (link_settings.tsv ``plural_determiners``: "die Außenminister"); a plural
title owned by one organisation ("die Außenminister der EU", "the foreign ministers of the G7") names
the members' ministers, no single person. A party adjective after a title (party_adjectives.tsv: "il
segretario dem") makes the party its owner.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

import pycountry

from cronaca.document import Mention
from cronaca.kb import KBEntry
from cronaca.lang.gendered_words import gender_words, given_name_genders
from cronaca.link.automaton import Match, Matcher
from cronaca.link.generations import is_suffix
from cronaca.link.lexicon import LinkLexicon, TitleWord
from cronaca.link.resolve import GUESSED_SURNAME_RULE
from cronaca.link.country import title_country
from cronaca.link.view import TextView
from cronaca.link.words import zipf

#: Longest connector accepted between coordinated adjectives ("e", "and", "et", "y", "und").
MAX_CONNECTOR = 3


@dataclass(slots=True)
class TitleResult:
    mentions: list[Mention] = field(default_factory=list)
    person_cues: dict[int, list[str]] = field(default_factory=dict)  # name start -> "role:OF"
    covered: list[tuple[int, int]] = field(default_factory=list)  # title spans, names excluded
    # KB people a bare family name was guessed to be (surname:prominent) whom a leader's title before it
    # contradicts: "former president Clinton" is not the KB's Hillary Clinton, a secretary of state
    contradicted: set[str] = field(default_factory=set)
    # bare family names a title before them assigned to one of their KB bearers (kind "surname")
    people: list[Mention] = field(default_factory=list)


#: Roles one title word stands for loosely: a country's leader is its "president" or "premier" alike.
LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
#: The rule of a bare family name a title before it assigned to one of the KB people bearing it.
TITLED_SURNAME_RULE = "title+surname:role"


def _title_contradicts(person: Mention, title: TitleWord, m: Matcher) -> bool:
    """True when a bare family name was only guessed to be a KB person (the one of that name with a
    titled role) and a leader's title before it ("president", "premier") names a rank that person
    never held, at any date: "former president Clinton" is not the KB's Hillary Clinton, a secretary
    of state, nor "President Carter" its Ash Carter. Only a leader's title says so: ministers change
    portfolios faster than the KB follows ("Defense Minister Fedorov")."""
    if person.kind != "surname" or person.rule != GUESSED_SURNAME_RULE or not LEADER_ROLES & set(title.roles):
        return False
    entry = m.kb.entries[person.entity_id]
    if entry.type != "PERSON":
        return False
    # (a head of government is called president too: "el presidente Sánchez")
    return not any(_role_fits(r.role, title) for r in entry.roles)


def _role_fits(role: str, title: TitleWord) -> bool:
    """A role the title names (a country's leader is its "president" or "premier" alike)."""
    return role in title.roles or (role in LEADER_ROLES and bool(LEADER_ROLES & set(title.roles)))


def _titled_namesake(ids: tuple[str, ...], title: TitleWord, ofs: list[str], former: bool,
                     day: date | None, m: Matcher) -> str | None:
    """The one of several KB people bearing a family name whose roles fit the title before it: a role the
    title names (of the title's country or body when it gives one) that ended before the day after
    "former", "ex" ("former president Clinton": Bill, not Hillary), else one held on the day, else one
    held at any time ("President Carter": Jimmy, not Ash). None when that leaves several or nobody."""
    fitting = {i: [r for r in m.kb.entries[i].roles if _role_fits(r.role, title) and (not ofs or r.of in ofs)]
               for i in ids}
    fitting = {i: roles for i, roles in fitting.items() if roles}
    if former:
        iso = day.isoformat() if day is not None else "9999"
        pool = [i for i, roles in fitting.items() if any(r.end is not None and r.end < iso for r in roles)]
    else:
        pool = [i for i, roles in fitting.items() if any(r.holds_on(day) for r in roles)] or list(fitting)
    return pool[0] if len(pool) == 1 else None


def resolve_titles(matches: list[Match], kb_mentions: list[Mention], view: TextView,
                   m: Matcher, day: date | None,
                   namesakes: dict[int, tuple[int, tuple[str, ...]]] | None = None) -> TitleResult:
    result = TitleResult()
    namesakes = namesakes or {}
    chosen: dict[tuple[str, ...], tuple[int, str]] = {}  # namesakes' ids -> (first titled start, person)
    home = title_country(kb_mentions, m)
    by_start = {x.start: x for x in kb_mentions}
    by_end = {x.end: x for x in kb_mentions}
    for x in matches:
        if x.title is None or any(f.kind in ("name", "acronym", "surname") for f in x.forms):
            continue
        title = x.title
        start, cursor = x.start, x.end
        before = view.words_before(start, 1)
        plural = title.plural or (title.also_plural and bool(before) and before[-1] in m.lex.plural_determiners)
        places: list[Mention] = []
        # adjectives after the title, coordinated when the title is plural
        while True:
            nxt = _next_mention(view, by_start, cursor, m.lex.particles,
                                allow_connector=plural and bool(places))
            if nxt is None or nxt.kind != "adjective" or m.kb.entries[nxt.entity_id].type != "COUNTRY":
                break
            places.append(nxt)
            cursor = nxt.end
            if not plural:
                break
        if not places:  # "of"-phrase: "presidente della Russia", "prime minister of Canada"
            nxt = _next_mention(view, by_start, cursor, m.lex.particles, allow_particle=True)
            if nxt is not None and nxt.kind in ("name", "acronym", "metonym") and \
                    m.kb.entries[nxt.entity_id].type in ("COUNTRY", "ORG", "GROUP"):
                places.append(nxt)
                cursor = nxt.end
                while plural:  # "die Außenminister Frankreichs und Deutschlands": one per country
                    nxt = _next_mention(view, by_start, cursor, m.lex.particles, allow_connector=True)
                    if nxt is None or nxt.kind not in ("name", "acronym") or \
                            m.kb.entries[nxt.entity_id].type != "COUNTRY" or \
                            m.kb.entries[places[0].entity_id].type != "COUNTRY":
                        break
                    places.append(nxt)
                    cursor = nxt.end
        if not places:  # adjective before: "the Russian president", "der russische Präsident"
            prev = by_end.get(_skip_space_back(view.text, start))
            if prev is not None and prev.kind == "adjective" and \
                    m.kb.entries[prev.entity_id].type == "COUNTRY":
                places.append(prev)
                start = prev.start
        if not places:  # a party's adjective: "il segretario dem"
            party = _party_after(view, cursor, m)
            if party is not None:
                places.append(party)
                cursor = party.end
        named_only = False
        if not places:  # an organisation before: "the Labour leader", "der AfD-Chef", "CDU-Parteichef"
            owner = _owner_before(view, start, by_end, m)
            if owner is _REGIONAL:
                continue  # "Thüringens AfD-Chef": the head of a regional branch, not the KB's holder
            if owner is not None:
                places.append(owner)
                start, named_only = owner.start, True
        ofs = [_of(m.kb.entries[p.entity_id]) for p in places]
        designated = _designate_word(view, start, cursor, m)
        cursor, elsewhen = _not_current(view, start, cursor, m)
        result.covered.append((start, cursor))
        name_at = _name_after(view, cursor, m.lex)
        if name_at is not None:
            roles = [f"{title.role}:{of}" for of in ofs]
            person = by_start.get(name_at)
            bearers = namesakes.get(name_at)
            if bearers is not None and (person is None or person.rule == GUESSED_SURNAME_RULE):
                pick = _titled_namesake(bearers[1], title, ofs, elsewhen and not designated, day, m)
                if pick is not None:
                    if person is not None:
                        person.entity_id, person.rule, person.confidence = pick, TITLED_SURNAME_RULE, 0.8
                    else:
                        result.people.append(Mention(name_at, bearers[0], view.text[name_at:bearers[0]], pick,
                                                     TITLED_SURNAME_RULE, 0.8, "surname"))
                    chosen.setdefault(bearers[1], (name_at, pick))
                    continue
            if person is not None and _title_contradicts(person, title, m):
                result.contradicted.add(person.entity_id)
                result.person_cues[name_at] = roles
                continue
            if person is not None and m.kb.entries[person.entity_id].type == "PERSON":
                held = {f"{r.role}:{r.of}" for r in m.kb.entries[person.entity_id].roles_on(day)}
                person.confidence = max(person.confidence, 0.98 if held & set(roles) else 0.95)
                person.rule = "title+" + person.rule
            elif person is None:
                result.person_cues[name_at] = roles
            continue
        if elsewhen:
            # "il premier incaricato", "the prime minister-designate": whoever took office soon after the
            # article date; "the former president": nobody certain
            before = view.words_before(start, 2)
            definite = _definite(view, start, m) or (  # "der designierte Kanzler"
                len(before) == 2 and before[-1] in m.lex.designate_words and before[0] in m.lex.definite_articles)
            of = ofs[0] if len(ofs) == 1 else home if not ofs and definite else None
            nxt = _next_holder(m, title, of, day) if designated and of is not None else None
            if nxt is not None:
                result.mentions.append(Mention(start, cursor, view.text[start:cursor], nxt.id, "title:designate",
                                               0.6, "title"))
            continue
        text = view.text[start:cursor]
        if plural and len(places) == 1 and m.kb.entries[places[0].entity_id].type != "COUNTRY":
            continue  # "die Außenminister der EU", "the foreign ministers of the G7": the members' ministers
        if ofs:
            holders = [h for of in ofs if (h := _holder(m, title, of, day)) is not None]
            if named_only:  # (co-leaders the KB may not all hold: only one the article names, of the article's gender)
                said = _article_gender(view, start, m)
                holders = [h for h in holders if any(k.entity_id == h.id for k in kb_mentions)
                           and said in (None, given_name_genders().get(h.name.split(" ", 1)[0], said))]
            rule = "title:plural" if len(holders) > 1 else "title:date"
            for h in holders:
                result.mentions.append(Mention(start, cursor, text, h.id, rule, 0.85, "title"))
        elif not plural and not title.owned and not _owner_unknown(view, cursor, m):
            bare = _bare_holder(kb_mentions, view, m, title, start, cursor, day, home)
            named = _holder_named_after(view, cursor, m)
            if bare is not None and named is not None \
                    and (by_start.get(named) is None or by_start[named].entity_id != bare[0]):
                continue  # "il presidente degli Usi civici Giancarlo Ferri": someone else holds it
            if bare is not None:
                holder_id, rule, confidence = bare
                result.mentions.append(Mention(start, cursor, text, holder_id, rule, confidence, "title"))
    _split_titles(kb_mentions, view, m, day, result)
    # "former president Clinton ... Clinton said": the later bare mentions nothing else settled
    for start, (end, ids) in namesakes.items():
        first = chosen.get(ids)
        if first is not None and start > first[0] and start not in by_start \
                and not any(x.start == start for x in result.people):
            result.people.append(Mention(start, end, view.text[start:end], first[1], "surname:after-title", 0.7,
                                         "surname"))
    return result


def _split_titles(kb_mentions: list[Mention], view: TextView, m: Matcher, day: date | None,
                  result: TitleResult) -> None:
    """Titles a country adjective splits: "le ministre russe des Affaires étrangères", "the
    minister ... ": the title's first word right before the adjective and the rest of its phrase
    right after it. French puts the nationality there; the automaton only sees whole phrases."""
    split = _split_index(m.lex)
    if not split:
        return
    for x in kb_mentions:
        if x.kind != "adjective" or m.kb.entries[x.entity_id].type != "COUNTRY" \
                or any(s <= x.start < e for s, e in result.covered):
            continue
        before = view.words_before(x.start, 1)
        if not before or before[-1] not in split:
            continue
        for rest, title in split[before[-1]]:
            end = x.end + len(rest)
            if view.folded[x.end:end] != rest or view.folded[end:end + 1].isalnum():
                continue
            start = view.folded.rfind(before[-1], 0, x.start)
            result.covered.append((start, end))
            if _name_after(view, end, m.lex) is None:
                holder = _holder(m, title, _of(m.kb.entries[x.entity_id]), day)
                if holder is not None:
                    result.mentions.append(Mention(start, end, view.text[start:end], holder.id,
                                                   "title:split", 0.8, "title"))
            break


_SPLIT: dict[str, dict[str, list[tuple[str, TitleWord]]]] = {}


def _split_index(lex: LinkLexicon) -> dict[str, list[tuple[str, TitleWord]]]:
    """First word -> (rest of the phrase with its leading space, title) for singular titles of
    several words whose second word is a particle ("ministre" -> " des affaires étrangères")."""
    found = _SPLIT.get(lex.code)
    if found is None:
        found = {}
        for title in lex.titles:
            first, _, rest = title.phrase.partition(" ")
            if rest and not title.plural and any(rest.startswith(p + " ") or p.endswith("'") and rest.startswith(p)
                                                 for p in lex.particles):
                found.setdefault(first, []).append((" " + rest, title))
        for options in found.values():
            options.sort(key=lambda o: -len(o[0]))  # longest phrase first
        _SPLIT[lex.code] = found
    return found


_CAPITALISED = re.compile(r"[^\W\d_][\w-]*")


def _owner_unknown(view: TextView, end: int, m: Matcher) -> bool:
    """True when a particle and a capitalised name the KB did not resolve follow the title ("il
    presidente della Regione Lazio", "el presidente de Boca Juniors"), or a lower-case noun of a
    body ("il presidente della commissione"): the role is held in that body, so neither an earlier
    holder nor the article's country is meant."""
    i = end
    while i < len(view.text) and view.text[i] == " ":
        i += 1
    if i == end:
        return False
    for particle in m.lex.particles:
        if view.folded.startswith(particle, i):
            j = i + len(particle)
            if not particle.endswith(("'", "-")):
                if view.text[j:j + 1] != " ":
                    continue
                j += 1
            found = _CAPITALISED.match(view.text, j)
            if found is None:
                return False
            word = found.group().lower()
            if not found.group()[0].isupper():
                # "il presidente dell'associazione", "le président de la commission": the head of
                # a body a noun of entity_cues.tsv names; other lower-case words end no title here
                return m.lex.cues_inside.get(word) == "ORG"
            # a body's own noun ("Regione", "Federación") or a rare word ("Boca Juniors"); a common
            # one names the role's domain ("le président de la République", "ministro dell'Interno")
            return m.lex.cues_inside.get(word) == "ORG" or zipf(word, m.lex.code) < m.lex.common_word_zipf
    return False


#: Most words of the "of"-phrase between a title and the name of its holder ("il presidente degli Usi
#: civici Giancarlo Ferri").
OWNER_WORDS = 6
_PHRASE_WORDS = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _holder_named_after(view: TextView, end: int, m: Matcher) -> int | None:
    """Where the holder's name starts when a particle follows the title and, within ``OWNER_WORDS`` words and before any
    punctuation, a given name and a capitalised word: "il presidente degli Usi civici Giancarlo Ferri",
    "el presidente de la peña Juan Pérez". The title is held in the body its phrase names, and the
    person named after it holds it, not the country's head of state the bare title would mean (unless
    the name is that holder's: "il Presidente del Consiglio dei Ministri Silvio Berlusconi")."""
    i = _skip_space(view.text, end)
    if i == end:
        return None
    for particle in m.lex.particles:
        if not view.folded.startswith(particle, i):
            continue
        j = i + len(particle)
        if not particle.endswith(("'", "-")) and view.text[j:j + 1] != " ":
            continue
        words = []
        for w in _PHRASE_WORDS.finditer(view.text, j, min(len(view.text), j + 120)):
            if not w.group()[0].isalpha() or len(words) > OWNER_WORDS + 1:
                break
            words.append(w)
        given = given_name_genders()
        return next((w.start() for w, nxt in zip(words, words[1:])
                     if w.group() in given and nxt.group()[0].isupper()), None)
    return None


def _ends_phrase(view: TextView, end: int, m: Matcher) -> bool:
    """False when a regional adjective qualifies the title ("le chef de la diplomatie européenne"):
    its owner is a region or a union the KB cannot name, so the article's country is no safe guess."""
    return view.word_after(end) not in m.lex.regional_adjectives


def _definite(view: TextView, start: int, m: Matcher) -> bool:
    """True when a definite article stands right before ``start`` ("le chef de l'Etat", "the president")."""
    before = view.words_before(start, 1)
    if not before:
        return False
    if view.text[start - 1:start] in "'’":
        return before[-1].replace("’", "'") in m.lex.definite_articles
    return before[-1] in m.lex.definite_articles


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _party_after(view: TextView, end: int, m: Matcher) -> Mention | None:
    """The party a party adjective right after the title names (lang/<code>/party_adjectives.tsv)."""
    if not m.lex.party_adjectives:
        return None
    found = _NEXT_WORD.match(view.text, end)
    if found is None:
        return None
    entity_id = m.lex.party_adjectives.get(found.group(1).lower())
    if entity_id is None or entity_id not in m.kb.entries:
        return None
    return Mention(found.start(1), found.end(1), found.group(1), entity_id, "title:party-adjective", 0.8, "adjective")


#: what ``_owner_before`` returns for a body's regional branch ("Thüringens AfD-Chef")
_REGIONAL = Mention(0, 0, "", "", "title:regional")
#: entity types whose heads a title before them names ("AfD-Chef", "the Labour leader")
OWNER_TYPES = frozenset({"ORG", "GROUP"})


def _owner_before(view: TextView, start: int, by_end: dict[int, Mention], m: Matcher) -> Mention | None:
    """The organisation named right before a title, joined to it by a hyphen or a space ("AfD-Chef",
    "CDU-Parteichef", "the Labour leader", "HTS-Chef"), or None. A place right before that body ("Thüringens
    AfD-Chef", "the Scottish Labour leader") makes the title a regional branch's head: ``_REGIONAL``."""
    text = view.text
    end = start - 1 if text[start - 1:start] == "-" else _skip_space_back(text, start)
    owner = by_end.get(end)
    if owner is None or end == start and text[start - 1:start].isalnum():
        return None
    if m.kb.entries[owner.entity_id].type not in OWNER_TYPES:
        return None
    place = by_end.get(_skip_space_back(text, owner.start))
    if place is not None and m.kb.entries[place.entity_id].type == "PLACE":
        return _REGIONAL
    return owner


def _article_gender(view: TextView, start: int, m: Matcher) -> str | None:
    """F or M when the article right before ``start`` says it ("der AfD-Chef" is a man), else None."""
    before = view.words_before(start, 1)
    return gender_words(m.lex.code).articles.get(before[-1]) if before else None


def _of(entry: KBEntry) -> str:
    return entry.country if entry.type == "COUNTRY" and entry.country else entry.id


#: A head of government who is also the head of state is a president ("le Premier ministre" in an
#: article about the United States is nobody there): a government title names no such person.
GOVERNMENT_ROLE, STATE_ROLE = "head_of_government", "head_of_state"


def _also_head_of_state(entry: KBEntry, role: str, day: date | None) -> bool:
    if role != GOVERNMENT_ROLE:
        return False
    held = entry.roles_on(day)
    return any(r.role == STATE_ROLE and any(g.role == GOVERNMENT_ROLE and g.of == r.of for g in held)
               for r in held)


def _not_current(view: TextView, start: int, end: int, m: Matcher) -> tuple[int, bool]:
    """Whether a word next to the title says its holder is not the one in office ("il presidente del
    Consiglio incaricato", "the president-elect", "der frühere Präsident", "l'ex premier"), and where
    the title phrase then ends (after such a word that follows it)."""
    words = m.lex.not_current_holder
    if not words:
        return end, False
    after = _WORD.match(view.folded, end + 1) if view.text[end:end + 1] in (" ", "-", "\u00a0") else None
    if after is not None and after.group() in words:
        return after.end(), True
    before = view.words_before(start, 1)
    if before and view.text[start - 1:start] in (" ", "-", "'", "’", "\u00a0"):
        word = before[-1].rstrip("-").rpartition("'")[2]
        # "rieletto presidente", "réélu président": a prefixed form of such a word says it too
        return end, word in words or any(len(w) >= PREFIXED_FORM and word.endswith(w) for w in words)
    return end, False


#: Shortest word of ``not_current_holder`` whose prefixed forms ("ri-eletto") count too.
PREFIXED_FORM = 4
_WORD = re.compile(r"[^\W\d_]+")


def _fits(entry: KBEntry, title: TitleWord, m: Matcher) -> bool:
    """A monarch's title names only a monarch, a president's only a non-monarch ("el presidente" in
    Spain is not King Felipe VI): other titles ("le chef de l'Etat") fit both."""
    if title.phrase in m.lex.monarch_titles:
        return entry.id in m.monarchs
    if PRESIDENT_ROLE in title.roles:
        return entry.id not in m.monarchs
    return True


#: The role a title word carries when it is the word "president" itself (titles.tsv).
PRESIDENT_ROLE = "president"


def _holder(m: Matcher, title: TitleWord, of: str, day: date | None) -> KBEntry | None:
    """Who held the first of the title's roles that anybody fitting the title held for ``of`` on the
    day (a government title skips a president who heads both state and government). The word
    "president" itself first names whoever holds an office called so: Iran's president heads its
    government, while its head of state is the Supreme Leader."""
    roles = title.roles
    order = (PRESIDENT_ROLE, *(r for r in roles if r != PRESIDENT_ROLE)) if PRESIDENT_ROLE in roles else roles
    for role in order:
        holders = [h for h in m.kb.holders(role, of, day)
                   if not _also_head_of_state(h, roles[0], day) and _fits(h, title, m)]
        if holders:
            # several holders on the same day (overlapping data): the one who took office last
            return max(holders, key=lambda e: max((r.start or "" for r in e.roles
                                                   if r.role == role and r.of == of), default=""))
    return None


#: Days after the article date within which a designated or elected holder takes office.
DESIGNATE_DAYS = 120
#: Days after the article date on which the next holder is looked up (a handful of KB look-ups).
_PROBES = (1, 3, 7, 14, 30, 60, 90, DESIGNATE_DAYS)


def _designate_word(view: TextView, start: int, end: int, m: Matcher) -> bool:
    """True when a word right after or before the title says its holder is designated or elected and
    not yet in office ("premier incaricato", "president-elect", "der designierte Kanzler")."""
    words = m.lex.designate_words
    if not words:
        return False
    after = _WORD.match(view.folded, end + 1) if view.text[end:end + 1] in (" ", "-", "\u00a0") else None
    if after is not None and after.group() in words:
        return True
    before = view.words_before(start, 1)
    return bool(before) and view.text[start - 1:start] in (" ", "\u00a0") and before[-1] in words


def _next_holder(m: Matcher, title: TitleWord, of: str, day: date | None) -> KBEntry | None:
    """The first holder of the title's role for ``of`` who took office after ``day`` and within
    DESIGNATE_DAYS of it: the person a "designate" title names. None when the KB knows of nobody."""
    if day is None:
        return None
    current = _holder(m, title, of, day)
    for offset in _PROBES:
        holder = _holder(m, title, of, day + timedelta(days=offset))
        if holder is not None and holder is not current:
            return holder
    return None


def _bare_holder(kb_mentions: list[Mention], view: TextView, m: Matcher, title: TitleWord, start: int,
                 end: int, day: date | None, article: str | None) -> tuple[str, str, float] | None:
    """(holder id, rule, confidence) of a title no country qualifies ("il premier", "der Kanzler"),
    or None when no owner is certain: a wrong speaker or actor is worse than none (nor after an
    indefinite article: "a president who listens"). In order:
    - in the title's sentence, then in the one before: a holder of the role named there ("Zelensky
      ... il capo dello Stato"), else, after a definite article, the one country named there as the
      place of the action or the subject ("In Ucraina, il premier ha ...", "Le Kremlin a précisé
      que le chef de l'Etat ..."; two: nobody); in the title's own sentence only before the title;
    - a national title ("der Kanzler": ``national_titles``) only takes a holder of a country where
      the language is spoken, and otherwise names the home country's holder;
    - the country the article clearly is about (country.py: "le Premier ministre" in a French article
      about the Czech Republic), else the language's home country when the article names no country;
      an article between several countries names nobody. A holder named further back is no cue: an
      Italian article that quoted Ukraine's premier once still means Italy's by a later "il premier"."""
    before = view.words_before(start, 1)
    if before and before[-1] in m.lex.indefinite_articles:
        return None  # "a president who listens", "un « président »": nobody in particular
    home = m.lex.home_country
    national = home is not None and title.phrase in m.lex.national_titles
    lands = _language_countries(m) if national else None
    definite = _definite(view, start, m) and _ends_phrase(view, end, m)
    # with neither an article (maybe one word before it: "el también presidente") nor a comma before it
    # ("if she were to become president") a title is predicative: it names a role, nobody holding it
    two = view.words_before(start, 2)
    determined = _definite(view, start, m) or view.text[:start].rstrip().endswith(",") or \
        (len(two) == 2 and two[0].replace("’", "'") in m.lex.definite_articles)
    for since, until in _context(view, start):  # this sentence, then the one before
        before = min(start, until)  # in the title's own sentence, only what comes before it
        near = _latest_holder(kb_mentions, m, title, before, day, since=since, countries=lands) \
            if determined else None
        if near is not None:
            return near, "title:coref", 0.6
        places = _places_named(kb_mentions, view, m, since, before) if definite and not national else set()
        if len(places) > 1:
            return None
        if places:
            holder = _holder(m, title, places.pop(), day)
            return (holder.id, "title:context", 0.55) if holder is not None else None
    if national and _ends_phrase(view, end, m):  # not "il presidente del Consiglio europeo"
        holder = _holder(m, title, home, day)
        return (holder.id, "title:national", 0.6) if holder is not None else None
    if not definite:
        return None
    if article is None:  # (``title_country`` of ``kb_mentions``, counted once per article)
        return None
    holder = _holder(m, title, article, day)
    return (holder.id, "title:article", 0.55) if holder is not None else None


def _context(view: TextView, pos: int) -> list[tuple[int, int]]:
    """The sentence holding ``pos`` and the one before it, as (start, end): the stretches, nearest
    first, whose people and places a bare title may refer to."""
    sentences = sorted(view.sentences)
    if not sentences:
        return [(0, len(view.text))]
    at = max(bisect_right([s for s, _ in sentences], pos) - 1, 0)
    return [sentences[i] for i in (at, at - 1) if i >= 0]


def _places_named(kb_mentions: list[Mention], view: TextView, m: Matcher, since: int, until: int) -> set[str]:
    """ISO3 of the countries named between ``since`` and ``until`` as the place of the action, after
    a locative preposition ("in Ucraina", "nel Regno Unito", "in Berlin": a town counts for its
    country), or as the subject opening a sentence, itself or a body of it ("La Russie a rejeté ...",
    "Le Kremlin a précisé ..."; a coordinated subject adds its other country). A preposition that also
    marks an addressee ("il sostegno a Kiev") counts only when it opens the sentence ("À Kiev, ...")."""
    found: set[str] = set()
    for x in kb_mentions:
        if not since <= x.start < until or x.kind not in ("name", "acronym"):
            continue
        entry = m.kb.entries[x.entity_id]
        if not entry.country or entry.type == "PERSON":
            continue
        before = [w.replace("’", "'") for w in view.words_before(x.start, 2)]
        opens = not before or (len(before) == 1 and (before[0] in m.lex.definite_articles
                                                      or before[0] + "'" in m.lex.definite_articles))
        if opens and entry.type in ("COUNTRY", "ORG", "GROUP"):
            found.add(entry.country)
            if view.word_after(x.end) in m.lex.conjunctions:  # "La France et la Chine ont signé"
                found.update(_coordinated(kb_mentions, view, m, x.end))
        elif before and entry.type in ("COUNTRY", "PLACE") \
                and (len(before) == 1 or before[-1] not in m.lex.addressee_prepositions) \
                and (before[-1] in m.lex.locatives or before[-1] in m.lex.article_locatives
                     or before[-1] + "'" in m.lex.article_locatives):
            found.add(entry.country)
    return found


#: Most characters between a subject and the country coordinated with it (" et la ", " und das ").
COORDINATED_GAP = 12


def _coordinated(kb_mentions: list[Mention], view: TextView, m: Matcher, end: int) -> set[str]:
    """The country of the name coordinated right after a subject ending at ``end``."""
    for x in kb_mentions:
        if end < x.start <= end + COORDINATED_GAP and x.kind in ("name", "acronym") and \
                "," not in view.text[end:x.start]:
            entry = m.kb.entries[x.entity_id]
            return {entry.country} if entry.country and entry.type != "PERSON" else set()
    return set()


def _language_countries(m: Matcher) -> frozenset[str]:
    """ISO3 of the home country and of the countries where the language is spoken
    (``small_town_countries``): the only ones a national title ("der Kanzler") can belong to."""
    found = {m.lex.home_country} if m.lex.home_country else set()
    for code in m.lex.small_town_countries:
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            found.add(country.alpha_3)
    return frozenset(found)


def _latest_holder(kb_mentions: list[Mention], m: Matcher, title: TitleWord, before: int,
                   day: date | None, since: int = 0, countries: frozenset[str] | None = None) -> str | None:
    """The person mentioned last between ``since`` and ``before`` who holds the title's role on the
    day (for one of ``countries`` when given)."""
    roles = title.roles
    for mention in sorted((x for x in kb_mentions if since <= x.start and x.end <= before),
                          key=lambda x: -x.start):
        entry = m.kb.entries[mention.entity_id]
        if entry.type == "PERSON" and any(r.role in roles and (countries is None or r.of in countries)
                                          for r in entry.roles_on(day)) \
                and not _also_head_of_state(entry, roles[0], day) and _fits(entry, title, m):
            return entry.id
    return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _skip_space_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _next_mention(view: TextView, by_start: dict[int, Mention], pos: int, particles: tuple[str, ...],
                  allow_connector: bool = False, allow_particle: bool = False) -> Mention | None:
    """The KB mention after ``pos`` if only spaces (or one connector / particle word) lie between."""
    text = view.text
    i = _skip_space(text, pos)
    if i == pos:
        return None
    if i in by_start:
        return by_start[i]
    if allow_connector and i < len(text) and text[i] == ",":
        j = _skip_space(text, i + 1)
        return by_start.get(j)
    if allow_particle:
        for particle in particles:
            j = i + len(particle)
            if view.folded.startswith(particle, i) and (particle.endswith("'") or text[j:j + 1] == " "):
                return by_start.get(_skip_space(text, j))
        return None
    if allow_connector:
        j = i
        while j < len(text) and text[j].isalpha() and text[j].islower():
            j += 1
        if 0 < j - i <= MAX_CONNECTOR:
            return by_start.get(_skip_space(text, j)) if text[j:j + 1] == " " else None
    return None


def _name_after(view: TextView, pos: int, lex: LinkLexicon) -> int | None:
    """Start of a capitalised word right after ``pos`` (the name a title introduces), also
    after a comma: "El presidente ruso, Vladímir Putin"."""
    i = _skip_space(view.text, pos)
    if i < len(view.text) and view.text[i] == "," and i == pos:
        i = _skip_space(view.text, i + 1)
    if i == pos or i >= len(view.text) or not view.text[i].isupper():
        return None
    j = i
    while j < len(view.text) and view.text[j].isalnum():
        j += 1
    # "Martin Luther King Jr.": a generation after a title word ends a name, it opens none
    return None if lex.calendar_at(view, i, j) or is_suffix(view.text[i:j]) else i
