"""Shared fixtures: one store per test session, built in a tmp dir from the bundled sample corpus
(through the real pipeline) plus hand-made records that carry every kind of fact."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.store.database import Store
from cronaca.store.ingest import ingest

from .articles import all_documents

REPO = Path(__file__).resolve().parents[2]
SAMPLES = [p for p in (REPO / "samples", Path("/work/shared/samples")) if p.is_dir() and any(p.glob("*.txt"))]


def build_store(path: Path) -> Path:
    if SAMPLES:
        ingest([str(SAMPLES[0])], str(path), published="2026-02-04")
    with Store(path) as store:
        store.write_batch(all_documents())
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "cronaca.duckdb")


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
