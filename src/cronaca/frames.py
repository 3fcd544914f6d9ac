"""Articles and stores as DataFrames, for analysts who live in pandas or polars.

The tables are the store's tables (``cronaca.store.rows.COLUMNS``: articles, entities, mentions,
events, quotes, repairs, removed), built from the very rows every store writer uses, so a frame made
from Articles in memory equals the frame read back from a store that holds them. Both paths go
through one Arrow schema: column types do not depend on where the rows came from, and list columns
(flags, roles, source_ids...) stay Python lists. Events and quotes also carry entity NAMES next to the
ids, because analysts read names: ``source_names``, ``target_names``, ``location_name``,
``according_to_name``, ``speaker_name`` (an id with no entity in its article keeps the id).

    >>> import cronaca
    >>> tables = cronaca.frames.of(cronaca.process(text, published="2026-02-04"))
    >>> tables["events"][["type", "source_names", "target_names", "date"]]

``backend="polars"`` gives polars DataFrames when polars is installed (it is not a dependency).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from cronaca.document import Document
from cronaca.store.rows import COLUMNS, article_rows

BACKENDS = ("pandas", "polars")

#: Columns added to the store's columns, each made of names looked up in the article's entities.
NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("source_names", "target_names", "location_name", "according_to_name"),
    "quotes": ("speaker_name", "according_to_name"),
}

#: The dedup tables a store may also hold (``cronaca dedup``); in-memory Articles have none.
CLUSTER_TABLES: dict[str, tuple[str, ...]] = {
    "event_clusters": ("cluster_id", "type", "status", "source_ids", "target_ids", "first_date",
                       "last_date", "n_mentions", "n_articles", "n_sources"),
    "event_cluster_members": ("cluster_id", "article_id", "event_id"),
}

_STRINGS = pa.list_(pa.string())
# Arrow types of the columns that are not plain strings (the store's schema.sql, as Arrow sees it).
_TYPES: dict[str, pa.DataType] = {
    "published_date": pa.date32(), "integrity_score": pa.float64(), "flags": _STRINGS,
    "tone": pa.float64(), "n_entities": pa.int32(), "n_events": pa.int32(), "n_quotes": pa.int32(),
    "in_kb": pa.bool_(), "roles": _STRINGS, "n_mentions": pa.int32(), "start_pos": pa.int32(),
    "end_pos": pa.int32(), "confidence": pa.float64(), "source_ids": _STRINGS, "target_ids": _STRINGS,
    "intensity": pa.float64(), "trigger_start": pa.int32(), "trigger_end": pa.int32(),
    "sentence_start": pa.int32(), "sentence_end": pa.int32(), "idx": pa.int32(), "direct": pa.bool_(),
    "source_names": _STRINGS, "target_names": _STRINGS, "n_articles": pa.int32(), "n_sources": pa.int32(),
}


def columns(table: str) -> tuple[str, ...]:
    """The columns of one frame: the store's columns, plus names where the table holds entity ids."""
    if table in CLUSTER_TABLES:
        return CLUSTER_TABLES[table]
    return COLUMNS[table] + NAME_COLUMNS.get(table, ())


def schema(table: str) -> pa.Schema:
    return pa.schema([(c, _TYPES.get(c, pa.string())) for c in columns(table)])


def frames(articles: Iterable[Document], backend: str = "pandas") -> dict[str, Any]:
    """One DataFrame per store table for any number of Articles (a generator is read once)."""
    _check(backend)
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in COLUMNS}
    names: dict[tuple[str, str], str] = {}
    for doc in articles:
        for table, table_rows in article_rows(doc).items():
            rows[table].extend(table_rows)
        aid = doc.id
        names.update(((aid, e.id), e.name) for e in doc.entities)
    return _frames(rows, names, backend)


def of(article: Document, backend: str = "pandas") -> dict[str, Any]:
    """The DataFrames of one Article: ``cronaca.frames.of(cronaca.process(text))``."""
    return frames([article], backend)


def store_frames(db_path: str | Path, backend: str = "pandas") -> dict[str, Any]:
    """Every table of a store as DataFrames: a DuckDB file, or the Parquet folder of spark-ingest.

    The store's tables plus ``event_clusters`` and ``event_cluster_members`` (empty until
    ``cronaca dedup`` has run). The store is opened read-only, so a running ingest is not disturbed.
    """
    _check(backend)
    path = Path(db_path)
    if path.is_dir():
        from cronaca.store.parquet import open_parquet

        store = open_parquet(path)
    elif path.exists():
        from cronaca.store.database import Store

        store = Store(path, read_only=True)
    else:
        raise FileNotFoundError(f"no store at {path}; run `cronaca ingest` first")
    with store:
        con = store.con
        rows = {table: con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {_ORDER[table]}").fetchall()
                for table, cols in COLUMNS.items()}
        names = {(a, e): n for a, e, n in con.execute(
            "SELECT article_id, entity_id, name FROM entities").fetchall()}
        clusters = {table: con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {cols[0]}"
                                       + (", article_id, event_id" if table == "event_cluster_members" else ""))
                    .fetchall() for table, cols in CLUSTER_TABLES.items()}
    out = _frames(rows, names, backend)
    out.update({table: _convert(_arrow(table, table_rows), backend) for table, table_rows in clusters.items()})
    return out


# The order rows come in from Articles: article by article in input order, so the store cannot match
# that; a store is read in a documented, stable order instead (by article, then position).
_ORDER = {
    "articles": "published_date NULLS LAST, id",
    "entities": "article_id, entity_id",
    "mentions": "article_id, start_pos, end_pos, entity_id",
    "events": "article_id, trigger_start, event_id",
    "quotes": "article_id, idx",
    "repairs": "article_id, idx",
    "removed": "article_id, idx",
}


def _frames(rows: dict[str, list[tuple[Any, ...]]], names: dict[tuple[str, str], str],
            backend: str) -> dict[str, Any]:
    out = {}
    for table, table_rows in rows.items():
        if table in NAME_COLUMNS:
            table_rows = list(_with_names(table, table_rows, names))
        out[table] = _convert(_arrow(table, table_rows), backend)
    return out


def _with_names(table: str, rows: list[tuple[Any, ...]],
                names: dict[tuple[str, str], str]) -> Iterator[tuple[Any, ...]]:
    cols = COLUMNS[table]

    def name(aid: str, entity_id: str | None) -> str | None:
        return None if entity_id is None else names.get((aid, entity_id), entity_id)

    if table == "events":
        src, tgt, loc, acc = (cols.index(c) for c in ("source_ids", "target_ids", "location", "according_to"))
        for row in rows:
            aid = row[0]
            yield row + ([name(aid, i) for i in row[src] or ()], [name(aid, i) for i in row[tgt] or ()],
                         name(aid, row[loc]), name(aid, row[acc]))
    else:
        spk, acc = cols.index("speaker"), cols.index("according_to")
        for row in rows:
            yield row + (name(row[0], row[spk]), name(row[0], row[acc]))


def _arrow(table: str, rows: list[tuple[Any, ...]]) -> pa.Table:
    target = schema(table)
    if not rows:
        return target.empty_table()
    arrays = [pa.array(list(values), type=field.type) for values, field in zip(zip(*rows), target)]
    return pa.Table.from_arrays(arrays, schema=target)


def _convert(table: pa.Table, backend: str) -> Any:
    if backend == "polars":
        import polars

        return polars.from_arrow(table)
    frame = table.to_pandas(date_as_object=True)
    for field in table.schema:
        if pa.types.is_list(field.type):  # Arrow gives numpy arrays; analysts expect lists
            frame[field.name] = table.column(field.name).to_pylist()
    return frame


def _check(backend: str) -> None:
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "polars":
        try:
            import polars  # noqa: F401
        except ImportError:
            raise ImportError("backend='polars' needs polars: pip install polars") from None
