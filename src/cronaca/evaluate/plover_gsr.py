"""English event typing and argument roles on the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt).

    python -m cronaca.evaluate.plover_gsr [--split dev|test|all] [--limit N]

About 320 one-sentence English examples from the CAMEO manual, each with its PLOVER type and marked
source / target text (CC BY-SA 4.0; read from ../shared/resources at run time, never copied). The
records' actors are given to the event stage as entity mentions (oracle mentions: the link stage is not
scored here), so the scores measure trigger typing and the assignment of actor and target roles.
Records split deterministically by a hash of their id: tune on ``dev``, report ``test``.
Predicted types are compared as PLOVER codes them (``plover_coded``: planned cooperation is AGREE).
Older labels in the file map to PLOVER 2: DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from cronaca.document import Document, Entity, Event, Mention, Source
from cronaca.evaluate.locate import require, resources
from cronaca.evaluate.metrics import Score
from cronaca.extract.events import Events
from cronaca.language.sentences import split as split_sentences

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_MARK = re.compile(r"\((SRC|TAR|SRC/TAR|EVT|LOC): ([^()]*)\)")


def records(path: Path | None = None) -> list[dict]:
    path = path or resources() / "plover" / "PLOVER_GSR_CAMEO.txt"
    data = json.loads(require(path, "PLOVER gold records").read_text(encoding="utf-8"))
    return [r for r in data if r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def part(record: dict) -> str:
    return "dev" if int(hashlib.sha1(record["id"].encode()).hexdigest(), 16) % 2 == 0 else "test"


def gold_type(record: dict) -> str:
    event = record["event"]
    return OLD_LABELS.get(event, event)


def _slug(text: str) -> str:
    return "gsr:" + re.sub(r"\W+", "-", text.lower()).strip("-")


def document(record: dict) -> tuple[Document, set[str], set[str], list[tuple[int, int]]]:
    """The record as a Document with its marked actors as entities; gold source ids, target ids,
    and the spans of its event words."""
    text = record["text"]
    doc = Document(raw=text, source=Source(published=record.get("date")), language="en", text=text)
    doc.sentences = split_sentences(text, "en")
    entities: dict[str, Entity] = {}
    sources: set[str] = set()
    targets: set[str] = set()
    events: list[tuple[int, int]] = []
    cursor = 0
    info = record.get("textInfo") or {}
    markup = info if isinstance(info, str) else info.get("markup", "")
    for kind, surface in _MARK.findall(markup):
        surface = surface.strip()
        at = text.find(surface, cursor)
        if at < 0:
            at = text.find(surface)
        if at < 0 or not surface:
            continue
        cursor = at + len(surface)
        if kind == "EVT":
            events.append((at, at + len(surface)))
            continue
        if kind == "LOC":
            continue
        eid = _slug(surface)
        etype = "COUNTRY" if _is_country(record, surface) else "ORG"
        entity = entities.setdefault(eid, Entity(eid, surface, etype))
        entity.mentions.append(Mention(at, at + len(surface), surface, eid, "gold", 1.0, "name"))
        if "SRC" in kind:
            sources.add(eid)
        if "TAR" in kind:
            targets.add(eid)
    doc.entities = list(entities.values())
    return doc, sources, targets, events


def _is_country(record: dict, surface: str) -> bool:
    for key in ("source", "target"):
        actors = record.get(key)
        if isinstance(actors, list):
            for actor in actors:
                if actor.get("actorText") == surface and not actor.get("sector"):
                    return True
    return False


def predict(doc: Document, event_spans: list[tuple[int, int]]) -> Event | None:
    """The event whose trigger overlaps a marked event word, else the first event."""
    found = Events()(doc).events
    for event in found:
        if any(event.trigger.start < e and s < event.trigger.end for s, e in event_spans):
            return event
    return found[0] if found else None


def plover_coded(event: Event) -> str:
    """The type PLOVER's coders would write: a planned CONSULT / SUPPORT / COOPERATE / AID is AGREE,
    a planned RETREAT is CONCEDE (cronaca keeps the type and says ``planned`` in ``status``)."""
    if event.status == "planned" and event.type in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        return "AGREE"
    if event.status == "planned" and event.type == "RETREAT":
        return "CONCEDE"
    return event.type


def evaluate(path: Path | None = None, limit: int | None = None, split: str = "test") -> list[Score]:
    """Scores on one part of the records: type (micro P/R/F1, plus accuracy and macro-F1 in extra),
    and type + actor + target."""
    chosen = [r for r in records(path) if split == "all" or part(r) == split][:limit]
    typing = Score("events/type", f"plover-gsr/{split}", "en")
    full = Score("events/type+actor+target", f"plover-gsr/{split}", "en")
    per_type: dict[str, Counter] = {}
    confusion: Counter = Counter()
    for record in chosen:
        gold = gold_type(record)
        doc, sources, targets, spans = document(record)
        event = predict(doc, spans)
        guess = plover_coded(event) if event else None
        confusion[(gold, guess)] += 1
        per_type.setdefault(gold, Counter())
        if guess is not None:
            per_type.setdefault(guess, Counter())
        if guess == gold:
            typing.tp += 1
            per_type[gold]["tp"] += 1
        else:
            typing.fn += 1
            per_type[gold]["fn"] += 1
            if guess is not None:
                typing.fp += 1
                per_type[guess]["fp"] += 1
        if event is None:
            full.fn += 1
        elif guess == gold and _roles_match(event, sources, targets):
            full.tp += 1
        else:
            full.fp += 1
            full.fn += 1
    macro = [_f1(c) for c in per_type.values() if c["tp"] + c["fn"] > 0]
    typing.extra = {
        "records": len(chosen), "accuracy": round(typing.tp / len(chosen), 4) if chosen else 0.0,
        "macro_f1": round(sum(macro) / len(macro), 4) if macro else 0.0,
        "top_confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common(12) if g != p],
    }
    full.extra = {"records": len(chosen), "oracle_mentions": True}
    return [typing, full]


def _roles_match(event: Event, sources: set[str], targets: set[str]) -> bool:
    """Actor: every predicted actor is a marked source. Target: none when none is marked, else every
    predicted target is marked (SRC/TAR records, a symmetric event, may put all parties in actor)."""
    pred_s, pred_t = set(event.source), set(event.target)
    if not pred_s or not pred_s <= sources:
        return False
    both = sources & targets
    if both:
        return (pred_s | pred_t) <= sources | targets and bool(pred_s | pred_t)
    if not targets:
        return not pred_t
    return bool(pred_t) and pred_t <= targets


def _f1(c: Counter) -> float:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description="Score English event typing on the PLOVER gold records.")
    ap.add_argument("--split", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    for score in evaluate(limit=args.limit, split=args.split):
        print(json.dumps(score.to_dict(), ensure_ascii=False))


if __name__ == "__main__":
    main()
