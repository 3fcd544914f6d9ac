"""Everything a request carries is untrusted: bodies have a size limit, processing a time limit,
and every response carries headers that stop a page from running anything but its own files."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 2_000_000
PROCESS_TIMEOUT_S = 20.0
MAX_CONCURRENT_PROCESSING = 2

T = TypeVar("T")

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"request body too large: the limit is {limit // 1_000_000} MB")


class Guard:
    """ASGI middleware: refuse bodies over ``max_bytes`` (declared or streamed) with 413, and add
    the security headers to every response."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _plain(send_with_headers, 413 if declared.isdigit() else 400,
                         too_large(self.max_bytes).detail if declared.isdigit() else "bad Content-Length")
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise too_large(self.max_bytes)
            return message

        await self.app(scope, limited, send_with_headers)


async def _plain(send: Send, status: int, detail: str) -> None:
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Busy(Exception):
    """Every processing slot is taken."""


class Limiter:
    """Run CPU work in a worker thread with a deadline and a cap on how many run at once.

    A Python thread cannot be killed: past the deadline the request answers 504 and the thread is
    abandoned; it keeps its slot until it finishes, so stuck work can never pile up beyond the cap."""

    def __init__(self, timeout: float = PROCESS_TIMEOUT_S, slots: int = MAX_CONCURRENT_PROCESSING) -> None:
        self.timeout = timeout
        self._slots = threading.BoundedSemaphore(slots)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if not self._slots.acquire(blocking=False):
            raise Busy()

        def work() -> T:
            try:
                return fn(*args)
            finally:
                self._slots.release()

        try:
            with anyio.fail_after(self.timeout):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except TimeoutError:
            raise HTTPException(504, f"processing took longer than {self.timeout:g} s and was abandoned") from None
