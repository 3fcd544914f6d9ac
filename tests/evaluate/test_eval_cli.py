"""`cronaca eval` end to end on the test fixtures, without public evaluation data."""
from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_eval_prints_a_table_and_writes_the_report(run_cli, tmp_path):
    report = tmp_path / "report.json"
    result = run_cli("eval", "--gold", str(FIXTURES), "--split", "dev", "--evaldata", str(tmp_path / "none"),
                     "--report", str(report), "--stage", "quotes")
    assert result.exit_code == 0
    assert "evaldata not found at" in result.stderr
    assert result.stdout.splitlines()[0].split() == ["stage", "dataset", "language", "P", "R", "F1", "tp", "fp",
                                                     "fn", "n", "notes"]
    saved = json.loads(report.read_text())
    assert (saved["gold_articles"], {s["stage"] for s in saved["scores"]}) == (2, {"quotes"})
