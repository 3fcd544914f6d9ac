"""Who did what to whom, read off the units of one clause (never from another sentence, except the
documented zero-subject carry-over of pro-drop languages).

Rules, each named in ``Event.rule`` and weighted in ``arguments.CONFIDENCE``:
- subject: the nearest bare noun phrase before a verb trigger in its clause;
- shared-subject: a verb after another verb's object shares that verb's subject ("X visited Y and met Z");
- inherited: a clause without a subject takes it from the clause it depends on (reported speech:
  the speaker; relative clause: the antecedent; subordinate and non-finite clauses: the main subject);
- carry-over: pro-drop languages only, a sentence without any subject takes the previous sentence's
  subject in the same paragraph ("Ha affermato che...");
- object / preposition roles / passive "by": from the trigger's frame;
- nominal: a noun trigger's own genitive, "between", "with", "against" phrases and adjacent adjectives
  ("sanzioni occidentali"), possessive names ("Putin's visit") and compound pairs ("U.S.-Ukraine
  talks"); light verbs, "during" and possessive determiners give it the clause subject ("durante una
  videochiamata con Xi", "their talks"); "undergo" verbs make the subject its target ("affrontare sanzioni");
- pronoun: a subject pronoun stands for what its clause inherits, or the previous sentence's subject;
- object-phrase: with no bare object, the first entity later in the clause is the target.
A zero subject is only inherited when no unknown word stands before the verb in its clause
("..., and officials suggested" has its own, unlinked subject).

Where each rule lives: ``subjects`` (subject finding, appositions, zero subjects, speakers),
``verb_roles`` (objects, preposition roles, object-phrase recipients), ``noun_roles`` (noun triggers),
``passives``, ``verb_final`` (German word order), ``trigger_choice`` (noun or verb reading),
``answered_acts`` (the author of a condemned act), ``modality`` (status cues), ``parties`` and
``arguments`` (what the rules share). This module walks one clause and calls them in order.
"""
from __future__ import annotations

from cronaca.extract.events.answered_acts import rejected_author
from cronaca.extract.events.arguments import add, Args
from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.noun_roles import noun_args
from cronaca.extract.events.parties import Parties
from cronaca.extract.events.reciprocals import reciprocal_pair
from cronaca.extract.events.trigger_choice import NOUN_USE, after_preposition, charged_content, noun_after_preposition, \
    pick_trigger, requested_content
from cronaca.extract.events.units import PREPOSITIONS, Clause, Unit
from cronaca.extract.events.verb_roles import verb_args


def clause_args(clause: Clause, inherited: list[str], anaphor: Parties, verb_second: bool = False,
                object_prep: str | None = None, noun_inherited: list[str] | None = None,
                antecedent: list[str] | None = None, inverted: bool = False,
                light_subject: list[str] | None = None, zero_subject: bool = False,
                opening: tuple[int, int, list[str]] | None = None) -> list[tuple[Unit, Trigger, Args]]:
    """Arguments of every trigger of one clause, left to right. ``light_subject``: the zero or pronoun
    subject a light verb governing a noun trigger stands for (nouns themselves inherit less). ``opening``:
    a sentence-opening non-finite verb's unit, the main subject's unit and ids (``fronted_clauses``)."""
    resolved: dict[int, Args] = {}
    nouns: dict[int, Args] = {}  # noun triggers' arguments, for a passive verb they are the subject of
    objects: set[int] = set()
    out: list[tuple[Unit, Trigger, Args]] = []
    units = clause.units
    for i, unit in enumerate(units):
        if unit.kind != "trigger":
            continue
        trigger = pick_trigger(unit, units, i)
        if trigger is NOUN_USE:
            continue
        if trigger.pos == "verb" and (unit.after_det or (after_preposition(units, i) and not trigger.base)
                                      or trigger.base and noun_after_preposition(units, i)) \
                and not (opening is not None and opening[0] == i and not unit.after_det):
            continue  # "dell'impegno", "barred from travel": a verb form used as a noun (not the sentence-opening
            # gerund of fronted_clauses: "In announcing the sanctions, Blinken said", evargs27)
        if trigger.pos == "verb" and requested_content(units, i, trigger):
            continue  # "demander au ministre de démissionner": the request carries it
        if trigger.pos == "verb" and charged_content(units, i):
            continue  # "amid accusations of ... undermining the president": the charge, not an act
        if trigger.pos == "verb":
            if unit.impersonal and not trigger.reflexive:
                # "Durante il vertice si è discusso", "se decidió": impersonal, nobody's zero subject
                args = verb_args(units, i, trigger, resolved, anaphor, [], objects, verb_second, object_prep,
                                 None, False)
                reciprocal_pair(units, i, trigger, args, anaphor)  # "Si sono incontrati ieri Meloni e Macron"
            else:
                args = verb_args(units, i, trigger, resolved, anaphor, inherited, objects, verb_second,
                                 object_prep, antecedent, clause.kind == "relative", nouns, inverted,
                                 clause.kind == "resume", zero_subject, clause.finite_first,
                                 opening[1:] if opening is not None and opening[0] == i else None)
                if unit.impersonal and inverted:
                    reciprocal_pair(units, i, trigger, args, anaphor)  # "se reunieron X, Y y Z"
        else:
            # a possessive ("their talks", "sus amenazas") stands for a party of this sentence only:
            # the previous sentence's subject is too often somebody else ("Habría obligado... bajo sus amenazas")
            args = noun_args(units, i, trigger, resolved, anaphor, noun_inherited or [], objects,
                             noun_inherited or [], verb_second, light_subject, zero_subject)
            args.subject = []
            if clause.kind == "report" and not clause.content_only and unit.words_before <= 2 \
                    and all(u.is_cue("of") for u in units[:i]):
                # ("a annoncé de nouvelles sanctions": a partitive "de" may open the object)
                # "Russia announced a ceasefire", "ha annunciato una tregua": the object of the speech verb
                # (a "say" verb has no such object: "officials said the strike was...": the strike's
                # author is not the speaker)
                args.governed = True
                if not args.actors and inherited:
                    add(args.actors, inherited)
                    args.rule = "nominal-light"
        if trigger.pos == "noun" and not args.actors and opening is not None and opening[0] == i:
            # "After his meeting with Xi, Macron said": the possessive stands for the main subject
            add(args.actors, [a for a in opening[2] if a not in args.targets])
            args.rule = "nominal-light"
            args.governed = True
        if trigger.pos == "noun" and not args.actors and given_by_verb(units, i, resolved):
            # "Germany granted aid to Ukraine", "promised support": what a giving or promising verb
            # has as its object is the subject's own act
            add(args.actors, [a for a in resolved[i - 1].subject if a not in args.targets])
            args.rule = "nominal-light"
            args.governed = True
        add(args.actors, [p for p in args.partners if p not in args.targets])
        drop_alternatives(units, args)
        if trigger.pos == "verb":
            resolved[i] = args
        else:
            nouns[i] = args
            k = i - 1  # the unit before the noun and its own adjective ("verurteilte den russischen Angriff")
            if k >= 0 and units[k].kind == "phrase" and units[k].phrase is not None and units[k].phrase.adjectival \
                    and k in objects and not units[i].words_before:
                k -= 1
            if k >= 1 and adverbial_phrase(units, k, i):
                k -= 1  # "condanna con forza l'aggressione russa", "condemned in strong terms": a manner
            rejected_author(out, unit, args, units[k] if k >= 0 else None)
        out.append((unit, trigger, args))
    return out



def adverbial_phrase(units: list[Unit], k: int, i: int) -> bool:
    """Is the cue at k a preposition opening a one-word manner phrase between a verb and the noun
    trigger at i ("condanna con forza l'aggressione", "condena con firmeza el ataque")? Its word is
    no noun phrase of ours, so the verb still governs the noun."""
    u = units[k]
    return u.kind == "cue" and u.cue is not None and u.cue.value in PREPOSITIONS and k == i - 1 \
        and units[i].words_before == 1 and not units[i].comma_before and not u.comma_before \
        and units[k - 1].kind == "trigger" and any(t.pos == "verb" for t in units[k - 1].triggers)


#: verbs whose object noun is the subject's own act ("granted aid", "pledged support", "offered talks",
#: "desplegó una ofensiva")
GIVING = frozenset({"AID", "AGREE", "COOPERATE", "MOBILIZE"})


def given_by_verb(units: list[Unit], i: int, resolved: dict[int, Args]) -> bool:
    """Is the noun trigger at i the object of the giving verb right before it (an article at most between)?"""
    prev = units[i - 1] if i > 0 else None
    return prev is not None and prev.kind == "trigger" and i - 1 in resolved and bool(resolved[i - 1].subject) \
        and units[i].words_before <= 1 and not units[i].comma_before \
        and any(t.pos == "verb" and t.type in GIVING for t in prev.triggers)


def drop_alternatives(units: list[Unit], args: Args) -> None:
    """A phrase joined by "or" to an actor is another candidate for the same role, never the one acted
    upon ("Entweder tötet uns die israelische Armee oder die Hamas": either of them kills, neither is
    the victim)."""
    for k in range(2, len(units)):
        u, cue, before = units[k], units[k - 1], units[k - 2]
        if u.kind == "phrase" and u.phrase is not None and cue.is_cue("or") \
                and before.kind == "phrase" and before.phrase is not None \
                and set(before.phrase.heads()) & set(args.actors):
            args.targets[:] = [t for t in args.targets if t not in u.phrase.heads()]
