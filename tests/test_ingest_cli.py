"""`factcheck ingest` end to end: counts, duplicates, bad inputs, stdin, exit codes, transactions."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DETIK = ROOT.parent / "shared" / "corpora" / "detik-1000" / "articles.jsonl"
BODY = "Jakarta - Menteri itu mengatakan harga beras akan turun bulan depan.\n"

runner = CliRunner()


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_seeds_ingest_once(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    first = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "5 articles added" in first.stderr
    again = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db)])
    assert again.exit_code == 0
    assert "0 articles added" in again.stderr and "5 skipped as duplicates" in again.stderr
    assert _count(db, "article") == 5
    with sqlite3.connect(db) as conn:
        outlets = {row[0] for row in conn.execute("SELECT o.name FROM article a JOIN outlet o ON o.id = a.outlet_id")}
        wires = {row[0] for row in conn.execute("SELECT o.name FROM article_wire w JOIN outlet o ON o.id = w.outlet_id")}
    assert outlets == {"Bisnis.com", "Republika", "Tempo", "Antara"}
    assert wires == {"Reuters", "Yonhap"}


def test_bad_inputs_are_reported_and_good_ones_ingested(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    (tmp_path / "in").mkdir()
    good = tmp_path / "in" / "good.txt"
    good.write_text(BODY)
    empty = tmp_path / "in" / "empty.txt"
    empty.write_text(" \n")
    binary = tmp_path / "in" / "pic.txt"
    binary.write_bytes(b"\x00\x01\x02" * 20)
    feed = tmp_path / "in" / "feed.jsonl"
    feed.write_text(json.dumps({"text": BODY + " satu"}) + "\n{oops\n" + json.dumps({"text": BODY + " dua"}) + "\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert sorted(errors) == sorted(
        [
            f"error: {tmp_path / 'missing.txt'}: no such file or directory",
            f"error: {empty}: empty file",
            f"error: {binary}: binary file (contains NUL bytes)",
            f"error: {feed}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
        ]
    )
    assert _count(db, "article") == 3


def test_jsonl_sources_name_file_and_line(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": f"{BODY} nomor {i}", "url": f"https://x/{i}"}) for i in range(3)))
    assert runner.invoke(app, ["ingest", str(feed), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source, url FROM article ORDER BY id").fetchall()
    assert rows == [(f"{feed}:{i + 1}", f"https://x/{i}") for i in range(3)]


def test_stdin(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "ingest", "-", "--db", str(db)],
        input=BODY.encode(), capture_output=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM article").fetchall() == [("<stdin>",)]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["ingest", str(SEEDS), "--lang", "fr", "--db", str(tmp_path / "f.db")]).exit_code == 2
    assert runner.invoke(app, ["ingest"]).exit_code == 2
    assert runner.invoke(app, ["nonsense"]).exit_code == 2


def test_a_crash_mid_article_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import store
    from factcheck.db import make_engine
    from factcheck.ingest.read import read_inputs

    engine = make_engine(str(tmp_path / "f.db"))
    [raw] = [a for a in read_inputs([str(SEEDS / "004_be874db382a9ce3e.txt")])]

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(store, "_store_derived", crash)
    with pytest.raises(RuntimeError):
        store.store_article(engine, raw)
    for table in ("article", "article_wire", "sentence", "claim", "outlet"):
        assert _count(tmp_path / "f.db", table) == 0, table


@pytest.mark.slow
@pytest.mark.skipif(not DETIK.exists(), reason="shared corpora not present")
def test_detik_corpus_ingests_without_errors(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["ingest", str(DETIK), "--db", str(db)])
    assert result.exit_code == 0, result.stderr[-2000:]
    assert "909 articles added" in result.stderr and "91 skipped as duplicates" in result.stderr
    assert "0 rejected" in result.stderr
    assert _count(db, "article") == 909
