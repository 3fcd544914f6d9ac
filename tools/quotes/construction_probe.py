"""Run hand-written probe sentences, one construction class per row, and say which quotes are found.

    PYTHONPATH=src python tools/quotes/construction_probe.py tools/quotes/probes/de.tsv [--class so] [-v]

A probe file has rows ``class<TAB>expected<TAB>text`` (``\\n`` in text is a paragraph break).
``expected`` lists the quote texts a reader would annotate, separated by `` | ``; ``-`` means the
text holds no quote (Konjunktiv II, a plain subordinate clause), so anything found is false. A quote
counts as found when a predicted quote overlaps it as the gold scorer does (``overlap_of_shorter``).
The rows were written from each language's grammar of reported speech, not copied from any gold
article, so that the count per class says which constructions the extractor does not know yet.
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from cronaca.document import Document
from cronaca.evaluate.article_scores import QUOTE_OVERLAP
from cronaca.evaluate.matching import overlap_of_shorter
from cronaca.pipeline import build


def read_rows(path: Path) -> list[tuple[str, list[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, expected, text = line.split("\t", 2)
        wanted = [] if expected.strip() == "-" else [e.strip() for e in expected.split(" | ")]
        rows.append((cls, wanted, text.replace("\\n", "\n")))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", type=Path)
    ap.add_argument("--class", dest="cls", default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every row, not only errors")
    args = ap.parse_args()
    lang = args.probes.stem.split("_")[0]
    pipeline = build(("language", "clean", "segment", "link", "sources", "quotes"))
    found_by = defaultdict(lambda: [0, 0, 0])  # class -> [found, expected, false]
    for cls, wanted, text in read_rows(args.probes):
        if args.cls and cls != args.cls:
            continue
        doc = pipeline(Document(raw=text, language=lang))
        preds = [(q.text, q.speaker_text, q.rule) for q in doc.quotes]
        hit = [any(overlap_of_shorter(w, p[0]) >= QUOTE_OVERLAP for p in preds) for w in wanted]
        false = [p for p in preds if not any(overlap_of_shorter(w, p[0]) >= QUOTE_OVERLAP for w in wanted)]
        tally = found_by[cls]
        tally[0] += sum(hit)
        tally[1] += len(wanted)
        tally[2] += len(false)
        if args.verbose or not all(hit) or false:
            print(f"[{cls}] {text[:220]!r}")
            for w, h in zip(wanted, hit):
                print(f"   {'ok  ' if h else 'MISS'} {w[:100]!r}")
            for p in preds:
                print(f"   {'FALSE' if p in false else 'pred '} {p[0][:90]!r} <{p[1]}> {p[2]}")
    print("\nclass                found/expected  false")
    for cls, (f, n, x) in found_by.items():
        print(f"{cls:20s} {f:5d}/{n:<5d}      {x}")
    total = [sum(v[i] for v in found_by.values()) for i in range(3)]
    print(f"{'ALL':20s} {total[0]:5d}/{total[1]:<5d}      {total[2]}")


if __name__ == "__main__":
    main()
