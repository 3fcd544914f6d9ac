"""WARC archives (CC-NEWS style): every HTML response record is an article."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from cronaca.document import Document
from cronaca.read import ReadError, Reject
from cronaca.read.html import read_html


def read_warc(stream: BinaryIO, name: str) -> Iterator[Document | Reject]:
    """HTML responses of a (gzipped or plain) WARC; other records are skipped, bad ones rejected."""
    index = 0
    try:
        for index, record in enumerate(ArchiveIterator(stream), start=1):
            if record.format != "warc":
                # warcio is lenient: any line of text parses as an old-style ARC record.
                yield Reject(name, f"not a readable WARC file (record {index} is not a WARC record)")
                return
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            label = f"{name}#{index}" + (f" ({uri})" if uri else "")
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            try:
                doc = read_html(record.content_stream().read(), label, uri=uri)
            except ReadError as exc:
                yield Reject(label, str(exc))
                continue
            doc.source.format = "warc"
            if not doc.source.published:
                # The crawl date is an upper bound of the publication date, better than nothing.
                crawled = record.rec_headers.get_header("WARC-Date") or ""
                doc.source.published = crawled[:10] or None
                doc.removed_meta["published_from"] = "warc-date"
            yield doc
    except ArchiveLoadFailed as exc:
        yield Reject(name, f"not a readable WARC file ({exc})")
        return
    if index == 0:
        yield Reject(name, "not a readable WARC file (no records)")
