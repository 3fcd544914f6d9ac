"""Run the whole pipeline over news text nobody tuned on and dump every event for judging by eye.

    PYTHONPATH=src python tools/events/untuned_sample.py OUT.jsonl [--langs de,es,fr,it] [--dice 80] [--voa]
        [--kind 60] [--hipe 40] [--trafilatura-de] [--polnear dev,test]

Sources (read from ../shared/evaldata or $CRONACA_EVALDATA, never copied): fundus expected bodies
(de, es, fr, it), trafilatura-eval HTML pages (es, fr, it) and DICE Italian crime news (token files,
detokenised); with `--kind N` N pseudo-articles of 10 consecutive sentences of KIND's Italian Wikinews
test set (news, no document boundaries), with `--hipe N` N French historical newspaper articles (HIPE 2020 and
Le Temps test sets, OCR text rebuilt from tokens), with `--trafilatura-de` the German trafilatura pages too. Every page the gold set uses is left out twice over: by URL (the gold articles'
`source`) and by text (any 80-character stretch of the processed text found in a gold article's text),
because a gold page once slipped past the URL filter. The gold texts are only matched, never shown.
Each output row carries a key (page, trigger offset, type) so that verdicts given to one run's events
(a JSON object key -> true/false, kept outside the repository) carry over to the next run's rows.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from cronaca.document import Document
from cronaca.run.local import document_from_string, run_one

ROOT = Path(__file__).resolve().parents[2]
EVAL = Path(os.environ.get("CRONACA_EVALDATA", ROOT.parent / "shared" / "evaldata"))
GOLD = ROOT / "tests" / "gold" / "articles"
SHINGLE = 80


def _norm_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).split("?")[0].rstrip("/")


def _gold() -> tuple[set[str], set[str]]:
    urls, shingles = set(), set()
    for path in GOLD.glob("*.json"):
        art = json.loads(path.read_text())
        if art.get("source"):
            urls.add(_norm_url(str(art["source"])))
        text = " ".join(art["text"].split())
        shingles.update(text[i:i + SHINGLE] for i in range(0, max(1, len(text) - SHINGLE), 20))
    return urls, shingles


def _overlaps(text: str, shingles: set[str]) -> bool:
    flat = " ".join(text.split())
    return any(flat[i:i + SHINGLE] in shingles for i in range(0, max(1, len(flat) - SHINGLE)))


def _fundus(langs: set[str]):
    for line in open(EVAL / "fundus" / "manifest.jsonl"):
        m = json.loads(line)
        if m.get("lang") not in langs:
            continue
        d = json.load(open(EVAL / "fundus" / m["expected"]))
        v = d[m["parser_version"]] if m["parser_version"] in d else d[list(d)[0]]
        body = v.get("body") or {}
        paras = list(body.get("summary") or [])
        for sec in body.get("sections") or []:
            paras += sec.get("paragraphs") or []
        text = ((v.get("title") or "") + "\n\n" + "\n\n".join(paras)).strip()
        yield m["url"], m["lang"], text, False


def _trafilatura(langs: set[str]):
    for line in open(EVAL / "trafilatura-eval" / "manifest.jsonl"):
        m = json.loads(line)
        if m.get("lang_guess") not in langs:
            continue
        html = gzip.open(EVAL / "trafilatura-eval" / m["html"]).read().decode("utf-8", "replace")
        yield m["url"], m["lang_guess"], html, True


def _voa(langs: set[str]):
    """VOA benchmark stories (English, ../shared/resources/voa or $CRONACA_VOA): title and body."""
    path = Path(os.environ.get("CRONACA_VOA", EVAL.parent / "resources" / "voa")) / "voa_stories.jsonl"
    if "en" not in langs or not path.exists():
        return
    for line in open(path):
        r = json.loads(line)
        yield r["url"], "en", (r.get("title") or "") + "\n\n" + r["text"], False


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?)»”])", r"\1", s)
    s = re.sub(r"([(«“]) ", r"\1", s)
    return re.sub(r"' ", "'", s)


def _dice(n: int):
    for k, line in enumerate(open(EVAL / "dice-it-crime-news" / "manual403_tokens.jsonl")):
        if k >= n:
            break
        r = json.loads(line)
        yield f"dice:{r['id']}", "it", _detok(r["tokens"]), False


def _kind(n: int, per_doc: int = 10, split: str = "test"):
    """KIND Wikinews (Italian news) sentences, ``per_doc`` consecutive ones joined as one article."""
    sents, tokens = [], []
    for line in open(EVAL / "kind-it-ner" / f"WN_{split}.tsv", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if tokens:
                sents.append(_detok(tokens))
            tokens = []
            continue
        tokens.append(line.split("\t")[0])
    for k in range(min(n, len(sents) // per_doc)):
        yield f"kind:WN_{split}:{k}", "it", " ".join(sents[k * per_doc:(k + 1) * per_doc]), False


def _hipe(n: int):
    """French historical newspaper articles (HIPE 2020, Le Temps), text rebuilt from the MISC column."""
    base = EVAL / "hipe2020-histnews-ner" / "data" / "v2.1"
    count = 0
    for path in (base / "hipe2020" / "fr" / "HIPE-2022-v2.1-hipe2020-test-fr.tsv",
                 base / "letemps" / "fr" / "HIPE-2022-v2.1-letemps-test-fr.tsv"):
        doc_id, parts = None, []
        for line in [*open(path, encoding="utf-8"), "# hipe2022:document_id = END\n"]:
            if line.startswith("# hipe2022:document_id"):
                if doc_id and parts and count < n:
                    count += 1
                    yield f"hipe:{doc_id}", "fr", "".join(parts).strip(), False
                doc_id, parts = line.split("=", 1)[1].strip(), []
                continue
            if line.startswith("#") or line.startswith("TOKEN\t") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            misc = cols[-1]
            sep = "" if "NoSpaceAfter" in misc else ("\n" if "EndOfLine" in misc and "EndOfSentence" in misc else " ")
            parts.append(cols[0] + sep)


def _aeb():
    """scrapinghub article-extraction benchmark bodies (mostly English news and blogs; the language is detected)."""
    path = EVAL / "scrapinghub-aeb" / "ground-truth.json"
    for key, row in sorted(json.load(open(path)).items()):
        yield f"aeb:{key[:16]}", "", row["articleBody"], False


def _polnear(split: str):
    """PolNeAR (2016 US election news, English; no license stated, measure-only): the ``split`` (dev, test) texts."""
    for path in sorted((EVAL / "polnear-en-attribution" / "data" / split / "text").glob("*.txt")):
        yield f"polnear:{split}:{path.stem}", "en", path.read_text(encoding="utf-8"), False


def _hipe_de(n: int):
    """German historical newspaper articles (HIPE 2020 test), text rebuilt from the MISC column."""
    path = EVAL / "hipe2020-histnews-ner" / "data" / "v2.1" / "hipe2020" / "de" / "HIPE-2022-v2.1-hipe2020-test-de.tsv"
    doc_id, parts, count = None, [], 0
    for line in [*open(path, encoding="utf-8"), "# hipe2022:document_id = END\n"]:
        if line.startswith("# hipe2022:document_id"):
            if doc_id and parts and count < n:
                count += 1
                yield f"hipe-de:{doc_id}", "de", "".join(parts).strip(), False
            doc_id, parts = line.split("=", 1)[1].strip(), []
            continue
        if line.startswith("#") or line.startswith("TOKEN\t") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        sep = "" if "NoSpaceAfter" in cols[-1] else ("\n" if "EndOfLine" in cols[-1] and "EndOfSentence" in cols[-1] else " ")
        parts.append(cols[0] + sep)


def untuned_documents(langs: set[str], dice: int = 80, skipped: list[int] | None = None,
                      trafilatura_langs: set[str] | None = None,
                      voa: bool = False, kind: int = 0, hipe: int = 0,
                      only: set[str] | None = None, aeb: bool = False, hipe_de: int = 0,
                      kind_dev: int = 0, polnear: str = "") -> Iterator[tuple[str, Document]]:
    """(url, processed document) of every page the gold set does not use, in a fixed order: fundus
    bodies, trafilatura-eval pages (of ``trafilatura_langs``, default: all but German, which fundus
    covers), then ``dice`` DICE articles when Italian is asked for, then (``voa``) the VOA stories when
    English is; ``only``: just these pages (re-scoring a judged sample). A gold page is left out by URL and
    by text (counted in ``skipped[0]``); an unreadable page is passed over."""
    urls, shingles = _gold()
    sources = [*_fundus(langs), *_trafilatura(langs - {"de"} if trafilatura_langs is None else trafilatura_langs)]
    if "it" in langs:
        sources += list(_dice(dice))
    if voa:
        sources += list(_voa(langs))
    if kind and "it" in langs:
        sources += list(_kind(kind))
    if hipe and "fr" in langs:
        sources += list(_hipe(hipe))
    if aeb:
        sources += list(_aeb())
    if hipe_de and "de" in langs:
        sources += list(_hipe_de(hipe_de))
    if kind_dev and "it" in langs:
        sources += list(_kind(kind_dev, split="dev"))
    for split in filter(None, polnear.split(",")):
        if "en" in langs:
            sources += list(_polnear(split))
    for url, lang, content, is_html in sources:
        if only is not None and url not in only:
            continue
        if _norm_url(url) in urls:
            if skipped is not None:
                skipped[0] += 1
            continue
        try:
            doc = document_from_string(content, url + (".html" if is_html else ".txt"))
        except Exception:  # noqa: BLE001 - an unreadable page says nothing about the rules
            continue
        if not is_html and lang:
            doc.language = lang
        r = run_one(doc)
        if not hasattr(r, "events") or r.language not in langs:
            continue
        if _overlaps(r.text, shingles):
            if skipped is not None:
                skipped[0] += 1
            continue
        yield url, r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--langs", default="de,es,fr,it")
    ap.add_argument("--dice", type=int, default=80)
    ap.add_argument("--voa", action="store_true", help="add the VOA benchmark stories (English)")
    ap.add_argument("--kind", type=int, default=0, help="N pseudo-articles of KIND Italian Wikinews")
    ap.add_argument("--hipe", type=int, default=0, help="N French historical newspaper articles (HIPE)")
    ap.add_argument("--trafilatura-de", action="store_true", help="the German trafilatura pages too")
    ap.add_argument("--aeb", action="store_true", help="the scrapinghub article-extraction benchmark bodies")
    ap.add_argument("--hipe-de", type=int, default=0, help="N German historical newspaper articles (HIPE)")
    ap.add_argument("--kind-dev", type=int, default=0, help="N pseudo-articles of KIND Italian Wikinews dev")
    ap.add_argument("--polnear", default="", help="PolNeAR splits (dev, test, or dev,test): English election news")
    args = ap.parse_args()
    if not EVAL.exists():
        raise SystemExit(f"evaldata not found at {EVAL} (set CRONACA_EVALDATA)")
    langs = set(args.langs.split(","))
    rows, pages, skipped = [], 0, [0]
    for url, r in untuned_documents(
            langs, args.dice, skipped, voa=args.voa, kind=args.kind, hipe=args.hipe,
            trafilatura_langs=langs if args.trafilatura_de else None, aeb=args.aeb, hipe_de=args.hipe_de,
            kind_dev=args.kind_dev, polnear=args.polnear):
        pages += 1
        names = {x.id: x.name for x in r.entities}
        for e in r.events:
            rows.append({"key": f"{url}#{e.trigger.start}#{e.type}", "url": url, "lang": r.language,
                         "type": e.type, "status": e.status, "src": [names.get(s, s) for s in e.source],
                         "tgt": [names.get(s, s) for s in e.target], "ids": [*e.source, *e.target],
                         "trig": e.trigger.text,
                         "rule": e.rule, "conf": e.confidence,
                         "sent": r.text[e.sentence.start:e.sentence.end][:400]})
    with open(args.out, "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{pages} pages, {skipped[0]} gold pages left out, {len(rows)} events")


if __name__ == "__main__":
    main()
