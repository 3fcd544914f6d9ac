"""CPU time spent inside chosen functions, per article, on bench/run.py's plain-text corpus.

    PYTHONPATH=src python bench/function_time.py [--rounds 3] MODULE:FUNCTION[:ALSO,...] ...

    e.g. cronaca.extract.events.units:segment:cronaca.extract.events.extractor
         cronaca.link.unknown:_one_name  cronaca.extract.events.lexicon:Lexicon.scan

Each function is replaced by a wrapper that adds up the process time of its calls (ALSO names modules
that imported the function by name, so their reference is replaced too); the whole pipeline then runs
over the corpus and the best round is printed. Why: cProfile charges every Python call with its own
overhead, so a function made of many small calls looks several times costlier than it is, and a
signal-driven sampler lands on the lines after calls and jumps; here only the wrapped functions pay,
about a microsecond per call, which bounds the error (calls are counted and printed). A generator is
timed only while it is created, not while it is consumed: wrap the function that consumes it.
Process time, not wall time: on a shared machine wall time counts the waits for a core.
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from run import text_corpus  # noqa: E402

from cronaca.document import Document, Source  # noqa: E402
from cronaca.pipeline import default_pipeline  # noqa: E402


class Meter:
    """Process time and calls of one function, for the round under way."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0

    def wrap(self, fn: Callable) -> Callable:
        clock = time.process_time

        def timed(*args, **kwargs):
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += clock() - start
                self.calls += 1
        return timed


def install(target: str) -> tuple[str, Meter]:
    """Wrap MODULE:FUNCTION (or MODULE:CLASS.METHOD; and its references in the ALSO modules) with a meter."""
    module_name, name, *also = target.split(":")
    owner = importlib.import_module(module_name)
    *path, attribute = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    meter = Meter()
    timed = meter.wrap(getattr(owner, attribute))
    setattr(owner, attribute, timed)
    for other in also[0].split(",") if also else []:
        setattr(importlib.import_module(other), attribute, timed)
    return name, meter


def corpus_runner(pipeline: Callable[[Document], object], corpus: list[tuple[str, str | None, str]]
                  ) -> Callable[[], None]:
    """One pass of the text corpus through the pipeline: the unit of work the profilers repeat."""
    def run_all() -> None:
        for text, published, _language in corpus:
            pipeline(Document(raw=text, source=Source(published=published, format="text"), record="bench"))
    return run_all


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("targets", nargs="+", help="MODULE:FUNCTION[:ALSO_MODULE,...]")
    args = ap.parse_args()
    meters = [install(t) for t in args.targets]
    pipeline = default_pipeline()
    corpus = text_corpus()

    run_all = corpus_runner(pipeline, corpus)

    run_all()  # warm-up: lazy per-language tables
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.rounds):
        for _name, meter in meters:
            meter.seconds, meter.calls = 0.0, 0
        run_all()
        for name, meter in meters:
            if name not in best or meter.seconds < best[name][0]:
                best[name] = (meter.seconds, meter.calls)
    print(f"{len(corpus)} articles, best of {args.rounds} rounds (ms/article, calls/article)")
    for name, (seconds, calls) in best.items():
        print(f"  {name:28s} {seconds / len(corpus) * 1000:7.3f}  {calls / len(corpus):8.1f}")


if __name__ == "__main__":
    main()
