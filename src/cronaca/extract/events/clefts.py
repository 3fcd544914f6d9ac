"""Cleft sentences that name the actor of an infinitive after a copula: "A chiedere aiuto per i birmani è
anche Papa Benedetto XVI", "Ad annunciarlo è stato Putin" (Italian news puts the agent last this way).

The clause opens with a cleft preposition (`cleft_openers` in event_grammar.tsv) right before the
infinitive; the first bare name after a copula (`cleft_copulas`) later in the clause is who acts. Without
this the infinitive took the previous sentence's subject (zero-subject carry-over) and the real actor as
its object."""
from __future__ import annotations

import re

from cronaca.extract.events.arguments import Args
from cronaca.extract.events.lexicon import Lexicon, Trigger, fold
from cronaca.extract.events.units import Clause, Unit

_WORD = re.compile(r"\w+", re.UNICODE)


def cleft_subjects(lex: Lexicon, text: str, clause: Clause, found: list[tuple[Unit, Trigger, Args]],
                   later: list[Clause]) -> None:
    """Give the infinitive that a cleft opens the name after the copula as its actor, in place; the name
    may stand in a later clause of the sentence ("A chiedere aiuto per i birmani è il Papa": "per" opens one)."""
    openers, copulas = lex.cleft_openers, lex.cleft_copulas
    if not openers or not copulas:
        return
    for unit, trigger, args in found:
        if trigger.pos != "verb" or not trigger.base:
            continue
        opening = [fold(w) for w in _WORD.findall(text[clause.start:unit.start])]
        if len(opening) != 1 or opening[0] not in openers:
            continue
        actor = _after_copula(text, [u for c in [clause, *later] for u in c.units], unit, copulas)
        if actor is None:
            continue
        args.actors[:] = actor
        args.targets[:] = [t for t in args.targets if t not in actor]
        args.subject = list(actor)
        args.rule = "inverted"
        return


def _after_copula(text: str, units: list[Unit], verb: Unit, copulas: frozenset[str]) -> list[str] | None:
    """The heads of the first bare phrase after a copula that follows the verb in its clause."""
    seen = False
    last = verb.end
    for u in units:
        if u.start < verb.end:
            continue
        # (the copula may be a cue of its own: "è stato" is a passive auxiliary)
        seen = seen or any(fold(w) in copulas for w in _WORD.findall(text[last:u.end if u.kind == "cue" else u.start]))
        last = u.end
        if u.kind == "trigger" and all(t.pos == "verb" for t in u.triggers) and not seen:
            return None  # another verb first: no cleft
        if seen and u.kind == "phrase" and u.phrase is not None:
            return u.phrase.heads() if u.phrase.prep is None and not u.phrase.adjectival else None
    return None
