"""Cross-article event de-duplication: many reports of one real-world event become one cluster.

Two event mentions are the same event when they have the same type, status, actors and recipients,
and dates within a window. Unlike GDELT's NumMentions, a cluster never multiplies: each mention
belongs to exactly one cluster, and keeps its article and event ids (so its spans). The function is
pure and sees one key at a time, so the local store and Spark run the very same code.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlparse

WINDOW_DAYS = 3


@dataclass(frozen=True, slots=True)
class EventMention:
    article_id: str
    event_id: str
    type: str
    status: str
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    date: str | None  # the event's date, or the article's publication date
    origin: str | None  # outlet or URI of the article, to count distinct sources

    @property
    def key(self) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
        return (self.type, self.status, tuple(sorted(set(self.source_ids))),
                tuple(sorted(set(self.target_ids))))


@dataclass(slots=True)
class EventCluster:
    cluster_id: str
    type: str
    status: str
    source_ids: tuple[str, ...]
    target_ids: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    members: list[tuple[str, str]] = field(default_factory=list)  # (article_id, event_id)
    origins: set[str] = field(default_factory=set)

    @property
    def n_mentions(self) -> int:
        return len(self.members)

    @property
    def n_articles(self) -> int:
        return len({a for a, _ in self.members})

    @property
    def n_sources(self) -> int:
        return len(self.origins)

    def row(self) -> tuple:
        return (self.cluster_id, self.type, self.status, list(self.source_ids), list(self.target_ids),
                self.first_date, self.last_date, self.n_mentions, self.n_articles, self.n_sources)


CLUSTER_COLUMNS = ("cluster_id", "type", "status", "source_ids", "target_ids", "first_date",
                   "last_date", "n_mentions", "n_articles", "n_sources")
MEMBER_COLUMNS = ("cluster_id", "article_id", "event_id")


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            return date.fromisoformat(value + "-01")
        return date(int(value[:4]), 1, 1)
    except ValueError:
        return None


def origin_of(outlet: str | None, uri: str | None) -> str | None:
    if outlet:
        return outlet.casefold()
    if uri and "://" in uri:
        return urlparse(uri).hostname
    return uri


def cluster_key_group(mentions: Iterable[EventMention], window_days: int = WINDOW_DAYS) -> list[EventCluster]:
    """Clusters of mentions that share one key: sorted by date, a new cluster past the window."""
    ordered = sorted(mentions, key=lambda m: (_day(m.date) or date.max, m.article_id, m.event_id))
    clusters: list[EventCluster] = []
    current: EventCluster | None = None
    anchor: date | None = None
    for m in ordered:
        day = _day(m.date)
        joins = current is not None and (
            (day is None and anchor is None)
            or (day is not None and anchor is not None and day - anchor <= timedelta(days=window_days)))
        if not joins:
            current = EventCluster(_cluster_id(m), m.type, m.status, *m.key[2:], m.date, m.date)
            anchor = day
            clusters.append(current)
        current.members.append((m.article_id, m.event_id))
        if m.origin:
            current.origins.add(m.origin)
        if m.date and (current.last_date is None or (_day(m.date) or date.min) > (_day(current.last_date) or date.min)):
            current.last_date = m.date
    return clusters


def group_key(m: EventMention) -> tuple:
    """Mentions without any actor or recipient stay alone: there is nothing to match them on."""
    if m.source_ids or m.target_ids:
        return m.key
    return ("alone", m.article_id, m.event_id)


def cluster_events(mentions: Iterable[EventMention], window_days: int = WINDOW_DAYS) -> list[EventCluster]:
    groups: dict[tuple, list[EventMention]] = defaultdict(list)
    for m in mentions:
        groups[group_key(m)].append(m)
    clusters = [c for group in groups.values() for c in cluster_key_group(group, window_days)]
    return sorted(clusters, key=lambda c: c.cluster_id)


def _cluster_id(first: EventMention) -> str:
    return "c" + hashlib.sha1(f"{first.article_id}/{first.event_id}".encode()).hexdigest()[:15]


MENTIONS_SQL = """
SELECT e.article_id, e.event_id, e.type, e.status, e.source_ids, e.target_ids,
       coalesce(e.date, a.published) AS date, a.outlet, a.uri
FROM events e JOIN articles a ON a.id = e.article_id
"""


def mention_from_row(row) -> EventMention:
    article_id, event_id, type_, status, sources, targets, day, outlet, uri = row
    return EventMention(article_id, event_id, type_, status, tuple(sources or ()), tuple(targets or ()),
                        day, origin_of(outlet, uri))


def dedup_store(con, window_days: int = WINDOW_DAYS) -> list[EventCluster]:
    """Recompute the event_clusters and event_cluster_members tables of a DuckDB store."""
    clusters = cluster_events((mention_from_row(r) for r in con.execute(MENTIONS_SQL).fetchall()),
                              window_days)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM event_clusters")
        con.execute("DELETE FROM event_cluster_members")
        if clusters:
            con.executemany(f"INSERT INTO event_clusters VALUES ({', '.join('?' * len(CLUSTER_COLUMNS))})",
                            [c.row() for c in clusters])
            con.executemany("INSERT INTO event_cluster_members VALUES (?, ?, ?)",
                            [(c.cluster_id, a, e) for c in clusters for a, e in c.members])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return clusters
