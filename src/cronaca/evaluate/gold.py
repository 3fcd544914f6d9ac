"""The project's own gold set: real articles annotated by hand, one JSON file each.

``tests/gold/articles/<id>.json`` holds the text as cronaca receives it and the entities, quotes,
events and damage a careful reader finds in it. Rules are tuned on the ``dev`` split and reported
on ``heldout``. This module loads the files, runs the full pipeline on each text, and sums the
per-article counts of ``cronaca.evaluate.article_scores`` by stage and language.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cronaca.document import Document
from cronaca.evaluate.metrics import Score

SPLITS = ("heldout", "dev", "all")
ALL_LANGUAGES = "all"


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker: str | None
    direct: bool = True
    according_to: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    status: str = "occurred"
    date: str | None = None
    mode: str | None = None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRemoved:
    kind: str
    contains: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    language: str
    split: str
    text: str
    published: str | None = None
    title: str | None = None
    entities: tuple[GoldEntity, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    repairs: tuple[tuple[str, str], ...] = ()
    removed: tuple[GoldRemoved, ...] = ()
    path: str = ""


class GoldFormatError(ValueError):
    """A gold file that does not follow the format; the message names the file and the field."""


def parse(obj: dict[str, Any], path: str = "") -> GoldArticle:
    where = path or obj.get("id", "<gold>")
    try:
        damage = obj.get("damage") or {}
        return GoldArticle(
            id=str(obj["id"]), language=str(obj["language"]).lower(), split=str(obj.get("split", "dev")),
            text=str(obj["text"]), published=obj.get("published"), title=obj.get("title"),
            entities=tuple(GoldEntity(e["name"], e["type"].upper(), tuple(e.get("aliases") or ()))
                           for e in obj.get("entities") or ()),
            quotes=tuple(GoldQuote(q["text"], q.get("speaker"), bool(q.get("direct", True)),
                                   q.get("according_to")) for q in obj.get("quotes") or ()),
            events=tuple(GoldEvent(ev["type"].upper(), tuple(_names(ev.get("source"))),
                                   tuple(_names(ev.get("target"))), ev.get("status") or "occurred",
                                   ev.get("date"), ev.get("mode"), ev.get("evidence"))
                         for ev in obj.get("events") or ()),
            repairs=tuple((r["before"], r["after"]) for r in damage.get("repairs") or ()),
            removed=tuple(GoldRemoved(r.get("kind", "other"), r["contains"])
                          for r in damage.get("removed") or ()),
            path=path,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise GoldFormatError(f"{where}: malformed gold record ({type(exc).__name__}: {exc})") from None


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def load(directory: Path, split: str = "heldout") -> list[GoldArticle]:
    """Every gold article in ``directory`` of the given split ("all" for both), sorted by id."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    articles = []
    for path in sorted(directory.glob("*.json")):
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
        article = parse(obj, str(path))
        if split == "all" or article.split == split:
            articles.append(article)
    return sorted(articles, key=lambda a: a.id)


def to_document(article: GoldArticle) -> Document:
    """The Document cronaca would receive for this article: its text with date and language given."""
    from cronaca.run.local import document_from_string

    doc = document_from_string(article.text, article.path or article.id)
    doc.source.published = article.published
    doc.language = article.language
    if article.title:
        doc.title = article.title
    return doc


def predict(articles: Iterable[GoldArticle]) -> Iterator[tuple[GoldArticle, Document | None, str]]:
    """Each article with the pipeline's output, or None and the reason when the pipeline failed."""
    from cronaca.read import Reject
    from cronaca.run.local import run_one

    for article in articles:
        result = run_one(to_document(article))
        if isinstance(result, Reject):
            yield article, None, result.reason
        else:
            yield article, result, ""


def evaluate_gold(directory: Path, split: str = "heldout", stages: Iterable[str] | None = None,
                  limit: int | None = None,
                  by_article: dict[str, list[Score]] | None = None) -> tuple[list[Score], list[str]]:
    """Scores per stage and language (plus an "all" row per stage), and the failures met on the way."""
    articles = load(directory, split)
    return score_articles(articles[:limit] if limit else articles, f"gold/{split}", stages, by_article)


def score_articles(articles: list[GoldArticle], dataset: str, stages: Iterable[str] | None = None,
                   by_article: dict[str, list[Score]] | None = None) -> tuple[list[Score], list[str]]:
    """Totals per stage and language; ``by_article``, when given, also receives each article's own
    top-level stage scores (which article a weak language row comes from)."""
    from cronaca.evaluate.article_scores import score_article

    wanted = set(stages) if stages else None
    totals: dict[tuple[str, str], Score] = {}
    failures: list[str] = []
    for article, doc, reason in predict(articles):
        if doc is None:
            failures.append(f"{article.id}: {reason}")
            doc = _empty_prediction(article)
        for score in score_article(article, doc):
            if wanted and score.stage.split(".")[0] not in wanted:
                continue
            if by_article is not None and "." not in score.stage:
                by_article.setdefault(article.id, []).append(score)
            for language in (article.language, ALL_LANGUAGES):
                key = (score.stage, language)
                if key not in totals:
                    totals[key] = Score(score.stage, dataset, language)
                merge(totals[key], score)
    languages = {a.language for a in articles}
    scores = [s for (stage, lang), s in totals.items() if lang != ALL_LANGUAGES or len(languages) > 1]
    for score in scores:
        finish(score)
    scores.sort(key=lambda s: (_stage_rank(s.stage), s.stage, s.language == ALL_LANGUAGES, s.language))
    return scores, failures


STAGE_ORDER = ("entities", "quotes", "events", "dates", "damage")


def _stage_rank(stage: str) -> int:
    base = stage.split(".", 1)[0]
    return STAGE_ORDER.index(base) if base in STAGE_ORDER else len(STAGE_ORDER)


def _empty_prediction(article: GoldArticle) -> Document:
    """A failed article still counts: everything in its gold becomes a miss."""
    doc = Document(raw=article.text, language=article.language)
    doc.text = article.text
    return doc


def merge(total: Score, part: Score) -> None:
    """Adds counts, including the numeric counters kept in ``extra`` (ratios are derived later)."""
    total.add(part)
    for key, value in part.extra.items():
        if isinstance(value, (int, float)):
            total.extra[key] = total.extra.get(key, 0) + value


def finish(score: Score) -> None:
    """Turns the counters in ``extra`` into the ratios a reader wants (P/R/F1 of side metrics)."""
    extra = score.extra
    for prefix in ("span", "type"):
        tp, fp, fn = (extra.get(f"{prefix}_{k}") for k in ("tp", "fp", "fn"))
        if tp is None:
            continue
        side = Score("", "", "", tp, fp or 0, fn or 0)
        extra[f"{prefix}_precision"] = round(side.precision, 4)
        extra[f"{prefix}_recall"] = round(side.recall, 4)
        extra[f"{prefix}_f1"] = round(side.f1, 4)
    ratios = {"mention_recall": ("mentions_found", extra.get("mentions_total")),
              "day_accuracy": ("day_correct", extra.get("dated")),
              "month_accuracy": ("month_correct", extra.get("dated")),
              "exact_type_share": ("exact_type", score.tp),  # over matched items
              "according_accuracy": ("according_correct", score.tp),
              "status_accuracy": ("status_correct", score.tp)}
    for name, (numerator, denominator) in ratios.items():
        if numerator in extra and denominator:
            extra[name] = round(extra[numerator] / denominator, 4)
