"""`cronaca eval`: precision, recall and F1 per stage, dataset and language, and a JSON report."""
from __future__ import annotations

from pathlib import Path

import click

STAGE_HELP = ("Only this stage (repeatable): entities, quotes, events, dates, damage, extraction, "
              "or a stage of an external scorer (mentions, spinner...).")


@click.command("eval")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Gold articles folder [default: tests/gold/articles under the repo root].")
@click.option("--stage", "stages", multiple=True, help=STAGE_HELP)
@click.option("--split", type=click.Choice(["heldout", "dev", "all"]), default="heldout", show_default=True,
              help="Gold split: rules are tuned on dev and reported on heldout.")
@click.option("--evaldata", type=click.Path(path_type=Path, file_okay=False),
              help="Public evaluation data [default: $CRONACA_EVALDATA, else ../shared/evaldata].")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              default=Path("eval-report.json"), show_default=True, help="Where to write the JSON report.")
@click.option("--limit", type=click.IntRange(min=1), help="At most N articles or pages per data set.")
def evaluate(gold_dir: Path | None, stages: tuple[str, ...], split: str, evaldata: Path | None,
             report_path: Path, limit: int | None) -> None:
    """Score every stage on the gold set and on public data sets."""
    from cronaca.evaluate.runner import run, table, write_report

    report = run(gold_dir, split, stages, evaldata, limit)
    for note in report.notes:
        click.echo(note, err=True)
    for failure in report.failures:
        click.echo(f"pipeline failed: {failure}", err=True)
    if report.scores:
        click.echo(table(report.scores))
    else:
        click.echo("nothing was scored", err=True)
    click.echo("scorers: " + ", ".join(f"{name} {status}" for name, status in report.scorers.items()))
    write_report(report, report_path)
    click.echo(f"report: {report_path}")
