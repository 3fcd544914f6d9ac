"""page_metadata: trafilatura's metadata without categories, tags and licence, read from the reader's tree."""
from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest
from trafilatura.metadata import extract_metadata

from cronaca.read.page_metadata import PageMetadata, page_metadata

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "html"
PAGES = sorted(SAMPLES.glob("*.html.gz"))


def parse(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(gzip.decompress(path.read_bytes()).decode("utf-8"))


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_fields_are_trafilaturas_own(path):
    tree = parse(path)
    expected = extract_metadata(parse(path), "https://example.org/a", extensive=True).as_dict()
    found = page_metadata(tree, "https://example.org/a", extensive=True).as_dict()
    assert found == {name: expected[name] for name in found}


def test_apnews_page_metadata():
    meta = page_metadata(parse(SAMPLES / "en-apnews-2023-04-28.html.gz"), None, extensive=True)
    assert meta.date == "2023-04-28"
    assert meta.sitename == "Associated Press"
    assert meta.title and meta.url and meta.url.startswith("https://apnews.com/")


def test_the_tree_is_left_as_it_was():
    tree = parse(SAMPLES / "fr-lesechos-2024-07-18.html.gz")
    before = lxml.html.tostring(tree)
    page_metadata(tree, None, extensive=True)
    assert lxml.html.tostring(tree) == before


def test_a_page_without_metadata_gives_none():
    tree = lxml.html.fromstring("<html><body><div><p>Nessun titolo qui.</p><p>Solo testo.</p></div></body></html>")
    assert page_metadata(tree, None, extensive=False) == PageMetadata()


BROKEN_JSON_LD = ('{ "@type": "NewsArticle", "headline": "Vertice a Roma \\u00e8 finito",\n'
                  '  "author": [{"@type": "Person", "name": "Giulia Rossi"}, {"@type": "Person", "name": "Marco Bianchi"}],\n'
                  '  "publisher": {"@type": "Organization", "name": "Il Quotidiano"}, "articleSection": "Politica",\n'
                  '  "description": "testo \\ud83d troncato" ')  # no closing brace: trafilatura's regex path


def test_a_broken_json_ld_block_reads_as_trafilatura_reads_it():
    page = ('<html><head><script type="application/ld+json">' + BROKEN_JSON_LD + '</script></head>'
            '<body><div><p>Testo.</p><p>Altro testo.</p></div></body></html>')
    expected = extract_metadata(lxml.html.fromstring(page), None, extensive=False).as_dict()
    found = page_metadata(lxml.html.fromstring(page), None, extensive=False)
    assert found.author == expected["author"] == "Giulia Rossi; Marco Bianchi"
    assert found.as_dict() == {name: expected[name] for name in found.as_dict()}


def test_json_minifying_and_normalising_match_trafilatura():
    from trafilatura.json_metadata import normalize_json
    from trafilatura.metadata import JSON_MINIFY

    from cronaca.read.page_metadata import _minify_json, _normalize_json

    for text in (BROKEN_JSON_LD, '{"a" : "x \\" y" ,\t"b":[1, 2]}', '"unterminated  string', ' \n '):
        assert _minify_json(text) == JSON_MINIFY.sub(r"\1", text)
        assert _normalize_json(_minify_json(text)) == normalize_json(JSON_MINIFY.sub(r"\1", text))


def test_author_names_of_a_broken_block_read_as_trafilatura_reads_them():
    from trafilatura.json_metadata import JSON_AUTHOR_1, JSON_AUTHOR_2, extract_json_author

    from cronaca.read.page_metadata import _json_author

    post = ('{"@type":"BlogPosting","headline":"Update %d","author":{"@type":"Person","name":"%s"}},')
    names = ["Lucy Thornton", "Tim Hanlon", "Phoebe Tonks", "Joseph Gamp"]
    live_blog = '{"@type":"LiveBlogPosting","liveBlogUpdate":[' + "".join(
        post % (i, names[i % 4]) for i in range(200)) + '{"broken"'
    texts = [live_blog,
             # the opening before the first name matches only once that name is cut out
             '"author"y"author": "nam":"Ann Lee}x" "names":"Bob Fox"',
             '"author"x"author":"name":"Ann Lee","names":"Bob Fox"}',
             '"person" "Person","name":"Ann Lee"}"Person","names":[ "Bob Fox","x"',
             '[{"author":{"name":"Ann Lee"}},{"author":"Bob"},"author":{"name":"Cy Day"}']
    for text in texts:
        for pattern in (JSON_AUTHOR_1, JSON_AUTHOR_2):
            assert _json_author(text, pattern) == extract_json_author(text, pattern), (text, pattern.pattern)
    assert _json_author(live_blog, JSON_AUTHOR_1) == "; ".join(names)
    assert _json_author('"author"y"author": "nam":"Ann Lee}x" "names":"Bob Fox"', JSON_AUTHOR_1) == "Ann Leex; Bob Fox"
