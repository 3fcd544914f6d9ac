"""The regression guard: a small gold subset must score at or above the floors in floors.json.

After merging a stage that raises the scores, lift the floors with
`python -m cronaca.evaluate.floors --update` (it reruns this subset and subtracts a small margin).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.evaluate.floors import FLOORS_FILE, guard_subset, measure, read_floors, shortfalls

ROOT = Path(__file__).resolve().parents[2]
SUBSET = guard_subset(ROOT)


@pytest.mark.skipif(SUBSET is None, reason="no gold files in tests/gold/articles or tests/evaluate/fixtures")
def test_gold_subset_scores_stay_at_or_above_their_floors():
    floors = read_floors(ROOT).get("sources", {}).get(SUBSET.source, {}).get("floors")
    assert floors is not None, (f"{FLOORS_FILE} has no floors for {SUBSET.source}; "
                                f"run `python -m cronaca.evaluate.floors --update` and commit the file")
    problems = shortfalls(measure(SUBSET), floors)
    assert not problems, "scores fell below their floors:\n" + "\n".join(problems)
