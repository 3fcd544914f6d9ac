"""Which reading of a trigger a clause holds: noun or verb for forms that are both, verb forms used as
nouns, and infinitives that are only the content of a request, threat or offer."""
from __future__ import annotations

from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.modality import negation
from cronaca.extract.events.units import PREPOSITIONS, Unit


NOUN_USE = Trigger("", "none", "", None, 0.0, None, None, None)  # type: ignore[arg-type]



def pick_trigger(unit: Unit, units: list[Unit], i: int) -> Trigger:
    """A surface form that is both a verb and a noun ("visita"): a noun after an article or a
    preposition, else a verb."""
    triggers = unit.triggers
    if unit.after_det_name and all(t.pos == "verb" and t.base for t in triggers):
        return NOUN_USE  # "the Oval Office clash": a noun this lexicon only knows as a verb
    if unit.name_compound:
        return next((t for t in triggers if t.pos == "noun"), NOUN_USE)  # "U.S. support for", "FBI probe"
    prev = units[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "cue" and prev.cue is not None and prev.cue.value.startswith("possessive") \
            and unit.words_before == 0 and not any(t.pos == "noun" for t in triggers):
        return NOUN_USE  # "no mencionó su nombre", "their promises": after a possessive, a noun
    if len(triggers) == 1:
        return triggers[0]
    nounish = unit.words_before <= 2 and prev is not None and prev.kind == "cue" and prev.cue is not None \
        and prev.cue.kind == "role" and prev.cue.value not in ("passive", "report") \
        and not (prev.cue.value == "to" and any(t.base and t.pos == "verb" for t in triggers))  # "to attack"
    nxt = units[i + 1] if i + 1 < len(units) else None
    follows_noun_prep = nxt is not None and nxt.kind == "cue" and nxt.cue is not None \
        and nxt.cue.value in ("between", "of") and nxt.words_before == 0
    modifier = prev is not None and prev.kind == "phrase" and prev.phrase is not None \
        and unit.words_before == 0 and (prev.phrase.adjectival or len(prev.phrase.conjuncts) > 1)
    # "La Corea del Nord minaccia di attaccare": right after a bare name, a verb ("la minaccia di X": a noun)
    after_subject = prev is not None and prev.kind == "phrase" and prev.phrase is not None and prev.phrase.prep is None \
        and not prev.phrase.adjectival and unit.words_before == 0 and not unit.comma_before
    # "ha chiesto aiuto", "offerto sostegno": right after another verb, the object noun
    after_verb = prev is not None and prev.kind == "trigger" and unit.words_before == 0 and not unit.comma_before \
        and any(t.pos == "verb" for t in prev.triggers)
    # "Le Standard menace la Russie": a name as the bare object right after it makes it the verb, where no
    # article or preposition before it says noun (the clause's first unit after unknown words is no noun sign)
    before_object = nxt is not None and nxt.kind == "phrase" and nxt.phrase is not None and nxt.phrase.prep is None \
        and not nxt.phrase.adjectival and nxt.words_before <= 1 and not nxt.comma_before and not unit.after_det_name
    # "Il lui demande de partir": right after an object pronoun, the verb
    after_clitic = prev is not None and prev.is_cue("clitic") \
        and unit.words_before == 0
    want = "verb" if after_clitic else "noun" if nounish or unit.after_det or unit.after_possessive or i == 0 and not before_object or after_verb \
        or follows_noun_prep and not after_subject \
        or modifier or unit.after_det_name else "verb"  # "U.S.-Ukraine talks", "Russian strikes"
    for t in triggers:
        if t.pos == want:
            return t
    if unit.after_possessive and not any(t.pos == "noun" for t in triggers):
        return NOUN_USE  # "al-Rufay'i's killing": a verb form used as a noun, no trigger
    return triggers[0]



#: Types whose infinitive complement is their content, not an event of its own.
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})



def requested_content(units: list[Unit], i: int, trigger: Trigger) -> bool:
    """An infinitive introduced by "to / de / a / zu" after a request, threat or offer in the same
    clause ("urged Russia to accept", "prêt à démissionner", "chiesto di ritirarsi"), also negated
    ("demandé à Poutine de ne pas attaquer", "promesso di non bombardare")."""
    k = i - 1
    while k > 0 and negation(units[k]) and not units[i].words_before:
        k -= 1  # the negation words of the content ("de ne pas", "di non")
    prev = units[k] if k >= 0 else None
    if trigger.base and prev is not None and prev.kind == "trigger" and k == i - 1 and units[i].words_before <= 1 \
            and not units[i].comma_before \
            and any(t.pos == "verb" and t.type in CONTENT_TYPES for t in prev.triggers):
        return True  # "a été invité à démissionner", "appelé à démissionner": the marker ends the gapped trigger
    if not trigger.base or prev is None or units[i].words_before or prev.kind != "cue" or prev.cue is None \
            or prev.cue.value not in ("to", "of", "with"):
        return False
    for j in range(k - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":  # "amenazó con atacar": a threat's content only
            return any((t.type in CONTENT_TYPES or t.mode == "allege") and (prev.cue.value != "with" or t.type == "THREATEN")
                       for t in u.triggers)  # ("accusato la Cina di sostenere la Russia": the charge)
    return False



def after_preposition(units: list[Unit], i: int) -> bool:
    prev = units[i - 1] if i > 0 else None
    return units[i].words_before == 0 and prev is not None and prev.kind == "cue" and prev.cue is not None \
        and prev.cue.kind == "role" and prev.cue.value in PREPOSITIONS



#: prepositions no language puts before an infinitive: a base verb form after them is a noun
#: ("barred from travel to the United States"); "to", "of", "with", "for" introduce infinitives
#: ("to attack", "di visitare", "amenazó con atacar", "para negociar")
NO_INFINITIVE = frozenset({"from", "against", "by", "during", "between"})
# ("in" is also French "en", a pronoun before infinitives: "allait en discuter"; "according" also ends
# German postposition phrases before a verb: "Dem Gericht zufolge drohen ...")


def noun_after_preposition(units: list[Unit], i: int) -> bool:
    """Is the base verb form at i right after a preposition that never takes an infinitive?"""
    prev = units[i - 1] if i > 0 else None
    return after_preposition(units, i) and prev is not None and prev.cue is not None \
        and prev.cue.value in NO_INFINITIVE



#: words between an accusation noun and the charged act ("accusations of gross misconduct and undermining")
CHARGE_GAP_UNITS = 8


def charged_content(units: list[Unit], i: int) -> bool:
    """Is the verb at i the charge of an accusation noun before it, through "of" ("amid accusations of
    gross misconduct and undermining the president", "allegations of attacking")? An alleged act is the
    accusation's content, not an event the text asserts."""
    seen_of = False  # (list commas may stand between: "accusations of gross misconduct, ..., and undermining")
    for j in range(i - 1, max(-1, i - 1 - CHARGE_GAP_UNITS), -1):
        u = units[j]
        if u.kind == "cue" and u.cue is not None and u.cue.value in ("of", "and"):
            seen_of = seen_of or u.cue.value == "of"
            continue
        if u.kind == "trigger":
            return seen_of and pick_trigger(u, units, j).pos == "noun" \
                and any(t.type == "ACCUSE" and t.pos == "noun" for t in u.triggers)
        if u.kind != "phrase":
            return False
    return False
