"""FIFOs, sockets and devices, given as a path or found in a folder, are skipped with one error line and
never opened (opening a FIFO blocks until something writes to it)."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.document import RawArticle
from factcheck.ingest.read import InputError, read_inputs

ROOT = Path(__file__).resolve().parents[2]
QUOTE = '"Harga beras turun bulan ini," kata Menteri Perdagangan Zulkifli Hasan.\n'

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A folder holding an article, a FIFO and a socket, all with article suffixes."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(QUOTE)
    os.mkfifo(folder / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.jsonl"))
    yield folder
    sock.close()


def test_non_regular_files_are_skipped_with_an_error(folder: Path) -> None:
    results = list(read_inputs([str(folder), str(folder / "pipe.txt"), "/dev/null"]))
    assert [r.source for r in results if isinstance(r, RawArticle)] == [str(folder / "a.txt")]
    assert sorted(str(r) for r in results if isinstance(r, InputError)) == sorted([
        f"{folder / 'pipe.txt'}: not a regular file (a FIFO), skipped",
        f"{folder / 'sock.jsonl'}: not a regular file (a socket), skipped",
        f"{folder / 'pipe.txt'}: not a regular file (a FIFO), skipped",
        "/dev/null: not a regular file (a character device), skipped",
    ])


@pytest.mark.slow
def test_ingest_does_not_hang_on_a_fifo(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "ingest", str(folder), str(folder / "pipe.txt"), "--db", str(db)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {folder / 'pipe.txt'}: not a regular file (a FIFO), skipped",
                      f"error: {folder / 'sock.jsonl'}: not a regular file (a socket), skipped",
                      f"error: {folder / 'pipe.txt'}: not a regular file (a FIFO), skipped"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM article").fetchall() == [(str(folder / "a.txt"),)]
