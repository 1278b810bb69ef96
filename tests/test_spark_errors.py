"""``--engine spark`` without what Spark needs: one error line, exit 1, nothing written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db import make_engine

runner = CliRunner()


def _linked(db: Path) -> int:
    engine = make_engine(str(db))
    with engine.connect() as conn:
        count = conn.execute(text("SELECT COUNT(*) FROM claim_match")).scalar_one()
    engine.dispose()
    return count


def _new_db(tmp_path: Path) -> str:
    db = tmp_path / "f.db"
    make_engine(str(db)).dispose()
    return str(db)


def _one_line_error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, (result.stderr, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [["link"], ["ingest", "corpus.jsonl"]])
def test_without_the_extra_the_error_says_how_to_install_it(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m.startswith("factcheck.spark")]:
        monkeypatch.delitem(sys.modules, name)
    for name in ("pyspark", "pyarrow", "pandas"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as when the extra is not installed
    line = _one_line_error([*command, "--engine", "spark", "--db", _new_db(tmp_path)])
    assert "pip install 'factcheck[spark]'" in line


@pytest.mark.spark
def test_without_java_the_error_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    line = _one_line_error(["link", "--engine", "spark", "--db", _new_db(tmp_path)])
    assert "Java not found" in line


@pytest.mark.spark
def test_an_unreachable_master_is_one_error_line(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    db = tmp_path / "f.db"
    assert runner.invoke(app, ["ingest", str(Path(__file__).parents[1] / "seeds"), "--db", str(db)]).exit_code == 0
    line = _one_line_error(["link", "--engine", "spark", "--spark-master", "spark://127.0.0.1:9", "--db", str(db)])
    assert "Spark master spark://127.0.0.1:9 is unreachable" in line
    assert _linked(db) == 0
