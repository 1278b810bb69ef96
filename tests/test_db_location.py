"""Where the database is: the project's db/ from the project folder, else the user's data folder;
commands that only read refuse a database that does not exist, and create nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db import PROJECT_DB, PROJECT_ROOT, default_database

SEED = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))[0]
runner = CliRunner()


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder outside the project as the current folder, with its own user data folder."""
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def test_from_the_project_folder_the_database_is_the_projects(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT_ROOT)
    assert default_database() == PROJECT_DB


def test_elsewhere_the_database_is_in_the_users_data_folder(elsewhere: Path, tmp_path: Path) -> None:
    assert Path(default_database()) == tmp_path / "data" / "factcheck" / "factcheck.db"


@pytest.mark.parametrize("command", [["stats"], ["export"], ["review"], ["mark", "1", "--status", "false"], ["link"]])
def test_reading_a_missing_database_is_a_one_line_error_that_creates_nothing(
    elsewhere: Path, tmp_path: Path, command: list[str]
) -> None:
    result = runner.invoke(app, command)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no such database" in lines[0] and "factcheck init" in lines[0]
    assert not (tmp_path / "data").exists() and list(elsewhere.iterdir()) == []


def test_a_mistyped_db_in_a_missing_folder_creates_nothing(elsewhere: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", "typo/facts.db"])
    assert result.exit_code == 1 and "typo/facts.db: no such database" in result.stderr
    assert not (elsewhere / "typo").exists()
    url = runner.invoke(app, ["export", "--db", f"sqlite:///{elsewhere / 'nope.db'}"])
    assert url.exit_code == 1 and "no such database" in url.stderr
    assert not (elsewhere / "nope.db").exists()


def test_init_or_the_first_ingest_creates_the_database(elsewhere: Path, tmp_path: Path) -> None:
    created = runner.invoke(app, ["init"])
    assert created.exit_code == 0 and "created" in created.stderr
    path = tmp_path / "data" / "factcheck" / "factcheck.db"
    assert path.is_file() and str(path) in created.stderr
    assert "exists" in runner.invoke(app, ["init"]).stderr
    assert runner.invoke(app, ["stats"]).exit_code == 0
    other = elsewhere / "news.db"
    assert runner.invoke(app, ["ingest", str(SEED), "--db", str(other)]).exit_code == 0
    assert "article               1" in runner.invoke(app, ["stats", "--db", str(other)]).stdout


def test_factcheck_db_still_chooses(elsewhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_DB", str(elsewhere / "team.db"))
    assert runner.invoke(app, ["init"]).exit_code == 0
    assert (elsewhere / "team.db").is_file()
