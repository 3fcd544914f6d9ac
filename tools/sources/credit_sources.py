"""Agency credits on dev gold articles and untuned pages, and whether the output cites the agency.

Why: an agency's dateline ("MADRID (EFE) -"), signature ("(EFE)", "— Reuters") or credit ("Mit
Material von dpa") says the story comes from the agency; the gold set has no list of cited sources,
so this counts, per page, the places that name a KB outlet outside the sentences (removed records,
the opening of the body's first lines, the page's authors) and whether cited_sources holds that
outlet. The candidates include picture credits ("Foto: dpa"), which must NOT be cited: judge the
printed rows by eye (`--rows`).

    PYTHONPATH=src python tools/sources/credit_sources.py [--dev] [--untuned] [--langs de,en,es,fr,it] [--rows]

Dev only (`split` dev); held-out articles are never read. Untuned pages: tools/events/untuned_sample.py.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

from cronaca.document import Document, Source
from cronaca.extract.credits import agencies
from cronaca.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[2]
SAMPLER = ROOT / "tools" / "events" / "untuned_sample.py"
_OPENING = re.compile(r"[^\n]{0,60}\([^()\n]{2,40}\)")


def _dev_docs(langs: set[str]):
    pipeline = default_pipeline()
    for path in sorted((ROOT / "tests" / "gold" / "articles").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        if row.get("split") != "dev" or row.get("language") not in langs:
            continue  # held-out is never read past its split field
        doc = Document(raw=row["text"], source=Source(published=row.get("published"), format="text"),
                       language=row["language"], record=path.stem)
        yield path.stem, pipeline(doc)


def _untuned_docs(langs: set[str]):
    spec = importlib.util.spec_from_file_location("untuned_sample", SAMPLER)
    sampler = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sampler)
    # every source of the sampler that carries whole pages (credits and datelines survive there)
    yield from sampler.untuned_documents(langs, 0, trafilatura_langs=langs, aeb=True)


def candidates(doc: Document) -> list[tuple[str, str, set[str]]]:
    """(where, text, outlet ids) of every place outside the sentences that names a KB outlet."""
    lang = doc.language or ""
    out = []
    for r in doc.integrity.removed:
        ids = {i for _, _, i in agencies(r.text, lang)}
        if ids:
            out.append((f"removed:{r.kind}", r.text, ids))
    for line in doc.text.split("\n")[:3]:
        m = _OPENING.match(line)
        if m:
            ids = {i for _, _, i in agencies(m.group(), lang)}
            if ids:
                out.append(("opening", m.group(), ids))
    for a in doc.source.authors:
        ids = {i for _, _, i in agencies(a, lang)}
        if ids:
            out.append(("author", a, ids))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--untuned", action="store_true")
    ap.add_argument("--langs", default="de,en,es,fr,it")
    ap.add_argument("--rows", action="store_true", help="print every candidate for judging")
    args = ap.parse_args()
    langs = set(args.langs.split(","))
    for name, docs in (("dev", _dev_docs(langs) if args.dev else ()),
                       ("untuned", _untuned_docs(langs) if args.untuned else ())):
        pages = with_candidate = cited = cited_before = 0
        rules: Counter[str] = Counter()
        for page, doc in docs:
            pages += 1
            found = candidates(doc)
            record = doc.to_dict()
            sources = {c["entity"] for c in record["cited_sources"]}
            # what the sentences cite (all the output cited before credits were read)
            in_text = {c["entity"] for c in record["cited_sources"] if c["rule"].startswith("source:entity")}
            rules.update(c["rule"].split(":")[1] for c in record["cited_sources"])
            if found:
                with_candidate += 1
                hit = any(ids & sources for _, _, ids in found)
                cited += hit
                cited_before += any(ids & in_text for _, _, ids in found)
            for where, text, ids in found:
                if args.rows:
                    print(f"{name}\t{doc.language}\t{page}\t{where}\t{'TEXT' if ids & in_text else 'CREDIT' if ids & sources else '-'}\t{text[:100]!r}")
        print(f"# {name}: {pages} pages, {with_candidate} name an outlet outside the sentences, "
              f"{cited} of them cite it ({cited_before} from the sentences alone); cited_sources by rule: {dict(rules)}")


if __name__ == "__main__":
    main()
