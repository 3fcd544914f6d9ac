"""Fetching the URLs a user names (``cronaca fetch``): HTML pages and RSS/Atom feeds over HTTP(S).

The rest of cronaca is offline; this module is the one network edge, and it runs only when a user
asks for URLs (nothing is fetched at import time or by any other command). It is polite (a User-Agent
naming cronaca, a delay between requests to one host, robots.txt for the feed entries it follows)
and defensive (http/https only, timeouts, a body-size cap, a redirect limit, no hop into a private
network that the user did not name: read/addresses.py), and every failure becomes a Reject naming
the URL and the reason, so one dead link never stops a batch.
"""
from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from email.message import Message
from importlib import metadata
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from cronaca.document import Document
from cronaca.read import ReadError, Reject
from cronaca.read.addresses import AddressGuard, host_key
from cronaca.read.feed import Feed, FeedEntry, entry_document, entry_record, is_feed, parse_feed, root_element
from cronaca.read.html import read_html
from cronaca.read.robots import Robots


def _version() -> str:
    try:
        return metadata.version("cronaca")
    except metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"cronaca/{_version()} (news-intelligence reader; fetches only the URLs its user gives)"
SCHEMES = ("http", "https")
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
SNIFFED_TYPES = {"", "text/plain", "application/octet-stream"}  # servers that do not say what they send
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")
CHUNK = 65_536


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = 15.0  # seconds to connect, and at most between two pieces of the body
    deadline: float = 60.0  # seconds for a whole body, so a trickling server cannot hold the batch
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    delay: float = 1.0  # seconds between the starts of two requests to the same host
    user_agent: str = USER_AGENT
    allow_private: bool = False  # let redirects and feed entries reach private or local addresses
    respect_robots: bool = True  # robots.txt decides which feed entry pages are followed


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # the raw Content-Type header ("" when absent)
    body: bytes

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.content_type or "application/octet-stream"
        return message.get_content_charset()


class _KeepEveryStatus(urllib.request.HTTPErrorProcessor):
    """Hand back 3xx/4xx/5xx responses as they are: redirects are followed (and checked) by Fetcher."""

    def http_response(self, request, response):  # noqa: ANN001 - urllib's handler signature
        return response

    https_response = http_response


class Fetcher:
    """One polite HTTP client: checks every hop's scheme and address, limits redirects, size and time."""

    def __init__(self, options: FetchOptions | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, guard: AddressGuard | None = None) -> None:
        self.options = options or FetchOptions()
        self.guard = guard or AddressGuard(allow_private=self.options.allow_private)
        self._clock, self._sleep = clock, sleep
        self._last_start: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._opener = urllib.request.build_opener(_KeepEveryStatus())

    def get(self, url: str) -> Response:
        """The response at ``url`` after redirects; ReadError with the reason for any failure."""
        return self.fetch(url, errors=False)

    def status_and_body(self, url: str) -> tuple[int, bytes]:
        """The final status and body, error statuses included (robots.txt needs to tell 404 from 503)."""
        response = self.fetch(url, errors=True)
        return response.status, response.body

    def slow_down(self, url: str, delay: float) -> None:
        """Wait at least ``delay`` seconds between requests to this URL's host (a site's Crawl-delay)."""
        host = host_key(url)
        self._host_delay[host] = max(delay, self._host_delay.get(host, 0.0))

    def fetch(self, url: str, errors: bool) -> Response:
        """After redirects: the response; a 4xx/5xx one too when ``errors``, else a ReadError."""
        current, seen = url, {url}
        for _ in range(self.options.max_redirects + 1):
            check_url(current, redirected=current != url)
            self.guard.check(current)
            self._wait_turn(current)
            with self._open(current) as response:
                status = response.status
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("Location")
                    if not location:
                        raise ReadError(f"HTTP {status} redirect without a Location header")
                    target = urljoin(current, location.strip())
                    if target in seen:
                        raise ReadError(f"redirect loop ({current} redirects back to {target})")
                    seen.add(target)
                    current = target
                    continue
                if status >= 400 and errors:
                    return Response(url=current, status=status,
                                    content_type=response.headers.get("Content-Type") or "", body=b"")
                if status >= 400:
                    raise ReadError(f"HTTP {status} {response.reason}".rstrip())
                if not 200 <= status < 300:
                    raise ReadError(f"HTTP {status} {response.reason}: no page to read".rstrip())
                body = self._body(response)
                return Response(url=current, status=status,
                                content_type=response.headers.get("Content-Type") or "", body=body)
        raise ReadError(f"too many redirects (more than {self.options.max_redirects})")

    def _wait_turn(self, url: str) -> None:
        host = host_key(url)
        delay = max(self.options.delay, self._host_delay.get(host, 0.0))
        last = self._last_start.get(host)
        if last is not None and (wait := last + delay - self._clock()) > 0:
            self._sleep(wait)
        self._last_start[host] = self._clock()

    def _open(self, url: str) -> http.client.HTTPResponse:
        headers = {"User-Agent": self.options.user_agent, "Accept": ACCEPT, "Accept-Encoding": "identity"}
        try:
            request = urllib.request.Request(_ascii_url(url), headers=headers)
            return self._opener.open(request, timeout=self.options.timeout)
        except urllib.error.URLError as exc:
            raise ReadError(self._network_reason(exc.reason)) from None
        except http.client.HTTPException as exc:
            raise ReadError(f"bad HTTP response ({type(exc).__name__}: {exc})") from None
        except OSError as exc:  # a timeout or reset after the connection was made
            raise ReadError(self._network_reason(exc)) from None
        except ValueError as exc:
            raise ReadError(f"not a valid URL ({exc})") from None

    def _network_reason(self, reason: object) -> str:
        if isinstance(reason, socket.gaierror):
            return f"host not found ({reason.strerror or reason})"
        if isinstance(reason, TimeoutError):
            return f"timed out after {self.options.timeout:g} s"
        if isinstance(reason, ConnectionRefusedError):
            return "connection refused"
        if isinstance(reason, ssl.SSLError):
            return f"TLS error ({reason.reason or reason})"
        if isinstance(reason, OSError):
            return f"network error ({reason.strerror or reason})"
        return f"network error ({reason})"

    def _body(self, response: http.client.HTTPResponse) -> bytes:
        limit = self.options.max_bytes
        announced = response.headers.get("Content-Length", "").strip()
        if announced.isdigit() and int(announced) > limit:
            raise ReadError(f"too large: the server announces {int(announced) / 1e6:.1f} MB "
                            f"(limit {limit / 1e6:g} MB)")
        chunks: list[bytes] = []
        size, start = 0, self._clock()
        try:
            while chunk := response.read1(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ReadError(f"too large: more than {limit / 1e6:g} MB (limit), stopped reading")
                if self._clock() - start > self.options.deadline:
                    raise ReadError(f"too slow: body incomplete after {self.options.deadline:g} s")
                chunks.append(chunk)
        except TimeoutError:
            raise ReadError(f"timed out after {self.options.timeout:g} s reading the body") from None
        except (http.client.HTTPException, OSError) as exc:
            raise ReadError(f"connection broken while reading the body ({type(exc).__name__})") from None
        return _decompress(b"".join(chunks), response.headers.get("Content-Encoding", ""), limit)


def check_url(url: str, redirected: bool = False) -> None:
    """Only http and https: file:, ftp:, data: and the like would read local files or other services."""
    scheme = urlsplit(url).scheme.lower()
    where = "redirected to" if redirected else "unsupported"
    if not scheme:
        raise ReadError("not a URL (give it with http:// or https://)")
    if scheme not in SCHEMES:
        raise ReadError(f"{where} scheme '{scheme}:' (only http and https URLs are fetched)")
    if not urlsplit(url).hostname:
        raise ReadError("not a URL (no host name)")


def fetch_urls(urls: Iterable[str], follow_feed: bool = False, options: FetchOptions | None = None,
               warn: Callable[[str], None] | None = None,
               fetcher: Fetcher | None = None) -> Iterator[Document | Reject]:
    """Articles from ``urls``: a page is one article, a feed its entries (their pages with ``follow_feed``).

    ``warn`` hears about entries whose page failed and whose feed summary was used instead. The hosts
    in ``urls`` are the user's choice and may be local; hosts reached through redirects and entries
    must be public unless the options allow private networks.
    """
    urls = list(urls)
    fetcher = fetcher or Fetcher(options)
    fetcher.guard.trust(urls)
    robots = Robots(fetcher.status_and_body, agent=fetcher.options.user_agent) \
        if fetcher.options.respect_robots else None
    for url in urls:
        try:
            response = fetcher.get(url)
            kind = content_kind(response)
        except ReadError as exc:
            yield Reject(url, str(exc))
            continue
        if kind == "html":
            try:
                yield page_document(response, url)
            except ReadError as exc:
                yield Reject(url, str(exc))
            continue
        try:
            feed = parse_feed(response.body, response.url, response.content_type)
        except ReadError as exc:
            yield Reject(url, str(exc))
            continue
        for entry in feed.entries:
            yield _entry_article(fetcher, robots, feed, entry, entry_record(url, entry), follow_feed, warn)


def content_kind(response: Response) -> str:
    """"html" or "feed", from the Content-Type, sniffing the body when the server does not say."""
    media, body = response.media_type, response.body
    if media in FEED_TYPES:
        if is_feed(body):
            return "feed"
        root = root_element(body)
        found = f"root element <{root}>" if root else "not XML"
        raise ReadError(f"not HTML or a feed (Content-Type {media}, {found})")
    if media in HTML_TYPES:
        return "feed" if is_feed(body) else "html"  # some servers label their feeds text/html
    if media in SNIFFED_TYPES:
        if is_feed(body):
            return "feed"
        if _looks_like_html(body):
            return "html"
    raise ReadError(f"not HTML or a feed (Content-Type {media or 'missing'})")


def page_document(response: Response, record: str) -> Document:
    """An HTML page as an article: the charset the server names, else read/text.py's detection."""
    data: bytes | str = response.body
    if response.charset:
        try:
            data = response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            data = response.body
    return read_html(data, record, uri=response.url)


def _entry_article(fetcher: Fetcher, robots: Robots | None, feed: Feed, entry: FeedEntry, record: str,
                   follow: bool, warn: Callable[[str], None] | None) -> Document | Reject:
    if not (follow and entry.link):
        try:
            return entry_document(feed, entry, record)
        except ReadError as exc:
            return Reject(record, str(exc))
    try:
        check_url(entry.link)
        fetcher.guard.check(entry.link)  # before robots.txt, so a refusal names the real reason
        if robots is not None and (crawl_delay := robots.check(entry.link)) is not None:
            fetcher.slow_down(entry.link, crawl_delay)
        response = fetcher.get(entry.link)
        if content_kind(response) != "html":
            raise ReadError("the entry links to a feed, not to a page")
        doc = page_document(response, record)
    except ReadError as exc:
        if not entry.text:
            return Reject(record, f"page failed ({exc}) and the feed entry has no text")
        if warn:
            warn(f"{entry.link}: {exc}; kept the feed's summary instead")
        doc = entry_document(feed, entry, record)
        doc.removed_meta["page_error"] = str(exc)
        return doc
    # The feed's structured metadata is the publisher's own; the page fills what the feed lacks.
    doc.title = entry.title or doc.title
    doc.source.published = entry.published or doc.source.published
    doc.source.outlet = doc.source.outlet or feed.title
    doc.source.authors = doc.source.authors or list(entry.authors)
    doc.removed_meta["feed"] = feed.title or feed.link
    return doc


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in body[:4096].lower()


def _decompress(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo a Content-Encoding the server applied although we asked for none, within the size cap."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ReadError(f"unsupported Content-Encoding {encoding!r}")
    try:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
        data = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise ReadError(f"corrupt {encoding} body ({exc})") from None
    if len(data) > limit:
        raise ReadError(f"too large: more than {limit / 1e6:g} MB once decompressed (limit)")
    return data


def _ascii_url(url: str) -> str:
    """Non-ASCII host names as IDNA and paths percent-encoded, as http.client requires."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host.isascii():
        port = f":{parts.port}" if parts.port else ""
        parts = parts._replace(netloc=host.encode("idna").decode("ascii") + port)
    safe = "/?#[]@!$&'()*+,;=%:~"
    return urlunsplit(parts._replace(path=quote(parts.path, safe=safe), query=quote(parts.query, safe=safe)))
