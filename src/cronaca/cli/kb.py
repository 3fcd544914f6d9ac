"""`cronaca kb`: look up, check and count knowledge-base entries."""
from __future__ import annotations

import json
import sys
from collections import Counter

import click

from cronaca.kb import TYPES, KBEntry, KnowledgeBase, check_file, load, version


@click.group("kb")
def kb() -> None:
    """The knowledge base: search it, check your own entry files, count what it holds."""


def _role_text(entry: KBEntry, base: KnowledgeBase) -> list[str]:
    out = []
    for role in entry.roles:
        span = f"{role.start or '?'}..{role.end or ''}"
        target = base.get(role.of)
        of = f"{target.name} ({role.of})" if target and target.type != "COUNTRY" else role.of
        out.append(f"{role.role} of {of} {span}")
    return out


def _render(entry: KBEntry, base: KnowledgeBase) -> str:
    head = f"{entry.id}  {entry.type}  {entry.name}" + (f"  [{entry.country}]" if entry.country else "")
    lines = [head]
    if entry.wikidata and entry.wikidata != entry.id:
        lines.append(f"  wikidata: {entry.wikidata}")
    for text in _role_text(entry, base):
        lines.append(f"  role: {text}")
    for label, table in (("aliases", entry.aliases), ("acronyms", entry.acronyms),
                         ("adjectives", entry.adjectives)):
        for lang, forms in table.items():
            if forms:
                lines.append(f"  {label} {lang}: {', '.join(forms)}")
    if entry.source:
        lines.append(f"  source: {entry.source}")
    return "\n".join(lines)


@kb.command("search")
@click.argument("name")
@click.option("--type", "type_", type=click.Choice(TYPES, case_sensitive=False), help="Only this type.")
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (the KB file format).")
@click.option("--kb", "extra", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Also load this user KB file (repeatable).")
def search(name: str, type_: str | None, limit: int, as_json: bool, extra: tuple[str, ...]) -> None:
    """Entries whose name, alias, acronym or id contains NAME, exact matches first."""
    base = load(extra)
    found = base.search(name, limit=len(base) if type_ else limit)
    if type_:
        found = [e for e in found if e.type == type_.upper()][:limit]
    if not found:
        click.echo(f"no entry matches {name!r}", err=True)
        sys.exit(1)
    for entry in found:
        click.echo(json.dumps(entry.to_dict(), ensure_ascii=False) if as_json else _render(entry, base) + "\n")


@kb.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def check(files: tuple[str, ...]) -> None:
    """Validate user KB files (JSONL, YAML or CSV): each problem with its line; exit 1 if any."""
    total = 0
    for path in files:
        problems = check_file(path)
        total += len(problems)
        for problem in problems:
            click.echo(str(problem))
        if not problems:
            click.echo(f"{path}: ok")
    if total:
        click.echo(f"{total} problem(s)", err=True)
        sys.exit(1)


@kb.command("stats")
@click.option("--json", "as_json", is_flag=True)
def stats(as_json: bool) -> None:
    """Entries per type and per source, and the KB version."""
    base = load()
    by_type = Counter(e.type for e in base.entries.values())
    by_source = Counter(e.source or "-" for e in base.entries.values())
    roles = sum(len(e.roles) for e in base.entries.values())
    if as_json:
        click.echo(json.dumps({"version": version(), "entries": len(base), "types": dict(by_type),
                               "sources": dict(by_source), "roles": roles}, ensure_ascii=False))
        return
    click.echo(f"version {version()}: {len(base)} entries, {roles} dated roles")
    for label, counter in (("type", by_type), ("source", by_source)):
        for key, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {label:6} {key:24} {count:>6}")
