"""Speed of the boilerplate pass on real page text: the line cues alone and the whole pass.

    PYTHONPATH=src python bench/boilerplate_cues.py [--cache FILE] [--limit N]

Texts: the lenient extractions of the pages evaluate/boilerplate_lines.py scores (read from
evaldata, never copied; ``--cache`` is the same JSON cache that module takes, since extraction
takes most of the time). Per language: microseconds per line for the line-cue alternation
(lines of at most MAX_CUE_WORDS words, the ones propose() tests), its 99th percentile and worst
line, and microseconds per line for the whole of propose(). CPU time, best of REPEAT runs.
"""
from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from cronaca.clean import boilerplate
from cronaca.evaluate.boilerplate_lines import page_texts
from cronaca.evaluate.runner import find_evaldata

REPEAT = 3


def best_of(run: object, repeat: int = REPEAT) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    root, tried = find_evaldata()
    if root is None:
        raise SystemExit(f"evaldata not found (tried {', '.join(map(str, tried))})")
    by_lang: dict[str, list[str]] = {}
    for page, text in page_texts(root, args.limit, args.cache):
        by_lang.setdefault(page.language, []).append(text)
    gc.collect()
    gc.freeze()
    for lang, texts in sorted(by_lang.items()):
        cues = boilerplate._cues(lang)
        if cues.line is None:
            continue
        lines = [ln for t in texts for ln in t.split("\n")
                 if ln and len(ln.split()) <= boilerplate.MAX_CUE_WORDS]
        all_lines = sum(t.count("\n") + 1 for t in texts)
        for ln in lines:  # warm the per-row-set cache
            cues.line.match(ln)
        cue_time = best_of(lambda: [cues.line.match(ln) for ln in lines])
        each = []
        for ln in lines:  # wall time, best of REPEAT: one sample catches the scheduler too
            times = []
            for _ in range(REPEAT):
                start = time.perf_counter()
                cues.line.match(ln)
                times.append(time.perf_counter() - start)
            each.append(min(times))
        each.sort()
        whole = best_of(lambda: [boilerplate.propose(t, lang) for t in texts])
        print(f"{lang}: {len(texts)} texts, line cues {1e6 * cue_time / len(lines):.1f} us/line "
              f"(p99 {1e6 * each[len(each) * 99 // 100]:.0f} us, worst {1e6 * each[-1]:.0f} us), "
              f"propose {1e6 * whole / all_lines:.1f} us/line")


if __name__ == "__main__":
    main()
