"""Spark in local mode gives exactly what the local pipeline gives, for the same input."""
from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from support import SAMPLES

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs a Java runtime (java not on PATH)", allow_module_level=True)

from cronaca.run.spark import session, spark_dedup, spark_ingest  # noqa: E402
from cronaca.store.database import Store  # noqa: E402
from cronaca.store.dedup import cluster_events, mention_from_row  # noqa: E402
from cronaca.store.ingest import ingest  # noqa: E402
from cronaca.store.parquet import import_parquet, open_parquet  # noqa: E402

from pyspark import cloudpickle  # noqa: E402

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # for the steps defined here

TABLES = ("articles", "entities", "mentions", "events", "quotes", "repairs", "removed")


@pytest.fixture(scope="module")
def spark():
    spark = session("local[2,2]")  # two threads; a failed task is tried twice, as on a cluster
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2026-02-05T10:00:00Z"})
            writer.write_record(record)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(SAMPLES, root / "samples", ignore=shutil.ignore_patterns("README.md"))
    page = ("<html><head><title>Vertice</title></head><body><article><h1>Vertice a Pechino</h1>"
            "<p>Il ministro degli esteri cinese Wang Yi ha incontrato ieri a Pechino il segretario "
            "del Consiglio di sicurezza russo Sergei Shoigu per colloqui sulla cooperazione.</p>"
            "<p>Le due parti hanno concordato di mantenere stretti legami, secondo i media statali.</p>"
            "</article></body></html>")
    write_warc(root / "crawl.warc.gz", [("https://example.org/vertice", page)])
    pq.write_table(pa.table({
        "text": ["The foreign ministers of France and Germany met in Paris on Monday to discuss Ukraine.",
                 None],
        "url": ["https://example.org/paris", "https://example.org/empty"],
        "published": ["2026-02-02", "2026-02-03"],
    }), root / "batch.parquet")
    (root / "bad.jsonl").write_text('{"text": "fine and long enough to be an article of news."}\n{oops\n')
    return root


def table_rows(con, table: str) -> list[tuple]:
    from cronaca.store.rows import COLUMNS

    cols = ", ".join(c for c in COLUMNS[table] if c != "record")  # the record name is where, not what
    return sorted(con.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)


@pytest.fixture(scope="module")
def spark_out(spark, corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("spark") / "out"
    spark_ingest([str(corpus)], str(out), spark=spark)
    return out


def test_spark_output_equals_the_local_pipeline(spark_out, corpus, tmp_path):
    local = tmp_path / "local.duckdb"
    ingest([str(corpus)], str(local))
    with Store(local, read_only=True) as mine, open_parquet(spark_out) as theirs:
        assert table_rows(theirs.con, "articles")  # not vacuous
        for table in TABLES:
            assert table_rows(theirs.con, table) == table_rows(mine.con, table), table


def test_every_input_format_is_read(spark_out):
    with open_parquet(spark_out) as store:
        formats = dict(store.con.execute("SELECT format, count(*) FROM articles GROUP BY 1").fetchall())
    assert formats == {"text": 1, "html": 4, "jsonl": 5, "warc": 1}  # JSONL: 3 VOA + 1 good line + 1 Parquet row


def test_failed_records_go_to_rejects_with_their_reason(spark_out, corpus):
    with open_parquet(spark_out) as store:
        reasons = sorted(store.con.execute("SELECT record, reason FROM failures").fetchall())
    assert (f"{corpus / 'bad.jsonl'}:2", "malformed JSON: Expecting property name enclosed in double "
            "quotes (column 2)") in reasons
    assert any(r.endswith("batch.parquet#1") and why == "no 'text' or 'html' field" for r, why in reasons)


def test_tables_are_partitioned_by_day_and_language(spark_out):
    assert (spark_out / "articles" / "published_day=2026-02-04" / "lang=it").is_dir()
    assert (spark_out / "articles" / "published_day=2026-02-05" / "lang=it").is_dir()  # WARC date


def test_a_rerun_is_idempotent(spark, corpus, spark_out, tmp_path):
    with open_parquet(spark_out) as store:
        before = {t: table_rows(store.con, t) for t in TABLES}
    spark_ingest([str(corpus)], str(spark_out), spark=spark)
    with open_parquet(spark_out) as store:
        assert {t: table_rows(store.con, t) for t in TABLES} == before


def test_the_store_imports_spark_output_once(spark_out, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        first = import_parquet(store, spark_out)
        again = import_parquet(store, spark_out)
        with open_parquet(spark_out) as source:
            expected = {t: table_rows(source.con, t) for t in TABLES}
        assert {t: table_rows(store.con, t) for t in TABLES} == expected
    assert first.stored == len(expected["articles"]) and (again.stored, again.duplicates) == (0, first.stored)


def test_spark_dedup_equals_the_local_dedup(spark, tmp_path):
    out = tmp_path / "out"
    days = ["2026-02-04", "2026-02-05", "2026-02-20", None]
    events = pa.table({
        "article_id": [f"a{i}" for i in range(4)] + ["a9"], "event_id": ["e1"] * 5,
        "type": ["CONSULT"] * 4 + ["ASSAULT"], "status": ["occurred"] * 5,
        "source_ids": [["Q7747"]] * 4 + [["Q212"]], "target_ids": [["Q15031"]] * 4 + [["Q159"]],
        "date": days + ["2026-02-04"],
    })
    articles = pa.table({"id": [f"a{i}" for i in range(4)] + ["a9"],
                         "published": ["2026-02-04", "2026-02-05", "2026-02-20", "2026-02-21", "2026-02-04"],
                         "outlet": ["AP", "Reuters", "AP", None, "AP"],
                         "uri": ["u0", "u1", "u2", "https://x.org/3", "u9"]})
    (out / "events").mkdir(parents=True)
    (out / "articles").mkdir()
    pq.write_table(events, out / "events" / "part.parquet")
    pq.write_table(articles, out / "articles" / "part.parquet")
    assert spark_dedup(spark, str(out)) == 3
    got = pq.read_table(out / "event_clusters").to_pylist()
    joined = zip(events["article_id"].to_pylist(), events["type"].to_pylist(),
                 events["source_ids"].to_pylist(), events["target_ids"].to_pylist(),
                 events["date"].to_pylist(), articles["published"].to_pylist(),
                 articles["outlet"].to_pylist(), articles["uri"].to_pylist())
    ms = [mention_from_row((a, "e1", t, "occurred", s, g, d or p, o, u))
          for a, t, s, g, d, p, o, u in joined]
    expected = [dict(zip(("cluster_id", "type", "status", "source_ids", "target_ids", "first_date",
                          "last_date", "n_mentions", "n_articles", "n_sources"), c.row()))
                for c in cluster_events(ms)]
    assert sorted(got, key=lambda r: r["cluster_id"]) == expected


def test_files_given_as_uris_are_read_by_spark_itself(spark, corpus, tmp_path):
    out = tmp_path / "out"
    uris = ["file://" + str(corpus / "crawl.warc.gz"), "file://" + str(corpus / "samples" / "voa.jsonl")]
    summary = spark_ingest(uris, str(out), spark=spark)
    assert summary.articles == 4


def read_only(doc):
    """Instead of the pipeline, to keep executor tests fast: the text as read is the clean text.

    Spark's workers cannot import this test module; cloudpickle ships it by value (see the top)."""
    doc.text = doc.raw
    return doc


def test_the_same_text_in_two_files_is_one_article_from_the_lowest_record(spark, tmp_path):
    story = json.dumps({"text": "The same wire story, carried by two outlets on the same day.",
                        "published": "2026-02-04", "language": "en"})
    other = json.dumps({"text": "Another story entirely, long enough to be an article.", "language": "en"})
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.jsonl").write_text(f"{other}\n{story}\n")
    (tmp_path / "in" / "a.jsonl").write_text(f"{story}\n")
    summary = spark_ingest([str(tmp_path / "in")], str(tmp_path / "out"), spark=spark, step=read_only)
    records = pq.read_table(tmp_path / "out" / "articles", columns=["record"]).column("record").to_pylist()
    assert summary.articles == 2
    assert sorted(records) == [str(tmp_path / "in" / "a.jsonl:1"), str(tmp_path / "in" / "b.jsonl:1")]


def test_a_task_that_fails_after_emitting_rows_is_retried_without_duplicates(spark, tmp_path):
    """The first attempt dies after two batches of rows went out; the retry's rows replace them."""
    from cronaca.run.spark_batches import BATCH_ARTICLES

    n = 3 * BATCH_ARTICLES
    lines = [json.dumps({"text": f"Article number {i} of a batch, long enough to be news.",
                         "published": "2026-02-04", "language": "en"}) for i in range(n)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.jsonl").write_text("\n".join(lines) + "\n")
    marker = tmp_path / "failed-once"

    def step(doc):
        from pyspark import TaskContext

        if doc.record.endswith(f":{n - 10}") and TaskContext.get().attemptNumber() == 0:
            marker.touch()
            raise RuntimeError("executor lost")
        return read_only(doc)

    summary = spark_ingest([str(tmp_path / "in")], str(tmp_path / "out"), spark=spark, step=step)
    ids = pq.read_table(tmp_path / "out" / "articles", columns=["id"]).column("id").to_pylist()
    assert marker.exists()  # the first attempt did fail
    assert summary.articles == len(ids) == len(set(ids)) == n


def test_each_day_and_language_is_written_by_few_tasks_and_each_article_processed_once(spark, tmp_path):
    """Four tasks over ten days: every task writes a contiguous run of days (at most 4 + 10 - 1 files
    per table, where hashing on the id gave up to 40), and range partitioning's sample does not rerun
    the pipeline."""
    (tmp_path / "in").mkdir()
    for f in range(4):
        lines = [json.dumps({"text": f"Story {f}-{i}, long enough to be one article of the news.",
                             "published": f"2026-02-{10 + (i % 10):02d}", "language": "en"}) for i in range(30)]
        (tmp_path / "in" / f"part-{f}.jsonl").write_text("\n".join(lines) + "\n")
    calls = tmp_path / "calls"

    def counting(doc):
        with calls.open("a") as fh:
            fh.write("x")
        return read_only(doc)

    summary = spark_ingest([str(tmp_path / "in")], str(tmp_path / "out"), spark=spark, partitions=4,
                           step=counting)
    files = list((tmp_path / "out" / "articles").rglob("*.parquet"))
    assert summary.articles == 120
    assert len({f.parent.parent.name for f in files}) == 10
    assert len(files) <= 4 + 10 - 1
    assert len(calls.read_text()) == 120
