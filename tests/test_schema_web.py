"""Older databases gain the web-intake columns and table when opened; a half-migrated one opens too."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from factcheck.db import SCHEMA_VERSION, make_engine, schema_version

DATA = Path(__file__).parent / "data"
WEB_COLUMNS = {"url_key", "author", "modified", "previous_id"}


@pytest.mark.parametrize("fixture", sorted(DATA.glob("schema_v*.db")), ids=lambda p: p.stem)
def test_old_database_gets_web_columns(fixture: Path, tmp_path: Path) -> None:
    db = tmp_path / fixture.name
    shutil.copy(fixture, db)
    make_engine(str(db)).dispose()
    with sqlite3.connect(db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(article)")}
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(article)")}
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        articles = conn.execute("SELECT count(*) FROM article WHERE url_key IS NULL AND previous_id IS NULL").fetchone()
    assert WEB_COLUMNS <= columns and {"ix_article_url_key", "ix_article_previous_id"} <= indexes
    assert "web_fetch" in tables and articles == (5,)


def test_columns_already_there_are_not_added_again(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    make_engine(str(db)).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE schema_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),))
    assert schema_version(make_engine(str(db))) == SCHEMA_VERSION
