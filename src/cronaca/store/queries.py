"""Read-only questions analysts ask of the store; every value is a bound parameter."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
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


@dataclass
class Where:
    """Conditions joined by AND, each added with its own bound parameters, so a clause and its
    values can never drift apart; only fixed SQL fragments chosen in code are ever added."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) or "TRUE"


def articles(con: duckdb.DuckDBPyConnection, language: str | None = None, since: str | None = None,
             until: str | None = None, limit: int = 50) -> Table:
    where = Where()
    if language:
        where.add("language = ?", language)
    if since:
        where.add("published_date >= CAST(? AS DATE)", since)
    if until:
        where.add("published_date <= CAST(? AS DATE)", until)
    return _run(con, "SELECT id, published, language, title, n_entities, n_events, n_quotes,"
                     " round(integrity_score, 2) AS integrity, uri FROM articles"
                     f" WHERE {where.sql} ORDER BY published_date DESC NULLS LAST, id"
                     " LIMIT ?", where.params + [limit])


def entities(con: duckdb.DuckDBPyConnection, type: str | None = None, limit: int = 50) -> Table:
    where = Where()
    if type:
        where.add("type = ?", type.upper())
    return _run(con, "SELECT entity_id, any_value(name) AS name, any_value(type) AS type,"
                     " count(*) AS articles, sum(n_mentions) AS mentions FROM entities"
                     f" WHERE {where.sql} GROUP BY entity_id"
                     " ORDER BY mentions DESC, articles DESC, name LIMIT ?", where.params + [limit])


def events(con: duckdb.DuckDBPyConnection, actor: str | None = None, recipient: str | None = None,
           type: str | None = None, status: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 50) -> Table:
    """Events by actor, recipient (both together: a dyad), type, status and date range; the range
    reads dates as the API does (EventFilter): a month-dated event is inside a range that overlaps
    its month, an undated one takes its article's day."""
    where = EventFilter(actor=actor, recipient=recipient, type=type, status=status, since=since,
                        until=until).where()
    return _run(con, "SELECT e.date, e.type, e.mode, e.status,"
                     f" {_NAMES.format(col='source_ids')} AS source,"
                     f" {_NAMES.format(col='target_ids')} AS target,"
                     f" e.trigger_text, e.article_id{_EVENTS_FROM}"
                     f" WHERE {where.sql} ORDER BY e.date DESC NULLS LAST, e.article_id LIMIT ?",
                where.params + [limit])


def quotes(con: duckdb.DuckDBPyConnection, speaker: str | None = None, text: str | None = None,
           limit: int = 50) -> Table:
    where = Where()
    if speaker:
        where.add(f"(q.speaker IN {_ACTOR_IDS} OR q.speaker_text ILIKE ?)", *_actor_params(speaker), f"%{speaker}%")
    if text:
        where.add("q.text ILIKE ?", f"%{text}%")
    return _run(con, "SELECT coalesce((SELECT any_value(n.name) FROM entities n WHERE n.article_id = q.article_id"
                     " AND n.entity_id = q.speaker), q.speaker_text) AS speaker, q.text, q.direct,"
                     " (SELECT any_value(n.name) FROM entities n WHERE n.article_id = q.article_id"
                     " AND n.entity_id = q.according_to) AS according_to, q.article_id FROM quotes q"
                     f" WHERE {where.sql} ORDER BY q.article_id, q.idx LIMIT ?", where.params + [limit])


# ---------------------------------------------------------------------------------------------
# Paged questions for the HTTP API and the web UI: filters, a total for pagination, text search.
# Every value is a bound parameter; only fixed SQL fragments chosen in code are ever joined in.

@dataclass
class Page:
    table: Table
    total: int


def _like(words: str) -> str:
    """A user's words as an ILIKE 'contains' pattern, with LIKE wildcards taken literally."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page(con: duckdb.DuckDBPyConnection, select: str, count: str, where: Where, order: str,
          limit: int, offset: int) -> Page:
    total = con.execute(f"{count} WHERE {where.sql}", where.params).fetchone()[0]
    table = _run(con, f"{select} WHERE {where.sql} ORDER BY {order} LIMIT ? OFFSET ?",
                 where.params + [limit, offset])
    return Page(table, int(total))


def article_page(con: duckdb.DuckDBPyConnection, language: str | None = None, since: str | None = None,
                 until: str | None = None, q: str | None = None, limit: int = 50,
                 offset: int = 0) -> Page:
    where = Where()
    if language:
        where.add("language = ?", language.lower())
    if since:
        where.add("published_date >= TRY_CAST(? AS DATE)", since)
    if until:
        where.add("published_date <= TRY_CAST(? AS DATE)", until)
    if q:
        where.add("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')", _like(q), _like(q))
    return _page(con, "SELECT id, published, language, title, outlet, uri, n_entities, n_events, n_quotes,"
                      " round(integrity_score, 2) AS integrity,"
                      # an untitled article (plain text) is known by its first line
                      " left(split_part(ltrim(text), chr(10), 1), 120) AS opening FROM articles",
                 "SELECT count(*) FROM articles", where, "published_date DESC NULLS LAST, id", limit, offset)


def article_record(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """The stored article contract, exactly as the pipeline wrote it."""
    row = con.execute("SELECT record_json FROM articles WHERE id = ?", [article_id]).fetchone()
    return json.loads(row[0]) if row else None


def entity_page(con: duckdb.DuckDBPyConnection, type: str | None = None, q: str | None = None,
                limit: int = 50, offset: int = 0) -> Page:
    """Entities by frequency (mentions, then articles), optionally of one type or matching words."""
    where = Where()
    if type:
        where.add("type = ?", type.upper())
    if q:
        where.add("(entity_id = ? OR name ILIKE ? ESCAPE '\\' OR entity_id IN (SELECT entity_id FROM"
                  " mentions WHERE text ILIKE ? ESCAPE '\\'))", q, _like(q), _like(q))
    grouped = ("(SELECT entity_id, any_value(name) AS name, any_value(type) AS type,"
               " any_value(country) AS country, any_value(wikidata) AS wikidata, bool_or(in_kb) AS in_kb,"
               " count(*) AS articles, sum(n_mentions) AS mentions FROM entities"
               f" WHERE {where.sql} GROUP BY entity_id)")
    # the conditions sit inside the grouped subquery; the outer query only carries their values
    return _page(con, f"SELECT * FROM {grouped} g", f"SELECT count(*) FROM {grouped} g", Where(params=where.params),
                 "mentions DESC, articles DESC, name, entity_id", limit, offset)


def entity_summary(con: duckdb.DuckDBPyConnection, entity_id: str) -> dict[str, Any] | None:
    row = _run(con, "SELECT n.entity_id AS id, any_value(n.name) AS name, any_value(n.type) AS type,"
                    " any_value(n.country) AS country, any_value(n.wikidata) AS wikidata,"
                    " bool_or(n.in_kb) AS in_kb, list_sort(list_distinct(flatten(list(n.roles)))) AS roles,"
                    " count(*) AS articles, sum(n.n_mentions) AS mentions,"
                    " strftime(min(a.published_date), '%Y-%m-%d') AS first_seen,"
                    " strftime(max(a.published_date), '%Y-%m-%d') AS last_seen"
                    " FROM entities n JOIN articles a ON a.id = n.article_id WHERE n.entity_id = ?"
                    " GROUP BY n.entity_id", [entity_id]).records()
    return row[0] if row else None


def entity_roles(con: duckdb.DuckDBPyConnection, entity_id: str) -> Table:
    """Each knowledge-base role the entity was linked with, and the span of articles that used it."""
    return _run(con, "SELECT role, strftime(min(published_date), '%Y-%m-%d') AS first_seen,"
                     " strftime(max(published_date), '%Y-%m-%d') AS last_seen, count(*) AS articles FROM"
                     " (SELECT unnest(n.roles) AS role, a.published_date FROM entities n"
                     "  JOIN articles a ON a.id = n.article_id WHERE n.entity_id = ?)"
                     " GROUP BY role ORDER BY first_seen NULLS LAST, role", [entity_id])


# An event's day: its own date, else the article's publication date; month or year precision
# becomes the first and last day of that period, so range filters keep approximate dates.
_DAY = "coalesce(e.date, strftime(a.published_date, '%Y-%m-%d'))"
_DAY_START = (f"CASE length({_DAY}) WHEN 4 THEN {_DAY} || '-01-01' WHEN 7 THEN {_DAY} || '-01'"
              f" ELSE {_DAY} END")
_DAY_END = (f"CASE length({_DAY}) WHEN 4 THEN {_DAY} || '-12-31' WHEN 7 THEN {_DAY} || '-31'"
            f" ELSE {_DAY} END")
_EVENTS_FROM = " FROM events e JOIN articles a ON a.id = e.article_id"
_NAMES = ("(SELECT string_agg(DISTINCT n.name, '; ') FROM entities n WHERE n.article_id = e.article_id"
          " AND list_contains(e.{col}, n.entity_id))")


@dataclass
class EventFilter:
    """What analysts narrow events by. ``actor``/``recipient`` match names, ids or mention text;
    ``actor_id``/``recipient_id`` match an entity id exactly; ``dyad`` is two actors, either direction."""

    actor: str | None = None
    recipient: str | None = None
    actor_id: str | None = None
    recipient_id: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    q: str | None = None
    article_id: str | None = None

    def where(self) -> Where:
        where = Where()

        def side(column: str, words: str) -> None:
            where.add(f"list_has_any(e.{column}, (SELECT list(entity_id) FROM {_ACTOR_IDS}))", *_actor_params(words))

        if self.actor:
            side("source_ids", self.actor)
        if self.recipient:
            side("target_ids", self.recipient)
        if self.actor_id:
            where.add("list_contains(e.source_ids, ?)", self.actor_id)
        if self.recipient_id:
            where.add("list_contains(e.target_ids, ?)", self.recipient_id)
        if self.dyad:
            one, two = self.dyad
            ids = f"(SELECT list(entity_id) FROM {_ACTOR_IDS})"
            where.add(f"((list_has_any(e.source_ids, {ids}) AND list_has_any(e.target_ids, {ids}))"
                      f" OR (list_has_any(e.source_ids, {ids}) AND list_has_any(e.target_ids, {ids})))",
                      *_actor_params(one), *_actor_params(two), *_actor_params(two), *_actor_params(one))
        if self.type:
            where.add("e.type = ?", self.type.upper())
        if self.status:
            where.add("e.status = ?", self.status)
        if self.since:
            where.add(f"{_DAY_END} >= ?", self.since)
        if self.until:
            where.add(f"{_DAY_START} <= ?", self.until)
        if self.language:
            where.add("a.language = ?", self.language.lower())
        if self.q:
            where.add("(e.sentence_text ILIKE ? ESCAPE '\\' OR e.trigger_text ILIKE ? ESCAPE '\\')",
                      _like(self.q), _like(self.q))
        if self.article_id:
            where.add("e.article_id = ?", self.article_id)
        return where


def event_page(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int = 50, offset: int = 0) -> Page:
    return _page(con, "SELECT e.article_id, e.event_id, e.date, e.type, e.mode, e.status,"
                      f" {_NAMES.format(col='source_ids')} AS source,"
                      f" {_NAMES.format(col='target_ids')} AS target,"
                      " e.source_ids, e.target_ids, e.location, e.intensity, e.confidence, e.rule,"
                      " e.trigger_text, e.sentence_text, a.language, a.published, a.title" + _EVENTS_FROM,
                 "SELECT count(*)" + _EVENTS_FROM, flt.where(),
                 f"{_DAY_START} DESC NULLS LAST, e.article_id, e.event_id", limit, offset)


GRANULARITIES = ("week", "month")


def _period(granularity: str) -> str:
    """The SQL that names a row's week or month from its ``day_start``."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    return ("substr(day_start, 1, 7)" if granularity == "month" else
            "strftime(date_trunc('week', TRY_CAST(day_start AS DATE)), '%Y-%m-%d')")


def event_timeline(con: duckdb.DuckDBPyConnection, flt: EventFilter, granularity: str = "month") -> Table:
    """Events per week or month with their mean intensity (approximate dates go to their period's start)."""
    period = _period(granularity)
    where = flt.where()
    return _run(con, f"SELECT {period} AS period, count(*) AS events, round(avg(intensity), 2) AS mean_intensity"
                     f" FROM (SELECT {_DAY_START} AS day_start, e.intensity{_EVENTS_FROM}"
                     f" WHERE {where.sql}) WHERE period IS NOT NULL"
                     " GROUP BY period ORDER BY period", where.params)


def actor_activity(con: duckdb.DuckDBPyConnection, entity_id: str, granularity: str = "month") -> Table:
    """How often an entity acts and is acted upon, per period: its roles over time."""
    period = _period(granularity)
    return _run(con, f"SELECT {period} AS period, count(*) FILTER (WHERE as_actor) AS as_actor,"
                     " count(*) FILTER (WHERE as_recipient) AS as_recipient"
                     f" FROM (SELECT {_DAY_START} AS day_start, list_contains(e.source_ids, ?) AS as_actor,"
                     f" list_contains(e.target_ids, ?) AS as_recipient{_EVENTS_FROM}"
                     " WHERE list_contains(e.source_ids, ?) OR list_contains(e.target_ids, ?))"
                     " WHERE period IS NOT NULL GROUP BY period ORDER BY period", [entity_id] * 4)


def counterparts(con: duckdb.DuckDBPyConnection, entity_id: str, limit: int = 12) -> Table:
    """Who an entity deals with most: events it did to them (outgoing) and they did to it (incoming)."""
    return _run(con, "WITH pairs AS ("
                     " SELECT unnest(e.target_ids) AS other, e.article_id, 'out' AS way, e.intensity"
                     " FROM events e WHERE list_contains(e.source_ids, ?)"
                     " UNION ALL SELECT unnest(e.source_ids) AS other, e.article_id, 'in' AS way, e.intensity"
                     " FROM events e WHERE list_contains(e.target_ids, ?))"
                     " SELECT p.other AS entity_id,"
                     " coalesce((SELECT any_value(n.name) FROM entities n WHERE n.entity_id = p.other), p.other) AS name,"
                     " count(*) FILTER (WHERE way = 'out') AS outgoing, count(*) FILTER (WHERE way = 'in') AS incoming,"
                     " count(*) AS events, round(avg(p.intensity), 2) AS mean_intensity"
                     " FROM pairs p WHERE p.other <> ? GROUP BY p.other"
                     " ORDER BY events DESC, name LIMIT ?", [entity_id, entity_id, entity_id, limit])


def network_edges(con: duckdb.DuckDBPyConnection, entity_ids: list[str]) -> Table:
    """Directed event counts between every pair of the given entities (for an actor network)."""
    return _run(con, "SELECT s AS source, t AS target, count(*) AS events, round(avg(intensity), 2) AS mean_intensity"
                     " FROM (SELECT unnest(e.source_ids) AS s, e.target_ids, e.intensity FROM events e)"
                     " CROSS JOIN LATERAL (SELECT unnest(target_ids) AS t)"
                     " WHERE list_contains(?, s) AND list_contains(?, t) AND s <> t"
                     " GROUP BY s, t ORDER BY events DESC, s, t", [entity_ids, entity_ids])


def quote_page(con: duckdb.DuckDBPyConnection, speaker: str | None = None, q: str | None = None,
               speaker_id: str | None = None, article_id: str | None = None, limit: int = 50,
               offset: int = 0) -> Page:
    where = Where()
    if speaker:
        where.add(f"(q.speaker IN {_ACTOR_IDS} OR q.speaker_text ILIKE ? ESCAPE '\\')",
                  *_actor_params(speaker), _like(speaker))
    if speaker_id:
        where.add("q.speaker = ?", speaker_id)
    if q:
        where.add("q.text ILIKE ? ESCAPE '\\'", _like(q))
    if article_id:
        where.add("q.article_id = ?", article_id)
    name = ("(SELECT any_value(n.name) FROM entities n WHERE n.article_id = q.article_id"
            " AND n.entity_id = q.{col})")
    return _page(con, "SELECT q.article_id, q.idx, q.speaker AS speaker_id,"
                      f" coalesce({name.format(col='speaker')}, q.speaker_text) AS speaker, q.text, q.direct,"
                      f" q.cue_text, {name.format(col='according_to')} AS according_to, q.confidence,"
                      " a.published, a.language, a.title FROM quotes q JOIN articles a ON a.id = q.article_id",
                 "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id", where,
                 "a.published_date DESC NULLS LAST, q.article_id, q.idx", limit, offset)


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the store holds: row counts, languages, publication range, event types and statuses."""
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # table names are constants
              for t in ("articles", "entities", "mentions", "events", "quotes", "repairs", "removed", "failures")}
    counts["distinct_entities"] = con.execute("SELECT count(DISTINCT entity_id) FROM entities").fetchone()[0]
    first, last = con.execute("SELECT strftime(min(published_date), '%Y-%m-%d'),"
                              " strftime(max(published_date), '%Y-%m-%d') FROM articles").fetchone()

    def grouped(sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in con.execute(sql).fetchall()}

    return {
        "counts": counts,
        "published": {"first": first, "last": last},
        "languages": grouped("SELECT coalesce(language, 'und'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"),
        "event_types": grouped("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "event_statuses": grouped("SELECT status, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "entity_types": grouped("SELECT type, count(DISTINCT entity_id) FROM entities GROUP BY 1 ORDER BY 2 DESC, 1"),
    }


def entity_names(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    """Display names for entity ids (any article's name for it)."""
    if not ids:
        return {}
    return dict(con.execute("SELECT entity_id, any_value(name) FROM entities WHERE list_contains(?, entity_id)"
                            " GROUP BY entity_id", [sorted(set(ids))]).fetchall())
