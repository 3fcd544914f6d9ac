"""cronaca: news articles in, structured facts with span-level provenance out."""
from __future__ import annotations

from cronaca.document import Article, Document

__version__ = "0.1.0"
__all__ = ["Article", "Document", "process", "__version__"]


def process(text_or_html: str, language: str | None = None, published: str | None = None,
            url: str | None = None) -> Article:
    """Run the whole pipeline on one article given as plain text or HTML."""
    from cronaca.pipeline import default_pipeline
    from cronaca.read.paths import validate_date
    from cronaca.run.local import document_from_string

    if published is not None:
        validate_date(published)
    doc = document_from_string(text_or_html, record=url or "<string>", url=url)
    if published:
        doc.source.published = published
    if language:
        doc.language = language.lower()
    return default_pipeline()(doc)
