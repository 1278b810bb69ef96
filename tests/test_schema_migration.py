"""Databases made by earlier schema versions open, are migrated, and keep every verdict."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from factcheck.db import SCHEMA_VERSION, DatabaseError, make_engine, schema_version
from factcheck.stats import database_stats

DATA = Path(__file__).parent / "data"
RELEASED = sorted(DATA.glob("schema_v*.db"))


def test_every_released_version_has_a_fixture() -> None:
    versions = {int(path.stem.removeprefix("schema_v")) for path in RELEASED}
    assert versions == set(range(1, SCHEMA_VERSION)) | ({SCHEMA_VERSION} & versions)


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_old_database_is_migrated(fixture: Path, tmp_path: Path) -> None:
    db = tmp_path / fixture.name
    shutil.copy(fixture, db)
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT id, status, note FROM claim ORDER BY id").fetchall()
        events = conn.execute("SELECT count(*) FROM review_event").fetchone()[0]
    engine = make_engine(str(db))
    assert schema_version(engine) == SCHEMA_VERSION
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id, status, note FROM claim ORDER BY id").fetchall() == before
        assert conn.execute("SELECT count(*) FROM review_event").fetchone()[0] == events
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(claim)")}
        assert "ix_claim_independent_sources" in indexes
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert events > 0 and any(status != "unreviewed" for _, status, _ in before)
    assert database_stats(engine).tables["article"] == 5


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    make_engine(str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE schema_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(DatabaseError, match="newer than this factcheck"):
        make_engine(str(db))
