"""Which hosts a fetch may reach: the public internet, and the hosts the user named themselves.

A feed is third-party content: its entry links (followed with ``--follow-feed``) and any server's
redirects could point cronaca at the user's own network (a router's admin page, a cloud metadata
service at 169.254.169.254, a database on localhost). So every hop that the user did not name is
resolved first and refused when any of its addresses is not globally routable. URLs the user typed
are trusted as they are, because that is an explicit request (and how tests reach 127.0.0.1).

Residual risk, documented rather than hidden: the check resolves the name before urllib resolves it
again to connect, so a DNS server answering differently the second time (DNS rebinding) is not
stopped here; run cronaca behind an egress firewall where that matters.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cronaca.read import ReadError

Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6), as strings."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ReadError(f"host not found ({exc.strerror or exc})") from None
    return sorted({info[4][0] for info in infos})


def is_public(address: str) -> bool:
    """Globally routable unicast: not loopback, private, link-local, shared (CGNAT), multicast or reserved."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def host_key(url: str) -> str:
    """The host part of a URL as compared against the hosts the user named (lower case, no port)."""
    return (urlsplit(url).hostname or "").lower().rstrip(".")


@dataclass
class AddressGuard:
    """Refuses hops to non-public addresses unless the user named that host or allowed private networks."""

    allow_private: bool = False
    trusted: set[str] = field(default_factory=set)
    resolver: Resolver = resolve
    # (host, port) -> the first non-public address, or "" for a public host: a followed feed entry
    # is checked before robots.txt, again for its robots.txt and for the page itself
    _blocked: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)

    def trust(self, urls: Iterable[str]) -> None:
        self.trusted.update(host_key(url) for url in urls if host_key(url))

    def check(self, url: str) -> None:
        host = host_key(url)
        if self.allow_private or host in self.trusted:
            return
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        if (host, port) not in self._blocked:
            self._blocked[host, port] = next((a for a in self.resolver(host, port) if not is_public(a)), "")
        if blocked := self._blocked[host, port]:
            raise ReadError(f"refused: {host} is on a private or local network ({blocked}); only the hosts "
                            "you name may be, unless you allow it (--allow-private-network)")
