"""List the spinner's changes on CLEAN text outside the spinner evaluation's test split.

Every substitution on clean prose is a false repair; suspects (text unchanged) are listed too.

    PYTHONPATH=src python tools/spinner/clean_false_repairs.py fr [--show] [--dice N]
    PYTHONPATH=src python tools/spinner/clean_false_repairs.py it --dice 1500 [--show]

Sources (read from evaldata, never copied): French: every trafilatura-eval page (any language
guess) and fundus page that lingua reads as French and that is not in the spinner evaluation's
test split, the French gold articles of the dev split, and HIPE 2020 French (historical OCR,
counted apart: its test file may only be reported, never studied). Italian: DICE tokenised
articles (not the 30 adjudicated ones the evaluation spins) and KIND WN_dev pieces of the
evaluation's dev split.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

from cronaca.clean import spinner
from cronaca.evaluate.spinner import _detokenize, _kind_pieces, evaldata_root, split_of

REPO = Path(__file__).resolve().parents[2]


def _trafilatura_any(root: Path, lang: str) -> Iterator[tuple[str, str]]:
    import trafilatura

    from cronaca.language.identify import identify
    for line in (root / "trafilatura-eval" / "manifest.jsonl").open(encoding="utf-8"):
        entry = json.loads(line)
        if entry.get("lang_guess") not in (lang, "unk"):
            continue
        html = gzip.decompress((root / "trafilatura-eval" / entry["html"]).read_bytes())
        text = trafilatura.extract(html.decode("utf-8", "replace")) or ""
        text_id = f"trafilatura/{entry['html']}"
        if text and identify(text)[0] == lang and split_of(text_id) != "test":
            yield text_id, text


def _fundus_any(root: Path, lang: str) -> Iterator[tuple[str, str]]:
    for line in (root / "fundus" / "manifest.jsonl").open(encoding="utf-8"):
        entry = json.loads(line)
        if entry.get("lang") != lang:
            continue
        text_id = f"fundus/{entry['publisher']}"
        if split_of(text_id) == "test":
            continue
        expected = json.loads((root / "fundus" / entry["expected"]).read_text(encoding="utf-8"))
        for version in expected.values():
            body = version.get("body") or {}
            paragraphs = [p for s in body.get("sections", []) for p in s.get("paragraphs", [])]
            if paragraphs:
                yield text_id, "\n".join(paragraphs)


def _gold(lang: str) -> Iterator[tuple[str, str]]:
    for path in sorted((REPO / "tests" / "gold" / "articles").glob(f"{lang}-*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("split") == "dev":
            yield f"gold/{record['id']}", record["text"]


def _hipe(root: Path, lang: str) -> Iterator[tuple[str, str]]:
    """HIPE documents (token per line; document boundaries in comment lines)."""
    for path in sorted((root / "hipe2020-histnews-ner" / "data").rglob(f"*-{lang}.tsv")):
        tokens: list[str] = []
        doc = ""
        for line in path.open(encoding="utf-8"):
            if line.startswith("# hipe2022:document_id") or line.startswith("# document_id"):
                if tokens:
                    yield f"hipe/{doc}", _detokenize(tokens)
                tokens, doc = [], line.split("=", 1)[-1].strip()
            elif line.strip() and not line.startswith("#") and not line.startswith("TOKEN"):
                tokens.append(line.split("\t")[0])
        if tokens:
            yield f"hipe/{doc}", _detokenize(tokens)


def _dice(root: Path, limit: int) -> Iterator[tuple[str, str]]:
    gold = root / "dice-it-crime-news" / "IAA_round2" / "gold_standard.jsonl"
    spun = {str(json.loads(line)["id"]) for line in gold.open(encoding="utf-8")}
    archive = tarfile.open(root / "dice-it-crime-news" / "annotation_csv_all_10372.tar.gz")
    count = 0
    for member in archive:
        name = Path(member.name).stem
        if not member.isfile() or name in spun:
            continue
        reader = csv.reader(io.TextIOWrapper(archive.extractfile(member), encoding="utf-8"))
        next(reader, None)
        tokens = [row[0] for row in reader if row]
        if tokens:
            yield f"dice/{name}", _detokenize(tokens)
            count += 1
            if count >= limit:
                return


#: Corpora of one language only (a property of the data set, not of the language): its language.
SINGLE_LANGUAGE_CORPORA = {"dice": "it", "kind-dev": "it"}


def sources(lang: str, root: Path, dice: int) -> dict[str, list[tuple[str, str]]]:
    """Clean text of the language outside the spun corpus's test split: web pages identified as the
    language, the gold dev articles, HIPE's OCR pages (reported apart) and the one-language corpora."""
    found = {"web": list(_trafilatura_any(root, lang)) + list(_fundus_any(root, lang)),
             "gold-dev": list(_gold(lang)), "hipe-ocr(report only)": list(_hipe(root, lang))}
    if SINGLE_LANGUAGE_CORPORA["dice"] == lang:
        found["dice"] = list(_dice(root, dice))
    if SINGLE_LANGUAGE_CORPORA["kind-dev"] == lang:
        found["kind-dev"] = [p for p in _kind_pieces(root / "kind-it-ner" / "WN_dev.tsv") if split_of(p[0]) == "dev"]
    return {name: texts for name, texts in found.items() if texts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lang")
    parser.add_argument("--dice", type=int, default=1500, help="DICE articles (it)")
    parser.add_argument("--show", action="store_true", help="print each change in context")
    args = parser.parse_args(argv)
    root = evaldata_root(None)
    if root is None:
        print("evaldata not found", file=sys.stderr)
        return 2
    for name, texts in sources(args.lang, root, args.dice).items():
        words = repairs = suspects = 0
        for text_id, text in texts:
            words += len(text.split())
            for e in spinner.propose(text, args.lang):
                repairs += e.kind == "substitution"
                suspects += e.kind != "substitution"
                if args.show and (e.kind == "substitution" or "hipe" not in name):
                    context = text[max(0, e.start - 50):e.end + 50].replace("\n", " ")
                    print(f"  {name} {text_id} {e.kind[:5]} {text[e.start:e.end]!r} -> "
                          f"{e.replacement!r} [{e.rule} {e.confidence}] …{context}…")
        print(f"{args.lang} {name}: texts {len(texts)} words {words} repairs {repairs} "
              f"({1e4 * repairs / max(1, words):.2f}/10k) suspects {suspects} "
              f"({1e4 * suspects / max(1, words):.2f}/10k)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
