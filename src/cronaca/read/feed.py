"""RSS and Atom feeds: every entry is an article, its text from the entry's content or summary.

Feeds often carry only a teaser; ``cronaca fetch --follow-feed`` fetches each entry's page instead
(read/fetch.py). Parsing never touches the network: feedparser is only ever given a byte stream.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import feedparser
import lxml.html

from cronaca.document import Document, Removed, Source
from cronaca.read import ReadError, Reject

MAX_FEED_BYTES = 10_000_000
FEED_ROOTS = {"rss", "feed", "rdf"}  # RSS 0.9x/2.0, Atom, RSS 1.0 (rdf:RDF); compared by local name
# Whatever may precede the root element: BOM, blanks, XML declaration, processing instructions,
# comments and a DOCTYPE.
_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.:-]*)",
                     re.S | re.I)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "section", "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "table", "figure", "hr")
_SPACES = re.compile(r"[^\S\n]+")


@dataclass(slots=True)
class FeedEntry:
    index: int  # 1-based position in the feed, for error messages
    title: str | None
    link: str | None
    published: str | None  # YYYY-MM-DD as the entry states it (its own time zone, not UTC)
    authors: list[str]
    text: str  # paragraphs, one per line; "" when the entry has only a title and a link
    removed: list[Removed] = field(default_factory=list)
    summary: str | None = None  # the teaser, kept when the entry also carries its full content


@dataclass(slots=True)
class Feed:
    title: str | None
    link: str | None
    entries: list[FeedEntry]


def root_element(data: bytes) -> str | None:
    """The local name of an XML document's root element (``rss``, ``feed``, ``RDF``...), or None."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    match = _PROLOG.match(head)
    return match.group(1).decode("ascii").rsplit(":", 1)[-1] if match else None


def is_feed(data: bytes) -> bool:
    root = root_element(data)
    return root is not None and root.lower() in FEED_ROOTS


def read_feed(data: bytes, name: str, uri: str | None = None,
              content_type: str | None = None) -> Iterator[Document | Reject]:
    """Every entry of a feed as a Document; an entry without text becomes a Reject."""
    try:
        feed = parse_feed(data, uri, content_type)
    except ReadError as exc:
        yield Reject(name, str(exc))
        return
    for entry in feed.entries:
        record = entry_record(name, entry)
        try:
            yield entry_document(feed, entry, record)
        except ReadError as exc:
            yield Reject(record, str(exc))


def entry_record(name: str, entry: FeedEntry) -> str:
    return f"{name}#{entry.index}" + (f" ({entry.link})" if entry.link else "")


def parse_feed(data: bytes, uri: str | None = None, content_type: str | None = None) -> Feed:
    """The feed's title and entries; ``uri`` resolves relative links, ``content_type`` gives the charset."""
    if len(data) > MAX_FEED_BYTES:
        raise ReadError(f"too large: {len(data) / 1e6:.1f} MB of feed (limit {MAX_FEED_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise ReadError("empty input")
    if not is_feed(data):
        root = root_element(data)
        raise ReadError(f"not an RSS or Atom feed (root element <{root}>)" if root
                        else "not an RSS or Atom feed (not XML)")
    headers = {"content-type": content_type or "application/xml"}
    if uri:
        headers["content-location"] = uri
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise ReadError(f"unreadable feed ({parsed.get('bozo_exception')})")
        raise ReadError("feed has no entries")
    meta = parsed.feed
    entries = [_entry(index, raw, uri) for index, raw in enumerate(parsed.entries, start=1)]
    return Feed(title=_plain(meta.get("title_detail")) or None, link=meta.get("link"), entries=entries)


def entry_document(feed: Feed, entry: FeedEntry, record: str) -> Document:
    if not entry.text:
        what = "a title and a link" if entry.title and entry.link else "no content"
        raise ReadError(f"feed entry has no text ({what}; `cronaca fetch --follow-feed` reads the page)")
    doc = Document(
        raw=entry.text,
        source=Source(uri=entry.link, outlet=feed.title, published=entry.published, format="rss",
                      authors=list(entry.authors)),
        title=entry.title,
        record=record,
    )
    doc.integrity.removed.extend(entry.removed)
    doc.removed_meta = {"feed": feed.title or feed.link}
    if entry.summary:
        doc.removed_meta["description"] = entry.summary
    return doc


def _entry(index: int, raw: feedparser.FeedParserDict, base: str | None) -> FeedEntry:
    link = raw.get("link") or None
    if link and base:
        link = urljoin(base, link)
    bodies: list[tuple[str, list[Removed]]] = [_text(c) for c in raw.get("content") or []]
    summary = _text(raw["summary_detail"]) if raw.get("summary_detail") else ("", [])
    text, removed = max(bodies + [summary], key=lambda body: len(body[0]))
    teaser = summary[0] if summary[0] and summary[0] != text else None
    authors = [a["name"].strip() for a in raw.get("authors") or [] if (a.get("name") or "").strip()]
    return FeedEntry(index=index, title=_plain(raw.get("title_detail")) or None, link=link,
                     published=_entry_date(raw), authors=authors, text=text, removed=removed,
                     summary=teaser)


def _text(detail: feedparser.FeedParserDict) -> tuple[str, list[Removed]]:
    value = detail.get("value") or ""
    if "html" in (detail.get("type") or ""):
        return html_paragraphs(value)
    return _lines(value), []


def _plain(detail: feedparser.FeedParserDict | None) -> str:
    """A title as plain text on one line (Atom titles may be typed HTML)."""
    if not detail:
        return ""
    text = html_paragraphs(detail.get("value") or "")[0] if "html" in (detail.get("type") or "") \
        else detail.get("value") or ""
    return " ".join(text.split())


def html_paragraphs(fragment: str) -> tuple[str, list[Removed]]:
    """Text of an HTML fragment, one paragraph per line; figure captions come out as Removed.

    Feed bodies are fragments, not pages: there is no boilerplate to find, so trafilatura's page
    heuristics would only drop short entries; keeping every block is what the publisher sent.
    """
    if not fragment.strip():
        return "", []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _lines(fragment), []
    removed: list[Removed] = []
    for el in root.xpath("//script | //style | //figcaption"):
        if el.tag == "figcaption" and (caption := " ".join(el.text_content().split())):
            removed.append(Removed("caption", caption, "feed.figcaption"))
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return _lines(root.text_content()), removed


def _lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(raw: feedparser.FeedParserDict) -> str | None:
    """The entry's publication date as written (feedparser's parsed dates are shifted to UTC)."""
    for key in ("published", "updated", "created"):
        stated = _stated_date(raw.get(key) or "")
        if stated:
            return stated
        parsed = raw.get(f"{key}_parsed")
        if parsed:
            return date(*parsed[:3]).isoformat()
    return None


def _stated_date(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value).date().isoformat()  # Atom: RFC 3339
    except ValueError:
        return None
