"""Status cues (negation, plans, conditions) that reach a trigger from its clause or its governing verb."""
from __future__ import annotations

from cronaca.extract.events.units import Unit


def status_cues(units: list[Unit], i: int, stop: int) -> list[str]:
    """Modality cues between the subject (or clause start) and the trigger, and after it for
    cues whose scope allows."""
    out: list[tuple[int, str]] = []
    for j in range(i - 1, stop, -1):
        u = units[j]
        if u.kind == "trigger":
            break
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
        if u.kind == "trigger" or content_negation(units, j):
            break  # "a demandé à Poutine de ne pas attaquer": the negation is the demanded act's own
        if u.kind == "cue" and u.cue and u.cue.kind == "modality" and u.cue.scope in ("after", "both"):
            out_values.append(u.cue.value)
    return out_values


#: role cues that introduce an infinitive ("to", French "de" / "à", Italian "di" / "a")
INFINITIVE_ROLES = frozenset({"to", "of"})


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
