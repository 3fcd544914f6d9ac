"""The Spark executor: the same stages over WARC, JSONL and Parquet inputs, Parquet tables out.

Work is split by input file (and Parquet row groups through Spark's own reader). Each Python worker
builds the pipeline once (language data and the knowledge base load lazily, once per process), so
executors pay the start-up cost once, not per article. The Python work happens once per partition,
in one pass (`mapInArrow`, see spark_batches): each article comes back as one columnar row holding the
rows of every table. Everything after that runs in the JVM: duplicates are dropped by a shuffle on the
article id, the result is cached, and each table is exploded from its column and written by Spark's
own Parquet writer, partitioned by publication day and language. Spark's commit protocol makes a
retried or speculative task harmless, and any Hadoop filesystem (hdfs://, s3a://) works as output. A
re-run over the same input rewrites the same partitions (dynamic partition overwrite): idempotent.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial, reduce
from pathlib import Path

from cronaca.read.paths import KNOWN_EXT, PARQUET_EXT, _extension
from cronaca.run.spark_batches import (PARTITION_COLUMNS, TABLES, Step, cluster_spark_schema, clusters_of,
                                       from_blobs, from_paths, from_records, spark_schema)


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


def _is_uri(value: str) -> bool:
    return "://" in value


def _step() -> Step:
    from cronaca.run.local import run_one

    return run_one


def processed(spark, inputs: list[str], partitions: int | None = None, step: Step | None = None):
    """One row per input item (article or reject), every table's rows in its columns; not yet de-duplicated.

    ``step`` turns one document into its processed form; the default is the whole pipeline (run_one).
    """
    step = step or _step()
    files = input_files(inputs)
    parquet = [f for f in files if _extension(Path(f)) in PARQUET_EXT]
    remote = [f for f in files if _is_uri(f) and f not in parquet]
    others = [f for f in files if f not in parquet and f not in remote]
    schema = spark_schema()
    frames = []
    if remote:  # a folder or glob on HDFS / S3: Spark lists and reads the files itself
        blobs = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                 .load(remote).select("path", "content"))
        frames.append(blobs.mapInArrow(partial(from_blobs, step=step), schema))
    if others:
        sc = spark.sparkContext
        n = partitions or max(1, min(len(others), sc.defaultParallelism * 4))
        paths = spark.createDataFrame(sc.parallelize([(f,) for f in others], n), "path string")
        frames.append(paths.mapInArrow(partial(from_paths, step=step), schema))
    for path in parquet:
        frames.append(_parquet_records(spark, path).mapInArrow(partial(from_records, step=step), schema))
    if not frames:
        return spark.createDataFrame([], schema)
    return reduce(lambda a, b: a.unionByName(b), frames)


def distinct_articles(frame, n: int):
    """Two inputs with the same cleaned text are one article (the id hashes the text): keep one,
    deterministically (the lowest rank), with a shuffle on the id into ``n`` partitions that stays
    inside the JVM."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first = F.row_number().over(Window.partitionBy("id").orderBy("rank"))
    return frame.repartition(n, "id").withColumn("_n", first).where("_n = 1").drop("_n", "rank")


def grouped_for_writing(frame, n: int):
    """The articles range-partitioned by day, language and id, so that each task holds a contiguous run
    of days and languages.

    Spark's partitioned writer opens one file per task for every (day, language) the task meets: after
    the shuffle on the id every task meets every day, and a corpus of a few hundred days wrote tasks x
    days x tables small files (most of the JVM's time went to creating and committing them). Range
    partitioning keeps the files near one per day and language per table, and unlike a hash on the
    day it still splits a day that holds most of the corpus (one CC-NEWS crawl) across all tasks.
    Its sample is read from the de-duplicating shuffle's output: the pipeline runs once.
    """
    return frame.repartitionByRange(n, *PARTITION_COLUMNS, "id")


def write_tables(frame, out: str) -> None:
    """Each table exploded from its column of ``frame``, written by Spark, partitioned by day and language.

    The writes are independent jobs over the cached frame: submitted together, from threads, they share
    the cores instead of each waiting for the previous one's planning and commit.
    """
    from concurrent.futures import ThreadPoolExecutor

    from pyspark.sql import functions as F

    def write(table: str) -> None:
        (frame.select(F.inline(table), *PARTITION_COLUMNS).write.mode("overwrite")
         .option("partitionOverwriteMode", "dynamic").partitionBy(*PARTITION_COLUMNS)
         .parquet(_join(out, table)))

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, TABLES))  # list(): re-raises the first failure here


def _join(out: str, name: str) -> str:
    return out.rstrip("/") + "/" + name if _is_uri(out) else str(Path(out) / name)


def spark_ingest(inputs: list[str], out: str, master: str = "local[*]", partitions: int | None = None,
                 spark=None, dedup: bool = True, step: Step | None = None) -> SparkSummary:
    """Run the pipeline on Spark and write one Parquet table per store table under ``out``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    own_session = spark is None
    if own_session:
        spark = session(master)
        quiet(spark)
    try:
        items = processed(spark, inputs, partitions, step)
        # As many partitions as the input had, taken before any shuffle: asking a shuffled frame for
        # its partitions makes adaptive execution run the shuffle (and the pipeline) there and then.
        # (Not spark.sql.shuffle.partitions, which a cached plan may not coalesce.)
        n = max(1, items.rdd.getNumPartitions())
        articles = grouped_for_writing(distinct_articles(items, n), n)
        articles = articles.persist(StorageLevel.MEMORY_AND_DISK)
        counts = articles.select(*[F.sum(F.size(t)).alias(t) for t in TABLES]).first()
        summary = SparkSummary(out, tables={t: int(counts[t] or 0) for t in TABLES})
        write_tables(articles, out)
        articles.unpersist()
        summary.articles = summary.tables["articles"]
        summary.rejects = summary.tables["rejects"]
        if dedup:
            summary.tables["event_clusters"] = spark_dedup(spark, out)
        return summary
    finally:
        if own_session:
            spark.stop()


#: In local mode the JVM only moves Python's results around (shuffles, Parquet writes) for a few
#: minutes: the optimising JIT compiler's work never pays back there, and it was half of the JVM's CPU
#: (1,000 articles, local[2]: 20 -> 10 CPU ms per article). Long jobs on a cluster keep the default.
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1"


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
        builder = (builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.driver.extraJavaOptions", LOCAL_JVM_OPTIONS))
    return (builder
            .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate())


def quiet(spark) -> None:
    spark.sparkContext.setLogLevel("ERROR")


def _parquet_records(spark, path: str):
    """The JSONL fields of a Parquet file, read by Spark, each row named ``path#n``."""
    from pyspark.sql import functions as F

    from cronaca.read.jsonl import FIELDS

    frame = spark.read.parquet(path)
    keep = [c for c in frame.columns if c in FIELDS]
    return frame.select(*keep, F.concat(F.lit(path + "#"), F.monotonically_increasing_id()
                                        .cast("string")).alias("_record"))


def spark_dedup(spark, out: str, window_days: int | None = None) -> int:
    """Cluster the events under ``out`` (written by spark_ingest) with the local store's code.

    Mentions that may share a cluster (same type, status and actor sets) meet in one partition through
    a JVM shuffle; each Python worker then clusters its partition in one pass (clusters_of).
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from cronaca.store.dedup import WINDOW_DAYS

    window = WINDOW_DAYS if window_days is None else window_days
    # Read with the columns named, so an events table with no files yet is empty, not an error,
    # on any filesystem.
    events = spark.read.schema("article_id string, event_id string, type string, status string, "
                               "source_ids array<string>, target_ids array<string>, date string"
                               ).parquet(_join(out, "events"))
    articles = spark.read.schema("id string, published string, outlet string, uri string"
                                 ).parquet(_join(out, "articles"))
    joined = events.join(articles, events.article_id == articles.id).selectExpr(
        "article_id", "event_id", "type", "status", "source_ids", "target_ids",
        "coalesce(date, published) AS date", "outlet", "uri")
    # Equal cluster keys (store.dedup.group_key) give equal values here, so they share a partition;
    # the key itself stays the Python function's.
    none = F.array().cast("array<string>")
    actors = [F.array_sort(F.array_distinct(F.coalesce(F.col(c), none))) for c in ("source_ids", "target_ids")]
    n = max(1, events.rdd.getNumPartitions())
    clusters = (joined.repartition(n, "type", "status", *actors)
                .mapInArrow(partial(clusters_of, window_days=window), cluster_spark_schema())
                .persist(StorageLevel.MEMORY_AND_DISK))
    clusters.drop("members").write.mode("overwrite").parquet(_join(out, "event_clusters"))
    (clusters.select("cluster_id", F.inline("members")).write.mode("overwrite")
     .parquet(_join(out, "event_cluster_members")))
    count = clusters.count()
    clusters.unpersist()
    return count
