"""A page that changed since it was stored becomes a new version; verdicts stay with the claims still there."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db import make_engine
from factcheck.queries import claim_detail
from factcheck.review.actions import apply_review
from factcheck.review.widgets.claim_detail import detail_text
from test_web_ingest import article_page, story
from web_server import Reply, WebServer

runner = CliRunner()
CORRECTION = '"The budget has been cut by half," said Tomas Reyes, the council treasurer.'


def test_changed_page_is_a_new_version_keeping_verdicts(web: WebServer, tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    url = web.url("/news/pier")
    web.routes["/news/pier"] = Reply(article_page("Pier", story(50), canonical=url), headers={"ETag": '"v1"'})
    assert runner.invoke(app, ["ingest", url, "--delay", "0", "--db", str(db)]).exit_code == 0
    engine = make_engine(str(db))
    with engine.connect() as conn:
        [(first_id,)] = conn.exec_driver_sql("SELECT id FROM article").fetchall()
        claims = conn.exec_driver_sql("SELECT id, assertion FROM claim ORDER BY id").fetchall()
    quoted = next((cid, text) for cid, text in claims if "six weeks" in text)
    apply_review(engine, quoted[0], status="verified", reviewer="ana")

    web.routes["/news/pier"] = Reply(article_page("Pier", [*story(50), CORRECTION], canonical=url),
                                     headers={"ETag": '"v2"'})
    result = runner.invoke(app, ["ingest", url, "--delay", "0", "--db", str(db)])
    assert result.exit_code == 0 and "1 article added (1 updated version)" in result.stderr, result.stderr
    with engine.connect() as conn:
        [(second_id, previous)] = conn.exec_driver_sql("SELECT id, previous_id FROM article WHERE id != ?",
                                                       (first_id,)).fetchall()
        kept = conn.exec_driver_sql("SELECT id, status FROM claim WHERE article_id = ? AND assertion = ?",
                                    (second_id, quoted[1])).fetchall()
        new = conn.exec_driver_sql("SELECT status FROM claim WHERE article_id = ? AND assertion LIKE '%cut by half%'",
                                   (second_id,)).fetchall()
    assert previous == first_id
    assert [status for _, status in kept] == ["verified"]
    assert new == [("unreviewed",)]
    with Session(engine) as session:
        latest, older = claim_detail(session, kept[0][0]), claim_detail(session, quoted[0])
    assert latest.updated and not latest.superseded and "updated" in detail_text(latest).plain
    assert older.superseded and "older version" in detail_text(older).plain

    again = runner.invoke(app, ["ingest", url, "--delay", "0", "--db", str(db)])
    assert "0 articles added" in again.stderr and "1 unchanged" in again.stderr, again.stderr
