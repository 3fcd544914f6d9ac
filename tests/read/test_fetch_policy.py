"""The two rules behind polite, safe fetching, without a server: which addresses are public, and
what a site's robots.txt allows."""
from __future__ import annotations

import pytest

from cronaca.read import ReadError
from cronaca.read.addresses import AddressGuard, is_public
from cronaca.read.robots import MAX_CRAWL_DELAY, Robots


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.251", "::1", "fe80::1", "fc00::5",
                                     "::ffff:127.0.0.1", "::ffff:10.0.0.1"])
def test_local_private_and_special_addresses_are_not_public(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "151.101.1.69", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
def test_internet_addresses_are_public(address):
    assert is_public(address)


def guard(**addresses: list[str]) -> AddressGuard:
    return AddressGuard(resolver=lambda host, port: addresses[host.replace(".", "_")])


def test_a_name_resolving_to_any_private_address_is_refused():
    with pytest.raises(ReadError, match=r"refused: news\.example is on a private or local network \(10\.0\.0\.7\)"):
        guard(news_example=["93.184.216.34", "10.0.0.7"]).check("https://news.example/a.html")


def test_a_public_name_passes():
    guard(news_example=["93.184.216.34"]).check("https://news.example/a.html")


def test_hosts_the_user_named_are_trusted_without_resolving():
    trusting = AddressGuard(resolver=lambda host, port: pytest.fail("resolved a trusted host"))
    trusting.trust(["http://intranet.local:8080/feed.xml"])
    trusting.check("http://INTRANET.local:8080/story/1")


def robots(status: int = 200, body: str = "") -> tuple[Robots, list[str]]:
    asked: list[str] = []

    def get(url: str) -> tuple[int, bytes]:
        asked.append(url)
        return status, body.encode()
    return Robots(get, agent="cronaca/1.0 (test)"), asked


def test_robots_txt_is_read_once_per_site():
    rules, asked = robots(body="User-agent: *\nDisallow: /live/\n")
    rules.check("https://news.example/a.html")
    rules.check("https://news.example/b.html")
    with pytest.raises(ReadError, match="disallowed by the site's robots.txt"):
        rules.check("https://news.example/live/ticker.html")
    assert asked == ["https://news.example/robots.txt"]


def test_rules_for_cronaca_by_name_apply():
    rules, _ = robots(body="User-agent: cronaca\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    with pytest.raises(ReadError):
        rules.check("https://news.example/a.html")


def test_missing_robots_txt_allows_everything():
    rules, _ = robots(status=404)
    assert rules.check("https://news.example/a.html") is None


def test_unreachable_robots_txt_allows_nothing():
    rules, _ = robots(status=503)
    with pytest.raises(ReadError, match=r"robots.txt unreachable \(HTTP 503\)"):
        rules.check("https://news.example/a.html")


def test_crawl_delay_is_returned_and_capped():
    assert robots(body="User-agent: *\nCrawl-delay: 5\n")[0].check("https://a.example/x") == 5.0
    assert robots(body="User-agent: *\nCrawl-delay: 86400\n")[0].check("https://a.example/x") == MAX_CRAWL_DELAY


def test_each_host_is_resolved_once_per_run():
    asked: list[str] = []
    checking = AddressGuard(resolver=lambda host, port: asked.append(host) or ["93.184.216.34"])
    for path in ("/a.html", "/robots.txt", "/b.html"):
        checking.check("https://news.example" + path)
    assert asked == ["news.example"]
