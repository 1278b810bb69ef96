"""Hostile article text in exports: CSV formulas, HTML markup, terminal controls."""

from __future__ import annotations

import csv
import io
import re

import pytest
from export_fixtures import ALLOWED_TAGS, HOSTILE_ASSERTION, NOTE_FORMULA, NOW, parse_tags, reviewed_fixture_db

from factcheck.export import render
from factcheck.export.csvrows import cell
from factcheck.export.markdown import md, md_code
from factcheck.queries import ClaimFilter

CONTROLS = ("\x1b", "\x07", "\x08", "\u202e", "\x9b")


@pytest.fixture(scope="module")
def fixture_engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    engine = reviewed_fixture_db(tmp_path_factory.mktemp("safety") / "fixture.db")
    yield engine
    engine.dispose()


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1"])
def test_formula_cells_are_neutralised(value: str) -> None:
    assert cell(value).startswith("'")


@pytest.mark.parametrize("value", ["Kompas", "2024-01-17", "1 + 1 = 2", "", None, 42])
def test_ordinary_cells_are_kept(value: object) -> None:
    assert cell(value) == ("" if value is None else str(value))


def test_csv_export_neutralises_formulas_from_articles_and_notes(fixture_engine) -> None:
    rows = list(csv.DictReader(io.StringIO(render(fixture_engine, "csv", ClaimFilter(outlet="Tempo")))))
    assert len(rows) == 1
    assert rows[0]["assertion"] == "'" + HOSTILE_ASSERTION
    assert rows[0]["note"] == "'" + NOTE_FORMULA
    for value in rows[0].values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_terminal_controls_are_stripped(fixture_engine, fmt: str) -> None:
    text = render(fixture_engine, fmt, ClaimFilter(), now=NOW)
    assert "merah" in text and "Gedung Putih" in text
    assert not any(control in text for control in CONTROLS)


def test_html_markup_from_articles_stays_text(fixture_engine) -> None:
    page = render(fixture_engine, "html", ClaimFilter(), now=NOW)
    assert {tag for tag, _ in parse_tags(page)} <= ALLOWED_TAGS
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_only_web_urls_become_links(tmp_path) -> None:
    from sqlalchemy import update
    from sqlmodel import Session

    from factcheck.models import Article

    engine = reviewed_fixture_db(tmp_path / "urls.db")
    with Session(engine) as session:
        session.execute(update(Article).where(Article.id == 3).values(url="javascript:alert(1)"))
        session.commit()
    page = render(engine, "html", ClaimFilter(), now=NOW)
    hrefs = [dict(attrs)["href"] for tag, attrs in parse_tags(page) if tag == "a"]
    assert hrefs == ["https://pontianakpost.example/2"]
    assert "javascript:alert(1)" not in page, "not a URL to any export (export.text.web_url)"
    engine.dispose()


def test_markdown_escapes_markup_characters() -> None:
    assert md("[klik](http://evil.example) <b>*x*</b>") == r"\[klik\](http://evil.example) \<b\>\*x\*\</b\>"
    assert md("baris\nkedua\x1b[2J") == "baris kedua"


def test_markdown_code_spans_cannot_be_closed_early() -> None:
    assert md_code("seeds/a_b.txt") == "`seeds/a_b.txt`"
    assert md_code("x`` <b>") == "```x`` <b>```"
    assert md_code("`x\x1b[0m") == "`` `x ``"


def test_markdown_report_has_no_raw_markup_from_articles(fixture_engine) -> None:
    report = render(fixture_engine, "md", ClaimFilter(), now=NOW)
    text = re.sub(r"^ *> ", "", report, flags=re.M)  # the report's own block quotes
    text = re.sub(r"`[^`]*`", "", text)  # code spans show their text literally
    assert re.search(r"(?<!\\)[<>\[\]]", text) is None
    assert r"\<script\>" in report and r"\<img src=x" in report
