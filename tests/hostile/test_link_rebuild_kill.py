"""A `link --rebuild` killed with SIGKILL at any moment leaves the links as they were (one transaction)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.bench_link import _insert, generated_claims
from factcheck.db import make_engine

pytestmark = pytest.mark.slow


def _links(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT claim_a, claim_b, relation FROM claim_link ORDER BY 1, 2").fetchall()


def test_a_killed_rebuild_keeps_every_link(tmp_path: Path) -> None:
    db = tmp_path / "links.db"
    engine = make_engine(str(db))
    assertions, articles, _ = generated_claims(20_000, 3)
    _insert(engine, assertions, articles, 0, len(assertions))
    engine.dispose()
    command = [sys.executable, "-m", "factcheck", "link", "--db", str(db)]
    subprocess.run(command, check=True, capture_output=True, cwd=Path(__file__).parents[2])
    before = _links(db)
    assert len(before) > 1_000
    killed = 0
    for delay in (0.5, 1.0, 1.5, 2.0, 3.0):  # kill the rebuild at several moments of its work
        rebuild = subprocess.Popen([*command, "--rebuild"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   cwd=Path(__file__).parents[2])
        time.sleep(delay)
        if rebuild.poll() is None:
            os.kill(rebuild.pid, signal.SIGKILL)
        killed += rebuild.wait() == -signal.SIGKILL
        assert _links(db) == before, f"links changed by a rebuild killed after {delay} s"
    assert killed >= 3  # the kills landed while it worked
