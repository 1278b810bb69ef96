"""Each export format on the fixture database: content, selection, and byte-for-byte determinism."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from export_fixtures import ALLOWED_TAGS, NOW, RYDER_ROLE, build_fixture_db, parse_tags, reviewed_fixture_db

from factcheck.export import FORMATS, render
from factcheck.export.csvrows import COLUMNS
from factcheck.queries import ClaimFilter

JSONL_KEYS = [
    "id", "article_id", "article_source", "article_url", "article_title", "outlet", "wires", "published",
    "speaker", "speaker_text", "speaker_role", "verb", "kind", "assertion", "sentence", "start", "end",
    "status", "note", "links", "corroborating_outlets", "independent_sources",
]


@pytest.fixture(scope="module")
def fixture_engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    engine = reviewed_fixture_db(tmp_path_factory.mktemp("formats") / "fixture.db")
    yield engine
    engine.dispose()


def test_unknown_format_is_rejected(fixture_engine) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        render(fixture_engine, "pdf", ClaimFilter())


def test_jsonl_has_every_contract_key_in_order(fixture_engine) -> None:
    lines = render(fixture_engine, "jsonl", ClaimFilter()).split("\n")
    assert lines[-1] == ""
    objects = [json.loads(line) for line in lines[:-1]]
    assert [o["id"] for o in objects] == [1, 2, 3, 4, 5]
    assert all(list(o)[: len(JSONL_KEYS)] == JSONL_KEYS for o in objects)
    first = objects[0]
    assert first["article_source"] == "seeds/antara.txt" and first["article_url"] is None
    assert first["wires"] == ["Reuters"] and first["published"] == "2024-01-17"
    assert first["speaker_role"] == RYDER_ROLE and first["speaker_text"] == "Ryder"
    assert first["links"] == [
        {"claim_id": 2, "outlet": "Pontianak Post", "score": 100.0, "same_speaker": True, "relation": "same"},
        {"claim_id": 3, "outlet": "Kompas", "score": 88.4, "same_speaker": True, "relation": "same"},
    ]
    assert first["corroborating_outlets"] == ["Kompas", "Pontianak Post"]
    assert first["independent_sources"] == 2
    assert objects[4]["links"] == [] and objects[4]["independent_sources"] == 1


def test_json_is_the_jsonl_objects_as_one_array(fixture_engine) -> None:
    flt = ClaimFilter(outlet="Kompas")
    array = json.loads(render(fixture_engine, "json", flt))
    lines = render(fixture_engine, "jsonl", flt).splitlines()
    assert array == [json.loads(line) for line in lines]
    assert [o["id"] for o in array] == [3, 5]


def test_json_keeps_unicode_and_escapes_line_separators(tmp_path) -> None:
    from factcheck.review.actions import apply_review

    engine = build_fixture_db(tmp_path / "unicode.db")
    apply_review(engine, 5, status="checkworthy", note="dua\u2028baris “kutipan”")
    text = render(engine, "jsonl", ClaimFilter(statuses=("checkworthy",)))
    assert "“kutipan”" in text and "\u2028" not in text and "\\u2028" in text
    assert json.loads(text)["note"] == "dua\u2028baris “kutipan”"
    engine.dispose()


def test_markdown_report_lists_every_outlet_carrying_the_claim(fixture_engine) -> None:
    report = render(fixture_engine, "md", ClaimFilter(statuses=("verified",)), now=NOW)
    assert "- Made: 2024-02-01 09:30:00 UTC" in report
    assert "status verified" in report
    assert "1 claim group, 3 claims (1 matching the filters) in 3 articles from 3 outlets" in report
    assert "## 1. “Jelas, Korea Utara dan Rusia memiliki hubungan”" in report
    assert f"Speaker: Patrick Ryder, {RYDER_ROLE}" in report
    assert "Verdict: Verified" in report and "Note (claim 1): Dikonfirmasi dalam transkrip Pentagon." in report
    assert "Independent sources: 2" in report
    assert "1. Reuters wire copies (2 articles)" in report and "2. Kompas" in report
    for where in (
        "Antara · 2024-01-17 · `seeds/antara.txt`",
        "Pontianak Post · 2024-01-17 · `feed.jsonl:3` · `https://pontianakpost.example/2`",
        "Kompas · 2024-01-18 · `kompas.html` · `https://kompas.example/3`",
    ):
        assert where in report
    assert "> Ryder mengatakan Korea Utara dan Rusia jelas memiliki hubungan." in report
    assert "sanksi tetap berlaku" not in report


def test_markdown_orders_groups_by_verdict(fixture_engine) -> None:
    report = render(fixture_engine, "md", ClaimFilter(), now=NOW)
    headings = re.findall(r"^## (\d+)\. “(.*)”$", report, flags=re.M)
    assert [h[1][:12] for h in headings] == ['=HYPERLINK("', "Jelas, Korea", "sanksi tetap"]
    assert "Verdicts: False 1 · Verified 1 · Unreviewed 1" in report


def test_html_report_is_self_contained(fixture_engine) -> None:
    page = render(fixture_engine, "html", ClaimFilter(), now=NOW)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<style>" in page and "@media print" in page
    tags = parse_tags(page)
    assert {tag for tag, _ in tags} <= ALLOWED_TAGS
    links = [dict(attrs) for tag, attrs in tags if tag == "a"]
    assert links and all(link["href"].startswith("https://") for link in links)
    assert not any(name in ("src", "srcset", "style") or name.startswith("on") for _, attrs in tags for name, _ in attrs)
    assert re.search(r"@import|url\(", page) is None
    assert '<a href="https://kompas.example/3" rel="noopener noreferrer">' in page
    assert "Reported by · 2 independent sources" in page and "Reported by · 1 independent source<" in page
    assert "<cite>AS soroti hubungan Korut-Rusia</cite> · Antara · 2024-01-17 · seeds/antara.txt" in page


def test_csv_has_one_row_per_claim_citation_grouped(fixture_engine) -> None:
    rows = list(csv.DictReader(io.StringIO(render(fixture_engine, "csv", ClaimFilter(outlet="Kompas")))))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["group"], r["claim_id"], r["outlet"]) for r in rows] == [
        ("g1", "1", "Antara"), ("g1", "2", "Pontianak Post"), ("g1", "3", "Kompas"), ("c5", "5", "Kompas"),
    ]
    assert {r["group_verdict"] for r in rows[:3]} == {"verified"}
    assert [r["status"] for r in rows[:3]] == ["verified", "unreviewed", "unreviewed"]
    assert rows[1]["article_url"] == "https://pontianakpost.example/2" and rows[1]["wires"] == "Reuters"
    assert rows[0]["sentence"] == "\"Jelas, Korea Utara dan Rusia memiliki hubungan,\" kata Ryder."


def test_filters_narrow_every_format(fixture_engine) -> None:
    flt = ClaimFilter(speaker="gedung", since=date(2024, 1, 17))
    assert [json.loads(l)["id"] for l in render(fixture_engine, "jsonl", flt).splitlines()] == [5]
    assert [r["claim_id"] for r in csv.DictReader(io.StringIO(render(fixture_engine, "csv", flt)))] == ["5"]
    assert json.loads(render(fixture_engine, "claimreview", flt)) == []
    assert "Jelas, Korea" not in render(fixture_engine, "md", flt, now=NOW)


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_database_same_bytes(fixture_engine, fmt: str) -> None:
    assert render(fixture_engine, fmt, ClaimFilter(), now=NOW) == render(fixture_engine, fmt, ClaimFilter(), now=NOW)


@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_report_header_depends_on_the_clock(fixture_engine, fmt: str) -> None:
    first, second = (render(fixture_engine, fmt, ClaimFilter()) for _ in range(2))
    header = re.compile(r"^(- Made: |<dt>Made</dt>).*$", flags=re.M)
    if fmt in ("md", "html"):
        assert len(header.findall(first)) == 1
    else:
        assert not header.search(first) and not re.search(r"\d\d:\d\d:\d\d", first)
    assert header.sub("", first) == header.sub("", second)


@pytest.mark.parametrize("fmt", ("csv", "json", "jsonl", "claimreview"))
def test_identical_databases_give_identical_data_exports(tmp_path, fmt: str) -> None:
    a = reviewed_fixture_db(tmp_path / "a.db")
    b = reviewed_fixture_db(tmp_path / "b.db")
    assert render(a, fmt, ClaimFilter()) == render(b, fmt, ClaimFilter())
    a.dispose()
    b.dispose()
