"""Snapshots of the review UI on the seed articles (fixed terminal size, nothing time-dependent shown).

Update them with ``pytest tests/test_review_snapshots.py --snapshot-update`` after a deliberate change.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from textual.pilot import Pilot
from textual.widgets import TextArea

from factcheck.review.app import ReviewApp
from test_review_app import SIZE, settle


def test_main_screen(seeded_engine: Engine, snap_compare) -> None:
    assert snap_compare(ReviewApp(seeded_engine), terminal_size=SIZE, run_before=settle)


def test_main_screen_after_moving_down(seeded_engine: Engine, snap_compare) -> None:
    async def move(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await settle(pilot)

    assert snap_compare(ReviewApp(seeded_engine), terminal_size=SIZE, run_before=move)


def test_help_screen(seeded_engine: Engine, snap_compare) -> None:
    async def open_help(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")

    assert snap_compare(ReviewApp(seeded_engine), terminal_size=SIZE, run_before=open_help)


def test_note_modal(seeded_engine: Engine, snap_compare) -> None:
    async def open_note(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("n")
        pilot.app.screen.query_one(TextArea).cursor_blink = False
        await pilot.press(*"Periksa transkrip")

    assert snap_compare(ReviewApp(seeded_engine), terminal_size=SIZE, run_before=open_note)


def test_main_screen_at_80_by_24(seeded_engine: Engine, snap_compare) -> None:
    async def cursor_down(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)

    assert snap_compare(ReviewApp(seeded_engine), terminal_size=(80, 24), run_before=cursor_down)
