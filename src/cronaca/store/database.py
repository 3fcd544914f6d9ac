"""The DuckDB store: batches of articles written in one transaction each, idempotent by article id."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from cronaca.document import Document
from cronaca.store.rows import COLUMNS, article_rows

DEFAULT_DB = "cronaca.duckdb"
TABLES = ("articles", "entities", "mentions", "events", "quotes", "repairs", "removed", "failures",
          "event_clusters", "event_cluster_members")


@dataclass
class BatchResult:
    stored: int = 0
    duplicates: int = 0


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(resources.files("cronaca.store").joinpath("schema.sql").read_text("utf-8"))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write_batch(self, docs: list[Document]) -> BatchResult:
        """Store new articles; ones already stored (same id) or repeated in the batch are skipped."""
        result = BatchResult()
        if not docs:
            return result
        by_id: dict[str, Document] = {}
        for doc in docs:
            if doc.id in by_id:
                result.duplicates += 1
            else:
                by_id[doc.id] = doc
        existing = {row[0] for row in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(by_id)]).fetchall()}
        fresh = [d for i, d in by_id.items() if i not in existing]
        result.duplicates += len(existing)
        rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        for doc in fresh:
            for table, table_rows in article_rows(doc).items():
                rows[table].extend(table_rows)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, table_rows in rows.items():
                if table_rows:
                    self._insert_rows(table, table_rows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        result.stored = len(fresh)
        return result

    def record_failure(self, record: str, reason: str) -> None:
        self.con.execute("INSERT INTO failures (record, reason) VALUES (?, ?)", [record, reason])

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        """All of a batch's rows of one table in one statement, through Arrow (fast, typed by the table)."""
        cols = COLUMNS[table]
        arrow = pa.table({col: [row[i] for row in rows] for i, col in enumerate(cols)})
        self.con.register("_batch_rows", arrow)
        try:
            names = ", ".join(cols)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _batch_rows")
        finally:
            self.con.unregister("_batch_rows")

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
