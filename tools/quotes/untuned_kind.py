"""Print Italian Wikinews sentences nobody tuned on, with the quotes the pipeline finds marked.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/untuned_kind.py \
        [--file WN_test] [--start 400] [--chunks 40]

The Italian gold articles are Wikinews text rebuilt from the KIND token files; the rest of those
files is the closest untuned Italian news (DICE pages have damaged spacing: "l 'auto"). Chunks of
``CHUNK`` sentences are rebuilt from tokens, every chunk within ``MARGIN`` sentences of a gold range
(read from tests/gold/articles/it-*.json, ``source.origin``) is skipped, and only sentences holding
a quotation mark, an attribution word or a speech cue are printed: "Q" before a sentence with a
quote (⟦...⟧[speaker|rule]), "-" before one without, to count misses and wrong speakers by eye.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from cronaca.document import Document, Source
from cronaca.extract.quote_context import QuoteContext
from cronaca.extract.speech import speech_data
from cronaca.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 12
MARGIN = 25
_GOLD_RANGE = re.compile(r"(WN_\w+)\.tsv sentences (\d+)-(\d+)")
_ATTACH_LEFT = set(",.;:)»”?!%")
_SHOWN = re.compile(r"[«“\"]|secondo")


def evaldata() -> Path:
    folder = Path(os.environ.get("CRONACA_EVALDATA", ROOT.parent / "shared" / "evaldata"))
    if not (folder / "kind-it-ner").is_dir():
        sys.exit(f"KIND not found under {folder}: set CRONACA_EVALDATA")
    return folder / "kind-it-ner"


def gold_ranges(name: str) -> list[tuple[int, int]]:
    ranges = []
    for path in (ROOT / "tests" / "gold" / "articles").glob("it-*.json"):
        origin = json.loads(path.read_text(encoding="utf-8")).get("source", {}).get("origin", "")
        m = _GOLD_RANGE.search(origin)
        if m and m.group(1) == name:
            ranges.append((int(m.group(2)) - MARGIN, int(m.group(3)) + MARGIN))
    return ranges


def sentences(path: Path) -> Iterator[list[str]]:
    tokens: list[str] = []
    for line in path.open(encoding="utf-8"):
        token = line.rstrip("\n").split("\t")[0]
        if token.strip():
            tokens.append(token)
        elif tokens:
            yield tokens
            tokens = []
    if tokens:
        yield tokens


def detokenize(tokens: list[str]) -> str:
    """Running text from tokens: no space before closing punctuation, after an opening mark or an
    elided article ("dell'"); straight double quotes alternate opening and closing."""
    out, glue, open_quote = "", True, False
    for t in tokens:
        if t == '"':
            out += t if open_quote else ("" if glue else " ") + t
            glue, open_quote = not open_quote, not open_quote
            continue
        if t in _ATTACH_LEFT:
            out += t
            glue = False
            continue
        out += ("" if glue else " ") + t
        glue = t in "(«“" or t.endswith(("'", "’"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", default="WN_test", choices=["WN_dev", "WN_test"])
    ap.add_argument("--start", type=int, default=0, help="first sentence")
    ap.add_argument("--chunks", type=int, default=20)
    args = ap.parse_args()
    sents = list(sentences(evaldata() / f"{args.file}.tsv"))
    excluded = gold_ranges(args.file)
    pipe, speech = default_pipeline(), speech_data("it")
    shown, i = 0, args.start
    while shown < args.chunks and i < len(sents):
        ids = range(i, min(i + CHUNK, len(sents)))
        i += CHUNK
        if any(lo <= j <= hi for j in ids for lo, hi in excluded):
            continue
        shown += 1
        text = " ".join(detokenize(sents[j]) for j in ids)
        doc = pipe(Document(raw=text, source=Source(), language="it"))
        cues = [c.start for c in QuoteContext(doc, speech).cues]
        names = {e.id: e.name for e in doc.entities}
        print(f"=== {args.file} sentences {ids.start}-{ids.stop - 1}")
        for s0, s1 in doc.sentences:
            found = [q for q in doc.quotes if s0 <= q.start < s1]
            if not found and not any(s0 <= c < s1 for c in cues) and not _SHOWN.search(doc.text, s0, s1):
                continue
            marks = sorted([(q.start, "⟦") for q in found]
                           + [(q.end, f"⟧[{names.get(q.speaker, q.speaker)}|{q.rule.split('|')[0]}]") for q in found],
                           key=lambda x: x[0])
            out, last = [], s0
            for pos, mark in marks:
                out += [doc.text[last:pos], mark]
                last = pos
            out.append(doc.text[last:s1])
            print(("Q " if found else "- ") + "".join(out))


if __name__ == "__main__":
    main()
