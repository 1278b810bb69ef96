"""Faults and concurrency with real processes: nothing a reviewer wrote is lost, no partial article exists."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FACTCHECK = [sys.executable, "-m", "factcheck"]

pytestmark = pytest.mark.slow


def _write_articles(folder: Path, count: int, tag: str) -> None:
    """``count`` distinct articles built from the seeds, one file each."""
    folder.mkdir(parents=True)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(count):
        (folder / f"{tag}-{i:04d}.txt").write_text(f"Laporan {tag} nomor {i}.\n\n{texts[i % len(texts)]}", encoding="utf-8")


def _query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchall()


def _reviewable_claims(db: Path, count: int) -> list[int]:
    """Insert an article with ``count`` claims directly, for a reviewer process to work on."""
    from factcheck.db import make_engine

    make_engine(str(db))
    with sqlite3.connect(db) as conn:
        cur = conn.execute(
            "INSERT INTO article (source, sha256, language, text, raw_text, decoding, ingested_at) "
            "VALUES ('fixture', 'fixture-sha', 'id', 'x', 'x', 'utf-8', '2024-01-01')"
        )
        article_id = cur.lastrowid
        ids = [
            conn.execute(
                "INSERT INTO claim (article_id, speaker_text, assertion, verb, kind, start, \"end\", status, independent_sources) "
                "VALUES (?, 'X', ?, 'kata', 'direct', 0, 1, 'unreviewed', 1)",
                (article_id, f"pernyataan nomor {i}"),
            ).lastrowid
            for i in range(count)
        ]
    return ids


REVIEWER_SCRIPT = """
import sys
from factcheck.db import make_engine
from factcheck.review.actions import apply_review
engine = make_engine(sys.argv[1])
for round_ in range(3):
    for claim_id in map(int, sys.argv[2:]):
        apply_review(engine, claim_id, status="verified", note=f"catatan {claim_id} putaran {round_}", reviewer="rina")
"""


def test_two_ingests_and_a_reviewer_at_once(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    claim_ids = _reviewable_claims(db, 40)
    _write_articles(tmp_path / "a", 60, "a")
    _write_articles(tmp_path / "b", 60, "b")
    procs = [
        subprocess.Popen([*FACTCHECK, "ingest", str(tmp_path / name), "--db", str(db)], stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    procs.append(
        subprocess.Popen([sys.executable, "-c", REVIEWER_SCRIPT, str(db), *map(str, claim_ids)], stderr=subprocess.PIPE, text=True)
    )
    outputs = [(proc.wait(timeout=600), proc.stderr.read()) for proc in procs]
    for code, stderr in outputs:
        assert code == 0, stderr
        assert "locked" not in stderr.lower()
    assert _query(db, "SELECT count(*) FROM article WHERE source != 'fixture'") == [(120,)]
    assert _query(db, "SELECT count(*) FROM review_event") == [(3 * len(claim_ids),)]
    assert _query(db, "SELECT count(*) FROM claim WHERE status = 'verified' AND note LIKE '%putaran 2'") == [(len(claim_ids),)]


def test_kill_9_mid_ingest_then_rerun(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    _write_articles(tmp_path / "many", 400, "k")
    command = [*FACTCHECK, "ingest", str(tmp_path / "many"), "--db", str(db)]
    proc = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if db.exists() and _query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'article'") == [(1,)]:
            if _query(db, "SELECT count(*) FROM article")[0][0] >= 20:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _query(db, "SELECT count(*) FROM article")[0][0]
    assert 20 <= stored < 400, "the kill must land mid-ingest"
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]
    assert _query(db, "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.article_id = a.id)") == [(0,)]
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{400 - stored} articles added" in rerun.stderr and f"{stored} skipped as duplicates" in rerun.stderr
    assert _query(db, "SELECT count(*) FROM article") == [(400,)]
