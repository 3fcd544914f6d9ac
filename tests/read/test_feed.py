"""RSS and Atom feeds: each entry is an article with the feed's metadata; no network is ever used.

The fixtures wrap three Voice of America stories (public domain) the way news feeds carry them;
tests/read/fixtures/make_feeds.py regenerates them from samples/voa.jsonl.
"""
from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from support import SAMPLES, valid_records

from cronaca.document import Document, Removed
from cronaca.read import Reject
from cronaca.read.feed import html_paragraphs, is_feed, read_feed
from cronaca.read.paths import read_paths
from cronaca.write.json import validate

FIXTURES = Path(__file__).parent / "fixtures"
RSS = FIXTURES / "voa.rss"
ATOM = FIXTURES / "voa.atom"
VOA = [json.loads(line) for line in (SAMPLES / "voa.jsonl").read_text("utf-8").splitlines()]


def read(path: Path | str) -> list[Document | Reject]:
    items = list(read_paths([str(path)]))
    for item in items:
        if isinstance(item, Document):
            validate(item.to_dict())
    return items


def test_rss_entry_carries_title_link_outlet_author_and_format():
    first = read(RSS)[0]
    assert first.title == VOA[0]["title"]
    assert first.source.uri == VOA[0]["url"]
    assert first.source.outlet == "Voice of America - English"
    assert first.source.authors == ["Michael Lipin"]
    assert first.source.format == "rss"
    assert first.record == f"{RSS}#1 ({VOA[0]['url']})"


def test_rss_date_is_the_day_the_entry_states_not_the_utc_day():
    # "Fri, 14 Mar 2025 21:30:00 -0400" is already Saturday 15 March in UTC.
    assert read(RSS)[0].source.published == "2025-03-14"


def test_full_content_wins_over_the_teaser_and_keeps_its_paragraphs():
    first = read(RSS)[0]
    paragraphs = first.raw.split("\n")
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("A second Iranian ship that Western news reports have named")
    assert " ".join(paragraphs) == VOA[0]["text"]


def test_teaser_of_an_entry_with_full_content_is_kept_as_description():
    first = read(RSS)[0]
    assert first.removed_meta["description"] == first.raw.split("\n")[0]


def test_figure_caption_in_the_content_leaves_the_body_but_is_kept():
    first = read(RSS)[0]
    assert "MarineTraffic)" not in first.raw
    assert [r.to_dict() for r in first.integrity.removed] == [
        Removed("caption", "The Iranian cargo ship Jairan in a file photo. (MarineTraffic)",
                "feed.figcaption").to_dict()]


def test_html_summary_is_stripped_to_paragraphs():
    teaser, link_line = read(RSS)[1].raw.split("\n")
    assert VOA[1]["text"].startswith(teaser) and teaser.endswith("and other means.”")
    assert link_line == "Read the full story on voanews.com."


def test_entry_with_only_a_title_and_a_link_is_rejected_with_a_hint():
    third = read(RSS)[2]
    assert third == Reject(f"{RSS}#3 ({VOA[2]['url']})",
                           "feed entry has no text (a title and a link; `cronaca fetch --follow-feed` reads the page)")


def test_atom_entry_with_html_title_author_and_content():
    first = read(ATOM)[0]
    assert first.title == VOA[1]["title"]
    assert first.source.authors == ["Ken Bredemeier"]
    assert first.source.outlet == "VOA News: Europe"
    assert first.source.published == "2025-03-14"
    assert " ".join(first.raw.split("\n")) == VOA[1]["text"]


def test_atom_entry_without_published_uses_updated_in_its_own_time_zone():
    # updated 2025-03-13T22:40:00-04:00, already the 14th in UTC
    assert read(ATOM)[1].source.published == "2025-03-13"


def test_atom_relative_link_is_resolved_against_xml_base():
    assert read(ATOM)[1].source.uri == VOA[2]["url"]


def test_atom_plain_text_summary_is_the_body():
    assert read(ATOM)[1].raw == VOA[2]["text"]


def test_xml_file_whose_root_is_a_feed_is_read_as_a_feed(tmp_path):
    path = tmp_path / "europe.xml"
    shutil.copy(ATOM, path)
    assert [d.title for d in read(path)] == [VOA[1]["title"], VOA[2]["title"]]


def test_feed_without_extension_is_sniffed(tmp_path):
    path = tmp_path / "feed"
    shutil.copy(RSS, path)
    assert [type(i).__name__ for i in read(path)] == ["Document", "Document", "Reject"]


def test_xml_file_that_is_not_a_feed_is_rejected(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    "<url><loc>https://www.voanews.com/</loc></url></urlset>")
    assert read(path) == [Reject(str(path), "not an RSS or Atom feed (root element <urlset>)")]


def test_feed_without_entries_is_rejected(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text('<rss version="2.0"><channel><title>Quiet wire</title><link>https://example.org/</link>'
                    "</channel></rss>")
    assert read(path) == [Reject(str(path), "feed has no entries")]


def test_rss_1_0_feed_is_read(tmp_path):
    path = tmp_path / "rdf.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://www.voanews.com/"><title>VOA RDF</title><link>https://www.voanews.com/</link>'
        "<description>VOA</description></channel>"
        f'<item rdf:about="{VOA[2]["url"]}"><title>{VOA[2]["title"]}</title><link>{VOA[2]["url"]}</link>'
        f"<dc:date>2025-03-13T18:00:00-04:00</dc:date><description>{VOA[2]['text']}</description></item>"
        "</rdf:RDF>")
    (doc,) = read(path)
    assert (doc.title, doc.source.outlet, doc.source.published) == (VOA[2]["title"], "VOA RDF", "2025-03-13")


def test_directory_scan_includes_feed_files(tmp_path):
    shutil.copy(ATOM, tmp_path / "europe.atom")
    (tmp_path / "note.txt").write_text("Il vertice si è aperto oggi a Roma con un lungo incontro tra i ministri.")
    formats = sorted(d.source.format for d in read(tmp_path))
    assert formats == ["rss", "rss", "text"]


def test_html_fragment_keeps_blocks_and_line_breaks_as_paragraphs():
    text, removed = html_paragraphs("<p>Primo  paragrafo.</p><p>Secondo<br>rigo &amp; altro.</p><ul><li>Voce</li></ul>")
    assert (text, removed) == ("Primo paragrafo.\nSecondo\nrigo & altro.\nVoce", [])


def test_sniff_sees_past_declaration_comments_and_doctype():
    head = b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">'
    assert is_feed(head)
    assert not is_feed(b"<!DOCTYPE html><html><body><p>rss</p></body></html>")


def test_read_feed_names_the_record_when_the_bytes_are_not_xml():
    assert list(read_feed(b"just some words, not a feed", "notes")) == [
        Reject("notes", "not an RSS or Atom feed (not XML)")]


def test_process_reads_a_feed_file_without_touching_the_network(run_cli, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    result = run_cli("process", str(ATOM), "--format", "jsonl")
    assert result.exit_code == 0
    records = valid_records(result.stdout)
    assert [(r["title"], r["source"]["format"], r["language"]) for r in records] == [
        (VOA[1]["title"], "rss", "en"), (VOA[2]["title"], "rss", "en")]


@pytest.mark.parametrize("name", ["voa.rss", "voa.atom"])
def test_every_feed_article_satisfies_the_contract(name):
    docs = [i for i in read(FIXTURES / name) if isinstance(i, Document)]
    assert docs and all(d.source.format == "rss" for d in docs)


def test_feed_encoding_comes_from_its_xml_declaration(tmp_path):
    path = tmp_path / "ansa.rss"
    path.write_bytes(
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Agenzia Città</title>'
        "<link>https://example.org/</link><description>notizie</description><item><title>Perché il vertice è slittato</title>"
        "<link>https://example.org/vertice</link><pubDate>Wed, 04 Feb 2026 08:00:00 +0100</pubDate>"
        "<description>Il vertice è slittato a giovedì, più tardi del previsto.</description></item></channel></rss>"
        .encode("latin-1"))
    (doc,) = read(path)
    assert (doc.source.outlet, doc.title, doc.raw) == (
        "Agenzia Città", "Perché il vertice è slittato", "Il vertice è slittato a giovedì, più tardi del previsto.")
