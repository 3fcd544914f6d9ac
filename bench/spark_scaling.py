"""Spark scaling: throughput of `spark-ingest` at 1 and 2 local cores, and on 10x more data.

Run by hand (`python bench/spark_scaling.py [--base 500]`), not as a test. Articles are the public-domain
VOA stories, each copy made unique by a numbered closing line (identical texts are one article).
Prints a table and writes bench/SPARK.md with the machine described.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT.parent / "shared" / "resources" / "voa" / "voa_stories.jsonl"
FALLBACK = ROOT / "samples" / "voa.jsonl"


def make_corpus(folder: Path, n: int, files: int = 8) -> None:
    stories = [json.loads(line) for line in (VOA if VOA.exists() else FALLBACK).read_text().splitlines()]
    folder.mkdir(parents=True, exist_ok=True)
    handles = [(folder / f"part-{i:02d}.jsonl").open("w") for i in range(files)]
    for i in range(n):
        s = stories[i % len(stories)]
        record = {"text": s["text"] + f"\nCopy {i}.", "url": s["url"] + f"#{i}", "title": s["title"],
                  "published": s["published"][:10]}
        handles[i % files].write(json.dumps(record) + "\n")
    for h in handles:
        h.close()


def run(master: str, corpus: Path, out: Path) -> tuple[int, float]:
    from cronaca.run.spark import quiet, session, spark_ingest

    spark = session(master)
    quiet(spark)
    try:
        spark.range(10).count()  # start executors before timing
        start = time.perf_counter()
        summary = spark_ingest([str(corpus)], str(out), spark=spark)
        return summary.articles, time.perf_counter() - start
    finally:
        spark.stop()


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    import pyspark

    return (f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, Python {platform.python_version()}, "
            f"PySpark {pyspark.__version__}, {platform.system()} {platform.release()}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=int, default=400, help="articles in the small corpus (10x for the large)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.base, args.base * 10):
            corpus = Path(tmp) / f"in-{n}"
            make_corpus(corpus, n)
            for cores in (1, 2):
                out = Path(tmp) / f"out-{n}-{cores}"
                articles, seconds = run(f"local[{cores}]", corpus, out)
                rows.append((n, cores, articles, seconds, articles / seconds))
                print(f"{n:>6} articles  local[{cores}]  {seconds:7.1f} s  {articles / seconds:7.1f} articles/s",
                      flush=True)
                shutil.rmtree(out)
    base = {n: next(r[4] for r in rows if r[0] == n and r[1] == 1) for n in {r[0] for r in rows}}
    lines = ["# Spark scaling", "", f"Machine: {machine()}.", f"Date: {time.strftime('%Y-%m-%d')}.", "",
             "| articles | master | seconds | articles/s | speed-up vs local[1] |",
             "|---:|---|---:|---:|---:|"]
    lines += [f"| {n} | local[{c}] | {s:.1f} | {r:.1f} | {r / base[n]:.2f}x |" for n, c, _a, s, r in rows]
    lines += ["", "Timing starts after the Spark session is up; it includes reading, the whole pipeline, "
              "de-duplication and writing every Parquet table. On a 2-core machine the second core also "
              "runs the JVM driver, so the ideal speed-up is below 2x.", ""]
    (ROOT / "bench" / "SPARK.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
