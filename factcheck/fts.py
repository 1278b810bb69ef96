"""The full-text index over claims (assertion + speaker name), made with the schema and kept in sync
by triggers: FTS5 on SQLite, a tsvector index on PostgreSQL. Queries are in :mod:`factcheck.search`.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS claim_fts USING fts5(
        assertion, speaker, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS claim_fts_insert AFTER INSERT ON claim BEGIN
        INSERT INTO claim_fts(rowid, assertion, speaker) VALUES (new.id, new.assertion,
            COALESCE((SELECT name FROM speaker WHERE id = new.speaker_id), new.speaker_text));
    END""",
    """CREATE TRIGGER IF NOT EXISTS claim_fts_delete AFTER DELETE ON claim BEGIN
        DELETE FROM claim_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS claim_fts_update AFTER UPDATE OF assertion, speaker_id, speaker_text ON claim BEGIN
        DELETE FROM claim_fts WHERE rowid = old.id;
        INSERT INTO claim_fts(rowid, assertion, speaker) VALUES (new.id, new.assertion,
            COALESCE((SELECT name FROM speaker WHERE id = new.speaker_id), new.speaker_text));
    END""",
]

_POSTGRES_FTS = [
    """CREATE INDEX IF NOT EXISTS ix_claim_assertion_tsv ON claim
        USING GIN (to_tsvector('simple', assertion || ' ' || speaker_text))""",
]

PG_VECTOR = "to_tsvector('simple', claim.assertion || ' ' || claim.speaker_text)"


def ensure_search_index(conn: Connection) -> None:
    """Create the full-text index and the triggers that keep it in sync (idempotent)."""
    statements = _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_FTS
    for statement in statements:
        conn.execute(text(statement))
