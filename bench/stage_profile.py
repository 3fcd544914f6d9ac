"""Per-stage CPU cost on bench/run.py's plain-text corpus, for before/after comparisons on a busy
machine: every stage is timed separately (process time), best of several rounds, and optionally
one stage is profiled with cProfile.

    PYTHONPATH=src python bench/stage_profile.py [--rounds 3] [--profile link] [--top 40]
    PYTHONPATH=src python bench/stage_profile.py --html [--html-max 300] [--profile read_html]

--html runs bench/run.py's HTML corpus instead (fundus and trafilatura-eval pages): the reader,
read_html, is timed as a stage of its own and can be profiled like the others; pages it rejects
are skipped.

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

from run import evaldata_dir, html_corpus, text_corpus  # noqa: E402

from cronaca.document import Document, Source  # noqa: E402
from cronaca.pipeline import default_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", help="stage name to run under cProfile (after the timed rounds)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--html", action="store_true", help="bench/run.py's HTML pages, read_html timed first")
    ap.add_argument("--html-max", type=int, default=300, help="how many HTML pages (with --html)")
    args = ap.parse_args()

    pipeline = default_pipeline()
    if args.html:
        import logging

        from cronaca.read import ReadError
        from cronaca.read.html import read_html

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        evaldata = evaldata_dir()
        if evaldata is None:
            raise SystemExit("evaldata not found (set CRONACA_EVALDATA)")
        corpus = []
        for page in html_corpus(evaldata, args.html_max):
            try:
                read_html(page, "bench")
            except ReadError:
                continue
            corpus.append(page)

        def make(item) -> Document:
            return read_html(item, "bench")
        first = "read_html"
    else:
        corpus = text_corpus()

        def make(item) -> Document:
            text, published, _language = item
            return Document(raw=text, source=Source(published=published, format="text"), record="bench")
        first = None

    for item in corpus:  # warm-up: lazy per-language tables
        pipeline(make(item))
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent = dict.fromkeys(([first] if first else []) + pipeline.names, 0.0)
        for item in corpus:
            t = time.process_time()
            doc = make(item)
            if first:
                spent[first] += time.process_time() - t
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

    if args.profile and args.profile == first:
        profiler = cProfile.Profile()
        for item in corpus:
            profiler.enable()
            make(item)
            profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    elif args.profile:
        # the stages before it run unprofiled on each article just before it, as in the pipeline
        # (caches keyed by the last text seen, e.g. cronaca/tokens.py, behave as they do there)
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
