"""CASE 2021 Task 2 (English event snippets, 30 ACLED-style subtypes) as a second opinion on event typing.

    python -m cronaca.evaluate.case2021 [--split dev|test|all] [--limit N] [--strategy first|strongest]

The snippets' actors are not linked here, so the score is on typing only: every trigger the event rules
find in the snippet, mapped from PLOVER type + mode to a CASE subtype by ``case2021_plover.tsv``; the
snippet's label is the first trigger's ("first") or the most conflictual one's, a specific mode ahead
of a bare type ("strongest", chosen on the dev part); no trigger
gives OTHER. Snippets split deterministically by a hash of their id: tune on ``dev``, report ``test``.
The data is read from ../shared/evaldata/case2021-events (no license stated: never copied here). Types
cronaca does not model (disasters, organised crime, territorial changes) count as misses.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
from collections import Counter
from functools import cache
from pathlib import Path

from cronaca.evaluate.locate import evaldata, require
from cronaca.evaluate.metrics import Score
from cronaca.extract.events.extractor import triggers
from cronaca.language.sentences import split as split_sentences

MAPPING = Path(__file__).with_name("case2021_plover.tsv")
COARSE = {
    "PEACE_PROTEST": "protest", "PROTEST_WITH_INTER": "protest", "VIOL_DEMONSTR": "protest",
    "FORCE_AGAINST_PROTEST": "protest", "MOB_VIOL": "violence", "ARMED_CLASH": "violence",
    "AIR_STRIKE": "violence", "ART_MISS_ATTACK": "violence", "ATTACK": "violence", "SUIC_BOMB": "violence",
    "GRENADE": "violence", "REM_EXPLOS": "violence", "CHEM_WEAP": "violence", "ABDUCT_DISSAP": "violence",
    "SEX_VIOL": "violence", "PROPERTY_DISTRUCT": "violence", "AGREEMENT": "diplomacy", "DIPLO": "diplomacy",
    "ARREST": "arrest",
}


@cache
def mapping() -> dict[tuple[str, str], str]:
    with MAPPING.open(encoding="utf-8") as fh:
        rows = csv.DictReader((l for l in fh if l.strip() and not l.startswith("#")), delimiter="\t")
        return {(r["type"], r["mode"]): r["case"] for r in rows}


def to_case(type_: str, mode: str | None) -> str:
    table = mapping()
    return table.get((type_, mode or ""), table.get((type_, ""), "OTHER"))


def snippets(root: Path | None = None) -> list[tuple[str, str, str]]:
    root = root or evaldata()
    path = require(root / "case2021-events" / "task2" / "test_dataset" / "test_set_final_release_with_labels.tsv",
                   "CASE 2021 Task 2 test set")
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["id"], r["EventSnippet"], r["SubType"]) for r in csv.DictReader(fh, delimiter="\t")]


def part(snippet_id: str) -> str:
    return "dev" if int(hashlib.sha1(snippet_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def label(text: str, strategy: str = "first") -> str:
    found = triggers(text, "en", split_sentences(text, "en"))
    if not found:
        return "OTHER"
    if strategy == "strongest":  # the most conflictual, a specific mode before a bare type
        _, trigger = min(found, key=lambda t: t[1].intensity + (0 if t[1].mode else 1.0))
    else:
        _, trigger = found[0]
    return to_case(trigger.type, trigger.mode)


def evaluate(evaldata: Path | None = None, limit: int | None = None, split: str = "test",
             strategy: str = "strongest") -> list[Score]:
    """Accuracy and macro-F1 over the 30 subtypes, and over a coarse grouping
    (protest / violence / diplomacy / arrest / other)."""
    chosen = [s for s in snippets(evaldata) if split == "all" or part(s[0]) == split][:limit]
    fine = Score("events/case2021-subtype", f"case2021-task2/{split}", "en")
    coarse = Score("events/case2021-coarse", f"case2021-task2/{split}", "en")
    fine_counts: dict[str, Counter] = {}
    coarse_counts: dict[str, Counter] = {}
    for _, text, gold in chosen:
        guess = label(text, strategy)
        _count(fine, fine_counts, gold, guess)
        _count(coarse, coarse_counts, COARSE.get(gold, "other"), COARSE.get(guess, "other"))
    for score, counts in ((fine, fine_counts), (coarse, coarse_counts)):
        f1s = [_f1(c) for c in counts.values() if c["tp"] + c["fn"] > 0]
        score.extra = {"snippets": len(chosen), "strategy": strategy,
                       "accuracy": round(score.tp / len(chosen), 4) if chosen else 0.0,
                       "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
                       "per_label_f1": {k: round(_f1(c), 3) for k, c in sorted(counts.items())}}
    return [fine, coarse]


def _count(score: Score, counts: dict[str, Counter], gold: str, guess: str) -> None:
    counts.setdefault(gold, Counter())
    counts.setdefault(guess, Counter())
    if gold == guess:
        score.tp += 1
        counts[gold]["tp"] += 1
    else:
        score.fp += 1
        score.fn += 1
        counts[gold]["fn"] += 1
        counts[guess]["fp"] += 1


def _f1(c: Counter) -> float:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description="Score event typing on CASE 2021 Task 2 snippets.")
    ap.add_argument("--split", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--strategy", default="strongest", choices=["first", "strongest"])
    args = ap.parse_args()
    for score in evaluate(limit=args.limit, split=args.split, strategy=args.strategy):
        d = score.to_dict()
        d["extra"].pop("per_label_f1", None) if score.stage.endswith("coarse") else None
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main()
