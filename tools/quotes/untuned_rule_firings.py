"""Count and show where a speaker or content rule fires on text nobody tuned on.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/untuned_rule_firings.py \
        'after-role|before-relative' [--per-lang 80] [--kind-chunks 500]

Runs the pipeline on the untuned news pages of ``tools/events/untuned_sample.py`` (the first
``--per-lang`` pages of each language with 600+ characters, in a fixed order, gold pages left out)
and on Italian Wikinews chunks of KIND outside the gold ranges (``tools/quotes/untuned_kind.py``),
then prints every quote whose rule (``content|speaker:...``) matches the pattern, with its speaker
and the text around it, and a count per rule and of all quotes. A new speaker rule is checked by
judging each printed firing by eye: how often it fires, how often it is right.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import re
from pathlib import Path

from cronaca.document import Document, Source
from cronaca.pipeline import default_pipeline

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _show(doc, pattern: re.Pattern[str], count: collections.Counter) -> int:
    names = {e.id: e.name for e in doc.entities}
    for q in doc.quotes:
        if pattern.search(q.rule):
            count[q.rule.split("|speaker:")[-1]] += 1
            around = (doc.text[max(0, q.start - 200):q.start] + "⟦" + doc.text[q.start:q.end][:120] + "⟧"
                      + doc.text[q.end:q.end + 100]).replace("\n", " ")
            print(f"{doc.language} {names.get(q.speaker, q.speaker)!r} ({q.speaker_text!r}) {q.rule}\n    {around}")
    return len(doc.quotes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="regular expression searched in each quote's rule")
    ap.add_argument("--langs", default="de,en,es,fr,it")
    ap.add_argument("--per-lang", type=int, default=80)
    ap.add_argument("--kind-chunks", type=int, default=500, help="KIND chunks per file (0: none)")
    args = ap.parse_args()
    pattern = re.compile(args.pattern)
    langs = set(args.langs.split(","))
    count: collections.Counter[str] = collections.Counter()
    total, pages = 0, {lang: 0 for lang in langs}
    sample = _load("untuned_sample", HERE.parent / "events" / "untuned_sample.py")
    for _url, doc in sample.untuned_documents(langs, 300):
        if pages.get(doc.language, args.per_lang) >= args.per_lang or len(doc.text) < 600:
            continue
        pages[doc.language] += 1
        total += _show(doc, pattern, count)
        if all(n >= args.per_lang for n in pages.values()):
            break
    if args.kind_chunks and "it" in langs:
        kind = _load("untuned_kind", HERE / "untuned_kind.py")
        pipe = default_pipeline()
        for name in ("WN_test", "WN_dev"):
            sents = list(kind.sentences(kind.evaldata() / f"{name}.tsv"))
            excluded = kind.gold_ranges(name)
            i = shown = 0
            while shown < args.kind_chunks and i < len(sents):
                ids = range(i, min(i + kind.CHUNK, len(sents)))
                i += kind.CHUNK
                if any(lo <= j <= hi for j in ids for lo, hi in excluded):
                    continue
                shown += 1
                text = " ".join(kind.detokenize(sents[j]) for j in ids)
                total += _show(pipe(Document(raw=text, source=Source(), language="it")), pattern, count)
    print(f"pages {pages}, {total} quotes, firings {dict(count)}")


if __name__ == "__main__":
    main()
