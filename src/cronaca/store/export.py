"""Export the store: article records as JSON Lines, every table as Parquet or CSV, or the events as a
GDELT-like table (TSV) or PLOVER JSON Lines (store/event_exports.py; columns in docs/exports.md)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from cronaca.store.database import TABLES

FORMATS = ("jsonl", "parquet", "csv", "gdelt", "plover")


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path) -> list[Path]:
    """Write the export and return the files written. JSONL, GDELT, PLOVER: one file; Parquet/CSV: a folder."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("gdelt", "plover"):
        from cronaca.store.event_exports import write_gdelt, write_plover

        return [(write_gdelt if fmt == "gdelt" else write_plover)(con, out).path]
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
