"""The command line: a thin layer over the library (cronaca.process, the store, the executors)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cronaca.cli.output import report
from cronaca.read import Reject
from cronaca.read.paths import read_paths, validate_date
from cronaca.store.database import DEFAULT_DB

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return validate_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _error(reject: Reject) -> None:
    report(reject)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cronaca")
def cli() -> None:
    """cronaca: news articles in, who did what to whom (with the exact words) out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "pretty"]), default="json",
              show_default=True, help="json: one object per article (a list for several); jsonl: one per line.")
@click.option("--published", callback=_check_date, help="Publication date YYYY-MM-DD for all inputs.")
@click.option("--language", help="ISO 639-1 code; skips language identification.")
@click.option("--jobs", type=int, default=1, show_default=True, help="Worker processes.")
def process(paths: tuple[str, ...], fmt: str, published: str | None, language: str | None, jobs: int) -> None:
    """Process FILE, DIR or - (standard input) and print each article."""
    from cronaca.cli.output import print_articles
    from cronaca.run.local import run

    failed = print_articles(run(read_paths(paths, published, language), jobs=jobs), fmt)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file.")
@click.option("--from-parquet", "parquet", type=click.Path(exists=True, file_okay=False),
              help="Import the Parquet tables written by `cronaca spark-ingest --out DIR`.")
@click.option("--published", callback=_check_date, help="Publication date YYYY-MM-DD for all inputs.")
@click.option("--language", help="ISO 639-1 code for all inputs.")
@click.option("--batch-size", type=int, default=100, show_default=True, help="Articles per transaction.")
@click.option("--jobs", type=int, default=1, show_default=True, help="Worker processes.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, parquet: str | None, published: str | None,
           language: str | None, batch_size: int, jobs: int, quiet: bool) -> None:
    """Process inputs and store them in DuckDB (idempotent: stored articles are skipped)."""
    from cronaca.store.ingest import ingest as run_ingest

    if parquet:
        from cronaca.store.database import Store
        from cronaca.store.parquet import import_parquet

        with Store(db) as store:
            result = import_parquet(store, parquet)
        click.echo(f"{db}: imported {result.stored} articles from {parquet}, "
                   f"duplicates skipped {result.duplicates}")
        if not paths:
            return
    elif not paths:
        raise click.UsageError("give PATHS to ingest, or --from-parquet DIR")

    summary = run_ingest(paths, db, published=published, language=language, batch_size=batch_size,
                         jobs=jobs, progress=not quiet and sys.stderr.isatty(), on_reject=_error)
    click.echo(summary.render())
    sys.exit(EXIT_FAILED if summary.failed else EXIT_OK)


@cli.group()
def query() -> None:
    """Ask the store: articles, entities, events, quotes."""


def _query_options(fn):
    fn = click.option("--db", default=DEFAULT_DB, show_default=True)(fn)
    fn = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                      show_default=True)(fn)
    fn = click.option("--limit", type=int, default=50, show_default=True)(fn)
    return fn


def _show(table, fmt: str) -> None:
    from cronaca.cli.table import render_table

    if fmt == "json":
        click.echo(json.dumps(table.records(), ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(render_table(table.columns, table.rows))


def _open(db: str):
    """A DuckDB store file, or a folder of Parquet tables from spark-ingest, queried in place."""
    from cronaca.store.database import Store
    from cronaca.store.parquet import open_parquet

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db}; run `cronaca ingest` first or pass --db")
    if Path(db).is_dir():
        try:
            return open_parquet(db)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from None
    return Store(db, read_only=True)


@query.command("articles")
@_query_options
@click.option("--language")
@click.option("--since", callback=_check_date)
@click.option("--until", callback=_check_date)
def query_articles(db: str, fmt: str, limit: int, language: str | None, since: str | None,
                   until: str | None) -> None:
    """Articles by language and publication date."""
    from cronaca.store import queries

    with _open(db) as store:
        _show(queries.articles(store.con, language, since, until, limit), fmt)


@query.command("entities")
@_query_options
@click.option("--type", "type_", help="PERSON, ORG, COUNTRY, PLACE, GROUP or MEDIA.")
def query_entities(db: str, fmt: str, limit: int, type_: str | None) -> None:
    """Entities by frequency."""
    from cronaca.store import queries

    with _open(db) as store:
        _show(queries.entities(store.con, type_, limit), fmt)


@query.command("events")
@_query_options
@click.option("--actor", help="Entity name or id acting.")
@click.option("--recipient", help="Entity name or id acted upon (with --actor: a dyad).")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--status", type=click.Choice(["occurred", "planned", "negated", "hypothetical"]))
@click.option("--since", callback=_check_date)
@click.option("--until", callback=_check_date)
def query_events(db: str, fmt: str, limit: int, actor: str | None, recipient: str | None,
                 type_: str | None, status: str | None, since: str | None, until: str | None) -> None:
    """Events by actor, dyad, type, status and date."""
    from cronaca.store import queries

    with _open(db) as store:
        _show(queries.events(store.con, actor, recipient, type_, status, since, until, limit), fmt)


@query.command("quotes")
@_query_options
@click.option("--speaker", help="Entity name or id.")
@click.option("--text", help="Words in the quote.")
def query_quotes(db: str, fmt: str, limit: int, speaker: str | None, text: str | None) -> None:
    """Quotes by speaker or words."""
    from cronaca.store import queries

    with _open(db) as store:
        _show(queries.quotes(store.con, speaker, text, limit), fmt)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--window", type=int, default=3, show_default=True, help="Days within which reports match.")
def dedup(db: str, window: int) -> None:
    """Cluster the store's events across articles (same type, actors, dates within a window)."""
    from cronaca.store.database import Store
    from cronaca.store.dedup import dedup_store

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db}; run `cronaca ingest` first or pass --db")
    with Store(db) as store:
        clusters = dedup_store(store.con, window)
    mentions = sum(c.n_mentions for c in clusters)
    click.echo(f"{db}: {mentions} event mentions in {len(clusters)} events")


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--top", type=int, default=10, show_default=True, help="Rows per section.")
def digest(db: str, top: int) -> None:
    """A short digest of what the store holds."""
    from cronaca.store.digest import digest as make_digest

    with _open(db) as store:
        click.echo(make_digest(store.con, top))


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet", "csv", "gdelt", "plover"]), required=True,
              help="gdelt: a GDELT-like event table (TSV); plover: PLOVER JSON records, one per line.")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="A file for jsonl/gdelt/plover, or a folder for parquet/csv (one file per table).")
def export(db: str, fmt: str, out: Path) -> None:
    """Export the store."""
    from cronaca.store.export import export as run_export

    with _open(db) as store:
        for path in run_export(store.con, fmt, out):
            click.echo(str(path))


# Commands that live in their own modules are added here, one line each:
# from cronaca.cli.<module> import <command>; cli.add_command(<command>)
from cronaca.cli.spark import spark_ingest; cli.add_command(spark_ingest)  # noqa: E402,E702
from cronaca.cli.fetch import fetch; cli.add_command(fetch)  # noqa: E402,E702
from cronaca.cli.evaluate import evaluate; cli.add_command(evaluate)  # noqa: E402,E702
from cronaca.cli.kb import kb; cli.add_command(kb)  # noqa: E402,E702
from cronaca.cli.mentions import eval_mentions; cli.add_command(eval_mentions)  # noqa: E402,E702
from cronaca.cli.serve import serve; cli.add_command(serve)  # noqa: E402,E702


def main() -> None:
    cli(prog_name="cronaca")


if __name__ == "__main__":
    main()
