"""Dump the quotes the pipeline finds on DICE Italian crime news from the full corpus, pages on no judged sheet.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/dicefull_quotes.py \
        OUT.jsonl --set tune|blind [--pages 20] [--skip 0] [--salt quotesit31]
    ... dicefull_quotes.py OUT.jsonl --source kind --set tune --pages 40  # free KIND Wikinews chunks
    ... dicefull_quotes.py OUT.jsonl --keys dicefull:123,dicefull:456       # exactly these pages (re-run)

``--source kind`` takes instead the 12-sentence KIND Wikinews chunks (``untuned_quotes_judged.py``) that
share no sentence with a chunk on a sheet.

Why: the manual403 DICE pages and the free KIND chunks are mostly on earlier sheets, so a fresh Italian
sample comes from the 10,372 token files of annotation_csv_all (read from the tar, never copied). Pages
whose id is on any sheet under tools/quotes/judged/, pages that overlap a gold article (as in
tools/events/untuned_sample.py) and pages without a «...» are left out; the rest are ordered by a hash
of ``salt:key`` and split by that hash into ``tune`` (read while writing rules) and ``blind`` (judged
only to measure). Each row is a quote with its speaker, rule and context (``untuned_quotes_judged.py``
layout), keyed ``dicefull:ID#start#end`` so that runs before and after a change can be compared.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import json
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


sample = _load("untuned_sample", HERE.parent / "events" / "untuned_sample.py")
judged = _load("untuned_quotes_judged", HERE / "untuned_quotes_judged.py")


def used_ids() -> set[str]:
    """DICE ids already on a sheet (dicefull:ID or dice:ID), which earlier helpers read."""
    ids: set[str] = set()
    for path in (HERE / "judged").glob("*.tsv"):
        ids.update(re.findall(r"\bdice(?:full)?:(\d+)", path.read_text(encoding="utf-8")))
    return ids


def _detok(tokens: list[str]) -> str:
    text = sample._detok(tokens)
    return re.sub(r"(\w) '(\w)", r"\1'\2", text)


def dice_full() -> Iterator[tuple[str, str]]:
    """(key, text) of every article of the full DICE token files."""
    path = sample.EVAL / "dice-it-crime-news" / "annotation_csv_all_10372.tar.gz"
    with tarfile.open(path) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".csv"):
                continue
            raw = tar.extractfile(member).read().decode("utf-8", errors="replace")  # type: ignore[union-attr]
            rows = list(csv.reader(io.StringIO(raw)))
            tokens = [r[0] for r in rows[1:] if r and r[0]]
            yield "dicefull:" + Path(member.name).stem, _detok(tokens)


def used_kind() -> set[tuple[str, int]]:
    """(file, sentence) pairs of KIND chunks already on a sheet (chunks of ``CHUNK`` sentences)."""
    used: set[tuple[str, int]] = set()
    for path in (HERE / "judged").glob("*.tsv"):
        for name, start in re.findall(r"\bkind:(WN_\w+?):(\d+)", path.read_text(encoding="utf-8")):
            used.update((name, j) for j in range(int(start), int(start) + judged.CHUNK))
    return used


def kind_free() -> Iterator[tuple[str, str]]:
    """(key, text) of the KIND Wikinews chunks on no sheet and away from gold ranges."""
    used = used_kind()
    for key, _lang, text, _html in judged._kind_pages():
        _, name, start = key.split(":")
        if any((name, j) in used for j in range(int(start), int(start) + judged.CHUNK)):
            continue
        yield key, text


def _rank(salt: str, key: str) -> bytes:
    return hashlib.sha1(f"{salt}:{key}".encode()).digest()


def pages(which: str, limit: int, skip: int, salt: str, keys: set[str] | None = None, source: str = "dice"):
    from cronaca.run.local import document_from_string, run_one
    used = used_ids()
    urls, shingles = sample._gold()
    chosen = []
    for key, text in (dice_full() if source == "dice" else kind_free()):
        if keys is not None:
            if key in keys:
                chosen.append((key, text))
            continue
        if source == "dice" and key.split(":")[1] in used or not re.search(r"[«“\"]", text) or len(text) < 600:
            continue
        h = _rank(salt, key)
        if ("tune", "blind")[h[0] % 2] != which:
            continue
        chosen.append((key, text))
    chosen.sort(key=lambda kt: _rank(salt, kt[0]))
    taken = skipped = 0
    for key, text in chosen:
        if keys is None and taken >= limit:
            break
        if sample._overlaps(text, shingles):
            continue
        doc = document_from_string(text, key + ".txt")
        doc.language = "it"
        r = run_one(doc)
        if not getattr(r, "quotes", None):
            continue
        if keys is None and skipped < skip:
            skipped += 1
            continue
        taken += 1
        yield key, r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--set", choices=["tune", "blind"], default="tune")
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--salt", default="quotesit31")
    ap.add_argument("--source", choices=["dice", "kind"], default="dice",
                    help="dice: full DICE corpus; kind: KIND Wikinews chunks on no sheet")
    ap.add_argument("--keys", default="", help="comma-separated page keys to re-run")
    args = ap.parse_args()
    keys = set(args.keys.split(",")) if args.keys else None
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for key, r in pages(args.set, args.pages, args.skip, args.salt, keys, args.source):
            for row in judged.quote_rows(key, r):
                n += 1
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{n} quotes -> {args.out}")


if __name__ == "__main__":
    main()
