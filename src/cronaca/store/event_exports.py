"""Event tables in the shapes other tools read: a GDELT-like TSV and PLOVER JSON Lines.

Both render the same ``EventRecord``s (store/event_records.py) and keep cronaca's provenance: the
article and event ids, the trigger and sentence with their offsets into the article's cleaned text,
the status, the confidence and the rule. Columns and fields are documented in docs/exports.md.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from cronaca.store.event_records import EventRecord, Party, event_records

GDELT_COLUMNS = (
    # Modelled on GDELT 2.0 Events.
    "GlobalEventID", "Day", "MonthYear", "Year",
    "Actor1Name", "Actor1CountryCode", "Actor1Type", "Actor1ID",
    "Actor2Name", "Actor2CountryCode", "Actor2Type", "Actor2ID",
    "EventType", "EventMode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ID", "SOURCEURL",
    # cronaca's additions.
    "ArticleID", "EventID", "ClusterID", "Status", "EventDate", "DateSource", "Published", "Language",
    "Outlet", "Actor1All", "Actor2All", "AccordingTo", "TriggerText", "TriggerStart", "TriggerEnd",
    "SentenceText", "SentenceStart", "SentenceEnd", "Confidence", "Rule",
)

#: PLOVER's auxiliary modes for cronaca's statuses ("occurred" has none).
AUX_MODE = {"planned": "future", "negated": "negation", "hypothetical": "hypothetical"}

# Characters that would break a line or a field, each replaced by one space.
_FLAT = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


@dataclass(slots=True)
class Written:
    path: Path
    rows: int = 0
    skipped: int = 0  # events the format cannot hold (PLOVER: no actor)


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable 60-bit integer for one event mention: the same article and event give the same id."""
    return int(hashlib.sha1(f"{article_id}/{event_id}".encode()).hexdigest()[:15], 16)


def write_gdelt(con: duckdb.DuckDBPyConnection, out: Path) -> Written:
    """One row per event mention, tab-separated with a header; no quoting: tabs and line breaks
    inside text become spaces (one for one, so offsets still count), so every line splits on tabs."""
    out.parent.mkdir(parents=True, exist_ok=True)
    written = Written(out)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for record in event_records(con):
            fh.write("\t".join(_cell(v) for v in gdelt_row(record)) + "\n")
            written.rows += 1
    return written


def gdelt_row(r: EventRecord) -> tuple[Any, ...]:
    span, source = r.when()
    day = month = year = None
    if span is not None:
        year = span.first.year
        if span.precision in ("day", "month"):
            month = span.first.strftime("%Y%m")
        if span.precision == "day":
            day = span.first.strftime("%Y%m%d")
    a1 = r.sources[0] if r.sources else None
    a2 = r.targets[0] if r.targets else None
    loc = r.location
    return (
        global_event_id(r.article_id, r.event_id), day, month, year,
        *_actor(a1), *_actor(a2),
        r.type, r.mode, r.quad, _round(r.intensity, 2),
        r.n_mentions, r.n_sources, r.n_articles, _round(r.tone, 3),
        loc and loc.name, loc and loc.country, loc and loc.id, r.url,
        r.article_id, r.event_id, r.cluster_id, r.status, r.date, source, r.published, r.language,
        r.outlet, "; ".join(p.name for p in r.sources), "; ".join(p.name for p in r.targets),
        r.according_to and r.according_to.name, r.trigger[2], r.trigger[0], r.trigger[1],
        r.sentence[2], r.sentence[0], r.sentence[1], _round(r.confidence, 3), r.rule,
    )


def write_plover(con: duckdb.DuckDBPyConnection, out: Path) -> Written:
    """One PLOVER JSON record per event mention, one per line. Events with no actor are left out:
    PLOVER requires one (they stay in the events table and the GDELT-like export)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    written = Written(out)
    with out.open("w", encoding="utf-8") as fh:
        for record in event_records(con):
            obj = plover_record(record)
            if obj is None:
                written.skipped += 1
                continue
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            written.rows += 1
    return written


def plover_record(r: EventRecord) -> dict[str, Any] | None:
    span, source = r.when()
    if not r.sources or span is None:
        return None
    obj: dict[str, Any] = {
        "id": f"cronaca-{r.article_id}-{r.event_id}",
        "date": span.first.isoformat(),
    }
    if span.precision != "day":
        obj["enddate"] = span.last.isoformat()
    obj.update({
        "event": [r.type],
        "mode": [r.mode] if r.mode else [],
        "aux_mode": [AUX_MODE[r.status]] if r.status in AUX_MODE else [],
        "context": [],
        "actor": [_plover_party(p) for p in r.sources],
        "recipient": [_plover_party(p) for p in r.targets],
        "quad_code": r.quad,
        "event_scale": _round(r.intensity, 2),
    })
    if r.location is not None:
        obj["event_loc"] = {"name": r.location.name, "country_code": r.location.country,
                            "identifier_id": _wikidata(r.location), "entity_id": r.location.id}
    obj.update({
        "event_text": r.trigger[2],
        "text": r.sentence[2],
        "language": r.language,
        "cite_info": {"url": r.url, "outlet": r.outlet, "published": r.published, "language": r.language},
        "cronaca": {
            "article_id": r.article_id, "event_id": r.event_id, "status": r.status, "date": r.date,
            "date_text": r.date_text, "date_source": source,
            "according_to": _plover_party(r.according_to) if r.according_to else None,
            "confidence": _round(r.confidence, 3), "rule": r.rule,
            "trigger": {"start": r.trigger[0], "end": r.trigger[1], "text": r.trigger[2]},
            "sentence": {"start": r.sentence[0], "end": r.sentence[1], "text": r.sentence[2]},
            "cluster": None if r.cluster_id is None else {
                "id": r.cluster_id, "n_mentions": r.n_mentions, "n_articles": r.n_articles,
                "n_sources": r.n_sources},
        },
    })
    return obj


def _plover_party(p: Party) -> dict[str, Any]:
    """A PLOVER entity object (code, entity_text, identifier_id, identifier_text) plus cronaca's
    entity id, type and the span of the words that name it in the event's sentence."""
    return {
        "code": p.country, "entity_text": p.text, "identifier_id": _wikidata(p), "identifier_text": p.name,
        "entity_id": p.id, "entity_type": p.type,
        "span": None if p.start is None else {"start": p.start, "end": p.end, "text": p.text},
    }


def _wikidata(p: Party) -> str | None:
    if p.wikidata:
        return p.wikidata
    return p.id if p.id[:1] == "Q" and p.id[1:].isdigit() else None


def _actor(p: Party | None) -> tuple[Any, ...]:
    if p is None:
        return (None, None, None, None)
    return (p.name, p.country, p.type, p.id)


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value).translate(_FLAT)
