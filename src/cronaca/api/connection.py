"""One DuckDB connection per server, one cursor per request: DuckDB connections are not thread-safe,
but cursors of one connection are independent and may run in parallel threads."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from cronaca.document import Document
from cronaca.store.database import BatchResult, Store


class StoreMissing(FileNotFoundError):
    """Serving needs a store; the message says how to make one."""


class Database:
    def __init__(self, path: str | Path, writable: bool = False) -> None:
        self.path = str(path)
        self.writable = writable
        if writable:
            Store(self.path).close()  # creates the file and its tables when new
        elif not Path(self.path).is_file():
            raise StoreMissing(f"no store at {self.path}; run `cronaca ingest FILES --db {self.path}` first, "
                               "or serve with --allow-ingest to start an empty one")
        self._open_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self.open()

    def open(self) -> duckdb.DuckDBPyConnection:
        """The shared connection, (re)opened when needed: an app may start and stop more than once."""
        with self._open_lock:
            if self._con is None:
                self._con = duckdb.connect(self.path, read_only=not self.writable)
            return self._con

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self.open().cursor()
        try:
            yield cur
        finally:
            cur.close()

    def write(self, docs: list[Document]) -> BatchResult:
        """Store articles (only when serving with --allow-ingest); one writer at a time."""
        if not self.writable:
            raise PermissionError("the store is open read-only")
        with self._write_lock:
            store = Store.__new__(Store)  # share this process's connection; the schema already exists
            store.path, store.con = self.path, self.open().cursor()
            try:
                return store.write_batch(docs)
            finally:
                store.con.close()

    def close(self) -> None:
        with self._open_lock:
            if self._con is not None:
                self._con.close()
                self._con = None
