"""One Document as rows of the store's tables: shared by DuckDB, Parquet and Spark writers.

The column lists here and the tables in schema.sql describe the same thing; a test keeps them equal.
"""
from __future__ import annotations

import json
from typing import Any

from cronaca.document import Document, day_of

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "uri", "outlet", "published", "published_date", "language", "title", "text",
                 "format", "record", "integrity_score", "flags", "tone", "n_entities", "n_events",
                 "n_quotes", "record_json"),
    "entities": ("article_id", "entity_id", "name", "type", "country", "wikidata", "in_kb", "roles",
                 "n_mentions"),
    "mentions": ("article_id", "entity_id", "start_pos", "end_pos", "text", "kind", "rule", "confidence"),
    "events": ("article_id", "event_id", "type", "mode", "status", "date", "date_text", "source_ids",
               "target_ids", "location", "according_to", "intensity", "confidence", "rule",
               "trigger_start", "trigger_end", "trigger_text", "sentence_start", "sentence_end",
               "sentence_text"),
    "quotes": ("article_id", "idx", "start_pos", "end_pos", "text", "speaker", "speaker_text", "direct",
               "cue_text", "according_to", "confidence"),
    "repairs": ("article_id", "idx", "kind", "start_pos", "end_pos", "before", "after", "confidence", "rule"),
    "removed": ("article_id", "idx", "kind", "text", "rule"),
}


def article_rows(doc: Document) -> dict[str, list[tuple[Any, ...]]]:
    aid = doc.id
    record = doc.to_dict()
    return {
        "articles": [(aid, doc.source.uri, doc.source.outlet, doc.source.published,
                      day_of(doc.source.published), record["language"], doc.title, doc.text,
                      doc.source.format, doc.record, doc.integrity.score, list(doc.integrity.flags),
                      doc.tone.score, len(doc.entities), len(doc.events), len(doc.quotes),
                      json.dumps(record, ensure_ascii=False))],
        "entities": [(aid, e.id, e.name, e.type, e.country, e.wikidata, e.in_kb, list(e.roles),
                      len(e.mentions)) for e in doc.entities],
        "mentions": [(aid, e.id, m.start, m.end, m.text, m.kind, m.rule, m.confidence)
                     for e in doc.entities for m in e.mentions],
        "events": [(aid, ev.id or f"e{i + 1}", ev.type, ev.mode, ev.status, ev.date, ev.date_text,
                    list(ev.source), list(ev.target), ev.location, ev.according_to, ev.intensity,
                    ev.confidence, ev.rule, ev.trigger.start, ev.trigger.end, ev.trigger.text,
                    ev.sentence.start, ev.sentence.end, ev.sentence.text)
                   for i, ev in enumerate(doc.events)],
        "quotes": [(aid, i, q.start, q.end, q.text, q.speaker, q.speaker_text, q.direct,
                    q.cue.text if q.cue else None, q.according_to, q.confidence)
                   for i, q in enumerate(doc.quotes)],
        "repairs": [(aid, i, r.kind, r.start, r.end, r.before, r.after, r.confidence, r.rule)
                    for i, r in enumerate(doc.integrity.repairs)],
        "removed": [(aid, i, r.kind, r.text, r.rule) for i, r in enumerate(doc.integrity.removed)],
    }
