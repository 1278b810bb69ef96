"""The review UI driven key by key; every action is checked in the database afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from conftest import run_async

from factcheck.models import Claim, ReviewEvent
from factcheck.review.actions import apply_review
from factcheck.review.app import ReviewApp
from factcheck.review.screens.article import ArticleScreen
from factcheck.review.screens.help import HelpScreen
from factcheck.review.screens.main import REPORT_FILE, ReviewScreen
from factcheck.review.screens.note import NoteScreen
from factcheck.review.widgets.claim_detail import ClaimDetailView
from factcheck.review.widgets.claim_list import ClaimList

SIZE = (120, 36)


async def settle(pilot: Pilot) -> None:
    """Wait until the workers (and the workers they start) are done and the screen is updated."""
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def claim_list(pilot: Pilot) -> ClaimList:
    return pilot.app.screen.query_one(ClaimList)


def listed_ids(pilot: Pilot) -> list[int]:
    claims = claim_list(pilot)
    return [row.id for row in (claims.row_at(i) for i in range(claims.total)) if row is not None]


def current_id(pilot: Pilot) -> int | None:
    row = claim_list(pilot).current_row
    return row.id if row else None


def status_of(engine: Engine, claim_id: int) -> tuple[str, str | None]:
    with Session(engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        return claim.status, claim.note


def events(engine: Engine, claim_id: int) -> list[tuple[str, str | None, str]]:
    with Session(engine) as session:
        rows = session.execute(
            select(ReviewEvent.status, ReviewEvent.note, ReviewEvent.reviewer)
            .where(ReviewEvent.claim_id == claim_id)
            .order_by(ReviewEvent.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def status_line(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one("#status-line").content)


@run_async
async def test_opens_with_counts_and_first_claim(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert status_line(pilot) == (
            "factcheck · ana — 5 claims · 3 unreviewed · filter: all · sort: unreviewed first"
        )
        assert listed_ids(pilot) == [1, 2, 3, 4, 5]
        assert current_id(pilot) == 1
        detail = str(app.screen.query_one(ClaimDetailView).content)
        assert "Patrick Ryder — Sekretaris Pers" in detail
        assert "Antara · 2024-01-17 · seeds/antara.txt" in detail
        support = str(app.screen.query_one("#corroboration").content)
        assert "Kompas · 2024-01-18 · match 91 · same speaker" in support


@pytest.mark.parametrize(
    ("key", "status"),
    [("c", "checkworthy"), ("v", "verified"), ("d", "disputed"), ("f", "false"), ("x", "dismissed")],
)
@run_async
async def test_verdict_key_writes_status_and_event_then_moves_on(claims_engine: Engine, key: str, status: str) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key)
        assert status_of(claims_engine, 1) == (status, None)
        assert events(claims_engine, 1) == [(status, None, "ana")]
        await settle(pilot)
        assert current_id(pilot) == 2
        assert status_line(pilot).startswith("factcheck · ana — 5 claims · 2 unreviewed")


@run_async
async def test_r_puts_a_claim_back_to_unreviewed_and_stays(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("end")  # claim 5, false
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert status_of(claims_engine, 5)[0] == "unreviewed"
        assert events(claims_engine, 5) == [("unreviewed", None, "ana")]
        assert current_id(pilot) == 5


@run_async
async def test_movement_keys(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        assert current_id(pilot) == 3
        await pilot.press("k")
        assert current_id(pilot) == 2
        await pilot.press("down", "down", "down", "down")
        assert current_id(pilot) == 5  # stops at the last claim
        await pilot.press("up")
        assert current_id(pilot) == 4
        await pilot.press("home")
        assert current_id(pilot) == 1
        await pilot.press("end")
        assert current_id(pilot) == 5
        await pilot.press("pageup")
        assert current_id(pilot) == 1


@run_async
async def test_note_is_saved_with_ctrl_s(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"Cek transkrip")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ReviewScreen)
        assert status_of(claims_engine, 1) == ("unreviewed", "Cek transkrip")
        assert events(claims_engine, 1) == [("unreviewed", "Cek transkrip", "ana")]
        await settle(pilot)
        assert current_id(pilot) == 1  # a note is not a verdict: the cursor stays


@run_async
async def test_note_editor_shows_the_note_and_escape_cancels(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("end", "up")  # claim 4 has a note
        await settle(pilot)
        await pilot.press("n")
        assert app.screen.query_one(TextArea).text == "Resolusi DK PBB 1718."
        await pilot.press("x", "escape")
        assert isinstance(app.screen, ReviewScreen)
        assert status_of(claims_engine, 4) == ("verified", "Resolusi DK PBB 1718.")
        assert events(claims_engine, 4) == []


@run_async
async def test_undo_restores_status_and_note(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("n", *"salah", "ctrl+s")
        await settle(pilot)
        assert status_of(claims_engine, 2) == ("unreviewed", "salah")
        await pilot.press("u")
        assert status_of(claims_engine, 2) == ("unreviewed", None)
        await pilot.press("u")
        await settle(pilot)
        assert status_of(claims_engine, 1) == ("unreviewed", None)
        assert [e[0] for e in events(claims_engine, 1)] == ["false", "unreviewed"]
        assert current_id(pilot) == 1  # the cursor follows the claim undone
        await pilot.press("u")  # nothing left to undo: nothing written
        assert len(events(claims_engine, 1)) == 2


@run_async
async def test_search_lists_matching_claims(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen.focused, Input)
        await pilot.press(*"senjata", "enter")
        await settle(pilot)
        assert sorted(listed_ids(pilot)) == [2, 4]
        assert "search: “senjata”" in status_line(pilot) and "sort: best match" in status_line(pilot)
        await pilot.press("slash", *"ryder", "enter")  # the old words are selected: typing replaces them
        await settle(pilot)
        assert listed_ids(pilot) == [1, 3]  # speaker names are searched too
        await pilot.press("slash", *"zzzz", "enter")
        await settle(pilot)
        assert listed_ids(pilot) == []
        assert claim_list(pilot).render_line(0).text.startswith("no claims match")
        assert "no claim selected" in str(app.screen.query_one(ClaimDetailView).content)
        await pilot.press("slash")
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")  # an empty search clears it
        await settle(pilot)
        assert listed_ids(pilot) == [1, 2, 3, 4, 5]
        assert "sort: unreviewed first" in status_line(pilot)


@run_async
async def test_s_cycles_the_status_filter(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = []
        for _ in range(7):
            await pilot.press("s")
            await settle(pilot)
            seen.append((status_line(pilot).split("filter: ")[1].split(" · ")[0], listed_ids(pilot)))
        assert seen == [
            ("unreviewed", [1, 2, 3]),
            ("check-worthy", []),
            ("verified", [4]),
            ("disputed", []),
            ("false", [5]),
            ("dismissed", []),
            ("all", [1, 2, 3, 4, 5]),
        ]


@run_async
async def test_o_cycles_the_sort_order(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        orders = []
        for _ in range(5):
            await pilot.press("o")
            await settle(pilot)
            orders.append((status_line(pilot).split("sort: ")[1], listed_ids(pilot)))
        assert orders == [
            ("most sources", [5, 1, 3, 2, 4]),
            ("fewest sources", [2, 4, 1, 3, 5]),
            ("newest", [5, 4, 3, 2, 1]),
            ("speaker", [4, 5, 2, 1, 3]),
            ("unreviewed first", [1, 2, 3, 4, 5]),
        ]


@run_async
async def test_palette_filters_by_outlet_and_speaker_and_clears(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"kompas")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(pilot) == [3, 4]
        assert "outlet: Kompas" in status_line(pilot)
        await pilot.press("ctrl+p", *"ryder")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(pilot) == [3]
        await pilot.press("ctrl+p", *"clear")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(pilot) == [1, 2, 3, 4, 5]
        assert "filter: all · sort" in status_line(pilot)


@run_async
async def test_enter_opens_the_article_with_its_claims_marked(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ArticleScreen)
        text = app.screen.query_one("#article-text").content
        assert text.plain.startswith("Amerika Serikat memperingatkan Korea Utara pada Rabu.")
        marked = {text.plain[span.start : span.end]: str(span.style) for span in text.spans}
        assert marked["Kami telah melihat Rusia menyediakan senjata ke Korea Utara"] == "reverse"  # the selected claim
        assert marked["Jelas, Korea Utara dan Rusia memiliki hubungan"].startswith("underline")
        assert "2 claims marked" in str(app.screen.query_one("#article-heading").content)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert current_id(pilot) == 2


@run_async
async def test_e_writes_the_citations_report(claims_engine: Engine, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.press("enter")
        await settle(pilot)
        report = (tmp_path / REPORT_FILE).read_text(encoding="utf-8")
        assert "kesepakatan senjata akan melanggar resolusi PBB" in report
        assert any(str(tmp_path / REPORT_FILE) in n.message for n in app._notifications)


@run_async
async def test_help_lists_every_key_of_the_screen(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            described = {description for _, description in app.screen.rows}
            for binding in ReviewScreen.BINDINGS:
                assert binding.description in described  # type: ignore[union-attr]
            assert "next claim" in described
            await pilot.press("escape")
            assert isinstance(app.screen, ReviewScreen)


@run_async
async def test_refresh_shows_another_reviewers_verdict(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        apply_review(claims_engine, 2, status="disputed", reviewer="budi")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert [claim_list(pilot).row_at(i).status for i in range(5)] == [  # type: ignore[union-attr]
            "unreviewed", "unreviewed", "disputed", "verified", "false"
        ]
        assert listed_ids(pilot) == [1, 3, 2, 4, 5]
        assert status_line(pilot).startswith("factcheck · ana — 5 claims · 2 unreviewed")
        apply_review(claims_engine, 1, status="verified", reviewer="budi")
        await pilot.press("f5")
        await settle(pilot)
        assert current_id(pilot) == 1  # the cursor stays on its claim as it moves down the list
        assert listed_ids(pilot) == [3, 1, 2, 4, 5]


@run_async
async def test_q_quits(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


@run_async
async def test_a_write_that_fails_is_reported_not_fatal(claims_engine: Engine, monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    from factcheck.review import saving

    def readonly(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("UPDATE claim", {}, Exception("attempt to write a readonly database"))

    app = ReviewApp(claims_engine, reviewer="ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(saving, "apply_review", readonly)
        await pilot.press("v")
        await settle(pilot)
        assert app.is_running
        assert any("not saved (claim 1)" in n.message and "readonly" in n.message for n in app._notifications)
        assert status_of(claims_engine, 1) == ("unreviewed", None)
        assert claim_list(pilot).row_at(0).status == "unreviewed"  # type: ignore[union-attr]  # re-read: not shown as saved


@run_async
async def test_the_list_rereads_on_a_timer(claims_engine: Engine, monkeypatch) -> None:
    from factcheck.review.screens import main

    monkeypatch.setattr(main, "REFRESH_SECONDS", 0.1)
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        apply_review(claims_engine, 3, status="false", reviewer="budi")
        await pilot.pause(0.3)
        await settle(pilot)
        assert listed_ids(pilot) == [1, 2, 3, 4, 5]
        assert claim_list(pilot).row_at(2).status == "false"  # type: ignore[union-attr]
        assert status_line(pilot).startswith("factcheck — 5 claims · 2 unreviewed")
