"""A database locked by another connection: writers wait with feedback, give up with one line, the UI never freezes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from conftest import add_newsroom, run_async
from factcheck.cli import app as cli
from factcheck.db import make_engine
from factcheck.review.app import ReviewApp
from test_review_app import SIZE, claim_list, settle, status_of

runner = CliRunner()


@contextmanager
def locked(db: Path) -> Iterator[sqlite3.Connection]:
    """A second connection holding the write lock (``BEGIN IMMEDIATE``) until the block ends."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTCHECK_BUSY_TIMEOUT", "0.05")
    monkeypatch.setenv("FACTCHECK_LOCK_TIMEOUT", "0.5")
    path = tmp_path / "f.db"
    engine = make_engine(str(path))
    add_newsroom(engine)
    engine.dispose()
    yield path


def _status(db: Path, claim_id: int) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status FROM claim WHERE id = ?", (claim_id,)).fetchone()[0]


def test_mark_gives_up_on_a_lock_held_too_long_with_one_line(db: Path) -> None:
    with locked(db):
        result = runner.invoke(cli, ["mark", "1", "--status", "false", "--db", str(db)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "database busy, retrying…"
    assert lines[1:] == [f"error: {db}: the database stayed locked by another connection for 0.5 s; gave up writing"]
    assert "Traceback" not in result.output
    assert _status(db, 1) == "unreviewed"


def test_mark_waits_for_a_lock_that_is_released(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_LOCK_TIMEOUT", "30")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, holder.rollback)
    release.start()
    try:
        result = runner.invoke(cli, ["mark", "1", "--status", "false", "--db", str(db)])
    finally:
        release.join()
        holder.close()
    assert result.exit_code == 0, result.output
    assert "database busy, retrying…" in result.stderr
    assert _status(db, 1) == "false"


@pytest.mark.slow
def test_mark_process_reports_a_held_lock_in_one_line(db: Path) -> None:
    env = {**os.environ, "FACTCHECK_BUSY_TIMEOUT": "0.05", "FACTCHECK_LOCK_TIMEOUT": "0.5"}
    with locked(db):
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "mark", "2", "--status", "verified", "--db", str(db)],
            capture_output=True, text=True, env=env, timeout=120,
        )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "database busy, retrying…",
        f"error: {db}: the database stayed locked by another connection for 0.5 s; gave up writing",
    ]


@run_async
async def test_a_verdict_waits_for_the_lock_without_freezing_the_ui(db: Path) -> None:
    engine: Engine = make_engine(str(db))
    app = ReviewApp(engine, reviewer="ana")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        with locked(db):
            await pilot.press("v")
            await pilot.pause(0.8)  # past the lock timeout: the verdict is still waiting, not lost
            assert claim_list(pilot).cursor == 1  # the cursor moved on: keys are handled while the write waits
            await pilot.press("j")
            assert claim_list(pilot).cursor == 2
            messages = [n.message for n in app._notifications]
            assert any(m.startswith("database busy, retrying… 1 action waiting to be saved") for m in messages), messages
            assert status_of(engine, 1) == ("unreviewed", None)
        await settle(pilot)
        assert app.is_running
        assert status_of(engine, 1) == ("verified", None)
        assert any(n.message == "saved: the database is free again" for n in app._notifications)
    engine.dispose()


@run_async
async def test_quitting_with_unsaved_verdicts_asks_first(db: Path) -> None:
    engine: Engine = make_engine(str(db))
    app = ReviewApp(engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with locked(db):
            await pilot.press("v")
            await pilot.pause(0.2)
            await pilot.press("q")
            await pilot.pause()
            assert app.is_running
            assert any("1 action is still waiting to be saved; q again quits" in n.message for n in app._notifications)
            await pilot.press("q")
            await pilot.pause(0.3)
            assert not app.is_running
    engine.dispose()
