"""Article metadata given beside the text (JSONL fields, .meta.json sidecars), checked the same way."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from cronaca.document import Document
from cronaca.read import ReadError


def validate_date(value: str) -> str:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None
    return value


def apply_metadata(doc: Document, meta: Mapping[str, object]) -> None:
    """Set what ``meta`` gives (published, url, title, outlet, language); a bad date is a ReadError."""
    if meta.get("published"):
        try:
            doc.source.published = validate_date(str(meta["published"]))
        except ValueError as exc:
            raise ReadError(f"field 'published' is {exc}") from None
    if meta.get("url"):
        doc.source.uri = str(meta["url"])
    if meta.get("title"):
        doc.title = str(meta["title"])
    if meta.get("outlet"):
        doc.source.outlet = str(meta["outlet"])
    if meta.get("language"):
        doc.language = str(meta["language"]).lower()
