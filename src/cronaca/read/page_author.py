"""The page's author as trafilatura's ``extract_author`` finds it, in one walk over the elements.

trafilatura copies the whole tree, prunes the copy with two XPath expressions (comments,
sidebars, quotes, dates, figures: AUTHOR_DISCARD_XPATHS) and runs up to three more over it
(AUTHOR_XPATHS); their ``re:test`` calls are callbacks into Python for every element, so on a
page whose metadata names no author this took about 9 ms, more than the rest of the metadata.
Here one walk tests each element against the same five expressions, written out below from
trafilatura 2.3.x (tests/read/test_page_author.py pins their text and compares the results with
trafilatura's own function), and only a candidate that holds pruned elements is copied, to prune
it the way trafilatura prunes the whole tree: its text is then what trafilatura reads.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy

import lxml.html
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import extract_author
from trafilatura.utils import trim
from trafilatura.xml import delete_element

#: extract_metainfo's limit for an author (len_limit=120): a longer text is no name
MAX_AUTHOR_CHARS = 120

# AUTHOR_DISCARD_XPATHS: ".//*[self::a or self::div or self::section or self::span][...]" and
# "//time|//figure". An element they select leaves the copy with everything inside it.
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ALWAYS = frozenset({"time", "figure"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile("^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                            "article-(?:share|support)|print|category|meta-date|meta-reviewer")
# AUTHOR_XPATHS[0]: specific names of an author element (and <author>)
_FIRST_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_FIRST_CLASS = re.compile("author-?name|AuthorName|authorName")
# AUTHOR_XPATHS[1]: bylines and usernames
_SECOND_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_SECOND_CLASS_EQUALS = frozenset({"byline", "username", "byl", "BBL"})
_SECOND_ID = re.compile("author|zuozhe|bianji|xiaobian")
_SECOND_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
# AUTHOR_XPATHS[2]: any element
_THIRD_ID = re.compile("[Aa]uthor")
_THIRD_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")

Get = Callable[[str], "str | None"]


def page_author(tree: lxml.html.HtmlElement) -> str | None:
    """extract_author(tree), without changing ``tree``."""
    if tree.tag == "rel" or tree.find(".//rel") is not None:
        # AUTHOR_XPATHS[0] also asks for a child element <rel> whose pruned text is "me": such
        # pages (none seen) go to trafilatura itself
        return extract_author(tree)
    removed: list[lxml.html.HtmlElement] = []
    hidden: set[lxml.html.HtmlElement] = set()  # the removed elements and everything inside them
    found: tuple[list, list, list] = ([], [], [])
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # comments and processing instructions: no element for XPath's "*"
        if element.getparent() in hidden:
            hidden.add(element)
            continue
        get = element.get
        if element is not tree and _discarded(tag, get):
            removed.append(element)
            hidden.add(element)
            continue
        if tag == "author" or (tag in _FIRST_TAGS and _first(get)):
            found[0].append(element)
        if tag in _SECOND_TAGS and _second(get):
            found[1].append(element)
        if _third(get):
            found[2].append(element)
    if not any(found):
        return None
    pruned = set(removed)
    for candidates in found:
        for element in candidates:
            content = trim(" ".join(_pruned_text(element, pruned)))
            if content and 2 < len(content) < MAX_AUTHOR_CHARS:
                return normalize_authors(None, content)
    return None


def _discarded(tag: str, get: Get) -> bool:
    if tag in _DISCARD_ALWAYS:
        return True
    if tag not in _DISCARD_TAGS:
        return False
    id_, cls = get("id"), get("class")
    return (id_ == "comments" or cls in ("comments", "title", "date")
            or (id_ is not None and _DISCARD_ID.search(id_) is not None)
            or (cls is not None and _DISCARD_CLASS.search(cls) is not None)
            or "Figure" in (get("data-component") or ""))


def _first(get: Get) -> bool:
    cls = get("class")
    return (get("rel") == "author" or get("id") == "author" or cls == "author"
            or get("itemprop") == "author name" or get("data-testid") in ("AuthorCard", "AuthorURL")
            or (cls is not None and _FIRST_CLASS.search(cls) is not None))


def _second(get: Get) -> bool:
    id_, cls = get("id"), get("class")
    return (cls in _SECOND_CLASS_EQUALS or "author" in (get("itemprop") or "")
            or (id_ is not None and _SECOND_ID.search(id_) is not None)
            or (cls is not None and _SECOND_CLASS.search(cls) is not None))


def _third(get: Get) -> bool:
    id_, cls = get("id"), get("class")
    return ("Byline" in (get("data-component") or "") or "author" in (get("itemprop") or "")
            or (id_ is not None and _THIRD_ID.search(id_) is not None)
            or (cls is not None and _THIRD_CLASS.search(cls) is not None))


def _pruned_text(element: lxml.html.HtmlElement, removed: set) -> list[str]:
    """The element's text pieces once the removed elements inside it are deleted as trafilatura
    deletes them (each one's tail joins the text before it): a copy only when there are some."""
    inside = [n for n, node in enumerate(element.iterdescendants()) if node in removed]
    if not inside:
        return list(element.itertext())
    copy = deepcopy(element)
    nodes = list(copy.iterdescendants())
    for n in inside:
        delete_element(nodes[n])
    return list(copy.itertext())
