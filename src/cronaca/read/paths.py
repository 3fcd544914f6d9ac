"""Paths, directories and standard input: dispatch each file to its reader by extension or content."""
from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from cronaca.document import Document
from cronaca.read import ReadError, Reject
from cronaca.read.feed import is_feed, read_feed
from cronaca.read.html import read_html
from cronaca.read.jsonl import read_jsonl
from cronaca.read.metadata import apply_metadata, validate_date
from cronaca.read.parquet import read_parquet
from cronaca.read.text import read_text
from cronaca.read.warc import read_warc

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
WARC_EXT = {".warc"}
PARQUET_EXT = {".parquet"}
FEED_EXT = {".rss", ".atom"}
XML_EXT = {".xml"}  # a feed when its root element is rss, feed or rdf:RDF; other XML is rejected
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT | WARC_EXT | PARQUET_EXT | FEED_EXT | XML_EXT
STDIN = "-"


def read_paths(paths: Iterable[str], published: str | None = None,
               language: str | None = None) -> Iterator[Document | Reject]:
    """Every article under ``paths`` ("-" is standard input); metadata overrides apply to all."""
    if published is not None:
        validate_date(published)
    for item in _read_all(paths):
        if isinstance(item, Document):
            if published:
                item.source.published = published
            if language:
                item.language = language.lower()
        yield item


def _read_all(paths: Iterable[str]) -> Iterator[Document | Reject]:
    for raw_path in paths:
        if raw_path == STDIN:
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", None)
            continue
        path = Path(raw_path)
        if not path.exists():
            yield Reject(raw_path, "no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _extension(p) in KNOWN_EXT)
            if not files:
                yield Reject(raw_path, f"no readable files in directory (looked for {', '.join(sorted(KNOWN_EXT))})")
            for file in files:
                yield from read_file(file)
        else:
            yield from read_file(path)


def _extension(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read_file(path: Path) -> Iterator[Document | Reject]:
    record = str(path)
    ext = _extension(path)
    if ext in WARC_EXT:
        try:
            with path.open("rb") as stream:  # warcio reads gzip members itself, as a stream
                yield from read_warc(stream, record)
        except OSError as exc:
            yield Reject(record, f"cannot read file ({exc.strerror or exc})")
        return
    if ext in PARQUET_EXT:
        yield from read_parquet(path)
        return
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
        meta = sidecar(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Reject(record, f"cannot read file ({getattr(exc, 'strerror', None) or exc})")
        return
    except ReadError as exc:
        yield Reject(record, str(exc))
        return
    for item in read_bytes(data, record, _extension(path)):
        if isinstance(item, Document):
            if meta:
                try:
                    apply_metadata(item, meta)
                except ReadError as exc:
                    yield Reject(record, f"{exc} (in the .meta.json sidecar)")
                    continue
            if item.source.uri is None:
                item.source.uri = record  # the file, when the article names no URL of its own
        yield item


def sidecar(path: Path) -> dict[str, str]:
    """Metadata for a text or HTML file from ``<name>.meta.json`` beside it, if there is one.

    Plain text carries no publication date or URL; a sidecar gives them without changing the text.
    """
    name = path.name
    for ext in (".gz",) + tuple(KNOWN_EXT):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    meta_path = path.with_name(name + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ReadError(f"bad metadata file {meta_path.name} ({exc})") from None
    if not isinstance(meta, dict):
        raise ReadError(f"bad metadata file {meta_path.name} (expected a JSON object)")
    return {k: v for k, v in meta.items() if isinstance(v, str)}


def read_bytes(data: bytes, record: str, ext: str | None) -> Iterator[Document | Reject]:
    fmt = _format(ext, data)
    if fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), record)
        return
    if fmt in ("feed", "xml"):  # "xml": parse_feed names the root element that is not a feed's
        yield from read_feed(data, record)
        return
    try:
        if fmt == "html":
            yield read_html(data, record)
        else:
            yield read_text(data, record)
    except ReadError as exc:
        yield Reject(record, str(exc))


def _format(ext: str | None, data: bytes) -> str:
    """The extension decides when it names one format; .xml and unknown ones are sniffed."""
    if ext in FEED_EXT:
        return "feed"
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in TEXT_EXT:
        return "text"
    if is_feed(data):
        return "feed"
    if ext in XML_EXT:
        return "xml"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:4096].lower():
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"
