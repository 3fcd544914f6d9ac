"""User KB files in YAML and CSV, turned into the same records as a JSONL line, with line numbers
so that a problem can be reported where the user will look for it."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import yaml

from cronaca.kb.validate import LANG, KBError

CSV_COLUMNS = ("id", "type", "name", "country", "aliases")
CSV_OPTIONAL = ("wikidata", "acronyms", "parent", "source")


def yaml_records(path: Path) -> Iterator[tuple[int, object]]:
    """Items of a YAML list of entries, each with the line where it starts."""
    text = path.read_text(encoding="utf-8")
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return
        if not isinstance(root, yaml.SequenceNode):
            raise KBError(f"{path}:{root.start_mark.line + 1}: a YAML KB file must be a list of entries")
        for node in root.value:
            yield node.start_mark.line + 1, loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise KBError(f"{path}:{line}: not valid YAML: {exc.problem or exc}") from None
    finally:
        loader.dispose()


def _forms(cell: str, path: Path, line: int) -> dict[str, list[str]]:
    """'it:Mosca|de:Moskau|Moskva' -> {'it': ['Mosca'], 'de': ['Moskau'], '*': ['Moskva']}."""
    table: dict[str, list[str]] = {}
    for item in (part.strip() for part in cell.split("|")):
        if not item:
            continue
        lang, sep, form = item.partition(":")
        if not sep or not LANG.fullmatch(lang.strip()):
            lang, form = "*", item
        form = form.strip()
        if not form:
            raise KBError(f"{path}:{line}: alias {item!r} has a language but no name")
        table.setdefault(lang.strip(), []).append(form)
    return table


def csv_records(path: Path) -> Iterator[tuple[int, object]]:
    """Rows of a CSV file with columns id,type,name,country,aliases (optionally wikidata, acronyms,
    parent, source); aliases and acronyms are written ``lang:form|lang:form``."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        missing = [c for c in CSV_COLUMNS if c not in header]
        if missing:
            raise KBError(f"{path}:1: CSV header lacks column(s) {', '.join(missing)} "
                          f"(expected {','.join(CSV_COLUMNS)})")
        unknown = [c for c in header if c not in CSV_COLUMNS + CSV_OPTIONAL]
        if unknown:
            raise KBError(f"{path}:1: unknown CSV column(s) {', '.join(unknown)}")
        for row in reader:
            line = reader.line_num
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            if None in row:
                raise KBError(f"{path}:{line}: more cells than header columns (quote names with commas)")
            record: dict[str, object] = {k: (row[k] or "").strip() for k in ("id", "type", "name")}
            for key in ("country", "wikidata", "parent", "source"):
                if (row.get(key) or "").strip():
                    record[key] = row[key].strip()
            for key in ("aliases", "acronyms"):
                if (row.get(key) or "").strip():
                    record[key] = _forms(row[key], path, line)
            yield line, record
