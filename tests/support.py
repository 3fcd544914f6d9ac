"""What many tests share: where the samples are, and the article contract check."""
from __future__ import annotations

import json
from pathlib import Path

from cronaca.write.json import validate

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_beafc6d1797c5a5a.txt"
EVALDATA = ROOT.parent / "shared" / "evaldata"


def valid_records(stdout: str) -> list[dict]:
    """Parse `process --format jsonl` output and check every record against the contract."""
    records = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    for record in records:
        validate(record)
    return records
