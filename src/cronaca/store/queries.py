"""Read-only questions analysts ask of the store; every value is a bound parameter."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> Table:
    cur = con.execute(sql, params)
    return Table([d[0] for d in cur.description], cur.fetchall())


# Entity ids whose name, id or any mention text matches a user's words.
_ACTOR_IDS = ("(SELECT DISTINCT entity_id FROM entities WHERE entity_id = ? OR name ILIKE ?"
              " UNION SELECT DISTINCT entity_id FROM mentions WHERE text ILIKE ?)")


def _actor_params(name: str) -> list[Any]:
    return [name, f"%{name}%", name]


def articles(con: duckdb.DuckDBPyConnection, language: str | None = None, since: str | None = None,
             until: str | None = None, limit: int = 50) -> Table:
    where, params = ["TRUE"], []
    if language:
        where.append("language = ?"); params.append(language)
    if since:
        where.append("published_date >= CAST(? AS DATE)"); params.append(since)
    if until:
        where.append("published_date <= CAST(? AS DATE)"); params.append(until)
    return _run(con, "SELECT id, published, language, title, n_entities, n_events, n_quotes,"
                     " round(integrity_score, 2) AS integrity, uri FROM articles"
                     f" WHERE {' AND '.join(where)} ORDER BY published_date DESC NULLS LAST, id"
                     " LIMIT ?", params + [limit])


def entities(con: duckdb.DuckDBPyConnection, type: str | None = None, limit: int = 50) -> Table:
    where, params = ["TRUE"], []
    if type:
        where.append("type = ?"); params.append(type.upper())
    return _run(con, "SELECT entity_id, any_value(name) AS name, any_value(type) AS type,"
                     " count(*) AS articles, sum(n_mentions) AS mentions FROM entities"
                     f" WHERE {' AND '.join(where)} GROUP BY entity_id"
                     " ORDER BY mentions DESC, articles DESC, name LIMIT ?", params + [limit])


def events(con: duckdb.DuckDBPyConnection, actor: str | None = None, recipient: str | None = None,
           type: str | None = None, status: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 50) -> Table:
    """Events by actor, recipient (both together: a dyad), type, status and date range."""
    where, params = ["TRUE"], []
    if actor:
        where.append(f"list_has_any(e.source_ids, (SELECT list(entity_id) FROM {_ACTOR_IDS}))")
        params += _actor_params(actor)
    if recipient:
        where.append(f"list_has_any(e.target_ids, (SELECT list(entity_id) FROM {_ACTOR_IDS}))")
        params += _actor_params(recipient)
    if type:
        where.append("e.type = ?"); params.append(type.upper())
    if status:
        where.append("e.status = ?"); params.append(status)
    if since:
        where.append("e.date >= ?"); params.append(since)
    if until:
        where.append("e.date <= ?"); params.append(until)
    return _run(con, "SELECT e.date, e.type, e.mode, e.status,"
                     " (SELECT string_agg(DISTINCT n.name, '; ') FROM entities n WHERE n.article_id = e.article_id"
                     "   AND list_contains(e.source_ids, n.entity_id)) AS source,"
                     " (SELECT string_agg(DISTINCT n.name, '; ') FROM entities n WHERE n.article_id = e.article_id"
                     "   AND list_contains(e.target_ids, n.entity_id)) AS target,"
                     " e.trigger_text, e.article_id FROM events e"
                     f" WHERE {' AND '.join(where)} ORDER BY e.date DESC NULLS LAST, e.article_id LIMIT ?",
                params + [limit])


def quotes(con: duckdb.DuckDBPyConnection, speaker: str | None = None, text: str | None = None,
           limit: int = 50) -> Table:
    where, params = ["TRUE"], []
    if speaker:
        where.append(f"(q.speaker IN {_ACTOR_IDS} OR q.speaker_text ILIKE ?)")
        params += _actor_params(speaker) + [f"%{speaker}%"]
    if text:
        where.append("q.text ILIKE ?"); params.append(f"%{text}%")
    return _run(con, "SELECT coalesce((SELECT any_value(n.name) FROM entities n WHERE n.article_id = q.article_id"
                     " AND n.entity_id = q.speaker), q.speaker_text) AS speaker, q.text, q.direct,"
                     " (SELECT any_value(n.name) FROM entities n WHERE n.article_id = q.article_id"
                     " AND n.entity_id = q.according_to) AS according_to, q.article_id FROM quotes q"
                     f" WHERE {' AND '.join(where)} ORDER BY q.article_id, q.idx LIMIT ?", params + [limit])
