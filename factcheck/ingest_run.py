"""Ingesting many articles: read, analyse in worker processes, store each in its own transaction."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy.engine import Engine

from factcheck.document import RawArticle
from factcheck.ingest.read import DEFAULT_MAX_BYTES, InputError, read_item
from factcheck.pipeline import Analyser
from factcheck.store import store_article, stored_hashes, text_sha256

T = TypeVar("T")
BATCH = 512


@dataclass
class IngestCounts:
    """What an ingest did."""

    added: int = 0
    duplicate: int = 0
    rejected: int = 0
    claims: int = 0


def default_workers() -> int:
    """Analysis worker processes: one per spare core (the main process stores), at most 4."""
    return max(0, min((os.cpu_count() or 1) - 1, 4))


def _batches(entries: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_items(
    engine: Engine,
    items: list[Path | str | InputError],
    *,
    outlet: str | None = None,
    language: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int | None = None,
    on_error: Callable[[InputError], None] = lambda error: None,
    on_progress: Callable[[int, IngestCounts], None] = lambda done, counts: None,
) -> IngestCounts:
    """Ingest the items of :func:`factcheck.ingest.read.expand_paths`; every article is one transaction.

    Errors are reported through ``on_error`` and counted; ``on_progress`` gets the number of
    items done and the counts so far after every batch. Articles already stored (same text) are skipped before analysis.
    """
    counts = IngestCounts()
    entries = ((n, article) for n, item in enumerate(items) for article in read_item(item, max_bytes))
    with Analyser(outlet=outlet, language=language, workers=default_workers() if workers is None else workers) as analyser:
        for batch in _batches(entries, BATCH):
            hashed = [(a, text_sha256(a.text)) for _, a in batch if not isinstance(a, InputError)]
            stored = stored_hashes(engine, (sha for _, sha in hashed))
            fresh: dict[str, RawArticle] = {}
            for _, article in batch:
                if isinstance(article, InputError):
                    counts.rejected += 1
                    on_error(article)
            for article, sha in hashed:
                if sha in stored or sha in fresh:
                    counts.duplicate += 1
                else:
                    fresh[sha] = article
            for article, analysis in zip(fresh.values(), analyser.analyse(list(fresh.values()))):
                outcome = store_article(engine, article, analysis=analysis)
                setattr(counts, outcome.status, getattr(counts, outcome.status) + 1)
                counts.claims += outcome.claims
            on_progress(batch[-1][0], counts)
    on_progress(len(items), counts)
    return counts
