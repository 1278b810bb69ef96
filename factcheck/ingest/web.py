"""Reading URLs: a page is one article, a feed or sitemap the articles it lists.

:class:`WebReader` yields what :mod:`factcheck.ingest_run` stores — :class:`RawArticle` or
:class:`InputError` — and two notes: :class:`Unchanged` (a conditional request answered 304, or a
listed article already stored and not updated since) and :class:`Remember` (validators to keep
once everything before it is stored). The same article met under several URLs in one run is
read once; a URL whose key is already stored is fetched under the stored (canonical) URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

from factcheck.document import RawArticle
from factcheck.ingest.decompress import BoundedDecoder, DecodeFailed, TooLarge
from factcheck.ingest.fetch import Fetcher, FetchError, Response, Validators
from factcheck.ingest.listings import Link, Listing, ListingError, parse_feed, parse_sitemap, sniff
from factcheck.ingest.read import InputError
from factcheck.ingest.urls import is_web_url, url_key
from factcheck.ingest.web_page import PageError, page_article

MAX_SITEMAP_DEPTH = 3
DEFAULT_MAX_PAGES = 1000
_ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"


class FetchMemory(Protocol):
    """What the reader asks of the stored state of earlier fetches (kept by :mod:`factcheck.web_state`)."""

    def validators(self, url: str) -> tuple[Validators, datetime] | None:
        """The ETag/Last-Modified of ``url``'s last full fetch and when, if any."""

    def stored_url(self, key: str) -> tuple[str, datetime] | None:
        """The stored article URL with the URL key ``key`` and when it was stored, if any."""


@dataclass(frozen=True)
class Unchanged:
    """Nothing new at ``source`` since it was last stored."""

    source: str


@dataclass(frozen=True)
class Remember:
    """Validators to keep for ``url`` once the articles read before this note are stored."""

    url: str
    validators: Validators


WebEntry = RawArticle | InputError | Unchanged | Remember


class WebReader:
    """Turns URLs into entries for :func:`factcheck.ingest_run.ingest_items`; one reader per run."""

    def __init__(self, fetcher: Fetcher, state: FetchMemory, *, max_pages: int = DEFAULT_MAX_PAGES) -> None:
        self.fetcher, self.state, self.max_pages = fetcher, state, max_pages
        self._seen: set[str] = set()

    def read(self, url: str) -> Iterator[WebEntry]:
        """The entries for one URL given by the user: a page, a feed or a sitemap."""
        if not is_web_url(url):
            yield InputError(url, "not an http(s) URL")
            return
        yield from self._read(url, listed=None, depth=0)

    def _read(self, url: str, *, listed: Link | None, depth: int) -> Iterator[WebEntry]:
        key = url_key(url)
        if key in self._seen:
            return
        self._seen.add(key)
        target = url
        stored = self.state.stored_url(key)
        if stored is not None:
            target, stored_at = stored
            if listed is not None and not _updated_since(listed, stored_at):
                yield Unchanged(url)
                return
        known = self.state.validators(target)
        try:
            response = self.fetcher.fetch(target, known[0] if known else None, accept=_ACCEPT)
        except FetchError as exc:
            yield InputError(url, exc.reason)
            return
        if response.not_modified:
            yield Unchanged(url)
            return
        try:
            body = _gunzipped(response.body, self.fetcher.policy.max_bytes)
            kind = sniff(body, response.content_type)
        except ListingError as exc:
            yield InputError(url, str(exc))
            return
        if kind in ("feed", "sitemap"):
            if listed is not None and (kind == "feed" or depth >= MAX_SITEMAP_DEPTH):
                yield InputError(url, f"a {kind} listed in a {kind}: not followed")
                return
            yield from self._read_listing(url, response, body, kind, depth)
            return
        try:
            article = page_article(response, html=kind == "html")
        except PageError as exc:
            yield InputError(url, str(exc))
            return
        canonical = url_key(article.url) if article.url else key
        if canonical != key and canonical in self._seen:
            return
        self._seen.add(canonical)
        yield article
        yield Remember(target, response.validators)

    def _read_listing(self, url: str, response: Response, body: bytes, kind: str, depth: int) -> Iterator[WebEntry]:
        try:
            listing: Listing = parse_feed(body, response.final_url) if kind == "feed" else parse_sitemap(
                body, response.final_url
            )
        except ListingError as exc:
            yield InputError(url, str(exc))
            return
        complete = not listing.problems
        for problem in listing.problems:
            yield InputError(url, problem)
        links = listing.links
        if len(links) > self.max_pages:
            yield InputError(url, f"lists {len(links)} pages; reading the first {self.max_pages} (--max-pages)")
            links, complete = links[: self.max_pages], False
        for link in links:
            for entry in self._read(link.url, listed=link, depth=depth + 1):
                complete = complete and not isinstance(entry, InputError)
                yield entry
        if complete:
            yield Remember(response.url, response.validators)


def _updated_since(link: Link, stored_at: datetime) -> bool:
    """True when a listing says the article changed after it was stored (unknown: not changed)."""
    if link.updated is None:
        return False
    stored = stored_at if stored_at.tzinfo else stored_at.replace(tzinfo=timezone.utc)
    return link.updated > stored


def _gunzipped(body: bytes, limit: int) -> bytes:
    """``body``, unpacked when it is a gzip file itself (``sitemap.xml.gz``), within ``limit`` bytes."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    decoder = BoundedDecoder("gzip", limit)
    try:
        return decoder.feed(body) + decoder.finish()
    except TooLarge:
        raise ListingError("gzip file is over the size limit once unpacked (compression bomb?)") from None
    except DecodeFailed as exc:
        raise ListingError(str(exc)) from None
