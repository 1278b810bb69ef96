"""`make run` on a fresh copy of the project, without a terminal: it sets up, ingests the seeds and prints a summary."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_make_run_without_a_terminal(tmp_path: Path) -> None:
    copy = tmp_path / "factcheck"
    for name in ("pyproject.toml", "Makefile", "README.md", "factcheck", "seeds", "db"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.db*"))
        else:
            copy.mkdir(exist_ok=True)
            shutil.copy2(source, copy / name)
    result = subprocess.run(
        ["make", "run"], cwd=copy, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=1200
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "5 articles added" in result.stderr
    summary = result.stdout
    assert "article               5" in summary
    for outlet in ("Antara", "Bisnis.com", "Republika", "Tempo", "Reuters", "Yonhap"):
        assert outlet in summary
    assert (copy / "db" / "factcheck.db").exists()
    again = subprocess.run(["make", "run"], cwd=copy, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "5 skipped as duplicates" in again.stderr
