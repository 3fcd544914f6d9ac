#!/usr/bin/env python3
"""Same-process A/B of read_html: an older read/html.py against this checkout's, page by page.

    git -C /work/main worktree add /tmp/old <rev>
    python bench/read_html_ab.py /tmp/old [PASSES]

On a shared machine, runs minutes apart swing by 30%; here the two readers alternate on every
page of bench/run.py's HTML corpus (order flipped each page), so both see the same load. The old
html.py is loaded from the other checkout; what it imports (document, text decoding) comes from
this one, so it fits changes confined to the HTML reader. Prints CPU ms/page for each and how
many pages gave the same document fields.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from run import html_corpus, evaldata_dir  # noqa: E402 - also puts this checkout's src first

from cronaca.read import ReadError  # noqa: E402
from cronaca.read import html as new  # noqa: E402


def timed(read, page: bytes) -> tuple[float, object]:
    start = time.process_time()
    try:
        doc = read(page, "bench")
        out: object = (doc.raw, doc.title, doc.source.published, doc.source.outlet, doc.source.authors,
                       doc.removed_meta, [(r.kind, r.text) for r in doc.integrity.removed])
    except ReadError as error:
        out = str(error)
    return time.process_time() - start, out


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    spec = importlib.util.spec_from_file_location("old_html", Path(sys.argv[1]) / "src/cronaca/read/html.py")
    old = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(old)  # type: ignore[union-attr]
    passes = int(sys.argv[2]) if len(sys.argv) == 3 else 2
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = html_corpus(evaldata_dir())
    for page in pages[:5]:  # lazy loads (date parsers, lexicons) before timing
        timed(old.read_html, page)
        timed(new.read_html, page)
    cpu = {"old": 0.0, "new": 0.0}
    same = count = 0
    for run in range(passes):
        for i, page in enumerate(pages):
            readers = [("old", old.read_html), ("new", new.read_html)]
            outs = {}
            for name, read in readers if (i + run) % 2 else reversed(readers):
                seconds, outs[name] = timed(read, page)
                cpu[name] += seconds
            same += outs["old"] == outs["new"]
            count += 1
    print(json.dumps({"pages": count, "same_output": same, "old_ms": round(cpu["old"] * 1000 / count, 2),
                      "new_ms": round(cpu["new"] * 1000 / count, 2), "new/old": round(cpu["new"] / cpu["old"], 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
