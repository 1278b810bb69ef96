"""Undo reverts only the undoer's own last action, and only while no one has acted on the claim since."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from conftest import run_async
from factcheck.review.actions import ReviewError, apply_review, undo
from factcheck.review.app import ReviewApp
from test_review_app import SIZE, events, settle, status_of


def test_undo_after_another_reviewers_verdict_is_refused(claims_engine: Engine) -> None:
    mine = apply_review(claims_engine, 1, status="false", note="angka salah", reviewer="budi")
    apply_review(claims_engine, 1, status="verified", reviewer="ana")
    with pytest.raises(ReviewError, match=r"claim 1 was changed by ana after this action \(it is now verified\); not undone"):
        undo(claims_engine, mine)
    assert status_of(claims_engine, 1) == ("verified", "angka salah")
    assert [e[0] for e in events(claims_engine, 1)] == ["false", "verified"]


def test_undo_of_the_latest_action_restores_and_is_recorded_as_its_reviewer(claims_engine: Engine) -> None:
    apply_review(claims_engine, 1, status="disputed", reviewer="ana")
    mine = apply_review(claims_engine, 1, status="false", note="angka salah", reviewer="budi")
    undone = undo(claims_engine, mine)
    assert (undone.status, undone.note, undone.reviewer) == ("disputed", None, "budi")
    assert status_of(claims_engine, 1) == ("disputed", None)
    with pytest.raises(ReviewError, match="was changed by budi"):
        undo(claims_engine, mine)  # the same action cannot be undone twice


@run_async
async def test_u_in_the_ui_keeps_a_later_verdict_of_another_reviewer(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="budi")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert status_of(claims_engine, 1) == ("false", None)
        apply_review(claims_engine, 1, status="verified", reviewer="ana")
        await pilot.press("u")
        await settle(pilot)
        assert app.is_running
        assert status_of(claims_engine, 1) == ("verified", None)
        messages = [n.message for n in app._notifications]
        assert any("not undone: claim 1 was changed by ana" in m for m in messages), messages
        await pilot.press("u")  # the refused action left the history: nothing else to undo
        await settle(pilot)
        assert status_of(claims_engine, 1) == ("verified", None)
        assert any(n.message == "nothing to undo" for n in app._notifications)
