"""Comparing what the two engines stored: links, matching forms, groups and source counts."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

from factcheck.db import write_session


def stored(engine: Engine) -> dict[str, object]:
    """Everything ``factcheck link`` writes, in comparable form."""
    with engine.connect() as conn:
        return {
            "links": sorted(conn.execute(text(
                "SELECT claim_a, claim_b, score, method, relation, differences FROM claim_link")).all()),
            "claims": sorted(conn.execute(text("SELECT id, group_id, independent_sources FROM claim")).all()),
            "matches": sorted((i, t, bytes(k)) for i, t, k in conn.execute(
                text("SELECT claim_id, text, keys FROM claim_match"))),
            "meta": sorted(conn.execute(text(
                "SELECT key, value FROM schema_meta WHERE key LIKE 'link%'")).all()),
        }


def forget_links(engine: Engine) -> None:
    """Undo what a linking run wrote (manual links and review data stay)."""
    with write_session(engine) as session:
        conn = session.connection()
        conn.execute(text("DELETE FROM claim_link WHERE method != 'manual'"))
        conn.execute(text("DELETE FROM claim_match"))
        conn.execute(text("DELETE FROM schema_meta WHERE key LIKE 'link%'"))
        conn.execute(text("UPDATE claim SET group_id = NULL, independent_sources = 1"))
