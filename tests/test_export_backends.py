"""The same claims give the same exports on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_fixtures import NOW, reviewed_fixture_db

from factcheck.export import FORMATS, render
from factcheck.queries import ClaimFilter

FILTERS = (ClaimFilter(), ClaimFilter(statuses=("verified", "false")), ClaimFilter(outlet="kompas", speaker="RYDER"))
DATABASE_LINE = re.compile(r"^(- Database: |<dt>Database</dt>).*$", flags=re.M)


@pytest.mark.parametrize("fmt", FORMATS)
def test_backend_does_not_change_the_export(db_url: str, tmp_path: Path, fmt: str) -> None:
    engine = reviewed_fixture_db(db_url)
    reference = reviewed_fixture_db(tmp_path / "reference.db")
    try:
        for flt in FILTERS:
            ours = render(engine, fmt, flt, now=NOW)
            theirs = render(reference, fmt, flt, now=NOW)
            assert DATABASE_LINE.sub("", ours) == DATABASE_LINE.sub("", theirs)
    finally:
        engine.dispose()
        reference.dispose()
