"""`cronaca eval-mentions`: mention-level NER scores of the link stage on the public gold sets."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval-mentions")
@click.option("--evaldata", type=click.Path(path_type=Path), default=None,
              help="The shared evaldata folder (default: $CRONACA_EVALDATA or ../shared/evaldata).")
@click.option("--limit", type=int, default=None, help="Score only the first N documents of each set.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per score instead of a table.")
def eval_mentions(evaldata: Path | None, limit: int | None, as_json: bool) -> None:
    """Score entity mentions (exact span + PER/ORG/LOC type) on KIND, HIPE and factRuEval."""
    from cronaca.evaluate.ner import default_evaldata, evaluate

    root = evaldata or default_evaldata()
    try:
        scores = evaluate(root, limit)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    for score in scores:
        if as_json:
            click.echo(json.dumps(score.to_dict(), ensure_ascii=False))
            continue
        extra = score.extra
        status = extra.get("status")
        if status:
            click.echo(f"{score.dataset:<28} {score.language}  {status}")
            continue
        click.echo(f"{score.dataset:<28} {score.language}  P {score.precision:.3f}  R {score.recall:.3f}  "
                   f"F1 {score.f1:.3f}  lenient F1 {extra['lenient_f1']:.3f}  "
                   f"(PER {extra['PER_f1']:.3f} ORG {extra['ORG_f1']:.3f} LOC {extra['LOC_f1']:.3f}, "
                   f"{extra['documents']} docs)")
