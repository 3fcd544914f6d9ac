#!/usr/bin/env python3
"""Guard for speed work: the pipeline's JSON output on a fixed, diverse set of articles.

    python bench/same_output.py dump  FILE   # record the outputs of this checkout
    python bench/same_output.py check FILE   # compare this checkout with a recorded FILE

An optimisation must not change what cronaca emits; `check` names every article whose record
differs and the first differing path inside it. The set: every gold text, the seed sample, the
HTML samples, the first fundus pages of each group (read from evaldata, never copied) and a slice
of VOA stories, so all languages and both readers are covered.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FUNDUS_PER_GROUP = 2
VOA_COUNT = 10


def inputs() -> list[tuple[str, str, object]]:
    """(name, kind, payload): kind text -> (text, published), html -> bytes."""
    items: list[tuple[str, str, object]] = []
    for path in sorted((ROOT / "tests" / "gold" / "articles").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        items.append((f"gold/{path.stem}", "text", (row["text"], row.get("published"))))
    for path in sorted((ROOT / "samples").glob("*.txt")):
        meta = path.with_suffix("").with_suffix(".meta.json")
        published = json.loads(meta.read_text("utf-8")).get("published") if meta.is_file() else None
        items.append((f"sample/{path.stem}", "text", (path.read_text("utf-8"), published)))
    for path in sorted((ROOT / "samples" / "html").glob("*.html.gz")):
        items.append((f"html/{path.name}", "html", gzip.decompress(path.read_bytes())))
    voa = Path("/work/shared/resources/voa/voa_stories.jsonl")
    if voa.is_file():
        for i, line in enumerate(voa.read_text(encoding="utf-8").splitlines()[:VOA_COUNT]):
            row = json.loads(line)
            items.append((f"voa/{i}", "text", (row["text"], (row.get("published") or "")[:10] or None)))
    from cronaca.evaluate.runner import find_evaldata

    evaldata = find_evaldata()[0]
    manifest = evaldata / "fundus" / "manifest.jsonl" if evaldata else None
    if manifest and manifest.is_file():
        seen: dict[str, int] = {}
        for line in manifest.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if seen.get(row["group"], 0) >= FUNDUS_PER_GROUP:
                continue
            seen[row["group"]] = seen.get(row["group"], 0) + 1
            items.append((f"fundus/{row['html']}", "html",
                          gzip.decompress((evaldata / "fundus" / row["html"]).read_bytes())))
    return items


def outputs() -> dict[str, object]:
    from cronaca.document import Document, Source
    from cronaca.pipeline import default_pipeline
    from cronaca.read.html import read_html

    pipeline = default_pipeline()
    result: dict[str, object] = {}
    for name, kind, payload in inputs():
        try:
            if kind == "text":
                text, published = payload  # type: ignore[misc]
                doc = Document(raw=text, source=Source(published=published, format="text"), record=name)
            else:
                doc = read_html(payload, name)  # type: ignore[arg-type]
            result[name] = pipeline(doc).to_dict()
        except Exception as error:  # noqa: BLE001 - a failure is an output too
            result[name] = {"error": f"{type(error).__name__}: {error}"}
    return result


def first_difference(a: object, b: object, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):  # type: ignore[arg-type]
            if key not in a or key not in b:  # type: ignore[operator]
                return f"{path}/{key}: only in one"
            found = first_difference(a[key], b[key], f"{path}/{key}")  # type: ignore[index]
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):  # type: ignore[arg-type]
            return f"{path}: {len(a)} items != {len(b)}"  # type: ignore[arg-type]
        for i, (x, y) in enumerate(zip(a, b)):  # type: ignore[call-overload]
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r:.120} != {b!r:.120}"


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("dump", "check"):
        print(__doc__)
        return 2
    mode, file = sys.argv[1], Path(sys.argv[2])
    now = outputs()
    if mode == "dump":
        file.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(now)} articles recorded in {file}")
        return 0
    before = json.loads(file.read_text(encoding="utf-8"))
    return report_differences(before, json.loads(json.dumps(now)), "articles")


def report_differences(before: dict, now: dict, unit: str) -> int:
    """Print each record whose output differs (its first difference) and a count; 1 when any does."""
    changed = 0
    for name in sorted(set(before) | set(now)):
        diff = first_difference(before.get(name), now.get(name))
        if diff:
            changed += 1
            print(f"DIFFERS {name}: {diff}")
    print(f"{len(now)} {unit}, {changed} differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
