"""CPU time of the events stage per article, on the gold set's texts with their gold entities as
mentions (the link stage's output stands in), best of several repeats.

    PYTHONPATH=src python bench/events_speed.py [--repeats 7] [--rounds 20]

Prints ms per article and per 600 words, and the share spent in the lexicon scan, so the stage can be
compared with its ~1 ms budget (DESIGN: >= 100 articles/s per core for the whole pipeline).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools" / "events"))

from score_gold import document  # noqa: E402

from cronaca.extract.events import Events  # noqa: E402
from cronaca.extract.events.lexicon import lexicon  # noqa: E402


def best(fn, rounds: int, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.process_time()
        for _ in range(rounds):
            fn()
        times.append((time.process_time() - t) / rounds)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    docs = [document(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((ROOT / "tests" / "gold" / "articles").glob("*.json"))]
    for doc in docs:
        lexicon(doc.language)  # built once per process, not timed
    stage = Events()
    words = sum(len(d.text.split()) for d in docs)
    total = best(lambda: [stage(d) for d in docs], args.rounds, args.repeats)
    scan = best(lambda: [lexicon(d.language).scan(d.text) for d in docs], args.rounds, args.repeats)
    per_article = total / len(docs) * 1000
    print(f"{len(docs)} articles, {words / len(docs):.0f} words each on average")
    print(f"events stage: {per_article:.3f} ms/article, {total / words * 600 * 1000:.3f} ms per 600 words, "
          f"{len(docs) / total:.0f} articles/s per core; scan {scan / total:.0%} of it")


if __name__ == "__main__":
    main()
