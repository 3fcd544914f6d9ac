"""Per-stage CPU cost on bench/run.py's plain-text corpus, for before/after comparisons on a busy
machine: every stage is timed separately (process time), best of several rounds, and optionally
one stage is profiled with cProfile.

    PYTHONPATH=src python bench/stage_profile.py [--rounds 3] [--profile link] [--top 40]

Absolute numbers move with the machine's load; compare runs made in the same conditions, and
prefer the best-of-rounds figure, which load only ever raises.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from run import text_corpus  # noqa: E402

from cronaca.document import Document, Source  # noqa: E402
from cronaca.pipeline import default_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", help="stage name to run under cProfile (after the timed rounds)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    pipeline = default_pipeline()
    corpus = text_corpus()

    def make(item) -> Document:
        text, published, _language = item
        return Document(raw=text, source=Source(published=published, format="text"), record="bench")

    for item in corpus:  # warm-up: lazy per-language tables
        pipeline(make(item))
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent = dict.fromkeys(pipeline.names, 0.0)
        for item in corpus:
            doc = make(item)
            for stage in pipeline.stages:
                t = time.process_time()
                doc = stage(doc)
                spent[stage.name] += time.process_time() - t
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    total = sum(best.values())
    print(f"{len(corpus)} articles, best of {args.rounds} rounds (ms/article)")
    for name, seconds in best.items():
        print(f"  {name:10s} {seconds / len(corpus) * 1000:7.3f}")
    print(f"  {'total':10s} {total / len(corpus) * 1000:7.3f}  ({len(corpus) / total:.1f} articles/s)")

    if args.profile:
        # the stages before it run unprofiled on each article just before it, as in the pipeline
        # (caches keyed by the last text seen, e.g. extract/tokens.py, behave as they do there)
        index = pipeline.names.index(args.profile)
        profiler = cProfile.Profile()
        for item in corpus:
            doc = make(item)
            for stage in pipeline.stages[:index]:
                doc = stage(doc)
            profiler.enable()
            pipeline.stages[index](doc)
            profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
