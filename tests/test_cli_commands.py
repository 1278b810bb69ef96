"""The smaller commands: mark, review without a terminal, stats, link options, version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app

runner = CliRunner()


def _claim(db: Path, claim_id: int) -> tuple:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, note FROM claim WHERE id = ?", (claim_id,)).fetchone()


def test_mark_sets_status_and_note_and_records_the_reviewer(seeded_db: Path, monkeypatch) -> None:
    monkeypatch.delenv("FACTCHECK_REVIEWER", raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: "wati")
    result = runner.invoke(
        app, ["mark", "1", "2", "--status", "verified", "--note", "cek: rilis resmi", "--reviewer", "rina", "--db", str(seeded_db)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["1\tverified", "2\tverified"]
    assert _claim(seeded_db, 1) == ("verified", "cek: rilis resmi")
    runner.invoke(app, ["mark", "1", "--status", "disputed", "--db", str(seeded_db)])
    assert _claim(seeded_db, 1) == ("disputed", "cek: rilis resmi"), "a verdict alone keeps the note"
    with sqlite3.connect(seeded_db) as conn:
        events = conn.execute("SELECT status, reviewer FROM review_event WHERE claim_id = 1 ORDER BY id").fetchall()
    assert events == [("verified", "rina"), ("disputed", "wati")], "without --reviewer: the login name"


def test_mark_errors(seeded_db: Path) -> None:
    unknown = runner.invoke(app, ["mark", "999999", "--status", "false", "--db", str(seeded_db)])
    assert unknown.exit_code == 1 and "no claim with id 999999" in unknown.stderr
    assert runner.invoke(app, ["mark", "1", "--status", "bogus", "--db", str(seeded_db)]).exit_code == 2
    assert runner.invoke(app, ["mark", "1", "--db", str(seeded_db)]).exit_code == 2


def test_review_without_a_terminal_points_to_export(seeded_db: Path) -> None:
    result = runner.invoke(app, ["review", "--db", str(seeded_db)])
    assert result.exit_code == 1
    assert "factcheck export" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_stats_counts_tables_and_outlets(seeded_db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(seeded_db)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "article               5" in lines
    assert any(line.startswith("Tempo") and line.split()[1] == "1" for line in lines)
    assert any(line.startswith("Yonhap") for line in lines)


def test_link_rejects_a_threshold_out_of_range(seeded_db: Path) -> None:
    assert runner.invoke(app, ["link", "--threshold", "150", "--db", str(seeded_db)]).exit_code == 2


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"factcheck {__version__}"


@pytest.mark.parametrize(
    "db",
    ["postgresql+nosuchdriver://x/y", "postgresql+psycopg://u:secret@127.0.0.1:1/x", "/proc/no/such/folder/f.db", "not-a-db"],
)
def test_unusable_database_is_a_one_line_error(db: str, tmp_path: Path) -> None:
    if db == "not-a-db":
        (tmp_path / "junk.db").write_text("this is not a database")
        db = str(tmp_path / "junk.db")
    result = runner.invoke(app, ["stats", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    assert "secret" not in result.stderr
