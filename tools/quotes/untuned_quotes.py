"""Dump every quote the pipeline finds on news pages nobody tuned on, for judging speakers by eye.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/untuned_quotes.py OUT.jsonl \
        [--langs de,es,fr,it] [--per-lang 10]

Pages come from ``tools/events/untuned_sample.py`` (fundus expected bodies, trafilatura-eval pages,
DICE Italian crime news), with every gold page left out by URL and by text. The first ``--per-lang``
pages of each language with at least 600 characters of cleaned text are kept, in a fixed order, so
that two runs (before and after a change) dump the same pages. Each row carries a key (page, quote offsets) so that verdicts carry
over between runs.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

_SAMPLE = Path(__file__).resolve().parents[1] / "events" / "untuned_sample.py"
_spec = importlib.util.spec_from_file_location("untuned_sample", _SAMPLE)
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)  # type: ignore[union-attr]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--langs", default="de,es,fr,it")
    ap.add_argument("--per-lang", type=int, default=10)
    args = ap.parse_args()
    langs = set(args.langs.split(","))
    count = {lang: 0 for lang in langs}
    rows = []
    # DICE: few Italian news pages besides its crime news
    for url, r in sample.untuned_documents(langs, 200):
        lang = r.language
        if count[lang] >= args.per_lang or len(r.text) < 600:
            continue
        count[lang] += 1
        names = {x.id: x.name for x in r.entities}
        for q in r.quotes:
            left = max(0, q.start - 200)
            rows.append({"key": f"{url}#{q.start}#{q.end}", "url": url, "lang": lang,
                         "speaker": names.get(q.speaker, q.speaker), "speaker_text": q.speaker_text,
                         "direct": q.direct, "rule": q.rule, "text": q.text[:300],
                         "context": (r.text[left:q.start] + "⟦" + r.text[q.start:q.end][:300] + "⟧"
                                     + r.text[q.end:q.end + 150]).replace("\n", " ")})
        if all(count[x] >= args.per_lang for x in langs):
            break
    with open(args.out, "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{sum(count.values())} pages {count}, {len(rows)} quotes")


if __name__ == "__main__":
    main()
