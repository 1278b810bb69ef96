"""Assignment: `a` assigns a claim to a reviewer from a palette of known reviewers, `m` shows the
claims assigned to me, the assignee survives verdicts, undo and re-extraction, and is exported."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual.command import CommandPalette
from textual.pilot import Pilot

from conftest import run_async
from test_review_app import SIZE, claim_list, listed_ids, settle, status_line

from factcheck.db import make_engine
from factcheck.export import render
from factcheck.models import Claim, ReviewEvent
from factcheck.queries import ClaimFilter, known_reviewers
from factcheck.review.actions import apply_review
from factcheck.review.app import ReviewApp
from factcheck.review.screens.reviewer import ReviewerScreen
from factcheck.review.widgets.claim_detail import ClaimDetailView
from factcheck.store import reprocess_all

DATA = Path(__file__).parent / "data"


def assignee(engine: Engine, claim_id: int) -> str | None:
    with Session(engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim.assignee


def last_event(engine: Engine, claim_id: int) -> tuple:
    with Session(engine) as session:
        return tuple(session.execute(
            select(ReviewEvent.status, ReviewEvent.assignee, ReviewEvent.reviewer)
            .where(ReviewEvent.claim_id == claim_id).order_by(ReviewEvent.id.desc()).limit(1)
        ).one())


async def pick(pilot: Pilot, typed: str) -> None:
    """Open the assign palette on the current claim, type, and take the first hit."""
    await pilot.press("a")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*typed)
    await settle(pilot)
    await pilot.press("down", "enter")
    await settle(pilot)


@run_async
async def test_a_assigns_from_the_known_reviewers_and_m_shows_mine(claims_engine: Engine) -> None:
    apply_review(claims_engine, 5, note="cek angka BPS", reviewer="budi")
    with Session(claims_engine) as session:
        assert known_reviewers(session) == ["budi"]
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pick(pilot, "budi")
        assert assignee(claims_engine, 1) == "budi"
        assert last_event(claims_engine, 1) == ("unreviewed", "budi", "ana"), "who assigned, to whom"
        assert "assigned to budi" in app.screen.query_one(ClaimDetailView).content.plain
        await pilot.press("j")
        await pick(pilot, "ana (me")
        assert assignee(claims_engine, 2) == "ana"
        await pilot.press("m")
        await settle(pilot)
        assert listed_ids(pilot) == [2]
        assert "assigned to ana" in status_line(pilot)
        await pilot.press("v")  # a verdict keeps the assignee
        await settle(pilot)
        assert (assignee(claims_engine, 2), last_event(claims_engine, 2)) == ("ana", ("verified", "ana", "ana"))
        await pilot.press("m")
        await settle(pilot)
        assert sorted(listed_ids(pilot)) == [1, 2, 3, 4, 5]


@run_async
async def test_nobody_unassigns_someone_else_asks_and_undo_restores(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pick(pilot, "someone")
        assert isinstance(app.screen, ReviewerScreen)
        await pilot.press(*"Citra", "enter")
        await settle(pilot)
        assert assignee(claims_engine, 1) == "Citra"
        await pick(pilot, "nobody")
        assert assignee(claims_engine, 1) is None
        await pilot.press("u")
        await settle(pilot)
        assert assignee(claims_engine, 1) == "Citra"
        assert "undone: claim 1 is assigned to Citra again" in [str(n.message) for n in app._notifications]
        await pick(pilot, "someone")
        await pilot.press("escape")  # cancelling the name leaves the claim as it is
        await settle(pilot)
        assert assignee(claims_engine, 1) == "Citra" and claim_list(pilot).current_row.id == 1  # type: ignore[union-attr]


def test_the_assignee_survives_reextraction(seeded_engine: Engine) -> None:
    apply_review(seeded_engine, 3, assignee="budi", reviewer="ana")
    with Session(seeded_engine) as session:
        assertion = session.get(Claim, 3).assertion  # type: ignore[union-attr]
    reprocess_all(seeded_engine)
    with Session(seeded_engine) as session:
        found = session.execute(select(Claim.assignee).where(Claim.assertion == assertion)).scalars().all()
    assert found == ["budi"]


def test_exports_carry_the_assignee(claims_engine: Engine) -> None:
    apply_review(claims_engine, 4, assignee="budi", reviewer="ana")
    objects = json.loads(render(claims_engine, "json", ClaimFilter()))
    assert {o["id"]: o["assignee"] for o in objects} == {1: None, 2: None, 3: None, 4: "budi", 5: None}
    assert list(objects[0])[-1] == "assignee", "a new key goes after the contract's keys"
    rows = list(csv.DictReader(io.StringIO(render(claims_engine, "csv", ClaimFilter()))))
    assert {row["claim_id"]: row["assignee"] for row in rows}["4"] == "budi"
    mine = json.loads(render(claims_engine, "json", ClaimFilter(assignee="budi")))
    assert [o["id"] for o in mine] == [4]


def test_a_version_6_database_gains_the_assignee(tmp_path: Path) -> None:
    db = tmp_path / "v6.db"
    shutil.copy(DATA / "schema_v6.db", db)
    make_engine(str(db)).dispose()
    with sqlite3.connect(db) as conn:
        assert "assignee" in {row[1] for row in conn.execute("PRAGMA table_info(claim)")}
        assert "assignee" in {row[1] for row in conn.execute("PRAGMA table_info(review_event)")}
        assert "ix_claim_assignee" in {row[1] for row in conn.execute("PRAGMA index_list(claim)")}
        assert conn.execute("SELECT count(*) FROM claim WHERE assignee IS NOT NULL").fetchone() == (0,)


def test_assigning_a_reviewed_claim_leaves_its_claimreview_author(claims_engine: Engine) -> None:
    apply_review(claims_engine, 4, status="false", reviewer="rina")
    apply_review(claims_engine, 4, assignee="budi", reviewer="ana")
    (review,) = [r for r in json.loads(render(claims_engine, "claimreview", ClaimFilter())) if "PBB" in r["claimReviewed"]]
    assert review["author"]["name"] == "rina"


def test_assignment_on_every_backend(db_url: str) -> None:
    from conftest import add_newsroom

    from factcheck.queries import count_claims

    engine = make_engine(db_url)
    add_newsroom(engine)
    apply_review(engine, 2, assignee="budi", reviewer="ana")
    apply_review(engine, 2, status="verified", reviewer="budi")
    with Session(engine) as session:
        assert known_reviewers(session) == ["ana", "budi"]
        assert count_claims(session, ClaimFilter(assignee="budi")) == 1
    assert (assignee(engine, 2), last_event(engine, 2)) == ("budi", ("verified", "budi", "budi"))
    assert [o["id"] for o in json.loads(render(engine, "json", ClaimFilter(assignee="budi")))] == [2]
    engine.dispose()
