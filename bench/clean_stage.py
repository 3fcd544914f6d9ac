"""Speed of the clean stage: CPU milliseconds per article and per 600 words, warm caches.

    PYTHONPATH=src python bench/clean_stage.py [--repeat N]

Articles: the seed (it) and the VOA samples (en) shipped in samples/, plus, when evaldata is
present, fundus bodies in de, es, fr and KIND pieces in it. Each language's data is loaded once
before timing (lexicons, wordfreq and simplemma tables load lazily on first use).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from cronaca.clean.stage import Clean
from cronaca.document import Document

ROOT = Path(__file__).resolve().parents[1]


def articles() -> list[tuple[str, str]]:
    out = [("it", (ROOT / "samples" / "000_beafc6d1797c5a5a.txt").read_text(encoding="utf-8"))]
    for line in (ROOT / "samples" / "voa.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(("en", json.loads(line)["text"]))
    try:
        from cronaca.evaluate.spinner import corpus, evaldata_root
        root = evaldata_root()
        if root is not None:
            for lang in ("it", "de", "es", "fr"):
                out.extend((lang, text) for _, text in corpus(lang, root)[:40])
    except Exception as err:  # the benchmark still runs on the shipped samples
        print(f"(evaldata texts skipped: {err})")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = articles()
    stage = Clean()
    for lang, raw in docs:  # warm up: load every language's data once
        stage(Document(raw=raw, language=lang))
    per_lang: dict[str, list[float]] = {}
    words: dict[str, int] = {}
    for _ in range(args.repeat):
        for lang, raw in docs:
            start = time.process_time()
            stage(Document(raw=raw, language=lang))
            per_lang.setdefault(lang, []).append(time.process_time() - start)
            words[lang] = words.get(lang, 0) + len(raw.split())
    total_s = sum(sum(v) for v in per_lang.values())
    total_w = sum(words.values())
    for lang in sorted(per_lang):
        secs = sum(per_lang[lang])
        print(f"{lang}: {len(per_lang[lang]) // args.repeat:3d} articles  "
              f"{1000 * secs / len(per_lang[lang]):6.2f} ms/article  "
              f"{1000 * secs * 600 / words[lang]:6.2f} ms per 600 words")
    print(f"all: {1000 * total_s * 600 / total_w:.2f} ms per 600 words, "
          f"{len(docs) * args.repeat / total_s:.0f} articles/s")


if __name__ == "__main__":
    main()
