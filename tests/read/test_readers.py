"""Readers: every input format becomes a Document with its metadata."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from support import SAMPLES

from cronaca.document import Document
from cronaca.read import Reject
from cronaca.read.paths import read_paths


def read_one(path: Path | str, **kw) -> Document:
    (item,) = list(read_paths([str(path)], **kw))
    assert isinstance(item, Document), item
    return item


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "vecchio.txt"
    path.write_bytes("Il perché della città: un’analisi è necessaria, più che mai.".encode("cp1252"))
    assert read_one(path).raw == "Il perché della città: un’analisi è necessaria, più che mai."


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffCiao mondo, come stai oggi?".encode("utf-8"))
    assert read_one(path).raw == "Ciao mondo, come stai oggi?"


def test_html_gives_title_date_outlet_and_body():
    doc = read_one(SAMPLES / "html" / "en-apnews-2023-04-28.html.gz")
    assert doc.title == "Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year"
    assert doc.source.published == "2023-04-28"
    assert doc.source.format == "html"
    assert doc.source.uri.startswith("https://apnews.com/article/mexico-economy-growth")
    assert "Mexico" in doc.raw and "<" not in doc.raw


def test_html_captions_are_kept_apart_from_the_body(tmp_path):
    html = ("<html><head><title>Vertice a Roma</title></head><body><article><h1>Vertice a Roma</h1>"
            "<figure><img src='a.jpg'><figcaption>Il premier arriva al vertice (Foto: ANSA)</figcaption></figure>"
            "<p>Il vertice tra i ministri degli esteri si è aperto oggi a Roma con un lungo incontro.</p>"
            "<p>I ministri hanno discusso della crisi in Medio Oriente e della guerra in Ucraina.</p>"
            "<p>Un comunicato congiunto è atteso per domani mattina, secondo fonti diplomatiche.</p>"
            "</article></body></html>")
    path = tmp_path / "vertice.html"
    path.write_text(html, encoding="utf-8")
    doc = read_one(path)
    assert "Foto: ANSA" not in doc.raw
    assert "Il premier arriva al vertice (Foto: ANSA)" in doc.removed_meta["captions"]
    assert "si è aperto oggi a Roma" in doc.raw


def test_jsonl_records_carry_their_metadata():
    docs = list(read_paths([str(SAMPLES / "voa.jsonl")]))
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    assert docs[1].title == "G7 urges Russia to accept ceasefire or face further sanctions"
    assert docs[1].source.published == "2025-03-14"
    assert docs[1].source.outlet == "Voice of America"
    assert docs[1].source.uri.startswith("https://www.voanews.com/")


def test_jsonl_html_records_are_extracted(tmp_path):
    html = gzip.decompress((SAMPLES / "html" / "en-apnews-2023-04-28.html.gz").read_bytes()).decode()
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"html": html, "url": "https://example.org/a", "published": "2023-04-29"}) + "\n")
    doc = read_one(path)
    assert doc.source.published == "2023-04-29"  # the record wins over the page's own date
    assert doc.source.uri == "https://example.org/a"
    assert "Mexico" in doc.raw


def test_a_directory_is_read_recursively_by_extension(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Primo articolo di prova, abbastanza lungo per essere letto.")
    (tmp_path / "two.text").write_text("Secondo articolo di prova, anche questo abbastanza lungo.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    items = list(read_paths([str(tmp_path)]))
    assert sorted(Path(i.record).name for i in items) == ["one.txt", "two.text"]


def test_sidecar_metadata_gives_plain_text_a_date():
    doc = read_one(SAMPLES / "000_beafc6d1797c5a5a.txt")
    assert doc.source.published == "2026-02-04"


def test_command_line_overrides_win(tmp_path):
    doc = read_one(SAMPLES / "000_beafc6d1797c5a5a.txt", published="2026-02-05", language="IT")
    assert (doc.source.published, doc.language) == ("2026-02-05", "it")


def test_warc_html_responses_are_articles_and_other_records_are_skipped(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body in [
            ("https://example.org/a", "text/html", "<html><body><article><p>Il Parlamento europeo ha "
             "approvato oggi una nuova risoluzione sulla guerra in Ucraina con un'ampia maggioranza.</p>"
             "</article></body></html>"),
            ("https://example.org/logo.png", "image/png", "\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode("latin-1")), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-02-05T08:00:00Z"}))
    (doc,) = list(read_paths([str(path)]))
    assert (doc.source.uri, doc.source.format, doc.source.published) == (
        "https://example.org/a", "warc", "2026-02-05")
    assert doc.raw.startswith("Il Parlamento europeo ha approvato oggi")


def test_a_broken_warc_is_one_reject(tmp_path):
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a WARC file at all\r\n\r\n")
    (reject,) = list(read_paths([str(path)]))
    assert isinstance(reject, Reject) and reject.reason.startswith("not a readable WARC file")


def test_parquet_rows_are_articles(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["The ministers met in Rome on Monday to discuss trade.", None],
                             "published": ["2026-03-02", "2026-03-03"], "extra": [1, 2]}),
                   tmp_path / "batch.parquet")
    doc, reject = list(read_paths([str(tmp_path / "batch.parquet")]))
    assert (doc.source.published, doc.raw) == ("2026-03-02", "The ministers met in Rome on Monday to discuss trade.")
    assert str(reject) == f"{tmp_path / 'batch.parquet'}#2: no 'text' or 'html' field"
