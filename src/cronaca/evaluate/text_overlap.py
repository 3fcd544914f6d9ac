"""How close an extracted article body is to the expected one: the two public metrics, reimplemented.

- Shingles (Zyte/Scrapinghub article-extraction-benchmark): word 4-grams of ``\\w+`` tokens
  counted as multisets; per page tp/fp/fn are normalised to sum to 1 so long pages do not
  dominate, and the published precision and recall are the means over pages.
- Snippets (trafilatura's evaluation): a "with" snippet found in the output is a true positive, a
  "without" snippet found is a false positive, after whitespace normalisation.
Same definitions as upstream, so the numbers can be set beside their published tables.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i: i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i: i + n])


def shingle_counts(expected: str, predicted: str, n: int = SHINGLE) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 (all zero when both texts are empty)."""
    want, got = shingles(expected, n), shingles(predicted, n)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


@dataclass
class ShingleMean:
    """The Zyte table's numbers: precision averaged over pages with output, recall over pages with gold."""

    precision_sum: float = 0.0
    precision_pages: int = 0
    recall_sum: float = 0.0
    recall_pages: int = 0

    def add(self, tp: float, fp: float, fn: float) -> None:
        if tp + fp > 0:
            self.precision_sum += page_precision(tp, fp, fn)
            self.precision_pages += 1
        if tp + fn > 0:
            self.recall_sum += page_recall(tp, fp, fn)
            self.recall_pages += 1

    def result(self) -> dict[str, float]:
        p = self.precision_sum / self.precision_pages if self.precision_pages else 0.0
        r = self.recall_sum / self.recall_pages if self.recall_pages else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def normalise(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def snippet_counts(output: str | None, with_: list[str], without: list[str]) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn): "with" snippets found, "without" found, "with" missing, "without" absent."""
    text = normalise(output or "")
    tp = sum(1 for s in with_ if normalise(s) in text) if text else 0
    fp = sum(1 for s in without if normalise(s) in text) if text else 0
    return tp, fp, len(with_) - tp, len(without) - fp
