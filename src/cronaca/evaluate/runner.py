"""One evaluation run: the repo's gold set, then every external scorer that is installed.

External scorers are modules of ``cronaca.evaluate`` that define ``evaluate(evaldata, limit)``
returning a list of Score; they read public data sets from the evaldata folder, which is never
part of the repository. A scorer that is missing, fails to import or crashes is reported by
name and the run goes on: one broken scorer must not hide the others' numbers.
"""
from __future__ import annotations

import importlib
import json
import os
import re
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cronaca.evaluate.metrics import Score

#: Modules that score the pipeline on public data sets; each may or may not exist yet.
EXTERNAL_SCORERS = (
    "cronaca.evaluate.extraction",
    "cronaca.evaluate.ner",
    "cronaca.evaluate.spinner",
    "cronaca.evaluate.attribution",
    "cronaca.evaluate.attribution_ru",
    "cronaca.evaluate.case2021",
    "cronaca.evaluate.boilerplate_lines",
    "cronaca.evaluate.glue",
)
GOLD_STAGES = ("entities", "quotes", "events", "dates", "damage")
#: Modules that score one stage on the gold set without running the pipeline; each defines STAGES and
#: ``evaluate_split(gold_dir, split, limit)`` (the gold split matters to them, unlike external scorers).
GOLD_SPLIT_SCORERS = ("cronaca.evaluate.tone",)
ENV_EVALDATA = "CRONACA_EVALDATA"
GOLD_SUBDIR = Path("tests/gold/articles")


def repo_root(start: Iterable[Path] | None = None) -> Path | None:
    """The checkout this code runs from or the current directory is in (holds pyproject + src/cronaca)."""
    for origin in start or (Path.cwd(), Path(__file__).resolve()):
        for folder in (origin, *origin.parents):
            if (folder / "pyproject.toml").is_file() and (folder / "src" / "cronaca").is_dir():
                return folder
    return None


def find_evaldata(explicit: Path | None = None) -> tuple[Path | None, list[Path]]:
    """The evaldata folder (--evaldata, $CRONACA_EVALDATA, ../shared/evaldata) and every place tried."""
    candidates: list[Path] = []
    if explicit is not None:
        candidates.append(explicit)
    elif os.environ.get(ENV_EVALDATA):
        candidates.append(Path(os.environ[ENV_EVALDATA]))
    else:
        root = repo_root()
        if root is not None:
            candidates.append(root.parent / "shared" / "evaldata")
        candidates.append(Path.cwd().parent / "shared" / "evaldata")
        if root is not None:  # a git worktree (repo/../wt/name) sits deeper than the checkout
            candidates += [folder / "shared" / "evaldata" for folder in root.parent.parents]
    tried = list(dict.fromkeys(p.resolve() for p in candidates))
    return next((p for p in tried if p.is_dir()), None), tried


def default_gold_dir() -> Path:
    root = repo_root()
    return (root or Path.cwd()) / GOLD_SUBDIR


def base_stage(stage: str) -> str:
    """"entities.PERSON" belongs to --stage entities, "damage.removed" to damage, "events/type" to events."""
    return re.split(r"[./]", stage, maxsplit=1)[0]


@dataclass
class Report:
    scores: list[Score] = field(default_factory=list)
    articles: dict[str, list[Score]] = field(default_factory=dict)  # gold article id -> its stage scores
    scorers: dict[str, str] = field(default_factory=dict)  # module or "gold" -> ok | not available | error
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    gold_dir: Path | None = None
    gold_articles: int = 0
    evaldata: Path | None = None
    split: str = "heldout"

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "split": self.split,
            "gold": str(self.gold_dir) if self.gold_dir else None,
            "gold_articles": self.gold_articles,
            "evaldata": str(self.evaldata) if self.evaldata else None,
            "scorers": self.scorers,
            "notes": self.notes,
            "failures": self.failures,
            "scores": [s.to_dict() for s in self.scores],
            "articles": {article: {s.stage: {k: v for k, v in s.to_dict().items()
                                             if k not in ("stage", "dataset", "language")}
                                   for s in scores}
                         for article, scores in self.articles.items()},
        }


def run(gold_dir: Path | None = None, split: str = "heldout", stages: Iterable[str] | None = None,
        evaldata: Path | None = None, limit: int | None = None, external: Iterable[str] = EXTERNAL_SCORERS,
        use_evaldata: bool = True) -> Report:
    from cronaca.evaluate.gold import evaluate_gold, load

    wanted = {s.strip() for s in stages or () if s.strip()} or None
    report = Report(split=split, gold_dir=gold_dir or default_gold_dir())
    if wanted is None or wanted & set(GOLD_STAGES):
        if report.gold_dir.is_dir() and any(report.gold_dir.glob("*.json")):
            report.gold_articles = len(load(report.gold_dir, split)[:limit])
            scores, failures = evaluate_gold(report.gold_dir, split, wanted, limit, report.articles)
            report.scores.extend(scores)
            report.failures.extend(failures)
            report.scorers["gold"] = "ok"
            if not report.gold_articles:
                report.notes.append(f"no gold articles of split {split!r} in {report.gold_dir}")
        else:
            report.scorers["gold"] = "not available"
            report.notes.append(f"no gold set at {report.gold_dir}")
    for module_name in GOLD_SPLIT_SCORERS:
        module = importlib.import_module(module_name)
        if wanted is not None and not set(module.STAGES) & wanted:
            continue
        short = module_name.rsplit(".", 1)[-1]
        if not report.gold_dir.is_dir():
            report.scorers[short] = "not available"
            continue
        report.scores.extend(module.evaluate_split(report.gold_dir, split, limit))
        report.scorers[short] = "ok"
    if not use_evaldata:
        return report
    found, tried = find_evaldata(evaldata)
    report.evaldata = found
    if found is None:
        report.notes.append(f"evaldata not found at {', '.join(map(str, tried[:2]))}: "
                            f"scoring the repo's own gold set only (pass --evaldata or set {ENV_EVALDATA})")
        return report
    for module_name in external:
        short = module_name.rsplit(".", 1)[-1]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            report.scorers[short] = "not available" if exc.name == module_name else f"error: {exc}"
            continue
        except Exception as exc:  # noqa: BLE001 - a broken scorer is reported, not fatal
            report.scorers[short] = f"error: cannot import ({type(exc).__name__}: {exc})"
            continue
        scorer = getattr(module, "evaluate", None)
        if not callable(scorer):
            report.scorers[short] = "not available (no evaluate function)"
            continue
        declared = set(getattr(module, "STAGES", ()) or (("extraction",) if short == "extraction" else ()))
        if wanted is not None and declared and not declared & wanted:
            continue
        try:
            scores = list(scorer(found, limit))
        except Exception as exc:  # noqa: BLE001
            where = traceback.extract_tb(exc.__traceback__)[-1]
            report.scorers[short] = (f"error: {type(exc).__name__}: {exc} "
                                     f"(at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})")
            continue
        report.scorers[short] = "ok"
        report.scores.extend(s for s in scores if wanted is None or base_stage(s.stage) in wanted)
    return report


# -- presentation ---------------------------------------------------------------------------------

def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _ratio(score: Score, value: float) -> str:
    return f"{value:.3f}" if score.tp + score.fp + score.fn else "-"


def notes(score: Score) -> str:
    """The side metrics worth a glance, from ``extra``."""
    extra = score.extra
    parts = []
    for key, label in (("mention_recall", "mention R"), ("span_f1", "span F1"), ("type_f1", "type F1"),
                       ("according_accuracy", "according_to acc"), ("status_accuracy", "status acc"),
                       ("day_accuracy", "day acc"), ("month_accuracy", "month acc"),
                       ("false_repairs", "false repairs"), ("flagged_only", "flagged only"), ("accuracy", "acc"),
                       ("repair_accuracy", "repair acc"), ("false_repairs_per_10k_words", "false repairs/10k"),
                       ("auc", "AUC"), ("coverage", "coverage"), ("wrong", "wrong sign"),
                       ("control", "")):
        if key in extra:
            value = extra[key]
            parts.append(f"{label} {value:.3f}" if isinstance(value, float) else f"{label} {value}".strip())
    if "missed_unmentioned" in extra:
        parts.append("missed: " + ", ".join(
            f"{label} {_number(extra[key])}" for key, label in (
                ("missed_unmentioned", "unmentioned"), ("missed_other_entity", "other entity"),
                ("missed_wrong_type", "wrong type"), ("missed_not_in_text", "not in text")) if extra.get(key)))
    missed = [(label, extra[key]) for key, label in (("missed_no_trigger", "no trigger"),
                                                     ("missed_trigger_unused", "trigger unused"),
                                                     ("missed_wrong_parties", "wrong parties"),
                                                     ("missed_other_type", "other type")) if extra.get(key)]
    wrong = [(label, extra[key]) for key, label in (("speaker_none", "none"), ("speaker_unlinked", "unlinked"),
                                                    ("speaker_other", "other")) if extra.get(key)]
    if wrong:
        parts.append("wrong speaker: " + ", ".join(f"{label} {_number(value)}" for label, value in wrong))
    if missed:
        parts.append("missed: " + ", ".join(f"{label} {_number(value)}" for label, value in missed))
    zyte = extra.get("zyte_mean")
    if isinstance(zyte, dict):
        parts.append(f"zyte P/R/F1 {zyte['precision']:.3f}/{zyte['recall']:.3f}/{zyte['f1']:.3f}")
    return ", ".join(parts)


def table(scores: list[Score]) -> str:
    from cronaca.cli.table import render_table

    columns = ["stage", "dataset", "language", "P", "R", "F1", "tp", "fp", "fn", "n", "notes"]
    rows = [[s.stage, s.dataset, s.language, _ratio(s, s.precision), _ratio(s, s.recall), _ratio(s, s.f1),
             _number(s.tp), _number(s.fp), _number(s.fn),
             s.extra.get("articles", s.extra.get("pages", "")), notes(s)] for s in scores]
    return render_table(columns, rows)


def write_report(report: Report, path: Path) -> None:
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
