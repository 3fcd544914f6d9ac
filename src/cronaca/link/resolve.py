"""Decide which KB entity each name, surname, acronym and adjective match refers to.

Rules, in the order they are tried for one match:
- a surname alone ("Putin") or the first word of a full name ("Xi" after "Xi Jinping") goes to
  the person written in full elsewhere in the article
  (earlier: 0.9, later: 0.8); failing that, to the one KB person with that surname who holds or
  held a role the language has a title for ("very prominent": head of state, minister..., 0.6),
  where the word is a given name or a common word ("Christian", "King") only when the article also
  names something of that person's country or a title stands before it, and so is the name of a
  leader out of office for a generation ("Schmidt" in a management text is not Helmut Schmidt). Of
  several such people: the one holding a role on the article date, else the one whose country the
  article names; a family's members (Bush, Clinton) stay apart, and a title before the name may still
  choose (titles.py). Otherwise it stays unresolved and may become an unknown name. A family name
  written first (the KB's name_order: "Wang" of "Wang Yi") followed by another name word is another
  person ("Wang Xiaoming"), and alone it is guessed only when one titled KB person bears it; a family
  name of two letters ("Xi", "Li", "Ma") is never a common word opening a sentence ("Ma la visita").
- a capital city is the PLACE after a locative preposition of the language ("a Pechino"),
  otherwise a metonym for its country's government ("Pechino ha continuato", kind=metonym).
- a surface form shared by several entities is settled by a simple score (a US state named like a
  country is only a candidate with state-level evidence, see link/subdivisions.py): +2 if the candidate itself is named unambiguously elsewhere in the article, +1 for
  every entity mentioned unambiguously in the article that is related to the candidate (its
  parent, its capital, its child, or in the same country), plus a type prior
  (COUNTRY > PLACE > ORG/MEDIA/GROUP > PERSON) that only breaks ties.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date

from cronaca.document import Mention
from cronaca.kb import KBEntry, KnowledgeBase
from cronaca.link.automaton import Form, Match, Matcher
from cronaca.link.generations import suffix_after
from cronaca.link.honorifics import honorific_before, other_gender, person_cue_before
from cronaca.link.place_codes import place_code_spans
from cronaca.link.subdivisions import cued_states, without_unevidenced_states
from cronaca.link.unknown import RARE_FAMILY_NAME_ZIPF, _noun_zipf, alone_elsewhere, role_after, role_compound_after, same_given_name
from cronaca.link.view import TextView
from cronaca.link.words import zipf

ORG_TYPES = frozenset({"ORG", "MEDIA", "GROUP"})
#: The rule of a bare family name given to the one KB person of that name with a titled role (a guess).
GUESSED_SURNAME_RULE = "surname:prominent"
#: A one-word place at a sentence start that is this common a word is the word ("Man sagt").
FUNCTION_WORD_ZIPF = 6.0
#: How much more frequent (zipf) in the language than in English a capitalised word must be to
#: count as one of the language's nouns rather than an international name.
LOCAL_WORD_MARGIN = 1.0
#: Shortest uninflected stem looked up for a town's name after a determiner: "Male" -> "Mal".
UNINFLECTED_STEM = 3
TYPE_PRIOR = {"COUNTRY": 0.4, "PLACE": 0.3, "ORG": 0.2, "MEDIA": 0.2, "GROUP": 0.2, "PERSON": 0.1}
#: Longest family name (letters) that alone names a KB person only where it is safe: "Xi", "Li", "Ma"
#: are also words ("li", "ma") or the names of many; a sentence-initial common word is never the name.
SHORT_FAMILY_NAME = 2
#: Years out of office after which a leader's bare family name needs the article to name the leader's
#: country, or a title before it: such a name is history, and a namesake of it in the news is as likely.
HISTORICAL_YEARS = 15


@dataclass(slots=True)
class Resolution:
    mentions: list[Mention]
    unresolved: list[Match]  # name-like matches no rule settled: the unknown-name finder may use them
    # bare family names several titled KB people bear: start -> (end, their ids), for a title before the
    # name to choose among ("former president Clinton": the one whose presidency ended before the date)
    namesakes: dict[int, tuple[int, tuple[str, ...]]] = field(default_factory=dict)


def resolve(matches: list[Match], view: TextView, m: Matcher, day: date | None) -> Resolution:
    kb = m.kb
    named = [x for x in matches if x.forms]
    anchors = _unambiguous(named, kb) | cued_states(named, view, m.lex, kb)
    full_at: dict[str, int] = {}
    for x in named:
        for f in x.forms:
            if f.kind == "name" and kb.entries[f.entity_id].type == "PERSON" \
                    and suffix_after(view.text, x.end) is None:  # (not "Donald Trump Jr.": the son)
                full_at.setdefault(f.entity_id, x.start)
    mentions: list[Mention] = []
    unresolved: list[Match] = []
    namesakes: dict[int, tuple[int, tuple[str, ...]]] = {}
    codes = {s for s, _ in place_code_spans(view, m.lex, {
        x.end for x in named if any(kb.entries[f.entity_id].type == "PLACE" for f in x.forms)},
        m.listed_given_names)} \
        if m.lex.place_code else set()  # (the places are gathered only where the language has codes)
    for x in named:
        if x.start in codes:
            continue  # "Scandicci (FI)": the town's province, not Forza Italia
        kinds = {f.kind for f in x.forms}
        text = view.text[x.start:x.end]
        if "name" in kinds or "acronym" in kinds:
            forms = [f for f in x.forms if f.kind in ("name", "acronym")]
            person = _person_named_before(x, forms, full_at, kb)
            if person is not None:  # "Michael Bloomberg ... Bloomberg said": the man, not the agency
                mentions.append(Mention(x.start, x.end, text, person, "surname:after-full-name", 0.8, "surname"))
                continue
            if _common_word_at_start(x, view, m) and not (
                    m.lex.common_word_everywhere and view.folded[x.start:x.end] in m.own_names):
                # (where every noun is capitalised, a frequent name the KB lists for the language
                # itself is still the name: "Bundestag", "Bundesregierung")
                if all(kb.entries[f.entity_id].type in ORG_TYPES for f in forms):
                    unresolved.append(x)  # "Nato a Roma": the verb, not NATO
                    continue
                if _common_word_at_start(x, view, m, FUNCTION_WORD_ZIPF) and all(
                        kb.entries[f.entity_id].type != "COUNTRY" for f in forms):
                    continue  # "Man sagt": a pronoun, not the Isle of Man
            if _noun_after_determiner(x, view, m, forms):
                continue  # "mehrere Male": the plural of "Mal", not Malé
            if all(kb.entries[f.entity_id].type == "PERSON" for f in forms) \
                    and suffix_after(view.text, x.end) is not None:
                unresolved.append(x)  # "Donald Trump Jr.": the son, not the KB's Donald Trump
                continue
            if " " in text and _other_given_name(_word_before(view, x.start), view, m) \
                    and all(kb.entries[f.entity_id].type == "PERSON" for f in forms):
                unresolved.append(x)  # "Pier Silvio Berlusconi": a given name before makes another person
                continue
            if _given_name_of_a_person(x, view, m, forms):
                unresolved.append(x)  # "Maurice Dupont": a given name, not Mauritius
                continue
            forms = without_unevidenced_states(forms, x, anchors, view, m.lex, kb)
            entry, conf, rule = _pick(forms, anchors, kb)
            kind = "acronym" if all(f.kind == "acronym" for f in forms if f.entity_id == entry.id) else "name"
            if kind == "name" and entry.type in ORG_TYPES and text.islower() and " " not in text \
                    and (entry.type != "GROUP" or _describes(x, view, m)):
                kind = "adjective"  # "el senador republicano": a party word that describes, never a speaker
            elif entry.type in ORG_TYPES and role_compound_after(view, x.end, m.lex):
                kind = "adjective"  # "der AfD-Chef": the party qualifies a person's role, like "leghista"
            elif entry.type == "PLACE" and role_after(view, x.end, m.lex):
                kind = "adjective"  # "Thüringens AfD-Chef": the place says whose role, it does not speak
            mentions.append(_place_or_metonym(x, text, entry, kind, conf, rule, view, m))
        elif "surname" in kinds or "given" in kinds:
            found = _surname(x, view, m, full_at, day, anchors, namesakes)
            if found is None:
                unresolved.append(x)
            else:
                entry_id, conf, rule = found
                mentions.append(Mention(x.start, x.end, text, entry_id, rule, conf, "surname"))
        elif "adjective" in kinds:
            if x.title is not None and not view.text[x.start].isupper():
                continue  # a title word that is also an adjective form: titles decide
            if _compound_noun_after(view, x.end, m):
                continue  # "der Deutsch-Israeli": a person of two nationalities, no country acting
            entry, conf, rule = _pick(x.forms, anchors, kb)
            mentions.append(Mention(x.start, x.end, text, entry.id, "adjective:" + rule,
                                    min(conf, 0.85), "adjective"))
    return Resolution(mentions, unresolved, namesakes)


def _noun_after_determiner(x: Match, view: TextView, m: Matcher, forms: list[Form]) -> bool:
    """Where every noun is capitalised, a town's one-word name that is also a frequent word (itself or
    uninflected: "Male" -> "Mal") right after an article, a quantifier or a numeral is that word:
    "mehrere Male", "in der Halle". Towns take no article unless an adjective stands between ("das
    geteilte Berlin"); regions do ("die Krim"), so only settlements (entries with a population) count."""
    determiners = m.lex.noun_determiners
    if not determiners or view.text[x.start - 1:x.start] != " " or " " in view.text[x.start:x.end]:
        return False
    if any(m.kb.entries[f.entity_id].type != "PLACE" or m.kb.entries[f.entity_id].population is None
           for f in forms):
        return False
    before = view.words_before(x.start, 1)
    if not before or before[-1] not in determiners:
        return False
    if view.text[x.end:x.end + 1] == " " and view.text[x.end + 1:x.end + 2].isupper() \
            or view.text[x.end:x.end + 1] == "-":
        return False  # "an der London School", "den Hamburg-Marathon": the article is the longer name's
    word = view.folded[x.start:x.end]
    frequency = _noun_zipf(word, m.lex, UNINFLECTED_STEM)
    # a word more frequent here than in English is one of the language's words ("Male": "Mal"), not
    # an international name ("London", "Paris")
    return frequency >= m.lex.common_word_zipf and frequency > zipf(word, "en")


def _given_name_of_a_person(x: Match, view: TextView, m: Matcher, forms: list[Form]) -> bool:
    """A one-word place or country name that is also a given name, followed by a capitalised word
    no KB name covers, begins a person's name: "Maurice Dupont", "Georgia Meloni"-like cases."""
    text = view.text
    word = text[x.start:x.end]
    if " " in word or text[x.end:x.end + 1] != " " or not text[x.end + 1:x.end + 2].isupper():
        return False
    if any(m.kb.entries[f.entity_id].type not in ("COUNTRY", "PLACE") for f in forms):
        return False
    nxt = view.word_after(x.end) or ""
    if nxt in m.lex.subdivision_heads:
        return False  # "Georgia Gov. Brian Kemp": the state's governor
    if word not in m.given_names:
        # "Rom Braslavski" ... "Braslavski war": a rare word after the place that the article
        # goes on using alone is a family name, and the place word the person's given name
        return alone_elsewhere(view, x.end + 1, nxt) and max(
            zipf(nxt, m.lex.code), zipf(nxt, "en")) < RARE_FAMILY_NAME_ZIPF
    return zipf(nxt, m.lex.code) < m.lex.common_word_zipf and nxt not in m.adjectives






def _compound_noun_after(view: TextView, end: int, m: Matcher) -> bool:
    """True when a hyphen joins the word ending at ``end`` to a capitalised word that is no country
    adjective ("Deutsch-Israeli", "Deutsch-Türke"): a compound noun naming people, while
    "deutsch-französische" stays two countries."""
    if view.text[end:end + 1] != "-" or not view.text[end + 1:end + 2].isupper():
        return False
    nxt = view.word_after(end + 1) or ""
    return nxt.split("-")[0] not in m.adjectives


def _describes(x: Match, view: TextView, m: Matcher) -> bool:
    """A lower-case group word used as an adjective: after a lower-case word that is no article
    ("i ribelli talebani") or, where nouns are capitalised, before a noun. After an article it names
    the actors ("i talebani"). Lower-case party words ("republicanos") always count as describing:
    the event rules read them as actors too eagerly ("ataque por parte de los republicanos")."""
    before = view.words_before(x.start, 1)
    if before and before[-1].isalpha() and before[-1].islower() \
            and before[-1] not in m.lex.definite_articles and view.text[x.start - 1:x.start] == " ":
        return True
    after = view.text[x.end + 1:x.end + 2]
    return m.lex.common_word_everywhere and view.text[x.end:x.end + 1] == " " and after.isupper()


def _unambiguous(named: list[Match], kb: KnowledgeBase) -> set[str]:
    ids: set[str] = set()
    for x in named:
        entities = {f.entity_id for f in x.forms if f.kind not in ("surname", "given")}
        if len(entities) == 1:
            ids |= entities
    return ids


def _pick(forms: list[Form] | tuple[Form, ...], anchors: set[str],
          kb: KnowledgeBase) -> tuple[KBEntry, float, str]:
    entries = list({f.entity_id: kb.entries[f.entity_id] for f in forms}.values())
    if len(entries) == 1:
        return entries[0], 0.95, "kb"
    anchor_entries = [kb.entries[a] for a in anchors]

    def score(entry: KBEntry) -> float:
        related = sum(1 for a in anchor_entries if a.id != entry.id and _related(entry, a))
        named_elsewhere = 2 if entry.id in anchors else 0  # "Mexican" ... "Mexico": the country
        return named_elsewhere + related + TYPE_PRIOR.get(entry.type, 0.0) \
            + min(entry.population or 0, 10**9) / 10**10

    ranked = sorted(entries, key=score, reverse=True)
    context = int(score(ranked[0]))
    return ranked[0], min(0.9, 0.5 + 0.1 * context), "kb:context" if context else "kb:prior"


def _related(a: KBEntry, b: KBEntry) -> bool:
    return (b.id in (a.parent, a.capital) or a.id in (b.parent, b.capital)
            or (a.country is not None and a.country == b.country))


def _place_or_metonym(x: Match, text: str, entry: KBEntry, kind: str, conf: float, rule: str,
                      view: TextView, m: Matcher) -> Mention:
    country_id = m.capital_of.get(entry.id)
    cue = view.phrase_before(x.start, m.lex.cues_before) if country_id is not None else None
    if country_id is None or (view.phrase_before(x.start, m.lex.locatives) and not _government_in(x, view, m)) \
            or view.phrase_before(x.start, m.lex.origins) \
            or view.phrase_before(x.start, m.lex.particles) \
            or m.lex.cues_before.get(cue or "") == "PLACE" \
            or _dateline(x, view.text):  # "il sindaco di Mosca", "la capitale, Damasco", "Berlin. Die..."
        return Mention(x.start, x.end, text, entry.id, rule, conf, kind)
    return Mention(x.start, x.end, text, country_id, "metonym:capital", min(conf, 0.75), "metonym")


#: What follows a town that opens a paragraph as its dateline: "Berlin. Die", "PARIS (AFP) -",
#: "Roma, 4 febbraio", "MOSCOW —".
_DATELINE_AFTER = re.compile(r"\.[ \u00a0]+[^\W\d_]|[ \u00a0]*\(|[ \u00a0]+[-–—]|,[ \u00a0]+\d")


def _dateline(x: Match, text: str) -> bool:
    """True when a capital opens a paragraph as the article's dateline: where it was written from,
    a place, not the country acting."""
    return (x.start == 0 or text[x.start - 1] == "\n") and _DATELINE_AFTER.match(text, x.end) is not None


def _government_in(x: Match, view: TextView, m: Matcher) -> bool:
    """"Regierungen in Washington und Moskau", "das Regime in Moskau", "the government in Kabul": a
    capital after a government's noun and a preposition names the country's government, not the town."""
    words = view.words_before(x.start, 2)
    if len(words) < 2:
        return False
    noun = words[0]
    return any(noun.startswith(body.phrase) for body in m.lex.institutions
               if body.acts_as == "COUNTRY" and " " not in body.phrase)


def _surname(x: Match, view: TextView, m: Matcher, full_at: dict[str, int],
             day: date | None, anchors: set[str],
             namesakes: dict[int, tuple[int, tuple[str, ...]]] | None = None) -> tuple[str, float, str] | None:
    if _opens_full_name(x, view, m):
        return None  # "Paola De Micheli" is not the KB's Giampaolo Di Paola, whatever came before
    if suffix_after(view.text, x.end) is not None:
        return None  # "Trump Jr.": a son of the family, none of the KB's Trumps
    short = x.end - x.start <= SHORT_FAMILY_NAME
    if short and (_common_word_at_start(x, view, m) or not view.text[x.start + 1:x.end].islower()):
        return None  # "Ma la visita", "Li ho visti": the word, even after "Ma Ying-jeou" or "Li Qiang"; "SU 35"
    ids, surnames, prominent_ids = _surname_candidates(x.forms, m)
    given = _word_before(view, x.start)
    if given and _other_given_name(given, view, m):
        # "Eric Trump", "Pier Silvio Berlusconi": a listed given name that is not the KB person's
        # own (nor a spelling of it) makes another person of that family
        ids = [i for i in ids if i not in surnames or same_given_name(given, m.kb.entries[i])]
    # "Frau Merz", "Mme Dupont": not the man of that name (an honorific's gender against the given name)
    if honorific_before(view, x.start, m) is not None:  # (rare: asked once, not once per candidate)
        ids = [i for i in ids if not other_gender(view, x.start, m, m.kb.entries[i])]
    earlier = [i for i in ids if full_at.get(i, x.start) < x.start]
    if len(earlier) == 1:
        return earlier[0], 0.9, "surname:after-full-name"
    if len(earlier) > 1:  # the nearest full name before wins
        return max(earlier, key=lambda i: full_at[i]), 0.7, "surname:nearest-full-name"
    later = [i for i in ids if i in full_at]
    if len(later) == 1:
        return later[0], 0.8, "surname:before-full-name"
    if m.lex.calendar_at(view, x.start, x.end) or \
            (_common_word_at_start(x, view, m) and not person_cue_before(view, x.start, m)):
        return None
    before = _word_before(view, x.start)
    variant = [i for i in surnames if before and same_given_name(before, m.kb.entries[i])]
    if len(variant) == 1:  # "Binyamin" for the KB's "Benjamin": the full name, spelt otherwise
        full_at.setdefault(variant[0], x.start)  # later "Netanyahu" follows it
        return variant[0], 0.85, "surname:given-name-variant"
    if _inside_longer_name(view, x.start, x.end, m, _family_first_only(x, m)):
        return None  # "Ahmed Sharif Chaudhry", "Saddam Hussein": not the KB's Abiy Ahmed
    if (_language_word(x, view, m) and not person_cue_before(view, x.start, m)) or _abbreviation(x, view, m):
        return None  # "published in English", "the German side", "Sen. Murphy": not Bill English, not Hun Sen
    prominent = [i for i in ids if i in prominent_ids]
    if len(prominent) > 1 and _family_first_only(x, m):
        return None  # "Wang", "Kim" alone: a family name of many, not whichever of them holds a role today
    if short and len(prominent) > 1:
        return None  # "Li", "Ma" alone: the family name of many; "Xi" is one man's (a word too, "Li" in
        # Italian, only where the article names his country: below)
    if len(prominent) > 1:
        if namesakes is not None:
            namesakes[x.start] = (x.end, tuple(prominent))
        prominent = _likeliest(prominent, day, anchors, m.kb)
    if len(prominent) == 1 and (_namesake_word(x, view, m) or _long_out_of_office(m.kb.entries[prominent[0]], day)) \
            and not person_cue_before(view, x.start, m) and not _country_named(m.kb.entries[prominent[0]], anchors, m.kb):
        # "white Christian America", "says Ibrahim" in Khartoum: not Micronesia's or Malaysia's man;
        # "Tannenbaum and Schmidt" on leadership styles: not Germany's chancellor of 1974-1982
        return None
    if len(prominent) == 1 and view.text[x.end:x.end + 1] != "-":
        # (not before a hyphen: "vom Nova-Musikfestival" names a festival, not the KB's Carlos Vila Nova)
        return prominent[0], 0.6, GUESSED_SURNAME_RULE
    return None


def _likeliest(prominent: list[str], day: date | None, anchors: set[str], kb: KnowledgeBase) -> list[str]:
    """Of several titled KB people bearing one family name, those a bare mention most likely means: the
    ones holding a role on the day, else the one whose country the article names ("Herzog" beside
    "Berlin": Roman Herzog, not Israel's presidents). Otherwise none: members of one family of one
    country (Bush, Clinton) are told apart only by a title (titles.py) or a full name, and recency is
    no guide ("Brown" in 2026 is no more the general who left in 2025 than Gordon Brown)."""
    on_day = [i for i in prominent if kb.entries[i].roles_on(day)]
    if on_day or day is None:
        return on_day
    named = [i for i in prominent if _country_named(kb.entries[i], anchors, kb)]
    return named if len(named) == 1 else []


def _last_day(person: KBEntry) -> str:
    """The last day (ISO) of the person's roles; "" for undated roles."""
    return max((r.end for r in person.roles if r.end), default="")


def _long_out_of_office(person: KBEntry, day: date | None) -> bool:
    """True when every role of the person ended HISTORICAL_YEARS or more before the day."""
    if day is None or any(r.end is None for r in person.roles):
        return False
    last = _last_day(person)
    return bool(last) and int(last[:4]) + HISTORICAL_YEARS <= day.year


def _language_word(x: Match, view: TextView, m: Matcher) -> bool:
    """True when the word, exactly as written, names a language or is a country's adjective in the
    article's language ("English", "Englisch", "German", "Thai"): a word every article may use, so it
    names no KB person by itself. Exact case keeps a capitalised surname where such words are written
    in lower case ("Albanese" in Italian, where the adjective is "albanese")."""
    text = view.text[x.start:x.end]
    return text in m.lex.language_names or any(f.kind == "adjective" and f.text == text for f in x.forms)


def _namesake_word(x: Match, view: TextView, m: Matcher) -> bool:
    """True when many people or things bear the word: a given name (listed by a language, or a KB
    person's first name: "Christian", "Ibrahim") or a common word of the article's language ("King",
    "Key", "Trump"). Alone, such a word names the KB person only where the article says something
    of that person's country."""
    text = view.text[x.start:x.end]
    return text in m.listed_anywhere or text in m.given_names \
        or zipf(view.folded[x.start:x.end], m.lex.code) >= m.lex.common_word_zipf


def _country_named(person: KBEntry, anchors: set[str], kb: KnowledgeBase) -> bool:
    """True when an entity named unambiguously in the article is the person's country or of it
    ("White House", "Washington" for a US president)."""
    return any(_related(person, kb.entries[a]) for a in anchors)


def _abbreviation(x: Match, view: TextView, m: Matcher) -> bool:
    """True when the word and the period after it are one of the language's abbreviations ("Sen. Chris
    Murphy", "Sen." for Senator): a title cut short, not the KB's Hun Sen."""
    return view.text[x.end:x.end + 1] == "." and view.text[x.start:x.end].lower() in m.lex.abbreviations


#: Most surname form tuples whose candidates are kept (per process; past it they are recomputed).
SURNAME_CANDIDATES_LIMIT = 1 << 14
_SURNAME_CANDIDATES: dict[int, tuple[tuple[Form, ...], Matcher,
                                     tuple[list[str], frozenset[str], frozenset[str]]]] = {}


def _surname_candidates(forms: tuple[Form, ...], m: Matcher) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """(KB ids of the surname and given-name forms in order, ids of the surname forms (never a first
    name alone), ids of those whose KB roles include one the language has a title for). A common
    family name is the surname of many KB people and comes back in every article: the same form
    tuple (the matcher keeps one per spelling) is read once, looked up by identity."""
    known = _SURNAME_CANDIDATES.get(id(forms))
    if known is not None and known[0] is forms and known[1] is m:
        return list(known[2][0]), known[2][1], known[2][2]
    ids = list(dict.fromkeys(f.entity_id for f in forms if f.kind in ("surname", "given")))
    surnames = frozenset(f.entity_id for f in forms if f.kind == "surname")
    prominent = frozenset(i for i in ids if i in surnames
                          and any(r.role in m.title_roles for r in m.kb.entries[i].roles))
    if len(_SURNAME_CANDIDATES) < SURNAME_CANDIDATES_LIMIT:
        _SURNAME_CANDIDATES[id(forms)] = (forms, m, (ids, surnames, prominent))  # (kept: ids never reused)
    return list(ids), surnames, prominent


def _opens_full_name(x: Match, view: TextView, m: Matcher) -> bool:
    """True when the matched word is a listed given name (any language's list), or only a KB person's
    given name, and another capitalised name word follows one space after it: "Paola De Micheli",
    "Giuseppe Cortese", "Governor Bill Richardson". A KB person whose surname is also a given name
    ("Giampaolo Di Paola") or whose given name the article already used ("Giuseppe Sala", "Bill
    Clinton") is then not meant: a new full name begins here."""
    text = view.text
    end = x.end
    # (an honorific some KB alias opens with is no given name: "Sir Keir" after "Sir Keir Starmer";
    # a family name written first opens a name as a given name does: "Wang Xiaoming" after "Wang Yi")
    given_only = (all(f.kind == "given" for f in x.forms) or _family_first_only(x, m)) and \
        m.lex.cues_before.get(view.folded[x.start:end]) != "PERSON"
    if (text[x.start:end] not in m.listed_anywhere and not given_only) or text[end:end + 1] != " " \
            or not text[end + 1:end + 2].isupper():
        return False
    k = end + 1
    while k < len(text) and (text[k].isalpha() or text[k] in "'’"):
        k += 1
    nxt = view.folded[end + 1:k].replace("’", "'")
    if "'" in nxt:  # "D'Alema", "O'Neill"
        return text[end + 1 + nxt.index("'") + 1:end + 2 + nxt.index("'")].isupper()
    if nxt in m.lex.particles:  # "De Micheli", "van Gaal": a particle, then the family name
        return text[k:k + 1] == " " and text[k + 1:k + 2].isupper()
    if text[end + 1:k].isupper():
        return False  # "Paola ONU": an acronym is a body, not a family name
    # where every noun is capitalised, a frequent word after the name is a noun ("Maria Regierung")
    return not m.lex.common_word_everywhere or zipf(nxt, m.lex.code) < m.lex.common_word_zipf


def _person_named_before(x: Match, forms: list[Form], full_at: dict[str, int], kb: KnowledgeBase) -> str | None:
    """The KB person named in full earlier in the article whose family name this one-word organisation
    name also is ("Bloomberg", "Ferrari", "Armani" after the founder's full name), or None."""
    if any(kb.entries[f.entity_id].type not in ORG_TYPES for f in forms) or " " in forms[0].text:
        return None
    people = {f.entity_id for f in x.forms if f.kind == "surname" and full_at.get(f.entity_id, x.start) < x.start}
    return next(iter(people)) if len(people) == 1 else None


def _other_given_name(word: str, view: TextView, m: Matcher) -> bool:
    """True when ``word`` (the capitalised word before a person's name) is a given name: listed by a
    language, or the first name of a KB person and no common word of the language ("Marina" where
    it is also the navy's word stays out)."""
    if not word:
        return False
    return word in m.listed_anywhere or word in m.given_names and zipf(word.lower(), m.lex.code) < m.lex.common_word_zipf


def _word_before(view: TextView, start: int) -> str:
    """The capitalised word one space before ``start`` ("Binyamin" in "Binyamin Netanyahu"), or ""."""
    if start < 2 or view.text[start - 1] != " ":
        return ""
    k = start - 1
    while k > 0 and view.text[k - 1].isalpha():
        k -= 1
    word = view.text[k:start - 1]
    return word if word[:1].isupper() and len(word) > 2 else ""


def _family_first_only(x: Match, m: Matcher) -> bool:
    """True when every KB person the word names bears it as a family name written first ("Xi",
    "Wang", "Kim" of "Kim Jong Un"), or as a given name: given names then follow it."""
    return any(f.kind == "surname" for f in x.forms) and all(
        f.kind == "given" or f.kind == "surname" and " " not in f.text and m.kb.family_first(m.kb.entries[f.entity_id])
        for f in x.forms)


def _inside_longer_name(view: TextView, start: int, end: int, m: Matcher, family_first: bool = False) -> bool:
    """True when a capitalised name word touches the match (one space apart) on either side, or
    when the same word follows another capitalised name word elsewhere in the article (precedes
    one, for a family name written first: "Wang Xiaoming ... Wang said"): it is
    then part of a name the KB does not know, not a well-known surname alone. Capitalised
    common words do not count ("Putins Sprecher": German capitalises nouns)."""
    text = view.text
    if (_initial_at(text, start - 3) and honorific_before(view, start, m) is None) or _initial_at(text, end + 1):
        return True  # "Jaya K. Rao", "J. Jenkins et al.", "Martin L. Yarmush": an initial of a longer name

    def name_word(k: int, stop: int) -> bool:
        # a given name opening the sentence is still a name word: "Juan Martínez no es ..." is
        # not the KB's Julio Martínez
        return text[k].isupper() and (text[k:stop] in m.given_names or not view.sentence_initial(k)
                                      and zipf(view.folded[k:stop], m.lex.code) < m.lex.common_word_zipf)

    if text[end:end + 1] == " " and any(  # "Ali al-Dabbagh": an elided particle and a capital
            p[-1] in "-'" and view.folded.startswith(p, end + 1) and text[end + 1 + len(p):end + 2 + len(p)].isupper()
            for p in m.lex.particles):
        return True
    if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
        k = end + 1
        while k < len(text) and text[k].isalpha():
            k += 1
        if name_word(end + 1, k):
            return True
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha():
        k = start - 2
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if name_word(k, start - 1):
            return True
    word = text[start:end]
    i = text.find(" " + word)
    while i != -1:
        k = i
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k < i and name_word(k, i) and \
                (i + 1 + len(word) >= len(text) or not text[i + 1 + len(word)].isalnum()):
            return True
        i = text.find(" " + word, i + 1)
    if family_first:
        for found in re.finditer(rf"(?<!\w){re.escape(word)} ([^\W\d_][\w'’-]*)", text):
            if name_word(found.start(1), found.end(1)):
                return True
    return False


def _initial_at(text: str, k: int) -> bool:
    """True when an initial ("K. ") stands at ``k``: a capital letter alone, a period and a space, after a
    space, a bracket or the text's start (not "U.S. ", whose last letter follows a period)."""
    return 0 <= k and k + 3 <= len(text) and text[k].isupper() and text[k + 1] == "." \
        and text[k + 2:k + 3] in (" ", "") and (k == 0 or text[k - 1] in " (\n\u00a0")


_NAME_BEFORE_BRACKET = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[ \u00a0]*\(\Z")


def _affiliation(x: Match, view: TextView) -> bool:
    """Is the name alone in brackets right after a capitalised word ("Matteo Salvini (Lega)", "Anne
    Spiegel (Grüne)")? That is a person's party or body, written capitalised as a name; a bracket
    otherwise opens like a sentence, where a capital says nothing."""
    return view.text[x.end:x.end + 1] == ")" \
        and _NAME_BEFORE_BRACKET.search(view.text, max(0, x.start - 40), x.start) is not None


def _common_word_at_start(x: Match, view: TextView, m: Matcher, threshold: float | None = None) -> bool:
    """A one-word name that is also a common word, capitalised maybe only by its position."""
    word = view.folded[x.start:x.end]
    original = view.text[x.start:x.end]
    if " " in word or original.isupper() or not original[1:].islower() and original[1:].isalpha():
        return False  # capitals inside a word ("AfD", "SpaceX") make a name, never a common word
    if _affiliation(x, view):
        return False
    initial = view.sentence_initial(x.start)
    if not (m.lex.common_word_everywhere or initial):
        return False
    frequency = zipf(word, m.lex.code)
    if frequency < (m.lex.common_word_zipf if threshold is None else threshold):
        return False
    # where every noun is capitalised, a name as frequent in English as here is a brand or an
    # organisation known everywhere ("Facebook", "Google"), not a noun of the language ("Mitte")
    return initial or not m.lex.common_word_everywhere \
        or frequency - zipf(word, "en") >= LOCAL_WORD_MARGIN
