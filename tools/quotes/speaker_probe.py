"""Run hand-written probe texts, one speaker construction class per row, and say whose each quote is.

    PYTHONPATH=src python tools/quotes/speaker_probe.py tools/quotes/probes/speakers_en.tsv [--class officials] [-v]

A probe file has rows ``class<TAB>quote => speaker<TAB>text`` (``\\n`` in text is a paragraph
break): the quote a reader would annotate and the canonical name of its speaker (``-``: the text
does not say who). A row is right when a predicted quote overlaps the quote as the gold scorer
does and its speaker's entity name is the one expected (case aside); a quote not found counts
apart, as a detection miss, since this tool measures speakers. The rows are written from each
language's grammar of attribution (who "the officials", "er", "der Sprecher" stand for), not copied
from any gold article.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from cronaca.document import Document
from cronaca.evaluate.article_scores import QUOTE_OVERLAP
from cronaca.evaluate.matching import overlap_of_shorter
from probe_files import probe_arguments, probe_rows, quote_pipeline  # a sibling module: these tools run as scripts


def read_rows(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for cls, expected, text in probe_rows(path):
        quote, speaker = (x.strip() for x in expected.split("=>"))
        rows.append((cls, quote, speaker, text))
    return rows


def main() -> None:
    args = probe_arguments(__doc__)
    lang = args.probes.stem.split("_")[-1]
    pipeline = quote_pipeline()
    tally = defaultdict(lambda: [0, 0, 0])  # class -> [right, rows, not found]
    for cls, quote, speaker, text in read_rows(args.probes):
        if args.cls and cls != args.cls:
            continue
        doc = pipeline(Document(raw=text, language=lang))
        names = {e.id: e.name for e in doc.entities}
        found = next((q for q in doc.quotes if overlap_of_shorter(quote, q.text) >= QUOTE_OVERLAP), None)
        got = "-" if found is None or found.speaker is None else names.get(found.speaker, found.speaker)
        right = found is not None and got.lower() == speaker.lower()
        tally[cls][0] += right
        tally[cls][1] += 1
        tally[cls][2] += found is None
        if args.verbose or not right:
            mark = "ok  " if right else ("NOQ " if found is None else "BAD ")
            detail = "" if found is None else f" ({found.speaker_text!r}, {found.rule})"
            print(f"{mark}[{cls}] want {speaker!r} got {got!r}{detail}\n     {text[:240]!r}")
    print("\nclass                right/rows  quote not found")
    for cls, (r, n, x) in tally.items():
        print(f"{cls:20s} {r:5d}/{n:<5d} {x}")
    total = [sum(v[i] for v in tally.values()) for i in range(3)]
    print(f"{'ALL':20s} {total[0]:5d}/{total[1]:<5d} {total[2]}")


if __name__ == "__main__":
    main()
