"""`cronaca spark-ingest`: the pipeline on Apache Spark (local mode or a cluster)."""
from __future__ import annotations

import sys

import click


@click.command("spark-ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder for the Parquet tables (one sub-folder per table).")
@click.option("--master", default="local[*]", show_default=True, help="local[N] or spark://host:port ...")
@click.option("--partitions", type=int, help="Input partitions (default: 4 per core, at most one per file).")
@click.option("--no-dedup", is_flag=True, help="Skip cross-article event de-duplication.")
def spark_ingest(inputs: tuple[str, ...], out: str, master: str, partitions: int | None, no_dedup: bool) -> None:
    """Process WARC, JSONL, Parquet (and text/HTML) INPUTS on Spark into Parquet tables under --out."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise click.ClickException("pyspark is not installed: pip install 'cronaca[spark]'") from None
    from cronaca.run.spark import spark_ingest as run

    summary = run(list(inputs), out, master=master, partitions=partitions, dedup=not no_dedup)
    click.echo(summary.render())
    sys.exit(1 if summary.rejects else 0)
