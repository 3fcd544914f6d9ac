"""Read the hand-written probe files under ``tools/quotes/probes/``.

Both probe tools (``construction_probe.py`` for finding quotes, ``speaker_probe.py`` for whose
they are) share one file layout, ``class<TAB>expected<TAB>text`` with ``#`` comments and ``\\n``
for a paragraph break; only the meaning of ``expected`` differs, so each tool parses that column.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def probe_rows(path: Path) -> Iterator[tuple[str, str, str]]:
    """Yield (class, expected column, text) for every probe row, paragraph breaks restored."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, expected, text = line.split("\t", 2)
        yield cls, expected, text.replace("\\n", "\n")
