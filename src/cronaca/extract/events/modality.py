"""Status cues (negation, plans, conditions) that reach a trigger from its clause or its governing verb."""
from __future__ import annotations

from cronaca.extract.events.lexicon import CONTROL
from cronaca.extract.events.units import PREPOSITIONS, Unit


def status_cues(units: list[Unit], i: int, stop: int) -> list[str]:
    """Modality cues between the subject (or clause start) and the trigger, and after it for
    cues whose scope allows."""
    out: list[tuple[int, str]] = []
    infinitive = units[i].kind == "trigger" and any(t.pos == "verb" and t.base for t in units[i].triggers)
    for j in range(i - 1, stop, -1):
        u = units[j]
        if u.kind == "trigger":
            if infinitive and all(t.pos == "noun" for t in u.triggers) \
                    and not any(units[k].comma_before for k in range(j, i + 1)):
                continue  # "muss das Abkommen ratifizieren": the object noun before a final infinitive (evprec27)
            break
        if u.kind == "cue" and u.cue and u.cue.kind == "modality" and u.cue.scope == CONTROL:
            value = control_status(units, j, i)
            if value:
                out.append((j, value))
            continue
        if u.kind == "cue" and u.cue and u.cue.kind == "modality" and u.cue.scope in ("before", "both"):
            # "si le public le veut, il a rejeté": the comma closed the condition; a comma right after
            # the cue only sets it off ("Vorausgesetzt, Frau Chuba stimmt folgendem Satz zu")
            if u.cue.value == "condition" and any(units[k].comma_before for k in range(j + 1 + u.comma_after, i + 1)):
                # ... and the negation or modal inside it is the condition's own ("si les efforts ne
                # réussissaient pas, l'Angleterre consentirait", "if talks do not resume, Russia will attack")
                out = [(k, v) for k, v in out if not any(units[m].comma_before for m in range(k + 1, i + 1))]
                continue
            out.append((j, u.cue.value))
    out_values = [v for _, v in out]
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.kind == "trigger" or content_negation(units, j) or u.comma_before:
            break  # "a demandé à Poutine de ne pas attaquer": the negation is the demanded act's own; past a
            # comma it is the next clause's ("forderte Russland auf, die Ukraine nicht anzugreifen", evactor27)
        if u.kind == "cue" and u.cue and u.cue.kind == "modality" and u.cue.scope in ("after", "both"):
            out_values.append(u.cue.value)
    return out_values


#: role cues that introduce an infinitive ("to", French "de" / "à", Italian "di" / "a")
INFINITIVE_ROLES = frozenset({"to", "of"})
#: unknown words allowed between a control verb and its infinitive, its object phrase aside ("tried hard
#: to", "wants the British government to"): more, and the infinitive is likely another verb's
CONTROL_GAP_WORDS = 2


def control_status(units: list[Unit], j: int, i: int) -> str | None:
    """The status the control verb at j (event_control_verbs.tsv) gives the trigger at i, when that
    trigger is the infinitive it governs: right after the verb's marker ("tried to meet", "a tenté de
    rencontrer", "ha cercato di incontrare") or bare ("vuole incontrare", "intentó reunirse"), with only
    phrases (and their prepositions) between ("wants the UK to extradite": the object's act, wished by another; German
    "versuchte, Putin zu treffen", the comma right after the verb). A finite verb ("wanted peace and
    met") has no marker and is no base form; another comma or more words between end the reach."""
    cue = units[j].cue
    verb = units[i]
    forms = [t for t in verb.triggers if t.pos == "verb"]
    # a light verb right after the marker is the infinitive of its noun's act ("tried to hold talks", "ha
    # cercato di avere un incontro": the noun asks from the light verb, noun_roles); bare, its form may be finite
    light = verb.is_cue("light") and bool(cue and cue.marker)
    if cue is None or not light and (not forms or not all(t.base for t in forms)):
        return None
    between = units[j + 1:i]
    gap = verb.words_before
    # German puts a comma between the object and its zu-infinitive clause ("überredete Scholz, die Ukraine zu
    # unterstützen"): a comma right after the first phrase does not end the reach
    first_object = _object_phrase(units, j, i)
    if cue.marker:
        marker = between[-1] if between else None
        if marker is None or marker.kind != "cue" or marker.cue is None or marker.cue.kind != "role" \
                or marker.cue.value != cue.marker or verb.words_before:
            return None
        between = between[:-1]
        gap = marker.words_before
    # an infinitive no lexicon knows may stand between, with its own marker: "in an attempt to force the
    # U.S. to abandon", "tried to convince Congress to approve" (each brings its verb's word)
    links = sum(1 for u in between if _infinitive_marker(u))
    if any(u.kind != "phrase" and not _preposition(u) for u in between) \
            or any(u.comma_before and (first_object is None or k != first_object + 1)
                   for k, u in enumerate(units[j + 2:i + 1], j + 2)):
        return None
    if gap + sum(u.words_before for u in between) > CONTROL_GAP_WORDS + links:
        return None
    objects = any(u.phrase is not None and u.phrase.prep is None for u in between)
    return cue.object_value if objects and cue.object_value else cue.value


def _object_phrase(units: list[Unit], j: int, i: int) -> int | None:
    """The object a control verb at j hands its infinitive to, before i: the phrase right after the verb,
    bare or dative (after a "to" preposition: "permitió a Ucrania", "ha permesso all'Ucraina"), with no comma
    before it; else None."""
    cue = units[j].cue
    if cue is None or cue.scope != CONTROL or not cue.object_value:
        return None
    k = j + 1
    if k < i and _preposition(units[k]) and units[k].cue is not None and units[k].cue.value == "to":
        k += 1
    u = units[k] if k < i else None
    if u is None or u.kind != "phrase" or u.phrase is None or u.comma_before \
            or u.phrase.prep not in (None, "to") or u.phrase.anaphor:
        return None
    return k


def controlled_by_object(units: list[Unit], i: int) -> int | None:
    """The unit of the object that acts in the infinitive at i, handed to it by an object-control verb
    (event_control_verbs.tsv, object column: "Die USA erlaubten der Ukraine, Russland anzugreifen", "Estados
    Unidos permitió a Ucrania atacar a Rusia", "Biden a persuadé Scholz de soutenir": Ukraine, Scholz act, not
    the subject); None when no such verb governs i."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            return None
        if u.kind == "cue" and u.cue is not None and u.cue.scope == CONTROL:
            k = _object_phrase(units, j, i)
            return k if k is not None and control_status(units, j, i) is not None else None
    return None


def _preposition(u: Unit) -> bool:
    return u.kind == "cue" and u.cue is not None and u.cue.kind == "role" and u.cue.value in PREPOSITIONS


def _infinitive_marker(u: Unit) -> bool:
    return u.kind == "cue" and u.cue is not None and u.cue.kind == "role" and u.cue.value in INFINITIVE_ROLES


def content_negation(units: list[Unit], j: int) -> bool:
    """Is unit j an infinitive marker with a negation right after it ("de ne pas", "à ne plus", "di
    non", "a non", "not to")? What follows is an act negated inside another act's content."""
    u = units[j]
    nxt = units[j + 1] if j + 1 < len(units) else None
    return u.kind == "cue" and u.cue is not None and u.cue.kind == "role" and u.cue.value in INFINITIVE_ROLES \
        and nxt is not None and negation(nxt)


def negation(u: Unit) -> bool:
    """A negation cue with no word before it."""
    return u.kind == "cue" and u.cue is not None and u.cue.kind == "modality" and u.cue.value == "negated" \
        and not u.words_before



#: the modality a governing verb passes on to a noun under a light verb
GOVERNING = ("planned", "hypothetical", "future-past", "possible")
#: the modality a clause passes on to any noun in it: possibilities and conditions assert no act
#: ("Die Reformen könnten den Grundstein für ein Abkommen legen", "im Falle einer Abdankung")
UNASSERTED = ("hypothetical", "possible", "condition")


def governing_modality(units: list[Unit], i: int, values: tuple[str, ...] = GOVERNING) -> list[str]:
    """A plan or possibility stated on the verb that governs a noun trigger reaches it across other
    nouns ("the United States hopes to resolve the pause in aid to Ukraine during talks Tuesday"):
    planned and hypothetical cues back to the clause start or the previous verb (negation stays
    local: "did not resolve the pause during talks" says nothing about the talks)."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger" and any(t.pos == "verb" for t in u.triggers) and not u.after_det:
            return []
        if u.kind == "cue" and u.cue is not None and u.cue.kind == "modality" \
                and u.cue.value in values and u.cue.scope in ("before", "both"):
            if u.cue.value == "condition" and any(units[k].comma_before for k in range(j + 1, i + 1)):
                return []  # the comma closed the condition
            return [u.cue.value]
    return []


def final_modal(units: list[Unit], i: int) -> list[str]:
    """In verb-final clauses the modal verb follows the infinitive it governs ("dass ich mit Victoria
    Young zusammenarbeiten muss", "weil er Xi treffen will"): a modality cue right after the verb at
    i, closing the clause, sets its status as it would before it (negation stays before the verb)."""
    if i + 1 != len(units) - 1:
        return []
    u = units[i + 1]
    if u.kind != "cue" or u.cue is None or u.cue.kind != "modality" or u.words_before \
            or u.cue.value == "negated" or u.cue.scope not in ("before", "both"):
        return []
    return [u.cue.value]
