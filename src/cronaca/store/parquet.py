"""Spark's Parquet output seen through DuckDB: queried in place, or imported into a store."""
from __future__ import annotations

from pathlib import Path

import duckdb

from cronaca.store.database import BatchResult, Store
from cronaca.store.rows import COLUMNS

#: Spark writes rejects; the store calls them failures.
REJECTS = "rejects"


def _files(root: Path, table: str) -> str | None:
    folder = root / table
    if not any(folder.rglob("*.parquet")):
        return None
    return str(folder / "**" / "*.parquet").replace("'", "''")


def _select(root: Path, table: str) -> str | None:
    pattern = _files(root, table)
    if pattern is None:
        return None
    columns = ", ".join(COLUMNS[table])
    return f"SELECT {columns} FROM read_parquet('{pattern}', hive_partitioning = true)"


def attach_views(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """Replace the (empty) store tables of ``con`` with views over the Parquet tables in ``root``."""
    for table in COLUMNS:
        select = _select(root, table)
        if select is not None:
            con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(f"CREATE VIEW {table} AS {select}")
    for table in ("event_clusters", "event_cluster_members"):
        pattern = _files(root, table)
        if pattern is not None:
            con.execute(f"DROP TABLE IF EXISTS {table}")
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{pattern}')")
    pattern = _files(root, REJECTS)
    if pattern is not None:
        con.execute("DROP TABLE IF EXISTS failures")
        con.execute("CREATE VIEW failures AS SELECT record, reason, NULL::TIMESTAMP AS failed_at "
                    f"FROM read_parquet('{pattern}', hive_partitioning = true)")


def open_parquet(root: str | Path) -> Store:
    """An in-memory store whose tables are the Parquet output of `cronaca spark-ingest`."""
    root = Path(root)
    if not (root / "articles").is_dir():
        raise FileNotFoundError(f"{root} has no articles/ table; is it the --out of spark-ingest?")
    store = Store(":memory:")
    attach_views(store.con, root)
    return store


def import_parquet(store: Store, root: str | Path) -> BatchResult:
    """Copy Spark's tables into ``store``, skipping articles it already holds (idempotent)."""
    root = Path(root)
    result = BatchResult()
    articles = _select(root, "articles")
    if articles is None:
        return result
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE TEMP TABLE incoming AS SELECT DISTINCT id FROM ({articles}) "
                    "WHERE id NOT IN (SELECT id FROM articles)")
        total = con.execute(f"SELECT count(DISTINCT id) FROM ({articles})").fetchone()[0]
        result.stored = con.execute("SELECT count(*) FROM incoming").fetchone()[0]
        result.duplicates = total - result.stored
        for table, columns in COLUMNS.items():
            select = _select(root, table)
            if select is None:
                continue
            key = "id" if table == "articles" else "article_id"
            con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM ({select}) "
                        f"WHERE {key} IN (SELECT id FROM incoming)")
        con.execute("DROP TABLE incoming")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result
