"""Judged quote speakers on Italian and French news nobody tuned on: write a judging sheet, re-score it.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/untuned_quotes_judged.py \
        sheet OUT.jsonl --part a [--langs it,fr] [--pages 40] [--skip 0]   # every quote of the part's pages, with context
    PYTHONPATH=src python tools/quotes/untuned_quotes_judged.py score tools/quotes/judged/it_fr_2026-11-30.tsv [--show]

Why: Italian and French held-out quotes find most spans but half carry the wrong speaker, while dev and
probe sentences written per construction are read right. Verdicts given by eye to the quotes of real
untuned pages say which constructions are left; the file is re-scored after every change, and only
quotes whose speaker changed need a new look.

Pages (never copied, read from ../shared/evaldata or $CRONACA_EVALDATA): KIND Italian Wikinews
(WN_dev and WN_test, chunks of ``CHUNK`` sentences, every chunk near a gold article's sentence range
left out, ranges read from the gold files' ``source.origin``), DICE Italian crime news, trafilatura-eval
Italian and French pages, fundus French bodies and HIPE French historical newspapers (OCR; gold pages
left out by URL and text, as in
``tools/events/untuned_sample.py``). ``--part a`` / ``b`` / ``c`` split the pages by a hash of their key
(a half, a quarter, a quarter): judge some parts while working, keep one fresh for the final check.

The TSV (``#`` lines are comments; the first one holds the sheet options) has the columns

    key       page # quote start # quote end: the quote's identity across runs
    lang      language of the page
    speaker   speaker emitted: entity name, ``text:PHRASE`` when only speaker_text, empty when none
    span      y (the quote's words are right), p (partly: cut short or too long), n (no quote there)
    verdict   for the speaker: y (right), none (should have one, has none), other (a wrong entity or
              phrase), unlinked (the right phrase, linked to no entity or a wrong one), - (no
              speaker is right: no one is named in the text) ; n spans are not judged (-)
    error     the construction that made a wrong speaker (see the classes in the file's comments)
    truth     the right speaker as the text names it
    note      free text

Scoring: speaker precision = y / (y + other + unlinked) over quotes with a speaker; speaker accuracy =
y / quotes with a real span and a speaker to find. Quotes whose emitted speaker changed since judging
are listed (re-judge them), quotes no longer emitted are counted by verdict, new quotes are listed.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import re
import shlex
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


sample = _load("untuned_sample", HERE.parent / "events" / "untuned_sample.py")
kind = _load("untuned_kind", HERE / "untuned_kind.py")

CHUNK = 12
COLUMNS = ["key", "lang", "speaker", "span", "verdict", "error", "truth", "note"]


def part_of(key: str) -> str:
    """'a', 'b' or 'c': a stable split of pages that does not depend on their order (half of them in
    'a', a quarter in each of 'b' and 'c')."""
    return "abac"[hashlib.sha1(key.encode()).digest()[0] % 4]


def _kind_pages() -> Iterator[tuple[str, str, str, bool]]:
    for name in ("WN_test", "WN_dev"):
        sents = list(kind.sentences(kind.evaldata() / f"{name}.tsv"))
        excluded = kind.gold_ranges(name)
        for i in range(0, len(sents), CHUNK):
            ids = range(i, min(i + CHUNK, len(sents)))
            if any(lo <= j <= hi for j in ids for lo, hi in excluded):
                continue
            yield f"kind:{name}:{i}", "it", " ".join(kind.detokenize(sents[j]) for j in ids), False


def _dice_pages(n: int) -> Iterator[tuple[str, str, str, bool]]:
    """DICE articles with the elided article glued back ("dell'esercizio"): the shared sampler's
    detokeniser leaves "dell 'esercizio", whose stray apostrophe breaks every «...» around it."""
    for key, lang, text, is_html in sample._dice(n):
        yield key, lang, re.sub(r"(\w) '(\w)", r"\1'\2", text), is_html


def pages(langs: set[str], part: str, limit: int, only: set[str] | None = None, skip: int = 0):
    """(key, processed document) of up to ``limit`` pages per source of the part, in a fixed order, after
    the first ``skip`` pages with quotes of each source (a fresh sample past the judged ones)."""
    from cronaca.run.local import document_from_string, run_one
    urls, shingles = sample._gold()
    sources: list[Iterator] = []
    if "it" in langs:
        sources += [_kind_pages(), _dice_pages(400)]
    sources += [sample._trafilatura(langs), sample._fundus(langs)]
    if "fr" in langs:
        sources.append(sample._hipe(400))
    for source in sources:
        taken, skipped = 0, 0
        for key, lang, content, is_html in source:
            if only is not None and key not in only:
                continue
            if only is None and (part_of(key) != part or taken >= limit or lang not in langs):
                continue
            if sample._norm_url(key) in urls:
                continue
            try:
                doc = document_from_string(content, key + (".html" if is_html else ".txt"))
            except Exception:  # noqa: BLE001 - an unreadable page says nothing about quotes
                continue
            if not is_html:
                doc.language = lang
            r = run_one(doc)
            if not hasattr(r, "quotes") or r.language not in langs or sample._overlaps(r.text, shingles):
                continue
            if not r.quotes and only is None:
                continue
            if only is None and skipped < skip:
                skipped += 1
                continue
            taken += 1
            yield key, r


def quote_rows(key: str, r) -> Iterator[dict]:
    names = {x.id: x.name for x in r.entities}
    for q in r.quotes:
        speaker = names.get(q.speaker, q.speaker) if q.speaker else (f"text:{q.speaker_text}" if q.speaker_text else "")
        left = max(0, q.start - 350)
        yield {"key": f"{key}#{q.start}#{q.end}", "lang": r.language, "speaker": speaker or "",
               "speaker_text": q.speaker_text, "rule": q.rule, "direct": q.direct,
               "context": (r.text[left:q.start] + "⟦" + r.text[q.start:q.end][:400] + "⟧"
                           + r.text[q.end:q.end + 200]).replace("\n", " ¶ ")}


def read_judged(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    options = shlex.split(lines[0].split(":", 1)[1]) if lines and lines[0].startswith("# options:") else []
    body = [ln for ln in lines if not ln.startswith("#")]
    return options, list(csv.DictReader(body, delimiter="\t"))


def _sheet(args: argparse.Namespace) -> None:
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for key, r in pages(set(args.langs.split(",")), args.part, args.pages, skip=args.skip):
            for row in quote_rows(key, r):
                n += 1
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{n} quotes -> {args.out}")


def _score(args: argparse.Namespace) -> None:
    options, rows = read_judged(args.judged)
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="it,fr")
    opts, _ = ap.parse_known_args(options)
    only = {r["key"].rsplit("#", 2)[0] for r in rows}
    now = {row["key"]: row for key, r in pages(set(opts.langs.split(",")), "a", 0, only) for row in quote_rows(key, r)}
    judged = {r["key"]: r for r in rows}
    kept, by_lang, removed, changed = Counter(), {}, Counter(), []
    for key, r in judged.items():
        row = now.get(key)
        if row is None:
            removed[r["verdict"] if r["span"] != "n" else "span-n"] += 1
            continue
        if row["speaker"] != r["speaker"]:
            changed.append((r, row))
            continue
        verdict = "span-n" if r["span"] == "n" else r["verdict"]
        kept[verdict] += 1
        by_lang.setdefault(r["lang"], Counter())[verdict] += 1
    new = [row for k, row in now.items() if k not in judged]

    def p(c: Counter) -> str:
        wrong = c["other"] + c["unlinked"]
        return (f"speaker precision {c['y'] / max(1, c['y'] + wrong):.3f}, accuracy "
                f"{c['y'] / max(1, c['y'] + wrong + c['none']):.3f} (y {c['y']}, none {c['none']}, other "
                f"{c['other']}, unlinked {c['unlinked']}, no speaker named {c['-']}, span wrong {c['span-n']})")

    print(f"judged as emitted: {p(Counter(r['verdict'] if r['span'] != 'n' else 'span-n' for r in rows))}")
    print(f"unchanged now:     {p(kept)}")
    for lang, c in sorted(by_lang.items()):
        print(f"  {lang}: {p(c)}")
    print(f"speaker changed: {len(changed)} (re-judge); removed: {dict(removed)}; new: {len(new)}")
    errors = Counter(r["error"] for r in rows if r["error"] and r["span"] != "n")
    print("error classes as judged:", ", ".join(f"{k} {v}" for k, v in errors.most_common()))
    if args.show:
        for r, row in changed:
            print(f"changed [{r['verdict']} {r['error']}] {r['key']} {r['speaker']!r} -> {row['speaker']!r}"
                  f" (truth {r['truth']!r})\n   {row['context'][-700:]}")
        for row in new:
            print(f"new {row['key']} {row['speaker']!r}\n   {row['context'][-700:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("out")
    s.add_argument("--part", choices=["a", "b", "c"], required=True)
    s.add_argument("--langs", default="it,fr")
    s.add_argument("--pages", type=int, default=40, help="pages with quotes per source")
    s.add_argument("--skip", type=int, default=0, help="pass over the first N pages with quotes of each source")
    c = sub.add_parser("score")
    c.add_argument("judged", type=Path)
    c.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if not sample.EVAL.exists():
        sys.exit(f"evaldata not found at {sample.EVAL} (set CRONACA_EVALDATA)")
    _sheet(args) if args.cmd == "sheet" else _score(args)


if __name__ == "__main__":
    main()
