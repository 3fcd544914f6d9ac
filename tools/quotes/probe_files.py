"""Read the hand-written probe files under ``tools/quotes/probes/``.

Both probe tools (``construction_probe.py`` for finding quotes, ``speaker_probe.py`` for whose
they are) share one file layout, ``class<TAB>expected<TAB>text`` with ``#`` comments and ``\\n``
for a paragraph break; only the meaning of ``expected`` differs, so each tool parses that column.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from cronaca.pipeline import Pipeline, build


def probe_rows(path: Path) -> Iterator[tuple[str, str, str]]:
    """Yield (class, expected column, text) for every probe row, paragraph breaks restored."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, expected, text = line.split("\t", 2)
        yield cls, expected, text.replace("\\n", "\n")


def probe_arguments(doc: str) -> argparse.Namespace:
    """The command line both tools take: a probe file, an optional class, and -v for every row."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("probes", type=Path)
    ap.add_argument("--class", dest="cls", default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every row, not only errors")
    return ap.parse_args()


def quote_pipeline() -> Pipeline:
    """The stages a quote and its speaker depend on, and no later ones."""
    return build(("language", "clean", "segment", "link", "sources", "quotes"))
