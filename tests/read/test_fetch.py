"""Fetching over HTTP: a local server on 127.0.0.1 plays a news site; nothing else is ever contacted.

It serves the sample pages (samples/html), a feed that links to them, and the ways fetching goes
wrong: 404, 500, a slow answer, oversize bodies, a redirect loop, images, non-feed XML.
"""
from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from dataclasses import dataclass, field, replace
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from support import SAMPLES, valid_records

from cronaca.document import Document
from cronaca.read import Reject
from cronaca.read.fetch import FetchOptions, Fetcher, fetch_urls
from cronaca.write.json import validate

PAGES = {f"/{p.name[:2]}.html": gzip.decompress(p.read_bytes()) for p in (SAMPLES / "html").glob("*.html.gz")}
VOA = [json.loads(line) for line in (SAMPLES / "voa.jsonl").read_text("utf-8").splitlines()]
AP_TITLE = "Mexico's economy grew 1.1% in 1st quarter, 3.8% year on year"
FAST = FetchOptions(timeout=0.5, delay=0.0, max_bytes=1_000_000)
LATIN1_PAGE = ("<html><head><title>Vertice a Roma</title></head><body><article><h1>Vertice a Roma</h1>"
               "<p>Il vertice tra i ministri degli esteri si è aperto oggi a Roma con un lungo incontro.</p>"
               "<p>I ministri hanno discusso della crisi e della guerra, più a lungo del previsto.</p>"
               "<p>Un comunicato congiunto è atteso per domani mattina, secondo fonti diplomatiche.</p>"
               "</article></body></html>")


def feed(base: str) -> bytes:
    """A wire feed: an entry per sample page, one whose page is gone, one with a relative link."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sample Wire</title><link>{base}/</link><description>test</description>
<item><title>Mexico's economy grew in the first quarter</title><link>{base}/en.html</link>
  <pubDate>Fri, 28 Apr 2023 09:00:00 -0600</pubDate>
  <description>Mexico's economy grew 1.1% in the first quarter of 2023.</description></item>
<item><title>{escape(VOA[1]["title"])}</title><link>{base}/missing</link>
  <pubDate>Fri, 14 Mar 2025 15:05:00 +0000</pubDate><description>{escape(VOA[1]["text"])}</description></item>
<item><title>Ventes de voitures neuves</title><link>/fr.html</link></item>
</channel></rss>""".encode("utf-8")


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    wait: bool = False  # answer only when the test ends (or after 2 s): a server that hangs


def routes(base: str) -> dict[str, Route]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    big = b"<html><body>" + b"<p>parole</p>" * 100_000 + b"</body></html>"
    return {
        **{path: Route(headers=html, body=body) for path, body in PAGES.items()},
        "/feed.rss": Route(headers={"Content-Type": "application/rss+xml"}, body=feed(base)),
        "/feed.txt": Route(headers={"Content-Type": "text/plain"}, body=feed(base)),
        "/missing": Route(404, {"Content-Type": "text/html"}, b"<html><body>Not here</body></html>"),
        "/broken": Route(500, {"Content-Type": "text/html"}, b"<html><body>Oops</body></html>"),
        "/slow": Route(headers=html, body=PAGES["/en.html"], wait=True),
        "/big-announced": Route(headers={**html, "Content-Length": str(len(big))}, body=big),
        "/big-streamed": Route(headers=html, body=big),
        "/loop-a": Route(302, {"Location": "/loop-b"}),
        "/loop-b": Route(302, {"Location": f"{base}/loop-a"}),
        **{f"/hop{n}": Route(301, {"Location": f"/hop{n - 1}"}) for n in range(1, 8)},
        "/hop0": Route(headers=html, body=PAGES["/en.html"]),
        "/moved": Route(301, {"Location": "/en.html"}),
        "/to-file": Route(302, {"Location": "file:///etc/passwd"}),
        "/photo.png": Route(headers={"Content-Type": "image/png"}, body=b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "/sitemap.xml": Route(headers={"Content-Type": "application/xml"},
                              body=b'<?xml version="1.0"?><urlset><url><loc>/en.html</loc></url></urlset>'),
        "/latin1.html": Route(headers={"Content-Type": "text/html; charset=ISO-8859-1"},
                              body=LATIN1_PAGE.encode("latin-1")),
        "/gzipped.html": Route(headers={**html, "Content-Encoding": "gzip"}, body=gzip.compress(LATIN1_PAGE.encode())),
        "/robots.txt": Route(headers={"Content-Type": "text/plain"}, body=b"User-agent: *\nDisallow: /private/\n"),
        "/private/story.html": Route(headers=html, body=PAGES["/en.html"]),
        "/feed-private.rss": Route(headers={"Content-Type": "application/rss+xml"},
                                   body=one_entry_feed(f"{base}/private/story.html")),
        "/feed-localhost.rss": Route(headers={"Content-Type": "application/rss+xml"},
                                     body=one_entry_feed(base.replace("127.0.0.1", "localhost") + "/en.html")),
        "/to-localhost": Route(302, {"Location": base.replace("127.0.0.1", "localhost") + "/en.html"}),
    }


def one_entry_feed(link: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>One</title><link>{link}</link><description>test</description>
<item><title>Trade talks resume</title><link>{link}</link><pubDate>Fri, 14 Mar 2025 15:05:00 +0000</pubDate>
  <description>Trade talks between the two countries resumed on Friday in Geneva.</description></item>
</channel></rss>""".encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        server: Site = self.server  # type: ignore[assignment]
        server.user_agents.append(self.headers.get("User-Agent", ""))
        route = server.routes.get(self.path) or Route(404)
        if route.wait:
            server.release.wait(2.0)
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()  # HTTP/1.0: without a Content-Length the body ends when the connection closes
        self.wfile.write(route.body)

    def log_message(self, *args: object) -> None:
        pass


class Site(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server_port}"
        self.routes = routes(self.base)
        self.release = threading.Event()
        self.user_agents: list[str] = []

    def url(self, path: str) -> str:
        return self.base + path

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # the client hung up on purpose (timeout, size cap)


@pytest.fixture(scope="module")
def site():
    server = Site()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """A proxy from the environment must not carry requests for 127.0.0.1 anywhere else."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")


def fetch(*urls: str, follow: bool = False, options: FetchOptions = FAST, warn=None) -> list[Document | Reject]:
    items = list(fetch_urls(urls, follow_feed=follow, options=options, warn=warn))
    for item in items:
        if isinstance(item, Document):
            validate(item.to_dict())
    return items


def test_html_page_becomes_an_article_at_its_url(site):
    (doc,) = fetch(site.url("/en.html"))
    assert (doc.title, doc.source.published, doc.source.format) == (AP_TITLE, "2023-04-28", "html")
    assert doc.source.uri == site.url("/en.html")
    assert "Mexico" in doc.raw and "<" not in doc.raw


def test_redirected_page_keeps_the_final_url(site):
    (doc,) = fetch(site.url("/moved"))
    assert (doc.record, doc.source.uri) == (site.url("/moved"), site.url("/en.html"))


def test_feed_becomes_its_entries(site):
    first, second, third = fetch(site.url("/feed.rss"))
    assert (first.title, first.source.format, first.source.published) == (
        "Mexico's economy grew in the first quarter", "rss", "2023-04-28")
    assert first.raw == "Mexico's economy grew 1.1% in the first quarter of 2023."
    assert second.raw == VOA[1]["text"]
    assert third == Reject(f"{site.url('/feed.rss')}#3 ({site.url('/fr.html')})",
                           "feed entry has no text (a title and a link; `cronaca fetch --follow-feed` reads the page)")


def test_follow_feed_reads_each_entry_page(site):
    first, _, third = fetch(site.url("/feed.rss"), follow=True)
    assert (first.source.format, first.source.uri, first.source.outlet) == (
        "html", site.url("/en.html"), "Associated Press")
    assert first.title == "Mexico's economy grew in the first quarter"  # the feed's title wins
    assert len(first.raw) > 500 and first.removed_meta["feed"] == "Sample Wire"
    assert third.title == "Ventes de voitures neuves" and third.source.published == "2024-07-18"


def test_follow_feed_falls_back_to_the_summary_when_the_page_fails(site):
    warnings: list[str] = []
    second = fetch(site.url("/feed.rss"), follow=True, warn=warnings.append)[1]
    assert (second.source.format, second.raw) == ("rss", VOA[1]["text"])
    assert second.removed_meta["page_error"] == "HTTP 404 Not Found"
    assert warnings == [f"{site.url('/missing')}: HTTP 404 Not Found; kept the feed's summary instead"]


def test_feed_served_as_plain_text_is_sniffed(site):
    assert [type(i).__name__ for i in fetch(site.url("/feed.txt"))] == ["Document", "Document", "Reject"]


def test_not_found_is_a_reject_naming_the_url(site):
    assert fetch(site.url("/missing")) == [Reject(site.url("/missing"), "HTTP 404 Not Found")]


def test_server_error_is_a_reject(site):
    assert fetch(site.url("/broken")) == [Reject(site.url("/broken"), "HTTP 500 Internal Server Error")]


def test_slow_server_times_out(site):
    start = time.monotonic()
    assert fetch(site.url("/slow")) == [Reject(site.url("/slow"), "timed out after 0.5 s")]
    assert time.monotonic() - start < 1.5  # the server would answer after 2 s


def test_announced_oversize_body_is_refused_before_reading(site):
    (reject,) = fetch(site.url("/big-announced"))
    assert reject == Reject(site.url("/big-announced"), "too large: the server announces 1.3 MB (limit 1 MB)")


def test_oversize_body_without_length_is_cut_while_streaming(site):
    assert fetch(site.url("/big-streamed")) == [
        Reject(site.url("/big-streamed"), "too large: more than 1 MB (limit), stopped reading")]


def test_redirect_loop_is_a_reject(site):
    assert fetch(site.url("/loop-a")) == [
        Reject(site.url("/loop-a"), f"redirect loop ({site.url('/loop-b')} redirects back to {site.url('/loop-a')})")]


def test_redirects_are_limited(site):
    assert fetch(site.url("/hop7")) == [Reject(site.url("/hop7"), "too many redirects (more than 5)")]
    assert isinstance(fetch(site.url("/hop5"))[0], Document)


def test_redirect_to_a_file_url_is_refused(site):
    assert fetch(site.url("/to-file")) == [
        Reject(site.url("/to-file"), "redirected to scheme 'file:' (only http and https URLs are fetched)")]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://ftp.example.org/news.txt", "data:text/html,<p>hi</p>"])
def test_only_http_and_https_are_fetched(url):
    scheme = url.split(":", 1)[0]
    assert fetch(url) == [Reject(url, f"unsupported scheme '{scheme}:' (only http and https URLs are fetched)")]


def test_a_name_without_scheme_is_not_a_url():
    assert fetch("www.voanews.com/a/8010842.html") == [
        Reject("www.voanews.com/a/8010842.html", "not a URL (give it with http:// or https://)")]


def test_image_is_neither_html_nor_feed(site):
    assert fetch(site.url("/photo.png")) == [Reject(site.url("/photo.png"), "not HTML or a feed (Content-Type image/png)")]


def test_xml_that_is_not_a_feed_is_a_reject(site):
    assert fetch(site.url("/sitemap.xml")) == [
        Reject(site.url("/sitemap.xml"), "not HTML or a feed (Content-Type application/xml, root element <urlset>)")]


def test_charset_comes_from_the_content_type_header(site):
    (doc,) = fetch(site.url("/latin1.html"))
    assert "si è aperto oggi a Roma" in doc.raw and "più a lungo" in doc.raw


def test_gzip_body_is_decompressed_even_unasked(site):
    (doc,) = fetch(site.url("/gzipped.html"))
    assert "si è aperto oggi a Roma" in doc.raw


def test_connection_refused_is_a_reject():
    with socket.socket() as probe:  # a port that was free a moment ago, with nobody listening now
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    assert fetch(url) == [Reject(url, "connection refused")]


def test_user_agent_names_cronaca(site):
    fetch(site.url("/en.html"))
    assert site.user_agents[-1].startswith("cronaca/")


def test_requests_to_one_host_wait_for_the_delay(site):
    waits: list[float] = []
    fetcher = Fetcher(FetchOptions(delay=5.0), clock=lambda: 100.0, sleep=waits.append)
    list(fetch_urls([site.url("/en.html"), site.url("/missing")], fetcher=fetcher))
    assert waits == [5.0]


def test_cli_batch_goes_on_after_a_failure_and_exits_1(site, run_cli):
    result = run_cli("fetch", site.url("/missing"), site.url("/en.html"), "--delay", "0", "--format", "jsonl")
    assert result.exit_code == 1
    assert [r["title"] for r in valid_records(result.stdout)] == [AP_TITLE]
    assert result.stderr == f"error: {site.url('/missing')}: HTTP 404 Not Found\n"


def test_cli_follow_feed_prints_valid_articles(site, run_cli):
    result = run_cli("fetch", site.url("/feed.rss"), "--follow-feed", "--delay", "0", "--format", "jsonl")
    assert result.exit_code == 0
    records = valid_records(result.stdout)
    assert [r["source"]["format"] for r in records] == ["html", "rss", "html"]
    assert [r["language"] for r in records] == ["en", "en", "fr"]
    assert result.stderr.startswith(f"warning: {site.url('/missing')}: HTTP 404 Not Found")


def test_cli_ingest_stores_articles_and_failures(site, run_cli, tmp_path):
    db = str(tmp_path / "news.duckdb")
    result = run_cli("fetch", site.url("/en.html"), site.url("/broken"), "--ingest", "--db", db, "--delay", "0")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == f"{db}: read 2, stored 1, duplicates skipped 0, failed 1"
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT title FROM articles").fetchall() == [(AP_TITLE,)]
        assert con.execute("SELECT record, reason FROM failures").fetchall() == [
            (site.url("/broken"), "HTTP 500 Internal Server Error")]


def test_redirect_into_a_host_the_user_did_not_name_on_a_local_network_is_refused(site):
    (reject,) = fetch(site.url("/to-localhost"))
    assert reject.record == site.url("/to-localhost")
    assert reject.reason.startswith("refused: localhost is on a private or local network (")


def test_allowing_private_networks_lets_that_redirect_through(site):
    (doc,) = fetch(site.url("/to-localhost"), options=replace(FAST, allow_private=True))
    assert doc.title == AP_TITLE


def test_a_local_host_the_user_names_is_fetched(site):
    url = site.url("/en.html").replace("127.0.0.1", "localhost")
    assert fetch(url)[0].title == AP_TITLE


def test_feed_entry_pointing_into_the_local_network_is_not_followed(site):
    warnings: list[str] = []
    (doc,) = fetch(site.url("/feed-localhost.rss"), follow=True, warn=warnings.append)
    assert doc.source.format == "rss"  # the feed's summary, not the page
    assert doc.removed_meta["page_error"].startswith("refused: localhost is on a private or local network")


def test_feed_entry_that_robots_txt_disallows_keeps_the_summary(site):
    warnings: list[str] = []
    (doc,) = fetch(site.url("/feed-private.rss"), follow=True, warn=warnings.append)
    assert doc.raw == "Trade talks between the two countries resumed on Friday in Geneva."
    assert warnings == [f"{site.url('/private/story.html')}: not fetched: disallowed by the site's robots.txt; "
                        "kept the feed's summary instead"]


def test_ignoring_robots_txt_follows_the_entry(site):
    (doc,) = fetch(site.url("/feed-private.rss"), follow=True, options=replace(FAST, respect_robots=False))
    assert (doc.source.format, doc.source.uri) == ("html", site.url("/private/story.html"))


def test_a_url_the_user_names_is_fetched_whatever_robots_txt_says(site):
    assert fetch(site.url("/private/story.html"))[0].title == AP_TITLE


def test_a_sites_crawl_delay_raises_the_wait_between_its_requests(site):
    waits: list[float] = []
    fetcher = Fetcher(FetchOptions(delay=1.0), clock=lambda: 100.0, sleep=waits.append)
    fetcher.slow_down(site.url("/"), 7.0)
    list(fetch_urls([site.url("/en.html"), site.url("/missing")], fetcher=fetcher))
    assert waits == [7.0]
