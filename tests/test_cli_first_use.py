"""The command line as a first-time user meets it: help with defaults in workflow order, statuses
spelt as the UI spells them, outlet filters like speaker filters, and counts in good English."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

from conftest import SEEDS

runner = CliRunner()


def test_help_lists_commands_in_workflow_order_with_defaults() -> None:
    listing = runner.invoke(app, ["--help"]).stdout
    commands = [line.split()[0] for line in listing.split("Commands:")[1].splitlines() if line.strip()]
    assert commands.index("ingest") < commands.index("link") < commands.index("review") < commands.index("export")
    assert commands.index("export") < commands.index("stats") < commands.index("eval")
    export = runner.invoke(app, ["export", "--help"]).stdout
    assert "[default: md]" in " ".join(export.split())
    assert "[env var: FACTCHECK_DB]" in export
    assert "<bool>" not in export and "<bool>" not in listing


def test_check_worthy_is_accepted_however_spelt(seeded_db: Path) -> None:
    for spelling in ("check-worthy", "Check worthy", "checkworthy"):
        marked = runner.invoke(app, ["mark", "2", "--status", spelling, "--db", str(seeded_db)])
        assert marked.exit_code == 0, marked.output
        assert marked.stdout.strip() == "2\tcheckworthy"
    for spelling in ("check-worthy", "checkworthy"):
        exported = runner.invoke(app, ["export", "-f", "json", "--status", spelling, "--db", str(seeded_db)])
        assert exported.exit_code == 0, exported.output
        assert [claim["id"] for claim in json.loads(exported.stdout)] == [2]
    refused = runner.invoke(app, ["export", "--status", "bogus", "--db", str(seeded_db)])
    assert refused.exit_code == 2 and "check-worthy" in refused.stderr


def _outlets(db: Path, *args: str) -> set[str]:
    result = runner.invoke(app, ["export", "-f", "json", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return {claim["outlet"] for claim in json.loads(result.stdout)}


def test_outlet_matches_part_of_the_name_in_any_case_like_speaker(seeded_db: Path) -> None:
    assert _outlets(seeded_db, "--outlet", "bisnis") == {"Bisnis.com"}
    assert _outlets(seeded_db, "--outlet", "BISNIS.COM") == {"Bisnis.com"}
    assert _outlets(seeded_db, "--outlet", "nowhere") == set()
    with sqlite3.connect(seeded_db) as conn:
        speaker = conn.execute("SELECT name FROM speaker ORDER BY id LIMIT 1").fetchone()[0]
    part = speaker.split()[-1].lower()
    result = runner.invoke(app, ["export", "-f", "json", "--speaker", part, "--db", str(seeded_db)])
    assert {claim["speaker"] for claim in json.loads(result.stdout)} >= {speaker}


def test_counts_are_said_in_the_singular_and_plural(tmp_path: Path) -> None:
    db = str(tmp_path / "one.db")
    one = runner.invoke(app, ["ingest", str(sorted(SEEDS.glob("*.txt"))[0]), "--db", db])
    assert "1 article added (" in one.stderr and "1 articles" not in one.stderr
    linked = runner.invoke(app, ["link", "--db", db])
    assert "0 links, 0 groups in" in linked.stderr and "largest" not in linked.stderr
