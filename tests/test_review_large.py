"""The review UI on a generated 100,000-claim database: it opens on the first page and pages to the far end."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session

from conftest import run_async
from factcheck.db import make_engine
from factcheck.queries import ClaimFilter, page_claims
from factcheck.review.app import ReviewApp
from factcheck.review.widgets.claim_list import PAGE_SIZE, ClaimList
from test_review_app import settle, status_line

from benchmarks.bench_review_open import build_claims_database  # noqa: E402

CLAIMS = 100_000


def visible_lines(claims: ClaimList) -> list[str]:
    return [claims.render_line(y).text for y in range(claims.size.height)]


@pytest.mark.slow
@run_async
async def test_a_large_database_opens_and_pages_to_the_end(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "large.db"))
    build_claims_database(engine, CLAIMS)
    with Session(engine) as session:
        first = page_claims(session, ClaimFilter(), limit=1)[0]
        last = page_claims(session, ClaimFilter(), offset=CLAIMS - 1, limit=1)[0]
        middle = page_claims(session, ClaimFilter(), offset=CLAIMS // 2, limit=1)[0]
    app = ReviewApp(engine)
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot)
        claims = app.screen.query_one(ClaimList)
        assert status_line(pilot).startswith(f"factcheck — {CLAIMS:,} claims")
        assert first.assertion[:30] in visible_lines(claims)[0]
        assert claims.loaded_pages() == {0}  # nothing but the first page was read

        await pilot.press("end")
        await settle(pilot)
        assert claims.cursor == CLAIMS - 1
        assert claims.current_row == last
        assert last.assertion[:30] in visible_lines(claims)[-1]

        claims.cursor = CLAIMS // 2
        await settle(pilot)
        assert claims.current_row == middle
        await pilot.press("pagedown", "pagedown")
        await settle(pilot)
        lines = visible_lines(claims)
        assert all("…" != line.strip() for line in lines)  # every visible row arrived
        assert claims.cursor == CLAIMS // 2 + 2 * (claims.size.height - 1)
        assert claims.loaded_pages() == {0, CLAIMS // 2 // PAGE_SIZE, (CLAIMS - 1) // PAGE_SIZE}
    engine.dispose()
