"""The shapes the API answers with; they become the OpenAPI spec that clients and tests rely on."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_only(value: Any) -> Any:
    """Dates as YYYY-MM-DD text only: pydantic would also take 0 or 1.7e9 as a timestamp."""
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError("a date as YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]
Status = Literal["occurred", "planned", "negated", "hypothetical"]
Format = Literal["json", "csv"]
Granularity = Literal["week", "month"]


class ProcessRequest(BaseModel):
    """One article to process: exactly one of ``text`` or ``html``. ``url`` is metadata only: it is
    recorded, never fetched."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=lambda schema: _one_of_text_or_html(schema))
    text: str | None = Field(None, max_length=2_000_000, pattern=r"\S", description="Plain text of the article.")
    html: str | None = Field(None, max_length=2_000_000, pattern=r"\S", description="The article's HTML page.")
    language: str | None = Field(None, pattern=r"^[A-Za-z]{2,3}$", description="ISO 639-1 code; skips identification.")
    published: IsoDate | None = Field(None, description="Publication date, resolves relative dates.")
    url: str | None = Field(None, max_length=2048, description="Where the article came from (not fetched).")

    @model_validator(mode="before")
    @classmethod
    def _no_null_content(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(k in data and data[k] is None for k in ("text", "html")):
            raise ValueError("'text' and 'html' are strings; leave out the one you do not send")
        return data

    @model_validator(mode="after")
    def _exactly_one(self) -> "ProcessRequest":
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


def _one_of_text_or_html(schema: dict[str, Any]) -> None:
    """Say in the spec what the validator enforces: text or html, one of them, as a string."""
    for name in ("text", "html"):
        field = schema["properties"][name]
        string = next(s for s in field.pop("anyOf") if s.get("type") == "string")
        field.update(string)
        field.pop("default", None)
    schema["oneOf"] = [{"required": ["text"]}, {"required": ["html"]}]
    schema["examples"] = [{"text": "Il presidente russo Vladimir Putin ha parlato con Xi Jinping.",
                           "language": "it", "published": "2026-02-04"}]


class IngestResult(BaseModel):
    id: str
    stored: bool = Field(description="False when the article was already in the store.")


class Paged(BaseModel):
    total: int = Field(description="Rows matching the filters, over all pages.")
    limit: int
    offset: int


class ArticleRow(BaseModel):
    id: str
    published: str | None
    language: str | None
    title: str | None
    outlet: str | None
    uri: str | None
    n_entities: int | None
    n_events: int | None
    n_quotes: int | None
    integrity: float | None
    opening: str | None = Field(description="The text's first line (up to 120 characters), to name untitled articles.")


class ArticleList(Paged):
    items: list[ArticleRow]


class EntityRow(BaseModel):
    entity_id: str
    name: str | None
    type: str | None
    country: str | None
    wikidata: str | None
    in_kb: bool | None
    articles: int
    mentions: int | None


class EntityList(Paged):
    items: list[EntityRow]


class EventRow(BaseModel):
    article_id: str
    event_id: str
    date: str | None
    type: str | None
    mode: str | None
    status: str | None
    source: str | None = Field(description="Names of the actors, '; '-separated.")
    target: str | None = Field(description="Names of the recipients, '; '-separated.")
    source_ids: list[str] | None
    target_ids: list[str] | None
    location: str | None
    intensity: float | None
    confidence: float | None
    rule: str | None
    trigger_text: str | None
    sentence_text: str | None
    language: str | None
    published: str | None
    title: str | None


class EventList(Paged):
    items: list[EventRow]


class QuoteRow(BaseModel):
    article_id: str
    idx: int
    speaker_id: str | None
    speaker: str | None
    text: str | None
    direct: bool | None
    cue_text: str | None
    according_to: str | None
    confidence: float | None
    published: str | None
    language: str | None
    title: str | None


class QuoteList(Paged):
    items: list[QuoteRow]


class EntitySummary(BaseModel):
    id: str
    name: str | None
    type: str | None
    country: str | None
    wikidata: str | None
    in_kb: bool | None
    roles: list[str]
    articles: int
    mentions: int | None
    first_seen: str | None
    last_seen: str | None


class Counterpart(BaseModel):
    entity_id: str
    name: str | None
    outgoing: int = Field(description="Events this entity did to the counterpart.")
    incoming: int = Field(description="Events the counterpart did to this entity.")
    events: int
    mean_intensity: float | None


class EntityDetail(BaseModel):
    entity: EntitySummary
    events_as_actor: EventList
    events_as_recipient: EventList
    quotes: QuoteList
    counterparts: list[Counterpart]


class Stats(BaseModel):
    counts: dict[str, int]
    published: dict[str, str | None]
    languages: dict[str, int]
    event_types: dict[str, int]
    event_statuses: dict[str, int]
    entity_types: dict[str, int]


class TimelinePoint(BaseModel):
    period: str
    events: int
    mean_intensity: float | None


Article = dict[str, Any]
