"""Dump every entity mention the pipeline finds on untuned pages, and diff two such dumps for judging.

Why: gold scores only see the gold articles; a linker rule must also hold on text nobody tuned on.
The pages are those of tools/events/untuned_sample.py (fundus, trafilatura-eval, DICE; gold pages
left out by URL and by text). Run the dump on the old code and on the new (a `git worktree` of the old
revision), then diff: each changed mention is printed with its context, to be judged by eye.

    PYTHONPATH=src python tools/ner/untuned_entities.py dump OUT.jsonl [--langs de,es,fr,it,en] [--dice 40]
    python tools/ner/untuned_entities.py diff BEFORE.jsonl AFTER.jsonl > changes.tsv
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

SAMPLER = Path(__file__).resolve().parents[1] / "events" / "untuned_sample.py"
CONTEXT = 60


def dump(out: Path, langs: set[str], dice: int) -> None:
    spec = importlib.util.spec_from_file_location("untuned_sample", SAMPLER)
    sampler = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sampler)
    skipped, pages = [0], 0
    with out.open("w", encoding="utf-8") as f:
        for url, doc in sampler.untuned_documents(langs, dice, skipped):
            pages += 1
            for entity in doc.entities:
                for x in entity.mentions:
                    context = doc.text[max(0, x.start - CONTEXT):x.end + CONTEXT].replace("\n", " ")
                    f.write(json.dumps({"url": url, "lang": doc.language, "s": x.start, "e": x.end,
                                        "text": x.text, "name": entity.name, "type": entity.type,
                                        "rule": x.rule, "ctx": context}, ensure_ascii=False) + "\n")
    print(f"{pages} pages, {skipped[0]} gold pages left out")


def _load(path: Path) -> dict[tuple[str, int, int], dict]:
    rows = (json.loads(line) for line in path.open(encoding="utf-8"))
    return {(r["url"], r["s"], r["e"]): r for r in rows}


def diff(before: Path, after: Path) -> None:
    """One line per mention whose entity (name or type) changed, appeared or went away."""
    old, new = _load(before), _load(after)
    changed = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a and b and (a["name"], a["type"]) == (b["name"], b["type"]):
            continue
        changed += 1
        row = b or a
        was = f"{a['name']}|{a['type']}" if a else "-"
        now = f"{b['name']}|{b['type']}" if b else "-"
        print(f"{row['lang']}\t{row['text']}\t{was}\t=>\t{now}\t{row['ctx']}")
    print(f"# {changed} mentions changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--langs", default="de,es,fr,it,en")
    d.add_argument("--dice", type=int, default=40)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, set(args.langs.split(",")), args.dice)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
