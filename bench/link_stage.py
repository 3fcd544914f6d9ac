"""Speed of the link stage on the VOA English stories, next to a peer pass over the same text.

    PYTHONPATH=src python bench/link_stage.py [--kb DIR_WITH_JSONL]

Prints the one-time costs (KB load, automaton build) and the CPU time per article, per 600 words,
and as a ratio to a regex word tokenisation of the same text (a peer that every NLP tool pays), so
numbers from a busy machine stay comparable.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from cronaca import kb as kbase
from cronaca.document import Document, Source
from cronaca.kb import KnowledgeBase, read_entries
from cronaca.link.automaton import matcher
from cronaca.link.stage import Link
from cronaca.pipeline import build

VOA = Path(__file__).resolve().parents[1].parent / "shared" / "resources" / "voa" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", type=Path, help="folder of KB JSONL files (default: the shipped KB)")
    parser.add_argument("--stories", type=Path, default=VOA)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    began = time.process_time()
    kb = (KnowledgeBase(e for f in sorted(args.kb.glob("*.jsonl")) for e in read_entries(f))
          if args.kb else kbase.load())
    print(f"KB load: {time.process_time() - began:.2f} s CPU, {len(kb)} entries")
    began = time.process_time()
    built = matcher(kb, "en")
    print(f"automaton (en): {time.process_time() - began:.2f} s CPU, {len(built.automaton)} keys")

    prepare = build(["language", "clean", "segment"])
    stories = [json.loads(line) for line in args.stories.open(encoding="utf-8")]
    docs = [prepare(Document(raw=s["text"], language="en", source=Source(published=s.get("published"))))
            for s in stories]
    link = Link(kb)
    for doc in docs:  # warm-up: wordfreq list, caches
        link(doc)
    words = sum(len(d.text.split()) for d in docs) * args.repeat

    began = time.process_time()
    for _ in range(args.repeat):
        for doc in docs:
            link(doc)
    linking = time.process_time() - began
    word_re = re.compile(r"\w+")
    began = time.process_time()
    for _ in range(args.repeat):
        for doc in docs:
            word_re.findall(doc.text)
    peer = time.process_time() - began

    per_article = linking / (len(docs) * args.repeat) * 1000
    print(f"link: {per_article:.3f} ms per article ({words / len(docs) / args.repeat:.0f} words), "
          f"{linking / words * 600 * 1000:.3f} ms per 600 words, "
          f"{linking / peer:.1f}x a regex word tokenisation of the same text")


if __name__ == "__main__":
    main()
