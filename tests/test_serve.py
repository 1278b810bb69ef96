"""factcheck serve without a browser: loopback by default, a warning elsewhere without a token,
the token and the session cookie checked, and the name asked when a session brings none."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.engine import Engine
from textual.widgets import Input
from typer.testing import CliRunner

from conftest import add_newsroom, run_async
from test_review_app import SIZE, events, settle, status_line

from factcheck.cli import app
from factcheck.db import make_engine
from factcheck.review.app import ReviewApp
from factcheck.review.screens.reviewer import ReviewerScreen
from factcheck.serve import COOKIE, ReviewServer, is_loopback, reviewer_from, session_command

runner = CliRunner()


def test_loopback_addresses() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.5", "::", "example.org"]))


def test_a_reviewer_name_from_the_address_is_one_short_line_and_quoted_for_the_shell() -> None:
    assert reviewer_from("  Rina\x1b[31m  Sari\n") == "Rina Sari"
    assert len(reviewer_from("x" * 500)) == 80
    assert session_command("a; rm -rf ~").endswith("factcheck.review.web 'a; rm -rf ~'")
    assert session_command("").endswith("-m factcheck.review.web")


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[ReviewServer]:
    """``factcheck serve`` up to the point where it would listen: the servers it made."""
    made: list[ReviewServer] = []
    monkeypatch.setattr(ReviewServer, "serve", lambda self, debug=False: made.append(self))
    engine = make_engine(str(tmp_path / "team.db"))
    add_newsroom(engine)
    engine.dispose()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_TOKEN", raising=False)
    return made


def test_serve_binds_to_loopback_by_default(served: list[ReviewServer], tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", "team.db"])
    assert result.exit_code == 0 and "warning" not in result.stderr
    (server,) = served
    assert (server.host, server.port, server.token) == ("127.0.0.1", 8000, None)
    import os

    assert os.environ["FACTCHECK_DB"] == str(tmp_path / "team.db"), "sessions open the same database, by absolute path"


def test_another_host_warns_unless_a_token_is_set(served: list[ReviewServer]) -> None:
    warned = runner.invoke(app, ["serve", "--db", "team.db", "--host", "0.0.0.0", "--port", "9000"])
    assert warned.exit_code == 0
    assert "warning: serving on 0.0.0.0 without --token" in warned.stderr
    quiet = runner.invoke(app, ["serve", "--db", "team.db", "--host", "0.0.0.0", "--token", "s3cret"])
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr
    assert [s.token for s in served] == [None, "s3cret"]


def test_serve_refuses_a_missing_database(served: list[ReviewServer]) -> None:
    result = runner.invoke(app, ["serve", "--db", "missing.db"])
    assert result.exit_code == 1 and "no such database" in result.stderr and not served


@run_async
async def test_the_token_and_the_session_are_checked() -> None:
    server = ReviewServer("127.0.0.1", 8000, token="s3cret")
    async with TestClient(TestServer(await server._make_app())) as client:
        assert (await client.get("/")).status == 403
        assert (await client.get("/?token=wrong")).status == 403
        assert (await client.get("/ws")).status == 403, "no session: no app"
        page = await client.get("/?token=s3cret&reviewer=ana")
        assert page.status == 200
        session = page.cookies[COOKIE].value
        assert server.sessions[session] == "ana"
        assert f"ws://{page.url.host}:{page.url.port}/ws" in await page.text()
        assert (await client.get("/download/x")).status == 404, "within the session: no such download"
        client.session.cookie_jar.clear()
        client.session.cookie_jar.update_cookies({COOKIE: "forged"})
        assert (await client.get("/download/x")).status == 403
        assert (await client.get("/ws")).status == 403


@run_async
async def test_a_session_without_a_name_asks_for_one(claims_engine: Engine) -> None:
    app_ = ReviewApp(claims_engine, ask_reviewer=True)
    async with app_.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app_.screen, ReviewerScreen)
        await pilot.press("enter")
        assert isinstance(app_.screen, ReviewerScreen), "a name is needed"
        app_.screen.query_one(Input).value = "Budi"
        await pilot.press("enter")
        await settle(pilot)
        assert status_line(pilot).startswith("factcheck · Budi — 5 claims")
        await pilot.press("v")
        await settle(pilot)
        assert events(claims_engine, 1) == [("verified", None, "Budi")]
