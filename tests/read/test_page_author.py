"""page_author: trafilatura's extract_author in one walk, giving trafilatura's own answer."""
from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest
from trafilatura.metadata import extract_author
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from cronaca.read.page_author import page_author

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "html"
PAGES = sorted(SAMPLES.glob("*.html.gz"))

#: The expressions page_author.py writes out (whitespace collapsed): a trafilatura whose
#: expressions differ needs page_author.py read again.
EXPRESSIONS = [
    "//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][ "
    "@rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or "
    "@data-testid='AuthorCard' or @data-testid='AuthorURL' or "
    "re:test(@class, 'author-?name|AuthorName|authorName')]|//author",
    "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ "
    "@class='byline' or @class='username' or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or "
    "re:test(@id, 'author|zuozhe|bianji|xiaobian') or re:test(@class, "
    "'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, '[Aa]uthor') or "
    "re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
    ".//*[self::a or self::div or self::section or self::span][ @id='comments' or @class='comments' or "
    "@class='title' or @class='date' or re:test(@id, '^comments|comment-?list|ProductReviews') or "
    "re:test(@class, '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer') or contains(@data-component, 'Figure')]",
    "//time|//figure",
]


def same_as_trafilatura(html: str) -> str | None:
    expected = extract_author(lxml.html.fromstring(html))
    tree = lxml.html.fromstring(html)
    before = lxml.html.tostring(tree)
    found = page_author(tree)
    assert found == expected
    assert lxml.html.tostring(tree) == before  # the reader's tree is left as it was
    return found


def test_the_expressions_are_trafilaturas():
    assert [" ".join(x.path.split()) for x in AUTHOR_XPATHS + AUTHOR_DISCARD_XPATHS] == EXPRESSIONS


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_sample_pages(path):
    same_as_trafilatura(gzip.decompress(path.read_bytes()).decode("utf-8"))


def test_a_byline_with_a_date_inside_reads_without_the_date():
    # the <time> is pruned and its tail joins the text before it, so "Jane" and "Doe" meet without
    # a space, as in trafilatura's pruned copy (the text pieces of the page itself are three)
    html = '<html><body><div class="byline">By Jane<time>12 May</time>Doe</div><p>Testo.</p></body></html>'
    assert same_as_trafilatura(html) == "JaneDoe"
    assert same_as_trafilatura(html.replace("<time>12 May</time>", " <time>12 May</time> ")) == "Jane Doe"


def test_an_author_inside_the_comments_is_not_the_pages():
    html = ('<html><body><div id="comments"><span class="author">Reader Name</span></div>'
            '<p class="writer">Maria Rossi</p></body></html>')
    assert same_as_trafilatura(html) == "Maria Rossi"


def test_the_first_expression_wins_over_document_order():
    html = ('<html><body><p class="writer">Anna Bianchi</p>'
            '<a rel="author" href="/a">Luca Verdi</a></body></html>')
    assert same_as_trafilatura(html) == "Luca Verdi"


def test_a_too_long_candidate_gives_way_to_the_next():
    html = ('<html><body><div class="author">' + "parola " * 30 + '</div>'
            '<span class="author">Paolo Neri</span></body></html>')
    assert same_as_trafilatura(html) == "Paolo Neri"


def test_nested_pruned_elements_and_comments():
    html = ('<html><body><div class="author-name">Giulia <!-- x --><span class="date">oggi'
            '<time>ora</time></span> Rossi<figure>foto</figure></div></body></html>')
    assert same_as_trafilatura(html) == "Giulia Rossi"


def test_a_page_with_no_author():
    assert same_as_trafilatura("<html><body><p>Nessun autore qui.</p></body></html>") is None
