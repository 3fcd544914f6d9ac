"""The Spark executor: the same stages over WARC, JSONL and Parquet inputs, Parquet tables out.

Work is split by input file (and Parquet row groups through Spark's own reader). Each Python worker
builds the pipeline once (language data and the knowledge base load lazily, once per process), so
executors pay the start-up cost once, not per article. Outputs are the store's tables
(cronaca.store.rows) plus `rejects`, partitioned by publication day and language; a re-run over the
same input rewrites the same partitions, so it is idempotent.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cronaca.document import Document
from cronaca.read import Reject
from cronaca.read.paths import KNOWN_EXT, PARQUET_EXT, _extension, read_file
from cronaca.store.rows import COLUMNS, article_rows

TABLES = tuple(COLUMNS) + ("rejects",)
PARTITION_COLUMNS = ("published_day", "lang")
UNKNOWN_DAY = "unknown"


@dataclass
class SparkSummary:
    out: str
    articles: int = 0
    rejects: int = 0
    tables: dict[str, int] = field(default_factory=dict)

    def render(self) -> str:
        return (f"{self.out}: {self.articles} articles, {self.rejects} rejects; "
                + ", ".join(f"{n} {t}" for t, n in self.tables.items()))


def input_files(inputs: Iterable[str]) -> list[str]:
    """Every readable file under the inputs, sorted so that partitions are deterministic."""
    files: list[str] = []
    for raw in inputs:
        if _is_uri(raw):
            files.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files += sorted(str(p) for p in path.rglob("*") if p.is_file() and _extension(p) in KNOWN_EXT)
        else:
            files.append(str(path))
    return files


Rows = list[tuple[str, tuple[Any, ...]]]


def _is_uri(value: str) -> bool:
    return "://" in value


def process_paths(paths: Iterable[str]) -> Iterator[tuple[str, Rows]]:
    """(article id, its (table, row) pairs) for every article in the files; runs in a Spark task."""
    from cronaca.run.local import run_one

    for path in paths:
        for item in read_file(Path(path)):
            yield _rows(item if isinstance(item, Reject) else run_one(item))


def process_blobs(blobs: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, Rows]]:
    """Like process_paths, for whole files Spark read from any Hadoop filesystem (hdfs://, s3a://)."""
    import gzip
    import io

    from cronaca.read.paths import WARC_EXT, read_bytes
    from cronaca.read.warc import read_warc
    from cronaca.run.local import run_one

    for uri, data in blobs:
        ext = _extension(Path(uri.split("://", 1)[-1]))
        if ext in WARC_EXT:
            items = read_warc(io.BytesIO(data), uri)
        else:
            if uri.endswith(".gz"):
                data = gzip.decompress(data)
            items = read_bytes(data, uri, ext)
        for item in items:
            if not isinstance(item, Reject) and item.source.uri is None:
                item.source.uri = uri
            yield _rows(item if isinstance(item, Reject) else run_one(item))


def process_records(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Rows]]:
    """(article id, its (table, row) pairs) for Parquet rows already read by Spark."""
    from cronaca.read import ReadError
    from cronaca.read.jsonl import from_record
    from cronaca.run.local import run_one

    for record in records:
        name = record.pop("_record")
        try:
            doc = from_record({k: v for k, v in record.items() if v is not None}, name)
        except ReadError as exc:
            yield _rows(Reject(name, str(exc)))
            continue
        yield _rows(run_one(doc))


def _rows(item: Document | Reject) -> tuple[str, Rows]:
    if isinstance(item, Reject):
        return "reject:" + item.record, [("rejects", (item.record, item.reason, UNKNOWN_DAY, "und"))]
    day = (item.source.published or "")[:10] or UNKNOWN_DAY
    lang = item.language or "und"
    return item.id, [(table, row + (day, lang))
                     for table, rows in article_rows(item).items() for row in rows]


def _first(a: Rows, b: Rows) -> Rows:
    """Two inputs with the same cleaned text are one article: keep one, deterministically."""
    return min(a, b, key=lambda rows: str(rows[0][1]))


def spark_ingest(inputs: list[str], out: str, master: str = "local[*]", partitions: int | None = None,
                 spark=None, dedup: bool = True) -> SparkSummary:
    """Run the pipeline on Spark and write one Parquet table per store table under ``out``."""
    from pyspark import StorageLevel

    own_session = spark is None
    if own_session:
        spark = session(master)
        quiet(spark)
    try:
        files = input_files(inputs)
        parquet = [f for f in files if _extension(Path(f)) in PARQUET_EXT]
        remote = [f for f in files if _is_uri(f) and f not in parquet]
        others = [f for f in files if f not in parquet and f not in remote]
        sc = spark.sparkContext
        pieces = []
        if remote:  # a folder or glob on HDFS / S3: Spark lists and reads the files itself
            pieces.append(sc.binaryFiles(",".join(remote)).mapPartitions(process_blobs))
        if others:
            n = partitions or max(1, min(len(others), sc.defaultParallelism * 4))
            pieces.append(sc.parallelize(others, n).mapPartitions(process_paths))
        for path in parquet:
            pieces.append(_parquet_rows(spark, path))
        articles = sc.union(pieces) if pieces else sc.emptyRDD()
        rows = articles.reduceByKey(_first).flatMap(lambda kv: kv[1])
        rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
        summary = SparkSummary(out)
        counts = rows.map(lambda r: r[0]).countByValue()
        for table in TABLES:
            # The rows come from article_rows, already typed: skip Spark's per-row Python check.
            frame = spark.createDataFrame(rows.filter(lambda r, t=table: r[0] == t).map(lambda r: r[1]),
                                          schema=spark_schema(table), verifySchema=False)
            (frame.write.mode("overwrite").partitionBy(*PARTITION_COLUMNS)
             .parquet(str(Path(out) / table)))
            summary.tables[table] = counts.get(table, 0)
        rows.unpersist()
        summary.articles = summary.tables["articles"]
        summary.rejects = summary.tables["rejects"]
        if dedup:
            summary.tables["event_clusters"] = spark_dedup(spark, out)
        return summary
    finally:
        if own_session:
            spark.stop()


def session(master: str = "local[*]"):
    """A Spark session whose Python workers run this interpreter (so they import this cronaca)."""
    import os
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName("cronaca")
    if master.startswith("local"):
        # Local mode talks to itself only: keep it on the loopback interface.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    return (builder
            .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate())


def quiet(spark) -> None:
    spark.sparkContext.setLogLevel("ERROR")


def _parquet_rows(spark, path: str):
    from pyspark.sql import functions as F

    from cronaca.read.jsonl import FIELDS

    frame = spark.read.parquet(path)
    keep = [c for c in frame.columns if c in FIELDS]
    frame = frame.select(*keep, F.concat(F.lit(path + "#"), F.monotonically_increasing_id()
                                         .cast("string")).alias("_record"))
    return frame.rdd.map(lambda r: r.asDict()).mapPartitions(process_records)


def spark_schema(table: str):
    from pyspark.sql import types as T

    string, long, double, boolean = T.StringType(), T.LongType(), T.DoubleType(), T.BooleanType()
    strings = T.ArrayType(T.StringType())
    kinds = {
        "published_date": T.DateType(), "integrity_score": double, "flags": strings, "tone": double,
        "n_entities": long, "n_events": long, "n_quotes": long, "in_kb": boolean, "roles": strings,
        "n_mentions": long, "start_pos": long, "end_pos": long, "confidence": double,
        "source_ids": strings, "target_ids": strings, "intensity": double, "trigger_start": long,
        "trigger_end": long, "sentence_start": long, "sentence_end": long, "idx": long, "direct": boolean,
    }
    columns = ("record", "reason") if table == "rejects" else COLUMNS[table]
    fields = [T.StructField(c, kinds.get(c, string), True) for c in columns]
    fields += [T.StructField(c, string, False) for c in PARTITION_COLUMNS]
    return T.StructType(fields)


def spark_dedup(spark, out: str, window_days: int | None = None) -> int:
    """Cluster the events under ``out`` (written by spark_ingest) with the local store's code."""
    from cronaca.store.dedup import (CLUSTER_COLUMNS, MEMBER_COLUMNS, WINDOW_DAYS, cluster_key_group,
                                     group_key, mention_from_row)

    window = WINDOW_DAYS if window_days is None else window_days
    root = Path(out)
    if not any((root / "events").rglob("*.parquet")):
        return 0
    events = spark.read.parquet(str(root / "events"))
    articles = spark.read.parquet(str(root / "articles")).select("id", "published", "outlet", "uri")
    joined = events.join(articles, events.article_id == articles.id).selectExpr(
        "article_id", "event_id", "type", "status", "source_ids", "target_ids",
        "coalesce(date, published) AS date", "outlet", "uri")
    clusters = (joined.rdd.map(lambda r: mention_from_row(tuple(r)))
                .map(lambda m: (group_key(m), m)).groupByKey()
                .flatMap(lambda kv: cluster_key_group(list(kv[1]), window)).persist())
    from pyspark.sql import types as T

    strings = T.ArrayType(T.StringType())
    kinds = {"source_ids": strings, "target_ids": strings, "n_mentions": T.LongType(),
             "n_articles": T.LongType(), "n_sources": T.LongType()}
    schema = T.StructType([T.StructField(c, kinds.get(c, T.StringType())) for c in CLUSTER_COLUMNS])
    member_schema = T.StructType([T.StructField(c, T.StringType()) for c in MEMBER_COLUMNS])
    spark.createDataFrame(clusters.map(lambda c: c.row()), schema).write.mode("overwrite") \
        .parquet(str(root / "event_clusters"))
    spark.createDataFrame(clusters.flatMap(lambda c: [(c.cluster_id, a, e) for a, e in c.members]),
                          member_schema).write.mode("overwrite").parquet(str(root / "event_cluster_members"))
    n = clusters.count()
    clusters.unpersist()
    return n
