"""DataFrames of Articles in memory and of a store: the same tables, the same columns and types."""
from __future__ import annotations

import importlib.util
from datetime import date

import pytest
from event_articles import english_article, italian_article

import cronaca
from cronaca.document import Document, Event, Source, Span
from cronaca.frames import frames, of, store_frames
from cronaca.store.dedup import dedup_store
from cronaca.store.database import Store
from cronaca.store.rows import COLUMNS

TABLES = ["articles", "entities", "mentions", "events", "quotes", "repairs", "removed"]


def test_one_frame_per_store_table_with_the_store_columns_and_names():
    tables = of(italian_article())
    assert list(tables) == TABLES
    for table in ("articles", "entities", "mentions", "repairs", "removed"):
        assert tuple(tables[table].columns) == COLUMNS[table]
    assert list(tables["events"].columns) == [
        "article_id", "event_id", "type", "mode", "status", "date", "date_text", "source_ids", "target_ids",
        "location", "according_to", "intensity", "confidence", "rule", "trigger_start", "trigger_end",
        "trigger_text", "sentence_start", "sentence_end", "sentence_text",
        "source_names", "target_names", "location_name", "according_to_name"]
    assert list(tables["quotes"].columns) == list(COLUMNS["quotes"]) + ["speaker_name", "according_to_name"]


def test_row_counts_follow_the_article():
    tables = of(italian_article())
    assert {t: len(f) for t, f in tables.items()} == {
        "articles": 1, "entities": 6, "mentions": 6, "events": 3, "quotes": 1, "repairs": 1, "removed": 1}


def test_events_carry_entity_names_beside_the_ids():
    events = of(italian_article())["events"].set_index("event_id")
    consult = events.loc["e1"]
    assert (consult["type"], consult["mode"], consult["source_ids"], consult["source_names"],
            consult["target_names"], consult["location_name"], consult["according_to_name"]) == (
        "CONSULT", "phone", ["Q7747"], ["Vladimir Putin"], ["Xi Jinping"], "Moscow", "Associated Press")
    assert events.loc["e2", "source_names"] == ["Russia", "China"]
    assert events.loc["e2", "target_names"] == []
    assert events.loc["e1", "trigger_text"] == "parlato al telefono"


def test_quotes_carry_the_speaker_name():
    (quote,) = of(italian_article())["quotes"].to_dict("records")
    assert (quote["text"], quote["speaker"], quote["speaker_name"], quote["according_to_name"]) == (
        "amici veri", "Q7747", "Vladimir Putin", "Associated Press")


def test_an_id_with_no_entity_keeps_the_id_as_its_name():
    text = "Gazprom cut supplies."
    doc = Document(raw=text, source=Source(published="2026-01-02"), language="en")
    doc.text = text
    doc.events = [Event("SANCTION", ["x:org:gazprom"], [], "occurred", None, Span.of(text, 8, 11),
                        Span.of(text, 0, len(text)), id="e1")]
    (event,) = of(doc)["events"].to_dict("records")
    assert event["source_names"] == ["x:org:gazprom"]


def test_list_columns_are_lists_and_numbers_keep_their_types():
    tables = of(italian_article())
    article = tables["articles"].iloc[0]
    assert article["flags"] == ["spinner"]
    assert article["published_date"] == date(2026, 2, 4)
    assert isinstance(tables["events"]["source_ids"].iloc[1], list)
    assert str(tables["entities"]["n_mentions"].dtype) == "int32"
    assert str(tables["events"]["intensity"].dtype) == "float64"
    assert tables["entities"]["in_kb"].tolist() == [True] * 6


def test_many_articles_stack_and_a_generator_is_enough():
    tables = frames(a for a in (italian_article(), english_article()))
    assert len(tables["articles"]) == 2
    assert tables["events"]["article_id"].nunique() == 2


def test_no_articles_give_empty_frames_with_their_columns():
    tables = frames([])
    assert all(len(f) == 0 for f in tables.values())
    assert list(tables["events"].columns)[-1] == "according_to_name"


def test_the_package_root_offers_frames():
    assert cronaca.frames.of is of
    assert "frames" in cronaca.__all__


def _records(frame, keys):
    return frame.sort_values(keys).reset_index(drop=True).to_dict("records")


def test_a_store_gives_back_the_frames_of_its_articles(store_path, articles):
    stored = store_frames(store_path)
    direct = frames(articles)
    keys = {"articles": ["id"], "entities": ["article_id", "entity_id"],
            "mentions": ["article_id", "start_pos"], "events": ["article_id", "event_id"],
            "quotes": ["article_id", "idx"], "repairs": ["article_id", "idx"], "removed": ["article_id", "idx"]}
    for table in TABLES:
        assert list(stored[table].columns) == list(direct[table].columns), table
        assert list(stored[table].dtypes) == list(direct[table].dtypes), table
        assert _records(stored[table], keys[table]) == _records(direct[table], keys[table]), table


def test_a_store_also_gives_its_event_clusters(store_path):
    assert len(store_frames(store_path)["event_clusters"]) == 0
    with Store(store_path) as store:
        dedup_store(store.con)
    clusters = store_frames(store_path)["event_clusters"]
    call = clusters[clusters["type"] == "CONSULT"].iloc[0]
    assert (call["source_ids"], call["target_ids"], call["n_mentions"], call["n_articles"], call["n_sources"]) == (
        ["Q7747"], ["Q15031"], 2, 2, 2)
    assert len(store_frames(store_path)["event_cluster_members"]) == 4


def test_a_missing_store_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="cronaca ingest"):
        store_frames(tmp_path / "none.duckdb")


def test_an_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="pandas, polars"):
        of(italian_article(), backend="arrow")


@pytest.mark.skipif(importlib.util.find_spec("polars") is None, reason="polars is not installed")
def test_polars_frames_have_the_same_columns_and_values(store_path):
    import polars

    tables = of(italian_article(), backend="polars")
    assert isinstance(tables["events"], polars.DataFrame)
    assert tables["events"].columns == list(of(italian_article())["events"].columns)
    consult = tables["events"].filter(polars.col("event_id") == "e1").row(0, named=True)
    assert (consult["source_names"], consult["target_names"]) == (["Vladimir Putin"], ["Xi Jinping"])
    assert store_frames(store_path, backend="polars")["events"].height == 4


def test_a_spark_parquet_folder_gives_the_same_frames(store_path, tmp_path):
    root = tmp_path / "spark"
    with Store(store_path, read_only=True) as store:
        for table in COLUMNS:
            (root / table).mkdir(parents=True)
            store.con.execute(f"COPY (SELECT {', '.join(COLUMNS[table])} FROM {table}) "
                              f"TO '{root / table / 'part-0.parquet'}' (FORMAT parquet)")
    from_parquet, from_duckdb = store_frames(root), store_frames(store_path)
    assert _records(from_parquet["events"], ["article_id", "event_id"]) == _records(
        from_duckdb["events"], ["article_id", "event_id"])
    assert len(from_parquet["articles"]) == 2
