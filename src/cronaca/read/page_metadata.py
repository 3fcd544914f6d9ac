"""A page's title, authors, URL, site name, date and description, as trafilatura finds them.

trafilatura's ``extract_metadata`` also looks for categories, tags and a licence, which cronaca
never reads: those searches use regular-expression XPaths over the whole page and cost a fifth
of reading it. This is the same sequence of steps without them, giving the same values for the
fields cronaca keeps (checked by tests/read/test_page_metadata.py against trafilatura itself).
It runs once per page, on the reader's own tree, which it does not change.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import unescape

import lxml.html
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
    find_date,
)
from trafilatura.settings import set_date_params
from trafilatura.utils import line_processing

#: trafilatura cuts longer metadata values to this many characters (Document.clean_and_trim).
_MAX_VALUE = 10_000


@dataclass
class PageMetadata:
    title: str | None = None
    author: str | None = None
    url: str | None = None
    sitename: str | None = None
    date: str | None = None
    description: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"title": self.title, "author": self.author, "url": self.url, "sitename": self.sitename,
                "date": self.date, "description": self.description}


def page_metadata(tree: lxml.html.HtmlElement, url: str | None, extensive: bool) -> PageMetadata:
    """trafilatura's metadata of ``tree`` (``extensive``: its thorough date search, which it runs in fast mode)."""
    date_config = set_date_params(extensive)
    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    try:
        found = extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 - trafilatura skips its own JSON-LD bugs the same way
        pass
    if not found.title:
        found.title = extract_title(tree)
    if not found.author:
        found.author = extract_author(tree)
    if not found.url:
        found.url = extract_url(tree, url)
    date_config["url"] = found.url
    found.date = find_date(tree, **date_config)
    if not found.sitename:
        found.sitename = extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url:
        match = META_URL.match(found.url)
        if match:
            found.sitename = match[1]
    return PageMetadata(**{name: _trimmed(getattr(found, name)) for name in PageMetadata.__dataclass_fields__})


def _trimmed(value: object) -> str | None:
    """trafilatura's final clean-up of a metadata string: length cap, entities, spaces."""
    if not isinstance(value, str):
        return value  # type: ignore[return-value]
    if len(value) > _MAX_VALUE:
        value = value[:_MAX_VALUE - 1] + "…"
    return line_processing(unescape(value))
