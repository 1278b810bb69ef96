"""Ingesting many articles: read (files or the web), analyse in worker processes, store each in its own transaction."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from sqlalchemy.engine import Engine

from factcheck.document import RawArticle
from factcheck.ingest.clean import LANGUAGES
from factcheck.ingest.read import DEFAULT_MAX_BYTES, InputError, expand_paths, read_item
from factcheck.ingest.urls import WEB_SCHEMES, is_web_url
from factcheck.ingest.web import Remember, Unchanged, WebEntry, WebReader
from factcheck.pipeline import Analyser
from factcheck.store import store_article, stored_hashes, text_sha256

T = TypeVar("T")
BATCH = 512
WEB_FLUSH_SECONDS = 1.0  # store what was fetched at least this often


@dataclass(frozen=True)
class WebItem:
    """A URL given to ingest: a page, a feed or a sitemap."""

    url: str


Item = Path | str | InputError | WebItem


@dataclass
class IngestCounts:
    """What an ingest did; ``updated`` counts added articles that are new versions of stored ones."""

    added: int = 0
    duplicate: int = 0
    rejected: int = 0
    claims: int = 0
    unchanged: int = 0
    updated: int = 0
    stopped: bool = False


def expand_inputs(args: Iterable[str]) -> Iterator[Item]:
    """Command-line inputs: http(s) URLs as :class:`WebItem`, the rest as :func:`expand_paths` does."""
    for arg in args:
        if is_web_url(arg):
            yield WebItem(arg.strip())
        elif urlsplit(arg).scheme.lower() in WEB_SCHEMES:
            yield InputError(arg, "not a valid http(s) URL (no host)")
        else:
            yield from expand_paths([arg])


def default_workers() -> int:
    """Analysis worker processes: one per spare core (the main process stores), at most 4."""
    return max(0, min((os.cpu_count() or 1) - 1, 4))


def _batches(entries: Iterable[T], size: int, seconds: float | None = None) -> Iterator[list[T]]:
    """Lists of ``size`` entries, or fewer when ``seconds`` passed since the list was started."""
    batch: list[T] = []
    started = time.monotonic()
    for entry in entries:
        if not batch:
            started = time.monotonic()
        batch.append(entry)
        if len(batch) == size or (seconds is not None and time.monotonic() - started >= seconds):
            yield batch
            batch = []
    if batch:
        yield batch


def _entries(
    items: list[Item], max_bytes: int, web: WebReader | None, should_stop: Callable[[], bool]
) -> Iterator[tuple[int, RawArticle | InputError | WebEntry]]:
    for n, item in enumerate(items):
        if isinstance(item, WebItem):
            found: Iterable[RawArticle | InputError | WebEntry] = (
                web.read(item.url) if web else [InputError(item.url, "reading from the web is not set up")]
            )
        else:
            found = read_item(item, max_bytes)
        for entry in found:
            if should_stop():
                return
            yield n, entry


def ingest_items(
    engine: Engine,
    items: list[Item],
    *,
    outlet: str | None = None,
    language: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
    web: WebReader | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
    on_progress: Callable[[int, IngestCounts], None] = lambda done, counts: None,
    on_article: Callable[[str, str], None] = lambda source, status: None,
    on_notice: Callable[[str, str], None] = lambda source, message: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> IngestCounts:
    """Ingest the items of :func:`expand_inputs`; every article is one transaction.

    Errors are reported through ``on_error`` and counted; ``on_progress`` gets the number of
    items done and the counts so far after every batch; ``on_article(source, status)`` follows
    every article (``added``, ``duplicate``, ``unchanged``, ``rejected``) and ``on_notice`` says
    when one is stored without claims because of its language. Articles already stored (same
    text) are skipped before analysis; URLs are read through ``web``. When ``should_stop()``
    turns true, ingest stops between two articles.
    """
    counts = IngestCounts()
    entries = _entries(items, max_bytes, web, should_stop)
    flush = WEB_FLUSH_SECONDS if web is not None else None
    with Analyser(outlet=outlet, language=language, workers=default_workers() if workers is None else workers) as analyser:
        for batch in _batches(entries, BATCH, flush):
            hashed = [(a, text_sha256(a.text)) for _, a in batch if isinstance(a, RawArticle)]
            stored = stored_hashes(engine, (sha for _, sha in hashed))
            fresh: dict[str, RawArticle] = {}
            for _, entry in batch:
                if isinstance(entry, InputError):
                    counts.rejected += 1
                    on_error(entry)
                    on_article(entry.source, "rejected")
                elif isinstance(entry, Unchanged):
                    counts.unchanged += 1
                    on_article(entry.source, "unchanged")
            for article, sha in hashed:
                if sha in stored or sha in fresh:
                    counts.duplicate += 1
                    on_article(article.source, "duplicate")
                else:
                    fresh[sha] = article
            for article, analysis in zip(fresh.values(), analyser.analyse(list(fresh.values()))):
                if should_stop():
                    counts.stopped = True
                    break
                outcome = store_article(engine, article, analysis=analysis)
                setattr(counts, outcome.status, getattr(counts, outcome.status) + 1)
                counts.claims += outcome.claims
                counts.updated += outcome.previous_id is not None
                if outcome.status == "added" and analysis.article.language not in LANGUAGES:
                    on_notice(article.source, f"stored, no claims: language {analysis.article.language}")
                on_article(article.source, outcome.status)
            if web is not None and not counts.stopped:
                for _, entry in batch:
                    if isinstance(entry, Remember):
                        web.state.remember(entry.url, entry.validators)
            on_progress(batch[-1][0], counts)
    counts.stopped = counts.stopped or should_stop()
    on_progress(len(items), counts)
    return counts
