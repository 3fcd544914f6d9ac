"""Organisation nouns: "il governo tedesco" is Germany's government, "la polizia" an actor.

A noun from ``organisation_nouns.tsv`` next to a country adjective ("il governo tedesco", "the
German government", "die deutsche Regierung") becomes a metonym mention of that COUNTRY: events
then see Germany as the actor. Alone ("la polizia ha arrestato") it names no particular actor and
yields nothing (the gold-set guidelines: generic unnamed groups are not entities). A noun that
starts a capitalised name ("Polizia di Stato") is left to the unknown-name finder.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.document import Mention
from cronaca.link.automaton import Match, Matcher
from cronaca.link.view import TextView


@dataclass(slots=True)
class GenericResult:
    mentions: list[Mention] = field(default_factory=list)  # country metonyms
    consumed: set[int] = field(default_factory=set)  # starts of adjective mentions used
    covered: list[tuple[int, int]] = field(default_factory=list)


def resolve_generic(matches: list[Match], kb_mentions: list[Mention], view: TextView,
                    m: Matcher) -> GenericResult:
    result = GenericResult()
    by_start = {x.start: x for x in kb_mentions}
    by_end = {x.end: x for x in kb_mentions}
    text = view.text
    for x in matches:
        if x.generic is None or x.institution is not None or x.forms or x.title is not None \
                or _starts_name(view, x, m):  # national bodies: institutions.py
            continue
        after = by_start.get(_skip(text, x.end, 1))
        before = by_end.get(_skip(text, x.start, -1))
        adjective = next((a for a in (after, before) if a is not None and a.kind == "adjective"
                          and m.kb.entries[a.entity_id].type == "COUNTRY"), None)
        if adjective is not None:
            start, end = min(x.start, adjective.start), max(x.end, adjective.end)
            result.mentions.append(Mention(start, end, text[start:end], adjective.entity_id,
                                           "metonym:organisation", 0.75, "metonym"))
            result.consumed.add(adjective.start)
            result.covered.append((start, end))
            continue
        # alone ("la polizia", "the military") it names no particular actor: no entity
    return result


def _skip(text: str, pos: int, step: int) -> int:
    """The position after the spaces next to ``pos`` (forwards) or before them (backwards)."""
    i = pos
    if step > 0:
        while i < len(text) and text[i] == " ":
            i += 1
        return i if i > pos else -1
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i if i < pos else -1


def _starts_name(view: TextView, x: Match, m: Matcher) -> bool:
    """True for "Polizia di Stato", "Parlamento Europeo": a capitalised name goes on after it."""
    if not view.text[x.start].isupper():
        return False
    i = _skip(view.text, x.end, 1)
    if i == -1 or i >= len(view.text):
        return False
    if view.text[i].isupper():
        return True
    for particle in m.lex.particles:
        if view.folded.startswith(particle, i):
            j = i + len(particle)
            if particle.endswith("'") and view.text[j:j + 1].isupper():
                return True
            k = _skip(view.text, j, 1)
            if k != -1 and view.text[k:k + 1].isupper():
                return True
    return False
