"""Untrusted article text in the review UI: markup is shown literally, control sequences are stripped."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from conftest import ClaimSpec, add_article, link, run_async
from factcheck.review.app import ReviewApp
from factcheck.review.screens.article import ArticleScreen
from factcheck.review.widgets.claim_detail import ClaimDetailView
from factcheck.review.widgets.claim_list import ClaimList
from test_review_app import SIZE, settle

ASSERTION = "Harga naik [bold]x[/bold] \x1b[31mmerah\x1b[0m sekarang"
HOSTILE = f'Pembuka [link=http://evil]klik[/link].\n"{ASSERTION}," kata [red]Evil[/red].'


@run_async
async def test_markup_and_escape_sequences_are_shown_literally(engine: Engine) -> None:
    [claim] = add_article(
        engine,
        HOSTILE,
        [ClaimSpec("[red]Evil[/red]", ASSERTION, note="[blink]catatan[/blink]\x1b]0;title\x07")],
        outlet="[i]Outlet[/i]",
    )
    [other] = add_article(engine, f"Lain.\n{ASSERTION}", [ClaimSpec("[b]Dua[/b]", ASSERTION)], source="b.txt")
    link(engine, claim, other, 99.0)
    app = ReviewApp(engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = app.screen.query_one(ClaimList).render_line(0).text
        assert "[red]Evil[/red]" in line
        assert "[i]Outlet[/i]" in line
        assert "Harga naik [bold]x[/bold] merah sekarang" in line
        shown = [
            app.screen.query_one(ClaimDetailView).content.plain,
            app.screen.query_one("#corroboration").content.plain,
        ]
        assert "Harga naik [bold]x[/bold] merah sekarang" in shown[0]
        assert "[blink]catatan[/blink]" in shown[0]
        assert "[b]Dua[/b]" in shown[1]
        await pilot.press("enter")
        assert isinstance(app.screen, ArticleScreen)
        shown.append(app.screen.query_one("#article-text").content.plain)
        assert "[link=http://evil]klik[/link]" in shown[2]
        for text in shown:
            assert "\x1b" not in text and "\x07" not in text
