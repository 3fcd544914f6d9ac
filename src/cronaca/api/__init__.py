"""The HTTP API and the web UI in one FastAPI app: ``create_app(db_path)``, served by ``cronaca serve``."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from cronaca import __version__

from .connection import Database, StoreMissing
from .limits import MAX_BODY_BYTES, PROCESS_TIMEOUT_S, Guard, Limiter

__all__ = ["create_app", "StoreMissing"]


def create_app(db_path: str | Path, allow_ingest: bool = False, timeout: float = PROCESS_TIMEOUT_S,
               max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The app over the store at ``db_path``: read-only unless ``allow_ingest`` (then POST /v1/ingest
    writes). Raises StoreMissing when a read-only store does not exist."""
    db = Database(db_path, writable=allow_ingest)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    # The stock /docs page loads its assets from a CDN; cronaca serves its own page at /docs instead.
    app = FastAPI(title="cronaca", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="News articles in, who did what to whom (with the exact words) out. "
                              "Every fact points back to character offsets in the cleaned text.")
    app.state.db = db
    app.state.allow_ingest = allow_ingest
    app.state.limiter = Limiter(timeout=timeout)
    app.add_middleware(Guard, max_bytes=max_body)

    from cronaca.web import install

    from .routes import router

    app.include_router(router)
    install(app)
    return app
