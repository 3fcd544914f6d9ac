"""Acronyms defined in the text: "Inter Services Public Relations (ISPR)" makes one entity.

News introduces an organisation by its full name with the acronym in brackets and then uses the
acronym alone. Without this step the two become separate entities (and the acronym, a lone
capitalised token, is typed by guesswork). The definition pattern is the same in every language,
so this needs no language data: an entity mention followed by "(ACRONYM)", where the acronym has at
least two capitals and starts with the full name's initial, and the acronym is itself a mention.
An acronym that spells the initials of another entity's name anywhere in the article joins it too
("Joint Comprehensive Plan of Action, or JCPOA"; "Inter Services Public Relations" ... "the ISPR"), and
so does one that opens an organisation's name outside the KB made of it and a KB name ("RWTH Aachen" ...
"die RWTH").
An acronym may also take one letter from inside a compound word ("Nuovo Centrodestra" ... "NCD"), be
followed by its expansion in brackets ("l'NCD (Nuovo Centrodestra)": the expansion becomes the name),
or close a name the unknown-name finder cut before its particles ("Jurisdicción Especial para la Paz
(JEP)": the name is extended to the bracket). A name no finder took whole because some of its words are
in lower case ("Agence nationale de sécurité du médicament (ANSM)") is read back from the bracket:
the words whose initials spell the acronym, past the language's articles and particles, are its name.
A word written like a name in brackets after a body's name of three words or more, made of letters
of that name in order, is a syllable acronym ("... de Robo de Vehículos (Diprove)") and joins it too.
"""
from __future__ import annotations

import re
import unicodedata

from cronaca.document import Entity, Mention
from cronaca.link.unknown import slug

#: The rule of an unknown name that takes in a KB name next to it (link/unknown.py).
NEXT_TO_KB = "unknown:next-to-kb"
_DEFINED = re.compile(r"[ \u00a0]*\(([^\W\d_][\w.&-]{1,11})\)")


def join_defined_acronyms(text: str, entities: list[Entity], small_words: frozenset[str] = frozenset()
                          ) -> list[Entity]:
    """Merge each bracketed acronym's entity into the entity of the full name before it.

    When only one side is in the KB, the KB entity keeps the mentions; when neither is, the
    unknown full name keeps them and becomes an organisation (people have no acronyms).
    ``small_words`` (articles, particles, prepositions, conjunctions) give no letter to an acronym.
    """
    entities = _extend_to_definition(text, entities)
    at: dict[int, Entity] = {m.start: e for e in entities for m in e.mentions}
    gone: set[int] = set()
    for long in list(entities):
        if id(long) in gone:
            continue
        for mention in list(long.mentions):
            found = _DEFINED.match(text, mention.end)
            if found is None:
                continue
            syllables = not _is_acronym_of(found.group(1), mention.text)
            if syllables and (long.type not in SYLLABLE_ACRONYM_TYPES
                              or not _is_syllable_acronym_of(found.group(1), mention.text)):
                continue  # ("Francesco Totti (Francesco)": a person's name in brackets is no acronym)
            short = at.get(found.start(1))
            if short is None or short is long or id(short) in gone \
                    or (short.in_kb and (long.in_kb or syllables)) \
                    or len(short.mentions[0].text) != len(found.group(1)):
                continue  # (a KB name in brackets written like a word is a place or a person's)
            keep, drop = (short, long) if short.in_kb else (long, short)
            if not keep.in_kb and keep.type == "PERSON":
                _retype(keep, "ORG")
            for moved in drop.mentions:
                moved.entity_id = keep.id
                at[moved.start] = keep
            keep.mentions = sorted(keep.mentions + drop.mentions, key=lambda x: x.start)
            gone.add(id(drop))
            if drop is long:
                break
    entities = [e for e in entities if id(e) not in gone]
    if small_words:
        entities = _name_before_bracket(text, entities, small_words)
    return _join_first_words(_join_initials(_expand_bracketed(text, entities)))


#: A word of a name read back from a bracket; elided articles stay attached ("l'énergie").
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Characters a name does not run across: a name read back stops at them.
_NAME_STOP = re.compile(r"[()\[\]\n,;:!?«»\"“”]|\.\s")
_MAX_NAME_WORDS = 12
_BACK = 160


def _name_before_bracket(text: str, entities: list[Entity], small_words: frozenset[str]) -> list[Entity]:
    """Give a bracketed acronym ("(ANSM)") the name before it that its letters spell when no mention
    covers that name whole: the name's lower-case words kept the finders from taking it
    ("Agence nationale de sécurité du médicament", "Confederación General del Trabajo"). Unknown names
    and organisations found inside the name are parts of it; countries and places inside stay."""
    gone: set[int] = set()
    ends = {x.end: x.start for e in entities for x in e.mentions}
    for short in entities:
        if id(short) in gone or short.in_kb and short.type not in ("ORG", "GROUP", "MEDIA"):
            continue
        for mention in short.mentions:
            acronym = mention.text
            if not (2 <= len(acronym) <= 10 and acronym.isalpha() and sum(c.isupper() for c in acronym) >= 2
                    and text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"):
                continue
            span = _spelled_before(text, mention.start - 1, acronym.casefold(), small_words)
            if span is None:
                continue
            start, end = span
            if ends.get(end, end) <= start:
                continue  # a name at least as long already ends there: the joins above took it
            for other in entities:
                if other is short or id(other) in gone or other.in_kb and other.type not in ("ORG", "GROUP", "MEDIA"):
                    continue
                other.mentions = [x for x in other.mentions if not (start <= x.start and x.end <= end)]
                if not other.mentions:
                    gone.add(id(other))
            phrase = text[start:end]
            short.mentions.append(Mention(start, end, phrase, short.id, "acronym:defined-name",
                                          mention.confidence, "name"))
            short.mentions.sort(key=lambda x: x.start)
            ends[end] = start
            if not short.in_kb:
                short.name = phrase
                _retype(short, "ORG")
            break
    return [e for e in entities if id(e) not in gone]


def _spelled_before(text: str, bracket: int, acronym: str, small_words: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of the shortest run of words ending before ``bracket`` that opens with a capital and
    whose words other than ``small_words`` spell ``acronym``; None when there is none."""
    window_start = max(0, bracket - _BACK)
    window = text[window_start:bracket]
    stops = list(_NAME_STOP.finditer(window))
    if stops:
        window_start += stops[-1].end()
        window = text[window_start:bracket]
    words = [(m.start() + window_start, m.end() + window_start, m.group()) for m in _WORD.finditer(window)]
    if not words or text[words[-1][1]:bracket].strip():
        return None
    for extra in (0, 1):
        for i in range(len(words) - 2, max(-1, len(words) - 1 - _MAX_NAME_WORDS), -1):
            start, _, first = words[i]
            own = _content(first, small_words)
            start += len(first) - len(own)  # "L'Agence": the name starts after the elided article
            if not own or not text[start:start + 1].isupper():
                continue
            content = [w for w in (_content(word, small_words) for _, _, word in words[i:]) if w]
            if len(content) >= 2 and _spells(acronym, content, extra):
                return start, words[-1][1]
            # "European Center for Constitutional and Human Rights (ECCHR)" in a German text: the
            # capitalised words spell it, the foreign small words between them give no letter
            capitals = [w for w in (_content(word, small_words) for _, _, word in words[i:] if word[:1].isupper())
                        if w]
            if len(capitals) >= 3 and len(capitals) < len(content) and _spells(acronym, capitals, extra):
                return start, words[-1][1]
    return None


def _content(word: str, small_words: frozenset[str]) -> str:
    """The folded word past an elided article ("l'énergie": "énergie"), or "" for a small word."""
    folded = word.casefold().replace("’", "'")
    head, apostrophe, rest = folded.partition("'")
    if apostrophe and head + "'" in small_words:
        folded = rest
    return "" if not folded or folded in small_words else folded


#: Words (and nothing else) between a name found too short and the bracketed acronym after it.
_NAME_TAIL = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,5}[^\W\d_]+[ \u00a0]*")
_MAX_TAIL = 40


def _extend_to_definition(text: str, entities: list[Entity]) -> list[Entity]:
    """A name outside the KB cut short before particles ("Jurisdicción Especial" in "Jurisdicción
    Especial para la Paz (JEP)") is extended to the bracketed acronym when the whole phrase spells it."""
    shorts = {x.start for e in entities if not e.in_kb and " " not in e.name and e.name.isupper()
              for x in e.mentions if x.text == e.name}
    gone: set[int] = set()
    added: list[Entity] = []
    for long in entities:
        if long.in_kb or long.type not in ("ORG", "PERSON"):
            continue
        for mention in long.mentions:
            tail = _NAME_TAIL.match(text, mention.end)
            if tail is None or tail.end() - mention.end > _MAX_TAIL or text[tail.end():tail.end() + 1] != "(":
                continue
            found = _DEFINED.match(text, tail.end())
            if found is None or found.start(1) not in shorts:
                continue
            acronym = found.group(1).casefold()
            phrase = text[mention.start:tail.end()].rstrip()
            words = [w.casefold() for w in phrase.replace("-", " ").split() if w[:1].isupper()]
            own = [w.casefold() for w in mention.text.replace("-", " ").split() if w[:1].isupper()]
            if not _spells(acronym, words) or _spells(acronym, own):
                continue
            end = mention.start + len(phrase)
            for other in entities:  # "Paz" found alone inside the longer name
                if other is not long:
                    other.mentions = [x for x in other.mentions if not mention.start <= x.start < end]
                    if not other.mentions:
                        gone.add(id(other))
            mention.end, mention.text = end, phrase
            if len(long.mentions) > 1:  # "Any Green New Deal ... the Green New Deal for Europe (GNDE)": another thing
                long.mentions.remove(mention)
                long = Entity(id="", name=phrase, type="ORG", in_kb=False, mentions=[mention])
                added.append(long)
            long.name = phrase
            _retype(long, "ORG")
            break
    entities = [e for e in entities if id(e) not in gone] + added
    by_id: dict[str, Entity] = {}
    for entity in entities:  # the extended name was also found whole elsewhere: one entity
        same = by_id.setdefault(entity.id, entity)
        if same is not entity:
            same.mentions = sorted(same.mentions + entity.mentions, key=lambda x: x.start)
            gone.add(id(entity))
    return [e for e in entities if id(e) not in gone]


_EXPANSION = re.compile(r"[ \u00a0]*\(([^\W\d_][^()\n]{2,80}?)\)")


def _expand_bracketed(text: str, entities: list[Entity]) -> list[Entity]:
    """An acronym outside the KB followed by its expansion in brackets ("l'NCD (Nuovo Centrodestra)")
    takes the expansion as a mention and as its name: the long form is the one a reader recognises."""
    by_id = {e.id: e for e in entities}
    gone: set[int] = set()
    for short in entities:
        name = short.name
        if short.in_kb or id(short) in gone or " " in name or not name.isupper() or len(name) < 2:
            continue
        for mention in short.mentions:
            found = _EXPANSION.match(text, mention.end)
            if found is None or mention.text != name:
                continue
            long_name = found.group(1).strip()
            words = [w.casefold() for w in long_name.replace("-", " ").split() if w[:1].isupper()]
            if len(words) < 2 or not _spells(name.casefold(), words):
                continue
            start = found.start(1)
            inside = [e for e in entities if e is not short and id(e) not in gone
                      and any(start <= x.start < found.end(1) for x in e.mentions)]
            if any(e.in_kb for e in inside):
                break
            for e in inside:  # "Centro Destra" found alone inside the brackets: the expansion covers it
                e.mentions = [x for x in e.mentions if not start <= x.start < found.end(1)]
                if not e.mentions:
                    gone.add(id(e))
            short.mentions.append(Mention(start, start + len(long_name), long_name, short.id, "acronym:expanded",
                                          mention.confidence, "name"))
            short.name = long_name
            _retype(short, "ORG")
            same = by_id.get(short.id)
            if same is not None and same is not short and id(same) not in gone:
                for moved in short.mentions:
                    moved.entity_id = same.id
                same.mentions = sorted(same.mentions + short.mentions, key=lambda x: x.start)
                gone.add(id(short))
            else:
                short.mentions.sort(key=lambda x: x.start)
            break
    return [e for e in entities if id(e) not in gone]


def _join_first_words(entities: list[Entity]) -> list[Entity]:
    """Merge an acronym outside the KB into the one organisation outside the KB whose name it opens."""
    by_first: dict[str, list[Entity]] = {}
    for entity in entities:
        first, _, rest = entity.name.partition(" ")
        # only a name made of an acronym and a KB name after it ("RWTH Aachen", "MSV Duisburg"): "AI
        # Mode" or "NHS Direct" is another thing than "AI" or "NHS"
        if not entity.in_kb and entity.type == "ORG" and rest and first.isupper() \
                and entity.mentions[0].rule == NEXT_TO_KB:
            by_first.setdefault(first, []).append(entity)
    gone: set[int] = set()
    for short in entities:
        longs = by_first.get(short.name, [])
        if short.in_kb or short.type != "ORG" or " " in short.name or len(longs) != 1:
            continue
        long = longs[0]
        for moved in short.mentions:
            moved.entity_id = long.id
        long.mentions = sorted(long.mentions + short.mentions, key=lambda x: x.start)
        gone.add(id(short))
    return [e for e in entities if id(e) not in gone]


def _join_initials(entities: list[Entity]) -> list[Entity]:
    by_initials: dict[str, Entity] = {}
    for entity in entities:
        words = entity.name.replace("-", " ").split()
        if len(words) >= 2:
            for initials in ("".join(w[0] for w in words),
                             "".join(w[0] for w in words if w[0].isupper())):
                if len(initials) >= 2:
                    by_initials.setdefault(initials.upper(), entity)
    gone: set[int] = set()
    for short in entities:
        name = short.name
        if short.in_kb or " " in name or not name.isupper() or len(name) < 2:
            continue
        long = by_initials.get(name) or _spelled_by(name, entities, short)
        if long is None:
            continue
        if id(long) in gone:
            continue
        for moved in short.mentions:
            moved.entity_id = long.id
        long.mentions = sorted(long.mentions + short.mentions, key=lambda x: x.start)
        gone.add(id(short))
        if not long.in_kb and long.type == "PERSON":
            _retype(long, "ORG")
    return [e for e in entities if id(e) not in gone]


def _spelled_by(acronym: str, entities: list[Entity], short: Entity) -> Entity | None:
    """The one organisation outside the KB whose capitalised words spell the acronym, a word giving its
    initial and maybe one letter inside it ("Nuovo Centrodestra": NCD); one word is no name to abbreviate."""
    if len(acronym) < 3:
        return None
    found = [e for e in entities if e is not short and not e.in_kb and e.type == "ORG"
             and len(words := [w.casefold() for w in e.name.replace("-", " ").split() if w[:1].isupper()]) >= 2
             and _spells(acronym.casefold(), words)]
    return found[0] if len(found) == 1 else None


def _spells(letters: str, words: list[str], extra: int = 1) -> bool:
    """True when every word opens with the next letter, in order, and at most ``extra`` letters in all
    come from inside a word (after its initial)."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][:1]:
        return False
    rest, word = letters[1:], words[0]
    if _spells(rest, words[1:], extra):
        return True
    if extra and rest and _opens_part(word, rest[0]):
        return _spells(rest[1:], words[1:], extra - 1)
    return False


def _opens_part(word: str, letter: str) -> bool:
    """True when the letter opens the second part of a compound word: after a first part of at least
    four letters ending in a vowel ("Centro|destra"), a consonant ("Es|pecial" is no compound)."""
    return any(word[i] == letter and word[i - 1] in _VOWELS and letter not in _VOWELS
               for i in range(4, len(word) - 2))


_VOWELS = frozenset("aeiouàèéìòùáíóú")


def _retype(entity: Entity, entity_type: str) -> None:
    entity.type = entity_type
    entity.id = f"x:{entity_type.lower()}:{slug(entity.name)}"
    for mention in entity.mentions:
        mention.entity_id = entity.id


#: Shortest word made of syllables of a name ("Copal", "Diprove"), and fewest words of that name.
SYLLABLE_ACRONYM_LENGTH = 4
SYLLABLE_ACRONYM_NAME_WORDS = 3
#: Only a body's name has a syllable acronym.
SYLLABLE_ACRONYM_TYPES = frozenset({"ORG", "MEDIA", "GROUP"})


def _is_acronym_of(acronym: str, name: str) -> bool:
    capitals = sum(1 for c in acronym if c.isupper())
    return capitals >= 2 and capitals >= len(acronym) // 2 and bool(name) \
        and _initial(acronym) == _initial(name)


def _is_syllable_acronym_of(acronym: str, name: str) -> bool:
    """"Dirección de Prevención e Investigación de Robo de Vehículos (Diprove)", "Coordinadora de
    Industrias de Productos Alimenticios (Copal)": a word made of the name's first syllables, written
    like a name, that opens with the name's first syllable and whose letters come from it in order."""
    return acronym[:1].isupper() and sum(1 for c in acronym if c.isupper()) == 1 \
        and len(acronym) >= SYLLABLE_ACRONYM_LENGTH and len(name.split()) >= SYLLABLE_ACRONYM_NAME_WORDS \
        and _plain(acronym)[:2] == _plain(name)[:2] and _letters_in_order(acronym, name)


def _letters_in_order(short: str, long: str) -> bool:
    letters = iter(_plain(long))
    return all(c in letters for c in _plain(short))


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _initial(word: str) -> str:
    return unicodedata.normalize("NFKD", word[:1]).encode("ascii", "ignore").decode().casefold()
