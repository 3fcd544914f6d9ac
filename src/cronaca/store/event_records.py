"""Events read from the store with everything an event table needs in one row: the article (date,
URL, language, tone), the entities the event names (name, type, country, Wikidata id), the mentions
inside its sentence (the words that name each party) and its dedup cluster, if ``cronaca dedup`` ran.

The GDELT-like and PLOVER exports are two renderings of these records, so they always agree.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb


def quad(type_: str, mode: str | None = None) -> int | None:
    """PLOVER quad category (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict) from the events extractor's PLOVER table, the one place it is defined
    (SANCTION: 4, as its own section of the manual says); None for a type PLOVER lacks."""
    from cronaca.extract.events import ontology

    try:
        return ontology.lookup(type_, mode).quad
    except KeyError:
        return None


@dataclass(frozen=True, slots=True)
class Party:
    """An entity as an event names it; ``text`` is how its sentence says it, when it does."""

    id: str
    name: str
    type: str | None = None
    country: str | None = None
    wikidata: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class EventRecord:
    article_id: str
    event_id: str
    type: str
    mode: str | None
    status: str
    date: str | None
    date_text: str | None
    sources: list[Party]
    targets: list[Party]
    location: Party | None
    according_to: Party | None
    intensity: float | None
    confidence: float | None
    rule: str | None
    trigger: tuple[int, int, str]
    sentence: tuple[int, int, str]
    published: str | None
    url: str | None
    outlet: str | None
    language: str | None
    tone: float | None
    cluster_id: str | None = None
    n_mentions: int = 1
    n_articles: int = 1
    n_sources: int = 1

    @property
    def quad(self) -> int | None:
        return quad(self.type, self.mode)

    def when(self) -> tuple[DateRange | None, str]:
        """The dates the record stands for and where they come from: the event's own date at its
        precision ("2026-01" is all of January), else the publication day ("published")."""
        own = date_range(self.date)
        if own is not None:
            return own, "event"
        published = date_range(self.published[:10] if self.published else None)
        if published is not None and published.precision == "day":
            return published, "published"
        return None, "none"


@dataclass(frozen=True, slots=True)
class DateRange:
    first: date
    last: date
    precision: str  # day | month | year


def date_range(value: str | None) -> DateRange | None:
    """"2026-02-04" is one day, "2026-01" a month, "2022" a year; anything else is no date."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return DateRange(day, day, "day")
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return DateRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]),
                             "month")
        if len(value) == 4:
            return DateRange(date(int(value), 1, 1), date(int(value), 12, 31), "year")
    except ValueError:
        return None
    return None


_SQL = """
SELECT e.article_id, e.event_id, e.type, e.mode, e.status, e.date, e.date_text, e.source_ids, e.target_ids,
       e.location, e.according_to, e.intensity, e.confidence, e.rule,
       e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end, e.sentence_text,
       a.published, a.uri, a.outlet, a.language, a.tone,
       (SELECT list(struct_pack(id := n.entity_id, name := n.name, type := n.type, country := n.country,
                                wikidata := n.wikidata))
          FROM entities n WHERE n.article_id = e.article_id
           AND (list_contains(e.source_ids, n.entity_id) OR list_contains(e.target_ids, n.entity_id)
                OR n.entity_id = e.location OR n.entity_id = e.according_to)) AS parties,
       (SELECT list(struct_pack(id := m.entity_id, start_pos := m.start_pos, end_pos := m.end_pos,
                                text := m.text) ORDER BY m.start_pos)
          FROM mentions m WHERE m.article_id = e.article_id
           AND m.start_pos >= e.sentence_start AND m.end_pos <= e.sentence_end) AS said,
       c.cluster_id, c.n_mentions, c.n_articles, c.n_sources
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN event_cluster_members cm ON cm.article_id = e.article_id AND cm.event_id = e.event_id
LEFT JOIN event_clusters c ON c.cluster_id = cm.cluster_id
ORDER BY a.published_date NULLS LAST, e.article_id, e.trigger_start, e.event_id
"""


def event_records(con: duckdb.DuckDBPyConnection, batch: int = 2000) -> Iterator[EventRecord]:
    """Every event of the store, oldest article first, read in batches (memory stays flat)."""
    cur = con.execute(_SQL)
    while rows := cur.fetchmany(batch):
        yield from (_record(row) for row in rows)


def _record(row: tuple[Any, ...]) -> EventRecord:
    (aid, eid, type_, mode, status, day, date_text, source_ids, target_ids, location, according_to,
     intensity, confidence, rule, t_start, t_end, t_text, s_start, s_end, s_text,
     published, url, outlet, language, tone, parties, said, cluster_id, n_mentions, n_articles,
     n_sources) = row
    known = {p["id"]: p for p in parties or ()}
    said = said or []

    def party(entity_id: str | None) -> Party | None:
        if entity_id is None:
            return None
        info = known.get(entity_id, {})
        # The words naming the party in its sentence: the mention nearest the trigger.
        words = min((m for m in said if m["id"] == entity_id),
                    key=lambda m: abs(m["start_pos"] - t_start), default=None)
        return Party(entity_id, info.get("name") or entity_id, info.get("type"), info.get("country"),
                     info.get("wikidata"), words and words["text"], words and words["start_pos"],
                     words and words["end_pos"])

    return EventRecord(
        aid, eid, type_, mode, status, day, date_text,
        [party(i) for i in source_ids or ()], [party(i) for i in target_ids or ()],
        party(location), party(according_to), intensity, confidence, rule,
        (t_start, t_end, t_text), (s_start, s_end, s_text), published, url, outlet, language, tone,
        cluster_id, n_mentions or 1, n_articles or 1, n_sources or 1)
