"""Every export format on the seed articles, ingested and linked through the real pipeline, with verdicts set."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from export_fixtures import ALLOWED_TAGS, NOW, parse_tags
from sqlalchemy import func, select
from sqlmodel import Session

from factcheck.db import make_engine
from factcheck.document import RawArticle
from factcheck.export import FORMATS, render
from factcheck.link.linker import link_claims
from factcheck.models import Claim
from factcheck.queries import ClaimFilter
from factcheck.review.actions import apply_review
from factcheck.store import store_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
VERDICTS = ("verified", "false", "disputed")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):  # type: ignore[no-untyped-def]
    engine = make_engine(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    for path in sorted(SEEDS.glob("*.txt")):
        store_article(engine, RawArticle(source=f"seeds/{path.name}", text=path.read_text(encoding="utf-8")))
    link_claims(engine)
    with Session(engine) as session:
        ids = list(session.execute(select(Claim.id).order_by(Claim.id)).scalars())
    if len(ids) < len(VERDICTS):
        pytest.fail(f"the seed articles gave only {len(ids)} claims")
    for claim_id, status in zip(ids, VERDICTS):
        apply_review(engine, claim_id, status=status, note=f"catatan {status}", reviewer="Rina")
    yield engine, ids
    engine.dispose()


def test_jsonl_has_one_object_per_claim(seeded) -> None:
    engine, ids = seeded
    objects = [json.loads(line) for line in render(engine, "jsonl", ClaimFilter()).splitlines()]
    assert [o["id"] for o in objects] == ids
    assert all(o["article_source"].startswith("seeds/0") for o in objects)
    assert [o["status"] for o in objects[: len(VERDICTS)]] == list(VERDICTS)
    assert all(o["independent_sources"] >= 1 for o in objects)


def test_report_cites_every_claim_once(seeded) -> None:
    engine, ids = seeded
    report = render(engine, "md", ClaimFilter(), now=NOW)
    for claim_id in ids:
        assert report.count(f"(claim {claim_id} · ") == 1
    with Session(engine) as session:
        groups = session.execute(select(func.count(func.distinct(func.coalesce(Claim.group_id, -Claim.id))))).scalar_one()
    assert report.count("\n## ") == groups


def test_report_puts_reviewed_verdicts_first(seeded) -> None:
    engine, _ = seeded
    report = render(engine, "md", ClaimFilter(), now=NOW)
    verdicts = [line.removeprefix("- Verdict: ") for line in report.splitlines() if line.startswith("- Verdict: ")]
    reviewed = [v for v in verdicts if v in ("False", "Disputed", "Verified")]
    assert verdicts[: len(reviewed)] == reviewed and len(reviewed) >= 1


def test_csv_has_one_row_per_claim(seeded) -> None:
    engine, ids = seeded
    rows = list(csv.DictReader(io.StringIO(render(engine, "csv", ClaimFilter()))))
    assert sorted(int(r["claim_id"]) for r in rows) == ids


def test_claimreview_for_each_reviewed_claim(seeded) -> None:
    engine, ids = seeded
    reviews = json.loads(render(engine, "claimreview", ClaimFilter(), publisher="Cek Fakta"))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [5, 1, 3]
    assert all(r["itemReviewed"]["appearance"] and r["author"]["name"] == "Cek Fakta" for r in reviews)


def test_html_report_is_safe_markup(seeded) -> None:
    engine, _ = seeded
    assert {tag for tag, _ in parse_tags(render(engine, "html", ClaimFilter(), now=NOW))} <= ALLOWED_TAGS


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_deterministic(seeded, fmt: str) -> None:
    engine, _ = seeded
    assert render(engine, fmt, ClaimFilter(), now=NOW) == render(engine, fmt, ClaimFilter(), now=NOW)
