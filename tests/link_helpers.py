"""Small database builders for the linking tests (plain SQL, any backend)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine

from factcheck.db import write_session
from factcheck.link.core import Links, link_normalized, normalize_all


def link_texts(assertions: Sequence[str], articles: np.ndarray, **options: object) -> Links:
    """:func:`link_normalized` on assertions as written (normalised here, the raw text from the list)."""
    return link_normalized(normalize_all(assertions), articles, lambda ids: [assertions[i] for i in ids],
                           **options)  # type: ignore[arg-type]


def _id(conn, table: str, name: str, kind: str | None = None) -> int:  # type: ignore[no-untyped-def]
    found = conn.execute(text(f"SELECT id FROM {table} WHERE name = :n"), {"n": name}).scalar()
    if found is not None:
        return found
    if kind is None:
        return conn.execute(text(f"INSERT INTO {table} (name, kind) VALUES (:n, 'person') RETURNING id"),
                            {"n": name}).scalar_one()
    return conn.execute(text(f"INSERT INTO {table} (name, kind) VALUES (:n, :k) RETURNING id"),
                        {"n": name, "k": kind}).scalar_one()


def add_article(
    engine: Engine,
    body: str,
    claims: Sequence[tuple[str | None, str]],
    *,
    outlet: str | None = "Antara",
    wires: Sequence[str] = (),
) -> list[int]:
    """Insert an article (``body`` plus one line per claim) and its (speaker, assertion) claims; claim ids."""
    lines = [body] + [f"\u201c{assertion},\u201d kata {speaker or 'dia'}." for speaker, assertion in claims]
    article_text = "\n".join(lines)
    with write_session(engine) as session:
        conn = session.connection()
        outlet_id = _id(conn, "outlet", outlet, "outlet") if outlet else None
        sha = f"{len(article_text)}-{hash(article_text)}-{datetime.now().timestamp()}"
        article_id = conn.execute(
            text("INSERT INTO article (source, sha256, outlet_id, language, text, raw_text, decoding, ingested_at) "
                 "VALUES (:s, :h, :o, 'id', :t, :t, 'utf-8', :at) RETURNING id"),
            {"s": "test.txt", "h": sha, "o": outlet_id, "t": article_text, "at": datetime(2024, 1, 17)},
        ).scalar_one()
        for wire in wires:
            conn.execute(text("INSERT INTO article_wire (article_id, outlet_id) VALUES (:a, :o)"),
                         {"a": article_id, "o": _id(conn, "outlet", wire, "wire")})
        ids = []
        for speaker, assertion in claims:
            speaker_id = _id(conn, "speaker", speaker) if speaker else None
            start = article_text.index(assertion)
            ids.append(conn.execute(
                text("INSERT INTO claim (article_id, speaker_id, speaker_text, assertion, verb, kind, start, \"end\", "
                     "status, independent_sources) "
                     "VALUES (:a, :sp, :st, :t, 'kata', 'direct', :b, :e, 'unreviewed', 1) RETURNING id"),
                {"a": article_id, "sp": speaker_id, "st": speaker or "dia", "t": assertion, "b": start,
                 "e": start + len(assertion)},
            ).scalar_one())
    return ids
