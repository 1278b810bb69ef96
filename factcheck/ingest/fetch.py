"""Fetching web pages politely and safely, with httpx.

One :class:`Fetcher` serves a whole run: it identifies itself with one User-Agent (with a
contact), honours robots.txt, sends at most one request at a time to a host with a delay
between them, retries 429/503 honouring ``Retry-After``, makes conditional requests, follows
at most five redirects (each checked to stay http(s)), and bounds connect/read time, total
time, body size and the decoded size of compressed bodies. Every failure is a
:class:`FetchError` whose ``reason`` is one line for the user.
"""

from __future__ import annotations

import email.utils
import errno
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from factcheck import __version__
from factcheck.ingest.decompress import BoundedDecoder, DecodeFailed, TooLarge
from factcheck.ingest.urls import WEB_SCHEMES, host_of, is_web_url

ROBOTS_AGENT = "factcheck"
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_TTL = 24 * 3600.0


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` says why in one line."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


@dataclass(frozen=True)
class Validators:
    """What a server said to identify a version of a resource, for conditional requests."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class FetchPolicy:
    """How to behave on the web. ``delay`` is the pause between two requests to one host (s)."""

    contact: str | None = None
    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    robots: bool = True

    @property
    def user_agent(self) -> str:
        """The one User-Agent sent with every request."""
        contact = f"; +{self.contact}" if self.contact else ""
        return f"factcheck/{__version__} (claim-and-source fact-checking{contact})"


@dataclass(frozen=True)
class Response:
    """A fetched resource: ``status`` 200, or 304 (``not_modified``, empty body) for a conditional request."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    validators: Validators = field(default_factory=Validators)

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304 Not Modified."""
        return self.status == 304


@dataclass
class HostCounts:
    """Requests made to one host."""

    fetched: int = 0
    failed: int = 0


class Fetcher:
    """Polite, bounded HTTP GETs; use as a context manager (it holds a connection pool)."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._sleep, self._clock = sleep, clock
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._client = httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept-Encoding": "gzip, deflate, br",
                **({"From": self.policy.contact} if self.policy.contact and "@" in self.policy.contact else {}),
            },
        )
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | None]] = {}
        self._guard = threading.Lock()
        self.hosts: dict[str, HostCounts] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str, validators: Validators | None = None, *, accept: str = "*/*") -> Response:
        """GET ``url`` (conditionally when ``validators`` are given); raise :class:`FetchError`."""
        counts = self.hosts.setdefault(host_of(url), HostCounts())
        try:
            response = self._follow(url, validators, accept)
        except FetchError:
            counts.failed += 1
            raise
        counts.fetched += 1
        return response

    def _follow(self, url: str, validators: Validators | None, accept: str) -> Response:
        seen = {url}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if not is_web_url(current):
                raise FetchError(url, f"not an http(s) URL: {current[:200]}")
            if self.policy.robots and not self._allowed(url, current):
                where = "" if current == url else f" (redirected to {current})"
                raise FetchError(url, f"disallowed by robots.txt{where}")
            status, location, response = self._request(url, current, validators, accept)
            if response is not None:
                return response
            target = urljoin(current, location)
            if urlsplit(target).scheme.lower() not in WEB_SCHEMES:
                raise FetchError(url, f"redirect to a non-http(s) URL ({urlsplit(target).scheme}:)")
            if target in seen:
                raise FetchError(url, f"redirect loop (HTTP {status} back to {target})")
            seen.add(target)
            current = target
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

    def _request(
        self, url: str, current: str, validators: Validators | None, accept: str
    ) -> tuple[int, str, Response | None]:
        """One GET with retries: ``(status, location, None)`` for a redirect, else the response."""
        headers = {"Accept": accept}
        if validators and current == url:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        for attempt in range(self.policy.retries + 1):
            with self._host_turn(current):
                result = self._get(url, current, headers)
            if isinstance(result, Response) or result[0] not in (429, 503):
                break
            status, retry_after = result
            if attempt == self.policy.retries:
                raise FetchError(url, f"HTTP {status} after {attempt + 1} attempts")
            wait = retry_after if retry_after is not None else self.policy.backoff * 2**attempt
            if wait > self.policy.max_retry_after:
                raise FetchError(url, f"HTTP {status}, asked to retry after {wait:.0f} s")
            self._sleep(wait)
        if isinstance(result, Response):
            return result.status, "", result
        return result[0], str(result[1]), None

    def _get(self, url: str, current: str, headers: dict[str, str]) -> Response | tuple[int, object]:
        """One GET: a response, ``(redirect status, location)`` or ``(429|503, retry-after seconds)``."""
        deadline = self._clock() + self.policy.total_timeout
        try:
            with self._client.stream("GET", current, headers=headers) as reply:
                status = reply.status_code
                if status in (429, 503):
                    return status, _retry_after(reply.headers.get("Retry-After"))
                if status in (301, 302, 303, 307, 308):
                    location = reply.headers.get("Location")
                    if not location:
                        raise FetchError(url, f"HTTP {status} redirect without a Location")
                    return status, location
                if status == 304:
                    return self._response(url, current, reply, b"")
                if status != 200:
                    raise FetchError(url, f"HTTP {status} {reply.reason_phrase}".rstrip())
                body = self._read_body(url, reply, deadline)
                return self._response(url, current, reply, body)
        except httpx.HTTPError as exc:
            raise FetchError(url, _network_reason(exc, self.policy)) from None

    def _read_body(self, url: str, reply: httpx.Response, deadline: float) -> bytes:
        limit = self.policy.max_bytes
        mb = f"{limit / 1e6:.1f} MB"
        declared = reply.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"body is {int(declared) / 1e6:.1f} MB, over the {mb} limit")
        try:
            decoder = BoundedDecoder(reply.headers.get("Content-Encoding", ""), limit)
        except DecodeFailed as exc:
            raise FetchError(url, str(exc)) from None
        parts, raw = [], 0
        try:
            for chunk in reply.iter_raw():
                raw += len(chunk)
                if raw > limit:
                    raise FetchError(url, f"body is over the {mb} limit")
                if self._clock() > deadline:
                    raise FetchError(url, f"took longer than {self.policy.total_timeout:g} s")
                parts.append(decoder.feed(chunk))
            parts.append(decoder.finish())
        except TooLarge:
            raise FetchError(url, f"decompressed body is over the {mb} limit (compression bomb?)") from None
        except DecodeFailed as exc:
            raise FetchError(url, str(exc)) from None
        return b"".join(parts)

    def _response(self, url: str, current: str, reply: httpx.Response, body: bytes) -> Response:
        content_type = reply.headers.get("Content-Type", "")
        mime, _, params = content_type.partition(";")
        charset = None
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip("\"'").lower()
        return Response(
            url=url,
            final_url=current,
            status=reply.status_code,
            content_type=mime.strip().lower(),
            charset=charset,
            body=body,
            validators=Validators(reply.headers.get("ETag"), reply.headers.get("Last-Modified")),
        )

    def _host_turn(self, url: str) -> _HostTurn:
        host = host_of(url)
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        return _HostTurn(self, host, lock)

    def _wait_for_host(self, host: str) -> None:
        delay = max(self.policy.delay, self._crawl_delay(host))
        last = self._last.get(host)
        if last is not None and delay > 0:
            remaining = last + delay - self._clock()
            if remaining > 0:
                self._sleep(remaining)

    def _crawl_delay(self, host: str) -> float:
        if not self.policy.robots:
            return 0.0
        delays = [parser.crawl_delay(ROBOTS_AGENT) for origin, (_, parser) in self._robots.items()
                  if parser is not None and host_of(origin) == host]
        return min(float(max((d for d in delays if d), default=0)), 60.0)

    def _allowed(self, url: str, current: str) -> bool:
        parts = urlsplit(current)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        cached = self._robots.get(origin)
        if cached is None or self._clock() - cached[0] > ROBOTS_TTL:
            cached = (self._clock(), self._robots_parser(url, origin))
            self._robots[origin] = cached
        parser = cached[1]
        return parser is None or parser.can_fetch(ROBOTS_AGENT, current)

    def _robots_parser(self, url: str, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The origin's robots.txt rules, or None when it has none (4xx: everything allowed)."""
        robots_url = f"{origin}/robots.txt"
        policy = self.policy
        headers = {"Accept": "text/plain"}
        for _ in range(policy.max_redirects + 1):
            with self._host_turn(robots_url):
                try:
                    with self._client.stream("GET", robots_url, headers=headers) as reply:
                        if reply.status_code in (301, 302, 303, 307, 308) and reply.headers.get("Location"):
                            target = urljoin(robots_url, reply.headers["Location"])
                            if not is_web_url(target):
                                return None
                            robots_url = target
                            continue
                        if 400 <= reply.status_code < 500:
                            return None
                        if reply.status_code != 200:
                            raise FetchError(url, f"robots.txt answered HTTP {reply.status_code}; not fetching")
                        body = self._read_body(url, reply, self._clock() + policy.total_timeout)[:ROBOTS_MAX_BYTES]
                except httpx.HTTPError as exc:
                    raise FetchError(url, _network_reason(exc, policy)) from None
            parser = urllib.robotparser.RobotFileParser(robots_url)
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
            return parser
        return None


class _HostTurn:
    """Holds a host's lock for one request and records when it was made (for the delay)."""

    def __init__(self, fetcher: Fetcher, host: str, lock: threading.Lock) -> None:
        self.fetcher, self.host, self.lock = fetcher, host, lock

    def __enter__(self) -> None:
        self.lock.acquire()
        self.fetcher._wait_for_host(self.host)

    def __exit__(self, *exc: object) -> None:
        self.fetcher._last[self.host] = self.fetcher._clock()
        self.lock.release()


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _network_reason(exc: httpx.HTTPError, policy: FetchPolicy) -> str:
    """A one-line cause for a transport failure."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (after {policy.connect_timeout:g} s)"
    if isinstance(exc, httpx.ReadTimeout):
        return f"timed out waiting for the server (no data for {policy.read_timeout:g} s)"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "not an http(s) URL"
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return "DNS lookup failed (no such host)"
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    text = str(exc).lower()
    if "name or service not known" in text or "nodename nor servname" in text or "no address associated" in text:
        return "DNS lookup failed (no such host)"
    if "connection refused" in text:
        return "connection refused"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke the HTTP protocol ({' '.join(str(exc).split()) or 'connection closed'})"
    return " ".join(str(exc).split()) or type(exc).__name__
