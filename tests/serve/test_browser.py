"""The UI in a real browser (Debian's Chromium, headless, driven by Playwright): every page opens
with nothing fetched from elsewhere, filters work, event links land on their sentence, keyboard
users can get around, and script injected in an article never runs.

Each test starts its own server on its own port, so they run in parallel under pytest-xdist."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .articles import EVIL_ID, PUTIN, RUSSIA, hostile, putin_xi
from .live import live_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium "
                                                     "(apt-get install -y chromium)"),
]


@pytest.fixture
def server(store_path: Path) -> Iterator[str]:
    with live_server(store_path) as base:
        yield base


@pytest.fixture
def sample_server(sample_store_path: Path) -> Iterator[str]:
    with live_server(sample_store_path) as base:
        yield base


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Visit:
    """A page that records console errors, scripts' exceptions and any request to another host."""

    def __init__(self, browser, base: str, width: int = 1280) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._only_local)

    def _only_local(self, route) -> None:
        url = route.request.url
        if url.startswith(self.base) or url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        return self.page


PAGES = {"home": "/", "articles": "/articles", "article": f"/articles/{putin_xi().id}", "events": "/events",
         "dyad": "/events?actor=Russia&recipient=China", "actors": "/entities", "actor": f"/entities/{RUSSIA}",
         "quotes": "/quotes", "process": "/process", "docs": "/docs", "hostile": f"/articles/{hostile().id}"}


def test_every_page_opens_cleanly_and_offline(sample_server, browser, sample_store_path, tmp_path):
    import duckdb

    con = duckdb.connect(str(sample_store_path), read_only=True)
    samples = {f"sample-{i}": f"/articles/{aid}" for i, (aid,) in
               enumerate(con.execute("SELECT id FROM articles WHERE uri NOT LIKE '%example.org%' ORDER BY id"
                                     " LIMIT 3").fetchall())}
    con.close()
    visit = Visit(browser, sample_server)
    for name, path in {**PAGES, **samples}.items():
        page = visit.open(path)
        assert page.locator("h1").first.is_visible(), name
        page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    assert visit.errors == [] and visit.foreign == []
    assert len(list(tmp_path.glob("*.png"))) == len(PAGES) + len(samples)


def test_filtering_events_by_type_narrows_the_table(server, browser):
    page = Visit(browser, server).open("/events")
    page.select_option("#f-type", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*type=CONSULT*")
    types = page.locator("table tbody tr .tag").all_inner_texts()
    assert types == ["CONSULT", "CONSULT"]


def test_an_event_link_lands_on_its_sentence(server, browser):
    page = Visit(browser, server).open(f"/articles/{putin_xi().id}")
    page.click("ol.events li:nth-child(2) a")
    page.wait_for_url("**#ev-e1")
    target = page.locator("#ev-e1")
    assert target.inner_text() == "La Cina non ha condannato la Russia per la guerra."
    assert page.evaluate("document.activeElement.id") == "ev-e1"
    assert page.evaluate("document.querySelector(':target').id") == "ev-e1"
    assert target.is_visible()


def test_an_event_link_from_the_explorer_opens_the_article_at_the_sentence(server, browser):
    page = Visit(browser, server).open("/events?type=ACCUSE")
    page.click("a.evlink")
    page.wait_for_url(f"**/articles/{putin_xi().id}#ev-e1")
    assert page.evaluate("document.activeElement.id") == "ev-e1"


def test_script_injected_in_an_article_never_runs(server, browser):
    visit = Visit(browser, server)
    for path in (f"/articles/{hostile().id}", f"/entities/{EVIL_ID}", "/quotes", "/events", "/"):
        page = visit.open(path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
    page = visit.open(f"/articles/{hostile().id}")
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 1</script><b>Hostile</b> title" == page.locator("h1").inner_text()


def test_pasted_html_with_script_is_processed_and_shown_inert(server, browser):
    page = Visit(browser, server).open("/process")
    html = ("<html><body><article><p>" + "Il presidente russo ha parlato con la Cina a Mosca. " * 4
            + "</p><p>Nota: &lt;script&gt;window.__pwned = 5&lt;/script&gt; fine.</p><script>window.__pwned = 6</script>"
            "</article></body></html>")
    page.fill("#f-content", html)
    page.check("input[name=kind][value=html]")
    page.fill("#f-language", "it")
    page.click("form.process button[type=submit]")
    page.wait_for_selector("#article-text")
    assert "processed now, not stored" in page.locator(".meta").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_keyboard_users_can_skip_to_content_and_see_what_a_fact_is(server, browser):
    page = Visit(browser, server).open(f"/articles/{putin_xi().id}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    quote = page.locator("#quote-0")
    quote.focus()
    described = page.locator(f"#{quote.get_attribute('aria-describedby')}").text_content()
    assert described == "Quote by Vladimir Putin (direct); rule test.quote, confidence 0.90"
    tip = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert "Quote by Vladimir Putin" in tip


def test_highlight_layers_can_be_switched_off(server, browser):
    page = Visit(browser, server).open(f"/articles/{putin_xi().id}")
    before = page.evaluate("getComputedStyle(document.querySelector('.ent')).backgroundColor")
    page.uncheck("input[data-layer=ent]")
    after = page.evaluate("getComputedStyle(document.querySelector('.ent')).backgroundColor")
    assert before != after == "rgba(0, 0, 0, 0)"


def test_a_phone_never_scrolls_sideways(server, browser, tmp_path):
    visit = Visit(browser, server, width=390)
    for name in ("home", "article", "events", "actor", "process"):
        page = visit.open(PAGES[name])
        page.screenshot(path=str(tmp_path / f"phone-{name}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, name


def test_actor_network_links_to_counterparts(server, browser):
    page = Visit(browser, server).open(f"/entities/{PUTIN}")
    page.click("figure.network a[aria-label='Xi Jinping']")
    page.wait_for_url("**/entities/Q15031")
    assert page.locator("h1").inner_text() == "Xi Jinping"
