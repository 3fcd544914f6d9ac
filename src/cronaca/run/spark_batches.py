"""The worker side of the Spark executor: documents in, one Arrow record batch per group of articles out.

Each output row is one input item (an article or a reject) carrying the rows of every store table as
one list-of-struct column per table. Spark receives the batches through `mapInArrow` as columnar data,
so rows never travel as pickled Python tuples and the Python work is done once, in one pass: the
driver explodes each column into its table inside the JVM. The same kinds describe the Spark schema
and the Arrow schema, so the two cannot drift apart. Event clustering works the same way (clusters_of).
"""
from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from cronaca.document import Document
from cronaca.read import ReadError, Reject
from cronaca.read.paths import WARC_EXT, _extension, read_bytes, read_file
from cronaca.store.rows import COLUMNS, article_rows

TABLES = tuple(COLUMNS) + ("rejects",)
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {**COLUMNS, "rejects": ("record", "reason")}
PARTITION_COLUMNS = ("published_day", "lang")
UNKNOWN_DAY = "unknown"
#: Articles per output batch: small enough to bound a worker's memory, large enough to amortise.
BATCH_ARTICLES = 64

#: The kind of every non-string column of the store's tables.
KINDS = {
    "published_date": "date", "integrity_score": "double", "flags": "strings", "tone": "double",
    "n_entities": "long", "n_events": "long", "n_quotes": "long", "in_kb": "bool", "roles": "strings",
    "n_mentions": "long", "start_pos": "long", "end_pos": "long", "confidence": "double",
    "source_ids": "strings", "target_ids": "strings", "intensity": "double", "trigger_start": "long",
    "trigger_end": "long", "sentence_start": "long", "sentence_end": "long", "idx": "long", "direct": "bool",
}
ARROW_KINDS = {"string": pa.string(), "long": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
               "date": pa.date32(), "strings": pa.list_(pa.string())}

Step = Callable[[Document], "Document | Reject"]


def _arrow_struct(table: str) -> pa.StructType:
    return pa.struct([pa.field(c, ARROW_KINDS[KINDS.get(c, "string")]) for c in TABLE_COLUMNS[table]])


#: One row per input item: its dedup key, a tie-break, its partition, then every table's rows.
ARROW_SCHEMA = pa.schema(
    [pa.field("id", pa.string(), False), pa.field("rank", pa.string(), False),
     pa.field("published_day", pa.string(), False), pa.field("lang", pa.string(), False)]
    + [pa.field(t, pa.list_(_arrow_struct(t)), False) for t in TABLES])


def spark_schema():
    """ARROW_SCHEMA as a Spark StructType (what `mapInArrow` is told to expect)."""
    from pyspark.sql import types as T

    spark_kinds = {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(),
                   "bool": T.BooleanType(), "date": T.DateType(), "strings": T.ArrayType(T.StringType())}

    def struct(table: str):
        return T.StructType([T.StructField(c, spark_kinds[KINDS.get(c, "string")], True)
                             for c in TABLE_COLUMNS[table]])

    return T.StructType([T.StructField(c, T.StringType(), False)
                         for c in ("id", "rank", *PARTITION_COLUMNS)]
                        + [T.StructField(t, T.ArrayType(struct(t), False), False) for t in TABLES])


def to_batch(items: list[Document | Reject]) -> pa.RecordBatch:
    """Processed items as one record batch of ARROW_SCHEMA.

    The rank is the record name: of two inputs with the same text the lowest record name wins, a
    choice that depends neither on the partitioning nor on which task finishes first.
    """
    ids: list[str] = []
    ranks: list[str] = []
    days: list[str] = []
    langs: list[str] = []
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
    offsets: dict[str, list[int]] = {t: [0] for t in TABLES}
    for item in items:
        ranks.append(item.record)
        if isinstance(item, Reject):
            ids.append("reject:" + item.record)
            days.append(UNKNOWN_DAY)
            langs.append("und")
            rows["rejects"].append((item.record, item.reason))
        else:
            ids.append(item.id)
            days.append((item.source.published or "")[:10] or UNKNOWN_DAY)
            langs.append(item.language or "und")
            for table, table_rows in article_rows(item).items():
                rows[table] += table_rows
        for table in TABLES:
            offsets[table].append(len(rows[table]))
    columns = [pa.array(ids, pa.string()), pa.array(ranks, pa.string()),
               pa.array(days, pa.string()), pa.array(langs, pa.string())]
    for table in TABLES:
        struct = _arrow_struct(table)
        values = list(zip(*rows[table])) or [()] * struct.num_fields
        fields = [pa.array(v, struct.field(i).type) for i, v in enumerate(values)]
        structs = pa.StructArray.from_arrays(fields, fields=list(struct))
        columns.append(pa.ListArray.from_arrays(pa.array(offsets[table], pa.int32()), structs))
    return pa.RecordBatch.from_arrays(columns, schema=ARROW_SCHEMA)


def _batched(items: Iterable[Document | Reject], step: Step) -> Iterator[pa.RecordBatch]:
    group: list[Document | Reject] = []
    for item in items:
        group.append(item if isinstance(item, Reject) else step(item))
        if len(group) >= BATCH_ARTICLES:
            yield to_batch(group)
            group = []
    if group:
        yield to_batch(group)


def from_paths(batches: Iterable[pa.RecordBatch], step: Step) -> Iterator[pa.RecordBatch]:
    """Files on a filesystem every worker sees (a `path` column), read by the worker itself."""
    def items() -> Iterator[Document | Reject]:
        for batch in batches:
            for path in batch.column("path").to_pylist():
                yield from read_file(Path(path))
    return _batched(items(), step)


def from_blobs(batches: Iterable[pa.RecordBatch], step: Step) -> Iterator[pa.RecordBatch]:
    """Whole files Spark read from any Hadoop filesystem (hdfs://, s3a://): `path` and `content`."""
    from cronaca.read.warc import read_warc

    def items() -> Iterator[Document | Reject]:
        for batch in batches:
            content = batch.column("content")
            for i, uri in enumerate(batch.column("path").to_pylist()):
                ext = _extension(Path(uri.split("://", 1)[-1]))
                if ext in WARC_EXT:  # a CC-NEWS WARC is ~1 GB: stream it from Arrow's buffer, no copy
                    found = read_warc(pa.BufferReader(content[i].as_buffer()), uri)
                else:
                    data = content[i].as_py()
                    try:
                        found = read_bytes(gzip.decompress(data) if uri.endswith(".gz") else data, uri, ext)
                    except (OSError, EOFError) as exc:
                        found = iter([Reject(uri, f"cannot read file ({exc})")])
                for item in found:
                    if not isinstance(item, Reject) and item.source.uri is None:
                        item.source.uri = uri
                    yield item
    return _batched(items(), step)


def from_records(batches: Iterable[pa.RecordBatch], step: Step) -> Iterator[pa.RecordBatch]:
    """Parquet rows Spark read itself (the JSONL fields plus a `_record` name)."""
    from cronaca.read.jsonl import from_record

    def items() -> Iterator[Document | Reject]:
        for batch in batches:
            for record in batch.to_pylist():
                name = record.pop("_record")
                try:
                    yield from_record({k: v for k, v in record.items() if v is not None}, name)
                except ReadError as exc:
                    yield Reject(name, str(exc))
    return _batched(items(), step)


#: The columns a worker needs to cluster event mentions, in mention_from_row's order.
MENTION_COLUMNS = ("article_id", "event_id", "type", "status", "source_ids", "target_ids", "date", "outlet",
                   "uri")
CLUSTER_KINDS = {"source_ids": "strings", "target_ids": "strings", "n_mentions": "long",
                 "n_articles": "long", "n_sources": "long"}


def _cluster_arrow_schema() -> pa.Schema:
    from cronaca.store.dedup import CLUSTER_COLUMNS

    members = pa.list_(pa.struct([pa.field("article_id", pa.string()), pa.field("event_id", pa.string())]))
    return pa.schema([pa.field(c, ARROW_KINDS[CLUSTER_KINDS.get(c, "string")]) for c in CLUSTER_COLUMNS]
                     + [pa.field("members", members)])


def cluster_spark_schema():
    """The clusters of one partition as Spark sees them: the cluster row plus its members."""
    from pyspark.sql import types as T

    from cronaca.store.dedup import CLUSTER_COLUMNS

    kinds = {"string": T.StringType(), "long": T.LongType(), "strings": T.ArrayType(T.StringType())}
    member = T.StructType([T.StructField("article_id", T.StringType()), T.StructField("event_id", T.StringType())])
    return T.StructType([T.StructField(c, kinds[CLUSTER_KINDS.get(c, "string")]) for c in CLUSTER_COLUMNS]
                        + [T.StructField("members", T.ArrayType(member))])


def clusters_of(batches: Iterable[pa.RecordBatch], window_days: int) -> Iterator[pa.RecordBatch]:
    """Every event cluster among the mentions of one partition, with the local store's code.

    The partitioning must put all mentions that could share a cluster into one partition (the driver
    partitions on type, status and the sorted actor sets); then clustering each partition alone gives
    exactly the clusters of the whole.
    """
    from cronaca.store.dedup import CLUSTER_COLUMNS, cluster_events, mention_from_row

    mentions = []
    for batch in batches:
        columns = [batch.column(c).to_pylist() for c in MENTION_COLUMNS]
        mentions += [mention_from_row(row) for row in zip(*columns)]
    schema = _cluster_arrow_schema()
    clusters = cluster_events(mentions, window_days)
    for start in range(0, len(clusters), 1024):
        group = clusters[start:start + 1024]
        rows = [c.row() for c in group]
        columns = [pa.array([r[i] for r in rows], schema.field(c).type) for i, c in enumerate(CLUSTER_COLUMNS)]
        columns.append(pa.array([[{"article_id": a, "event_id": e} for a, e in c.members] for c in group],
                                schema.field("members").type))
        yield pa.RecordBatch.from_arrays(columns, schema=schema)
