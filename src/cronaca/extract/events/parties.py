"""Who a phrase names: its head entities, a pronoun's people, or a "both sides" anaphor's last pair of
parties."""
from __future__ import annotations

from cronaca.extract.events.units import Phrase


class Parties:
    """Participants of earlier events, newest last, for "both sides" / "the two leaders"."""

    def __init__(self, entity_type: dict[str, str]) -> None:
        self.history: list[list[str]] = []
        self.entity_type = entity_type
        # pronoun start -> its gender and the antecedent for when the clause gives none; people's genders (antecedents.py)
        self.pronouns: dict[int, tuple[str | None, list[str]]] = {}
        self.genders: dict[str, str | None] = {}

    def add(self, ids: list[str]) -> None:
        if len(ids) >= 2:
            self.history.append(list(ids))

    def resolve(self, wanted: str) -> list[str]:
        """"*" (both sides, both parties): the last two or more parties that are not people;
        a type ("both:PERSON" = the two leaders): the last two or more of that type."""
        for ids in reversed(self.history):
            if wanted == "*":
                typed = [i for i in ids if self.entity_type.get(i) != "PERSON"]
            else:
                typed = [i for i in ids if self.entity_type.get(i) == wanted]
            if len(typed) >= 2:
                return typed
        return []



def phrase_ids(phrase: Phrase, anaphor: "Parties") -> list[str]:
    if phrase.anaphor in ("pronoun", "self"):
        return []  # a pronoun is resolved by subject_before, which knows what the clause inherits
    return anaphor.resolve(phrase.anaphor) if phrase.anaphor else phrase.heads()



def persons_of(pronoun: Phrase, antecedent: list[str], parties: Parties) -> list[str]:
    """What a pronoun stands for: its antecedent; a personal one ("he", "er", "ella") only the
    people in it ("He released a letter" after "the United States" is nobody we know); a plural one
    ("they") only several parties or a group: news calls one state or body "it", and a "they" after a
    single name mostly stands for people the text leaves unnamed ("New Coinbase users ... when they
    sign up", "Obama's advisers shrank ... they compromised")."""
    if pronoun.thing:  # "es" (a state, a body): never a person
        return [i for i in antecedent if parties.entity_type.get(i) != "PERSON"]
    if pronoun.plural:  # "they": a pair named together or a named group, never one person, state or body
        plural = len(antecedent) >= 2 or any(parties.entity_type.get(i) == "GROUP" for i in antecedent)
        return list(antecedent) if plural else []
    if not pronoun.person:
        return list(antecedent)
    return [i for i in antecedent if parties.entity_type.get(i) == "PERSON"]
