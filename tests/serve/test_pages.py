"""The web pages, read as HTML: each one renders, filters, paginates and links facts to their words."""
from __future__ import annotations

import re

import pytest

from .articles import PUTIN, RUSSIA, putin_xi, shoigu_wang
from .html_text import text_of

PAGES = ["/", "/articles", "/events", "/entities", "/quotes", "/process", "/docs", f"/entities/{PUTIN}",
         f"/articles/{putin_xi().id}"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_landmarks_and_a_skip_link(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.text
    assert '<a class="skip" href="#main">' in html and '<main id="main"' in html
    assert '<nav aria-label="Main">' in html and '<html lang="en">' in html


@pytest.mark.parametrize("path", PAGES)
def test_no_page_loads_anything_from_elsewhere(client, path):
    html = client.get(path).text
    assert not re.search(r'src="(https?:)?//|<link[^>]*href="(https?:)?//|url\((?!#)', html)


def test_home_shows_counts_and_recent_articles(client):
    html = client.get("/").text
    assert "<strong>4</strong> articles" in html
    assert f'<a href="/articles/{putin_xi().id}">Putin e Xi in videochiamata</a>' in html


def test_article_page_lists_every_event_with_a_link_to_its_sentence(client):
    html = client.get(f"/articles/{putin_xi().id}").text
    for anchor in ("ev-e0", "ev-e1", "ev-e2"):
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
    assert text_of(html, "ev-e1") == "La Cina non ha condannato la Russia per la guerra."


def test_article_page_shows_removed_boilerplate_apart(client):
    html = client.get(f"/articles/{putin_xi().id}").text
    assert "Removed from the body (1)" in html
    assert "Putin al Cremlino (Credito immagine: AP)" not in text_of(html, "article-text")
    assert "<q>Putin al Cremlino (Credito immagine: AP)</q>" in html


def test_article_page_describes_each_fact_for_screen_readers(client):
    html = client.get(f"/articles/{putin_xi().id}").text
    described = set(re.findall(r'aria-describedby="([^"]+)"', html))
    tips = set(re.findall(r'<span id="([^"]+-tip)">', html))
    assert described and {d for d in described if d.startswith(("ev-", "quote-", "ent-", "repair-"))} <= tips


def test_events_filter_by_actor_and_recipient_draws_the_dyad_timeline(client):
    html = client.get("/events", params={"actor": "China", "recipient": "Russia"}).text
    assert "Timeline: China → Russia" in html
    assert html.count("<rect class=\"bar ") == 1
    assert "1–1 of 1 events" in html


def test_events_links_go_to_the_sentence_in_the_article(client):
    html = client.get("/events", params={"type": "CONSULT", "language": "en"}).text
    assert f'href="/articles/{shoigu_wang().id}#ev-e0"' in html


def test_events_page_reports_bad_filters_instead_of_failing(client):
    response = client.get("/events", params={"since": "soon", "status": "maybe"})
    assert response.status_code == 200
    assert "since: not a date (YYYY-MM-DD): soon" in response.text
    assert "status: one of occurred, planned, negated, hypothetical" in response.text


def test_pager_links_keep_the_filters(client, monkeypatch):
    import cronaca.web.pages as pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    html = client.get("/articles", params={"q": "a"}).text
    assert 'href="/articles?q=a&amp;offset=2" rel="next"' in html


def test_downloads_link_to_the_api_with_the_same_filters(client):
    html = client.get("/events", params={"actor": "Putin"}).text
    assert 'href="/v1/events?actor=Putin&amp;limit=1000&amp;format=csv"' in html


def test_actor_page_has_roles_counterparts_network_and_quotes(client):
    html = client.get(f"/entities/{PUTIN}").text
    assert "head of state of RUS, 2012-05-07.." in html
    assert 'aria-labelledby="network-title"' in html and "Xi Jinping" in html
    assert "As actor (2)" in html and "As recipient (1)" in html and "Quotes (2)" in html
    assert f'href="/events?actor={PUTIN}&amp;recipient=Q15031"' in html


def test_actor_page_by_week(client):
    html = client.get(f"/entities/{RUSSIA}", params={"granularity": "week"}).text
    assert "per week" in html


def test_pasted_article_is_processed_and_shown(client):
    html = client.post("/process", data={"content": "Mercoledì il presidente russo Vladimir Putin ha parlato.",
                                         "kind": "text", "language": "it", "published": "2026-02-04"}).text
    assert "processed now, not stored" in html
    assert text_of(html, "article-text") == "Mercoledì il presidente russo Vladimir Putin ha parlato."


def test_pasted_article_problems_are_shown_on_the_form(client):
    response = client.post("/process", data={"content": "", "kind": "text"})
    assert response.status_code == 400
    assert "the article is empty" in response.text and '<form class="process"' in response.text


def test_unknown_pages_answer_an_html_404(client):
    response = client.get("/articles/0123456789abcdef")
    assert response.status_code == 404 and "<h1>Not found</h1>" in response.text


def test_docs_page_lists_the_api_without_a_cdn(client):
    html = client.get("/docs").text
    assert "<code>GET /v1/events</code>" in html and "<code>POST /v1/process</code>" in html
    assert "swagger" not in html.lower()


def test_events_either_direction_is_a_dyad(client):
    html = client.get("/events", params={"actor": "Russia", "recipient": "China", "both": "1"}).text
    assert "Timeline: Russia ↔ China" in html and "1–3 of 3 events" in html
    assert 'href="/v1/events?dyad=Russia&amp;dyad=China&amp;limit=1000&amp;format=csv"' in html


def test_repairs_list_shows_added_whitespace(client):
    from cronaca.web.pages import _visible

    assert _visible("AP. Putin") == "AP.\u2423Putin" and _visible("a\nb") == "a\u23ceb"
    html = client.get(f"/articles/{putin_xi().id}").text
    assert "<del>chief</del> → <ins>leader</ins>" in html
