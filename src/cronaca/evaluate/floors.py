"""Score floors for the regression guard: measured on a small gold subset, minus a margin.

``python -m cronaca.evaluate.floors --update`` reruns the subset and rewrites
``tests/evaluate/floors.json``; do it after merging a stage that improves the scores, so the guard
(tests/evaluate/test_regression_guard.py) holds the new level. ``--check`` prints what would fail.
Floors are kept per gold source, because the project's gold set replaces the test fixtures as
soon as it exists, and numbers measured on one say nothing about the other.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from cronaca.evaluate.gold import GoldArticle, load, score_articles
from cronaca.evaluate.metrics import Score
from cronaca.evaluate.runner import GOLD_SUBDIR, repo_root

FLOORS_FILE = Path("tests/evaluate/floors.json")
FIXTURES = Path("tests/evaluate/fixtures")
PER_LANGUAGE = 10  # most of the dev split (12 per language at most today): ~1.5 s after the KB loads
MARGIN = 0.03
METRICS = ("precision", "recall", "f1")


@dataclass(frozen=True)
class Subset:
    source: str  # the gold folder, relative to the repo root
    articles: list[GoldArticle]


def guard_subset(root: Path, per_language: int = PER_LANGUAGE) -> Subset | None:
    """The first dev articles of each language from the gold set, else from the test fixtures;
    when a source has no dev articles, its first articles of any split. None when there is no gold."""
    for folder in (GOLD_SUBDIR, FIXTURES):
        if not (root / folder).is_dir() or not any((root / folder).glob("*.json")):
            continue
        articles = load(root / folder, "dev") or load(root / folder, "all")
        by_language: dict[str, list[GoldArticle]] = defaultdict(list)
        for article in articles:
            if len(by_language[article.language]) < per_language:
                by_language[article.language].append(article)
        return Subset(folder.as_posix(), [a for group in by_language.values() for a in group])
    return None


def measure(subset: Subset) -> list[Score]:
    scores, _failures = score_articles(subset.articles, f"guard:{subset.source}")
    return [s for s in scores if s.tp + s.fp + s.fn]


def key(score: Score) -> str:
    return f"{score.stage}/{score.language}"


def floors_of(scores: list[Score], margin: float = MARGIN) -> dict[str, dict[str, float]]:
    """Each metric minus the margin, rounded down, never below zero."""
    return {key(s): {m: max(0.0, math.floor((getattr(s, m) - margin) * 1000) / 1000) for m in METRICS}
            for s in scores}


def shortfalls(scores: list[Score], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every metric below its floor, and every floored row the run no longer produces."""
    measured = {key(s): s for s in scores}
    problems = []
    for name, floor in sorted(floors.items()):
        score = measured.get(name)
        if score is None:
            if any(floor.values()):  # a row of false positives only may vanish when things improve
                problems.append(f"{name}: no longer measured (gold subset changed? rerun --update)")
            continue
        for metric, minimum in floor.items():
            value = getattr(score, metric)
            if value + 1e-9 < minimum:
                problems.append(f"{name}: {metric} {value:.3f} < floor {minimum:.3f}")
    return problems


def read_floors(root: Path) -> dict:
    path = root / FLOORS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def update(root: Path, margin: float = MARGIN, per_language: int = PER_LANGUAGE,
           note: str = "") -> tuple[Subset, list[Score]]:
    subset = guard_subset(root, per_language)
    if subset is None:
        raise SystemExit(f"no gold files under {root / GOLD_SUBDIR} or {root / FIXTURES}")
    scores = measure(subset)
    data = read_floors(root)
    data.setdefault("sources", {})[subset.source] = {
        "articles": [a.id for a in subset.articles], "margin": margin, "per_language": per_language,
        "floors": floors_of(scores, margin), "note": note,
    }
    (root / FLOORS_FILE).write_text(render(data), encoding="utf-8")
    return subset, scores


def render(data: dict) -> str:
    """JSON with one line per floor, so a diff of floors.json reads as a list of changed scores."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    for source in data.get("sources", {}).values():
        for name, floor in source.get("floors", {}).items():
            expanded = json.dumps({name: floor}, indent=1, sort_keys=True)[2:-2]
            text = text.replace(expanded.replace("\n", "\n   "), " " + json.dumps({name: floor}, sort_keys=True)[1:-1])
    return text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cronaca.evaluate.floors", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the floors from a fresh run")
    parser.add_argument("--margin", type=float, default=MARGIN, help="subtracted from each measured score")
    parser.add_argument("--per-language", type=int, default=PER_LANGUAGE, help="dev articles per language")
    parser.add_argument("--note", default="", help="what was measured (branches merged, date), kept in the file")
    args = parser.parse_args(argv)
    root = repo_root()
    if root is None:
        print("run this from a cronaca checkout (no pyproject.toml with src/cronaca found)", file=sys.stderr)
        return 2
    if args.update:
        subset, scores = update(root, args.margin, args.per_language, args.note)
        print(f"floors for {subset.source} ({len(subset.articles)} articles, margin {args.margin}) "
              f"written to {FLOORS_FILE}")
        for s in scores:
            print(f"  {key(s):<28} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
        return 0
    subset = guard_subset(root, args.per_language)
    if subset is None:
        print("no gold files", file=sys.stderr)
        return 2
    floors = read_floors(root).get("sources", {}).get(subset.source, {}).get("floors")
    if floors is None:
        print(f"no floors for {subset.source}: run with --update", file=sys.stderr)
        return 1
    problems = shortfalls(measure(subset), floors)
    print("\n".join(problems) if problems else "all scores at or above their floors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
