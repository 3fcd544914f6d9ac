"""Ingest: read, process and store in batches; one bad record never costs the others."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from cronaca.document import Document
from cronaca.read import Reject
from cronaca.read.paths import read_paths
from cronaca.run.local import run
from cronaca.store.database import Store


@dataclass
class Summary:
    db: str
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    reasons: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"{self.db}: read {self.read}, stored {self.stored}, "
                 f"duplicates skipped {self.duplicates}, failed {self.failed}"]
        lines += [f"  failed: {r}" for r in self.reasons[:20]]
        if len(self.reasons) > 20:
            lines.append(f"  ... and {len(self.reasons) - 20} more (see the failures table)")
        return "\n".join(lines)


def ingest(paths: Iterable[str], db: str, published: str | None = None, language: str | None = None,
           batch_size: int = 100, jobs: int = 1, progress: bool = False,
           on_reject: Callable[[Reject], None] | None = None) -> Summary:
    items = run(read_paths(paths, published, language), jobs=jobs)
    return ingest_items(items, db, batch_size, progress, on_reject)


def ingest_items(items: Iterator[Document | Reject], db: str, batch_size: int = 100,
                 progress: bool = False, on_reject: Callable[[Reject], None] | None = None) -> Summary:
    """Store processed articles in batches; rejects are counted, reported and kept in `failures`."""
    summary = Summary(db)
    with Store(db) as store, _progress(progress) as advance:
        while batch := list(islice(items, batch_size)):
            docs: list[Document] = []
            for item in batch:
                summary.read += 1
                if isinstance(item, Reject):
                    summary.failed += 1
                    summary.reasons.append(str(item))
                    store.record_failure(item.record, item.reason)
                    if on_reject:
                        on_reject(item)
                else:
                    docs.append(item)
            result = store.write_batch(docs)
            summary.stored += result.stored
            summary.duplicates += result.duplicates
            advance(len(batch))
    return summary


class _progress:
    """A rich progress bar on a terminal, nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar = None

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

        self._bar = Progress(SpinnerColumn(), "ingesting", MofNCompleteColumn(), TimeElapsedColumn(),
                             transient=True)
        self._bar.start()
        task = self._bar.add_task("ingest", total=None)
        return lambda n: self._bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
