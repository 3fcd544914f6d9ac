"""Score the events stage on the project's gold set (tests/gold/articles) with the gold entities as
oracle mentions: type + actor + recipient precision, recall, F1 per language.

    PYTHONPATH=src python tools/events/score_gold.py [--split dev|heldout] [--show]

Mentions come from the gold aliases (every whole-word occurrence; a lower-case alias, or an English or
German demonym, is an adjective); no dates are given, so dates are not scored. A predicted event
matches a gold one (one to one) when the types are equal and the parties agree: the same source and
target sets, or, for reciprocal gold events (empty target), the same set of participants (as the
guidelines say). Tune on dev only; heldout is for reporting.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from cronaca.document import Document, Entity, Event, Mention, Source
from cronaca.evaluate.metrics import Score
from cronaca.extract.events import Events
from cronaca.language.sentences import split

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "articles"
_DEMONYM = re.compile(r"(an|ese|ish|ian|ic|i|isch|ische|ischen|ischer|isches|er)$")


def document(gold: dict) -> Document:
    text = gold["text"]
    doc = Document(raw=text, source=Source(published=gold.get("published")), language=gold["language"], text=text)
    doc.sentences = split(text, gold["language"])
    for ent in gold["entities"]:
        entity = Entity(ent["name"], ent["name"], ent["type"])
        for alias in set(ent.get("aliases", [])) | {ent["name"]}:
            adjective = alias[:1].islower() or (alias != ent["name"] and ent["type"] == "COUNTRY"
                                                and _DEMONYM.search(alias) is not None)
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(alias), text):
                entity.mentions.append(Mention(m.start(), m.end(), alias, ent["name"], "gold", 1.0,
                                               "adjective" if adjective else "name"))
        doc.entities.append(entity)
    return doc


def matches(pred: Event, gold: dict) -> bool:
    if pred.type != gold["type"]:
        return False
    if not gold["target"]:
        return set(pred.source) | set(pred.target) == set(gold["source"])
    return set(pred.source) == set(gold["source"]) and set(pred.target) == set(gold["target"])


def score(split_name: str, show: bool = False, min_confidence: float = 0.0) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(lambda: Score("events", f"gold/{split_name}", ""))
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["split"] != split_name:
            continue
        predicted = [e for e in Events()(document(gold)).events if e.confidence >= min_confidence]
        unmatched = list(gold["events"])
        s = scores[gold["language"]]
        s.language = gold["language"]
        for event in predicted:
            hit = next((g for g in unmatched if matches(event, g)), None)
            if hit is not None:
                unmatched.remove(hit)
                s.tp += 1
            else:
                s.fp += 1
                if show:
                    print(f"FP {path.stem} {event.type} {event.source}->{event.target} [{event.trigger.text}] "
                          f"{event.rule} | {event.sentence.text[:160]}")
        s.fn += len(unmatched)
        if show:
            for g in unmatched:
                print(f"FN {path.stem} {g['type']} {g['source']}->{g['target']} [{g['evidence']}]")
    total = Score("events", f"gold/{split_name}", "all")
    for s in scores.values():
        total.add(s)
    return {**dict(scores), "all": total}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--show", action="store_true", help="print false positives and misses")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    args = ap.parse_args()
    for lang, s in score(args.split, args.show, args.min_confidence).items():
        print(f"{lang:4} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  (tp {s.tp:.0f} fp {s.fp:.0f} fn {s.fn:.0f})")


if __name__ == "__main__":
    main()
