"""Verbal or physical attack: "attaccare", "atacar", "attaquer", "angreifen", "attack" and their nouns
name a strike with weapons as often as a politician's words ("Renzi ha attaccato Grillo", "Milei atacó al
Congreso en su discurso", "griff die Opposition scharf an"). PLOVER codes the words as ACCUSE. The sense
is read off general context, from per-language cue lists (``lang/<code>/attack_senses.tsv``):
1. words of force in the sentence (weapons, troops, casualties: ``military``) keep the attack physical;
2. so does a place among the targets (a city, a base, a village) or an armed group (``GROUP``) acting;
3. words that put the act in speech (``verbal``: "in un'intervista", "scharf", "en su discurso") or a
   quotation opening after the trigger make it an accusation;
4. with no cue, a person or an organisation (a party, an institution, a medium) attacking a person, a
   medium or an organisation attacks in words; attacking a country stays physical.
Only trigger words beginning with an ``ambiguous`` prefix are read so: compounds ("Luftangriff") and
unambiguous verbs ("bombardare") never are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.extract.events.lexicon import fold
from cronaca.lang import load

#: who a person's or an organisation's attack with no weapon named is made in words against
VERBAL_TARGETS = frozenset({"PERSON", "MEDIA", "ORG"})
VERBAL_ACTORS = frozenset({"PERSON", "ORG", "MEDIA"})
#: characters after the trigger in which an opening quotation makes the attack one in words ("attacca
#: Grillo: «...»")
QUOTE_REACH = 80
_QUOTE_OPEN = re.compile(r"[«“„\"]")


@dataclass(frozen=True, slots=True)
class Senses:
    ambiguous: tuple[str, ...]  # folded prefixes of trigger words that may be attacks in words
    verbal: re.Pattern[str] | None
    military: re.Pattern[str] | None


def _pattern(cues: list[str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    parts = sorted((re.escape(c[:-1]) + r"\w*" if c.endswith("*") else re.escape(c) for c in cues),
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@cache
def senses(code: str) -> Senses:
    rows = load(code).table("attack_senses.tsv")
    by: dict[str, list[str]] = {"ambiguous": [], "verbal": [], "military": []}
    for row in rows:
        by.setdefault(row["sense"], []).append(row["cue"].strip().lower())
    prefixes = tuple(fold(c.rstrip("*")) for c in by["ambiguous"])
    return Senses(prefixes, _pattern(by["verbal"]), _pattern(by["military"]))


def verbal_attack(text: str, code: str, trigger: tuple[int, int], sentence: tuple[int, int],
                  clause: tuple[int, int], actor_types: list[str | None], target_types: list[str | None],
                  quoted: bool = False) -> bool:
    """Is the ASSAULT read at ``trigger`` (a span of ``text``) an attack in words? Words of force count in
    the whole sentence, words of speech only in the trigger's clause ("Russia attacked Ukraine, Zelensky
    said in an interview" is no accusation). ``quoted``: the trigger stands inside a direct quotation (a
    quotation after it is then no sign of speech)."""
    found = senses(code)
    word = fold(text[trigger[0]:trigger[1]]).split()
    if not found.ambiguous or not word or not word[0].startswith(found.ambiguous):
        return False
    s, e = sentence
    if found.military is not None and found.military.search(text, s, e):
        return False  # "attaccato con missili", "troops attacked"
    if "PLACE" in target_types or "GROUP" in actor_types or not actor_types:
        return False  # a city, a base, a village; an armed group acting
    if found.verbal is not None and found.verbal.search(text, *clause):
        return True
    if not quoted and _QUOTE_OPEN.search(text, trigger[1], min(e, trigger[1] + QUOTE_REACH)):
        return True  # "Renzi attacca Grillo: «...»"
    return bool(target_types) and all(t in VERBAL_TARGETS for t in target_types) \
        and all(a in VERBAL_ACTORS for a in actor_types)
