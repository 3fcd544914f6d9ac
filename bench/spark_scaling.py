"""Spark scaling: throughput of `spark-ingest` at 1 and 2 local cores, on a corpus and on 10x more data.

Run by hand, not as a test:

    python bench/spark_scaling.py            # about 5 minutes on an idle 2-core machine

Articles are the public-domain VOA stories, each copy made unique by a numbered closing line (identical
texts are one article). Each run is a fresh process (cold JVM) whose Python workers are warmed up on a
few articles first (the pipeline loads once per worker; that start-up is reported apart), so the
numbers are the steady state an executor reaches on a real cluster. Besides wall-clock throughput it
reports CPU seconds per article of this process tree (JVM and Python workers apart), which other
processes on the machine hardly disturb, and how busy the rest of the machine was during each run:
numbers measured while others used the cores are marked as such. Writes bench/SPARK.md.
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
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT.parent / "shared" / "resources" / "voa" / "voa_stories.jsonl"
FALLBACK = ROOT / "samples" / "voa.jsonl"
TICK = os.sysconf("SC_CLK_TCK")
HISTORY = "## History"
#: Other processes using more than this many cores on average make a run "under load".
BUSY = 0.15


def make_corpus(folder: Path, n: int, files: int = 8, offset: int = 0) -> None:
    stories = [json.loads(line) for line in (VOA if VOA.exists() else FALLBACK).read_text().splitlines()]
    folder.mkdir(parents=True, exist_ok=True)
    handles = [(folder / f"part-{i:02d}.jsonl").open("w") for i in range(files)]
    for i in range(offset, offset + n):
        s = stories[i % len(stories)]
        record = {"text": s["text"] + f"\nCopy {i}.", "url": s["url"] + f"#{i}", "title": s["title"],
                  "published": s["published"][:10]}
        handles[i % files].write(json.dumps(record) + "\n")
    for h in handles:
        h.close()


def _tree_cpu() -> dict[str, float]:
    """CPU seconds used so far by this process tree: the driver, the JVM, and Python workers.

    A process's own time goes to its program; the time of exited children it reaped (cutime) goes to
    the Python workers, the only children the JVM and the worker daemon start.
    """
    parent: dict[int, int] = {}
    stats: dict[int, tuple[str, float, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        name = raw[raw.index("(") + 1: raw.rindex(")")]
        fields = [int(f) for f in raw[raw.rindex(")") + 2:].split()[1:15]]
        parent[int(entry.name)] = fields[0]
        stats[int(entry.name)] = (name, (fields[10] + fields[11]) / TICK, (fields[12] + fields[13]) / TICK)
    mine, frontier = set(), [os.getpid()]
    while frontier:
        pid = frontier.pop()
        mine.add(pid)
        frontier += [p for p, pp in parent.items() if pp == pid and p not in mine]
    out = {"jvm": 0.0, "python workers": 0.0}
    for pid in mine - {os.getpid()}:
        name, own, reaped = stats.get(pid, ("?", 0.0, 0.0))
        out["jvm" if name == "java" else "python workers"] += own
        out["python workers"] += reaped
    own = os.times()
    out["driver"] = own.user + own.system
    return out


def _machine_busy() -> float:
    """CPU seconds all processes on the machine have used since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / TICK  # minus idle and iowait


@dataclass
class Run:
    articles: int
    master: str
    seconds: float
    warmup: float
    cpu: dict[str, float]
    others: float  # cores used by other processes, on average, during the run
    load: tuple[float, float, float]

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    def cpu_ms(self, kind: str | None = None) -> float:
        total = sum(self.cpu.values()) if kind is None else self.cpu.get(kind, 0.0)
        return 1000 * total / self.articles


def run(master: str, corpus: Path, warm: Path, out: Path, cpus: int | None = None) -> Run:
    """One timed ingest in a fresh process: each master starts with a cold JVM, as a user's job does.

    With ``cpus``, the process and everything it starts (JVM, Python workers) may run on the first
    ``cpus`` cores only: `local[1]` unpinned also gets the JVM's work done on the other core for free,
    which flatters one core and hides the true speed-up.
    """
    import subprocess

    def pin() -> None:
        if cpus:
            os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:cpus]))

    script = [sys.executable, __file__, "--one", master, str(corpus), str(warm), str(out)]
    done = subprocess.run(script, check=True, stdout=subprocess.PIPE, text=True, preexec_fn=pin)
    fields = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(**{**fields, "load": tuple(fields["load"])})


def run_here(master: str, corpus: Path, warm: Path, out: Path) -> Run:
    from cronaca.run.spark import quiet, session, spark_ingest

    spark = session(master)
    quiet(spark)
    try:
        start = time.perf_counter()
        spark_ingest([str(warm)], str(out / "warm"), spark=spark)  # Python workers load the pipeline
        warmup = time.perf_counter() - start
        cpu0, busy0, start = _tree_cpu(), _machine_busy(), time.perf_counter()
        summary = spark_ingest([str(corpus)], str(out / "run"), spark=spark)
        seconds = time.perf_counter() - start
        cpu1, busy1 = _tree_cpu(), _machine_busy()
        cpu = {k: cpu1.get(k, 0.0) - cpu0.get(k, 0.0) for k in cpu1}
        others = max(0.0, (busy1 - busy0) - sum(cpu.values())) / seconds
        return Run(summary.articles, master, seconds, warmup, cpu, others, os.getloadavg())
    finally:
        spark.stop()


def pipeline_cpu_ms(corpus: Path, n: int = 200) -> float:
    """CPU milliseconds per article of the pipeline alone, in this process (the floor for any executor)."""
    from itertools import islice

    from cronaca.read.paths import read_paths
    from cronaca.run.local import run_one
    from cronaca.store.rows import article_rows

    docs = list(islice(read_paths([str(corpus)]), n))
    run_one(docs[0])  # load language data and the knowledge base
    start = time.process_time()
    for doc in docs:
        article_rows(run_one(doc))
    return 1000 * (time.process_time() - start) / len(docs)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    import pyspark

    return (f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, Python {platform.python_version()}, "
            f"PySpark {pyspark.__version__}, {platform.system()} {platform.release()}")


def report(runs: list[Run], pipeline_ms: float, elapsed: float, pinned: bool) -> str:
    base = {r.articles: r.rate for r in runs if r.master == "local[1]"}
    loaded = [r for r in runs if r.others > BUSY]
    lines = ["# Spark scaling", "", f"Machine: {machine()}.", f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
             f"the whole benchmark took {elapsed / 60:.1f} min (`python bench/spark_scaling.py`).", ""]
    if loaded:
        lines += [f"**Not final: {len(loaded)} of {len(runs)} runs were measured while other processes used "
                  f"the machine** (column 'others busy', in cores; above {BUSY} counts as load). Wall-clock "
                  "numbers of those runs are pessimistic; CPU per article is much less affected.", ""]
    lines += ["| articles | master | seconds | articles/s | speed-up vs local[1] | CPU ms/article (JVM + Python workers) "
              "| worker warm-up s | others busy (cores) | load average 1/5/15 min |",
              "|---:|---|---:|---:|---:|---|---:|---:|---|"]
    for r in runs:
        lines.append(f"| {r.articles} | {r.master} | {r.seconds:.1f} | {r.rate:.1f} | {r.rate / base[r.articles]:.2f}x "
                     f"| {r.cpu_ms():.1f} ({r.cpu_ms('jvm'):.1f} + {r.cpu_ms('python workers'):.1f}) "
                     f"| {r.warmup:.1f} | {r.others:.2f} | {' / '.join(f'{x:.2f}' for x in r.load)} |")
    largest = max(runs, key=lambda r: (r.articles, -int(r.master[6:-1])))
    lines += ["", f"The pipeline alone (read, all stages, store rows) costs {pipeline_ms:.1f} CPU ms per article in one "
              f"process on this machine, the floor for any executor; Spark adds "
              f"{largest.cpu_ms() - pipeline_ms:.1f} ms per article on top of it at {largest.articles} articles "
              f"({largest.master}).", "",
              "Timing starts once the Spark session is up and its Python workers have loaded the pipeline (the "
              "'worker warm-up' column: a first ingest of 16 articles); it includes reading, the whole pipeline, "
              "de-duplication, writing every Parquet table and clustering events. "
              + ("Each run is pinned to as many cores as its master names (local[1] on one core: the JVM "
                 "driver, the executor and the Python worker share it; local[2] on two), so the speed-up is "
                 "the gain from a second core." if pinned else
                 "Runs are not pinned: local[1] also uses the second core for the JVM's own threads, so "
                 "the speed-up understates what a second core adds."), ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=int, default=400, help="articles in the small corpus (10x for the large)")
    parser.add_argument("--write", type=Path, default=ROOT / "bench" / "SPARK.md", help="where the report goes")
    parser.add_argument("--unpinned", action="store_true",
                        help="let every run use all cores (by default local[N] runs on N cores only)")
    parser.add_argument("--one", nargs=4, metavar=("MASTER", "CORPUS", "WARM", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    # The driver and Spark's Python workers must import the same cronaca: this checkout's.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(ROOT / "src"))
    if args.one:
        master, corpus, warm, out = args.one
        print(json.dumps(asdict(run_here(master, Path(corpus), Path(warm), Path(out)))))
        return
    began = time.perf_counter()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm"
        make_corpus(warm, 16, offset=10**6)  # texts of their own: no duplicate of a timed article
        for n in (args.base, args.base * 10):
            corpus = Path(tmp) / f"in-{n}"
            make_corpus(corpus, n)
            for cores in (1, 2):
                out = Path(tmp) / f"out-{n}-{cores}"
                r = run(f"local[{cores}]", corpus, warm, out, cpus=None if args.unpinned else cores)
                runs.append(r)
                print(f"{n:>6} articles  local[{cores}]  {r.seconds:7.1f} s  {r.rate:7.1f} articles/s  "
                      f"{r.cpu_ms():6.1f} CPU ms/article  others busy {r.others:.2f} cores  "
                      f"load {r.load[0]:.2f}", flush=True)
                shutil.rmtree(out, ignore_errors=True)
        pipeline_ms = pipeline_cpu_ms(Path(tmp) / f"in-{args.base}")
    text = report(runs, pipeline_ms, time.perf_counter() - began, pinned=not args.unpinned)
    old = args.write.read_text() if args.write.exists() else ""
    if HISTORY in old:  # measurements worth keeping (before/after a change) survive a re-run
        text += "\n" + old[old.index(HISTORY):]
    args.write.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
