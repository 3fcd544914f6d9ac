"""Everything a request carries is untrusted, and so is everything scraped news contains."""
from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from cronaca.api import create_app
from cronaca.api.downloads import csv_response

from .articles import EVIL_ID, hostile
from .html_text import text_of

INJECTIONS = [
    "' OR 1=1 --",
    "'; DROP TABLE articles; --",
    "\" OR \"\"=\"",
    "%' OR '1'='1",
    "Russia') OR ('a'='a",
    "1; SELECT * FROM failures",
    "x' UNION SELECT record_json FROM articles --",
]
LIST_FILTERS = [
    ("/v1/articles", "q"), ("/v1/entities", "q"), ("/v1/events", "actor"), ("/v1/events", "recipient"),
    ("/v1/events", "q"), ("/v1/quotes", "speaker"), ("/v1/quotes", "q"),
]
PAGES_WITH_HOSTILE_DATA = ["/", "/articles", f"/articles/{hostile().id}", "/entities", f"/entities/{EVIL_ID}",
                           "/events", "/quotes", "/entities/Q159"]


@pytest.mark.parametrize("path,name", LIST_FILTERS)
def test_sql_injection_in_filters_matches_nothing_and_breaks_nothing(client, path, name):
    before = client.get("/v1/stats").json()["counts"]
    for payload in INJECTIONS:
        response = client.get(path, params={name: payload})
        assert response.status_code == 200, payload
        assert response.json()["total"] == 0, payload
    assert client.get("/v1/stats").json()["counts"] == before


def test_sql_injection_in_the_dyad_matches_nothing(client):
    response = client.get("/v1/events", params=[("dyad", INJECTIONS[0]), ("dyad", INJECTIONS[4])])
    assert response.json()["total"] == 0


def test_sql_injection_in_web_filters_matches_nothing(client):
    page = client.get("/events", params={"actor": INJECTIONS[0], "type": "CONSULT' OR 1=1 --"})
    assert page.status_code == 200
    assert "No events." in page.text
    assert "type: a PLOVER type such as CONSULT" in page.text


def test_like_wildcards_in_search_words_are_literal(client, store_path):
    import duckdb

    con = duckdb.connect(str(store_path), read_only=True)
    expected = con.execute("SELECT count(*) FROM articles WHERE contains(text, '_') OR contains(title, '_')").fetchone()[0]
    con.close()
    assert client.get("/v1/articles", params={"q": "_"}).json()["total"] == expected
    assert client.get("/v1/articles", params={"q": "%%%%"}).json()["total"] == 0


@pytest.mark.parametrize("path", PAGES_WITH_HOSTILE_DATA)
def test_markup_from_articles_is_shown_as_text_on_every_page(client, path):
    html = client.get(path).text
    assert "<script>window.__pwned" not in html
    assert "<b>Evil</b>" not in html and "<b>Hostile</b>" not in html
    assert "<img src=x" not in html


def test_article_page_shows_the_hostile_text_escaped(client):
    html = client.get(f"/articles/{hostile().id}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert text_of(html, "article-text") == hostile().text


def test_a_javascript_uri_never_becomes_a_link(client):
    html = client.get(f"/articles/{hostile().id}").text
    assert 'href="javascript:' not in html
    assert '<span class="uri">javascript:alert(1)</span>' in html


def test_pasted_markup_is_escaped_on_the_processed_page(client):
    page = client.post("/process", data={"content": "Breaking: <script>window.__pwned = 9</script> news today.",
                                         "kind": "text"})
    assert page.status_code == 200
    assert "<script>window.__pwned" not in page.text
    assert "&lt;script&gt;window.__pwned = 9&lt;/script&gt;" in page.text


def test_pages_forbid_inline_and_foreign_scripts(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert client.get("/v1/stats").headers["x-content-type-options"] == "nosniff"


def test_csv_cells_that_a_spreadsheet_would_run_stay_text():
    response = csv_response([{"title": "=HYPERLINK(\"http://evil\")", "n": -3, "who": "@cmd"}],
                            ["title", "n", "who"], "x")
    assert response.body.decode().splitlines() == ["title,n,who", "\"'=HYPERLINK(\"\"http://evil\"\")\",-3,'@cmd"]


def test_a_declared_oversize_body_is_refused_before_reading(client):
    response = client.post("/v1/process", content=b"x" * 2_000_001, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["detail"] == "request body too large: the limit is 2 MB"


def test_a_streamed_oversize_body_is_refused(client):
    def chunks():
        for _ in range(30):
            yield b"x" * 100_000

    response = client.post("/v1/process", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_an_oversize_pasted_article_is_refused(client):
    response = client.post("/process", data={"content": "a" * 2_100_000, "kind": "text"})
    assert response.status_code == 413


@pytest.mark.parametrize("path", [
    "/v1/articles/..%2F..%2Fetc%2Fpasswd", "/v1/articles/../../etc/passwd", "/v1/entities/..%2F..%2Fetc%2Fpasswd",
    "/articles/..%2F..%2Fetc%2Fpasswd", "/entities/..%2Fcronaca.duckdb", "/static/..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/../../../../etc/passwd", "/v1/articles/%2Fetc%2Fpasswd",
])
def test_path_like_ids_find_nothing(client, path):
    response = client.get(path)
    assert response.status_code in (404, 422)
    assert "root:" not in response.text


def test_a_posted_url_is_recorded_never_fetched(client):
    record = client.post("/v1/process", json={"text": "Putin ha parlato con Xi a Pechino.",
                                              "url": "file:///etc/passwd"}).json()
    assert record["source"]["uri"] == "file:///etc/passwd"
    assert "root:" not in record["text"]


def _slow_app(store_path, monkeypatch, seconds: float):
    import cronaca.api.processing as processing

    real = processing._pipeline

    def slow(submission, content):
        time.sleep(seconds)
        return real(submission, content)

    monkeypatch.setattr(processing, "_pipeline", slow)
    return create_app(store_path, timeout=0.2)


def test_processing_past_the_deadline_answers_504(store_path, monkeypatch):
    with TestClient(_slow_app(store_path, monkeypatch, 0.6)) as c:
        response = c.post("/v1/process", json={"text": "Putin ha parlato con Xi."})
    assert response.status_code == 504
    assert response.json()["detail"] == "processing took longer than 0.2 s and was abandoned"


def test_abandoned_work_keeps_its_slot_so_stuck_work_cannot_pile_up(store_path, monkeypatch):
    # The work is held until the test lets it go, so that a loaded machine cannot free a slot early.
    import cronaca.api.processing as processing

    real, gate = processing._pipeline, threading.Event()

    def held(submission, content):
        gate.wait(30)
        return real(submission, content)

    monkeypatch.setattr(processing, "_pipeline", held)
    with TestClient(create_app(store_path, timeout=0.2)) as c:
        post = lambda: c.post("/v1/process", json={"text": "Putin ha parlato con Xi."}).status_code  # noqa: E731
        assert [post() for _ in range(3)] == [504, 504, 503]
        gate.set()
        deadline = time.monotonic() + 30
        while (status := post()) == 503 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert status != 503  # the finished work gave its slots back


def test_a_cross_site_form_cannot_post_json_to_ingest(tmp_path):
    # A page elsewhere can only send "simple" bodies (text/plain, form-encoded) without a CORS preflight.
    with TestClient(create_app(tmp_path / "w.duckdb", allow_ingest=True)) as c:
        for kind in ("text/plain", "application/x-www-form-urlencoded"):
            response = c.post("/v1/ingest", content=b'{"text": "Putin ha parlato con Xi."}',
                              headers={"content-type": kind})
            assert response.status_code == 422, kind
        assert c.get("/v1/stats").json()["counts"]["articles"] == 0
