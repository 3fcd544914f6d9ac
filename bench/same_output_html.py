#!/usr/bin/env python3
"""Guard for HTML-reader speed work: the reader's and the pipeline's JSON output on ~200 pages.

    python bench/same_output_html.py dump  FILE [--read-only]   # record this checkout's outputs
    python bench/same_output_html.py check FILE [--read-only]   # compare with a recorded FILE

A speed change to read/html.py must not change what cronaca emits. The pages (read from
evaldata, never copied): every third fundus page, the first trafilatura-eval pages and the first
scrapinghub pages, half of them with their URL (trafilatura uses it for the site name), so many
sites, languages and encodings are covered. Each record holds the document as read_html returns
it and, unless --read-only, the full pipeline output. `check` names every page whose record
differs and the first differing path (bench/same_output.py's comparison).
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

FUNDUS_EVERY = 3
TRAFILATURA_COUNT = 80
SCRAPINGHUB_COUNT = 45


def pages() -> list[tuple[str, bytes, str | None]]:
    """(name, html bytes, url or None)."""
    from cronaca.evaluate.runner import find_evaldata

    evaldata = find_evaldata()[0]
    if evaldata is None:
        raise SystemExit("evaldata not found (set CRONACA_EVALDATA)")
    items: list[tuple[str, bytes, str | None]] = []
    rows = [json.loads(line) for line in (evaldata / "fundus" / "manifest.jsonl").read_text("utf-8").splitlines()]
    for i, row in enumerate(rows[::FUNDUS_EVERY]):
        data = gzip.decompress((evaldata / "fundus" / row["html"]).read_bytes())
        items.append((f"fundus/{row['html']}", data, row.get("url") if i % 2 else None))
    rows = [json.loads(line) for line in
            (evaldata / "trafilatura-eval" / "manifest.jsonl").read_text("utf-8").splitlines()]
    for i, row in enumerate(rows[:TRAFILATURA_COUNT]):
        data = gzip.decompress((evaldata / "trafilatura-eval" / row["html"]).read_bytes())
        items.append((f"trafilatura/{row['html']}", data, row.get("url") if i % 2 else None))
    for path in sorted((evaldata / "scrapinghub-aeb" / "html").glob("*.html.gz"))[:SCRAPINGHUB_COUNT]:
        items.append((f"scrapinghub/{path.name}", gzip.decompress(path.read_bytes()), None))
    return items


def outputs(read_only: bool) -> dict[str, object]:
    import logging

    from cronaca.pipeline import default_pipeline
    from cronaca.read import ReadError
    from cronaca.read.html import read_html

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pipeline = None if read_only else default_pipeline()
    result: dict[str, object] = {}
    for name, data, url in pages():
        try:
            doc = read_html(data, name, uri=url)
        except ReadError as error:
            result[name] = {"error": f"ReadError: {error}"}
            continue
        # a copy now: the pipeline's stages add to the document's metadata afterwards
        record: dict[str, object] = {"read": json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))}
        if pipeline is not None:
            try:
                record["pipeline"] = pipeline(doc).to_dict()
            except Exception as error:  # noqa: BLE001 - a failure is an output too
                record["pipeline"] = {"error": f"{type(error).__name__}: {error}"}
        result[name] = record
    return result


def main() -> int:
    from same_output import report_differences

    args = [a for a in sys.argv[1:] if a != "--read-only"]
    if len(args) != 2 or args[0] not in ("dump", "check"):
        print(__doc__)
        return 2
    mode, file = args[0], Path(args[1])
    now = json.loads(json.dumps(outputs("--read-only" in sys.argv), ensure_ascii=False))
    if mode == "dump":
        file.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(now)} pages recorded in {file}")
        return 0
    before = json.loads(file.read_text(encoding="utf-8"))
    if "--read-only" in sys.argv:  # a full recording checked against the reader alone
        before = {name: {k: v for k, v in record.items() if k != "pipeline"} for name, record in before.items()}
    return report_differences(before, now, "pages")


if __name__ == "__main__":
    sys.exit(main())
