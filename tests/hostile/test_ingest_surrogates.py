"""Strings that are not valid Unicode (undecodable bytes in file names and arguments, lone surrogates
in JSON) are stored and printed with visible escapes; the run goes on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.document import RawArticle
from factcheck.ingest.normalize_text import escape_surrogates
from factcheck.ingest.read import read_inputs

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _quote(n: int) -> str:
    return f'"Harga beras turun {n} persen bulan ini," kata Menteri Perdagangan Zulkifli Hasan.\n'


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_escape_surrogates() -> None:
    assert escape_surrogates(os.fsdecode(b"bad\xff.txt")) == "bad\\xff.txt"
    assert escape_surrogates("https://x/\udfff") == "https://x/\\udfff"
    assert escape_surrogates("Déjà vu 🙂") == "Déjà vu 🙂"
    assert escape_surrogates("\ud83d").encode("utf-8") == b"\\ud83d"


def test_a_file_name_that_is_not_utf8_is_read_and_named_with_escapes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as handle:
        handle.write(_quote(1).encode())
    [article] = read_inputs([str(tmp_path / "in")])
    assert isinstance(article, RawArticle)
    assert article.source == f"{tmp_path / 'in'}/bad\\xff.txt"
    article.source.encode("utf-8")


def test_jsonl_metadata_with_lone_surrogates_and_nul_is_stored(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    record = {"text": _quote(2), "url": "https://x/\udfff", "title": "Judul \udfff", "outlet": "Outlet\u0000 \udfff"}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _rows(db, "SELECT url FROM article") == [("https://x/\\udfff",)]
    assert _rows(db, "SELECT name FROM outlet") == [("Outlet \\udfff",)]


def test_mark_note_and_export_speaker_with_undecodable_bytes(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    (tmp_path / "a.txt").write_text(_quote(3))
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    marked = runner.invoke(app, ["mark", "1", "--note", os.fsdecode(b"\xff"), "--reviewer", os.fsdecode(b"r\xfe"),
                                 "--db", str(db)])
    assert marked.exit_code == 0, marked.output
    assert _rows(db, "SELECT note, reviewer FROM review_event") == [("\\xff", "r\\xfe")]
    exported = runner.invoke(app, ["export", "--format", "jsonl", "--speaker", os.fsdecode(b"\xff"), "--db", str(db)])
    assert exported.exit_code == 0, exported.output
    assert exported.stdout == ""  # no speaker is called "\xff"
    everything = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert json.loads(everything.stdout)["note"] == "\\xff"


def test_a_database_path_that_is_not_utf8_is_one_error_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", os.fsdecode(os.fsencode(tmp_path) + b"/x\xff.db")])
    assert result.exit_code == 1
    expected = f"error: {tmp_path}/x\\xff.db: the database path is not valid UTF-8; rename it"
    assert result.stderr.strip().splitlines() == [expected]


@pytest.mark.slow
def test_a_folder_with_one_bad_name_stores_every_good_file(tmp_path: Path) -> None:
    """51 files, one named with an invalid UTF-8 byte, and real undecodable bytes in the arguments."""
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    for n in range(50):
        (tmp_path / "in" / f"{n:02d}.txt").write_text(_quote(n))
    with open(os.path.join(folder, b"25\xff.txt"), "wb") as handle:
        handle.write(_quote(99).encode())
    db = tmp_path / "f.db"

    def factcheck(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "factcheck", *args, "--db", str(db)], cwd=ROOT,
                              capture_output=True, timeout=300, check=False)

    ingested = factcheck("ingest", folder)
    assert ingested.returncode == 0, ingested.stderr.decode(errors="replace")
    assert b"51 articles added" in ingested.stderr
    assert _rows(db, "SELECT count(*) FROM article") == [(51,)]
    assert (f"{tmp_path / 'in'}/25\\xff.txt",) in _rows(db, "SELECT source FROM article")
    marked = factcheck("mark", "1", "--note", b"\xff")
    assert marked.returncode == 0, marked.stderr
    exported = factcheck("export", "--format", "csv", "--speaker", b"\xff")
    assert exported.returncode == 0, exported.stderr
    assert b"Traceback" not in exported.stderr + marked.stderr + ingested.stderr
