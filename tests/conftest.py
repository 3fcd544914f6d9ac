"""Shared fixtures: a CLI runner; every test run keeps its disk cache in its own temporary folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from cronaca.cli.main import cli


@pytest.fixture
def run_cli():
    """Invoke the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """Tables the code caches on disk (``cronaca.disk_cache``) go to a folder of this run, never the
    user's: set before collection, since importing a test module may already build one. Under
    pytest-xdist the workers share one folder (writes are atomic), so each table is built about once
    a run; pytest removes old runs' folders with its other temporary files."""
    if os.environ.get("CRONACA_CACHE_DIR", "").strip().lower() == "off":
        return
    factory = getattr(config, "_tmp_path_factory", None)
    base = factory.getbasetemp() if factory is not None else None
    if base is None:
        return
    # a worker's basetemp is "<run>/popen-gwN": its parent is the run's folder, shared by all workers
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    os.environ["CRONACA_CACHE_DIR"] = str(Path(shared) / "cronaca-cache")
