"""A short digest of what a store holds: the last step of `make demo`."""
from __future__ import annotations

import duckdb

from cronaca.cli.table import render_table
from cronaca.store import queries


def digest(con: duckdb.DuckDBPyConnection, top: int = 10) -> str:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "entities", "mentions", "events", "quotes", "repairs", "removed", "failures")}
    out = ["store: " + ", ".join(f"{n} {t}" for t, n in counts.items())]
    langs = con.execute("SELECT language, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    out.append("languages: " + ", ".join(f"{lang} {n}" for lang, n in langs))
    out.append("\narticles:")
    out.append(render_table(*_cols(queries.articles(con, limit=top))))
    if counts["entities"]:
        out.append("\ntop entities:")
        out.append(render_table(*_cols(queries.entities(con, limit=top))))
    if counts["events"]:
        out.append("\nevents by type:")
        rows = con.execute("SELECT type, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        out.append(render_table(["type", "events"], rows))
        out.append("\nlatest events:")
        out.append(render_table(*_cols(queries.events(con, limit=top))))
    if counts["quotes"]:
        out.append("\nquotes:")
        out.append(render_table(*_cols(queries.quotes(con, limit=top))))
    if counts["repairs"] or counts["removed"]:
        rows = con.execute("SELECT kind, count(*) FROM repairs GROUP BY 1 UNION ALL "
                           "SELECT 'removed ' || kind, count(*) FROM removed GROUP BY 1 ORDER BY 1").fetchall()
        out.append("\ndamage repaired:")
        out.append(render_table(["kind", "count"], rows))
    return "\n".join(out)


def _cols(table: queries.Table) -> tuple[list[str], list[tuple]]:
    return table.columns, table.rows
