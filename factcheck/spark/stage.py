"""Staging tables: executors write a run's links and matching forms there; one transaction swaps them in.

A job killed before the swap leaves the staging tables behind (dropped by the next run)
and the link table as it was.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Float, LargeBinary, MetaData, String, Table, Text, text
from sqlalchemy.engine import Connection, Engine

from factcheck.db import in_write_transaction

_META = MetaData()
LINKS = Table(
    "spark_claim_link_stage", _META,
    Column("claim_a", BigInteger, primary_key=True, autoincrement=False),
    Column("claim_b", BigInteger, primary_key=True, autoincrement=False),
    Column("score", Float, nullable=False),
    Column("relation", String, nullable=False),
    Column("differences", Text),
)
MATCHES = Table(
    "spark_claim_match_stage", _META,
    Column("claim_id", BigInteger, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("keys", LargeBinary, nullable=False),
    Column("assertion", Text, nullable=False),
)
INSERT_LINK = (
    f"INSERT INTO {LINKS.name} (claim_a, claim_b, score, relation, differences) "
    "VALUES (:a, :b, :score, :relation, :differences) ON CONFLICT (claim_a, claim_b) DO NOTHING"
)
INSERT_MATCH = (
    f"INSERT INTO {MATCHES.name} (claim_id, text, keys, assertion) "
    "VALUES (:id, :text, :keys, :assertion) ON CONFLICT (claim_id) DO NOTHING"
)
_SWAP = (
    "DELETE FROM claim_link WHERE method != 'manual'",
    "INSERT INTO claim_link (claim_a, claim_b, score, method, relation, differences) "
    f"SELECT s.claim_a, s.claim_b, s.score, :method, s.relation, s.differences FROM {LINKS.name} s "
    "WHERE EXISTS (SELECT 1 FROM claim WHERE claim.id = s.claim_a) "
    "AND EXISTS (SELECT 1 FROM claim WHERE claim.id = s.claim_b) ORDER BY s.claim_a, s.claim_b "
    "ON CONFLICT (claim_a, claim_b) DO NOTHING",
    "DELETE FROM claim_match",
    "INSERT INTO claim_match (claim_id, text, keys) "
    f"SELECT s.claim_id, s.text, s.keys FROM {MATCHES.name} s "
    "WHERE EXISTS (SELECT 1 FROM claim WHERE claim.id = s.claim_id AND claim.assertion = s.assertion) "
    "ON CONFLICT (claim_id) DO NOTHING",
)


def reset(engine: Engine) -> None:
    """Empty staging tables for a new run (left-overs of a killed run are dropped)."""
    drop(engine)
    _META.create_all(engine)


def drop(engine: Engine) -> None:
    """Remove the staging tables."""
    _META.drop_all(engine, checkfirst=True)


def swap(engine: Engine, method: str) -> None:
    """Replace every non-manual link and every matching form by the staged ones, in one transaction."""
    def _run(conn: Connection) -> None:
        for statement in _SWAP:
            conn.execute(text(statement), {"method": method})

    in_write_transaction(engine, _run)
