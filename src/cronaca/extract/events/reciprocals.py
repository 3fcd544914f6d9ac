"""A reciprocal "si"/"se" before a symmetric verb with its subject after it: "Si sono incontrati ieri a Roma
Meloni e Macron", "Se reunieron el lunes en París Macron y Xi", "se reunieron el directorio de la CNTC, la
Federación de Camioneros y la Asociación de Valdivia" (evargs27, issue #6).

The impersonal rule (``Unit.impersonal``: "si è discusso") gives a non-reflexive verb no inherited subject, and
a transitive verb then reads the bare phrase after it as its object, so the meeting had two recipients and no
actor and was dropped; a reflexive lemma's inverted subject ("se reunieron X") took only one phrase of a list.
With a symmetric type (``plover.tsv``: meeting, agreeing, cooperating) the clitic is the reciprocal object
("met each other"), and the list of bare phrases after the verb (joined by commas and "and", before any other
trigger; its first item may be a genitive on an unnamed head: "el directorio de la CNTC") is the group that
acts; so is one name with a "with" partner after it ("Ieri si è incontrato Macron con Meloni"), which stays
the recipient. A single name alone does not count: "si è discusso il piano" has no pair.
"""
from __future__ import annotations

from cronaca.extract.events import ontology
from cronaca.extract.events.arguments import Args
from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.parties import Parties, phrase_ids
from cronaca.extract.events.units import Unit

#: the rule name of events whose actors come from this construction (``arguments.CONFIDENCE``)
RULE = "reciprocal-inverted"


def reciprocal_pair(units: list[Unit], i: int, trigger: Trigger, args: Args, anaphor: Parties) -> None:
    """Make the list of bare phrases after the clitic + verb at i its actors (in place)."""
    if args.passive or (args.actors and args.rule != "inverted") \
            or not ontology.lookup(trigger.type, trigger.mode).symmetric:
        return
    if any(u.kind == "phrase" and u.phrase is not None and u.phrase.prep is None for u in units[:i]):
        return  # a bare phrase before the verb is its subject or object already
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.kind == "trigger":
            return
        if u.kind != "phrase" or u.phrase is None:
            continue
        if u.phrase.prep == "of" and any(units[k].kind == "phrase" for k in range(i + 1, j)):
            return  # "con el presidente de Francia": the genitive of another phrase's noun
        if u.phrase.prep not in (None, "of"):
            continue  # "ieri a Roma": where and when stand between
        group = listed(units, j, anaphor)
        if len(group) < 2 and not partner_follows(units, j):
            return  # one name and no "con" partner: "si è discusso il piano"
        if not group or args.actors and not set(args.actors) < set(group):
            return
        args.actors[:] = group
        args.targets[:] = [t for t in args.targets if t not in group]
        args.subject = list(group)
        args.rule = RULE
        return


def listed(units: list[Unit], j: int, anaphor: Parties) -> list[str]:
    """The heads of the phrase at j and of the bare phrases joined to it by commas or "and"."""
    out: list[str] = []
    for k in range(j, len(units)):
        u = units[k]
        if u.is_cue("and"):
            continue
        if u.kind != "phrase" or u.phrase is None or u.phrase.anaphor or u.phrase.adjectival:
            break
        joined = k == j or u.comma_before or units[k - 1].is_cue("and")
        if not joined or u.phrase.prep not in (None, "of") or k > j and u.phrase.prep == "of" and u.words_before:
            break
        out.extend(x for x in phrase_ids(u.phrase, anaphor) if x not in out)
    return out


def partner_follows(units: list[Unit], j: int) -> bool:
    """Does a "with" phrase follow the phrase at j before any trigger ("Macron con Meloni")?"""
    for u in units[j + 1:]:
        if u.kind == "trigger":
            return False
        if u.kind == "phrase" and u.phrase is not None:
            return u.phrase.prep == "with"
    return False
