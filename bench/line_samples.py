"""Where the time goes inside chosen functions, line by line, on bench/run.py's plain-text corpus.

    PYTHONPATH=src python bench/line_samples.py [--rounds 2] [--interval 0.5] FUNCTION[,FUNCTION...]

    e.g. segment    find_unknown    _one_name

A sampling profiler: every ``--interval`` ms of process time a signal reads the running stack; a
sample inside a chosen function (by name) is charged to the line of its outermost such frame that is
running, and the innermost function running (the leaf) is counted too. Why: cProfile charges each
Python call its own overhead (a rule engine of many small helpers looks several times costlier than
it is) and a settrace line tracer is slower still on lines that call a lot; sampling costs almost
nothing per line, so the shares are the real ones. A sample lands on the line that was running or,
right after a call returned, on the line after it: read neighbouring lines together. Shares only,
no timings: use bench/function_time.py or bench/stage_profile.py for milliseconds.
"""
from __future__ import annotations

import argparse
import collections
import linecache
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from function_time import corpus_runner  # noqa: E402
from run import text_corpus  # noqa: E402

from cronaca.pipeline import default_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("functions", help="comma-separated function names (co_name), e.g. segment,_one_name")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--interval", type=float, default=0.5, help="ms of process time between samples")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    names = frozenset(args.functions.split(","))
    lines: collections.Counter = collections.Counter()
    leaves: collections.Counter = collections.Counter()
    total = 0

    def sample(_signum, frame) -> None:
        nonlocal total
        total += 1
        hit = None
        leaf = frame.f_code
        while frame is not None:
            if frame.f_code.co_name in names:
                hit = (frame.f_code, frame.f_lineno)
            frame = frame.f_back
        if hit is not None:
            lines[hit] += 1
            leaves[leaf] += 1

    pipeline = default_pipeline()
    corpus = text_corpus()

    run_all = corpus_runner(pipeline, corpus)

    run_all()  # warm-up: lazy per-language tables
    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, args.interval / 1000, args.interval / 1000)
    for _ in range(args.rounds):
        run_all()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    inside = sum(lines.values())
    print(f"{total} samples, {inside} inside {', '.join(sorted(names))} "
          f"({inside / max(total, 1):.1%} of the pipeline)")
    for (code, line), n in lines.most_common(args.top):
        source = linecache.getline(code.co_filename, line or 0).strip()[:100]
        print(f"  {n / inside:6.1%}  {code.co_name}:{line}  {source}")
    print("leaf functions (innermost running):")
    for code, n in leaves.most_common(args.top // 2):
        where = code.co_filename.split("/src/")[-1]
        print(f"  {n / inside:6.1%}  {where}:{code.co_name}:{code.co_firstlineno}")


if __name__ == "__main__":
    main()
