"""The database's storage failing (disk full, read-only or immutable file) during ingest, link or mark ends
in one error line naming the database, with everything stored before intact."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from factcheck import cli
from factcheck.db import make_engine
from factcheck.ingest.read import expand_paths
from factcheck.ingest_run import ingest_items

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
runner = CliRunner()
FULL = "the disk is full (or the database reached its size limit); stopped, everything stored before is kept"
READ_ONLY = ("the database cannot be written (a read-only or immutable file or disk); "
             "stopped, everything stored before is kept")


def _feed(path: Path, articles: int) -> Path:
    """A JSONL feed of ``articles`` articles of 40 attributed quotes each."""
    def article(n: int) -> str:
        return " ".join(f'"Kalimat {n} nomor {i} sangat penting," kata Joko Widodo.' for i in range(40))

    lines = (json.dumps({"text": article(n)}) for n in range(articles))
    path.write_text("\n".join(lines) + "\n")
    return path


def _check_intact(db: Path, at_least: int) -> None:
    """The database is consistent and every stored article is whole (sentences and claims)."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM article").fetchone()[0] >= at_least
        assert conn.execute("SELECT count(*) FROM article WHERE id NOT IN (SELECT article_id FROM sentence)"
                            " OR id NOT IN (SELECT article_id FROM claim)").fetchone()[0] == 0


def _error_lines(output: str) -> list[str]:
    assert "Traceback" not in output
    return [line for line in output.splitlines() if line.startswith("error:")]


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """The seeds ingested, every connection closed (a connection left open would keep a writable handle)."""
    db = tmp_path / "f.db"
    engine = make_engine(str(db))
    assert ingest_items(engine, list(expand_paths([str(SEEDS)])), workers=0).added == 5
    engine.dispose()
    return db


def test_disk_full_during_ingest_and_link(seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's page limit gives the same error as a full disk ("database or disk is full")."""

    def pages() -> int:
        with contextlib.closing(sqlite3.connect(seeded)) as conn:
            return conn.execute("PRAGMA page_count").fetchone()[0]

    limit = pages() + 8

    def small_engine(db: str | None = None, **options: bool) -> Engine:
        engine = make_engine(db, **options)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA max_page_count={limit}")

        engine.dispose()
        return engine

    monkeypatch.setattr(cli, "make_engine", small_engine)
    feed = _feed(tmp_path / "feed.jsonl", 200)
    ingested = runner.invoke(cli.app, ["ingest", str(feed), "--db", str(seeded)])
    assert ingested.exit_code == 1
    assert _error_lines(ingested.stderr) == [f"error: {seeded}: {FULL}"]
    _check_intact(seeded, at_least=5)
    limit = pages()  # full: linking needs new pages
    linked = runner.invoke(cli.app, ["link", "--db", str(seeded)])
    assert linked.exit_code == 1
    assert _error_lines(linked.stderr) == [f"error: {seeded}: {FULL}"]
    _check_intact(seeded, at_least=5)


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable: immutable (``chattr +i``) as root, read-only mode otherwise."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield
        path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot make a file immutable here (root ignores file modes)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_an_immutable_database_refuses_writes_with_one_line(seeded: Path, tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(seeded)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    article = tmp_path / "one.txt"
    article.write_text('"Kami siap," kata Joko Widodo.\n')
    with _read_only(seeded):
        for args in (["ingest", str(article)], ["link"], ["mark", "1", "--status", "verified"]):
            result = runner.invoke(cli.app, [*args, "--db", str(seeded)])
            assert result.exit_code == 1, args
            assert _error_lines(result.stderr) == [f"error: {seeded}: {READ_ONLY}"], args
        stats = runner.invoke(cli.app, ["stats", "--db", str(seeded)])
        assert stats.exit_code == 0  # reading still works
    _check_intact(seeded, at_least=5)


@pytest.mark.slow
def test_a_real_full_disk(tmp_path: Path) -> None:
    """A 2 MB tmpfs (needs root): the seeds fit, a large feed does not; then link on the full disk."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                                           capture_output=True, check=False).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        db = disk / "f.db"

        def factcheck(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([sys.executable, "-m", "factcheck", *args, "--db", str(db)], cwd=ROOT,
                                  capture_output=True, text=True, timeout=300, check=False)

        assert factcheck("ingest", str(SEEDS)).returncode == 0
        ingested = factcheck("ingest", str(_feed(tmp_path / "feed.jsonl", 400)))
        assert ingested.returncode == 1
        assert _error_lines(ingested.stderr) == [f"error: {db}: {FULL}"]
        with contextlib.suppress(OSError), open(disk / "filler", "wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        linked = factcheck("link")
        assert linked.returncode == 1
        assert _error_lines(linked.stderr) == [f"error: {db}: {FULL}"]
        _check_intact(db, at_least=5)
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)
