"""Queries and exports over a store built from hand-made articles with known facts."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from cronaca.document import Document, Entity, Event, Mention, Quote, Source, Span
from cronaca.store.database import Store
from cronaca.store.export import export
from cronaca.store import queries


def article(text: str, published: str, language: str, facts: bool) -> Document:
    doc = Document(raw=text, source=Source(uri=f"test:{published}", published=published), language=language)
    doc.text = text
    if facts:
        putin = Entity("Q7747", "Vladimir Putin", "PERSON", "RUS",
                       mentions=[Mention(0, 5, "Putin", "Q7747", "test")])
        xi = Entity("Q15031", "Xi Jinping", "PERSON", "CHN",
                    mentions=[Mention(15, 17, "Xi", "Q15031", "test")])
        doc.entities = [putin, xi]
        doc.events = [Event("CONSULT", ["Q7747"], ["Q15031"], "occurred", published,
                            Span.of(text, 6, 12), Span.of(text, 0, len(text)), mode="phone", id="e1")]
        doc.quotes = [Quote(text.index("“") + 1, text.index("”"), "amici veri", "Q7747", "Putin", True)]
    return doc


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "q.duckdb") as s:
        s.write_batch([
            article("Putin chiama Xi: “amici veri”.", "2026-02-04", "it", True),
            article("A quiet day with no news at all in the town.", "2025-05-01", "en", False),
        ])
        yield s


def test_articles_by_language_and_date(store):
    assert [r["language"] for r in queries.articles(store.con).records()] == ["it", "en"]
    assert len(queries.articles(store.con, language="en").rows) == 1
    assert len(queries.articles(store.con, since="2026-01-01").rows) == 1
    assert len(queries.articles(store.con, until="2025-12-31", language="it").rows) == 0


def test_entities_by_frequency(store):
    names = [r["name"] for r in queries.entities(store.con).records()]
    assert sorted(names) == ["Vladimir Putin", "Xi Jinping"]
    assert queries.entities(store.con, type="country").rows == []


def test_events_by_actor_dyad_and_type(store):
    (row,) = queries.events(store.con, actor="Putin").records()
    assert (row["type"], row["mode"], row["source"], row["target"]) == (
        "CONSULT", "phone", "Vladimir Putin", "Xi Jinping")
    assert len(queries.events(store.con, actor="Putin", recipient="Xi Jinping").rows) == 1
    assert queries.events(store.con, actor="Xi", recipient="Putin").rows == []
    assert queries.events(store.con, type="assault").rows == []


def test_a_hostile_filter_value_is_only_a_value(store):
    assert queries.events(store.con, actor="x' OR 1=1 --").rows == []
    assert store.counts()["events"] == 1


def test_quotes_by_speaker(store):
    (row,) = queries.quotes(store.con, speaker="putin").records()
    assert (row["speaker"], row["text"], row["direct"]) == ("Vladimir Putin", "amici veri", True)


def test_export_jsonl_gives_the_article_records(store, tmp_path):
    (path,) = export(store.con, "jsonl", tmp_path / "out.jsonl")
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["language"] for r in records] == ["en", "it"]
    assert records[1]["events"][0]["type"] == "CONSULT"


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_tables(store, tmp_path, fmt):
    paths = export(store.con, fmt, tmp_path / fmt)
    assert sorted(p.name for p in paths) == sorted(f"{t}.{fmt}" for t in (
        "articles", "entities", "mentions", "events", "quotes", "repairs", "removed", "failures",
        "event_clusters", "event_cluster_members"))
    if fmt == "parquet":
        assert pq.read_table(tmp_path / fmt / "entities.parquet").num_rows == 2


def test_query_and_export_commands(run_cli, store, tmp_path):
    db = store.path
    store.close()
    result = run_cli("query", "events", "--db", db, "--actor", "Vladimir Putin", "--format", "json")
    assert json.loads(result.stdout)[0]["trigger_text"] == "chiama"
    result = run_cli("query", "articles", "--db", db, "--language", "en")
    assert "(1 rows)" in result.stdout
    result = run_cli("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "csv"))
    assert result.exit_code == 0 and "events.csv" in result.stdout


def test_query_without_a_store_says_what_to_do(run_cli, tmp_path):
    result = run_cli("query", "articles", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert "run `cronaca ingest` first" in result.stderr


def test_an_event_dated_to_a_month_is_inside_a_range_that_starts_within_that_month(tmp_path):
    doc = article("Putin chiama Xi: “amici veri”.", "2026-03-10", "it", True)
    doc.events[0].date = "2026-02"  # "il mese scorso": month precision
    with Store(tmp_path / "m.duckdb") as s:
        s.write_batch([doc])
        assert len(queries.events(s.con, since="2026-02-15").rows) == 1
        assert len(queries.events(s.con, until="2026-02-01").rows) == 1
        assert queries.events(s.con, since="2026-03-01").rows == []


def test_an_undated_event_takes_its_articles_day_in_a_range(tmp_path):
    doc = article("Putin chiama Xi: “amici veri”.", "2026-02-04", "it", True)
    doc.events[0].date = None
    with Store(tmp_path / "u.duckdb") as s:
        s.write_batch([doc])
        assert len(queries.events(s.con, since="2026-02-01", until="2026-02-28").rows) == 1
        assert queries.events(s.con, until="2026-01-31").rows == []
