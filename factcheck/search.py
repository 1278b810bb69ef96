"""Full-text search over claims (assertion + speaker name): FTS5 on SQLite, tsvector on PostgreSQL."""

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

_PG_VECTOR = "to_tsvector('simple', claim.assertion || ' ' || claim.speaker_text)"


def ensure_search_index(conn: Connection) -> None:
    """Create the full-text index and the triggers that keep it in sync (idempotent)."""
    statements = _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_FTS
    for statement in statements:
        conn.execute(text(statement))


def quote_query(query: str) -> str:
    """Quote a user's words so FTS5 treats them as plain terms, never as syntax."""
    import sqlite_utils  # imported here: it is slow to import and only searches need it

    return sqlite_utils.Database(memory=True).quote_fts(query)


def match_clause(dialect: str) -> str:
    """A SQL condition on ``claim`` selecting claims matching the ``:q`` parameter.

    Bind ``q`` with :func:`search_parameter`.
    """
    if dialect == "sqlite":
        return "claim.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q)"
    return (
        f"({_PG_VECTOR} @@ plainto_tsquery('simple', :q) "
        "OR claim.speaker_id IN (SELECT id FROM speaker WHERE name ILIKE '%' || :q || '%'))"
    )


def search_parameter(dialect: str, query: str) -> str:
    """The value to bind as ``:q`` in :func:`match_clause`."""
    return quote_query(query) if dialect == "sqlite" else query
