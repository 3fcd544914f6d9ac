"""`cronaca serve`: the HTTP API and the web UI over a store, in one local process."""
from __future__ import annotations

import click

from cronaca.store.database import DEFAULT_DB


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file made by `cronaca ingest`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; 127.0.0.1 keeps it on this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-ingest", is_flag=True,
              help="Open the store read-write and accept POST /v1/ingest (otherwise it answers 403).")
def serve(db: str, host: str, port: int, allow_ingest: bool) -> None:
    """Serve the API (/v1, spec at /openapi.json, docs at /docs) and the web UI at http://HOST:PORT/."""
    import duckdb
    import uvicorn

    from cronaca.api import StoreMissing, create_app

    try:
        app = create_app(db, allow_ingest=allow_ingest)
    except StoreMissing as exc:
        raise click.ClickException(str(exc)) from None
    except duckdb.IOException as exc:
        raise click.ClickException(f"cannot open {db}: {exc}\n(another process, such as `cronaca ingest`, "
                                   "may be writing to it: serve once it has finished)") from None
    click.echo(f"cronaca: serving {db} {'(read-write, ingest allowed)' if allow_ingest else '(read-only)'} "
               f"at http://{host}:{port}/  (API docs: http://{host}:{port}/docs; Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
