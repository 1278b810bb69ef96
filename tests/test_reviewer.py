"""Who reviewed: --reviewer, else $FACTCHECK_REVIEWER, else the login name; on every event and in the header."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from conftest import add_newsroom, run_async
from test_review_app import SIZE, settle, status_line

from factcheck.cli import app
from factcheck.db import make_engine
from factcheck.review.app import ReviewApp

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    engine = make_engine(str(path))
    add_newsroom(engine)
    engine.dispose()
    return path


def _reviewers(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT reviewer FROM review_event ORDER BY id")]


def test_mark_records_option_then_environment_then_login_name(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "wati")
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    assert runner.invoke(app, ["mark", "1", "--status", "false", "--db", str(db)]).exit_code == 0
    monkeypatch.setenv("FACTCHECK_REVIEWER", "budi")
    assert runner.invoke(app, ["mark", "2", "--status", "false", "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["mark", "3", "--note", "x", "--reviewer", "ana", "--db", str(db)]).exit_code == 0
    assert _reviewers(db) == ["wati", "budi", "ana"]


def test_an_unknown_login_name_is_not_an_error(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("no user")

    monkeypatch.setattr("getpass.getuser", no_user)
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    assert runner.invoke(app, ["mark", "1", "--status", "false", "--db", str(db)]).exit_code == 0
    assert _reviewers(db) == [""]


@run_async
async def test_the_header_names_the_reviewer(claims_engine: Engine) -> None:
    app_ = ReviewApp(claims_engine, reviewer="Rina [b]Sari[/b]")
    async with app_.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert status_line(pilot).startswith("factcheck · Rina [b]Sari[/b] — 5 claims")
