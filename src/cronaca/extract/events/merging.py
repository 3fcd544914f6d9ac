"""Repeated reports of one event merge into the first (its date or place fill gaps); the rest are
numbered e1, e2... in text order."""
from __future__ import annotations

from collections.abc import Sequence

from cronaca.document import Event
from cronaca.extract.events import ontology


REMOTE = frozenset({"phone", "video"})



def _same_mode(a: Event, b: Event) -> bool:
    return a.mode == b.mode or {a.mode, b.mode} <= REMOTE



#: Acts of speech: two statements in two sentences with two verbs are two acts; a relation or a
#: meeting told twice ("cooperazione", then "lavorano insieme") is one.
STATEMENTS = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "THREATEN", "AGREE"})



def _lemma(event: Event) -> str:
    return event.rule.partition(":")[2].partition("/")[0]



def _may_repeat(earlier: Event, event: Event, quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Can ``event`` be a second report of ``earlier``? A noun ("the talks", "la visita") or the same
    verb names an act already reported; another verb of speech in another sentence is another
    statement ("ha elogiato...", later "sostiene fermamente...", "ha accolto con favore..."), except
    inside a direct quotation, which gives the detailed words of the act the narrative summed up
    ("G7 diplomats urged Russia to accept...", then "“We called for Russia to reciprocate...”").""" 
    return event.type not in STATEMENTS or "/verb:" not in event.rule or _lemma(earlier) == _lemma(event) \
        or earlier.sentence.start == event.sentence.start \
        or any(s <= event.trigger.start < e for s, e in quoted)


def _reversed(earlier: Event, event: Event) -> bool:
    """``event`` turns ``earlier``'s direction round: its actors were only recipients there and its
    recipients only actors ("Merz wurde von Scholz kritisiert. Merz hat Scholz kritisiert."). For a
    directed type that is the answer, another act; a meeting or an agreement reads the same both ways."""
    if ontology.lookup(event.type, event.mode).symmetric or not event.source or not event.target:
        return False
    return set(event.source) <= set(earlier.target) - set(earlier.source) \
        and set(event.target) <= set(earlier.source) - set(earlier.target)


def finish(events: list[Event], quoted: Sequence[tuple[int, int]] = ()) -> list[Event]:
    """Merge repeated reports of one event (same type and status, participants already covered by an
    earlier event) and number the rest e1, e2... in text order. ``quoted``: direct quotations' spans."""
    kept: list[Event] = []
    for event in events:
        parties = set(event.source) | set(event.target)
        duplicate = False
        for earlier in kept:
            if earlier.type == event.type and earlier.status == event.status and _same_mode(earlier, event) \
                    and parties <= set(earlier.source) | set(earlier.target) and not _reversed(earlier, event) \
                    and _may_repeat(earlier, event, quoted):
                if not earlier.date and event.date:
                    earlier.date, earlier.date_text = event.date, event.date_text
                if not earlier.location and event.location:
                    earlier.location = event.location
                duplicate = True
                break
        if not duplicate:
            kept.append(event)
    for n, event in enumerate(kept, start=1):
        event.id = f"e{n}"
    return kept
