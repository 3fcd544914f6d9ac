"""Every boilerplate removal over public pages the gold set does not use, for judging by eye.

    PYTHONPATH=src python tools/boilerplate/untuned_removals.py OUT.jsonl [--cache FILE]
        [--langs de,en,es,fr,it] [--diff BEFORE.jsonl] [--bodies]

Why: a new cue row or rule must be checked for precision on text nobody tuned it on. Pages: the
lenient extractions of fundus / scrapinghub-aeb / trafilatura-eval pages that
evaluate/boilerplate_lines.py scores (``--cache`` is that module's JSON cache; evaldata from
../shared/evaldata or $CRONACA_EVALDATA, never copied). Gold pages are left out by URL and by text
(any 80-character stretch found in a gold article's text); gold texts are only matched, never shown.
Each row: page, split (dev/test of the line evaluation), rule, removed text. ``--diff`` prints the
removals that are new against an earlier dump (the ones a change adds), grouped by rule.
``--bodies`` (clean-body mode) runs the pass on the pages' known article bodies instead (fundus and
scrapinghub-aeb: what the publisher printed, nothing else), so that nearly every removal listed is
an error: a new rule must add none there (the few true ones are the publishers' own signatures or
credits kept inside the expected body).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from cronaca.clean import boilerplate
from cronaca.evaluate.boilerplate_lines import page_texts, split_of
from cronaca.evaluate.runner import find_evaldata

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "articles"
SHINGLE = 80
STEP = 40


def _norm_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).split("?")[0].rstrip("/")


def gold_filter() -> tuple[set[str], str]:
    """Normalised gold URLs and all gold texts flattened into one string (for stretch lookups)."""
    urls: set[str] = set()
    texts: list[str] = []
    for path in GOLD.glob("*.json"):
        art = json.loads(path.read_text(encoding="utf-8"))
        source = art.get("source")
        url = source.get("url") if isinstance(source, dict) else source
        if url:
            urls.add(_norm_url(str(url)))
        texts.append(" ".join(art["text"].split()))
    return urls, "\n".join(texts)


def in_gold(url: str | None, text: str, urls: set[str], gold_text: str) -> bool:
    if url and _norm_url(url) in urls:
        return True
    flat = " ".join(text.split())
    return any(flat[i:i + SHINGLE] in gold_text for i in range(0, max(1, len(flat) - SHINGLE), STEP))


def dump(out: Path, cache: Path | None, langs: set[str], bodies: bool = False) -> int:
    root, tried = find_evaldata()
    if root is None:
        raise SystemExit(f"evaldata not found (tried {', '.join(map(str, tried))})")
    urls, gold_text = gold_filter()
    rows = 0
    with out.open("w", encoding="utf-8") as sink:
        for page, text in page_texts(root, None, cache):
            if bodies:  # the clean body replaces the lenient extraction (snippet pages have none)
                text = page.body or ""
            if page.language not in langs or not text or in_gold(page.url, text, urls, gold_text):
                continue
            for edit in boilerplate.propose(text, page.language):
                if edit.kind != "removed":
                    continue
                sink.write(json.dumps({"page": f"{page.dataset}/{page.key}", "lang": page.language,
                                       "split": split_of(page), "rule": edit.rule,
                                       "text": text[edit.start:edit.end].strip()},
                                      ensure_ascii=False) + "\n")
                rows += 1
    return rows


def diff(before: Path, after: Path) -> None:
    def load(path: Path) -> set[tuple[str, str, str, str, str]]:
        return {(r["page"], r["lang"], r["split"], r["rule"], r["text"])
                for r in map(json.loads, path.open(encoding="utf-8"))}
    old, new = load(before), load(after)
    old_texts = {(p, t) for p, _, _, _, t in old}
    by_rule: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for page, lang, split, rule, text in sorted(new - old):
        if (page, text) not in old_texts:  # the same text under another rule is no new removal
            by_rule[rule].append((lang, split, page, text))
    gone = {(p, t) for p, _, _, _, t in old} - {(p, t) for p, _, _, _, t in new}
    print(f"new removals: {sum(map(len, by_rule.values()))}, removals no longer made: {len(gone)}")
    for rule, items in sorted(by_rule.items()):
        print(f"## {rule} ({len(items)})")
        for lang, split, page, text in items:
            print(f"  {lang} {split:<4} {page[-45:]:<45} {text[:160]!r}")
    for page, text in sorted(gone):
        print(f"  no longer: {page[-45:]:<45} {text[:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--langs", default="de,en,es,fr,it")
    parser.add_argument("--diff", type=Path, help="an earlier dump: print what is new")
    parser.add_argument("--bodies", action="store_true",
                        help="clean-body mode: run on the known article bodies (every removal is suspect)")
    args = parser.parse_args()
    rows = dump(args.out, args.cache, set(args.langs.split(",")), args.bodies)
    print(f"{rows} removals -> {args.out}")
    if args.diff:
        diff(args.diff, args.out)


if __name__ == "__main__":
    main()
