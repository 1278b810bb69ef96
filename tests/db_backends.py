"""The ``db_url`` fixture: every database-facing test it serves runs on SQLite and on PostgreSQL.

PostgreSQL runs when ``FACTCHECK_TEST_PG_URL`` names a server database that may create others
(``.ci/run`` starts one); each test gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("FACTCHECK_TEST_PG_URL")


def _fresh_postgres_database() -> Iterator[str]:
    admin_url = make_url(PG_URL)
    name = f"factcheck_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'factcheck.db'}"
        return
    if not PG_URL:
        pytest.skip("FACTCHECK_TEST_PG_URL is not set (.ci/run starts a PostgreSQL server)")
    yield from _fresh_postgres_database()
