"""The /v1 API over a store with hand-made facts and the sample corpus."""
from __future__ import annotations

import csv
import io
import json
from importlib import resources

import jsonschema
import pytest

from .articles import CHINA, PUTIN, RUSSIA, XI, energy_deal, putin_xi


def _ids(page: dict) -> list[str]:
    return [row["article_id"] + "/" + row["event_id"] for row in page["items"]]


def test_articles_page_has_total_limit_offset(client):
    page = client.get("/v1/articles", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 4 and page["limit"] == 2 and page["offset"] == 1
    assert len(page["items"]) == 2


def test_articles_newest_first_and_paged_without_overlap(client):
    first = client.get("/v1/articles", params={"limit": 3}).json()["items"]
    rest = client.get("/v1/articles", params={"limit": 3, "offset": 3}).json()["items"]
    dates = [a["published"] for a in first + rest]
    assert dates == sorted(dates, reverse=True)
    assert not {a["id"] for a in first} & {a["id"] for a in rest}


def test_articles_filter_by_language_and_dates(client):
    page = client.get("/v1/articles", params={"language": "en", "since": "2026-01-01", "until": "2026-01-31"}).json()
    assert [a["title"] for a in page["items"]] == ["Shoigu meets Wang Yi in Beijing"]


def test_articles_text_search_finds_words_in_the_text(client):
    page = client.get("/v1/articles", params={"q": "energy agreement"}).json()
    assert [a["title"] for a in page["items"]] == ["Energy deal"]


def test_article_record_is_the_stored_contract(client):
    doc = putin_xi()
    record = client.get(f"/v1/articles/{doc.id}").json()
    assert record == json.loads(json.dumps(doc.to_dict()))


def test_unknown_article_is_404(client):
    response = client.get("/v1/articles/0123456789abcdef")
    assert response.status_code == 404
    assert response.json()["detail"] == "no article 0123456789abcdef"


def test_entities_by_frequency_and_type(client):
    rows = client.get("/v1/entities", params={"type": "country"}).json()["items"]
    assert [r["entity_id"] for r in rows] == [RUSSIA, CHINA]
    assert rows[0]["articles"] == 4


def test_entities_search_by_mention_text(client):
    rows = client.get("/v1/entities", params={"q": "Cina"}).json()["items"]
    assert [r["name"] for r in rows] == ["China"]


def test_entity_detail_has_events_both_ways_quotes_and_counterparts(client):
    body = client.get(f"/v1/entities/{PUTIN}").json()
    assert body["entity"]["name"] == "Vladimir Putin"
    assert {e["type"] for e in body["events_as_actor"]["items"]} == {"CONSULT", "AGREE"}
    assert [e["type"] for e in body["events_as_recipient"]["items"]] == ["AGREE"]
    assert {q["text"] for q in body["quotes"]["items"]} == {"veramente strategica", "a new chapter"}
    assert body["counterparts"][0]["entity_id"] == XI


def test_unknown_entity_is_404(client):
    assert client.get("/v1/entities/Q1").status_code == 404


def test_events_by_actor_name(client):
    page = client.get("/v1/events", params={"actor": "Russia"}).json()
    assert page["total"] == 2 and {e["type"] for e in page["items"]} == {"COOPERATE"}


def test_events_by_recipient(client):
    page = client.get("/v1/events", params={"recipient": "Russia"}).json()
    assert {e["type"] for e in page["items"]} == {"ACCUSE", "THREATEN"}


def test_events_actor_and_recipient_is_a_directed_dyad(client):
    page = client.get("/v1/events", params={"actor": "China", "recipient": "Russia"}).json()
    assert [e["type"] for e in page["items"]] == ["ACCUSE"]


def test_events_dyad_matches_either_direction(client):
    page = client.get("/v1/events", params=[("dyad", "Russia"), ("dyad", "China")]).json()
    assert sorted(e["type"] for e in page["items"]) == ["ACCUSE", "COOPERATE", "COOPERATE"]


def test_events_dyad_needs_two_actors(client):
    assert client.get("/v1/events", params={"dyad": "Russia"}).status_code == 422


def test_events_by_type_and_status(client):
    assert client.get("/v1/events", params={"type": "consult"}).json()["total"] == 2
    negated = client.get("/v1/events", params={"status": "negated"}).json()["items"]
    assert [e["type"] for e in negated] == ["ACCUSE"]


def test_events_date_range_keeps_month_precision_dates(client):
    page = client.get("/v1/events", params={"since": "2025-12-15", "until": "2025-12-31"}).json()
    assert [(e["type"], e["date"]) for e in page["items"]] == [("COOPERATE", "2025-12")]


def test_events_by_language_and_words(client):
    page = client.get("/v1/events", params={"language": "en", "q": "energy"}).json()
    assert sorted(e["trigger_text"] for e in page["items"]) == ["agreed to deepen", "signed"]


def test_events_carry_actor_and_recipient_names(client):
    row = client.get("/v1/events", params={"type": "CONSULT", "language": "it"}).json()["items"][0]
    assert (row["source"], row["target"], row["source_ids"], row["target_ids"]) == (
        "Vladimir Putin", "Xi Jinping", [PUTIN], [XI])


def test_events_timeline_counts_and_mean_intensity_per_month(client):
    points = client.get("/v1/events/timeline", params=[("dyad", "Russia"), ("dyad", "China")]).json()
    assert points == [{"period": "2025-12", "events": 1, "mean_intensity": 4.0},
                      {"period": "2026-01", "events": 1, "mean_intensity": 3.0},
                      {"period": "2026-02", "events": 1, "mean_intensity": -2.0}]


def test_events_timeline_per_week_starts_on_monday(client):
    points = client.get("/v1/events/timeline", params={"actor": "Putin", "granularity": "week"}).json()
    assert points == [{"period": "2026-02-02", "events": 2, "mean_intensity": 1.5}]


def test_quotes_by_speaker_and_words(client):
    assert [q["text"] for q in client.get("/v1/quotes", params={"speaker": "Putin", "q": "chapter"}).json()["items"]] \
        == ["a new chapter"]


def test_stats_count_what_is_stored(client):
    stats = client.get("/v1/stats").json()
    assert stats["counts"]["articles"] == 4
    assert stats["counts"]["events"] == 7
    assert stats["event_types"]["CONSULT"] == 2
    assert stats["languages"] == {"en": 3, "it": 1}


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/entities", "/v1/events", "/v1/quotes"])
def test_every_list_downloads_as_csv(client, path):
    response = client.get(path, params={"format": "csv", "limit": 3})
    assert response.headers["content-type"].startswith("text/csv")
    name = path.rsplit("/", 1)[1]
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.csv"'
    rows = list(csv.reader(io.StringIO(response.text)))
    assert len(rows) == 1 + min(3, client.get(path).json()["total"])


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/entities", "/v1/events", "/v1/quotes"])
def test_every_list_downloads_as_json(client, path):
    response = client.get(path, params={"format": "json"})
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert response.json()["total"] == client.get(path).json()["total"]


def test_csv_joins_lists_with_semicolons(client):
    response = client.get("/v1/events", params={"type": "AGREE", "format": "csv"})
    row = next(csv.DictReader(io.StringIO(response.text)))
    assert row["source_ids"] == f"{PUTIN}; {XI}"


def test_limit_over_1000_is_refused(client):
    assert client.get("/v1/events", params={"limit": 1001}).status_code == 422


def test_bad_date_is_422_with_the_field_named(client):
    response = client.get("/v1/events", params={"since": "yesterday"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "since"]


def test_process_returns_a_schema_valid_article(client):
    response = client.post("/v1/process", json={
        "text": "Il presidente russo Vladimir Putin ha parlato con il presidente cinese Xi Jinping.",
        "published": "2026-02-04", "language": "it"})
    assert response.status_code == 200
    schema = json.loads(resources.files("cronaca.schema").joinpath("article.schema.json").read_text("utf-8"))
    jsonschema.validate(response.json(), schema)
    assert response.json()["source"]["published"] == "2026-02-04"


def test_process_reads_html(client):
    html = ("<html><body><article><h1>Vertice</h1><p>" + "Il presidente russo ha parlato con la Cina. " * 5
            + "</p></article></body></html>")
    record = client.post("/v1/process", json={"html": html}).json()
    assert "Il presidente russo ha parlato" in record["text"] and "<p>" not in record["text"]


def test_process_needs_exactly_one_of_text_or_html(client):
    for body in ({}, {"text": "a", "html": "<p>a</p>"}):
        response = client.post("/v1/process", json=body)
        assert response.status_code == 422
        assert response.json()["detail"][0]["msg"] == "Value error, give exactly one of 'text' or 'html'"


def test_process_refuses_blank_text(client):
    response = client.post("/v1/process", json={"text": "   "})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "text"]


def test_process_refuses_unreadable_html_with_the_reason(client):
    response = client.post("/v1/process", json={"html": "<html><body></body></html>"})
    assert response.status_code == 400
    assert response.json()["detail"] == "cannot read the article: no article text found in the HTML page"


def test_process_refuses_unknown_fields_and_bad_dates(client):
    assert client.post("/v1/process", json={"text": "a b c", "path": "/etc/passwd"}).status_code == 422
    assert client.post("/v1/process", json={"text": "a b c", "published": "2026-13-01"}).status_code == 422


def test_process_refuses_malformed_json(client):
    response = client.post("/v1/process", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_ingest_is_forbidden_on_a_read_only_server(client):
    response = client.post("/v1/ingest", json={"text": "Putin ha parlato con Xi."})
    assert response.status_code == 403
    assert "--allow-ingest" in response.json()["detail"]


def test_ingest_stores_once_when_allowed(tmp_path):
    from fastapi.testclient import TestClient

    from cronaca.api import create_app

    text = "Il presidente russo Vladimir Putin ha parlato con il presidente cinese Xi Jinping."
    # a generous timeout: the first article builds the pipeline, slow on a loaded machine
    with TestClient(create_app(tmp_path / "new.duckdb", allow_ingest=True, timeout=300)) as c:
        first = c.post("/v1/ingest", json={"text": text, "published": "2026-02-04"}).json()
        again = c.post("/v1/ingest", json={"text": text, "published": "2026-02-04"}).json()
        assert first["stored"] is True and again == {"id": first["id"], "stored": False}
        assert c.get(f"/v1/articles/{first['id']}").json()["text"] == text
        assert c.get("/v1/stats").json()["counts"]["articles"] == 1


def test_read_only_server_needs_an_existing_store(tmp_path):
    from cronaca.api import StoreMissing, create_app

    with pytest.raises(StoreMissing, match="run `cronaca ingest"):
        create_app(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()


def test_openapi_spec_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/v1/process", "/v1/ingest", "/v1/articles", "/v1/articles/{article_id}",
                          "/v1/entities", "/v1/entities/{entity_id}", "/v1/events", "/v1/events/timeline",
                          "/v1/quotes", "/v1/stats"}


def test_energy_deal_event_links_back_to_its_words(client):
    doc = energy_deal()
    record = client.get(f"/v1/articles/{doc.id}").json()
    trigger = record["events"][0]["trigger"]
    assert record["text"][trigger["start"]:trigger["end"]] == "signed"
