"""HTML pages: main text and metadata via trafilatura; captions and credits kept apart from the body."""
from __future__ import annotations

import re
from datetime import date

import lxml.etree
import lxml.html
import trafilatura

from cronaca.document import Document, Removed, Source
from cronaca.read import ReadError
from cronaca.read.page_metadata import page_metadata
from cronaca.read.text import decode

MAX_HTML_BYTES = 10_000_000
#: What counts as a caption or a credit. The same tests as the XPath expressions
#: "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]
#: | //*[contains(@class, 'image-caption') or contains(@class, 'photo-caption')]" and
#: "//*[contains(@class, 'credit') or contains(@class, 'copyright')]", made in one walk over the
#: elements: two XPath queries with string functions cost twice as much.
_CAPTION_CLASS_PARTS = ("image-caption", "photo-caption")
_CREDIT_CLASS_PARTS = ("credit", "copyright")
#: Every element that may pass those tests (each caption or credit test implies one of these
#: substrings), in document order. Testing the class attributes themselves rather than every
#: element's @class costs libxml2 a third less.
_FIGURE_CANDIDATES = lxml.etree.XPath(
    "//@class[contains(., 'caption') or contains(., 'credit') or contains(., 'copyright')]/.. | //figcaption")
_XPATH_SPACE = re.compile(r"[ \t\r\n]+")  # normalize-space() splits on these only
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")  # lxml.html's own parser, told the encoding
_ASCII_SPACE = " \t\n\r\f\v"  # what "\s" is in a bytes pattern
_SPACES = re.compile(r"\s+")
#: trafilatura's fast mode skips its fallback extractors (readability, jusText), a fifth of its
#: time; on 300 evaluation pages it returns the same text for 95% of them, but a short result
#: can be a page the main extractor misread, so below this many characters the page is read again
#: with the fallbacks (extraction F1 within 0.003 of always using them).
FAST_MIN_CHARS = 1000


def read_html(data: bytes | str, record: str, uri: str | None = None) -> Document:
    size = len(data.encode("utf-8") if isinstance(data, str) else data)
    if size > MAX_HTML_BYTES:
        raise ReadError(f"too large: {size / 1e6:.1f} MB of HTML (limit {MAX_HTML_BYTES / 1e6:.0f} MB)")
    html = decode(data) if isinstance(data, bytes) else data
    if not html.strip():
        raise ReadError("empty input")
    try:
        tree = _parse(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ReadError(f"unparseable HTML ({exc})") from None
    result = _extract(tree, uri, fast=True)
    extensive = result is not None  # trafilatura searches dates thoroughly in fast mode only
    if result is None:
        result = _extract(tree, uri, fast=False)
    elif len(result.get("text") or "") < FAST_MIN_CHARS:
        result = _extract(tree, uri, fast=False) or result
    if not result or not (result.get("text") or "").strip():
        raise ReadError("no article text found in the HTML page")
    try:
        meta = page_metadata(tree, uri, extensive)
    except (TypeError, ValueError):  # trafilatura drops such a page
        raise ReadError("no article text found in the HTML page") from None
    result.update((k, v) for k, v in meta.as_dict().items() if v is not None)
    removed = _figure_text(tree)
    published = _iso_date(result.get("date"))
    authors = [a.strip() for a in re.split(r";|\band\b", result.get("author") or "") if a.strip()]
    body = result["text"]
    body, moved = _drop_lines(body, removed)
    doc = Document(
        raw=body,
        source=Source(uri=uri or result.get("url"), outlet=result.get("sitename"), published=published,
                      format="html", authors=authors),
        title=result.get("title"),
        language=None,
        record=record,
    )
    doc.integrity.removed.extend(moved)
    doc.removed_meta = {"captions": [r.text for r in removed]} if removed else {}
    if result.get("description"):
        doc.removed_meta["description"] = result["description"]
    return doc


def _parse(html: str) -> lxml.html.HtmlElement:
    """lxml.html.fromstring(html), given the page's UTF-8 bytes: libxml2 reads them a quarter faster
    than a str (parsing alone 2.9 -> 2.2 ms per bench page) and, the encoding being stated, builds
    the same tree. Where lxml.html tests a str and bytes differently the str is parsed as before:
    an XML declaration (refused in a str), leading whitespace other than ASCII's (it decides
    between a document and a fragment), characters UTF-8 cannot hold (lone surrogates)."""
    lead = html[:len(html) - len(html.lstrip())]
    if html.startswith("<?xml") or lead.strip(_ASCII_SPACE):
        return lxml.html.fromstring(html)
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:
        return lxml.html.fromstring(html)
    return lxml.html.fromstring(data, parser=_UTF8_PARSER)


def _extract(tree: lxml.html.HtmlElement, uri: str | None, fast: bool) -> dict | None:
    """The main text (metadata comes from page_metadata, once per page)."""
    result = trafilatura.bare_extraction(tree, url=uri, fast=fast, with_metadata=False, include_comments=False,
                                         include_tables=False, include_images=False)
    return result.as_dict() if result is not None else None


def _figure_elements(tree: lxml.html.HtmlElement) -> tuple[list, list]:
    """Caption and credit elements of the whole document, each in document order.

    A cheap XPath (plain substring tests, run inside libxml2) picks the few candidates, so
    Python sees only them rather than every element of the page; the exact tests follow.
    """
    captions, credits = [], []
    for el in _FIGURE_CANDIDATES(tree.getroottree()):
        cls = el.get("class")
        if cls is None:
            if el.tag == "figcaption":
                captions.append(el)
            continue
        if el.tag == "figcaption" or "caption" in _XPATH_SPACE.split(cls) \
                or any(part in cls for part in _CAPTION_CLASS_PARTS):
            captions.append(el)
        if any(part in cls for part in _CREDIT_CLASS_PARTS):
            credits.append(el)
    return captions, credits


def _figure_text(tree: lxml.html.HtmlElement) -> list[Removed]:
    found: list[Removed] = []
    seen: set[str] = set()
    for kind, elements in zip(("caption", "credit"), _figure_elements(tree)):
        for el in elements:
            text = _SPACES.sub(" ", el.text_content()).strip()
            if 3 <= len(text) <= 600 and text not in seen:
                seen.add(text)
                found.append(Removed(kind, text, "html.figure"))
    return found


def _drop_lines(body: str, figure: list[Removed]) -> tuple[str, list[Removed]]:
    """Body lines that are only a caption or credit leave the body (and are recorded)."""
    texts = {r.text: r for r in figure}
    kept, moved = [], []
    for line in body.split("\n"):
        key = _SPACES.sub(" ", line).strip()
        if key and key in texts:
            moved.append(Removed(texts[key].kind, key, "html.figure_in_body"))
        else:
            kept.append(line)
    return "\n".join(kept), moved


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
