"""Re-score the judged untuned-text precision benchmark: events read by eye on pages nobody tuned on.

    PYTHONPATH=src python tools/events/untuned_judged.py tools/events/judged/untuned_2026-11-30.tsv [--show]
    PYTHONPATH=src python tools/events/untuned_judged.py JUDGED.tsv --new-from SAMPLE.jsonl  # write a judging sheet

Why: dev precision says little about text the rules were not written on (dev events P 0.81, held-out 0.58).
A judged sample of untuned pages is a second precision benchmark that does not wear out: after a change,
only the events that changed need a new verdict.

The TSV (one row per event the pipeline emitted on a judged page; `#` lines are comments and the first
comment line holds the `untuned_sample.py` options the pages came from) has the columns

    key      page URL (or corpus id) # trigger offset # PLOVER type: the event's identity across runs
    lang     language of the page
    type     PLOVER type emitted
    status   status emitted (occurred, planned, hypothetical, negated)
    source   actor names, `|`-joined
    target   recipient names, `|`-joined
    trigger  the trigger text
    verdict  y (type, actor, recipient and status right; a missing recipient is not an error), n (wrong),
             ? (arguable), - (on a judged page but not in the sample, not judged)
    error    for n: the construction that made it (sense, linker, modality, actor-clause, role, recipient,
             recipient-place, markup, sports, list, generic, generic-infinitive, negation, type, ...)
    note     free text

Sentences are not stored (several sources are non-commercial; `--show` prints them from the live text).
Scoring: precision = y / (y + n) over the judged events still emitted; events that disappeared are counted
by verdict (a removed `y` is a lost right event); events with keys not in the file are listed as new, to
be judged and appended.
"""
from __future__ import annotations

import argparse
import csv
import json
import shlex
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from untuned_sample import untuned_documents  # noqa: E402

COLUMNS = ["key", "lang", "type", "status", "source", "target", "trigger", "verdict", "error", "note"]


def read_judged(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """(sample options from the first comment line, rows)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    options = shlex.split(lines[0].split(":", 1)[1]) if lines and lines[0].startswith("# options:") else []
    body = [ln for ln in lines if not ln.startswith("#")]
    return options, list(csv.DictReader(body, delimiter="\t"))


def _current(options: list[str], urls: set[str]) -> dict[str, dict]:
    """Every event the pipeline emits now on the judged pages, by key."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="de,es,fr,it")
    ap.add_argument("--dice", type=int, default=80)
    ap.add_argument("--voa", action="store_true")
    ap.add_argument("--kind", type=int, default=0)
    ap.add_argument("--hipe", type=int, default=0)
    ap.add_argument("--trafilatura-de", action="store_true")
    ap.add_argument("--aeb", action="store_true")
    ap.add_argument("--hipe-de", type=int, default=0)
    ap.add_argument("--kind-dev", type=int, default=0)
    ap.add_argument("--polnear", default="")
    a = ap.parse_args(options)
    langs = set(a.langs.split(","))
    out: dict[str, dict] = {}
    for url, r in untuned_documents(langs, a.dice, voa=a.voa, kind=a.kind, hipe=a.hipe,
                                    trafilatura_langs=langs if a.trafilatura_de else None, only=urls,
                                    aeb=a.aeb, hipe_de=a.hipe_de, kind_dev=a.kind_dev,
                                    polnear=a.polnear):
        names = {x.id: x.name for x in r.entities}
        types = {x.id: x.type for x in r.entities}
        for e in r.events:
            key = f"{url}#{e.trigger.start}#{e.type}"
            out[key] = {"key": key, "lang": r.language, "type": e.type, "status": e.status,
                        "source": "|".join(names.get(s, s) for s in e.source),
                        "target": "|".join(names.get(s, s) for s in e.target), "trigger": e.trigger.text,
                        "types": [types.get(s, "") for s in [*e.source, *e.target]],
                        "rule": e.rule, "confidence": e.confidence, "sent": " ".join(r.text[e.sentence.start:e.sentence.end].split())[:300]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("judged", type=Path)
    ap.add_argument("--show", action="store_true", help="print the sentence of every changed or new event")
    ap.add_argument("--dump", type=Path, help="write every current event on the judged pages (JSON lines)")
    args = ap.parse_args()
    options, rows = read_judged(args.judged)
    urls = {r["key"].rsplit("#", 2)[0] for r in rows}
    now = _current(options, urls)
    judged = {r["key"]: r for r in rows}
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for e in now.values():
                f.write(json.dumps({**e, "verdict": judged.get(e["key"], {}).get("verdict", "new"),
                                    "error": judged.get(e["key"], {}).get("error", "")}, ensure_ascii=False) + "\n")
    kept, removed, changed = Counter(), Counter(), []
    by_lang: dict[str, Counter] = {}
    for key, r in judged.items():
        e = now.get(key)
        if e is None:
            removed[r["verdict"]] += 1
            changed.append(("removed", r, None))
            continue
        kept[r["verdict"]] += 1
        by_lang.setdefault(r["lang"], Counter())[r["verdict"]] += 1
        if (e["status"], e["source"], e["target"]) != (r["status"], r["source"], r["target"]):
            changed.append(("changed", r, e))
    new = [e for k, e in now.items() if k not in judged]
    before = Counter(r["verdict"] for r in rows)

    def p(c: Counter) -> str:
        return f"{c['y'] / max(1, c['y'] + c['n']):.3f} (y {c['y']}, n {c['n']}, ? {c['?']})"

    print(f"judged before: {p(before)}")
    print(f"judged still emitted: {p(kept)}; removed: y {removed['y']}, n {removed['n']}, ? {removed['?']},"
          f" unjudged {removed['-']}; changed parties/status: {sum(1 for c in changed if c[0] == 'changed')};"
          f" new unjudged: {len(new)}")
    for lang, c in sorted(by_lang.items()):
        print(f"  {lang}: {p(c)}")
    if args.show:
        for kind, r, e in changed:
            if r["verdict"] == "-" and kind == "removed":
                continue
            print(f"{kind:8} [{r['verdict']}{' ' + r['error'] if r['error'] else ''}] {r['lang']} {r['type']}/"
                  f"{r['status']} {r['source']} -> {r['target']} '{r['trigger']}'"
                  + (f"\n         now {e['status']} {e['source']} -> {e['target']}" if e else ""))
        for e in new:
            print(f"new      {json.dumps(e, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
