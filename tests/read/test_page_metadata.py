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
