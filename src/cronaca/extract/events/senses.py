"""Verbal or physical attack: "attaccare", "atacar", "attaquer", "angreifen", "attack" and their nouns
name a strike with weapons as often as a politician's words ("Renzi ha attaccato Grillo", "Milei atacó al
Congreso en su discurso", "griff die Opposition scharf an"). PLOVER codes the words as ACCUSE. The sense
is read off general context, from per-language cue lists (``lang/<code>/attack_senses.tsv``):
1. words of force in the sentence (weapons, troops, casualties: ``military``) keep the attack physical;
2. so does a place among the targets (a city, a base, a village) or an armed group (``GROUP``) acting;
3. words that put the act in speech (``verbal``: "in un'intervista", "scharf", "en su discurso") or a
   quotation opening after the trigger make it an accusation;
4. with no cue, a person or an organisation (a party, an institution, a medium) attacking a person, a
   medium or an organisation of its own country (a party, a parliament) attacks in words; attacking a
   country or an international body ("Putin wird die Nato angreifen") stays physical. Two parties of a
   clash with no recipient ("the clash between Trump and Zelensky") are each other's targets.
Only trigger words beginning with an ``ambiguous`` prefix are read so: compounds ("Luftangriff") and
unambiguous verbs ("bombardare") never are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.extract.events.lexicon import fold
from cronaca.lang import load

#: who attacks in words when no weapon is named (against a person, a medium or a national body)
VERBAL_ACTORS = frozenset({"PERSON", "ORG", "MEDIA"})
#: characters after the trigger in which an opening quotation makes the attack one in words ("attacca
#: Grillo: «...»")
QUOTE_REACH = 80
_QUOTE_OPEN = re.compile(r"[«“„\"]")
Party = tuple[str | None, str | None]  # (entity type, ISO3 country)


@dataclass(frozen=True, slots=True)
class Senses:
    ambiguous: tuple[str, ...]  # folded prefixes of trigger words that may be attacks in words
    verbal: re.Pattern[str] | None
    military: re.Pattern[str] | None


def cue_pattern(cues: list[str]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive alternation of cue words; a trailing * stands for any ending."""
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
    return Senses(prefixes, cue_pattern(by["verbal"]), cue_pattern(by["military"]))


def verbal_attack(text: str, code: str, trigger: tuple[int, int], sentence: tuple[int, int],
                  clause: tuple[int, int], actors: list[Party], targets: list[Party], quoted: bool = False) -> bool:
    """Is the ASSAULT read at ``trigger`` (a span of ``text``) an attack in words? ``actors`` and
    ``targets`` are (entity type, ISO3 country) pairs. Words of force count in the whole sentence, words of
    speech only in the trigger's clause ("Russia attacked Ukraine, Zelensky said in an interview" is no
    accusation); for a noun the caller passes the clause from the noun on, since a manner word before it
    belongs to the verb governing it ("ha condannato duramente l'attacco della Russia"). ``quoted``: the
    trigger stands inside a direct quotation (a quotation after it is then no sign of speech)."""
    found = senses(code)
    word = fold(text[trigger[0]:trigger[1]]).split()
    if not found.ambiguous or not word or not word[0].startswith(found.ambiguous):
        return False
    s, e = sentence
    if found.military is not None and found.military.search(text, s, e):
        return False  # "attaccato con missili", "troops attacked"
    actor_types = [t for t, _ in actors]
    if not actors or "GROUP" in actor_types or any(t == "PLACE" for t, _ in targets):
        return False  # an armed group acting; a city, a base, a village attacked
    if found.verbal is not None and found.verbal.search(text, *clause):
        return True
    if not quoted and _QUOTE_OPEN.search(text, trigger[1], min(e, trigger[1] + QUOTE_REACH)):
        return True  # "Renzi attacca Grillo: «...»"
    homes = {c for _, c in actors if c}
    if not targets and len(actors) >= 2:
        # "the Oval Office clash between Trump and Zelensky", "lo scontro tra Renzi e Grillo": parties
        # on both sides of a clash with no recipient; each is the other's target
        return all(_verbal_target(t, c, homes) for t, c in actors)
    return bool(targets) and all(a in VERBAL_ACTORS for a in actor_types) \
        and all(_verbal_target(t, c, homes) for t, c in targets)


def _verbal_target(etype: str | None, country: str | None, homes: set[str]) -> bool:
    """A person or a medium; an organisation of the actors' own country (a party, a parliament: "Milei
    atacó al Congreso"). An international one ("Putin wird die Nato angreifen") or another country's
    (an army) may be attacked with arms."""
    if etype in ("PERSON", "MEDIA"):
        return True
    return etype == "ORG" and country is not None and (not homes or country in homes)
