"""Writing exports: stdout, atomic file writes, and the ``factcheck export`` command's exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from export_fixtures import reviewed_fixture_db
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.export import write_output


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("cli") / "fixture.db"
    reviewed_fixture_db(path).dispose()
    return str(path)


def test_write_output_creates_only_the_named_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_output("# Laporan “kutipan”\n", target)
    assert target.read_bytes() == "# Laporan “kutipan”\n".encode("utf-8")
    assert os.listdir(tmp_path) == ["report.md"]


def test_write_output_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    target.write_text("old content that is longer than the new one\n")
    write_output("a,b\r\n", target)
    assert target.read_bytes() == b"a,b\r\n"
    assert os.listdir(tmp_path) == ["claims.csv"]


def test_write_output_failure_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "folder"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    with pytest.raises(OSError):
        write_output("data", target)
    assert sorted(os.listdir(tmp_path)) == ["folder"]
    assert os.listdir(target) == ["keep.txt"]


def test_write_output_to_stdout(capsysbinary) -> None:  # type: ignore[no-untyped-def]
    write_output("satu\r\ndua “tiga”\n", None)
    assert capsysbinary.readouterr().out == "satu\r\ndua “tiga”\n".encode("utf-8")


def test_cli_export_to_stdout(fixture_db: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", fixture_db, "--format", "jsonl", "--status", "verified"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [1]


def test_cli_export_default_is_the_markdown_report(fixture_db: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", fixture_db, "--outlet", "Kompas"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Citations report\n") and "outlet Kompas" in result.stdout


def test_cli_export_writes_the_output_file(fixture_db: str, tmp_path: Path) -> None:
    target = tmp_path / "reviews.json"
    result = CliRunner().invoke(
        app, ["export", "--db", fixture_db, "-f", "claimreview", "-o", str(target), "--publisher", "Cek Fakta"]
    )
    assert result.exit_code == 0, result.output
    assert os.listdir(tmp_path) == ["reviews.json"]
    assert {r["author"]["name"] for r in json.loads(target.read_text(encoding="utf-8"))} == {"Cek Fakta"}


@pytest.mark.parametrize(
    "args",
    [["--format", "pdf"], ["--status", "benar"], ["--since", "17-01-2024"]],
)
def test_cli_export_usage_errors_exit_2(fixture_db: str, args: list[str], tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    result = CliRunner().invoke(app, ["export", "--db", fixture_db, "-o", str(target), *args])
    assert result.exit_code == 2
    assert not target.exists()


def test_cli_export_unwritable_output_exits_1(fixture_db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", fixture_db, "-o", str(tmp_path / "missing" / "out.md")])
    assert result.exit_code == 1
    assert "cannot write" in result.output
    assert os.listdir(tmp_path) == []
