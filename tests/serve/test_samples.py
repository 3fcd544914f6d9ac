"""Whatever the pipeline finds in the sample corpus today, every page and list shows it intact."""
from __future__ import annotations

import pytest

from .html_text import text_of


def _all(client, path: str) -> list[dict]:
    return client.get(path, params={"limit": 1000}).json()["items"]


def test_the_samples_are_in_the_store(sample_client):
    stats = sample_client.get("/v1/stats").json()
    assert stats["counts"]["articles"] > 4 and stats["counts"]["failures"] == 0
    assert {"it", "en"} <= set(stats["languages"])


def test_every_article_page_shows_its_text_unchanged_with_facts_nested(sample_client):
    for row in _all(sample_client, "/v1/articles"):
        record = sample_client.get(f"/v1/articles/{row['id']}").json()
        page = sample_client.get(f"/articles/{row['id']}")
        assert page.status_code == 200, row["id"]
        assert text_of(page.text, "article-text") == record["text"], row["id"]  # raises if tags cross


def test_every_entity_page_renders(sample_client):
    for row in _all(sample_client, "/v1/entities"):
        assert sample_client.get(f"/entities/{row['entity_id']}").status_code == 200, row["entity_id"]
        assert sample_client.get(f"/v1/entities/{row['entity_id']}").status_code == 200, row["entity_id"]


@pytest.mark.parametrize("path", ["/", "/articles", "/events", "/events?granularity=week", "/entities", "/quotes"])
def test_every_list_page_renders(sample_client, path):
    assert sample_client.get(path).status_code == 200


def test_every_event_links_to_an_anchor_on_its_article_page(sample_client):
    for event in _all(sample_client, "/v1/events"):
        page = sample_client.get(f"/articles/{event['article_id']}").text
        anchor = "ev-" + "".join(c if c.isalnum() or c in "_-" else "-" for c in event["event_id"])
        assert f'id="{anchor}"' in page, event
