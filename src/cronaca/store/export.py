"""Export the store: article records as JSON Lines, or every table as Parquet or CSV."""
from __future__ import annotations

from pathlib import Path

import duckdb

from cronaca.store.database import TABLES

FORMATS = ("jsonl", "parquet", "csv")


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path) -> list[Path]:
    """Write the export and return the files written. JSONL: one file; Parquet/CSV: a folder."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        rows = con.execute("SELECT record_json FROM articles ORDER BY published_date NULLS LAST, id").fetchall()
        with out.open("w", encoding="utf-8") as fh:
            for (record,) in rows:
                fh.write(record + "\n")  # json.dumps never writes a raw newline
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        target = out / f"{table}.{fmt}"
        option = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
        con.execute(f"COPY (SELECT * FROM {table}) TO '{_quote(target)}' {option}")
        written.append(target)
    return written


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
