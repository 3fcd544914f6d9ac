"""The worker side of the Spark executor, without Spark: what one Arrow batch carries."""
from __future__ import annotations

from pathlib import Path

from support import SEED

from cronaca.read import Reject
from cronaca.read.paths import read_file
from cronaca.run.local import run_one
from cronaca.run.spark_batches import ARROW_SCHEMA, TABLE_COLUMNS, TABLES, from_paths, to_batch
from cronaca.store.rows import article_rows


def test_a_batch_holds_every_table_row_of_an_article_and_its_rejects():
    article = run_one(next(iter(read_file(SEED))))
    batch = to_batch([article, Reject("feed.jsonl:7", "malformed JSON")])
    got = batch.to_pylist()
    assert batch.schema == ARROW_SCHEMA
    assert [(r["id"], r["rank"], r["published_day"], r["lang"]) for r in got] == [
        (article.id, str(SEED), "2026-02-04", "it"), ("reject:feed.jsonl:7", "feed.jsonl:7", "unknown", "und")]
    expected = article_rows(article)
    for table in TABLES:
        rows = [tuple(row[c] for c in TABLE_COLUMNS[table]) for row in got[0][table]]
        assert rows == expected.get(table, []), table
    assert got[1]["rejects"] == [{"record": "feed.jsonl:7", "reason": "malformed JSON"}]
    assert all(got[1][t] == [] for t in TABLES if t != "rejects")


def test_a_worker_emits_one_row_per_record_in_bounded_batches(tmp_path: Path):
    import pyarrow as pa

    lines = "".join(f'{{"text": "Story {i} is long enough to count as an article of news."}}\n'
                    for i in range(150))
    (tmp_path / "a.jsonl").write_text(lines + "{oops\n")

    def read_only(doc):
        doc.text = doc.raw
        return doc

    paths = pa.record_batch([pa.array([str(tmp_path / "a.jsonl")])], names=["path"])
    batches = list(from_paths([paths], read_only))
    assert [b.num_rows for b in batches] == [64, 64, 23]
    last = batches[-1].to_pylist()[-1]
    assert last["rank"] == f"{tmp_path / 'a.jsonl'}:151" and last["rejects"][0]["reason"].startswith("malformed JSON")
