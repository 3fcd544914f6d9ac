"""List mention errors of the link stage on KIND WN_dev (Italian Wikinews), with context.

Why: the headline F1 hides which classes of error cost most. This prints every false positive,
miss, wrong type and wrong boundary with its context, plus a tally by class and surface form, so
rules and lexicons can be fixed where they pay. Only the dev file may be studied: the script
refuses the test file.

    PYTHONPATH=src python tools/ner/kind_errors.py [--limit N] [--only fp,fn,type,bound] > errors.txt
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from cronaca.evaluate.ner import GoldDoc, Span, predict_made, read_kind
from cronaca.evaluate.runner import find_evaldata
from cronaca.pipeline import build


def context(doc: GoldDoc, start: int, end: int, width: int = 50) -> str:
    left = doc.text[max(0, start - width):start].replace("\n", " ")
    right = doc.text[end:end + width].replace("\n", " ")
    return f"{left}[[{doc.text[start:end]}]]{right}"


def classify(doc: GoldDoc, made: dict[Span, str]) -> list[tuple[str, Span, str]]:
    """(class, span, note) per error: type (same span, other type), bound (overlap, other span),
    fp (no gold overlap), fn (no prediction overlaps)."""
    gold = set(doc.gold)
    predicted = set(made)
    errors = []
    exact_spans = {(s, e): t for s, e, t in gold}
    pred_spans = {(s, e): t for s, e, t in predicted}
    for s, e, t in sorted(predicted - gold):
        if (s, e) in exact_spans:
            errors.append(("type", (s, e, t), f"gold {exact_spans[(s, e)]}; {made[(s, e, t)]}"))
            continue
        overlap = [g for g in gold if g[0] < e and s < g[1]]
        if overlap:
            g = overlap[0]
            errors.append(("bound", (s, e, t), f"gold {doc.text[g[0]:g[1]]!r} {g[2]}; {made[(s, e, t)]}"))
        else:
            errors.append(("fp", (s, e, t), made[(s, e, t)]))
    for s, e, t in sorted(gold - predicted):
        if (s, e) in pred_spans:
            continue  # counted as type error above
        if any(p[0] < e and s < p[1] for p in predicted):
            continue  # counted as boundary error above
        errors.append(("fn", (s, e, t), ""))
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--only", default="fp,fn,type,bound")
    parser.add_argument("--evaldata", type=Path, default=None)
    args = parser.parse_args()
    evaldata, tried = find_evaldata(args.evaldata)
    if evaldata is None:
        raise SystemExit(f"evaldata not found (tried {', '.join(map(str, tried))})")
    wanted = set(args.only.split(","))
    pipeline = build(["language", "clean", "segment", "link"])
    rows: list[tuple[str, str, str, str, str]] = []
    for n, doc in enumerate(read_kind(evaldata / "kind-it-ner" / "WN_dev.tsv")):
        if args.limit is not None and n >= args.limit:
            break
        for cls, (s, e, t), note in classify(doc, predict_made(doc, pipeline)):
            rows.append((cls, t, doc.text[s:e], note, context(doc, s, e)))
    tally = Counter((cls, t) for cls, t, *_ in rows)
    print("# tally: " + ", ".join(f"{c}/{t} {k}" for (c, t), k in sorted(tally.items())))
    for cls in ("fp", "fn", "type", "bound"):
        if cls not in wanted:
            continue
        forms = Counter((t, surface) for c, t, surface, *_ in rows if c == cls)
        print(f"\n## {cls}: most frequent forms")
        print("  " + "; ".join(f"{s} {t} x{k}" for (t, s), k in forms.most_common(60)))
        print(f"\n## {cls}: all")
        for c, t, surface, note, ctx in rows:
            if c == cls:
                print(f"{cls}\t{t}\t{surface}\t{note}\t{ctx}")


if __name__ == "__main__":
    main()
