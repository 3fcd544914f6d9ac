"""Shared fixtures, one store each per test session, built in a tmp dir:
- ``store_path``: hand-made records that carry every kind of fact, so tests can expect exact answers
  whatever the extractors find today;
- ``sample_store_path``: the bundled sample corpus through the real pipeline, plus the same records,
  for tests that every page and list works on real output (whatever it contains)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.store.database import Store
from cronaca.store.ingest import ingest

from .articles import all_documents

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


def build_store(path: Path, samples: bool = False) -> Path:
    if samples:
        summary = ingest([str(SAMPLES)], str(path))
        assert summary.stored > 0, summary.render()
    with Store(path) as store:
        store.write_batch(all_documents())
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "cronaca.duckdb")


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("the repository's samples/ folder is missing")
    return build_store(tmp_path_factory.mktemp("samples") / "cronaca.duckdb", samples=True)


@pytest.fixture(scope="session")
def sample_client(sample_store_path: Path):
    from fastapi.testclient import TestClient

    from cronaca.api import create_app

    with TestClient(create_app(sample_store_path)) as c:
        yield c


@pytest.fixture(scope="session")
def client(store_path: Path):
    from fastapi.testclient import TestClient

    from cronaca.api import create_app

    with TestClient(create_app(store_path)) as c:
        yield c


def pytest_configure(config: pytest.Config) -> None:
    # Starlette's TestClient warns that it will move from httpx to httpx2; nothing to act on here.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")
    config.addinivalue_line("markers", "browser: drives Chromium through Playwright (skipped without it)")
