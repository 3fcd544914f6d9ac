"""Printing processed articles: shared by every command that prints them (process, fetch)."""
from __future__ import annotations

import json
from collections.abc import Iterable

import click

from cronaca.document import Document
from cronaca.read import Reject


def report(reject: Reject) -> None:
    click.echo(f"error: {reject}", err=True)


def print_articles(items: Iterable[Document | Reject], fmt: str) -> int:
    """Print articles as json (one object, or a list for several), jsonl or pretty; return failures."""
    from cronaca.write.json import dumps
    from cronaca.write.pretty import render

    failed = 0
    done: list[Document] = []
    for item in items:
        if isinstance(item, Reject):
            failed += 1
            report(item)
        elif fmt == "jsonl":
            click.echo(dumps(item))
        elif fmt == "pretty":
            click.echo(render(item) + "\n")
        else:
            done.append(item)
    if len(done) == 1:
        click.echo(dumps(done[0], indent=2))
    elif done:
        click.echo(json.dumps([d.to_dict() for d in done], ensure_ascii=False, indent=2))
    return failed
