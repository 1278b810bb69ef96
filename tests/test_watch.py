"""`factcheck watch`: rounds, linking, conditional polling, and stopping between articles."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db import make_engine
from factcheck.ingest.fetch import Fetcher, FetchPolicy
from factcheck.ingest.web import WebReader
from factcheck.ingest_run import WebItem, ingest_items
from factcheck.web_cli import parse_duration
from factcheck.web_state import WebState
from test_web_ingest import article_page, rss, story
from web_server import Reply, WebServer

runner = CliRunner()


def _serve_feed(web: WebServer, count: int) -> None:
    for n in range(count):
        web.routes[f"/n/{n}"] = Reply(article_page(f"Pier {n % 2}", story(n % 2, extra=f"Report {n}."),
                                                   site=f"Outlet {n}"), headers={"ETag": f'"n{n}"'})
    web.routes["/feed"] = Reply(rss([(str(n), f"/n/{n}") for n in range(count)]),
                                content_type="application/rss+xml", headers={"ETag": f'"feed{count}"'})


def test_rounds_ingest_new_articles_and_link_them(web: WebServer, tmp_path: Path) -> None:
    _serve_feed(web, 2)
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["watch", web.url("/feed"), "--every", "0s", "--rounds", "2", "--delay", "0", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if " round " in line]
    assert len(lines) == 2
    assert "round 1: 2 added" in lines[0] and " 0 links" not in lines[0]
    assert "round 2: 0 added" in lines[1] and "1 unchanged" in lines[1]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM claim_link").fetchone()[0] >= 1


def test_a_new_item_in_the_feed_is_picked_up(web: WebServer, tmp_path: Path) -> None:
    _serve_feed(web, 2)
    db = tmp_path / "f.db"
    assert runner.invoke(app, ["watch", web.url("/feed"), "--rounds", "1", "--delay", "0", "--db", str(db)]).exit_code == 0
    _serve_feed(web, 3)
    before = len(web.requests)
    result = runner.invoke(app, ["watch", web.url("/feed"), "--rounds", "1", "--delay", "0", "--db", str(db)])
    assert "round 1: 1 added" in result.stderr, result.stderr
    fetched = [path for path, _ in web.requests[before:] if path != "/robots.txt"]
    assert sorted(fetched) == ["/feed", "/n/2"]  # items already stored are not fetched again


def test_stop_between_articles(web: WebServer, tmp_path: Path) -> None:
    _serve_feed(web, 4)
    engine = make_engine(str(tmp_path / "f.db"))
    stored: list[str] = []
    with Fetcher(FetchPolicy(delay=0)) as fetcher:
        counts = ingest_items(
            engine, [WebItem(web.url("/feed"))], web=WebReader(fetcher, WebState(engine)), workers=0,
            on_article=lambda source, status: stored.append(status), should_stop=lambda: len(stored) >= 1,
        )
    assert counts.stopped and counts.added == 1
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM article").scalar() == 1
        # the feed is not remembered: the next round reads it again
        assert conn.exec_driver_sql("SELECT count(*) FROM web_fetch WHERE url LIKE '%/feed'").scalar() == 0


def test_durations() -> None:
    assert parse_duration("15m") == 900 and parse_duration("1h30m") == 5400 and parse_duration("45") == 45
    with pytest.raises(ValueError):
        parse_duration("soon")
    assert runner.invoke(app, ["watch", "http://127.0.0.1:9/feed", "--every", "soon"]).exit_code == 2
    assert runner.invoke(app, ["watch", "file:///etc/passwd"]).exit_code == 2


@pytest.mark.slow
def test_ctrl_c_stops_watch_cleanly(web: WebServer, tmp_path: Path) -> None:
    _serve_feed(web, 2)
    db = tmp_path / "f.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "watch", web.url("/feed"), "--every", "1h", "--delay", "0", "--db", str(db)],
        stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with sqlite3.connect(db) as conn:
                if conn.execute("SELECT name FROM sqlite_master WHERE name = 'web_fetch'").fetchone() and \
                        conn.execute("SELECT count(*) FROM web_fetch WHERE url LIKE '%/feed'").fetchone()[0]:
                    break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "round 1: 2 added" in stderr and "stopped after 1 rounds" in stderr
    assert "Traceback" not in stderr


def test_interrupted_ingest_exits_130_with_nothing_partial(web: WebServer, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.web_cli import StopFlag

    _serve_feed(web, 2)
    monkeypatch.setattr(StopFlag, "__call__", lambda self: True)
    result = runner.invoke(app, ["ingest", web.url("/feed"), "--delay", "0", "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 130 and "stopped" in result.stderr
    with sqlite3.connect(tmp_path / "f.db") as conn:
        assert conn.execute("SELECT count(*) FROM article").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM web_fetch").fetchone() == (0,)
