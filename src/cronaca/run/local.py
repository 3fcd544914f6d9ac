"""The local executor: the pipeline over a stream of documents, in this process or a pool."""
from __future__ import annotations

import multiprocessing as mp
import traceback
from collections.abc import Iterable, Iterator

from cronaca.document import Document
from cronaca.pipeline import Pipeline, default_pipeline
from cronaca.read import ReadError, Reject
from cronaca.read.html import read_html
from cronaca.read.text import read_text


def document_from_string(content: str, record: str, url: str | None = None) -> Document:
    head = content[:1024].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in content[:4096].lower():
        return read_html(content, record, uri=url)
    return read_text(content, record, uri=url)


def run_one(doc: Document, pipeline: Pipeline | None = None) -> Document | Reject:
    """One document through the pipeline; a failure becomes a Reject, never a crash of the batch."""
    try:
        return (pipeline or default_pipeline())(doc)
    except ReadError as exc:
        return Reject(doc.record, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Reject(doc.record, f"internal error: {type(exc).__name__}: {exc} "
                                  f"(at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})")


def _worker(doc: Document) -> Document | Reject:
    return run_one(doc)


def run(items: Iterable[Document | Reject], jobs: int = 1) -> Iterator[Document | Reject]:
    """Process documents in input order; rejects from reading pass straight through."""
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Reject) else run_one(item)
        return
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_passthrough, items, chunksize=8)


def _passthrough(item: Document | Reject) -> Document | Reject:
    return item if isinstance(item, Reject) else run_one(item)
