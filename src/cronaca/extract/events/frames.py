"""Syntactic frames of triggers, written in the lexicons as small patterns.

A frame names where the actor (X) and the target (Y) of a trigger (V verb, N noun) are found:
``X V Y`` subject acts on direct object; ``X V [with] Y`` target in a "with" phrase;
``[of] X N [to] Y`` (noun: "la visita di X a Y"); ``Y V [by] X`` (the subject undergoes);
``Y!`` the target is required (no target, no event); ``N*`` the noun names a topic unless a light
verb, a possessive or "during" governs it ("declared a ceasefire", "their truce" are events;
"a ceasefire proposal", "hopes a ceasefire could take place" are not); ``[that]`` the verb before a
"that" clause reports a statement, no act ("defendió que...", "sostiene che...", "warnte, dass...":
a claim or a warning about a risk, not support or a threat); ``[poss] Y`` a noun's possessor undergoes
it ("Navalny's arrest", "al-Rufay'i's killing"; "Russia's invasion" keeps its actor); ``[label]`` a
naming verb is an accusation only when a short quoted label follows it ("nannte Baerbock ein
„Auslaufmodell“", "llamó “basura” a Martínez"; "nannte ihn Peter" is none); ``[ruleout]`` ruling
out: negated ("no descarta", "schließt nicht aus", "did not rule out") it leaves a possibility open,
no event; ``[place]`` taking a place: an event only when a place or a country is among its targets
("tomaron Pokrovsk", "la conquista di Kiev"; "conquistare il titolo", "erobert die Herzen" are none);
``[state]`` going somewhere: a visit only when a country is named as its destination ("travelled to
Mauritius"; "travelled to Florida", "arrived in the House of Commons" are trips, nobody met).
Role names in brackets are the
language-independent preposition roles of ``lang/<code>/event_roles.tsv``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

DEFAULT_VERB = "X V Y [with] Y [against] Y [between] X"
DEFAULT_NOUN = "X N [of] X [by] X [between] X [with] Y [against] Y [to] Y [on] Y"


class FrameError(ValueError):
    """A frame string that does not follow the pattern grammar."""


@dataclass(frozen=True, slots=True)
class Frame:
    text: str
    subject: str | None  # "X" (subject is actor), "Y" (subject is target) or None
    object: str | None  # role of a bare noun phrase after the trigger: "X", "Y" or None
    roles: tuple[tuple[str, str], ...]  # (preposition role, "X" | "Y") after the trigger
    target_required: bool
    governed_only: bool = False  # N*: only a governed noun is an event
    statement: bool = False  # [that]: before a "that" clause the verb reports a statement
    label: bool = False  # [label]: an event only with a quoted label after the verb (name-calling)
    rule_out: bool = False  # [ruleout]: ruling out; negated ("did not rule out") it leaves a possibility open: no event
    place: bool = False  # [place]: taking a place; no place or country among the targets, no event
    state: bool = False  # [state]: going somewhere; no country named among the targets, no event

    def role(self, prep: str) -> str | None:
        for name, who in self.roles:
            if name == prep:
                return who
        return None


@cache
def parse(text: str, pos: str) -> Frame:
    text = text.strip() or (DEFAULT_VERB if pos == "verb" else DEFAULT_NOUN)
    tokens = text.split()
    statement = "[that]" in tokens
    label = "[label]" in tokens
    rule_out = "[ruleout]" in tokens
    place = "[place]" in tokens
    state = "[state]" in tokens
    tokens = [t for t in tokens if t not in ("[that]", "[label]", "[ruleout]", "[place]", "[state]")]
    governed = "N*" in tokens
    tokens = ["N" if t == "N*" else t for t in tokens]
    head = [i for i, t in enumerate(tokens) if t in ("V", "N")]
    if len(head) != 1:
        raise FrameError(f"frame {text!r} needs exactly one V or N")
    h = head[0]
    before = [t for t in tokens[:h] if not t.startswith("[")]
    subject = before[-1].rstrip("!") if before else None
    required = "Y!" in tokens
    obj: str | None = None
    roles: list[tuple[str, str]] = []
    pending: str | None = None
    for token in tokens[h + 1:]:
        if token.startswith("["):
            pending = token.strip("[]")
            continue
        who = token.rstrip("!")
        if who not in ("X", "Y"):
            raise FrameError(f"frame {text!r}: unknown token {token!r}")
        if pending:
            roles.append((pending, who))
            pending = None
        else:
            obj = who
    # a genitive before the noun ("[of] X N") is written before N: keep it as a role too
    for i, token in enumerate(tokens[:h]):
        if token.startswith("[") and i + 1 < h:
            roles.append((token.strip("[]"), tokens[i + 1].rstrip("!")))
    return Frame(text, subject, obj, tuple(roles), required, governed, statement, label, rule_out, place, state)
