"""robots.txt for the pages cronaca reaches on its own (feed entries it follows).

A URL the user types is a request like a browser's; following every link of a feed is crawling, so
there the site's robots.txt decides (RFC 9309): fetched once per site through the same polite,
size-capped client, a missing file (4xx) allows everything, an unreachable one (5xx, network error)
disallows everything until the next run, and a Crawl-delay raises the wait between requests.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from cronaca.read import ReadError

#: Longest Crawl-delay honoured, in seconds: a site asking for more is read that slowly, but a
#: typo like "Crawl-delay: 86400" must not freeze a batch for a day.
MAX_CRAWL_DELAY = 60.0

#: (status, body) for a URL; ReadError when the server cannot be reached at all.
Getter = Callable[[str], tuple[int, bytes]]


@dataclass
class SiteRules:
    parser: RobotFileParser | None  # None: the file could not be read, so nothing may be fetched
    reason: str = ""

    def allows(self, agent: str, url: str) -> bool:
        return self.parser is not None and self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return min(float(delay), MAX_CRAWL_DELAY) if delay is not None else None


@dataclass
class Robots:
    """robots.txt rules per site (scheme, host and port), read on first use."""

    get: Getter
    agent: str = "cronaca"
    _sites: dict[str, SiteRules] = field(default_factory=dict)

    def check(self, url: str) -> float | None:
        """Raises ReadError when ``url`` is disallowed; else the site's Crawl-delay, if it sets one."""
        rules = self._rules(url)
        if not rules.allows(self.agent, url):
            why = rules.reason or "disallowed by the site's robots.txt"
            raise ReadError(f"not fetched: {why}")
        return rules.crawl_delay(self.agent)

    def _rules(self, url: str) -> SiteRules:
        parts = urlsplit(url)
        site = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
        if site not in self._sites:
            self._sites[site] = self._read(site + "/robots.txt")
        return self._sites[site]

    def _read(self, robots_url: str) -> SiteRules:
        try:
            status, body = self.get(robots_url)
        except ReadError as exc:
            return SiteRules(None, f"robots.txt unreachable ({exc})")
        parser = RobotFileParser(robots_url)
        if status >= 500:
            return SiteRules(None, f"robots.txt unreachable (HTTP {status})")
        if status >= 400:
            parser.allow_all = True  # no robots.txt: no rules
            return SiteRules(parser)
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return SiteRules(parser)
