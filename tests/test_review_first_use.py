"""What a first-time reviewer needs to see: the cursor row, where a claim went, the keys at 80×24,
what the columns mean, who said what in the article, and a report that never overwrites silently."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from textual.pilot import Pilot
from textual.widgets import Footer, Input, TextArea

from conftest import run_async
from test_review_app import SIZE, claim_list, current_id, settle, status_of

from factcheck.review.app import ReviewApp
from factcheck.review.screens.export import ExportScreen
from factcheck.review.screens.help import HelpScreen
from factcheck.review.screens.main import REPORT_FILE

SMALL = (80, 24)


def messages(app: ReviewApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


def backgrounds(pilot: Pilot, y: int) -> set:
    return {segment.style.bgcolor for segment in claim_list(pilot).render_line(y) if segment.style}


@run_async
async def test_the_cursor_row_has_its_own_background(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cursor, other = backgrounds(pilot, 0), backgrounds(pilot, 1)
        assert len(cursor) == 1 and len(other) == 1
        assert cursor != other
        assert cursor == {claim_list(pilot).get_component_rich_style("claim-list--cursor").bgcolor}


@run_async
async def test_a_verdict_that_moves_the_claim_says_so(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert any("claim 1 is verified: it moves to the reviewed claims" in m for m in messages(app))
        await pilot.press("s")  # filter: unreviewed
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert any("it leaves this list (filter: unreviewed)" in m for m in messages(app))


@run_async
async def test_the_footer_at_80_columns_keeps_undo_help_and_quit(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        shown = {key.key: key.region for key in footer.query("FooterKey")}
        for key in ("u", "question_mark", "q", "c", "x", "n", "slash"):
            assert key in shown, key
            assert shown[key].right <= SMALL[0] and shown[key].width > 0, key


@run_async
async def test_help_explains_the_columns_and_the_symbols(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        legend = app.screen.query_one("#help-legend").content.plain
        for said in ("SRC: how many independent sources", "· unreviewed", "? check-worthy", "✓ verified",
                     "~ disputed", "✗ false", "- dismissed", "match N"):
            assert said in legend, said


@run_async
async def test_the_article_view_says_who_said_each_claim(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        plain = app.screen.query_one("#article-text").content.plain
        assert "memiliki hubungan ⟨Patrick Ryder⟩" in plain
        assert "ke Korea Utara ⟨Matthew Miller⟩" in plain


@run_async
async def test_undoing_a_removed_note_says_the_note_is_back(claims_engine: Engine) -> None:
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        while current_id(pilot) != 4:
            await pilot.press("k")
        await pilot.press("n")
        app.screen.query_one(TextArea).clear()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert status_of(claims_engine, 4) == ("verified", None)
        await pilot.press("u")
        await settle(pilot)
        assert status_of(claims_engine, 4) == ("verified", "Resolusi DK PBB 1718.")
        assert "undone: the note of claim 4 is back" in messages(app)
        assert not any("unreviewed again" in m for m in messages(app))


@run_async
async def test_e_asks_where_and_replaces_a_file_only_when_confirmed(
    claims_engine: Engine, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / REPORT_FILE
    existing.write_text("my own notes", encoding="utf-8")
    app = ReviewApp(claims_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one(Input).value == str(existing)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen), "an existing file needs a second enter"
        assert "exists" in str(app.screen.query_one("#export-hint").content)
        assert existing.read_text(encoding="utf-8") == "my own notes"
        await pilot.press("escape")
        assert existing.read_text(encoding="utf-8") == "my own notes"
        await pilot.press("e")
        field = app.screen.query_one(Input)
        field.value = str(tmp_path / "other.md")
        await pilot.press("enter")
        await settle(pilot)
        assert "kesepakatan senjata" in (tmp_path / "other.md").read_text(encoding="utf-8")
        await pilot.press("e", "enter", "enter")
        await settle(pilot)
        assert "kesepakatan senjata" in existing.read_text(encoding="utf-8")
