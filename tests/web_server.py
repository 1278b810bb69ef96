"""A small HTTP server on 127.0.0.1 for the web-intake tests: routes map paths to canned or custom replies.

Started and stopped by the ``web`` fixture; it never listens on any other address.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Handler = Callable[[BaseHTTPRequestHandler], None]


def stalls_after_headers(seconds: float) -> Handler:
    """A handler that sends the headers and a few bytes of a longer body, then stalls for ``seconds``."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", "5000")
        request.end_headers()
        request.wfile.write(b"<html><body>")
        request.wfile.flush()
        time.sleep(seconds)

    return handler


@dataclass
class Reply:
    """A canned reply."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, as real servers send them
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path) or self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            route = Reply(b"not found", 404, "text/plain")
        if callable(route):
            route(self)
            return
        etag, modified = route.headers.get("ETag"), route.headers.get("Last-Modified")
        if (etag and self.headers.get("If-None-Match") == etag) or (
            modified and not etag and self.headers.get("If-Modified-Since") == modified
        ):
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        for key, value in route.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(route.body)

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Reply | Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeouts in the tests) is expected


class WebServer:
    """The running server: ``url(path)``, ``routes[path] = Reply(...)`` or a handler, ``requests`` seen."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self.routes = server.routes
        self.requests = server.requests

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base + path

    def paths(self) -> list[str]:
        """The paths requested so far, robots.txt left out."""
        return [path for path, _ in self.requests if path != "/robots.txt"]


@pytest.fixture
def web() -> Iterator[WebServer]:
    """A fresh local HTTP server for one test."""
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield WebServer(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
