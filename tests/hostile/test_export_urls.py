"""One URL policy for every export: only http(s) URLs with a host are written as URLs."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update
from sqlmodel import Session

from export_fixtures import NOW, parse_tags, reviewed_fixture_db
from factcheck.export import FORMATS, render
from factcheck.export.text import web_url
from factcheck.models import Article
from factcheck.queries import ClaimFilter

HOSTILE_URLS = [
    "javascript:alert(7)",
    "JavaScript:alert(7)",
    "java\tscript:alert(7)",
    "java\nscript:alert(7)",
    " \x01javascript:alert(7)",
    "data:text/html,<script>alert(7)</script>",
    "vbscript:alert(7)",
    "//evil.example/alert(7)",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_dangerous_urls_are_not_urls(url: str) -> None:
    assert web_url(url) is None


@pytest.mark.parametrize("url", ["https://kompas.example/3", "HTTP://antara.example/a?b=1#c"])
def test_web_urls_are_kept(url: str) -> None:
    assert web_url(url) == url


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_no_export_writes_a_dangerous_article_url(tmp_path, url: str) -> None:
    engine = reviewed_fixture_db(tmp_path / "urls.db")
    with Session(engine) as session:
        session.execute(update(Article).where(Article.id == 2).values(url=url))
        session.commit()
    for fmt in FORMATS:
        assert "alert(7)" not in render(engine, fmt, ClaimFilter(), now=NOW).replace("\\u003c", "<"), fmt
    records = [json.loads(line) for line in render(engine, "jsonl", ClaimFilter()).splitlines()]
    assert [r["article_url"] for r in records if r["article_id"] == 2] == [None]
    engine.dispose()


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_claimreview_and_html_never_link_a_dangerous_source(tmp_path, url: str) -> None:
    engine = reviewed_fixture_db(tmp_path / "urls.db")
    with Session(engine) as session:
        session.execute(update(Article).where(Article.id == 3).values(url=None, source=url))
        session.commit()
    reviews = json.loads(render(engine, "claimreview", ClaimFilter()))
    appearances = [a for review in reviews for a in review["itemReviewed"]["appearance"]]
    assert all(a["url"].startswith("https://") for a in appearances if "url" in a)
    assert any("alert(7)" in a.get("identifier", "") for a in appearances), "shown as an identifier, not a URL"
    page = render(engine, "html", ClaimFilter(), now=NOW)
    assert all(dict(attrs)["href"].startswith("https://") for tag, attrs in parse_tags(page) if tag == "a")
    engine.dispose()
