"""CSV cells that a spreadsheet would read as a formula, however they are disguised, are neutralised."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import update
from sqlmodel import Session

from export_fixtures import reviewed_fixture_db
from factcheck.export import render
from factcheck.export.csvrows import cell
from factcheck.models import Claim
from factcheck.queries import ClaimFilter

DISGUISED = [
    " =1+1",
    "   =HYPERLINK(\"http://evil.example\")",
    "\u00a0=1+1",  # no-break space
    "\u200b=1+1",  # zero-width space
    "\ufeff=1+1",  # byte order mark
    "\u2060@SUM(A1)",  # word joiner
    "\u3000+1",  # ideographic space
    "\u200b \u200d-1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
    "﹦1+1",
    " ＝cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("value", DISGUISED)
def test_disguised_formulas_are_neutralised(value: str) -> None:
    assert cell(value).startswith("'")


@pytest.mark.parametrize("value", ["Kompas", " Kompas", "\u200bKompas", "1 = 1", "harga ＝ 5", "e-mail", "＃1", "", "   "])
def test_ordinary_cells_are_kept(value: str) -> None:
    assert cell(value) == value


def test_csv_export_neutralises_disguised_formulas_in_notes_and_assertions(tmp_path) -> None:
    engine = reviewed_fixture_db(tmp_path / "csv.db")
    with Session(engine) as session:
        session.execute(update(Claim).where(Claim.id == 1).values(note="\u200b=HYPERLINK(\"http://evil.example\")"))
        session.execute(update(Claim).where(Claim.id == 2).values(assertion="＝1+1"))
        session.commit()
    rows = {row["claim_id"]: row for row in csv.DictReader(io.StringIO(render(engine, "csv", ClaimFilter())))}
    assert rows["1"]["note"] == "'\u200b=HYPERLINK(\"http://evil.example\")"
    assert rows["2"]["assertion"] == "'＝1+1"
    engine.dispose()
