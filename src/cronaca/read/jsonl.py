"""JSON Lines: one article per line, with ``text`` or ``html`` and optional metadata."""
from __future__ import annotations

import json
from collections.abc import Iterator

from cronaca.document import Document
from cronaca.read import ReadError, Reject
from cronaca.read.html import read_html
from cronaca.read.metadata import apply_metadata
from cronaca.read.text import read_text

FIELDS = ("id", "text", "html", "url", "title", "published", "language", "outlet")


def read_jsonl(lines: Iterator[bytes | str], name: str) -> Iterator[Document | Reject]:
    for lineno, line in enumerate(lines, start=1):
        record = f"{name}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Reject(record, f"invalid UTF-8 at byte {exc.start}")
                continue
        if not line.strip():
            continue
        try:
            yield from_record(json.loads(line.strip()), record)
        except json.JSONDecodeError as exc:
            yield Reject(record, f"malformed JSON: {exc.msg} (column {exc.colno})")
        except ReadError as exc:
            yield Reject(record, str(exc))


def from_record(obj: object, record: str) -> Document:
    if not isinstance(obj, dict):
        raise ReadError(f"expected a JSON object, got {type(obj).__name__}")
    for key in ("text", "html", "url", "title", "published", "language", "outlet"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ReadError(f"field {key!r} must be a string")
    if obj.get("html"):
        doc = read_html(obj["html"], record, uri=obj.get("url"))
        doc.source.format = "jsonl" if not obj.get("text") else doc.source.format
    elif obj.get("text"):
        doc = read_text(obj["text"], record, uri=obj.get("url"))
        doc.source.format = "jsonl"
    else:
        raise ReadError("no 'text' or 'html' field")
    apply_metadata(doc, obj)
    return doc
