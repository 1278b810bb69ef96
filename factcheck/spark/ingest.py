"""``factcheck ingest --engine spark``: corpora read and analysed by Spark, stored as the default engine stores them.

Local paths are expanded as the default engine expands them; ``.jsonl`` files and any
``scheme://`` URI Spark can read (``.jsonl``, ``.parquet``, other files as one text each)
are read by Spark. Each record gets the default engine's treatment (``jsonl_articles`` for
JSONL lines and Parquet rows, ``read_item`` or the text reader for files); duplicates
within the input keep their first occurrence and texts already stored are skipped, both
by text sha256 and in Spark, before the executors run :func:`factcheck.pipeline.analyse`.
The analyses stream back to the driver one partition at a time, in input order, and are
stored by :func:`factcheck.store.store_article` (one transaction each), so articles and
claims get the ids the default engine would give them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from heapq import merge
from pathlib import Path, PurePosixPath

from sqlalchemy.engine import Engine

from factcheck.document import RawArticle
from factcheck.ingest.read import (
    HTML_SUFFIXES,
    InputError,
    _text_article,
    binary_reason,
    expand_paths,
    jsonl_articles,
    read_item,
)
from factcheck.ingest_run import IngestCounts
from factcheck.pipeline import analyse
from factcheck.spark.batches import engine_for
from factcheck.spark.session import spark_session
from factcheck.store import store_article, stored_hashes, text_sha256

Order = tuple[int, int]  # (input item, record within it): the default engine's reading order
Read = tuple[Order, RawArticle | InputError]


def _record(source: str, number: int, line: bytes, max_bytes: int) -> RawArticle | InputError | None:
    """JSONL line ``number`` of ``source`` as the default engine reads it (None for a blank line)."""
    if not line.strip():
        return None
    found = next(iter(jsonl_articles(source, [line], max_bytes)))
    where = f"{source}:{number}"
    return replace(found, source=where) if isinstance(found, RawArticle) else InputError(where, found.reason)


def _row_line(row: dict) -> bytes:
    """A Parquet row as a JSONL line (values that are not strings written as text by JSON)."""
    return json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")


def _reads(spark, paths: Iterable[str], max_bytes: int) -> tuple[object, list[Read]]:  # noqa: ANN001
    """An RDD of :data:`Read` for every input, and the errors found while listing them (as reads)."""
    sc = spark.sparkContext
    rdds, errors, files = [], [], []
    listed: list[Path | str | InputError] = []
    for name in paths:
        if "://" in name or name.endswith(".parquet"):
            listed.append(name)
        else:
            listed.extend(expand_paths([name]))
    for item, entry in enumerate(listed):
        if isinstance(entry, InputError):
            errors.append(((item, 0), entry))
        elif isinstance(entry, str) and entry.startswith(("http://", "https://")):
            errors.append(((item, 0), InputError(entry, "web pages are read by the default engine, not by --engine spark")))
        elif str(entry).endswith(".parquet"):
            rows = spark.read.parquet(str(entry)).rdd.zipWithIndex()
            rdds.append(rows.map(lambda r, item=item, src=str(entry): (
                (item, r[1]), _record(src, r[1] + 1, _row_line(r[0].asDict()), max_bytes))))
        elif str(entry).endswith(".jsonl"):
            if isinstance(entry, Path):
                with entry.open("rb") as handle:
                    if reason := binary_reason(handle.read(65536)):
                        errors.append(((item, 0), InputError(str(entry), reason)))
                        continue
            lines = sc.textFile(str(entry), use_unicode=False).zipWithIndex()
            rdds.append(lines.map(lambda r, item=item, src=str(entry): (
                (item, r[1]), _record(src, r[1] + 1, r[0], max_bytes))))
        elif isinstance(entry, str):
            blobs = sc.binaryFiles(entry)
            html = PurePosixPath(entry).suffix.lower() in HTML_SUFFIXES
            rdds.append(blobs.map(lambda r, item=item, html=html: ((item, 0), _text_article(r[0], r[1], html=html))))
        else:
            files.append((item, str(entry)))
    if files:
        listed_files = sc.parallelize(files, max(1, min(len(files), 4 * sc.defaultParallelism)))
        rdds.append(listed_files.flatMap(lambda f: (((f[0], k), a) for k, a in enumerate(read_item(Path(f[1]), max_bytes)))))
    reads = sc.union(rdds) if rdds else sc.emptyRDD()
    return reads.filter(lambda r: r[1] is not None), errors


def _unstored(url: str, firsts: Iterator[tuple[str, tuple[Order, RawArticle]]]) -> Iterator[tuple[Order, RawArticle]]:
    """The articles whose text is not stored yet, checked in batches."""
    batch: list[tuple[str, tuple[Order, RawArticle]]] = []
    for entry in firsts:
        batch.append(entry)
        if len(batch) == 500:
            yield from _fresh(url, batch)
            batch = []
    yield from _fresh(url, batch)


def _fresh(url: str, batch: list[tuple[str, tuple[Order, RawArticle]]]) -> Iterator[tuple[Order, RawArticle]]:
    stored = stored_hashes(engine_for(url), (sha for sha, _ in batch)) if batch else set()
    return (entry for sha, entry in batch if sha not in stored)


def ingest_spark(
    engine: Engine,
    paths: list[str],
    *,
    master: str | None = None,
    outlet: str | None = None,
    language: str = "auto",
    max_bytes: int,
    on_error: Callable[[InputError], None] = lambda error: None,
) -> IngestCounts:
    """Ingest ``paths`` (files, folders, URIs) through Spark; the counts of :func:`factcheck.ingest_run.ingest_items`."""
    spark = spark_session(master, app="factcheck ingest")
    url = engine.url.render_as_string(hide_password=False)
    counts = IngestCounts()
    reads, errors = _reads(spark, paths, max_bytes)
    reads = reads.cache()
    rejected = reads.filter(lambda r: isinstance(r[1], InputError)).sortByKey()
    for _, error in merge(errors, rejected.toLocalIterator(), key=lambda r: r[0]):
        counts.rejected += 1
        on_error(error)
    articles = reads.filter(lambda r: isinstance(r[1], RawArticle))
    total = articles.count()
    firsts = (articles.map(lambda r: (text_sha256(r[1].text), r)).reduceByKey(min_order)
              .mapPartitions(lambda part: _unstored(url, part)))
    analysed = firsts.sortByKey().map(lambda r: (r[1], analyse(r[1], outlet=outlet, language=language)))
    stored = 0
    for raw, analysis in analysed.toLocalIterator(prefetchPartitions=True):
        outcome = store_article(engine, raw, analysis=analysis)
        if outcome.status == "added":
            stored += 1
            counts.claims += outcome.claims
    reads.unpersist()
    counts.added = stored
    counts.duplicate = total - stored
    return counts


def min_order(x: tuple[Order, RawArticle], y: tuple[Order, RawArticle]) -> tuple[Order, RawArticle]:
    """The read that comes first in the input."""
    return x if x[0] <= y[0] else y
