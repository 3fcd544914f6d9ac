"""What one trigger's participants are made of (``Args``), the confidence of each argument rule, and
what a sentence hands on to its later clauses and sentences."""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.units import Phrase


CONFIDENCE = {
    "subject": 0.85, "shared-subject": 0.75, "inherited": 0.7, "carry-over": 0.6, "anaphor": 0.6,
    "pronoun": 0.65, "object-phrase": 0.6,
    "nominal": 0.75, "nominal-light": 0.65, "nominal-inherited": 0.6, "passive": 0.8, "inverted": 0.7, "reciprocal-inverted": 0.65, "obligation": 0.6,
    "shared-subject:plural": 0.65, "inherited:infinitive": 0.55, "carry-over:infinitive": 0.5,  # one-party acts fall below the floor
}



UNRESOLVED = "unresolved"  # subject_before: the subject is an anaphor with no antecedent



@dataclass(slots=True)
class Args:
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # entity ids of places in location / destination phrases
    destinations: list[str] = field(default_factory=list)  # places a visit goes to
    rule: str = "subject"
    subject: list[str] = field(default_factory=list)  # the clause subject (for later shared-subject use)
    status_cues: list[str] = field(default_factory=list)
    status_hint: str | None = None  # a noun's: the tense of the light verb governing it ("terrà un incontro")
    passive: bool = False
    governed: bool = False  # a noun trigger under a light verb, a possessive or "during"
    partners: list[str] = field(default_factory=list)  # a noun's "with" co-actors, joined after its subject



def add(into: list[str], ids: list[str]) -> None:
    for eid in ids:
        if eid not in into:
            into.append(eid)



@dataclass
class SentenceState:
    """What later clauses and sentences may inherit."""

    clause_subjects: list[list[str]] = field(default_factory=list)
    according: list[str | None] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)  # the sentence's main subject (for carry-over)
    subject_rule: str = "subject"
    subject_plural: bool | None = None  # the number of the verb of that subject (None: not known)



def add_places(args: Args, phrase: Phrase, trigger: Trigger) -> None:
    """A visit's destination, or a place named in a location phrase."""
    for ref in phrase.head_refs():
        place = ref.ids[0] if ref.etype == "PLACE" else ref.place
        if place:
            add(args.places, [place])
            if trigger.mode == "visit" and ref.etype == "PLACE":
                add(args.destinations, [place])
