"""``export -o``: never over the database or an SQLite file; through symlinks; keeps the mode; no temp files left."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_fixtures import reviewed_fixture_db
from factcheck.cli import app
from factcheck.export.output import write_output

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    (tmp_path / "db").mkdir()
    path = tmp_path / "db" / "x.db"
    reviewed_fixture_db(path).dispose()
    return path


def _claims(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT count(*) FROM claim").fetchone()[0]


def _export(db: Path | str, output: Path, *extra: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["export", "--db", str(db), "-o", str(output), *extra])


@pytest.mark.parametrize("name", ["x.db", "x.db-wal", "x.db-shm", "link-to-db"])
def test_export_over_the_database_is_refused(db: Path, name: str) -> None:
    claims = _claims(db)
    (db.parent / "link-to-db").symlink_to(db)
    output = db.parent / name
    result = _export(db, output, "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {output}: cannot write: it is the database being exported; choose another output file"
    ]
    assert _claims(db) == claims
    assert (db.parent / "link-to-db").is_symlink()


def test_export_over_the_database_named_by_url_is_refused(db: Path) -> None:
    result = _export(f"sqlite:///{db}", db)
    assert result.exit_code == 1 and "it is the database being exported" in result.stderr
    assert _claims(db) > 0


def test_export_over_another_sqlite_file_is_refused(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    result = _export(db, other, "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {other}: cannot write: it is an SQLite database; refusing to write over it"]
    assert other.read_bytes() == before


def test_export_writes_through_a_symlink_and_keeps_the_mode(db: Path, tmp_path: Path) -> None:
    real = tmp_path / "reports" / "claims.csv"
    real.parent.mkdir()
    real.write_text("old\n")
    real.chmod(0o600)
    link = tmp_path / "claims.csv"
    link.symlink_to(real)
    result = _export(db, link, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8").startswith("group,")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(os.listdir(real.parent)) == ["claims.csv"]


def test_export_into_a_fifo_writes_through_it(db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = _export(db, fifo, "-f", "jsonl")
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].startswith(b'{"id": 1')


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_temp_files_of_a_killed_write_are_removed_by_the_next(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    stale = tmp_path / f".report.md.{_dead_pid()}.0123456789ab.tmp"
    stale.write_text("half a report")
    running = tmp_path / f".report.md.{os.getpid()}.ba9876543210.tmp"  # a write still in progress
    running.write_text("in progress")
    other = tmp_path / f".notes.md.{_dead_pid()}.0123456789ab.tmp"
    other.write_text("another file's")
    assert _export(db, target).exit_code == 0
    assert sorted(os.listdir(tmp_path)) == sorted([target.name, running.name, other.name, "db"])


KILLED_WRITER = """
import os, sys, time
from pathlib import Path
from factcheck.export import output

def stall(*args):
    print("written", flush=True)
    time.sleep(600)

output.os.replace = stall
output.write_output("half", Path(sys.argv[1]))
"""


@pytest.mark.slow
def test_kill_9_during_export_leaves_nothing_after_the_next_export(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline() == "written\n"
    writer.kill()
    writer.wait()
    assert any(name.startswith(".report.md.") for name in os.listdir(tmp_path))
    assert _export(db, target).exit_code == 0
    assert sorted(os.listdir(tmp_path)) == sorted([target.name, "db"])
    assert target.read_text(encoding="utf-8").startswith("# Citations report")


def test_write_output_to_a_new_file_uses_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_output("x", tmp_path / "new.md")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640
