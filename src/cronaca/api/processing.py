"""Process one posted article (text or HTML) with the full pipeline, under the server's limits."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import HTTPException

from cronaca.document import Document
from cronaca.read import ReadError
from cronaca.read.paths import validate_date

from .limits import Busy, Limiter


@dataclass
class Submission:
    """What a client posts: exactly one of text or html, and optional metadata (never fetched)."""

    text: str | None = None
    html: str | None = None
    language: str | None = None
    published: str | None = None
    url: str | None = None

    def content(self) -> str:
        given = [c for c in (self.text, self.html) if c is not None]
        if len(given) != 1:
            raise HTTPException(400, "give exactly one of 'text' or 'html'")
        if not given[0].strip():
            raise HTTPException(400, "the article is empty")
        return given[0]


def _pipeline(submission: Submission, content: str) -> Document:
    from cronaca.pipeline import default_pipeline
    from cronaca.read.html import read_html
    from cronaca.read.text import read_text

    record = "<posted>"
    if submission.html is not None:
        doc = read_html(content, record, uri=submission.url)
    else:
        doc = read_text(content, record, uri=submission.url)
    doc.source.uri = submission.url or doc.source.uri
    if submission.published:
        doc.source.published = submission.published
    if submission.language:
        doc.language = submission.language.lower()
    return default_pipeline()(doc)


async def process(submission: Submission, limiter: Limiter) -> Document:
    """The article processed, or an HTTPException: 400 unreadable input, 503 busy, 504 too slow."""
    content = submission.content()
    if submission.published:
        try:
            validate_date(submission.published)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
    try:
        return await limiter.run(_pipeline, submission, content)
    except ReadError as exc:
        raise HTTPException(400, f"cannot read the article: {exc}") from None
    except Busy:
        raise HTTPException(503, "the server is processing other articles; retry in a moment",
                            headers={"Retry-After": "2"}) from None
