"""Every hit of the trigger rows added since a git revision, in news text nobody tuned on, with context.

    PYTHONPATH=src python tools/events/trigger_hits.py [--base main] [--langs de,es,fr,it] [--per-row 4]
        [--texts CACHE.jsonl]

A new lexicon row can look right and still fire on other words: a regular form that is a noun ("radiare"
gives "radio"), a compound head ("Überschüsse" ends in "Schüsse"), a sense nobody meant ("fusilar" a
goalkeeper). Reading each new row's hits in context, before any event is built, catches those; the events
dump of untuned_sample.py then judges whole events. Rows are compared by their trigger column with
`git show BASE:src/cronaca/lang/<code>/event_triggers.tsv`.

Texts: the cleaned text of every page untuned_sample.py uses (gold pages left out by URL and by text),
plus the German trafilatura-eval pages it leaves out; `--texts` caches them (JSON lines) for reruns.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from cronaca.extract.events.lexicon import lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
import untuned_sample  # noqa: E402  (a sibling script, not a package)

ROOT = Path(__file__).resolve().parents[2]
CONTEXT = 90


def rows_at(revision: str | None, code: str) -> set[str]:
    """The trigger column of a language's event_triggers.tsv, in the work tree or at a revision."""
    rel = f"src/cronaca/lang/{code}/event_triggers.tsv"
    if revision is None:
        text = (ROOT / rel).read_text()
    else:
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:{rel}"], capture_output=True,
                              text=True, check=True).stdout
    return {line.split("\t")[0] for line in text.splitlines()
            if line.strip() and not line.startswith("#") and not line.startswith("trigger\t")}


def untuned_texts(langs: set[str]):
    """(url, language, cleaned text) of the untuned pages, gold pages left out by URL and by text."""
    for url, doc in untuned_sample.untuned_documents(langs, 400, trafilatura_langs=langs):
        if doc.text:
            yield url, doc.language, doc.text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="git revision to compare the lexicons with")
    ap.add_argument("--langs", default="de,es,fr,it")
    ap.add_argument("--per-row", type=int, default=4, help="contexts shown per new row")
    ap.add_argument("--texts", help="JSON-lines cache of the cleaned texts (written if absent)")
    args = ap.parse_args()
    langs = set(args.langs.split(","))
    new = {code: rows_at(None, code) - rows_at(args.base, code) for code in langs}
    cache = Path(args.texts) if args.texts else None
    if cache and cache.exists():
        texts = [tuple(json.loads(line).values()) for line in cache.open()]
    else:
        texts = list(untuned_texts(langs))
        if cache:
            with cache.open("w") as f:
                for url, lang, text in texts:
                    f.write(json.dumps({"url": url, "lang": lang, "text": text}, ensure_ascii=False) + "\n")
    hits: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for _url, lang, text in texts:
        if lang not in langs:
            continue
        for m in lexicon(lang).scan(text):
            for t in m.triggers:
                if t.entry in new[lang]:
                    a, b = max(0, m.start - CONTEXT), min(len(text), m.end + CONTEXT)
                    hits[(lang, t.type, t.entry)].append(
                        (text[a:m.start] + "[[" + text[m.start:m.end] + "]]" + text[m.end:b]).replace("\n", " "))
                    break
    for key in sorted(hits, key=lambda k: (k[0], -len(hits[k]))):
        print(f"## {key[0]} {key[1]} {key[2]} ({len(hits[key])})")
        for context in hits[key][:args.per_row]:
            print("   ", context)
    silent = sum(len(rows) for rows in new.values()) - len({(k[0], k[2]) for k in hits})
    print(f"{sum(len(v) for v in hits.values())} hits of {len(hits)} new rows in {len(texts)} pages; "
          f"{silent} new rows without a hit")


if __name__ == "__main__":
    main()
