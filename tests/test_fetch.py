"""The fetcher against a local server: limits, redirects, robots.txt, retries, conditional requests, faults."""

from __future__ import annotations

import gzip
import socket
import time
import zlib

import brotli
import pytest

from factcheck.ingest.fetch import Fetcher, FetchError, FetchPolicy, Validators
from factcheck.ingest.urls import is_web_url
from web_server import Reply, WebServer, stalls_after_headers

PAGE = b"<html><body><p>Hello</p></body></html>"


def _fetcher(**policy: object) -> tuple[Fetcher, list[float]]:
    slept: list[float] = []
    settings = {"delay": 0.0, "read_timeout": 0.5, "connect_timeout": 0.5, **policy}
    return Fetcher(FetchPolicy(**settings), sleep=slept.append), slept  # type: ignore[arg-type]


def _reason(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.url == url
    return caught.value.reason


def test_page_is_fetched_with_one_identifying_user_agent(web: WebServer) -> None:
    web.routes["/a"] = Reply(PAGE, headers={"ETag": '"v1"'})
    fetcher, _ = _fetcher(contact="desk@example.org")
    response = fetcher.fetch(web.url("/a"))
    assert response.body == PAGE and response.status == 200
    assert response.content_type == "text/html" and response.charset == "utf-8"
    assert response.validators == Validators('"v1"', None)
    agents = {headers["User-Agent"] for _, headers in web.requests}
    assert len(agents) == 1 and "factcheck/" in agents.pop()
    assert all("desk@example.org" in headers["User-Agent"] for _, headers in web.requests)
    assert [path for path, _ in web.requests] == ["/robots.txt", "/a"]


def test_conditional_request_gets_not_modified(web: WebServer) -> None:
    web.routes["/a"] = Reply(PAGE, headers={"ETag": '"v1"'})
    fetcher, _ = _fetcher()
    first = fetcher.fetch(web.url("/a"))
    again = fetcher.fetch(web.url("/a"), first.validators)
    assert again.not_modified and again.body == b""
    assert web.requests[-1][1]["If-None-Match"] == '"v1"'


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone"),
                                                (500, "HTTP 500 Internal Server Error")])
def test_http_errors(web: WebServer, status: int, reason: str) -> None:
    web.routes["/x"] = Reply(b"no", status)
    assert _reason(_fetcher()[0], web.url("/x")) == reason


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert _reason(_fetcher()[0], f"http://127.0.0.1:{port}/a") == "connection refused"


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert _reason(_fetcher()[0], "http://no-such-host.invalid/a") == "DNS lookup failed (no such host)"


def test_timeout_before_headers(web: WebServer) -> None:
    web.routes["/robots.txt"] = Reply(b"", 404, "text/plain")
    web.routes["/slow"] = lambda handler: time.sleep(1.5)
    assert _reason(_fetcher()[0], web.url("/slow")).startswith("timed out waiting for the server")


def test_headers_then_stall(web: WebServer) -> None:
    web.routes["/stall"] = stalls_after_headers(1.5)
    assert _reason(_fetcher()[0], web.url("/stall")).startswith("timed out waiting for the server")


def _redirect(to: str, status: int = 302) -> Reply:
    return Reply(b"", status, "text/plain", {"Location": to})


def test_redirects_are_followed_and_bounded(web: WebServer) -> None:
    web.routes["/r1"] = _redirect("/r2", 301)
    web.routes["/r2"] = _redirect("/page")
    web.routes["/page"] = Reply(PAGE)
    response = _fetcher()[0].fetch(web.url("/r1"))
    assert response.final_url == web.url("/page") and response.url == web.url("/r1")
    for n in range(7):
        web.routes[f"/c{n}"] = _redirect(f"/c{n + 1}")
    web.routes["/c7"] = Reply(PAGE)
    assert _reason(_fetcher()[0], web.url("/c0")) == "more than 5 redirects"


def test_redirect_loop(web: WebServer) -> None:
    web.routes["/a"] = _redirect("/b")
    web.routes["/b"] = _redirect("/a")
    assert _reason(_fetcher()[0], web.url("/a")).startswith("redirect loop")


def test_redirect_to_another_scheme_is_refused(web: WebServer) -> None:
    web.routes["/a"] = _redirect("file:///etc/passwd")
    assert _reason(_fetcher()[0], web.url("/a")) == "redirect to a non-http(s) URL (file:)"


def test_only_http_urls() -> None:
    assert not is_web_url("file:///etc/passwd") and not is_web_url("javascript:alert(1)")
    assert is_web_url("https://example.org/a")
    assert _reason(_fetcher()[0], "file:///etc/passwd").startswith("not an http(s) URL")


def test_body_over_the_limit(web: WebServer) -> None:
    web.routes["/big"] = Reply(b"x" * 5000)

    def unsized(handler) -> None:  # type: ignore[no-untyped-def]
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        for _ in range(50):
            handler.wfile.write(b"y" * 1000)
        handler.close_connection = True

    web.routes["/unsized"] = unsized
    fetcher = _fetcher(max_bytes=4000)[0]
    assert _reason(fetcher, web.url("/big")) == "body is 0.0 MB, over the 0.0 MB limit"
    assert _reason(fetcher, web.url("/unsized")) == "body is over the 0.0 MB limit"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compressed_bodies_are_decoded(web: WebServer, encoding: str) -> None:
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[encoding](PAGE)
    web.routes["/z"] = Reply(packed, headers={"Content-Encoding": encoding})
    assert _fetcher()[0].fetch(web.url("/z")).body == PAGE


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_decompression_bomb_is_refused(web: WebServer, encoding: str) -> None:
    zeros = b"\0" * (20 * 1024 * 1024)
    packed = gzip.compress(zeros) if encoding == "gzip" else brotli.compress(zeros)
    assert len(packed) < 100_000
    web.routes["/bomb"] = Reply(packed, headers={"Content-Encoding": encoding})
    reason = _reason(_fetcher(max_bytes=1024 * 1024)[0], web.url("/bomb"))
    assert reason == "decompressed body is over the 1.0 MB limit (compression bomb?)"


def test_robots_disallow_is_honoured(web: WebServer) -> None:
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.routes["/private/a"] = Reply(PAGE)
    web.routes["/open"] = Reply(PAGE)
    fetcher = _fetcher()[0]
    assert _reason(fetcher, web.url("/private/a")) == "disallowed by robots.txt"
    assert fetcher.fetch(web.url("/open")).body == PAGE
    assert "/private/a" not in web.paths()
    assert [path for path, _ in web.requests].count("/robots.txt") == 1


def test_retry_after_is_honoured(web: WebServer) -> None:
    calls = []

    def busy_once(handler) -> None:  # type: ignore[no-untyped-def]
        calls.append(1)
        status, body = (429, b"") if len(calls) == 1 else (200, PAGE)
        handler.send_response(status)
        handler.send_header("Retry-After", "7")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    web.routes["/busy"] = busy_once
    fetcher, slept = _fetcher()
    assert fetcher.fetch(web.url("/busy")).body == PAGE
    assert slept == [7.0]


def test_unavailable_gives_up_after_backoff(web: WebServer) -> None:
    web.routes["/down"] = Reply(b"", 503, "text/plain")
    fetcher, slept = _fetcher(retries=2, backoff=0.5)
    assert _reason(fetcher, web.url("/down")) == "HTTP 503 after 3 attempts"
    assert slept == [0.5, 1.0]


def test_delay_between_requests_to_one_host(web: WebServer) -> None:
    web.routes["/a"] = Reply(PAGE)
    fetcher, slept = _fetcher(delay=5.0)
    fetcher.fetch(web.url("/a"))
    fetcher.fetch(web.url("/a"))
    assert len(slept) == 2 and all(4.0 < wait <= 5.0 for wait in slept)  # before /a, and before the second /a


def test_url_keys_and_sites() -> None:
    from factcheck.ingest.urls import same_site, url_key

    key = url_key("https://Example.com/news/a/?utm_source=x&fbclid=1&id=3&page=all#top")
    assert key == "example.com/news/a?id=3"
    assert {url_key(u) for u in ("http://www.example.com/amp/news/a?id=3", "https://example.com/news/a.amp?id=3",
                                 "https://example.com/news/a/amp/?id=3", "https://example.com/news/a?outputType=amp&id=3")} == {key}
    assert url_key("https://example.com/amplifier/x") == "example.com/amplifier/x"
    assert url_key("https://example.com/a?id=4") != url_key("https://example.com/a?id=3")
    assert same_site("https://amp.cnn.com/x", "https://edition.cnn.com/y")
    assert same_site("https://www.bbc.co.uk/a", "https://bbc.co.uk/")
    assert not same_site("https://a.co.uk/", "https://b.co.uk/")
    assert not same_site("http://127.0.0.1/a", "http://10.0.0.1/a")


def test_robots_crawl_delay_is_honoured(web: WebServer) -> None:
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 3\n", content_type="text/plain")
    web.routes["/a"] = Reply(PAGE)
    fetcher, slept = _fetcher(delay=0.0)
    fetcher.fetch(web.url("/a"))
    fetcher.fetch(web.url("/a"))
    assert slept and all(2.0 < wait <= 3.0 for wait in slept)
