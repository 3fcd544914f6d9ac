"""Counts and the precision / recall / F1 they give; one Score per stage, dataset and language."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Score:
    stage: str  # entities | quotes | events | dates | damage | extraction | mentions | ...
    dataset: str  # e.g. "gold/heldout", "kind-it-ner/WN_test"
    language: str
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)  # anything else worth reporting

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "dataset": self.dataset, "language": self.language,
                "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), **({"extra": self.extra} if self.extra else {})}

    def summary(self, width: int = 30) -> str:
        """One line for a scorer's command-line main: dataset, P/R/F1, the counts, then ``extra``."""
        return (f"{self.dataset:<{width}} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp:.0f} fp {self.fp:.0f} fn {self.fn:.0f})" + (f"  {self.extra}" if self.extra else ""))
