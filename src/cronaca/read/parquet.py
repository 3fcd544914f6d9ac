"""Parquet files of articles: one row per article, with the same fields as a JSONL record."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from cronaca.document import Document
from cronaca.read import ReadError, Reject
from cronaca.read.jsonl import FIELDS, from_record

BATCH_ROWS = 1024


def read_parquet(path: Path) -> Iterator[Document | Reject]:
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        yield Reject(str(path), f"not a readable Parquet file ({exc})")
        return
    columns = [c for c in table.schema_arrow.names if c in FIELDS]
    if "text" not in columns and "html" not in columns:
        yield Reject(str(path), "Parquet file has no 'text' or 'html' column")
        return
    row_number = 0
    for batch in table.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        for row in batch.to_pylist():
            row_number += 1
            record = f"{path}#{row_number}"
            try:
                yield from_record({k: v for k, v in row.items() if v is not None}, record)
            except ReadError as exc:
                yield Reject(record, str(exc))
