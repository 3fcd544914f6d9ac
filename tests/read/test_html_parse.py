"""read/html.py parses a page from its UTF-8 bytes into the tree lxml.html builds from the str."""
from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest

from cronaca.read.html import _parse

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "html"
PAGES = sorted(SAMPLES.glob("*.html.gz"))


def same_tree(html: str) -> bytes:
    tree = lxml.html.tostring(_parse(html))
    assert tree == lxml.html.tostring(lxml.html.fromstring(html))
    return tree


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_sample_pages(path):
    same_tree(gzip.decompress(path.read_bytes()).decode("utf-8"))


def test_a_declared_other_encoding_does_not_override_the_text():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Perché è così</p></body></html>'
    same_tree(html)
    assert _parse(html).findtext(".//p") == "Perché è così"


def test_a_fragment_after_a_no_break_space_stays_a_fragment():
    assert same_tree("\xa0<p>uno</p><p>due</p>") == b"<div>&#160;<p>uno</p><p>due</p></div>"


def test_an_xml_declaration_is_refused_as_lxml_refuses_it_in_a_str():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>'
    with pytest.raises(ValueError):
        _parse(html)


def test_a_lone_surrogate_is_parsed_from_the_str():
    same_tree("<html><body><p>a\ud800b</p></body></html>")
