"""Acts that answer another party's act ("condemned Russia's attack", "lifted the sanctions against X"):
the answered act's author becomes the answering verb's recipient."""
from __future__ import annotations

from cronaca.extract.events.arguments import add, Args
from cronaca.extract.events.units import Unit


#: Verbs whose object may be another party's act: their target is that act's author ("ha condannato
#: l'attacco della Russia", "rejected Pakistan's allegation", "exigió la retirada de las tropas rusas").
ACT_OBJECT_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST"})



#: Verbs that judge another party's act: their object noun's author is their target.
JUDGES_ACTS = frozenset({"REJECT", "ACCUSE"})



#: Measures a concession lifts: their target is the one relieved ("ha revocato le sanzioni contro X").
LIFTED = frozenset({"SANCTION", "COERCE"})



def rejected_author(done: list, unit: Unit, args: Args, before: Unit | None = None) -> None:
    """A rejection, condemnation, praise or demand whose object is another act answers that act's
    author ("la Russia ha respinto le accuse dell'Ucraina", "la Francia ha condannato duramente
    l'attacco di Israele"): the noun's actors become the target of the verb right before it (nothing
    but an article and one adverb between); a rejected accusation without a target was aimed at the
    one who rejects it."""
    if not done or unit.words_before > 1 or unit.comma_before:
        return
    prev_unit, prev_trigger, prev_args = done[-1]
    if prev_trigger.pos == "verb" and prev_trigger.type == "CONCEDE" and before is prev_unit \
            and not prev_args.targets and unit.triggers and all(t.type in LIFTED for t in unit.triggers):
        add(prev_args.targets, [t for t in args.targets if t not in prev_args.actors])  # "levé les sanctions contre X"
        return
    if not args.actors:
        return
    if before is not prev_unit and (unit.words_before or prev_trigger.type != "REJECT"):
        return  # only an adverb may stand between the verb and the act it answers
    if prev_trigger.pos == "verb" and prev_trigger.type in ACT_OBJECT_TYPES and not prev_args.targets \
            and prev_unit.end <= unit.start:
        # "Merz verurteilte den russischen Angriff", "condemned the attack by Russia": the act's author
        add(prev_args.targets, [a for a in args.actors if a not in prev_args.actors])
        if prev_trigger.type == "REJECT" and not args.targets and unit.triggers \
                and all(t.type == "ACCUSE" for t in unit.triggers):
            add(args.targets, [a for a in prev_args.actors if a not in args.actors])  # accused: who rejects it
