"""Fixtures of the store tests: two hand-made articles (tests/event_articles.py) and a store holding them."""
from __future__ import annotations

import pytest
from event_articles import english_article, italian_article

from cronaca.document import Document


@pytest.fixture
def articles() -> list[Document]:
    return [italian_article(), english_article()]


@pytest.fixture
def store_path(tmp_path, articles):
    from cronaca.store.database import Store

    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write_batch(articles)
    return path
