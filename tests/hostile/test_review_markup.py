"""Markup in article data (outlets, speakers, assertions, notes) is shown as text everywhere in the review UI."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from textual.command import CommandPalette
from textual.widgets import OptionList
from textual.widgets._toast import Toast

from conftest import ClaimSpec, add_article, run_async
from factcheck.review.app import ReviewApp
from factcheck.review.screens.article import ArticleScreen
from factcheck.review.widgets.claim_detail import ClaimDetailView
from factcheck.review.widgets.claim_list import ClaimList
from test_review_app import SIZE, listed_ids, settle

QUIT_OUTLET = "[@click=app.quit]ClickMe[/]"
BAD_SPEAKER = "[/bad]"
OPEN_ASSERTION = "Harga [b]x naik"
TEXT = f'"{OPEN_ASSERTION}," kata {BAD_SPEAKER}.'


def _hostile(engine: Engine) -> int:
    [claim] = add_article(engine, TEXT, [ClaimSpec(BAD_SPEAKER, OPEN_ASSERTION, note="[/]")], outlet=QUIT_OUTLET,
                          title="[@click=app.quit]Judul[/]")
    return claim


def _palette_prompts(app: ReviewApp) -> list[str]:
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    options = palette.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@run_async
async def test_palette_shows_hostile_outlet_and_speaker_names_literally(engine: Engine) -> None:
    claim = _hostile(engine)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert any(f"outlet: {QUIT_OUTLET}" in prompt for prompt in _palette_prompts(app))
        await pilot.press(*"bad")
        await settle(pilot)
        assert any(f"speaker: {BAD_SPEAKER}" in prompt for prompt in _palette_prompts(app))
        await pilot.press("backspace", "backspace", "backspace", *"clickme")
        await settle(pilot)
        prompts = _palette_prompts(app)
        assert any(f"outlet: {QUIT_OUTLET}" in prompt for prompt in prompts), prompts
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert listed_ids(pilot) == [claim]
        status = str(app.screen.query_one("#status-line").render())
        assert f"outlet: {QUIT_OUTLET}" in status


@run_async
async def test_hostile_strings_in_panes_and_the_article_screen_are_text(engine: Engine) -> None:
    _hostile(engine)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = app.screen.query_one(ClaimList).render_line(0).text
        assert BAD_SPEAKER in line and OPEN_ASSERTION in line
        detail = app.screen.query_one(ClaimDetailView).content.plain
        assert OPEN_ASSERTION in detail and QUIT_OUTLET in detail and "note: [/]" in detail
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        heading = app.screen.query_one("#article-heading").content.plain
        assert "[@click=app.quit]Judul[/]" in heading and QUIT_OUTLET in heading


@run_async
async def test_notifications_show_paths_with_brackets_literally(engine: Engine, tmp_path, monkeypatch) -> None:
    _hostile(engine)
    folder = tmp_path / "[@click=app.quit]x"
    folder.mkdir()
    monkeypatch.chdir(folder)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("e", "enter")  # the file offered
        await settle(pilot)
        assert app.is_running
        shown = [str(toast.render()) for toast in app.screen.query(Toast)]
        assert any("[@click=app.quit]x/factcheck-report.md" in text for text in shown), shown
        assert (folder / "factcheck-report.md").exists()
