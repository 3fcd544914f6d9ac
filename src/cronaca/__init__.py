"""cronaca: news articles in, structured facts with span-level provenance out."""
from __future__ import annotations

from cronaca.document import Article, Document

__version__ = "0.1.0"
__all__ = ["Article", "Document", "frames", "process", "__version__"]


def __getattr__(name: str):
    """``cronaca.frames`` (DataFrames) is imported on first use: pandas and Arrow load slowly."""
    if name == "frames":
        import importlib

        return importlib.import_module("cronaca.frames")
    raise AttributeError(f"module 'cronaca' has no attribute {name!r}")


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
