"""The pages: home, articles, one article, events explorer, entities, actor page, quotes, paste-and-
process, API docs. Filters come from the query string and are validated here, so a bad value shows a
message on the page instead of an error."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from cronaca import __version__
from cronaca.api.processing import Submission, process
from cronaca.store import queries
from cronaca.store.queries import EventFilter, Page

from . import charts
from .highlight import anchor_of, highlight, names_of

router = APIRouter(include_in_schema=False)

_env = Environment(loader=FileSystemLoader(str(resources.files("cronaca.web").joinpath("templates"))),
                   autoescape=True, trim_blocks=True, lstrip_blocks=True)
_env.globals.update(version=__version__, anchor_of=anchor_of)

PAGE_SIZE = 25
STATUSES = ("occurred", "planned", "negated", "hypothetical")
ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")
ENTITY_ID = re.compile(r"^[\w][\w:.\-]{0,199}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}$")
_WORD = re.compile(r"^[A-Za-z_]{1,40}$")


def _safe_url(value: str | None) -> str | None:
    """Only web links become links: a stored 'javascript:' URI stays text."""
    return value if value and re.match(r"^https?://", value, re.I) else None


_env.filters["safe_url"] = _safe_url


def _visible(value: str | None) -> str:
    """Whitespace a repair added or removed, made visible (a glue repair is often just a space)."""
    return (value or "").replace(" ", "\u2423").replace("\n", "\u23ce")


_env.filters["visible"] = _visible


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    html = _env.get_template(template).render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def _cursor(request: Request):
    return request.app.state.db.cursor()


@dataclass
class Form:
    """Query-string filters, validated; problems are shown on the page, never raised."""

    values: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, request: Request, names: tuple[str, ...]) -> "Form":
        form = cls()
        for name in names:
            value = request.query_params.get(name, "").strip()
            if len(value) > 200:
                form.problems.append(f"{name}: at most 200 characters")
                value = ""
            form.values[name] = value
        return form

    def text(self, name: str) -> str | None:
        return self.values.get(name) or None

    def date(self, name: str) -> str | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            self.problems.append(f"{name}: not a date (YYYY-MM-DD): {value}")
            return None

    def pattern(self, name: str, regex: re.Pattern[str], what: str) -> str | None:
        value = self.text(name)
        if value is not None and not regex.match(value):
            self.problems.append(f"{name}: {what}")
            return None
        return value

    def choice(self, name: str, choices: tuple[str, ...]) -> str | None:
        value = self.text(name)
        if value is not None and value not in choices:
            self.problems.append(f"{name}: one of {', '.join(choices)}")
            return None
        return value


def _offset(request: Request) -> int:
    value = request.query_params.get("offset", "0")
    return min(int(value), 10_000_000) if value.isdigit() else 0


@dataclass
class Pager:
    total: int
    offset: int
    limit: int
    prev: str | None
    next: str | None

    @property
    def first(self) -> int:
        return self.offset + 1 if self.total else 0

    @property
    def last(self) -> int:
        return min(self.offset + self.limit, self.total)


def _pager(path: str, form: Form, page: Page, offset: int, limit: int | None = None) -> Pager:
    limit = limit or PAGE_SIZE
    base = {k: v for k, v in form.values.items() if v}

    def link(at: int) -> str:
        return f"{path}?{urlencode({**base, 'offset': at})}"

    return Pager(page.total, offset, limit, link(max(0, offset - limit)) if offset > 0 else None,
                 link(offset + limit) if offset + limit < page.total else None)


def _event_rows(cur: Any, page: Page) -> list[dict[str, Any]]:
    """Event rows with (id, name) pairs for actors and recipients, in the record's order."""
    rows = page.table.records()
    names = queries.entity_names(cur, [i for r in rows for i in (r["source_ids"] or []) + (r["target_ids"] or [])])
    for row in rows:
        row["actors"] = [(i, names.get(i, i)) for i in row["source_ids"] or []]
        row["recipients"] = [(i, names.get(i, i)) for i in row["target_ids"] or []]
    return rows


def _downloads(api_path: str, form: Form, dyad: tuple[str | None, str | None] | None = None) -> dict[str, str]:
    """Links to the same list from the API, as files; the web form's both-ways actor pair is a dyad there."""
    skip = {"granularity", "both"} | ({"actor", "recipient"} if dyad else set())
    params = [(k, v) for k, v in form.values.items() if v and k not in skip]
    params += [("dyad", d) for d in dyad or () if d]
    return {fmt: f"{api_path}?{urlencode(params + [('limit', 1000), ('format', fmt)])}" for fmt in ("csv", "json")}


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    with _cursor(request) as cur:
        context = {"stats": queries.stats(cur), "recent": queries.article_page(cur, limit=10).table.records(),
                   "top": queries.entity_page(cur, limit=10).table.records()}
    return render(request, "home.html", context)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request) -> HTMLResponse:
    form = Form.of(request, ("q", "language", "since", "until"))
    language = form.pattern("language", _LANGUAGE, "an ISO 639-1 code such as it or en")
    since, until = form.date("since"), form.date("until")
    offset = _offset(request)
    with _cursor(request) as cur:
        page = queries.article_page(cur, language, since, until, form.text("q"), PAGE_SIZE, offset)
    return render(request, "articles.html", {
        "form": form, "rows": page.table.records(), "pager": _pager("/articles", form, page, offset),
        "downloads": _downloads("/v1/articles", form)})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    if not ARTICLE_ID.match(article_id):
        raise HTTPException(404, "no such article: article ids are 16 hexadecimal characters")
    with _cursor(request) as cur:
        record = queries.article_record(cur, article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id}")
    return render(request, "article.html", _article_context(record, stored=True))


def _article_context(record: dict[str, Any], stored: bool) -> dict[str, Any]:
    text, facts = highlight(record)
    names = names_of(record)
    return {"record": record, "text": text, "facts": facts, "names": names, "stored": stored,
            "counts": {e["id"]: len(e.get("mentions") or []) for e in record.get("entities") or []},
            "record_json": json.dumps(record, ensure_ascii=False, indent=2)}


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    form = Form.of(request, ("actor", "recipient", "both", "type", "status", "since", "until", "language", "q",
                             "granularity"))
    actor, recipient = form.text("actor"), form.text("recipient")
    both = bool(form.text("both") and actor and recipient)
    flt = EventFilter(actor=None if both else actor, recipient=None if both else recipient,
                      dyad=(actor, recipient) if both and actor and recipient else None,
                      type=form.pattern("type", _WORD, "a PLOVER type such as CONSULT"),
                      status=form.choice("status", STATUSES), since=form.date("since"), until=form.date("until"),
                      language=form.pattern("language", _LANGUAGE, "an ISO 639-1 code such as it or en"),
                      q=form.text("q"))
    granularity = form.choice("granularity", queries.GRANULARITIES) or "month"
    offset = _offset(request)
    with _cursor(request) as cur:
        page = queries.event_page(cur, flt, PAGE_SIZE, offset)
        rows = _event_rows(cur, page)
        points = queries.event_timeline(cur, flt, granularity).records()
        types = list(queries.stats(cur)["event_types"])
    return render(request, "events.html", {
        "form": form, "rows": rows, "pager": _pager("/events", form, page, offset),
        "chart": charts.timeline(points, granularity), "granularity": granularity, "statuses": STATUSES,
        "types": types, "both": both,
        "downloads": _downloads("/v1/events", form, dyad=(actor, recipient) if both else None)})


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request) -> HTMLResponse:
    form = Form.of(request, ("q", "type"))
    offset = _offset(request)
    with _cursor(request) as cur:
        page = queries.entity_page(cur, form.pattern("type", _WORD, "PERSON, ORG, COUNTRY, PLACE, GROUP or MEDIA"),
                                   form.text("q"), PAGE_SIZE, offset)
        types = list(queries.stats(cur)["entity_types"])
    return render(request, "entities.html", {
        "form": form, "rows": page.table.records(), "pager": _pager("/entities", form, page, offset),
        "types": types, "downloads": _downloads("/v1/entities", form)})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    if not ENTITY_ID.match(entity_id):
        raise HTTPException(404, "no such entity")
    form = Form.of(request, ("granularity",))
    granularity = form.choice("granularity", queries.GRANULARITIES) or "month"
    with _cursor(request) as cur:
        summary = queries.entity_summary(cur, entity_id)
        if summary is None:
            raise HTTPException(404, f"no entity {entity_id}")
        others = queries.counterparts(cur, entity_id, limit=12).records()
        links = queries.network_edges(cur, [entity_id] + [o["entity_id"] for o in others]).records()
        context = {
            "entity": summary, "form": form, "granularity": granularity,
            "roles": queries.entity_roles(cur, entity_id).records(),
            "activity": charts.activity(queries.actor_activity(cur, entity_id, granularity).records(), granularity),
            "as_actor": queries.event_page(cur, EventFilter(actor_id=entity_id), 100),
            "as_recipient": queries.event_page(cur, EventFilter(recipient_id=entity_id), 100),
            "quotes": queries.quote_page(cur, speaker_id=entity_id, limit=100),
            "others": others,
            "api": f"/v1/entities/{entity_id}", "network": charts.network(entity_id, summary["name"] or entity_id, others, links),
        }
        context["actor_rows"] = _event_rows(cur, context["as_actor"])
        context["recipient_rows"] = _event_rows(cur, context["as_recipient"])
    return render(request, "entity.html", context)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request) -> HTMLResponse:
    form = Form.of(request, ("speaker", "q"))
    offset = _offset(request)
    with _cursor(request) as cur:
        page = queries.quote_page(cur, form.text("speaker"), form.text("q"), limit=PAGE_SIZE, offset=offset)
    return render(request, "quotes.html", {
        "form": form, "rows": page.table.records(), "pager": _pager("/quotes", form, page, offset),
        "downloads": _downloads("/v1/quotes", form)})


@router.get("/process", response_class=HTMLResponse)
def process_form(request: Request) -> HTMLResponse:
    return render(request, "process.html", {"values": {}, "problem": None})


@router.post("/process", response_class=HTMLResponse)
async def process_pasted(request: Request) -> HTMLResponse:
    async with request.form(max_files=0, max_fields=10, max_part_size=2_000_000) as data:
        values = {k: str(data.get(k) or "").strip() for k in ("content", "kind", "language", "published", "url")}
    submission = Submission(language=values["language"] or None, published=values["published"] or None,
                            url=values["url"][:2048] or None)
    if values["kind"] == "html":
        submission.html = values["content"]
    else:
        submission.text = values["content"]
    problem = None
    if submission.language and not _LANGUAGE.match(submission.language):
        problem = "language: an ISO 639-1 code such as it or en"
    else:
        try:
            doc = await process(submission, request.app.state.limiter)
        except HTTPException as exc:
            problem = exc.detail
    if problem:
        status = 400
        return render(request, "process.html", {"values": values, "problem": problem}, status=status)
    return render(request, "article.html", _article_context(doc.to_dict(), stored=False))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "description": op.get("description", ""),
                               "parameters": op.get("parameters", []),
                               "body": bool(op.get("requestBody")),
                               "responses": sorted(op.get("responses", {}).items())})
    return render(request, "docs.html", {"spec": spec, "operations": operations})
