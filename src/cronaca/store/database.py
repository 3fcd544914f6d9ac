"""The DuckDB store: batches of articles written in one transaction each, idempotent by article id."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import duckdb

from cronaca.document import Document

DEFAULT_DB = "cronaca.duckdb"
TABLES = ("articles", "entities", "mentions", "events", "quotes", "repairs", "removed", "failures")


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
        self.con.execute("BEGIN TRANSACTION")
        try:
            for doc in fresh:
                self._insert(doc)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        result.stored = len(fresh)
        return result

    def record_failure(self, record: str, reason: str) -> None:
        self.con.execute("INSERT INTO failures (record, reason) VALUES (?, ?)", [record, reason])

    def _insert(self, doc: Document) -> None:
        aid = doc.id
        record = doc.to_dict()
        self.con.execute(
            "INSERT INTO articles (id, uri, outlet, published, published_date, language, title, text,"
            " format, record, integrity_score, flags, tone, n_entities, n_events, n_quotes, record_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [aid, doc.source.uri, doc.source.outlet, doc.source.published,
             _as_date(doc.source.published), record["language"], doc.title, doc.text,
             doc.source.format, doc.record, doc.integrity.score, doc.integrity.flags,
             doc.tone.score, len(doc.entities), len(doc.events), len(doc.quotes),
             json.dumps(record, ensure_ascii=False)])
        if doc.entities:
            self.con.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[aid, e.id, e.name, e.type, e.country, e.wikidata, e.in_kb, e.roles, len(e.mentions)]
                 for e in doc.entities])
            self.con.executemany(
                "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [[aid, e.id, m.start, m.end, m.text, m.kind, m.rule, m.confidence]
                 for e in doc.entities for m in e.mentions])
        if doc.events:
            self.con.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[aid, ev.id or f"e{i}", ev.type, ev.mode, ev.status, ev.date, ev.date_text,
                  ev.source, ev.target, ev.location, ev.according_to, ev.intensity, ev.confidence,
                  ev.rule, ev.trigger.start, ev.trigger.end, ev.trigger.text, ev.sentence.start,
                  ev.sentence.end, ev.sentence.text] for i, ev in enumerate(doc.events)])
        if doc.quotes:
            self.con.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[aid, i, q.start, q.end, q.text, q.speaker, q.speaker_text, q.direct,
                  q.cue.text if q.cue else None, q.according_to, q.confidence]
                 for i, q in enumerate(doc.quotes)])
        if doc.integrity.repairs:
            self.con.executemany(
                "INSERT INTO repairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[aid, i, r.kind, r.start, r.end, r.before, r.after, r.confidence, r.rule]
                 for i, r in enumerate(doc.integrity.repairs)])
        if doc.integrity.removed:
            self.con.executemany(
                "INSERT INTO removed VALUES (?, ?, ?, ?, ?)",
                [[aid, i, r.kind, r.text, r.rule] for i, r in enumerate(doc.integrity.removed)])

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
