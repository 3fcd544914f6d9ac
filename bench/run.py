#!/usr/bin/env python3
"""Benchmarks: articles per second per core and peak memory, per stage and for the whole pipeline.

    python bench/run.py [--max N] [--quick] [--html-max N] [--out bench/RESULTS.md]

Plain text: VOA stories (public domain, resources/voa) and the gold texts, repeated to reach N;
the language is left to the language stage, as for real input. HTML: fundus and trafilatura-eval
pages (read from evaldata, never copied), through cronaca's reader and pipeline, and through
trafilatura's own extraction in the same run, so the ratio shows what cronaca adds on top of
extraction. Every measurement runs in a fresh subprocess: its peak RSS is that run's alone, and
articles stream through one at a time (nothing accumulates), so memory must stay flat in N.
Speed is CPU time of that one process, so "per core" holds on a shared machine.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # benchmark the checkout this script belongs to

SIZES = (1, 10, 100, 1_000, 10_000)
WARMUP = 3  # articles processed before measuring (plus one plain-text article per language): lazy data loads here
HTML_BASE = 300  # distinct pages held in memory and cycled
TARGET_RATE = 100.0  # articles/s/core, whole pipeline on plain text
TARGET_HTML_RATIO = 2.0  # HTML end to end vs trafilatura alone
TARGET_MEMORY_GROWTH = 0.10  # peak memory, 1,000 -> 10,000 articles
STUB_MS = 0.02  # a stage this cheap per article does (almost) nothing yet
STAGE_NAMES = ("link", "sources", "dates", "quotes", "events", "tone")  # stages that must find something
PACKAGES = ("cronaca", "trafilatura", "lxml", "lingua-language-detector", "pyahocorasick", "ftfy",
            "charset-normalizer", "simplemma", "babel")


# -- inputs ---------------------------------------------------------------------------------------

def evaldata_dir() -> Path | None:
    from cronaca.evaluate.runner import find_evaldata

    return find_evaldata()[0]


def text_corpus() -> list[tuple[str, str | None, str]]:
    """(text, published, language) of VOA stories and every gold text the repository has; the
    language only chooses warm-up articles, the pipeline identifies it itself."""
    items: list[tuple[str, str | None, str]] = []
    voa = ROOT.parent / "shared" / "resources" / "voa" / "voa_stories.jsonl"
    if not voa.is_file():
        voa = Path("/work/shared/resources/voa/voa_stories.jsonl")
    if voa.is_file():
        for line in voa.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            items.append((row["text"], (row.get("published") or "")[:10] or None, "en"))
    for folder in (ROOT / "tests" / "gold" / "articles", ROOT / "tests" / "evaluate" / "fixtures"):
        for path in sorted(folder.glob("*.json")):
            row = json.loads(path.read_text(encoding="utf-8"))
            items.append((row["text"], row.get("published"), row.get("language", "")))
    return items


def html_corpus(evaldata: Path, limit: int = HTML_BASE) -> list[bytes]:
    pages: list[bytes] = []
    manifest = evaldata / "fundus" / "manifest.jsonl"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            pages.append(gzip.decompress((evaldata / "fundus" / json.loads(line)["html"]).read_bytes()))
    manifest = evaldata / "trafilatura-eval" / "manifest.jsonl"
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if len(pages) >= limit:
                break
            pages.append(gzip.decompress((evaldata / "trafilatura-eval" / json.loads(line)["html"]).read_bytes()))
    return pages[:limit]


def stream(base: list, n: int) -> Iterator:
    return itertools.islice(itertools.cycle(base), n)


# -- one measurement (in its own process) -----------------------------------------------------------

def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def measure_pipeline(kind: str, n: int) -> dict:
    """Each stage timed separately (CPU seconds) over n articles, streamed one at a time."""
    from cronaca.document import Document, Source
    from cronaca.pipeline import default_pipeline
    from cronaca.read import ReadError
    from cronaca.read.html import read_html

    pipeline = default_pipeline()
    # one plain-text article per language loads that language's lazy data (automata, lexicons)
    # before timing starts, for HTML as for text: the rates are steady-state costs per article
    text_base = text_corpus()
    language_warmup = [Document(raw=text, source=Source(published=published, format="text"), record="bench")
                       for text, published, _language in {item[2]: item for item in reversed(text_base)}.values()]
    for doc in language_warmup:
        pipeline(doc)
    if kind == "text":
        base = text_base

        def make(item) -> Document:
            text, published, _language = item
            return Document(raw=text, source=Source(published=published, format="text"), record="bench")
        first_stage = "(make document)"
        warmup = base[:WARMUP]
    else:
        base = html_corpus(evaldata_dir())

        def make(item) -> Document:
            return read_html(item, "bench")
        first_stage = "read_html"
        warmup = base[:WARMUP]
    names = [first_stage, *pipeline.names]
    stage_cpu = dict.fromkeys(names, 0.0)
    failed = 0

    def one(item, timed: bool) -> None:
        nonlocal failed
        t = time.process_time()
        try:
            doc = make(item)
        except ReadError:
            failed += 1
            return
        if timed:
            now = time.process_time()
            stage_cpu[first_stage] += now - t
            t = now
        for stage in pipeline.stages:
            try:
                doc = stage(doc)
            except Exception:  # noqa: BLE001 - counted, like the local executor's rejects
                failed += 1
                return
            if timed:
                now = time.process_time()
                stage_cpu[stage.name] += now - t
                t = now

    for item in warmup:
        one(item, timed=False)
    failed = 0
    rss_base = rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    for item in stream(base, n):
        one(item, timed=True)
    return {"kind": kind, "system": "cronaca", "n": n, "cpu_s": time.process_time() - cpu,
            "wall_s": time.perf_counter() - wall, "stages": stage_cpu, "failed": failed,
            "rss_base_mb": rss_base, "rss_peak_mb": rss_mb()}


def measure_trafilatura(n: int) -> dict:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    base = html_corpus(evaldata_dir())
    for page in base[:WARMUP]:
        trafilatura.extract(page, include_comments=False, include_tables=False)
    rss_base = rss_mb()
    failed = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for page in stream(base, n):
        if not trafilatura.extract(page, include_comments=False, include_tables=False):
            failed += 1
    return {"kind": "html", "system": "trafilatura", "n": n, "cpu_s": time.process_time() - cpu,
            "wall_s": time.perf_counter() - wall, "stages": {}, "failed": failed,
            "rss_base_mb": rss_base, "rss_peak_mb": rss_mb()}


def worker(kind: str, system: str, n: int) -> None:
    result = measure_trafilatura(n) if system == "trafilatura" else measure_pipeline(kind, n)
    print(json.dumps(result))


def spawn(kind: str, system: str, n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", kind, system, str(n)], capture_output=True,
                         text=True, check=False, env={**os.environ, "PYTHONHASHSEED": "0"})
    if out.returncode != 0:
        raise RuntimeError(f"{kind}/{system}/{n} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- report ---------------------------------------------------------------------------------------

def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def fmt_rate(value: float) -> str:
    return "inf" if value == float("inf") else f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pass
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip() or "unknown"
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "cpu": cpu,
            "cores": str(os.cpu_count()), "ram": ram,
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "packages": ", ".join(versions), "commit": commit, "os": platform.platform()}


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.rjust(w) if c[:1].isdigit() or c == "inf" else c.ljust(w)
                                for c, w in zip(r, widths)) + " |" for r in rows]
    return "\n".join(lines)


def report(results: list[dict], notes: list[str], info: dict[str, str]) -> str:
    out = ["# cronaca benchmarks", "",
           f"Run {info['date']} at commit {info['commit']} with `python bench/run.py` "
           "(re-run it after merging stages; this file is rewritten).", "",
           f"- CPU: {info['cpu']}, {info['cores']} cores (shared with other jobs: rates are CPU time of one "
           "process, i.e. per core)", f"- RAM: {info['ram']}", f"- {info['python']} on {info['os']}",
           f"- packages: {info['packages']}", ""]
    out += [f"Note: {n}" for n in notes] + ([""] if notes else [])
    header = ["input", "system", "articles", "articles/s/core", "wall s", "peak RSS MB", "RSS growth MB", "failed"]
    rows = [[r["kind"], r["system"], f"{r['n']:,}", fmt_rate(rate(r["n"], r["cpu_s"])), f"{r['wall_s']:.2f}",
             f"{r['rss_peak_mb']:.0f}", f"{r['rss_peak_mb'] - r['rss_base_mb']:.1f}", str(r["failed"])]
            for r in results]
    out += ["## Whole pipeline", "", table(rows, header), ""]
    stage_rows = []
    for r in results:
        if r["stages"] and r["n"] == max(x["n"] for x in results if x["kind"] == r["kind"] and x["stages"]):
            total = sum(r["stages"].values())
            for name, cpu in r["stages"].items():
                ms = 1000 * cpu / r["n"]
                label = name + (" (no-op? not built yet)" if ms < STUB_MS and name in STAGE_NAMES else "")
                stage_rows.append([r["kind"], label, f"{r['n']:,}", fmt_rate(rate(r["n"], cpu)),
                                   f"{ms:.3f}", f"{100 * cpu / total:.0f}%" if total else "-"])
    if stage_rows:
        out += ["## Per stage (largest run of each input)", "",
                table(stage_rows, ["input", "stage", "articles", "articles/s/core", "ms/article", "share"]), ""]
    out += ["## Targets", ""] + [f"- {line}" for line in verdicts(results)] + [""]
    return "\n".join(out)


def verdicts(results: list[dict]) -> list[str]:
    def pick(kind: str, system: str) -> list[dict]:
        return sorted((r for r in results if r["kind"] == kind and r["system"] == system), key=lambda r: r["n"])

    lines = []
    text = pick("text", "cronaca")
    if text:
        best = text[-1]
        value = rate(best["n"], best["cpu_s"])
        lines.append(f"whole pipeline on plain text: {fmt_rate(value)} articles/s/core at {best['n']:,} articles "
                     f"(target >= {TARGET_RATE:.0f}): {'MET' if value >= TARGET_RATE else 'NOT MET'}")
    html, traf = pick("html", "cronaca"), pick("html", "trafilatura")
    same = [(a, b) for a in html for b in traf if a["n"] == b["n"] and a["n"] >= 100]
    if same:
        a, b = same[-1]
        ratio = a["cpu_s"] / b["cpu_s"] if b["cpu_s"] else float("inf")
        read = a["stages"].get("read_html", 0.0) / b["cpu_s"] if b["cpu_s"] else float("inf")
        lines.append(f"HTML end to end: {ratio:.2f}x trafilatura alone at {a['n']:,} pages (reader alone "
                     f"{read:.2f}x; target <= {TARGET_HTML_RATIO:.0f}x): "
                     f"{'MET' if ratio <= TARGET_HTML_RATIO else 'NOT MET'}")
    for kind in ("text", "html"):
        runs = {r["n"]: r for r in pick(kind, "cronaca")}
        if 1_000 in runs and 10_000 in runs:
            small, large = runs[1_000]["rss_peak_mb"], runs[10_000]["rss_peak_mb"]
            growth = (large - small) / small
            lines.append(f"memory flatness ({kind}): peak RSS {small:.0f} MB at 1,000 and {large:.0f} MB at 10,000 "
                         f"articles ({100 * growth:+.1f}%, target within {100 * TARGET_MEMORY_GROWTH:.0f}%): "
                         f"{'MET' if abs(growth) <= TARGET_MEMORY_GROWTH else 'NOT MET'}")
        elif runs:
            option = "--max 10000" if kind == "text" else "--html-max 10000"
            lines.append(f"memory flatness ({kind}): not measured (needs runs at 1,000 and 10,000; use {option})")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max", type=int, default=10_000, help="largest plain-text run (default 10,000)")
    parser.add_argument("--html-max", type=int, default=1_000,
                        help="largest HTML run (default 1,000: a page costs ~50x a plain-text article, so "
                             "10,000 pages take ~20 minutes)")
    parser.add_argument("--quick", action="store_true", help="sizes up to 100 only")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--json", type=Path, default=None, help="also write raw results here")
    parser.add_argument("--from-json", type=Path, default=None,
                        help="rewrite the report from raw results saved with --json (no measuring)")
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "SYSTEM", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], int(args.worker[2]))
        return 0
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        text = report(saved["results"], saved["notes"], saved["machine"])
        args.out.write_text(text, encoding="utf-8")
        print(text)
        return 0
    top = 100 if args.quick else args.max
    html_top = min(top, args.html_max)
    notes: list[str] = []
    plan = [("text", "cronaca", n) for n in SIZES if n <= top]
    if not text_corpus():
        notes.append("no plain text found (resources/voa, gold set): plain-text runs skipped")
        plan = []
    evaldata = evaldata_dir()
    if evaldata is None:
        notes.append("evaldata not found: HTML runs (fundus, trafilatura-eval pages) skipped")
    else:
        for n in SIZES:
            if n <= html_top:
                plan += [("html", "cronaca", n), ("html", "trafilatura", n)]
    results = []
    for kind, system, n in plan:
        started = time.perf_counter()
        result = spawn(kind, system, n)
        results.append(result)
        print(f"{kind:<5} {system:<12} {n:>6,} articles: {fmt_rate(rate(n, result['cpu_s'])):>8} articles/s/core, "
              f"peak RSS {result['rss_peak_mb']:.0f} MB ({time.perf_counter() - started:.1f} s)", flush=True)
    info = machine()
    text = report(results, notes, info)
    args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "notes": notes, "results": results}, indent=1),
                             encoding="utf-8")
    print()
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
