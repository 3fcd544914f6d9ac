"""`cronaca fetch URL...`: pages and feeds over HTTP(S), processed and printed or stored.

The only command that uses the network, and only for the URLs given on its command line.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from cronaca.document import Document
from cronaca.read import Reject
from cronaca.store.database import DEFAULT_DB

BATCH = 100


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@click.option("--follow-feed", is_flag=True,
              help="For a feed, fetch each entry's page (the feed's summary when the page fails).")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "pretty"]), default="json",
              show_default=True, help="json: one object per article (a list for several); jsonl: one per line.")
@click.option("--ingest", "into_store", is_flag=True, help="Store the articles in --db instead of printing them.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file, with --ingest.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the same host.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=15.0, show_default=True,
              help="Seconds to connect, and at most between two pieces of a response.")
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
              help="Largest response body read, in MB.")
@click.option("--language", help="ISO 639-1 code for every article; skips language identification.")
@click.option("--allow-private-network", "allow_private", is_flag=True,
              help="Let redirects and feed entries reach private or local addresses (the URLs given always may).")
@click.option("--ignore-robots", is_flag=True, help="Follow feed entries even where robots.txt disallows them.")
def fetch(urls: tuple[str, ...], follow_feed: bool, fmt: str, into_store: bool, db: str, delay: float,
          timeout: float, max_mb: float, language: str | None, allow_private: bool, ignore_robots: bool) -> None:
    """Fetch http(s) URLs: an HTML page becomes an article, a feed its entries."""
    from cronaca.cli.main import EXIT_FAILED, EXIT_OK
    from cronaca.read.fetch import FetchOptions, fetch_urls
    from cronaca.run.local import run

    options = FetchOptions(timeout=timeout, max_bytes=int(max_mb * 1_000_000), delay=delay,
                           allow_private=allow_private, respect_robots=not ignore_robots)
    items = fetch_urls(urls, follow_feed=follow_feed, options=options,
                       warn=lambda message: click.echo(f"warning: {message}", err=True))
    processed = run(_with_language(items, language))
    failed = _store(processed, db) if into_store else _print(processed, fmt)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _with_language(items: Iterator[Document | Reject], language: str | None) -> Iterator[Document | Reject]:
    for item in items:
        if language and isinstance(item, Document):
            item.language = language.lower()
        yield item


def _print(items: Iterator[Document | Reject], fmt: str) -> int:
    from cronaca.cli.output import print_articles

    return print_articles(items, fmt)


def _store(items: Iterator[Document | Reject], db: str) -> int:
    """Like `cronaca ingest`: articles already stored are skipped, failures go to the failures table."""
    from cronaca.cli.output import report
    from cronaca.store.ingest import ingest_items

    summary = ingest_items(items, db, batch_size=BATCH, on_reject=report)
    click.echo(summary.render())
    return summary.failed
