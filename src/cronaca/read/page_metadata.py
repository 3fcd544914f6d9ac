"""A page's title, authors, URL, site name, date and description, as trafilatura finds them.

trafilatura's ``extract_metadata`` also looks for categories, tags and a licence, which cronaca
never reads: those searches use regular-expression XPaths over the whole page and cost a fifth
of reading it. This is the same sequence of steps without them, giving the same values for the
fields cronaca keeps (checked by tests/read/test_page_metadata.py against trafilatura itself).
It runs once per page, on the reader's own tree, which it does not change. Its JSON-LD step is
trafilatura's too, made faster (see _meta_json). It leans on trafilatura's internal helpers
(2.3.x): the tests compare it with trafilatura's own function, so an upgrade that drifts fails them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape

import lxml.etree
import lxml.html
from trafilatura.json_metadata import (
    JSON_AUTHOR_1,
    JSON_AUTHOR_2,
    JSON_AUTHOR_REMOVE,
    JSON_CATEGORY,
    JSON_OGTYPE_SCHEMA,
    JSON_PUBLISHER,
    JSON_SEQ,
    JSON_TYPE,
    JSON_UNICODE_REPLACE,
    extract_json,
    is_plausible_sitename,
    normalize_authors,
)
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_sitename,
    extract_title,
    extract_url,
    find_date,
)
from trafilatura.settings import Document, set_date_params
from trafilatura.utils import HTML_STRIP_TAGS, line_processing, trim

#: trafilatura cuts longer metadata values to this many characters (Document.clean_and_trim).
_MAX_VALUE = 10_000
_JSON_SCRIPTS = lxml.etree.XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')
#: A JSON string literal, and what trafilatura's JSON_MINIFY keeps of the text between them: no spaces.
_JSON_STRING = re.compile(r'("(?:\\.|[^"\\])*")')
_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


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
        found = _meta_json(tree, found)
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


# -- JSON-LD: trafilatura's extract_meta_json (Apache-2.0), with its three slow steps rewritten to
# give the same strings: minifying by one regex substitution per string literal, dropping
# surrogates one character at a time in Python, and re-scanning a broken JSON-LD block from its
# start twice per author name, by sub(count=1) and search (on a page with a large broken block
# that alone took seconds): _json_author cuts the name out and searches on from near the cut.

def _meta_json(tree: lxml.html.HtmlElement, metadata: Document) -> Document:
    for elem in _JSON_SCRIPTS(tree):
        if not elem.text:
            continue
        element_text = _normalize_json(_minify_json(elem.text))
        try:
            schema = json.loads(element_text, strict=False)
            metadata = extract_json(schema, metadata)
        except json.JSONDecodeError:
            metadata = _json_parse_error(element_text, metadata)
    return metadata


def _minify_json(text: str) -> str:
    """JSON_MINIFY.sub(r"\\1", text): string literals kept, whitespace between them removed."""
    parts = _JSON_STRING.split(text)
    parts[::2] = [_SPACE.sub("", part) for part in parts[::2]]
    return "".join(parts)


def _normalize_json(string: str) -> str:
    if "\\" in string:
        string = string.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        string = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), string)
        string = _SURROGATE.sub("", string)
        string = unescape(string)
    return trim(HTML_STRIP_TAGS.sub("", string))


#: What the part of each author regex before its name cannot cross: "[^}[]+?" in JSON_AUTHOR_1,
#: "[^}]+?" in JSON_AUTHOR_2 (see _json_author).
_AUTHOR_STOPS = {JSON_AUTHOR_1: "}[", JSON_AUTHOR_2: "}"}
#: What each author regex's matches open with.
_AUTHOR_OPENINGS = {JSON_AUTHOR_1: re.compile('"author"'), JSON_AUTHOR_2: re.compile('"[Pp]erson"')}
_LONGEST_OPENING = len('"author"')


def _json_author(text: str, pattern: re.Pattern[str]) -> str | None:
    """trafilatura's extract_json_author: each name found is cut out of the text and the search
    runs again, but from the last stop character (``_AUTHOR_STOPS``) before the cut rather than
    from the text's start, and without copying the text when nothing there can start a match (a
    broken 800 kB live-blog block with 1,700 names took 0.8 s, mostly copies of the text).

    Why nothing before that stop can match once the name is cut: the search found no match
    starting there, and a match's lazy part cannot cross the stop, so each attempt read only
    characters before it and reads the same ones again; the second alternative of JSON_AUTHOR_1
    and JSON_AUTHOR_2 end in ``.+?"([^"]+)``, which the quote opening the cut match would have
    satisfied, so their part before the stop never matched at all. Between the stop and the cut
    (``head``) a match can start only where the regex's opening word does (``_AUTHOR_OPENINGS``,
    perhaps running across the cut): without one, the search goes on after the cut in the same
    string (a match reads forwards only), and ``head`` is kept for the next cut."""
    stops, opening = _AUTHOR_STOPS[pattern], _AUTHOR_OPENINGS[pattern]
    authors = None
    floor, head = 0, ""  # the text after the last cut starts at floor; before it, head (no opening)
    match = pattern.search(text)
    while match:
        name = next(filter(None, match.groups()), None)
        if not name or " " not in name:
            break
        authors = normalize_authors(authors, name)
        start, end = match.span()
        stop = max(text.rfind(char, floor, start) for char in stops)
        head = text[stop + 1:start] if stop >= 0 else head + text[floor:start]
        if opening.search(head + text[end:end + _LONGEST_OPENING - 1]):  # one may start in head: cut for real
            text, floor, head = head + text[end:], 0, ""
            match = pattern.search(text)
        else:
            floor = end
            match = pattern.search(text, end)
    return authors or None


def _json_parse_error(elem: str, metadata: Document) -> Document:
    without = JSON_AUTHOR_REMOVE.sub("", elem)
    author = _json_author(without, JSON_AUTHOR_1) or _json_author(without, JSON_AUTHOR_2)
    if author:
        metadata.author = author
    if "@type" in elem:
        match = JSON_TYPE.search(elem)
        if match:
            candidate = _normalize_json(match[1].lower())
            if candidate in JSON_OGTYPE_SCHEMA:
                metadata.pagetype = candidate
    if '"publisher"' in elem:
        match = JSON_PUBLISHER.search(elem)
        if match and "," not in match[1]:
            candidate = _normalize_json(match[1])
            if is_plausible_sitename(metadata, candidate):
                metadata.sitename = candidate
    if '"articleSection"' in elem:
        match = JSON_CATEGORY.search(elem)
        if match:
            metadata.categories = [_normalize_json(match[1])]
    for key, regex in JSON_SEQ:
        if key in elem and not metadata.title:
            match = regex.search(elem)
            if match:
                metadata.title = _normalize_json(match[1])
                break
    return metadata
