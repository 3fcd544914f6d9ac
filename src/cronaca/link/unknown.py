"""Names that are not in the knowledge base still become entities (in_kb=False).

A name is a run of capitalised words (joined by the language's name particles: "Università di
Bologna", "Ursula von der Leyen") that no KB match or title covers. Leading words that are only
capitalised by position are dropped when they are common words (wordfreq zipf above the
language's threshold), and month or weekday names are never part of a name.
Each name gets a typed guess, strongest evidence first:
  title just before ("il ministro X")  > a word of the name itself ("Università", "Ministry")
  > cue word before ("signor", "la società", "Mr") > first word is a KB given name (PERSON)
  > locative preposition before ("a X": PLACE) > a town's name (gazetteer.py) > all capitals (ORG) > cue word after ("X said")
  > several words ending in a common word ("Brookings Institution": ORG) > several words (PERSON)
  > a name ending > one word (ORG, low confidence).
A lone capitalised organisation noun ("il Parlamento") is not a name; where every noun is
capitalised (German), compound nouns ("Kongressabgeordneten") are common words, not names.
Mentions of the same name are merged, and a later one-word mention that is the last (or, for
family-name-first names, the first) word of an earlier multi-word PERSON joins it (kind=surname);
so do a family name of several words ("Sheib ad-Din"), one part of a hyphenated one ("Almeida"),
and a frequent word that is a known person's family name ("Hofmann sagte"). A role word before a
name is not part of it, nor is a compound ending in one where nouns compound ("Arbeitsministerin",
"AfD-Chef"); a role two lower-case words before ("el presidente andaluz X") or a role and its place
("il patriarca di Belgrado X") make the name a person; after a given name (any language's list)
even a common word is the family name ("Ricarda Lang").
Parts joined by hyphens and short lower-case words make one name ("Seine-et-Marne": hyphenated.py);
variants of one body's name in an article make one entity (body_variants.py).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache

from cronaca.document import Mention
from cronaca.kb import KBEntry
from cronaca.link.automaton import Matcher
from cronaca.link.body_variants import join_body_variants
from cronaca.link.gazetteer import is_town
from cronaca.link.generations import is_suffix
from cronaca.link.hyphenated import LINKED_NAME, UPPER
from cronaca.link.inhabitants import inhabitants
from cronaca.link.place_codes import place_code_spans
from cronaca.link.sites import designator_before
from cronaca.link.speaking_names import speaking_positions
from cronaca.link.lexicon import LinkLexicon, lexicon, own_inside_cues
from cronaca.link.view import TextView
from cronaca.link.words import zipf


_U = UPPER
# parts joined by hyphens, also across one short lower-case link word ("Seine-et-Marne": hyphenated.py)
# (a letter and its combining accents are one: "SÜGAM" written "SU" + U+0308 is no "SU" and "GAM")
_W = r"[\w\u0300-\u036f]"
TOKEN = rf"(?:[{_U}]\.|{LINKED_NAME}|[{_U}]{_W}*(?:['’][{_U}]{_W}*)?(?:-[{_U}]{_W}*)*)"
# TOKEN with its capital read first, before the alternatives, and the look-behinds moved after it: a
# pattern that opens on a character class lets the regex engine jump straight to capitals, where one
# opening on alternatives or a look-behind is tried at every character (``_sequences``)
_LINKED_HEAD = rf"(?<![\w'’-])[{UPPER}]"
assert LINKED_NAME.startswith(_LINKED_HEAD)
_FIRST_TOKEN = rf"[{_U}](?<!{_W}.)(?:\.|(?<![\w'’-].){LINKED_NAME[len(_LINKED_HEAD):]}" \
    rf"|{_W}*(?:['’][{_U}]{_W}*)?(?:-[{_U}]{_W}*)*)"
_TOKEN_RE = re.compile(TOKEN)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_INITIAL = re.compile(rf"[{_U}]\.")
_NOT_UNICODE_SLUG = re.compile(r"[\W_]+")
_ROMAN = re.compile(r"[IVXLC]+(?:e|er|ème|º)?")
_HEAD_AFTER = re.compile(r"[ \u00a0]+(\w+)\b")


@cache
def _sequence_re(particles: tuple[str, ...], scan: bool = False) -> re.Pattern[str]:
    """A run of capitalised words joined by spaces and the language's particles, matched where it
    starts; ``scan``: for ``finditer`` over a whole text, the first word not glued to a word before it."""
    spaced = "|".join(re.escape(p) for p in particles if not p.endswith(("'", "-")))
    elided = "|".join(re.escape(p) + "|" + re.escape(p.replace("'", "’"))
                      for p in particles if p.endswith(("'", "-")))
    joins = [r"[ \u00a0]"]
    if spaced:
        joins.append(rf"[ \u00a0](?:{spaced})[ \u00a0]")
    if elided:
        joins.append(rf"[ \u00a0](?:{elided})")
    join = "|".join(sorted(joins, key=len, reverse=True))
    # (scan: the first word opens on its capital, no look-behind in front: the regex engine jumps to capitals)
    return re.compile(rf"{_FIRST_TOKEN if scan else TOKEN}(?:(?:{join}){TOKEN})*")


def _sequences(lex: LinkLexicon, text: str) -> Iterator[re.Match[str]]:
    r"""Runs of capitalised words not glued to a word before them, as a leading ``(?<!\w)``
    would find them: a capital inside a word ("iPhone") moves the search on by one character.
    (One C-level scan: the pattern opens on a capital and checks the character before it after.)"""
    return _sequence_re(lex.particles, scan=True).finditer(text)


@dataclass(slots=True)
class Guess:
    type: str
    confidence: float
    rule: str


@dataclass(slots=True)
class Unknown:
    """One entity not in the KB, with its mentions."""

    name: str
    type: str
    confidence: float
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    id: str = ""  # x:<type>:<slug>, set once the type is final (``settle``)

    def settle(self) -> str:
        self.id = f"x:{self.type.lower()}:{slug(self.name)}"
        for mention in self.mentions:
            mention.entity_id = self.id
        return self.id


def recast(kb_mentions: list[Mention], named_otherwise: Callable[[Mention], bool], type_: str,
           rule: str, confidence: float) -> tuple[list[Mention], list[Unknown]]:
    """KB mentions that the text shows to name something else (a town's club, a country's team) become
    entities outside the KB of ``type_``, one per written form; the rest are returned as they were."""
    kept: list[Mention] = []
    recast_as: dict[str, Unknown] = {}
    for x in kb_mentions:
        if not named_otherwise(x):
            kept.append(x)
            continue
        entity = recast_as.get(x.text)
        if entity is None:
            entity = recast_as[x.text] = Unknown(x.text, type_, confidence)
        entity.mentions.append(Mention(x.start, x.end, x.text, "", rule, confidence, "name"))
    for entity in recast_as.values():
        entity.settle()
    return kept, list(recast_as.values())


def find_unknown(view: TextView, m: Matcher, taken: bytearray, kb_mentions: list[Mention],
                 person_cues: dict[int, list[str]]) -> tuple[list[Unknown], set[int]]:
    """Unknown entities in text order, and ids (``id()``) of KB mentions absorbed into them.

    A run of unknown words next to a one-word KB match (only a space between them) makes one
    longer name with it: "Porto Santo Stefano", "Ascoli Piceno" (the KB match is absorbed); across
    a particle they stay apart ("Tribunale di Milano" is an ORG and a place), except that one or two words before a KB surname are the
    person's given name in another spelling ("Sergey Shoigu" for the KB's "Sergei Shoigu").
    """
    lex = m.lex
    by_start = {x.start: x for x in kb_mentions}
    by_end = {x.end: x for x in kb_mentions}
    absorbed: set[int] = set()
    entities: dict[str, Unknown] = {}
    surnames: dict[str, Unknown] = {}
    swallowed: set[int] = set()  # starts of words a name before them took in
    codes_after_kb: list[tuple[int, int]] = []
    if lex.place_code:  # (the places are gathered only where the language has codes)
        codes_after_kb = place_code_spans(view, lex, {x.end for x in kb_mentions
                                                      if m.kb.entries[x.entity_id].type == "PLACE"},
                                          m.listed_given_names)
        for s, e in codes_after_kb:
            taken[s:e] = b"\x01" * (e - s)  # "Seregno (MB)": the town's province code, no body's acronym
    seqs = list(_sequences(lex, view.text))
    speaking = speaking_positions(view, lex.code, lex.common_word_zipf, lex.common_word_everywhere)
    joined: set[int] = set()  # sequences a conjunction joined to the one before them
    for i, seq in enumerate(seqs):
        if i in joined or taken.find(0, seq.start(), seq.end()) == -1:
            continue  # a KB name or a title covers it all: the usual case, skipped cheaply
        for a, b in _uncovered(taken, seq.start(), seq.end()):
            tokens = [_without_article(t.start() + a, t.end() + a, view.text, lex)
                      for t in _TOKEN_RE.finditer(view.text[a:b])]
            if len(tokens) == 1 and _common_at_start(tokens[0], view, lex) \
                    and not _earlier_person(tokens, view, surnames, lex) \
                    and not _modified_head(tokens[0], view, lex):
                continue  # "The", "Nonostante": the most frequent case, settled cheaply
            listed = _enumerated(tokens, seqs, i, view, m, taken) \
                if tokens and b == seq.end() and i + 1 < len(seqs) else None
            if listed is not None:  # "Ministerio de Ganadería, Agricultura y Pesca": one body
                more, count = listed
                joined.update(range(i + 1, i + 1 + count))
                _one_name(tokens + more, seqs[i + count], view, m, by_start, by_end, person_cues, absorbed,
                          entities, surnames, swallowed, speaking)
                continue
            more = _conjoined(tokens, seqs[i + 1], view, m, taken) \
                if tokens and b == seq.end() and i + 1 < len(seqs) else None
            if more:  # "National Intelligence and Security Agency": one body
                joined.add(i + 1)
                _one_name(tokens + more, seqs[i + 1], view, m, by_start, by_end, person_cues, absorbed,
                          entities, surnames, swallowed, speaking)
                continue
            for piece in _split_at_particles(tokens, view, lex):
                if piece[0][0] not in swallowed:
                    _one_name(piece, seq, view, m, by_start, by_end, person_cues, absorbed,
                              entities, surnames, swallowed, speaking)
    _type_lone_speakers(entities)
    _join_earlier_surnames(entities, surnames)
    _join_shortened_names(entities)
    _join_given_names(entities)
    join_body_variants(entities, WEAK_RULES)
    _type_listed(entities, view, m, kb_mentions)
    unknowns = [e for e in {id(e): e for e in entities.values()}.values()  # case forms share one
               if not _unsupported(e) and not _capitalised_word(e, lex)]
    for entity in unknowns:
        entity.settle()
    return _with_provinces(unknowns, view, lex, codes_after_kb, kb_mentions, absorbed,
                           m.listed_given_names), absorbed


#: How sure a province named by its code after a town is.
PLACE_CODE_CONFIDENCE = 0.75


def _with_provinces(unknowns: list[Unknown], view: TextView, lex: LinkLexicon,
                    codes_after_kb: list[tuple[int, int]], kb_mentions: list[Mention],
                    absorbed: set[int], given_names: frozenset[str] = frozenset()) -> list[Unknown]:
    """Codes after towns ("Seregno (MB)", "a Pincopallo (MB)") name the town's province: a code
    the language lists in place_codes.tsv becomes a mention of that province (a PLACE), one
    another rule typed (an acronym, "MB"; the KB's "FI", Forza Italia) is no body's (its KB
    mention joins ``absorbed``); an unlisted code is dropped."""
    if not lex.place_code:
        return unknowns
    ends = {x.end for e in unknowns if e.type == "PLACE" for x in e.mentions}
    codes = set(place_code_spans(view, lex, ends, given_names)) | set(codes_after_kb)
    if not codes:
        return unknowns
    for entity in unknowns:
        entity.mentions = [x for x in entity.mentions if (x.start, x.end) not in codes]
    absorbed.update(id(x) for x in kb_mentions if (x.start, x.end) in codes)
    kept = [e for e in unknowns if e.mentions]
    provinces: dict[str, Unknown] = {}
    for s, e in sorted(codes):
        name = lex.place_codes.get(view.text[s:e])
        if name is None:
            continue
        province = provinces.get(name)
        if province is None:
            province = provinces[name] = Unknown(name, "PLACE", PLACE_CODE_CONFIDENCE)
            kept.append(province)
        province.mentions.append(Mention(s, e, view.text[s:e], "", "unknown:place-code",
                                         PLACE_CODE_CONFIDENCE, "name"))
    for province in provinces.values():
        province.settle()
    return kept


_APOSTROPHES = "'’"


#: Most words after a conjunction that go on a body's name ("Ministry of Trade and Industry").
MAX_CONJOINED_WORDS = 3
#: Words after the conjunction must be this common (zipf) to name the body's domain, not a party.
CONJOINED_WORD_ZIPF = 3.0
_CONJUNCTION = re.compile(r"[ \u00a0]+(\w+)[ \u00a0]+\Z")


def _conjoined(tokens: list[tuple[int, int]], nxt: re.Match[str], view: TextView, m: Matcher,
               taken: bytearray) -> list[tuple[int, int]] | None:
    """The tokens of the next run when a conjunction joins it to ``tokens`` into one body's name:
    the run after it ends in a body's noun the words before lack ("National Intelligence and
    Security Agency"), or a body's noun heads the words before and common words follow ("Ministry of
    Trade and Industry", "Ministerio de Transporte y Obras Públicas"). A locative preposition joins
    common words to a body's name the same way ("Fiscalía Especializada en Delitos Sexuales": a
    domain, not a place; a place the KB knows is taken and stays one). None otherwise."""
    lex = m.lex
    if lex.common_word_everywhere:
        return None  # "Bewegung und Miliz": where every noun is capitalised, nouns are no names
    found = _CONJUNCTION.match(view.folded[tokens[-1][1]:nxt.start()])
    if found is None or taken.find(1, nxt.start(), nxt.end()) != -1:
        return None
    locative = found.group(1) in lex.locatives
    if found.group(1) not in lex.conjunctions and not locative:
        return None
    more = [(t.start() + nxt.start(), t.end() + nxt.start()) for t in _TOKEN_RE.finditer(nxt.group())]
    if not more or len(more) > MAX_CONJOINED_WORDS:
        return None
    left = [view.folded[s:e] for s, e in tokens]
    right = [view.folded[s:e] for s, e in more]
    if any(view.text[s:e] in m.given_names for s, e in tokens + more):
        return None
    body = [lex.cues_inside.get(w) == "ORG" for w in left + right]
    if not locative and not any(body[:len(left)]) and lex.cues_inside.get(right[-1]) == "ORG":
        return more
    if any(body[:len(left)]) and not any(body[len(left):]) \
            and all(zipf(w, lex.code) >= CONJOINED_WORD_ZIPF for w in right) \
            and (not locative or right[-1].endswith("s")):
        # (after a locative the words name a domain, in the plural: "en Delitos Sexuales", "in
        # Human Rights"; common words in the singular name a place: "en Villa Clara")
        return more
    return None


#: Most runs after a body's name that a list of its domains may take in ("Ciencia, Innovación,
#: Tecnología y Telecomunicaciones" after "Ministerio de": four).
MAX_ENUMERATED = 5
_LIST_COMMA = re.compile(r",[ \u00a0]+\Z")


def _enumerated(tokens: list[tuple[int, int]], seqs: list[re.Match[str]], i: int, view: TextView,
                m: Matcher, taken: bytearray) -> tuple[list[tuple[int, int]], int] | None:
    """The tokens of the runs a list of domains adds to a body's name, and how many runs: "Ministerio
    de Ganadería, Agricultura y Pesca", "Ministerium für Umwelt, Klima und Energiewirtschaft". The name
    has a body's noun with a particle after it (its domain follows), then commas join runs of common
    words and a conjunction the last one; a run the KB knows, a given name, a rare word or a body's
    own noun ("Salud, Carabineros y la PDI", "Universidad de Chile, Harvard y Stanford") ends no such
    list. None when no comma follows or the list is not closed by a conjunction."""
    lex = m.lex
    left = [view.folded[s:e] for s, e in tokens]
    heads = [k for k, w in enumerate(left[:-1]) if lex.cues_inside.get(w) == "ORG" or _body_noun(w, lex)]
    if not heads or not any(view.text[tokens[k][1]:tokens[k + 1][0]].strip(" \u00a0") for k in
                            range(heads[0], len(tokens) - 1)):
        return None
    pos, more = tokens[-1][1], []
    for j in range(i + 1, min(len(seqs), i + 1 + MAX_ENUMERATED)):
        nxt = seqs[j]
        gap = view.folded[pos:nxt.start()]
        comma = _LIST_COMMA.fullmatch(gap) is not None
        conjunction = _CONJUNCTION.fullmatch(gap)
        if not comma and not (more and conjunction and conjunction.group(1) in lex.conjunctions):
            return None
        if taken.find(1, nxt.start(), nxt.end()) != -1:
            return None
        run = [(t.start() + nxt.start(), t.end() + nxt.start()) for t in _TOKEN_RE.finditer(nxt.group())]
        if not run or len(run) > MAX_CONJOINED_WORDS:
            return None
        for s, e in run:
            word = view.folded[s:e]
            if view.text[s:e] in m.given_names or lex.cues_inside.get(word) == "ORG" or not (
                    _domain_word(word, lex) or lex.common_word_everywhere and _common_noun(word, lex)):
                return None
        more += run
        pos = nxt.end()
        if not comma:
            return more, j - i
    return None


#: A word of a listed domain at least this frequent (zipf) is a common word even in English text.
DOMAIN_WORD_ZIPF = 4.4


def _domain_word(word: str, lex: LinkLexicon) -> bool:
    """A common word of the language that names a domain ("agricultura", "health"), not a name that
    news writes in every language ("Harvard", "Oxford": more frequent in English than in Spanish,
    and in English less frequent than the words of a ministry's name)."""
    frequency = zipf(word, lex.code)
    return frequency >= DOMAIN_WORD_ZIPF or frequency >= CONJOINED_WORD_ZIPF and frequency > zipf(word, "en")


def _without_article(start: int, end: int, text: str, lex: LinkLexicon) -> tuple[int, int]:
    """"L'OFAG", "L’Office": an elided one-letter article glued to a name is not part of it.
    A one-letter elision that is a name particle of the language stays ("D'Alema" in Italian)."""
    if end - start > 3 and text[start + 1] in _APOSTROPHES and text[start].isalpha() \
            and text[start].lower() + "'" not in lex.particles:
        return start + 2, end
    return start, end


#: How sure a lone word next to a verb of saying is a person (``speaking_names``): above the guesses
#: by no cue ("unknown:single", "unknown:ending"), below a cue word or a word of the name itself, and
#: weak enough that a misspelt family name still joins the person ("alertó Murátov" after "Dmitry Muratov").
SPEAKER_CONFIDENCE = 0.55
#: Fewest mentions an unknown name typed by no evidence at all needs to be kept as an entity.
LONE_NAME_MIN_MENTIONS = 2
#: Rules that are no evidence: one word with no cue, words joined by a particle with no cue
#: ("Palio di Siena", "Nobel de la Paz").
WEAK_RULES = frozenset({"unknown:single", "unknown:with-particle"})


#: Rules too weak to type a name that a list gives a type to ("MM. Briand et Viviani").
LISTABLE_RULES = WEAK_RULES | {"unknown:ending"}
LISTED_RULE = "unknown:listed"
#: How sure a type taken from the name before in a list is.
LISTED_CONFIDENCE = 0.55
#: A word this frequent (zipf) in the language is a common word, not a listed name.
LIST_WORD_ZIPF = 3.0
#: Longest gap between two members of a list: ", " or " and ", " sowie ".
MAX_LIST_GAP = 7
_LIST_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(\w+)[ \u00a0]+")
#: Rules whose type a name passes on to the weakly typed names after it in a list.
LIST_SOURCE_RULES = frozenset({"unknown:cue-before", "unknown:title", "unknown:designator", "unknown:inside-cue",
                               LISTED_RULE})


def _type_listed(entities: dict[str, Unknown], view: TextView, m: Matcher, kb_mentions: list[Mention]) -> None:
    """A one-word name only weak rules typed takes the type of the typed name before it in a list
    ("MM. Briand et Viviani", "a Pirri, Elmas e Assemini", "Kasparov e Short"): the members of a
    list are of one kind. Runs left to right, so a typed member types the whole list after it."""
    # a known person, or a name a cue word typed: a place read from a preposition or the KB is no
    # evidence ("Efsa en Europe, Anses en France": commas also part clauses)
    typed: dict[int, str] = {x.end: "PERSON" for x in kb_mentions if x.kind in ("name", "surname")
                             and m.kb.entries[x.entity_id].type == "PERSON"}
    weak: list[tuple[int, Mention, Unknown]] = []
    for entity in {id(e): e for e in entities.values()}.values():
        listable = " " not in entity.name and all(x.rule in LISTABLE_RULES for x in entity.mentions) \
            and not any(c.isupper() for c in entity.name[1:]) \
            and zipf(entity.name.casefold(), m.lex.code) < LIST_WORD_ZIPF
        # ("PhD", "UiPath": no person's name; "Mobilization and Outreach", "Catherine, Duchess of":
        # a word of the language is no member of a list of names)
        for x in entity.mentions:
            if listable:
                weak.append((x.start, x, entity))
            elif x.rule in LIST_SOURCE_RULES or entity.type == "PERSON" and entity.confidence >= LISTED_CONFIDENCE:
                typed[x.end] = entity.type
    for _, mention, entity in sorted(weak, key=lambda item: item[0]):
        kind = None
        for prev_end in range(max(0, mention.start - MAX_LIST_GAP), mention.start):
            prev_type = typed.get(prev_end)
            if prev_type is None:
                continue
            gap = _LIST_GAP.fullmatch(view.text, prev_end, mention.start)
            if gap is not None and (gap.group(1) is None or gap.group(1).lower() in m.lex.conjunctions):
                kind = prev_type
                break
        if kind is None:
            continue
        entity.type, entity.confidence = kind, max(entity.confidence, LISTED_CONFIDENCE)
        mention.rule, mention.confidence = LISTED_RULE, LISTED_CONFIDENCE
        typed[mention.end] = kind


#: Marks (on its rule) the mention of a lone word right next to a verb of saying until it is typed.
SPEAKING_MARK = "+speaking"
SPEAKER_RULE = "unknown:speaker"


def _type_lone_speakers(entities: dict[str, Unknown]) -> None:
    """A name the article gives no other evidence for (every other mention without a cue) that
    speaks right next to a verb of saying is a person ("Vendola (SEL) ha detto", "disait Esope"),
    even when named several times: on untuned news such names are people about ten times as often
    as brands ("Strava says"). A name a cue types elsewhere ("la società X") keeps that type."""
    for entity in {id(e): e for e in entities.values()}.values():
        speaking = [x for x in entity.mentions if x.rule.endswith(SPEAKING_MARK)]
        if not speaking:
            continue
        others = [x for x in entity.mentions if not x.rule.endswith(SPEAKING_MARK)]
        stands = any(x.rule not in WEAK_RULES for x in others)
        for mention in speaking:
            base = mention.rule[:-len(SPEAKING_MARK)]
            if stands or base not in LISTABLE_RULES | {"unknown:given-name-alone"}:
                mention.rule = base
            else:
                mention.rule, mention.confidence = SPEAKER_RULE, SPEAKER_CONFIDENCE
        if not stands and all(x.rule == SPEAKER_RULE for x in speaking):
            entity.type, entity.confidence = "PERSON", SPEAKER_CONFIDENCE


def _unsupported(entity: Unknown) -> bool:
    """A name with no cue, met once ("Staphylococcus", "Dimanche", "Nobel de la Paz"): more often a
    word, a product, an award or a title than an actor, and its type would be a guess."""
    return len(entity.mentions) < LONE_NAME_MIN_MENTIONS \
        and all(x.rule in WEAK_RULES for x in entity.mentions)


def _capitalised_word(entity: Unknown, lex: LinkLexicon) -> bool:
    """A lone word typed by no evidence in any mention that is a frequent word of the language or of
    English ("Round", "Pride", "Aula", "Presses", "Lyonnais"): a capitalised common word (a title, a slogan,
    a group of people) more often than an organisation, however often it is repeated."""
    if " " in entity.name or not all(x.rule == "unknown:single" for x in entity.mentions):
        return False
    word = entity.name.casefold()
    return max(zipf(word, lex.code), zipf(word, "en")) >= LONE_COMMON_WORD_ZIPF


#: A lone, cue-less word at least this frequent (wordfreq zipf, in the language or English) is a word, not a name.
LONE_COMMON_WORD_ZIPF = 3.4


def _common_at_start(token: tuple[int, int], view: TextView, lex: LinkLexicon) -> bool:
    s, e = token
    return view.text[s:e] != view.folded[s:e].upper() and view.sentence_initial(s) \
        and zipf(view.folded[s:e], lex.code) >= lex.common_word_zipf


def _split_at_particles(tokens: list[tuple[int, int]], view: TextView,
                        lex: LinkLexicon) -> list[list[tuple[int, int]]]:
    """"Huseyin Bagci of the Foreign Policy Institute" is a person and an organisation: split
    where a particle leads to words with an inside cue that the words before it lack."""
    for i in range(1, len(tokens)):
        if view.text[tokens[i - 1][1]:tokens[i][0]].strip(" \u00a0-"):
            left = {view.folded[s:e] for s, e in tokens[:i]}
            right = {view.folded[s:e] for s, e in tokens[i:]}
            if not left & lex.cues_inside.keys() and right & lex.cues_inside.keys():
                return [tokens[:i]] + _split_at_particles(tokens[i:], view, lex)
    return [tokens] if tokens else []


def _one_name(tokens: list[tuple[int, int]], seq: re.Match[str], view: TextView, m: Matcher,
              by_start: dict[int, Mention], by_end: dict[int, Mention],
              person_cues: dict[int, list[str]], absorbed: set[int],
              entities: dict[str, Unknown], surnames: dict[str, Unknown],
              swallowed: set[int], speaking: frozenset[int] = frozenset()) -> None:
    """Type one run of capitalised words and add it to its entity (or to a KB mention). A lone word
    next to a verb of saying (``speaking``: "Vendola (SEL) ha detto", "ha aggiunto Fiorello") is kept
    as a name and is a person unless stronger evidence types it."""
    lex = m.lex
    last = lex.cues_before.get(view.folded[slice(*tokens[-1])])
    if last == "PERSON" or (last is not None and len(tokens) == 1 and not (
            lex.cues_inside.get(view.folded[slice(*tokens[-1])]) == "ORG"
            and (_following_mention(view, by_start, tokens[-1][1], seq.end(), lex) is not None
                 or _modified_head(tokens[-1], view, lex)))):
        # ("Regione Lazio", "Comune di Bari": the body of a place, named by both; "l'Organizzazione
        # mondiale della sanità": a word of its name after the head noun makes it a name)
        return  # "Crown Prince", "General": a title alone, not a name ("Ford Foundation" is one)
    if len(tokens) == 1 and view.text[tokens[0][1]:tokens[0][1] + 1] == "-" \
            and view.text[tokens[0][1] + 1:tokens[0][1] + 2].islower():
        return  # "a Christian-dominated militia", "pro-Kurdish": the word begins an adjective
    if len(tokens) == 1 and view.text[tokens[0][1]:tokens[0][1] + 1] == "." \
            and view.folded[slice(*tokens[0])] in lex.abbreviations:
        return  # "said Gen. Charles Brown", "Sen. Warren": an abbreviated title, not a name
    if len(tokens) == 1 and inhabitants(*tokens[0], view, lex):
        return  # "les Lyonnais", "des Bretons": the people of a place, a generic group
    cue = None
    for i in range(len(tokens) - 2, -1, -1):  # "Commerce Secretary Howard Lutnick"
        word = view.folded[slice(*tokens[i])]
        # only a person's title splits a run: "Radio Free Europe", "Porto Alegre" are whole names
        if _person_role(word, lex) and not all(is_suffix(view.text[slice(*t)]) for t in tokens[i + 1:]) \
                and not view.text[tokens[i][1]:tokens[i + 1][0]].strip(" \u00a0"):
            # ("Martin Luther King Jr.": a family name that is a title word, then the generation)
            # (a particle after it makes it part of the name: "Fiscalía General del Estado")
            cue = "PERSON"
            tokens = tokens[i + 1:]
            break
    # ("Die Großbank HSBC" opening a sentence: the article goes first)
    k = 1 if len(tokens) > 1 and view.folded[slice(*tokens[0])] in lex.definite_articles else 0
    if cue is None and lex.common_word_everywhere:
        # "das Augsburger Rüstungsunternehmen Renk": capitalised words before the descriptor modify it
        k = next((i for i in range(k, len(tokens) - 1)
                  if _descriptor_compound(view.folded[slice(*tokens[i])], lex) == "ORG"
                  and not view.text[tokens[i][1]:tokens[i + 1][0]].strip(" \u00a0")), k)
    if cue is None and _descriptor_compound(view.folded[slice(*tokens[k])], lex) == "ORG":
        # "die Großbank HSBC", "der Chiphersteller Infineon": where nouns compound and are all
        # capitalised, a compound of an organisation's cue noun describes the name after it
        if len(tokens) == k + 1:
            return  # "der Energieversorger Uniper": the description of a known name, no name itself
        if not view.text[tokens[k][1]:tokens[k + 1][0]].strip(" \u00a0"):
            cue = "ORG"
            tokens = tokens[k + 1:]
    if cue is None and len(tokens) > k + 1 and view.text[slice(*tokens[k])].isupper() \
            and lex.cues_before.get(view.folded[slice(*tokens[k])]) == "ORG" \
            and lex.cues_inside.get(view.folded[slice(*tokens[k])]) != "ORG" \
            and not view.text[tokens[k][1]:tokens[k + 1][0]].strip(" \u00a0"):
        # "l'ONG Sherpa", "la ONG Oxfam": a cue noun written in capitals joins the run of capitalised
        # words; it introduces the name, no word of it
        cue = "ORG"
        tokens = tokens[k + 1:]
    if cue is None:
        person_at = _after_role_domain(tokens, view, m)
        if person_at is not None:  # "il ministro del Lavoro Poletti": the role's domain, then the person
            cue = "PERSON"
            tokens = tokens[person_at:]
    if cue is None and lex.common_word_everywhere:
        for i in range(len(tokens) - 2, -1, -1):
            # "im Münchner Stadtteil Solln", "die Gemeinde Anger": where every noun is capitalised, a
            # place noun before a name is the cue before it, no word of it
            if lex.cues_before.get(view.folded[slice(*tokens[i])]) == "PLACE" \
                    and not view.text[tokens[i][1]:tokens[i + 1][0]].strip(" \u00a0") \
                    and zipf(view.folded[slice(*tokens[i + 1])], lex.code) < lex.common_word_zipf:
                # ("Insel Verlag": a common noun after it makes the run a body's name)
                tokens = tokens[i + 1:]
                break
    if cue is None:
        tokens = _after_role_of_place(tokens, view, lex)  # "il Sindaco di Ascoli": the role's place
    if cue is None and len(tokens) > 2 and view.text[slice(*tokens[0])] not in m.given_names \
            and lex.cues_inside.get(view.folded[slice(*tokens[-1])]) != "ORG":
        # (a body's head noun last makes the given name a word of its name: "Agence France Press")
        for i in range(1, len(tokens) - 1):  # "Rechtsradikalen Calin Georgescu"
            if view.text[slice(*tokens[i])] in m.given_names:
                tokens = tokens[i:]
                break
    body = _body_name(tokens, view, lex) if cue is None else None
    if body is not None:
        tokens = tokens[body:]  # "Laut Bundesamt für Migration": the name starts at its head noun
    # after "Frau", "M.", a title: the next word is a name even if it is a common word
    first = tokens[0][0]
    # a word a head noun follows stays even when frequent: "Национального фронта"
    keep = tokens[-1] if _head_after(view, tokens[-1][1], lex) is not None else None
    # "Hofmann sagte" after "Heike Hofmann": the family name of a person met before is a name
    # ("Uwe Jun" met before: "am 12. Jun." is still the month)
    last_known = _earlier_person(tokens[-1:], view, surnames, lex) and not lex.calendar_at(view, *tokens[-1])
    if last_known:
        keep = tokens[-1]
    earlier = last_known and len(tokens) == 1
    if keep is None and len(tokens) == 2 and _person_cued(view, tokens[0][0], cue, person_cues, lex) \
            and (view.text[slice(*tokens[0])] in m.given_names
                 or zipf(view.folded[slice(*tokens[0])], lex.code) < lex.common_word_zipf) \
            and not lex.calendar_at(view, *tokens[1]) \
            and zipf(view.folded[slice(*tokens[1])], lex.code) < AFTER_GIVEN_NAME_ZIPF:
        # "Oberstaatsanwalt Falk Schnabel": after a person's role two words are given and family
        # name, even when the family name is also a word ("Schnabel", "Fischer")
        keep = tokens[1]
    # "Yann Le Bihan" ... "Le Bihan est inquiet": a family name of several words met before keeps its
    # article or particle even where it opens the sentence
    # (only an article or a particle first: "Le", "De", "La", never an initial or a lone letter)
    family = len(tokens) > 1 and (view.folded[slice(*tokens[0])] in lex.definite_articles
                                  or view.folded[slice(*tokens[0])] in lex.particles) \
        and _known(surnames, _normal(view.text[tokens[0][0]:tokens[-1][1]]), lex) is not None
    if body is None and not family:
        tokens = _trim(tokens, view, m, lambda: cue is not None or first in person_cues or first in speaking
                       or view.phrase_before(first, lex.cues_before) is not None
                       or _body_lead(view, first, lex)
                       or _continues_kb_name(view, by_end, first, seq.start(), m)
                       or _town_after_locative(view, first, tokens[-1][1], m), keep,
                       lambda at, end: view.phrase_before(at, lex.cues_before) is not None
                       or _town_after_locative(view, at, end, m))
    if not tokens or (len(tokens) == 1 and view.folded[slice(*tokens[0])] in lex.cues_before
                      and view.folded[slice(*tokens[0])] not in lex.cues_inside):
        return  # "Акции ОАО": what is left is a cue word alone ("La Regione Lazio" goes on below)
    earlier = earlier or _earlier_person(tokens, view, surnames, lex)  # "Bauer Hofmann": trimmed
    start, end = tokens[0][0], tokens[-1][1]
    words = [view.folded[s:e] for s, e in tokens]
    found_inside = [lex.cues_inside[w] for w in words if w in lex.cues_inside] \
        or [t for w in words if (t := _named_compound(w, lex)) is not None]
    # a word that makes the name no actor wins: "Digital Services Act" is a law, not a service
    inside = "OTHER" if "OTHER" in found_inside and not _body_of_other(words, tokens, view, lex) \
        else _head_cue(words, tokens, view, lex, [t for t in found_inside if t != "OTHER"])
    if body is not None:
        inside = "ORG"
        adjective = by_end.get(start - 1)
        if adjective is not None and adjective.kind == "adjective" and view.text[start - 1] == " " \
                and view.text[adjective.start:adjective.start + 1].isupper() \
                and not view.sentence_initial(adjective.start):
            # "der Deutschen Gesellschaft für Auswärtige Politik": a country adjective capitalised
            # inside a sentence where adjectives are not is the first word of the body's name
            absorbed.add(id(adjective))
            start = adjective.start
    head = _head_after(view, end, lex) if inside is None else None
    if head is not None:
        head, end = head  # "Конституционного суда", "Свердловской области": the noun ends the name
    fallback = None
    stretched = False  # the name took in a KB surname and went on past it
    following = _following_mention(view, by_start, end, seq.end(), lex)
    if following is not None:
        entry = m.kb.entries[following.entity_id]
        if following.kind == "surname" and inside is None and len(tokens) <= 2:
            if same_given_name(words[0], entry):
                following.start = start  # "Sergey Shoigu" when the KB spells "Sergei"
                following.text = view.text[start:following.end]
                following.kind = "name"
                following.rule += "+given-name"
                following.confidence = max(following.confidence, 0.85)
                return
            absorbed.add(id(following))  # "Saddam Hussein" is not the KB's Fuad Hussein
            end = following.end
            fallback = "PERSON"
            # "Ahmed Sharif Chaudhry": the name goes on past the KB surname inside it
            nxt = _next_word(view, end, seq.end(), lex)
            while nxt is not None and nxt[0] not in by_start:
                swallowed.add(nxt[0])
                end = nxt[1]
                stretched = True
                nxt = _next_word(view, end, seq.end(), lex)
        elif entry.type != "PERSON" and " " not in following.text \
                and view.text[end:following.start].isspace():
            absorbed.add(id(following))
            end = following.end
            # "Air France", "Chœur de Radio France": a name that takes in a country is a body's
            fallback = "PERSON" if view.text[slice(*tokens[0])] in m.given_names \
                else "ORG" if entry.type == "COUNTRY" or _acronym_before_place(view, tokens, entry.type) \
                else entry.type
            if inside == "ORG" and following.kind == "adjective":
                # "Federazione Italiana Rugby": the capitalised words after the country adjective
                # inside a body's name go on naming it
                nxt = _next_word(view, end, seq.end(), lex)
                while nxt is not None and nxt[0] not in by_start:
                    swallowed.add(nxt[0])
                    end = nxt[1]
                    nxt = _next_word(view, end, seq.end(), lex)
    # "Roma-Lido", "Mosca-Domodedovo": a place joined by a hyphen makes one place name with it
    joined = by_end.get(start - 1) if view.text[start - 1:start] == "-" else None
    if joined is not None and _is_place(joined, m) and joined.start >= seq.start():
        absorbed.add(id(joined))
        start, fallback = joined.start, fallback or "PLACE"
    joined = by_start.get(end + 1) if view.text[end:end + 1] == "-" else None
    if joined is not None and _is_place(joined, m) and joined.end <= seq.end():
        absorbed.add(id(joined))
        end, fallback = joined.end, fallback or "PLACE"
    preceding = by_end.get(_skip_back(view.text, start, seq.start()))
    if preceding is not None and cue is None and fallback is None \
            and (view.text[slice(*tokens[0])] in m.given_names
                 or all(max(zipf(w, lex.code), zipf(w, "en")) < RARE_NAME_WORD_ZIPF for w in words)) \
            and _role_of_place(view, preceding.start, lex):
        cue, preceding = "PERSON", None  # "il patriarca di Belgrado Irinej", "le maire de Lyon X"
    if preceding is not None and (preceding.kind in ("name", "metonym") or (
            preceding.kind == "acronym" and not preceding.text.isupper())) \
            and (" " not in preceding.text or _body_of_body(preceding, inside, m)) and preceding.start >= seq.start() \
            and view.text[slice(*tokens[0])] not in m.given_names \
            and not (lex.lone_word_needs_cue and len(tokens) == 1  # "Tiktoks Empfehlungssysteme"
                     and preceding.text not in m.given_names  # but "Victoria Young" is a person
                     and not (inside == "ORG" and words[0] not in own_inside_cues(lex.code))):
        # (a foreign word that names a body goes on a place's name: "Teheran Times")
        entry = m.kb.entries[preceding.entity_id]
        # "London School of Economics", "Iraq Study Group": a country or capital begins the name
        # of a body when a word of the name says it is one
        if entry.type in ("PLACE", "ORG", "MEDIA", "GROUP") or inside == "ORG":
            absorbed.add(id(preceding))
            start = preceding.start
            # "Владимир Белов": a KB place that is also a given name begins a person's name
            fallback = fallback or ("PERSON" if preceding.text in m.given_names else entry.type)
            start = _name_word_before(view, start, seq.start(), lex)  # "New England Journal of ..."
    if preceding is not None and fallback is None and inside is None and len(tokens) <= 2 \
            and _given_name_of_kb_person(preceding, m) and preceding.start >= seq.start():
        # "Albert Hofmann", "Francesco Totti": a KB person known by a given name alone (a monarch,
        # a pope) opens the full name of someone else when an unknown family name follows
        absorbed.add(id(preceding))
        start, fallback, stretched = preceding.start, "PERSON", True
    name = view.text[start:end]
    if len(tokens) == 1 and _ROMAN.fullmatch(name):
        return  # "XXI", "II": numbers, not names
    if inside == "OTHER":
        # "Coupe de France", "Tour de France", "Open d'Australie": a country after a particle names the
        # event or the prize, not the country acting
        country = _following_mention(view, by_start, end, len(view.text), lex)
        if country is not None and country.kind == "name" and country.start >= seq.start() \
                and m.kb.entries[country.entity_id].type == "COUNTRY":
            absorbed.add(id(country))
        return  # "Gran Premio", "World Cup": a name, but not of an actor
    modified = False
    if inside == "ORG" and end == tokens[-1][1] and lex.name_modifiers:
        # "Conseil fédéral", "Chiesa ortodossa serba": where only a body's first word is capitalised,
        # the lower-case words of its name follow the head noun
        after = _modifiers_after(view, end, by_start, lex, _adjective_names_body(tokens, view, lex))
        modified = after > end
        end = _proper_part_after(view, after, by_start, m, swallowed) if modified else end
    if inside == "ORG" and not modified and end == tokens[-1][1] and lex.complement_particles \
            and not view.sentence_initial(tokens[0][0]) and any(w in own_inside_cues(lex.code) for w in words):
        # (a head noun of the language's own: an English name ends before "dei": "The Daily Telegraph")
        # "la Ligue des droits de l'homme", "le Haut Conseil pour le climat": inside a sentence, a
        # capitalised head noun with a complement after it opens a sentence-case body's name
        after = _lower_complement(view, end, lex)
        if after > end:
            end = _modifiers_after(view, after, by_start, lex)  # "Autorité de sûreté nucléaire"
            modified = True
    if inside == "ORG" and not modified and end == tokens[-1][1] and lex.body_particles \
            and words[-1] in lex.cues_inside:
        # "Working Group on Arbitrary Detention", "Saban Center for Middle East Policy": a body's
        # head noun and a particle that joins no other names lead to its capitalised complement
        after = _body_complement(view, end, by_start, m, swallowed)
        if after > end:
            end, modified = after, True
    if inside == "ORG" and (modified or end == tokens[-1][1]):
        defined = _defined_tail(view, start, end)
        if defined > end:
            end, modified = defined, True  # "Office fédéral de l'agriculture (OFAG)"
    if inside == "ORG" and (modified or end == tokens[-1][1]):
        # "Tribunale di Milano", "Université de Strasbourg", "Ministerio Público de Guatemala": the
        # body of a place is named by both; a place is part of the name, as the gold set reads it,
        # not a second entity; a country goes on being the country too
        place = _following_mention(view, by_start, end, len(view.text), lex)
        if place is not None and _foreign_name_ends(words, view.folded[end:place.start], lex):
            place = None  # "all'International Medical Center del Cairo": the English name ends before "del"
        if place is not None and id(place) not in absorbed and place.kind in ("name", "metonym") \
                and (_is_place(place, m) or m.kb.entries[place.entity_id].type == "COUNTRY"):
            if _is_place(place, m) and len(tokens) == 1:
                # (after a name of several words the place stays one of its own too: "Asociación
                # Gremial de Dueños de Camiones de Valdivia" ... Valdivia)
                absorbed.add(id(place))
            end = place.end
            modified = True
            domain = end
            while view.text[domain:domain + 1] == " " and domain + 1 not in by_start \
                    and (word := _TOKEN_RE.match(view.text, domain + 1)) is not None \
                    and word.end() <= seq.end() and word.group() not in m.given_names:
                swallowed.add(word.start())
                domain = word.end()
            if domain > end:
                # "Saban Centre for Middle East Policy": capitalised words right after the place make
                # it the body's domain, a word of its name, not a place of its own
                absorbed.add(id(place))
                end = domain
        elif modified:
            after = _name_after_particle(view, end, by_start, lex, swallowed)
            end = after if after > end else _lower_complement(view, end, lex)
    if inside is None and len(tokens) == 1 and end == tokens[0][1] and lex.cued_name_ends \
            and lex.cues_before.get(view.phrase_before(start, lex.cues_before) or "") == "ORG":
        end = _cued_sentence_case(view, end, lex)  # "la société Terres australes a annoncé"
    name = view.text[start:end]
    compound = len(tokens) == 1 and _named_compound(words[0], lex) is not None
    if inside is not None and len(tokens) == 1 and (start, end) == tokens[0] and not compound \
            and not (inside == "ORG" and cue is None and not lex.common_word_everywhere
                     and lex.cues_before.get(view.phrase_before(start, lex.cues_before) or "") == "ORG"):
        # ("le syndicat Alliance": after an organisation's cue noun the capitalised word is its name)
        return  # "il Parlamento", "le Conseil": the kind of body, capitalised; its name is elsewhere
    guess = _guess(view, m, start, end, words, inside, person_cues, cue, fallback) if head is None \
        else Guess(head, 0.75, "unknown:head-noun")
    if guess.rule == "unknown:cue-before" and guess.type == "ORG" and (number := _CHANNEL_NUMBER.match(view.text, end)):
        end = number.end()  # "der Sender Channel 13", "la cadena Antena 3": the number ends the name
        name = view.text[start:end]
    if guess.rule in LISTED_BODY_OVERRIDES and _listed_with_body(view, start, end, by_start, by_end, m):
        guess = Guess("ORG", LISTED_CONFIDENCE, LISTED_BODY_RULE)  # "Miele, Schüco, B.Braun, Rossmann und Trigema"
    if body is not None and guess.rule == "unknown:inside-cue":
        guess = Guess("ORG", 0.75, "unknown:body-name")
        if end == tokens[-1][1]:
            end = _conjoined_noun(view, end, m, by_start)  # "Bundesamt für Migration und Flüchtlinge"
            name = view.text[start:end]
    # "ha aggiunto Fiorello": marked, and typed once the whole article is seen (``_type_lone_speakers``)
    speaking_word = len(tokens) == 1 and start in speaking and (start, end) == tokens[0] \
        and guess.confidence < SPEAKER_CONFIDENCE
    if guess.type in (NOT_A_NAME, "OTHER"):
        # "Нобелевской": an adjective that begins a longer name; a cue before or after of type
        # OTHER ("il brano X") makes the name no actor, as one inside it does
        return
    if lex.lone_word_needs_cue and len(tokens) == 1 and start == tokens[0][0] \
            and end == tokens[0][1] and guess.rule not in CUED_RULES and not earlier and not compound:
        return
    mention = Mention(start, end, name, "", guess.rule + (SPEAKING_MARK if speaking_word else ""),
                      guess.confidence, "name")
    key = _normal(name)
    entity = _known(entities, key, lex)
    if entity is not None and key not in entities:
        entity.name = name  # met first in an oblique case: the base form names it
        entities[key] = entity
    kind = "name"
    full = _known(surnames, key, lex) if len(tokens) == 1 or " " in key else None
    if entity is None and full is not None and guess.confidence < 0.8 \
            and not (guess.type == "ORG" and guess.rule == "unknown:cue-word"):
        # (not a name an organisation's cue noun introduces: "der Hersteller Bimota")
        entity, kind = full, "surname"
        if entity.type != "PERSON" and entity.confidence < 0.7:
            entity.type = "PERSON"  # "a Helmuth Köcher" ... "Köcher": a person after all
    if entity is None:
        entity = entities[key] = Unknown(name, guess.type, guess.confidence)
        for form in lex.case_forms(key):  # "Александра Брода" ... "Александр Брод": one person
            entities.setdefault(form, entity)
    elif guess.confidence > entity.confidence and kind == "name":
        entity.type, entity.confidence = guess.type, guess.confidence
    mention.kind = kind
    entity.mentions.append(mention)
    if start in person_cues:
        entity.roles.extend(r for r in person_cues[start] if r not in entity.roles)
        if len(words) == 1 and entity.type == "PERSON":
            # "former president Clinton" ... "Clinton spoke": the titled family name goes on naming
            # the person, even where it is a frequent word
            surnames.setdefault(words[0], entity)
    stretched = stretched and all(w[:1].isupper() for w in name.split())
    if stretched:
        words = view.folded[start:end].split()  # "Ahmed Sharif Chaudhry" took in a KB surname
    if len(words) > 1 and (entity.type == "PERSON" or entity.confidence < 0.7) \
            and inside is None and head is None and (len(name.split()) == len(tokens) or stretched):
        family = words[-2] if len(words) > 2 and is_suffix(words[-1]) else words[-1]  # not "Jr"
        for word in (family, words[0]):  # family name first: "Xi Jinping" ... "Xi"
            for form in [word, *lex.case_forms(word)]:  # "Брод" ... "Брода"
                held = surnames.get(form)
                if held is None or " " not in held.name:
                    # (a full name takes the word from a titled family name met alone before it:
                    # "Defense Minister Fedorov" ... "Mykhailo Fedorov" is one person)
                    surnames[form] = entity
        if entity.type == "PERSON" and "-" in words[-1]:
            for part in words[-1].split("-"):  # "Martínez-Almeida" ... "Almeida"
                if len(part) > 2 and part[:1].isalpha():
                    surnames.setdefault(part, entity)
        if entity.type == "PERSON" and (len(tokens) > 2 or " " in view.text[tokens[-1][0]:end]):
            # a family name of several words: "Sheib ad-Din" after "Ayman Sheib ad-Din"
            tail = tokens[1][0] if len(tokens) > 1 else start + len(name.split()[0]) + 1
            surnames.setdefault(_normal(view.text[tail:end]), entity)


#: A number of one or two digits right after a cued organisation's name, ending no date, amount or time.
_CHANNEL_NUMBER = re.compile(r"[ \u00a0]\d{1,2}(?![\d.,:/%\w])(?![ \u00a0]*(?:%|€|\$))")
#: Most lower-case words that go on a body's name after its head noun ("Organisation mondiale du...").
MAX_NAME_MODIFIERS = 3
_WORD_AFTER = re.compile(r"[ \u00a0]+(\w+)\b")
#: Most lower-case words between a body's head noun and the acronym in brackets that defines it.
MAX_DEFINED_TAIL = 6
_DEFINED_TAIL = re.compile(r"((?:[ \u00a0]+[^\W\d_]+(?:['’][^\W\d_]+)?){1,%d}?)[ \u00a0]*\(([^\W\d_][\w.&-]{1,11})\)"
                           % MAX_DEFINED_TAIL)


def _defined_tail(view: TextView, start: int, end: int) -> int:
    """"l'Office fédéral de l'agriculture (OFAG)", "Istituto nazionale di statistica (Istat)": the
    lower-case words up to an acronym in brackets that starts with the name's initial are the rest
    of the body's name (the acronym then joins it: acronyms.py)."""
    found = _DEFINED_TAIL.match(view.text, end)
    if found is None or not found.group(1).islower():
        return end
    acronym = found.group(2)
    if sum(c.isupper() for c in acronym) < 2 or acronym[0].casefold() != view.text[start].casefold():
        return end
    return found.end(1)


def _foreign_name_ends(words: list[str], gap: str, lex: LinkLexicon) -> bool:
    """True when a body's name headed by a foreign noun (an inside cue the language takes from
    ``name_cue_languages``: "Center", "Institute") meets an article of this language before a place:
    the foreign name ends there ("International Medical Center del Cairo")."""
    own = own_inside_cues(lex.code)
    return gap.strip(" \u00a0") in lex.definite_articles and not any(w in own for w in words) \
        and any(w in lex.cues_inside for w in words)


def _body_of_other(words: list[str], tokens: list[tuple[int, int]], view: TextView,
                   lex: LinkLexicon) -> bool:
    """True when the name's first word heads a body (entity_cues.tsv inside ORG) and every word that
    names no actor (a law, a plan: inside OTHER) comes after a particle, as the body's domain: "Comisión
    de Normas Transitorias", "Commissione per il Codice" are bodies; "Ley de Partidos" is a law."""
    if len(words) < 2 or lex.cues_inside.get(words[0]) != "ORG":
        return False
    particle_seen = False
    for i in range(1, len(words)):
        particle_seen = particle_seen or bool(view.text[tokens[i - 1][1]:tokens[i][0]].strip(" \u00a0"))
        if lex.cues_inside.get(words[i]) == "OTHER" and not particle_seen:
            return False
    return True


#: Most capitalised words of a body's complement after a body particle ("on Arbitrary Detention").
MAX_COMPLEMENT_WORDS = 8
_COMPLEMENT_JOIN = re.compile(r"[ \u00a0]+(\w+)[ \u00a0]+")


def _body_complement(view: TextView, end: int, by_start: dict[int, Mention], m: Matcher,
                     swallowed: set[int]) -> int:
    """The end of a body's capitalised complement after its head noun and a body particle that is no
    name particle ("Working Group on Arbitrary Detention", "League for the Promotion and Defense of
    Human Rights"): capitalised words joined by name particles, "the" and conjunctions, and KB places
    only when capitalised words follow them ("for Middle East Policy": a domain, not a place), else
    ``end``. A month or weekday ends it ("the Senate on Tuesday"), as does a KB name of another kind."""
    lex = m.lex
    found = _COMPLEMENT_JOIN.match(view.text, end)
    if found is None or view.folded[found.start(1):found.end(1)] not in lex.body_particles:
        return end
    i = found.end()
    for article in lex.definite_articles:  # "for the Promotion"
        if view.folded.startswith(article + " ", i) and view.text[i + len(article) + 1:i + len(article) + 2].isupper():
            i += len(article) + 1
            break
    pattern = _sequence_re(lex.particles)
    new_end, words, last_plain = end, 0, end
    while words < MAX_COMPLEMENT_WORDS:
        kb = by_start.get(i)
        if kb is not None:
            if not (_is_place(kb, m) or m.kb.entries[kb.entity_id].type == "COUNTRY"):
                break
            i_end, plain = kb.end, False
        else:
            run = pattern.match(view.text, i)
            if run is None or any(k in by_start for k in range(run.start(), run.end())) \
                    or any(lex.calendar_at(view, t.start() + i, t.end() + i)
                           for t in _TOKEN_RE.finditer(run.group())):
                break
            i_end, plain = run.end(), True
        words += len(view.text[i:i_end].split())
        new_end = i_end
        if plain:
            last_plain = i_end
            swallowed.add(i)
        joined = _COMPLEMENT_JOIN.match(view.text, new_end)
        if joined is None or view.folded[joined.start(1):joined.end(1)] not in lex.conjunctions \
                or not view.text[joined.end():joined.end() + 1].isupper() \
                or zipf((view.word_after(joined.end() - 1) or "").split("-")[0], lex.code) < CONJOINED_WORD_ZIPF:
            break  # (a rare word after "and" opens another name: "... and Befrienders Worldwide")
        i = joined.end()  # "Promotion and Defense"
    return last_plain if last_plain > end else end


def _body_name(tokens: list[tuple[int, int]], view: TextView, lex: LinkLexicon) -> int | None:
    """Index of the token that heads a body's name followed by a body particle ("Bundesamt für
    Migration", "Instituts für Wirtschaftsforschung"), or None. Where every noun is capitalised the
    words of such a name are common nouns, which alone make no name; the head noun (entity_cues.tsv
    inside ORG, inflected or ending a compound: "Bundesamts") and the particle after it say the run
    is one. The head must be the run's first word, or follow only words capitalised as a name's
    inside a sentence ("Nationales Zentrum für ...")."""
    if not lex.body_particles:
        return None
    for i in range(len(tokens) - 1):
        gap = view.folded[tokens[i][1]:tokens[i + 1][0]].strip(" \u00a0")
        if gap not in lex.body_particles and gap not in lex.compound_body_particles:
            continue
        word = view.folded[slice(*tokens[i])]
        if not (_body_noun(word, lex) if gap in lex.body_particles else _compound_body_head(word, lex)):
            return None
        if all(view.text[tokens[k][1]:tokens[k + 1][0]].isspace() for k in range(i)) \
                and not (i and view.sentence_initial(tokens[0][0])):
            return 0
        return i
    return None


_CONJOINED_NOUN = re.compile(rf"(-?)[ \u00a0]+(\w+)[ \u00a0]+({TOKEN})(?=[ \u00a0]*[^\w \u00a0]|[ \u00a0]+(?![{_U}])\w)")


def _conjoined_noun(view: TextView, end: int, m: Matcher, by_start: dict[int, Mention]) -> int:
    """The end of a body's name that a conjunction and one more common noun continue ("Bundesamt für
    Migration und Flüchtlinge", "Zentrum für Luft- und Raumfahrt"), when a lower-case word or punctuation follows that noun and no KB
    name begins there ("... und Merkel")."""
    lex = m.lex
    found = _CONJOINED_NOUN.match(view.text, end)
    if found is None or found.group(2).casefold() not in lex.conjunctions or found.start(3) in by_start:
        return end
    if found.group(1):
        return found.end(3)  # "Zentrum für Luft- und Raumfahrt": the hyphen says a noun completes it
    word = found.group(3)
    if word in m.family_names or word in m.given_names or not _common_noun(word.casefold(), lex):
        return end
    return found.end(3)


#: Shortest head noun read at the end of a compound ("Bundesamt", "Landesrat").
BODY_COMPOUND_HEAD = 3


def _compound_body_head(word: str, lex: LinkLexicon) -> bool:
    """True for a compound ending in a noun of ``compound_body_heads``, also inflected
    ("Bundesministerium", "Bundesministeriums"; not "Ministerium" alone)."""
    forms = [word] + [word[:-len(x)] for x in lex.word_suffixes if word.endswith(x) and len(word) > len(x) + 2]
    return any(form[i:] in lex.compound_body_heads for form in forms
               for i in range(COMPOUND_MODIFIER, len(form) - BODY_COMPOUND_HEAD + 1))


def _body_noun(word: str, lex: LinkLexicon) -> bool:
    """True for a noun of entity_cues.tsv (inside, ORG) or of ``body_heads``, also inflected
    ("Instituts") or ending a compound ("Bundesamt", "Forschungszentrum")."""
    forms = [word] + [word[:-len(x)] for x in lex.word_suffixes if word.endswith(x) and len(word) > len(x) + 2]
    for form in forms:
        for i in [0, *range(COMPOUND_MODIFIER, len(form) - BODY_COMPOUND_HEAD + 1)]:
            head = form[i:].lstrip("-")
            if (lex.cues_inside.get(head) == "ORG" or head in lex.body_heads) \
                    and (i == 0 or len(head) >= BODY_COMPOUND_HEAD):
                return True
    return False


def _head_cue(words: list[str], tokens: list[tuple[int, int]], view: TextView, lex: LinkLexicon,
              found: list[str]) -> str | None:
    """The type of the name's head among its cue words: the last word when a name word (no particle)
    stands right before it ("Wall Street Journal", "Oxford Street Clinic": "street" only modifies the
    head), else the first cue word ("Universität Trier", "Consiglio della Regione")."""
    if len(set(found)) > 1 and len(words) > 2 and words[-1] in lex.cues_inside \
            and not view.text[tokens[-2][1]:tokens[-1][0]].strip(" \u00a0"):
        return lex.cues_inside[words[-1]]
    return next(iter(found), None)


#: Shortest cue noun read at the end of a compound that describes the name after it ("Großbank").
DESCRIPTOR_HEAD = 4


def _descriptor_compound(word: str, lex: LinkLexicon) -> str | None:
    """The type of a compound ending in a ``before`` cue noun of entity_cues.tsv as listed there, with
    its inflected forms ("Großbank", "Chiphersteller", "Rüstungskonzerns"), where nouns compound; None
    for other words ("Impfstoffherstellern" is a plural, "Deutschbanker" a person), for a name joined
    to the noun ("Adipositas-Gesellschaft"), for a noun that heads names itself ("Landesbank Berlin",
    "Bundesverband Deutscher Banken") and for the cue noun alone, which the cue-before rule reads."""
    if not lex.common_word_everywhere or _named_compound(word, lex) is not None:
        return None
    for i in range(COMPOUND_MODIFIER, len(word) - DESCRIPTOR_HEAD + 1):
        head = word[i:].lstrip("-")
        found = lex.cues_before.get(head)
        if found is not None and found != "OTHER" and head not in lex.cues_inside:
            # (a compound of a noun that heads names, inside cue, may be a name: "Landesbank Berlin")
            return found
    return None


def _named_compound(word: str, lex: LinkLexicon) -> str | None:
    """The type of a hyphenated compound of a name and a noun of entity_cues.tsv (inside), where
    nouns compound ("Karama-Platz", "Bekaa-Ebene", "Nasser-Krankenhaus"): the noun says what the
    name is. None when the first part is a common word too ("Online-Plattform")."""
    if not lex.common_word_everywhere or "-" not in word:
        return None
    first, _, head = word.rpartition("-")
    found = lex.cues_inside.get(head)
    if found is None or found == "OTHER" or not first or "-" in first and not first.startswith("al-"):
        return None
    return found if _modifier_zipf(first, lex) < lex.common_word_zipf else None


#: Linking elements a compound's modifier may end in without being a word itself ("Regierungs-").
_LINKING_ENDINGS = ("es", "s")


def _modifier_zipf(first: str, lex: LinkLexicon) -> float:
    """Frequency of a compound's modifier as written, or without a linking "-s" ("Regierungs-
    Krankenhaus"). Not stripped of inflections: a modifier is a stem, never an inflected adjective,
    so "Nasser-Krankenhaus" is named after Nasser, not "nass" (wet); "Online-", "Kinder-" stay words."""
    best = zipf(first, lex.code)
    for ending in _LINKING_ENDINGS:
        if first.endswith(ending) and ending in lex.word_suffixes and len(first) - len(ending) >= COMPOUND_HEAD - 1:
            best = max(best, zipf(first[:-len(ending)], lex.code))
    return best


def _modified_head(token: tuple[int, int], view: TextView, lex: LinkLexicon) -> bool:
    """"Conseil fédéral" opening a sentence: an organisation's head noun with a word of its name
    after it is a name there too."""
    if not lex.name_modifiers or lex.cues_inside.get(view.folded[slice(*token)]) != "ORG":
        return False
    found = _WORD_AFTER.match(view.folded, token[1])
    return found is not None and found.group(1) in lex.name_modifiers


def _adjective_names_body(tokens: list[tuple[int, int]], view: TextView, lex: LinkLexicon) -> bool:
    """True when a country adjective right after this lone capitalised head noun is a word of its
    name ("l'Académie française", "la Croix-Rouge française"): mid-sentence the capital says the noun
    begins a name. Not for the nouns of ``organisation_nouns.tsv`` ("le Gouvernement français", "el
    Gobierno español" stand for the country) nor at a sentence start, where every noun has a capital."""
    if len(tokens) != 1 or view.folded[slice(*tokens[0])] in lex.organisation_nouns:
        return False
    before = view.text[max(0, tokens[0][0] - 3):tokens[0][0]].rstrip(" \u00a0")
    return before[-1:].isalpha() or before[-1:] in ("'", "\u2019")


def _modifiers_after(view: TextView, end: int, by_start: dict[int, Mention], lex: LinkLexicon,
                     adjective_first: bool = False) -> int:
    """The end of the lower-case words after a body's head noun that belong to its name: words of
    ``name_modifiers.txt`` ("fédéral", "universitaire", "ortodossa") and, after at least one of
    them (or first, when ``adjective_first``), a country adjective ("Tribunale speciale iracheno")."""
    count = 1 if adjective_first else 0
    while count < MAX_NAME_MODIFIERS:
        found = _WORD_AFTER.match(view.text, end)
        if found is None or not found.group(1)[:1].islower():
            break
        word = view.folded[found.start(1):found.end(1)]
        adjective = by_start.get(found.start(1))
        if word in lex.name_modifiers or (count and adjective is not None and adjective.kind == "adjective"
                                          and adjective.end == found.end(1)):
            end = found.end(1)
            count += 1
            continue
        break
    return end


def _proper_part_after(view: TextView, end: int, by_start: dict[int, Mention], m: Matcher,
                       swallowed: set[int]) -> int:
    """"l'Azienda ospedaliera Civico", "il Policlinico universitario Gemelli": capitalised words right
    after the lower-case modifiers of a body's name are its proper part and end it; a KB name, a given
    name (a person the body's name stands before) or a date there begins something else."""
    while view.text[end:end + 1] == " " and (word := _TOKEN_RE.match(view.text, end + 1)) is not None \
            and word.start() not in by_start and word.group() not in m.given_names \
            and not m.lex.calendar_at(view, *word.span()):
        swallowed.add(word.start())
        end = word.end()
    return end


def body_modifiers_end(view: TextView, end: int, lex: LinkLexicon) -> int:
    """The end of the lower-case words of ``name_modifiers.txt`` that go on a body's name after ``end``
    ("le ministère de l'Enseignement supérieur", "la commission des Affaires sociales")."""
    return _modifiers_after(view, end, {}, lex)


def _name_after_particle(view: TextView, end: int, by_start: dict[int, Mention], lex: LinkLexicon,
                         swallowed: set[int]) -> int:
    """"Hôpital universitaire de Louvain": after the lower-case words of a body's name, a particle and
    capitalised words no KB name covers go on the name (the run after the particle is taken in)."""
    i = end
    while i < len(view.text) and view.text[i] in " \u00a0":
        i += 1
    if i == end:
        return end
    for particle in lex.particles:
        if view.folded.startswith(particle, i):
            j = i + len(particle)
            if not particle.endswith(("'", "-")):
                if not view.text[j:j + 1].isspace():
                    continue
                j += 1
            run = _sequence_re(lex.particles).match(view.text, j)
            if run is None or any(k in by_start for k in range(run.start(), run.end())):
                return end
            swallowed.add(run.start())
            return run.end()
    return end


#: A lower-case noun joined to a body's name is a word of the language at least this frequent (zipf),
#: and less frequent than function words ("son", "ce", "leur": "de son côté" is no complement).
COMPLEMENT_NOUN_ZIPF = 2.5
FUNCTION_WORD_ZIPF = 5.8
_LOWER_WORD = re.compile(r"[ \u00a0]*([^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]+)(?=[ \u00a0,.;:)»”]|\Z)")


def _lower_complement(view: TextView, end: int, lex: LinkLexicon) -> int:
    """"l'Office fédéral de l'agriculture", "la Convention citoyenne pour le climat": after the lower-case
    words of a sentence-case body's name, a complement particle (``complement_particles``) and one
    lower-case noun (and its ``name_modifiers``: "de l'enseignement supérieur") end it; a date ("le
    Conseil fédéral de mardi") or a determiner does not. A
    conjunction and a second such complement go on it ("l'Organizzazione internazionale della vigna e
    del vino", "le ministère de l'Agriculture et de l'alimentation")."""
    i = end
    while i < len(view.text) and view.text[i] in " \u00a0":
        i += 1
    if i == end:
        return end
    folded = view.folded.replace("’", "'") if "’" in view.folded[i:i + 12] else view.folded
    for particle in lex.complement_particles:
        if not folded.startswith(particle, i):
            continue
        j = i + len(particle)
        if not particle.endswith("'") and not view.text[j:j + 1].isspace():
            continue
        found = _LOWER_WORD.match(view.text, j)
        if found is None:
            return end
        word = found.group(1)
        if lex.calendar_at(view, *found.span(1)) or word in lex.noun_determiners or word in lex.definite_articles \
                or not COMPLEMENT_NOUN_ZIPF <= zipf(word, lex.code) < FUNCTION_WORD_ZIPF:
            return end
        # "de l'enseignement supérieur", "d'allocations familiales": the complement's own modifiers
        tail = _modifiers_after(view, found.end(1), {}, lex)
        conjunction = _WORD_AFTER.match(view.folded, tail)
        if conjunction is not None and conjunction.group(1) in lex.conjunctions:
            more = _lower_complement(view, conjunction.end(1), lex)
            if more > conjunction.end(1):
                return more
        return tail
    return end


#: Most lower-case words of a sentence-case name after its capitalised first word ("Aide aux exilés").
MAX_CUED_LOWER_WORDS = 3
_CUED_END = re.compile(r"[ \u00a0]*[,;:(«\"]")


def _cued_sentence_case(view: TextView, end: int, lex: LinkLexicon) -> int:
    """The end of a sentence-case name that an organisation's cue noun introduces and whose first word
    ends at ``end``: the lower-case words after it belong to the name when a word that cannot be part
    of it (``cued_name_ends``: "a", "qui", "est") or a comma or bracket follows them within
    MAX_CUED_LOWER_WORDS words ("la société Terres australes a annoncé", "le parti Voix citoyenne,
    fondé en"). Any other word (an article, a verb: "le parti Voix dénonce la réforme") leaves the
    name as it was, since where it ends is not said."""
    i, count = end, 0
    while count <= MAX_CUED_LOWER_WORDS:
        if i > end and _CUED_END.match(view.text, i):
            return i
        found = _WORD_AFTER.match(view.text, i)
        if found is None or not found.group(1)[:1].islower():
            return end
        word = view.folded[found.start(1):found.end(1)]
        if word in lex.cued_name_ends:
            return i if i > end else end
        if word in lex.cued_name_joins:
            if (nxt := _WORD_AFTER.match(view.text, found.end(1))) is None \
                    or not nxt.group(1)[:1].islower() or view.folded[nxt.start(1):nxt.end(1)] in lex.cued_name_ends:
                return end
            found = nxt
        elif word in lex.function_words or word in lex.definite_articles or word in lex.indefinite_articles \
                or word in lex.conjunctions or word in lex.prepositions:
            return end
        i, count = found.end(1), count + 1
    return end


def _head_after(view: TextView, end: int, lex: LinkLexicon) -> tuple[str, int] | None:
    """(type, end) of a lower-case head noun right after ``end`` that ends a name (entity_cues
    position head), or None."""
    if not lex.cues_head:
        return None
    found = _HEAD_AFTER.match(view.text, end)
    if found is None or not found.group(1)[0].islower():
        return None
    entity_type = lex.cues_head.get(view.folded[found.start(1):found.end(1)])
    return (entity_type, found.end(1)) if entity_type else None


def _known(table: dict[str, Unknown], key: str, lex: LinkLexicon) -> Unknown | None:
    """The entity of ``key``, or of one of its case forms (a later nominative after a genitive)."""
    found = table.get(key)
    if found is None and lex.case_rules:  # (no case forms without case rules)
        found = next((table[f] for f in lex.case_forms(key) if f in table), None)
    return found


def _join_earlier_surnames(entities: dict[str, Unknown], surnames: dict[str, Unknown]) -> None:
    """A weakly typed one-word name (or a person's) that is the surname of a full name given
    later joins it."""
    joined: set[int] = set()
    for key, entity in list(entities.items()):
        if id(entity) in joined:
            del entities[key]  # another case form of a name already joined
            continue
        full = surnames.get(key)
        if full is None and entity.confidence < 0.6 and " " not in key:
            full = _misspelt_surname(key, surnames)  # "Luis Eguiluz" ... "Equiluz says"
        if full is None or full is entity or " " in key or (
                entity.confidence >= 0.6 and not entity.type == full.type == "PERSON"):
            continue  # "Ex-Ministerin Raab" ... "Susanne Raab": one person, named in full later
        for mention in entity.mentions:
            mention.kind = "surname"
        full.mentions = sorted(full.mentions + entity.mentions, key=lambda x: x.start)
        joined.add(id(entity))
        del entities[key]


def _join_shortened_names(entities: dict[str, Unknown]) -> None:
    """"Liz Duarte" after "Liz Paola Duarte": a person's name without a middle name (or without
    the second family name) is the same person when one longer name of the article holds its
    first word and, past the second, its last. A longer name that only adds words at the end
    ("Diego Garcia The") is more often a run glued to the next sentence than a fuller name."""
    people = {id(e): e for e in entities.values() if e.type == "PERSON"}.values()
    longer = [(e, e.name.split()) for e in people if len(e.name.split()) > 2]
    for key, entity in list(entities.items()):
        words = entity.name.split()
        if entity.type != "PERSON" or len(words) != 2 or key not in entities:
            continue
        found = {id(e): e for e, full in longer
                 if e is not entity and full[0] == words[0] and words[1] in full[2:]}
        candidates = sorted(found.values(), key=lambda e: len(e.name.split()))
        if not candidates or any(not e.name.startswith(candidates[0].name) for e in candidates[1:]):
            continue  # two different people share the given name and the family name
        full_entity = candidates[0]  # "Liz Paola Duarte" before "Liz Paola Duarte Meza"
        full_entity.mentions = sorted(full_entity.mentions + entity.mentions, key=lambda x: x.start)
        for other in [k for k, e in entities.items() if e is entity]:
            del entities[other]


#: Rules of a one-word name read from no cue of its own: a given name used alone after the full name
#: joins the person rather than keep one of these ("Iris Avellaneda ... se lo dijo a Iris").
GIVEN_ALONE_RULES = frozenset({"unknown:single", "unknown:locative", "unknown:locative-article",
                               "unknown:given-name-alone", "unknown:ending", "unknown:town", "unknown:speaker"})


def _join_given_names(entities: dict[str, Unknown]) -> None:
    """A one-word name typed by no cue that opens the full name of one person met before it ("Iris
    Avellaneda" ... "a Iris", "Liat Atzili" ... "Liat und Aviv") is that person named by the given name."""
    people = [e for e in {id(e): e for e in entities.values()}.values()
              if e.type == "PERSON" and len(e.name.split()) > 1]
    for key, entity in list(entities.items()):
        if " " in entity.name or key not in entities or entity.type == "PERSON" and entity.confidence >= 0.6 \
                or not all(x.rule.split("+")[0] in GIVEN_ALONE_RULES for x in entity.mentions):
            continue
        first = min(x.start for x in entity.mentions)
        found = {id(p): p for p in people if p is not entity and p.name.split()[0] == entity.name
                 and min(x.start for x in p.mentions) < first}
        if len(found) != 1:
            continue  # no one, or two people share the given name
        person = next(iter(found.values()))
        for mention in entity.mentions:
            mention.kind = "given"
        person.mentions = sorted(person.mentions + entity.mentions, key=lambda x: x.start)
        for other in [k for k, e in entities.items() if e is entity]:
            del entities[other]


#: Shortest family name a one-letter misspelling still joins: shorter ones differ by a letter from
#: other names too often ("Kahn", "Kuhn").
MISSPELT_SURNAME_LENGTH = 6


def _misspelt_surname(key: str, surnames: dict[str, Unknown]) -> Unknown | None:
    """The one person whose family name differs from ``key`` by one letter in the same place
    ("Equiluz" for "Eguiluz"): a typo of a name met in full, not a new organisation."""
    if len(key) < MISSPELT_SURNAME_LENGTH:
        return None
    found = {id(e): e for other, e in surnames.items()
             if len(other) == len(key) and e.type == "PERSON" and other[0] == key[0]
             and sum(a != b for a, b in zip(other, key)) == 1}
    return next(iter(found.values())) if len(found) == 1 else None


def _is_place(mention: Mention, m: Matcher) -> bool:
    """A KB place, or a capital read as its government ("Mosca"): the place of a compound name."""
    return mention.kind == "metonym" and mention.rule == "metonym:capital" or (
        mention.kind == "name" and m.kb.entries[mention.entity_id].type == "PLACE")


def _body_of_body(preceding: Mention, inside: str | None, m: Matcher) -> bool:
    """"United Nations Working Group on Arbitrary Detention", "European Union Agency for Asylum": a KB
    organisation's full name right before a body's name that a head noun types (``inside`` ORG) is the
    first words of one body's name, an organ of it, not the organisation itself."""
    return inside == "ORG" and preceding.kind == "name" and m.kb.entries[preceding.entity_id].type == "ORG"


def _continues_kb_name(view: TextView, by_end: dict[int, Mention], start: int, floor: int,
                       m: Matcher) -> bool:
    """"CNN International": the word goes on a one-word KB organisation or place name."""
    preceding = by_end.get(_skip_back(view.text, start, floor))
    return preceding is not None and " " not in preceding.text and preceding.start >= floor \
        and m.kb.entries[preceding.entity_id].type in ("PLACE", "ORG", "MEDIA", "GROUP")


def _given_name_of_kb_person(mention: Mention, m: Matcher) -> bool:
    """A one-word KB person's name that is also a given name ("Albert" of Monaco, "Francesco")."""
    return mention.kind == "name" and " " not in mention.text and mention.text in m.given_names \
        and m.kb.entries[mention.entity_id].type == "PERSON"


def same_given_name(word: str, entry: KBEntry) -> bool:
    """True when ``word`` spells the first name of the KB person ("Sergey" ~ "Sergei")."""
    key = _ascii(word)
    return any(_same_spelling(key, first) for first in _first_names(entry))


#: id(entry) -> (entry, the ASCII first words of its several-word names and aliases): a common family
#: name is the surname of many KB people, each tried against the word before it in every article.
_FIRST_NAMES: dict[int, tuple[KBEntry, tuple[str, ...]]] = {}
FIRST_NAMES_LIMIT = 1 << 16


def _first_names(entry: KBEntry) -> tuple[str, ...]:
    found = _FIRST_NAMES.get(id(entry))
    if found is not None and found[0] is entry:
        return found[1]
    names = [entry.name] + [n for names in entry.aliases.values() for n in names]
    firsts = tuple(_ascii(n.split()[0]) for n in names if " " in n)
    if len(_FIRST_NAMES) < FIRST_NAMES_LIMIT:
        _FIRST_NAMES[id(entry)] = (entry, firsts)  # (the entry is kept: its id is never reused)
    return firsts


#: Two transliterations of one given name share the first letter and most letters in order:
#: "Sergey"/"Sergei", "Binyamin"/"Benjamin", "Mohammed"/"Muhammad" (difflib ratio).
SAME_NAME_RATIO = 0.75


def _same_spelling(a: str, b: str) -> bool:
    if a[:3] == b[:3]:
        return True
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= SAME_NAME_RATIO


@lru_cache(maxsize=1 << 14)  # the word before every KB surname is compared with each bearer's given name
def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


_OPENING_MARKS = "\"„“«‚‘'"


def _name_word_before(view: TextView, start: int, floor: int, lex: LinkLexicon) -> int:
    """Where a longer name begins with a KB place ("England Journal of Medicine"), a capitalised word
    one space before the place inside the same run of capitals opens the name ("New England Journal
    of Medicine"): the start of that word, else ``start``. A sentence's first word, a title, a cue, an
    article or a locative preposition is no part of it ("In England", "President Georgia ...")."""
    end = _skip_back(view.text, start, floor)
    if end < 0 or end != start - 1:
        return start
    k = end
    while k > floor and (view.text[k - 1].isalpha() or view.text[k - 1] in "-'’"):
        k -= 1
    word = view.folded[k:end]
    q = k  # a quotation mark opening a title ("im „New England Journal“") starts no sentence
    while q > 0 and view.text[q - 1] in _OPENING_MARKS:
        q -= 1
    if not view.text[k:k + 1].isupper() or not word.isalpha() or view.sentence_initial(q) \
            or word in lex.cues_before or word in lex.locatives or word in lex.definite_articles \
            or lex.calendar_at(view, k, end) or _person_role(word, lex):
        return start
    return k


def _skip_back(text: str, pos: int, floor: int) -> int:
    """The end of the word before ``pos`` when only spaces separate them (else -1)."""
    i = pos
    while i > floor and text[i - 1] in " \u00a0":
        i -= 1
    return i if i < pos else -1


def _uncovered(taken: bytearray, start: int, end: int) -> list[tuple[int, int]]:
    runs = []
    i = start
    while i < end:
        j = taken.find(1, i, end)
        if j == -1:
            runs.append((i, end))
            break
        if j > i:
            runs.append((i, j))
        k = taken.find(0, j, end)
        i = end if k == -1 else k
    return runs


#: The type name_endings.tsv gives an ending that a one-word name never has (Russian adjectives).
NOT_A_NAME = "-"
#: A one-word name alone at a sentence start must be rarer than this (zipf) unless it also
#: appears capitalised inside a sentence: "Riferendosi", "Smaschera" are words, not names.
LONE_INITIAL_ZIPF = 1.5
#: Evidence strong enough to make one capitalised word a name where every noun is capitalised.
CUED_RULES = frozenset({"unknown:title", "unknown:cue-before", "unknown:cue-word", "unknown:locative",
                        "unknown:locative-article",
                        "unknown:acronym", "unknown:apposition", "unknown:designator", "unknown:listed-body"})
LISTED_BODY_RULE = "unknown:listed-body"
#: Guesses a list with a KB organisation overrides: no cue, no given name, nothing but the word's shape.
LISTED_BODY_OVERRIDES = frozenset({"unknown:single", "unknown:ending", "unknown:common-words",
                                   "unknown:common-last-word", "unknown:common-first-word",
                                   "unknown:with-particle"})
_BODY_TYPES = frozenset({"ORG", "MEDIA"})


def _listed_with_body(view: TextView, start: int, end: int, by_start: dict[int, Mention],
                      by_end: dict[int, Mention], m: Matcher) -> bool:
    """True when a name the KB knows as an organisation or an outlet stands next to this one in a list,
    across a comma or a conjunction: "Miele, Schüco, B.Braun, Rossmann und Trigema", "The Cambodia
    Daily, The Phnom Penh Post and Voice of Democracy". The members of a list are of one kind; a place
    next to it is no evidence (commas also part clauses: "Efsa en Europe, Anses en France")."""
    def body(x: Mention | None) -> bool:
        return x is not None and x.kind == "name" and m.kb.entries[x.entity_id].type in _BODY_TYPES

    for k in range(max(0, start - MAX_LIST_GAP), start):
        gap = _LIST_GAP.fullmatch(view.text, k, start)
        if gap is not None and body(by_end.get(k)) and (gap.group(1) is None or gap.group(1).lower() in m.lex.conjunctions):
            return True
    for k in range(end + 1, min(len(view.text), end + MAX_LIST_GAP) + 1):
        gap = _LIST_GAP.fullmatch(view.text, end, k)
        if gap is not None and body(by_start.get(k)) and (gap.group(1) is None or gap.group(1).lower() in m.lex.conjunctions):
            return True
    return False
#: A multi-word name made only of words this frequent (zipf) is rarely a person's name.
COMMON_NAME_WORD_ZIPF = 4.5
#: A multi-word name without a given name that ends in a word this frequent (zipf, in the language
#: or in English, the lingua franca of names) names a thing, not a person: "Oval Office",
#: "Inter Services Public Relations", "Atlantique Nord". Surnames rarely reach it.
LAST_WORD_ZIPF = 3.8
#: How much more common than ``common_word_zipf`` a lone capitalised word inside a sentence must
#: be to count as an emphasised common word ("Paese") rather than a name ("Google").
MID_SENTENCE_MARGIN = 0.0
#: Where every noun is capitalised, even after a cue word a word this frequent (zipf) is the
#: word: "sein Sohn Anfang Dezember"; surnames that are also words ("Richter", "Merkel") stay below it.
CUED_COMMON_WORD_ZIPF = 5.0
#: After a given name even a word this frequent (zipf) is the family name: "Ricarda Lang",
#: "Lisa Sommer", "Anna Schwarz"; only the commonest words ("Zeit") end the name there.
AFTER_GIVEN_NAME_ZIPF = 5.6
#: A word rarer than this (zipf, in the language and in English) looks like a name, not a word:
#: "Irinej", "Doucet" ("Director of Athena Advisers" goes on naming a firm).
RARE_NAME_WORD_ZIPF = 3.0
#: An initial keeps its place in a name only before a word rarer than this (zipf): "V. Kramnik",
#: not "posted on X. Militants said" (a sentence end the segmenter missed).
INITIAL_NEXT_WORD_ZIPF = 3.5
#: A word in capitals this frequent (zipf) is shouted, not an acronym: "SCARICA", "BREAKING".
SHOUTED_WORD_ZIPF = 3.5
#: Longest frequent word in capitals read as an acronym when no word in capitals stands next to
#: it ("la SNCF", "le CNRS", "NEOS"); a longer one is an emphasised word ("los REFERENTES").
LONGEST_ACRONYM = 5


def _trim(tokens: list[tuple[int, int]], view: TextView, m: Matcher,
          cued: Callable[[], bool] = lambda: False,
          keep: tuple[int, int] | None = None,
          cued_at: Callable[[int, int], bool] = lambda s, e: False) -> list[tuple[int, int]]:
    """Drop edge words that are capitalised only by position, dates, or lone letters; the first
    word is kept when ``cued()`` says a cue word or title introduces it (asked only if needed), and
    the word ``keep`` always. A word after dropped leading words that were a preposition, an article
    or a place's cue noun ("Im Kreis Görlitz" opening a sentence) is kept when
    ``cued_at(start, end)`` says the words before it introduce a name."""
    lex = m.lex
    first = tokens[0][0] if tokens else -1
    opened = [-1]  # start of the word right after dropped leading words that introduce a name

    def droppable(s: int, e: int, edge_start: bool, alone: bool) -> bool:
        if (s, e) == keep:
            return False
        if _CODE.fullmatch(view.text[s:e]):
            return True  # "Airbus A320", "vuelo MH370": a model's or a flight's code is no name, cued or not
        if _droppable(s, e, edge_start, alone):
            if e - s < 2 or lex.calendar_at(view, s, e) or lex.common_word_everywhere \
                    and zipf(view.folded[s:e], lex.code) >= CUED_COMMON_WORD_ZIPF:
                return True
            return not (s == first and cued() or s == opened[0] and cued_at(s, e) and e - s > 2
                        and view.text[e:e + 1] not in "'’")  # (no "Gruppe C.", "Kibbuz Be’eri")
        return False

    def _droppable(s: int, e: int, edge_start: bool, alone: bool) -> bool:
        word = view.folded[s:e]
        if edge_start and not alone and is_suffix(view.word_after(e) or ""):
            return False  # "Trump Jr. said": a family name before a generation, whatever its frequency
        if not edge_start and s > first and view.text[s - 1] in "-'’" and view.text[s - 2].islower():
            return False  # after an elided particle ("Zein ad-Din"): part of the name
        if e - s == 2 and word.endswith(".") and edge_start and not alone \
                and view.text[e:e + 1] == " " and view.text[e + 1:e + 2].isupper() \
                and zipf(view.word_after(e) or "", lex.code) < INITIAL_NEXT_WORD_ZIPF:
            return False  # "V. Kramnik": an initial before a rare word (a name) belongs to it
        if lex.calendar_at(view, s, e) or e - s == 1 or (e - s == 2 and word.endswith(".")):
            return True  # months, weekdays, lone letters and initials
        original = view.text[s:e]
        if original.isupper() and e - s > 3 and zipf(word, lex.code) >= SHOUTED_WORD_ZIPF \
                and (e - s > LONGEST_ACRONYM or _shouted(view, s, e)):
            return True  # a common word in capitals ("SCARICA L'APP" in a headline), not an acronym
        if original.isupper() and word in lex.definite_articles and _shouted(view, s, e):
            return True  # "ESCUCHA LA NOTICIA": an article in capitals
        if (original.isupper() and e - s > 1) or original in m.given_names \
                or word in lex.cues_inside:
            return False
        if alone and original in lex.region_words and view.phrase_before(s, lex.article_locatives) is not None:
            return False  # "dans la Somme", "dans le Lot": a region named like a frequent word
        if s > first and _after_given_name(view, s, m) \
                and zipf(word, lex.code) < AFTER_GIVEN_NAME_ZIPF:
            return False  # "Heike Hofmann", "Björn Höcke": after a given name comes the family name
        if lex.common_word_everywhere:
            if _named_compound(word, lex) is not None:
                return False  # "Karama-Platz", "Nasser-Krankenhaus": a name and a site noun
            if edge_start and not alone and lex.cues_before.get(word) in ("ORG", "PLACE"):
                return True  # "Zulieferer Schaeffler": a rare cue noun introduces the name, no word of it
            if _common_noun(word, lex):
                return True
            # "Rauer Seegang hatte...": a sentence opens with an inflected adjective ("rau-er")
            return edge_start and not alone and view.sentence_initial(s) \
                and _noun_zipf(word, lex, ADJECTIVE_STEM) >= lex.common_word_zipf
        frequency = zipf(word, lex.code)
        if not (edge_start and view.sentence_initial(s)):
            # inside a sentence a capital usually means a name (wordfreq counts names too), but a
            # lone very common word or a role word ("il Paese", "il Papa") is only emphasised
            return alone and (frequency >= lex.common_word_zipf + MID_SENTENCE_MARGIN
                              or word in lex.cues_before)
        if alone:
            return frequency >= lex.common_word_zipf or (
                frequency >= LONE_INITIAL_ZIPF and not view.capitalised_inside(original))
        return frequency >= lex.initial_word_zipf  # "Вратарь Оливер Кан": a role noun, then the name

    while tokens and droppable(*tokens[0], edge_start=True, alone=len(tokens) == 1) \
            and not _given_before_family(tokens, view, lex):
        word = view.folded[slice(*tokens[0])]
        if len(tokens) > 1 and (word in lex.locatives or word in lex.definite_articles
                                or lex.cues_before.get(word) in ("PLACE", "ORG")):
            # ("die Firma Hansen", "der Verlag Müller": where every noun is capitalised the cue noun
            # opens the run, and the frequent word after it is the name it introduces)
            opened[0] = tokens[1][0]
        tokens = tokens[1:]
    while tokens and (droppable(*tokens[-1], edge_start=False, alone=len(tokens) == 1)
                      or len(tokens) > 1 and _function_word(*tokens[-1], view, m)):
        tokens = tokens[:-1]
    if lex.common_word_everywhere and len(tokens) > 1 and not _legal_form(tokens[-1], view, lex):
        # German: a common noun inside the run ends the name ("Merkel Regierung" is no name), but not
        # before a company's legal form, which ends its name ("Hansen Logistik GmbH")
        for i in range(1, len(tokens)):
            if droppable(*tokens[i], edge_start=False, alone=False):
                return tokens[:i]
    return tokens


def _legal_form(token: tuple[int, int], view: TextView, lex: LinkLexicon) -> bool:
    """True for a company's legal form ("GmbH", "AG", "SE", "KGaA"): an inside ORG cue of
    entity_cues.tsv written with a capital after its first letter, as no common noun is."""
    original = view.text[slice(*token)]
    return lex.cues_inside.get(view.folded[slice(*token)]) == "ORG" and len(original) > 1 \
        and any(c.isupper() for c in original[1:])


def _function_word(s: int, e: int, view: TextView, m: Matcher) -> bool:
    """"Claude Monet Le point d'Argenteuil", "Hyde Park Ma": a closed-class word of the language
    (function_words.txt) or an article ending a run opens the next sentence or a title, it ends
    no name."""
    word = view.text[s:e]
    folded = view.folded[s:e]
    return not word.isupper() and word not in m.given_names \
        and (folded in m.lex.function_words or folded in m.lex.definite_articles)


def _given_before_family(tokens: list[tuple[int, int]], view: TextView, lex: LinkLexicon) -> bool:
    """"Rom Braslavski" ... "Braslavski war": before a rare word the article goes on using alone
    (a family name), a common word is the person's given name ("Rom", "Will", "Mark")."""
    if len(tokens) != 2:
        return False
    s, e = tokens[1]
    word = view.folded[s:e]
    if view.text[tokens[0][1]:s] != " " or max(zipf(word, lex.code), zipf(word, "en")) >= RARE_FAMILY_NAME_ZIPF \
            or not alone_elsewhere(view, s, word):
        return False
    # at a sentence start the common word may be only capitalised there ("Anche Bravexo"): the pair
    # must also stand inside a sentence somewhere
    pair = view.text[tokens[0][0]:e]
    i = view.text.find(pair)
    while i != -1:
        if not view.sentence_initial(i):
            return True
        i = view.text.find(pair, i + 1)
    return False


#: A word this rare (zipf, in the language and in English) after a common one may be a family name.
RARE_FAMILY_NAME_ZIPF = 3.0


_CAPITALS_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]{2,}['’ \u00a0]+\Z")
_CAPITALS_AFTER = re.compile(r"['’ \u00a0]+[^\W\d_]{2,}(?![^\W\d_])")


#: Shortest word in capitals that may be a common word rather than an acronym ("EUROS", "TOTAL").
CAPITALS_WORD = 5
#: Longer than this, a word in capitals is a word, not an acronym ("INVESTISSEZ", "AZITHROMYCIN").
MOST_ACRONYM_LETTERS = 8


#: Accents that mark an ordinary word set in capitals ("COLLECTÉ", "PERCHÈ", "SÃO"): acute, grave,
#: circumflex, tilde. A diaeresis, a cedilla or a breve is a letter of acronyms too ("SÜGAM", "ÇHP").
WORD_ACCENTS = frozenset("\u0300\u0301\u0302\u0303")


#: A registration, a model or a flight number: three digits or more, or two between letters
#: ("N799RM", "MH370", "V21L"); bodies' acronyms hold one or two ("G20", "M5S", "TF1").
_CODE = re.compile(r"[^\W\d_]*\d{3,}\w*|[^\W\d_]+\d{2,}[^\W\d_]+\w*")


def _plural_acronym(name: str) -> bool:
    """An acronym with a plural ending in lower case ("LLMs", "EVs", "NGOs", "ONGs"): a common noun
    counted, as names are not."""
    return len(name) > 2 and name.endswith("s") and name[:-1].isalpha() and name[:-1].isupper()


def _word_in_capitals(name: str, lex: LinkLexicon) -> bool:
    """An ordinary word set in capitals, no acronym: long, or a frequent word of the language, or
    with an accented Latin letter acronyms do not have ("COLLECTÉ"; Cyrillic ones are letters)."""
    if len(name) < CAPITALS_WORD or not name.replace("\u0308", "").isalpha():
        return False
    return len(name) > MOST_ACRONYM_LETTERS or zipf(name.lower(), lex.code) >= lex.common_word_zipf \
        or any(not c.isascii() and "LATIN" in unicodedata.name(c, "")
               and WORD_ACCENTS & set(unicodedata.normalize("NFD", c)) for c in name)


def _shouted(view: TextView, s: int, e: int) -> bool:
    """True when a word in capitals has a neighbour in capitals ("SCARICA L'APP", "BREAKING NEWS"):
    shouting. Among lower-case words ("la SNCF a signé") it is an acronym, however often the
    acronym itself is written."""
    before = _CAPITALS_BEFORE.search(view.text, max(0, s - 40), s)
    if before is not None and before.group().rstrip("'’ \u00a0").isupper():
        return True
    after = _CAPITALS_AFTER.match(view.text, e)
    return after is not None and after.group().lstrip("'’ \u00a0").isupper()


#: Shortest role word that ends a compound role noun: "Arbeits|ministerin", "Partei|sprecher".
COMPOUND_ROLE = 4


@cache
def _person_roles(code: str) -> frozenset[str]:
    """Words that name a person's role: PERSON cues before a name and one-word titles."""
    from cronaca.link.lexicon import lexicon
    lex = lexicon(code)
    return frozenset([w for w, t in lex.cues_before.items() if t == "PERSON"]
                     + [t.phrase for t in lex.titles if " " not in t.phrase])


def _person_role(word: str, lex: LinkLexicon) -> bool:
    """A role word before a name ("Kriminologin", "Commerce Secretary"); where nouns compound,
    a compound ending in one too ("Arbeitsministerin", "Parteisprecher")."""
    roles = _person_roles(lex.code)
    if word in roles:
        return True
    if lex.common_word_everywhere:
        return any(word[i:] in roles for i in range(COMPOUND_MODIFIER, len(word) - COMPOUND_ROLE + 1))
    return False


def role_compound_after(view: TextView, end: int, lex: LinkLexicon) -> bool:
    """True when a hyphen joins the name ending at ``end`` to a person's role ("AfD-Chef",
    "CDU-Spitzenkandidat"): the name then qualifies the role, it does not act itself."""
    if view.text[end:end + 1] != "-":
        return False
    found = _HEAD_AFTER.match(" " + view.folded[end + 1:end + 40])
    return found is not None and _person_role(found.group(1), lex)


def role_after(view: TextView, end: int, lex: LinkLexicon) -> bool:
    """True when the next word names a person's role, alone or as the head of a hyphenated
    compound: "Thüringens AfD-Chef", "Bayerns Ministerpräsident"."""
    found = _HEAD_AFTER.match(view.folded, end)
    if found is None:
        return False
    word = found.group(1)
    return _person_role(word, lex) or role_compound_after(view, found.end(1), lex)


def _next_word(view: TextView, end: int, limit: int, lex: LinkLexicon) -> tuple[int, int] | None:
    """The capitalised word one space after ``end`` in the same run, unless it is a common or
    calendar word ("Sharif Monday")."""
    if view.text[end:end + 1] not in (" ", "\u00a0"):
        return None
    found = _TOKEN_RE.match(view.text, end + 1)
    if found is None or found.end() > limit:
        return None
    word = view.folded[found.start():found.end()]
    if lex.calendar_at(view, found.start(), found.end()) or zipf(word, lex.code) >= lex.common_word_zipf \
            or not found.group().rstrip(".")[1:2].isalpha():
        return None
    return found.start(), found.end()


def _role_nearby(view: TextView, start: int, preceding: list[str], lex: LinkLexicon) -> bool:
    """A role word two or three lower-case words before a name ("el presidente andaluz X",
    "el director de prisiones X"), unless a particle or article leads into the name, which then
    names the role's body ("el director de Asuntos Penitenciarios")."""
    if len(preceding) < 2 or preceding[-1] in lex.particles or preceding[-1] in lex.definite_articles:
        return False
    raw = view.text[max(0, start - 60):start].split()[-len(preceding):]
    for i in range(len(preceding) - 2, -1, -1):
        if not raw[i + 1:] or not all(w.islower() for w in raw[i + 1:]):
            return False
        if _person_role(preceding[i], lex):
            return True
    return False


def _role_of_place(view: TextView, place_start: int, lex: LinkLexicon) -> bool:
    """True when a role word and a particle stand before a place ("maire de", "patriarca di"):
    the place says whose role it is, and the name after the place is the person's."""
    words = view.words_before(place_start, 2)
    return len(words) == 2 and words[1] in lex.particles and _person_role(words[0], lex) \
        and view.text[place_start - 1:place_start].isspace()


def _after_role_of_place(tokens: list[tuple[int, int]], view: TextView,
                         lex: LinkLexicon) -> list[tuple[int, int]]:
    """The run without a capitalised role and its particle that open it ("il Sindaco di Ascoli",
    "Il Sindaco di Ascoli" opening a sentence, "l'Arcivescovo di Canterbury"): the words after the
    particle name whose role it is, the role is no part of their name."""
    role = 1 if len(tokens) > 2 and view.folded[slice(*tokens[0])] in lex.definite_articles else 0
    if len(tokens) <= role + 1 or not _person_role(view.folded[slice(*tokens[role])], lex):
        return tokens
    particle = view.folded[tokens[role][1]:tokens[role + 1][0]].strip(" \u00a0")
    if particle in lex.particles and not any(w in lex.definite_articles for w in particle.split()):
        # (with an article the words name a body, whose name may begin with the role's:
        # "Director of the Caribbean Air and Marine Branch", "Presidente della Regione")
        return tokens[role + 1:]
    return tokens


def _after_role_domain(tokens: list[tuple[int, int]], view: TextView, m: Matcher) -> int | None:
    """Where a person's name starts in a run that follows a role, a particle and the role's domain
    ("il ministro dei Trasporti Bianchi", "il Ministro del Lavoro Poletti", "l'assessore alla Sanità
    Gallera"): the domain is one common word, the name a family name (rare, or one the KB's people
    bear) after at most a given name. None when the run is no such name ("il ministro della Pubblica
    Istruzione": a domain of two words)."""
    lex = m.lex
    if lex.common_word_everywhere or len(tokens) < 2:
        return None  # (German compounds its roles: "Arbeitsminister Heil")
    if len(tokens) >= 3 and _person_role(view.folded[slice(*tokens[0])], lex) \
            and view.folded[tokens[0][1]:tokens[1][0]].strip(" \u00a0") in lex.particles:
        domain = 1  # the role opens the run: "Ministro del Lavoro Poletti"
    elif _role_of_place(view, tokens[0][0], lex):
        domain = 0  # "ministro del" before the run
    else:
        return None
    name = tokens[domain + 1:]
    domain_word = view.folded[slice(*tokens[domain])]
    if not name or len(name) > 2 or zipf(domain_word, lex.code) < lex.common_word_zipf \
            or view.text[slice(*tokens[domain])] in m.given_names or domain_word in lex.cues_inside:
        # ("la vedova di Libero Grassi": a given name opens the person's name; "el director del
        # Instituto Antártico": a body's head noun opens the body's)
        return None
    if len(name) == 2 and view.text[slice(*name[0])] not in m.given_names:
        return None
    family = view.text[slice(*name[-1])]
    if zipf(family.casefold(), lex.code) >= DOMAIN_FAMILY_NAME_ZIPF and family not in m.family_names:
        return None  # "el director de Centros Penales", "líder de Acción Humanista": a body's name
    return domain + 1


#: A family name after a role's domain is rarer (zipf) than this, or one the KB's people bear:
#: words of a body's name ("Penales", "Humanista") are more frequent.
DOMAIN_FAMILY_NAME_ZIPF = 3.5


def _body_lead(view: TextView, first: int, lex: LinkLexicon) -> bool:
    """A lower-case noun of a body right before the word ("la commissione Esteri", "commissione
    Bilancio"), or before a particle and it ("le ministère de l'Emploi", "el ministerio de Igualdad"):
    the word names the body's subject, even when it is a common word."""
    found = designator_before(view, first, lex)
    return found is not None and found[0] == "ORG"


def _person_cued(view: TextView, first: int, cue: str | None, person_cues: dict[int, list[str]],
                 lex: LinkLexicon) -> bool:
    """True when a person's role or cue word stands right before the name starting at ``first``."""
    if cue == "PERSON" or first in person_cues:
        return True
    before = view.phrase_before(first, lex.cues_before)
    return before is not None and lex.cues_before[before] == "PERSON"


def alone_elsewhere(view: TextView, start: int, word: str) -> bool:
    """True when the capitalised word at ``start`` occurs elsewhere in the text with no capitalised
    word right before it (a person's family name used alone)."""
    original = view.text[start:start + len(word)]
    i = view.text.find(original)
    while i != -1:
        end = i + len(original)
        if i != start and (i == 0 or not view.text[i - 1].isalnum()) \
                and (end >= len(view.text) or not view.text[end].isalnum()):
            before = view.words_before(i, 1)
            if not before or not view.text[i - 1].isspace() or not before[-1][:1].isalpha() \
                    or view.text[i - 1 - len(before[-1]):i - 1][:1].islower() or view.sentence_initial(i):
                return True
        i = view.text.find(original, i + 1)
    return False


def _town_after_locative(view: TextView, start: int, end: int, m: Matcher) -> bool:
    """"ad Erba", "a Bra": a town's name after a locative preposition is the town, also when it is
    a frequent word of the language that a capital alone would not make a name; not where every
    noun is capitalised ("nach Wahlen"), nor a family name ("a Martínez": to a person)."""
    name = view.text[start:end]
    return not m.lex.common_word_everywhere and name not in m.family_names \
        and zipf(view.folded[start:end], m.lex.code) < LOCATIVE_TOWN_WORD_ZIPF \
        and is_town(name, m.lex.small_town_countries) and view.phrase_before(start, m.lex.locatives) is not None


#: A word more frequent (zipf) than this is the word even after a locative ("Where to Buy", "al
#: Centro e al Sud") where a town bears its name; "ad Erba" (4.35) is the town.
LOCATIVE_TOWN_WORD_ZIPF = 4.6


def _earlier_person(tokens: list[tuple[int, int]], view: TextView, surnames: dict[str, Unknown],
                    lex: LinkLexicon) -> bool:
    """True when ``tokens`` are one word that is the family name of a person named before."""
    if len(tokens) != 1 or not surnames:  # (no person named yet: the usual case early on)
        return False
    word = view.folded[slice(*tokens[0])]
    if word in lex.definite_articles or zipf(word, lex.code) >= AFTER_GIVEN_NAME_ZIPF:
        return False  # "The Namibian" ... "The": a function word, not a family name
    found = _known(surnames, _normal(view.text[slice(*tokens[0])]), lex)
    return found is not None and found.type == "PERSON"


def _after_given_name(view: TextView, s: int, m: Matcher) -> bool:
    """True when the word ending just before ``s`` (one space apart) is a given name."""
    i = s - 1
    if i <= 0 or view.text[i] not in " \u00a0":
        return False
    j = i
    while j > 0 and (view.text[j - 1].isalpha() or view.text[j - 1] in "-"):
        j -= 1
    return view.text[j:i] in m.given_names


#: Shortest head and modifier of a compound noun: "Kongress|abgeordneten", "Empfehlungs|systeme".
COMPOUND_HEAD = 5
COMPOUND_MODIFIER = 3


#: Most (language, word) answers of ``_common_noun`` kept; past it they are recomputed.
COMMON_NOUN_CACHE = 1 << 16
_COMMON_NOUNS: dict[tuple[str, str], bool] = {}


def _common_noun(word: str, lex: LinkLexicon) -> bool:
    """A frequent word or a compound ending in one: asked of every capitalised word where nouns are
    capitalised, so answers are kept for the language's own lexicon (a test's lexicon is not)."""
    try:
        shared = lex is lexicon(lex.code)
    except ValueError:  # LanguageDataError: a lexicon made up for a language without a folder
        shared = False
    found = _COMMON_NOUNS.get((lex.code, word)) if shared else None
    if found is None:
        found = _noun_zipf(word, lex) >= lex.common_word_zipf or _compound_noun(word, lex) \
            or any(word.endswith(e) and len(word) - len(e) >= DERIVED_NOUN_STEM for e in lex.common_noun_endings)
        if shared and len(_COMMON_NOUNS) < COMMON_NOUN_CACHE:
            _COMMON_NOUNS[lex.code, word] = found
    return found


#: Shortest stem before a derived noun's ending ("Erreich|ung"; "Jung" is a name).
DERIVED_NOUN_STEM = 4


def _compound_noun(word: str, lex: LinkLexicon) -> bool:
    """Where every noun is capitalised, a word ending in a frequent word is a compound common noun
    ("Kongressabgeordneten", "TV-Auftritten", "Online-Plattform"); names rarely end in one."""
    for i in range(COMPOUND_MODIFIER, len(word) - COMPOUND_HEAD + 1):
        if word[i - 1] == "-" or word[i - 1].isalpha():
            if _noun_zipf(word[i:], lex) >= lex.common_word_zipf:
                return True
    return False


#: Shortest stem of an inflected adjective that opens a sentence: "rau|er", "neu|e".
ADJECTIVE_STEM = 3


def _noun_zipf(word: str, lex: LinkLexicon, shortest_stem: int = COMPOUND_HEAD - 1) -> float:
    """Frequency of a word or of its uninflected form ("wahlkampfs" -> "wahlkampf")."""
    best = zipf(word, lex.code)
    for suffix in lex.word_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest_stem:
            best = max(best, zipf(word[:-len(suffix)], lex.code))
    return best


@cache
def _particles_by_initial(particles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The particles by their first letter, in their order (longest first): ``_following_mention``
    is asked at the end of every run, and only a particle opening with the letter there can follow."""
    index: dict[str, list[str]] = {}
    for particle in particles:
        if particle:
            index.setdefault(particle[0], []).append(particle)
    return {initial: tuple(group) for initial, group in index.items()}


def _following_mention(view: TextView, by_start: dict, end: int, limit: int,
                       lex: LinkLexicon):
    """A KB mention that continues this run inside the same capitalised sequence."""
    i = end
    while i < limit and view.text[i] in " \u00a0":
        i += 1
    if i in by_start:
        return by_start[i]
    for particle in _particles_by_initial(lex.particles).get(view.folded[i:i + 1], ()):
        if view.folded.startswith(particle, i):
            j = i + len(particle)
            while j < limit and view.text[j] in " \u00a0":
                j += 1
            if j in by_start:
                return by_start[j]
    return None


def _guess(view: TextView, m: Matcher, start: int, end: int, words: list[str],
           inside: str | None, person_cues: dict[int, list[str]], cue: str | None,
           fallback: str | None) -> Guess:
    lex = m.lex
    name = view.text[start:end]
    if name in lex.common_acronyms or _plural_acronym(name):
        return Guess(NOT_A_NAME, 0.0, "unknown:common-acronym")  # "AI companies", "in LLMs", "the EVs"
    if start in person_cues:
        return Guess("PERSON", 0.8, "unknown:title")
    if len(words) > 1 and is_suffix(words[-1]):
        return Guess("PERSON", 0.75, "unknown:generation")  # "Trump Jr", "Julio César Chávez hijo"
    if inside is not None and not (inside == "PLACE" and len(words) > 1
                                   and name.split()[0] in m.given_names):  # "Kanye West"
        return Guess(inside, 0.75, "unknown:inside-cue")
    preceding = view.words_before(start, 3)
    before = view.phrase_before(start, lex.cues_before, words=preceding)
    if before is None and len(preceding) > 1 and preceding[-1] in m.adjectives \
            and preceding[-2] in lex.cues_before:
        before = preceding[-2]  # "la compañía belga Katoen Natie", "la società americana X"
    if before is None and len(preceding) > 2 and preceding[-1] in lex.particles \
            and preceding[-2] in m.adjectives and f"{preceding[-3]} {preceding[-1]}" in lex.cues_before:
        # "il villaggio georgiano di Zemo Nikozi", "la ciudad colombiana de X": the country
        # adjective stands between the cue and its particle
        before = f"{preceding[-3]} {preceding[-1]}"
    if before is not None and not (lex.cues_before[before] != "PERSON" and _named_cue(view, start, before, lex)
                                   and len(name.split()) > 1 and name.split()[0] in m.given_names):
        # ("il deputato del Movimento Carlo Sibilia", "il direttore de Il Giornale Mario Giordano": a
        # capitalised cue word ends another name; the given name that follows opens a person's)
        return Guess(lex.cues_before[before], 0.7, "unknown:cue-before")
    if len(words) > 1 and _particle_surname(name, m):
        return Guess("PERSON", 0.6, "unknown:particle-surname")  # "Di Pietro", "Nunzia De Girolamo"
    if cue is not None:
        return Guess(cue, 0.7, "unknown:cue-word")
    described = _apposition(view, end, lex)
    if described is not None:
        return Guess(described, 0.7, "unknown:apposition")  # "Oceana, une organisation de ..."
    if fallback is not None:
        return Guess(fallback, 0.6, "unknown:next-to-kb")
    site = designator_before(view, start, lex)
    if site is not None:
        return Guess(site[0], 0.75, "unknown:designator")  # "stazione Termini", "rue Oberkampf"
    if len(words) > 1 and _INITIAL.fullmatch(name.split()[0]):
        return Guess("PERSON", 0.65, "unknown:initial")  # "V. Kramnik", "J. Smith"
    if len(words) > 1 and name.split()[0] in m.given_names:
        return Guess("PERSON", 0.65, "unknown:given-name")
    parts = name.split()
    if len(parts) > 2 and any(_INITIAL.fullmatch(p) for p in parts[1:-1]) and not _INITIAL.fullmatch(parts[-1]) \
            and (parts[0] in m.listed_anywhere or zipf(words[-1], lex.code) < lex.common_word_zipf):
        # "Hayley N. Hull", "Max L. Balter"; not "Roujeau J. Drug ...", a reference's end and the next
        # sentence's first word, unless a listed given name opens it
        return Guess("PERSON", 0.6, "unknown:middle-initial")
    if len(words) == 1 and name in m.listed_given_names:
        return Guess("PERSON", 0.55, "unknown:given-name")  # "Марк рассказал": a given name alone
    locative = view.phrase_before(start, lex.locatives, words=preceding)
    if locative in lex.weak_locatives and not is_town(name, lex.small_town_countries):
        locative = None  # "bei ABN Amro", "bei Partizan": a firm, a club; "bei Bachmut" is a town
    if locative and not _addressee(preceding, locative, lex):
        if locative in lex.addressee_prepositions and _addressed_person(view, m, start, end, words):
            # "il processo a Gbagbo", "ha proposto a De Alessandri": evidence of a person beats a
            # bare "a", which also introduces whom an act is aimed at
            return Guess("PERSON", 0.55, "unknown:addressee")
        return Guess("PLACE", 0.6, "unknown:locative")
    if lex.origins and view.phrase_before(start, lex.origins, words=preceding):
        return Guess("PLACE", 0.55, "unknown:origin")  # "Flüchtlinge aus Idlib", "desde Tarija"
    if len(words) == 1 and not name.isupper() \
            and (zipf(words[0], lex.code) < lex.common_word_zipf or name in lex.region_words) \
            and view.phrase_before(start, lex.article_locatives, words=preceding):
        # "nel Mugello", "en el Bierzo", "dans le Var": a rare word after a preposition and its
        # article is a region; bodies take one too ("nella Lega", "im Bundestag"), but those are
        # known, frequent words, acronyms or longer names; a region named like a frequent word
        # (region_words.txt: "dans la Somme", "dans le Lot") is one all the same
        return Guess("PLACE", 0.5, "unknown:locative-article")
    if is_town(name, lex.small_town_countries) and name not in m.given_names and not name.isupper():
        return Guess("PLACE", 0.5, "unknown:town")  # "Seregno", "Civita Castellana"
    if len(words) == 1 and not name.isupper() and _club_in_report(view, start, lex):
        return Guess("ORG", 0.6, CLUB_ARTICLE_RULE)  # "el Betis venció al Getafe 2-0": a club
    if name.isupper() and len(name) > 2 and view.sentence_initial(start) and _DATELINE.match(view.text, end) \
            and zipf(name.lower(), lex.code) < lex.common_word_zipf:  # not "HELP — Can't get"
        return Guess("PLACE", 0.6, "unknown:dateline")  # "THALWIL, 14. —", "SIBI, Pakistan (AP) —"
    if len(words) == 1 and name.isupper() and len(name) > 1:
        if _word_in_capitals(name, lex):
            return Guess(NOT_A_NAME, 0.0, "unknown:capitals")  # "2 235 010 EUROS", "HYDROXYCHLOROQUINE"
        if _CODE.fullmatch(name):
            return Guess(NOT_A_NAME, 0.0, "unknown:code")  # "N799RM", "NMC811", "A320": a code, no body
        return Guess("ORG", 0.6, "unknown:acronym")  # "the ISPR said": acronyms name bodies
    after = view.word_after(end)
    if after is not None and after in lex.cues_after:
        return Guess(lex.cues_after[after], 0.6, "unknown:cue-after")
    if len(words) > 1 and len(name.split()) > len(words):
        return Guess("ORG", 0.45, "unknown:with-particle")  # "Vigili del Fuoco"
    if len(words) > 1 and all(zipf(w, lex.code) >= COMMON_NAME_WORD_ZIPF for w in words):
        return Guess("ORG", 0.45, "unknown:common-words")  # "Middle East", "Truth Social"
    if len(words) > 1 and _role_nearby(view, start, preceding, lex):
        return Guess("PERSON", 0.6, "unknown:role-near")  # "el presidente andaluz Juanma Moreno"
    joined_last = name[len(name) - len(words[-1]) - 1:][:1] in "-'’"  # "ad-Din", "al-Assad"
    family_used = len(words) == 2 and max(zipf(words[-1], lex.code), zipf(words[-1], "en")) \
        < RARE_FAMILY_NAME_ZIPF and alone_elsewhere(view, end - len(words[-1]), words[-1])
    first_common = len(words) > 1 and not family_used and zipf(words[0], lex.code) >= lex.common_word_zipf \
        and name.split()[0] not in m.given_names and (
            not _particle(words[0], lex) or zipf(words[-1], lex.code) >= PARTICLE_NAME_WORD_ZIPF)
    if len(words) > 1 and not joined_last \
            and (first_common or name.split()[-1] not in m.family_names) \
            and max(zipf(words[-1], lex.code), zipf(words[-1], "en")) >= LAST_WORD_ZIPF:
        # (after a word that may be a given name, a family name the KB's people bear is a
        # person's: "Lianna Jones"; "Cuarta Sala" is a court's chamber)
        return Guess("ORG", 0.45, "unknown:common-last-word")  # "Brookings Institution"
    if len(words) > 1 and _after_article(view, start, preceding, lex):
        return Guess("ORG", 0.45, "unknown:after-article")  # "il Merano WineFestival"
    if len(words) > 1 and first_common:
        # a given name is rarely a common word of the language: "Línea Fundadora", "El Faro",
        # "Aguas Gaseosas" name bodies ("Juan", "Rosa" are in the given-name lists)
        return Guess("ORG", 0.45, "unknown:common-first-word")
    if len(words) > 1:
        return Guess("PERSON", 0.5, "unknown:multiword")
    if name in m.given_names:
        return Guess("PERSON", 0.45, "unknown:given-name-alone")  # "Gamal", "Riccardo"
    word = words[0]
    for ending, entity_type in lex.name_endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return Guess(entity_type, 0.42, "unknown:ending")  # "Scalzone", "Seregno"...
    # one word, no cue: people are introduced by their full name first, so a lone unknown
    # word is more often an organisation or a brand ("Alitalia", "Pdl") than a person
    return Guess("ORG", 0.4, "unknown:single")


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
#: What follows a town in capitals that opens a sentence as its dateline: a day ("LUCERNE, 14 -"), an em
#: dash or a full stop and a dash ("TAYLORVILLE — The", "FRIBOURG. — Le marché"; not "PKW – Phone, Keys"), a bracket with the agency ("SIBI (AP) -") or the country and one
#: ("SIBI, Pakistan (AP) —"). An acronym opening a sentence is followed by its verb instead.
_DATELINE = re.compile(r",[ \u00a0]+\d|\.?[ \u00a0]*—[ \u00a0]|\.[ \u00a0]*[-–][ \u00a0]|[ \u00a0]*\([A-Za-z]{2,8}(?:[ \u00a0/][A-Z]{2,6})?\)"
                       r"|,[ \u00a0]+[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?[ \u00a0]*\(")

#: A name opening with a particle ("De Mistura", "Al Maliqi") is a family name unless a common word
#: follows the particle, which is then an article ("El Faro"): this frequent (zipf) at least.
PARTICLE_NAME_WORD_ZIPF = 3.5


#: The rule of a club named by a word after a club article in a sports report (clubs.py reads known towns).
CLUB_ARTICLE_RULE = "unknown:club-article"


def _club_in_report(view: TextView, start: int, lex: LinkLexicon) -> bool:
    """A club article right before ("el", "del", "il") in a sentence that reports sport: a club's name,
    even one met once ("el Villarreal perdió 1-0"), where a bare unknown word alone would be dropped."""
    if not lex.club_articles or start < 2 or view.text[start - 1] != " ":
        return False
    before = view.words_before(start, 1)
    if not before or before[-1] not in lex.club_articles or not view.folded.endswith(before[-1], 0, start - 1):
        return False
    from cronaca.link.teams import sports_report_at  # teams.py builds on this module
    return sports_report_at(start, view, lex.code)


def _acronym_before_place(view: TextView, tokens: list[tuple[int, int]], entry_type: str) -> bool:
    """"RWTH Aachen", "TU Berlin", "SSC Napoli": an acronym before a town's name names a body there
    (a university, a club, a hospital), not the town."""
    return entry_type == "PLACE" and len(tokens) == 1 \
        and _ACRONYM_WORD.fullmatch(view.text[slice(*tokens[0])]) is not None


def _named_cue(view: TextView, start: int, cue: str, lex: LinkLexicon) -> bool:
    """Is the cue word right before ``start`` capitalised inside a sentence ("del Movimento"), where
    only names are ("Politikwissenschaftler" in German is a common noun)?"""
    if lex.common_word_everywhere:
        return False
    i = view.folded.rfind(cue, max(0, start - len(cue) - 3), start)
    return i >= 0 and view.text[i:i + 1].isupper() and not view.sentence_initial(i)


def _particle_surname(name: str, m: Matcher) -> bool:
    """A capitalised particle before a given name makes a family name ("Di Pietro", "De Girolamo",
    "Del Piero"): bodies write their particles in lower case ("Cassa di Risparmio")."""
    parts = name.split()
    return any(nxt in m.given_names and p[:1].isupper() and _particle(p.lower(), m.lex)
               for p, nxt in zip(parts, parts[1:]))


def _particle(word: str, lex: LinkLexicon) -> bool:
    """True when ``word`` is a name particle of the language, also one written elided or hyphenated."""
    return any(p in lex.particles for p in (word, word + "-", word + "'"))


def _addressed_person(view: TextView, m: Matcher, start: int, end: int, words: list[str]) -> bool:
    """Evidence that the name after a bare "a"/"à" is a person's, not a town's: the family name
    of a KB person ("a Gbagbo"), a particle opening a family name ("a De Alessandri"), or the
    name written elsewhere after a given name or an initial ("V. Topalov" ... "a Topalov"). A
    town's name or a common word ("al Colle" is no bare "a" anyway) stays a place."""
    lex = m.lex
    name = view.text[start:end]
    if is_town(name, lex.small_town_countries) or zipf(words[-1], lex.code) >= lex.common_word_zipf:
        return False
    if len(words) == 1 and name in m.family_names:
        return True
    if len(words) == 2 and name.split()[-1] in m.family_names and zipf(words[0], lex.code) < lex.common_word_zipf:
        return True  # "verser 79 millions de dollars à Dewayne Johnson": a family name the KB's people bear
    if len(words) > 1 and _particle(words[0], lex) and name.split()[0][:1].isupper():
        return True
    i = view.text.find(" " + name)
    while i != -1:
        after = i + 1 + len(name)
        if i + 1 != start and (after >= len(view.text) or not view.text[after].isalnum()) \
                and (_after_given_name(view, i + 1, m) or _INITIAL.fullmatch(view.text[max(0, i - 2):i])
                     and (i < 3 or not view.text[i - 3].isalpha())):
            return True
        i = view.text.find(" " + name, i + 1)
    return False


def _addressee(preceding: list[str], locative: str, lex: LinkLexicon) -> bool:
    """True when the preposition follows a word of saying ("en declaraciones a T13 Noche", "ha detto
    a Repubblica", "a déclaré à France Info"): it introduces whom words were said to, not a place."""
    n = len(locative.split())
    return len(preceding) > n and preceding[-n - 1] in lex.said_to


_APPOSITION = re.compile(r",[ \u00a0]+(\w+['’]?)[ \u00a0]*(\w[\w.-]*)")


def _apposition(view: TextView, end: int, lex: LinkLexicon) -> str | None:
    """The type an apposition right after a name gives it: "Oceana, une organisation de défense",
    "Katoen Natie, una società belga": an indefinite article, then a cue word that would type the
    name if it stood before it."""
    found = _APPOSITION.match(view.folded, end)
    if found is None:
        return None
    article, noun = found.group(1).replace("’", "'"), found.group(2)
    if article not in lex.indefinite_articles:
        # "Oh Ei Sun, senior fellow with ...", "X, director of ...": a role with no article is an
        # apposition too; after a definite one it may open a clause ("En Los Gallardos, la teniente
        # de alcalde, ...")
        if article in lex.definite_articles or not view.text[found.start(1)].islower():
            return None
        return "PERSON" if _person_role(article, lex) or (
            noun.isalpha() and _person_role(noun, lex) and "'" not in article) else None
    if article.endswith("'") and view.folded[found.start(2) - 1] not in _APOSTROPHES:
        return None
    return lex.cues_before.get(noun)


def _after_article(view: TextView, start: int, preceding: list[str], lex: LinkLexicon) -> bool:
    """True when a definite article stands right before the name ("il X Y", "dell'X Y")."""
    if not preceding:
        return False
    word = preceding[-1]
    if view.text[start - 1:start] in "'’" and start > 0:
        return word.replace("’", "'") in lex.definite_articles
    return word in lex.definite_articles and view.text[start - 1:start].isspace()


def _normal(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


def slug(name: str) -> str:
    """ASCII slug of a name: "Università di Bologna" -> "universita-di-bologna"; a name in another
    script keeps its letters ("Белгородская" -> "белгородская"), so that two such names never share
    an id."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    if sum(ch.isalpha() for ch in ascii_name) < sum(ch.isalpha() for ch in name) / 2:
        return _NOT_UNICODE_SLUG.sub("-", name.casefold()).strip("-") or "x"
    return _NOT_SLUG.sub("-", ascii_name.lower()).strip("-") or "x"
