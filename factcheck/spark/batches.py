"""What Spark executors run on Arrow batches (pandas frames): the default engine's own functions, batch by batch.

Each function takes and returns pandas objects so that it can run inside ``pandas_udf`` or
``mapInPandas`` and be tested without Spark. Database access opens one engine per
executor process and writes in bounded, idempotent batches (``ON CONFLICT DO NOTHING``),
so a retried task adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine

from factcheck.db import in_write_transaction, make_engine
from factcheck.link.core import RELATIONS, Distinct, differences_json, relate_pairs, normalize_all, text_key_bytes
from factcheck.link.scoring import score_pairs

BATCH = 5_000
_ENGINES: dict[str, Engine] = {}


def engine_for(url: str) -> Engine:
    """One engine per database URL and executor process."""
    if url not in _ENGINES:
        _ENGINES[url] = make_engine(url)
    return _ENGINES[url]


def read_ranges(url: str, query: str, columns: list[str], ranges: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Rows of ``query`` (bound to each ``[lo, hi)`` range of ``ranges``), at most ``BATCH`` a frame."""
    for frame in ranges:
        for lo, hi in zip(frame["lo"].tolist(), frame["hi"].tolist()):
            with engine_for(url).connect() as conn:
                result = conn.execute(text(query), {"lo": lo, "hi": hi})
                while rows := result.fetchmany(BATCH):
                    yield pd.DataFrame(rows, columns=columns)


def normalized(assertions: pd.Series) -> pd.Series:
    """Matching forms (:func:`factcheck.link.core.normalize_all`)."""
    return pd.Series(normalize_all(assertions.tolist()), index=assertions.index)


def key_bytes(texts: pd.Series) -> pd.Series:
    """Stored blocking keys of each normalised text (:func:`factcheck.link.core.text_key_bytes`)."""
    return pd.Series(text_key_bytes(texts.tolist()), index=texts.index)


def key_array(stored: pd.Series) -> pd.Series:
    """Stored keys as signed 64-bit integers (the bits of the unsigned keys), for Spark's ``long``."""
    return pd.Series([np.frombuffer(b, dtype="<i8") for b in stored], index=stored.index)


def relate(frame: pd.DataFrame, scorer: str, threshold: float) -> pd.DataFrame:
    """Score text pairs ``(u, v)`` and keep those the default engine links, with their relation.

    ``frame`` holds ``u, v`` (representative claim ids, ``u < v``), ``text_u, text_v``
    (normalised) and ``raw_u, raw_v`` (the representatives' assertions). A variant's
    differences are given both ways round: ``forward`` for claim pairs whose smaller claim
    has text ``u``, ``flipped`` for the others.
    """
    n = len(frame)
    raw = frame["raw_u"].tolist() + frame["raw_v"].tolist()
    distinct = Distinct.of(frame["text_u"].tolist() + frame["text_v"].tolist())
    pairs = np.stack((distinct.uid[:n], distinct.uid[n:]), axis=1)
    scores = score_pairs(distinct.texts, pairs, scorer, workers=1)
    keep, codes, variants = relate_pairs(distinct, pairs, scores, threshold, lambda ids: [raw[i] for i in ids])
    rows = np.flatnonzero(keep)
    forward: list[str | None] = [None] * len(rows)
    flipped: list[str | None] = [None] * len(rows)
    for k, row in enumerate(rows.tolist()):
        if variants[row] is not None:
            comparison, a, b = variants[row]
            forward[k] = differences_json(comparison, a, b, False)
            flipped[k] = differences_json(comparison, a, b, True)
    return pd.DataFrame({
        "u": frame["u"].to_numpy()[rows],
        "v": frame["v"].to_numpy()[rows],
        "score": scores[rows].astype(np.float32),
        "relation": [RELATIONS[c] for c in codes[rows].tolist()],
        "forward": forward,
        "flipped": flipped,
    })


def relate_batches(scorer: str, threshold: float, frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """:func:`relate` over ``mapInPandas`` batches (empty results are not sent back: Arrow cannot type them)."""
    for frame in frames:
        related = relate(frame, scorer, threshold)
        if len(related):
            yield related


def _insert(url: str, statement: str, rows: list[dict]) -> int:
    in_write_transaction(engine_for(url), lambda conn: conn.execute(text(statement), rows))
    return len(rows)


def write_rows(url: str, statement: str, frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Insert each frame's rows (bind names = column names) in transactions of at most ``BATCH``; yield counts.

    A ``score`` column (float32) is stored rounded to 2 decimals, as the default engine stores it.
    """
    for frame in frames:
        if "score" in frame:
            frame = frame.assign(score=[round(float(s), 2) for s in frame["score"].tolist()])
        records = frame.to_dict("records")
        written = sum(_insert(url, statement, records[i : i + BATCH]) for i in range(0, len(records), BATCH))
        yield pd.DataFrame({"rows": [written]})
