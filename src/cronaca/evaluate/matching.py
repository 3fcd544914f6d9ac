"""One-to-one matching of predictions to gold items, and the token overlap that quotes are judged by.

Scores count a prediction as correct only once: two predictions of the same gold quote are one hit
and one false positive. A greedy pass can miss the best pairing when predicates are lenient
(overlapping actor sets), so matching is a maximum bipartite matching (augmenting paths; the
lists are a few dozen items per article, so the simple algorithm is plenty).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")

_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Casefolded word tokens; punctuation and quote marks never decide a match."""
    return _WORD.findall(text.casefold())


def overlap_of_shorter(a: str, b: str) -> float:
    """Shared tokens (as multisets) over the length of the shorter text: 1.0 when one contains the other."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    shorter = min(sum(ta.values()), sum(tb.values()))
    if not shorter:
        return 0.0
    return sum((ta & tb).values()) / shorter


def match(gold: Sequence[G], pred: Sequence[P], same: Callable[[G, P], bool],
          prefer: Callable[[G, P], float] | None = None) -> list[tuple[int, int]]:
    """A maximum set of (gold index, pred index) pairs for which ``same`` holds, each index used once.
    ``prefer`` orders each gold item's candidates (higher first): among matchings of the same size,
    the pass then pairs an item with the prediction that describes it best (the event of the same
    sentence rather than a like event elsewhere), which is what its date and status are judged on."""
    candidates = [[j for j, p in enumerate(pred) if same(g, p)] for g in gold]
    if prefer is not None:
        candidates = [sorted(c, key=lambda j, g=g: -prefer(g, pred[j])) for g, c in zip(gold, candidates)]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())
