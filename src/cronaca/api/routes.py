"""The /v1 HTTP API: a thin layer over cronaca.store.queries and the pipeline."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response

from cronaca.store import queries
from cronaca.store.queries import EventFilter, Page

from .downloads import FORMAT_RESPONSES, csv_response, json_download
from .models import (ArticleList, EntityDetail, EntityList, EventList, Format, Granularity, IngestResult,
                     IsoDate, ProcessRequest, QuoteList, Stats, Status, TimelinePoint)
from .processing import Submission, process

router = APIRouter(prefix="/v1")

ARTICLE_ID = r"^[0-9a-f]{16}$"
ENTITY_ID = r"^[\w][\w:.\-]{0,199}$"
Words = Annotated[str | None, Query(max_length=200, description="Words to look for (case-insensitive).")]
Name = Annotated[str | None, Query(max_length=200, description="Entity name, id or mention text.")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Language = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$", description="ISO 639-1 code.")]
EventType = Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,40}$", description="PLOVER type, e.g. CONSULT.")]
EntityType = Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,20}$",
                                         description="PERSON, ORG, COUNTRY, PLACE, GROUP or MEDIA.")]
Download = Annotated[Format | None, Query(description="Download the page as a csv or json file.")]
Since = Annotated[IsoDate | None, Query(description="From this date on (YYYY-MM-DD); month-precision dates count "
                                                    "when their month overlaps.")]
Until = Annotated[IsoDate | None, Query(description="Up to this date (YYYY-MM-DD), inclusive.")]
EventStatus = Annotated[Status | None, Query(description="occurred, planned, negated or hypothetical.")]
Period = Annotated[Granularity, Query(description="Bucket events per week (starting Monday) or per month.")]


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    with request.app.state.db.cursor() as cur:
        yield cur


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _answer(page: Page, limit: int, offset: int, fmt: str | None, name: str) -> dict[str, Any] | Response:
    body = {"total": page.total, "limit": limit, "offset": offset, "items": page.table.records()}
    if fmt == "csv":
        return csv_response(body["items"], page.table.columns, name)
    if fmt == "json":
        return json_download(body, name)
    return body


def event_filter(actor: Name = None, recipient: Name = None,
                 dyad: Annotated[list[str] | None, Query(max_length=2, min_length=2,
                                 description="Two actors (repeat the parameter): events between them, "
                                             "either direction.")] = None,
                 type: EventType = None, status: EventStatus = None, since: Since = None,
                 until: Until = None, language: Language = None, q: Words = None) -> EventFilter:
    if dyad is not None and any(len(d) > 200 for d in dyad):
        raise HTTPException(422, "each dyad actor is at most 200 characters")
    return EventFilter(actor=actor, recipient=recipient, dyad=(dyad[0], dyad[1]) if dyad else None, type=type,
                       status=status, since=_iso(since), until=_iso(until), language=language, q=q)


Events = Annotated[EventFilter, Depends(event_filter)]


@router.post("/process", tags=["process"], summary="Process one article and return its record",
             responses={400: {"description": "Unreadable input"}, 413: {"description": "Body over 2 MB"},
                        503: {"description": "Busy"}, 504: {"description": "Processing timed out"}})
async def process_article(body: ProcessRequest, request: Request) -> dict[str, Any]:
    """The article contract (spec/article.schema.json) for a posted text or HTML page; nothing is stored."""
    doc = await process(_submission(body), request.app.state.limiter)
    return doc.to_dict()


@router.post("/ingest", tags=["process"], summary="Process one article and store it",
             responses={400: {"description": "Unreadable input"}, 403: {"description": "Ingest not allowed"},
                        413: {"description": "Body over 2 MB"}, 503: {"description": "Busy"},
                        504: {"description": "Processing timed out"}})
async def ingest_article(body: ProcessRequest, request: Request) -> IngestResult:
    """Only when the server was started with --allow-ingest; otherwise the store is read-only (403)."""
    if not request.app.state.allow_ingest:
        raise HTTPException(403, "ingest is disabled: start the server with `cronaca serve --allow-ingest`")
    doc = await process(_submission(body), request.app.state.limiter)
    result = request.app.state.db.write([doc])
    return IngestResult(id=doc.id, stored=result.stored == 1)


def _submission(body: ProcessRequest) -> Submission:
    return Submission(text=body.text, html=body.html, language=body.language, published=_iso(body.published),
                      url=body.url)


@router.get("/articles", tags=["store"], response_model=ArticleList, responses=FORMAT_RESPONSES,
            summary="Articles by language, publication date and words")
def list_articles(cur: Cursor, language: Language = None, since: Since = None, until: Until = None,
                  q: Words = None, limit: Limit = 50, offset: Offset = 0, format: Download = None) -> Any:
    page = queries.article_page(cur, language, _iso(since), _iso(until), q, limit, offset)
    return _answer(page, limit, offset, format, "articles")


@router.get("/articles/{article_id}", tags=["store"], summary="One article's full record",
            responses={404: {"description": "No such article"}})
def get_article(cur: Cursor, article_id: Annotated[str, Path(pattern=ARTICLE_ID)]) -> dict[str, Any]:
    record = queries.article_record(cur, article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id}")
    return record


@router.get("/entities", tags=["store"], response_model=EntityList, responses=FORMAT_RESPONSES,
            summary="Entities by frequency")
def list_entities(cur: Cursor, type: EntityType = None, q: Words = None, limit: Limit = 50, offset: Offset = 0,
                  format: Download = None) -> Any:
    return _answer(queries.entity_page(cur, type, q, limit, offset), limit, offset, format, "entities")


@router.get("/entities/{entity_id}", tags=["store"], response_model=EntityDetail,
            responses={404: {"description": "No such entity"}},
            summary="One entity: its events as actor and as recipient, its quotes, its counterparts")
def get_entity(cur: Cursor, entity_id: Annotated[str, Path(pattern=ENTITY_ID)], limit: Limit = 50,
               offset: Offset = 0) -> Any:
    summary = queries.entity_summary(cur, entity_id)
    if summary is None:
        raise HTTPException(404, f"no entity {entity_id}")

    def page(p: Page) -> dict[str, Any]:
        return {"total": p.total, "limit": limit, "offset": offset, "items": p.table.records()}

    return {
        "entity": summary,
        "events_as_actor": page(queries.event_page(cur, EventFilter(actor_id=entity_id), limit, offset)),
        "events_as_recipient": page(queries.event_page(cur, EventFilter(recipient_id=entity_id), limit, offset)),
        "quotes": page(queries.quote_page(cur, speaker_id=entity_id, limit=limit, offset=offset)),
        "counterparts": queries.counterparts(cur, entity_id).records(),
    }


@router.get("/events", tags=["store"], response_model=EventList, responses=FORMAT_RESPONSES,
            summary="Events by actor, recipient, dyad, type, status, date, language and words")
def list_events(cur: Cursor, flt: Events, limit: Limit = 50, offset: Offset = 0, format: Download = None) -> Any:
    return _answer(queries.event_page(cur, flt, limit, offset), limit, offset, format, "events")


@router.get("/events/timeline", tags=["store"], response_model=list[TimelinePoint],
            summary="Event counts and mean intensity per week or month, under the same filters")
def events_timeline(cur: Cursor, flt: Events, granularity: Period = "month") -> Any:
    return queries.event_timeline(cur, flt, granularity).records()


@router.get("/quotes", tags=["store"], response_model=QuoteList, responses=FORMAT_RESPONSES,
            summary="Quotes by speaker and words")
def list_quotes(cur: Cursor, speaker: Name = None, q: Words = None, limit: Limit = 50, offset: Offset = 0,
                format: Download = None) -> Any:
    return _answer(queries.quote_page(cur, speaker, q, limit=limit, offset=offset), limit, offset, format, "quotes")


@router.get("/stats", tags=["store"], response_model=Stats, summary="What the store holds")
def get_stats(cur: Cursor) -> Any:
    return queries.stats(cur)
