"""schema.org ClaimReview export: every required and recommended field, rating mapping, authors and dates."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from export_fixtures import RYDER_ROLE, reviewed_fixture_db

from factcheck.export import render
from factcheck.export.claimreview import MAX_CLAIM_CHARS, RATINGS, shorten
from factcheck.queries import ClaimFilter
from factcheck.review.actions import apply_review


@pytest.fixture(scope="module")
def fixture_engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    engine = reviewed_fixture_db(tmp_path_factory.mktemp("claimreview") / "fixture.db")
    yield engine
    engine.dispose()


def _reviews(engine, flt: ClaimFilter = ClaimFilter(), publisher: str | None = None) -> list[dict]:  # type: ignore[no-untyped-def]
    return json.loads(render(engine, "claimreview", flt, publisher=publisher))


def test_only_reviewed_claims_get_a_claimreview(fixture_engine) -> None:
    reviews = _reviews(fixture_engine)
    assert [r["claimReviewed"] for r in reviews] == [
        "Jelas, Korea Utara dan Rusia memiliki hubungan",
        "=HYPERLINK(\"http://evil.example\",\"klik\")",
    ]


def test_every_required_and_recommended_field(fixture_engine) -> None:
    review = _reviews(fixture_engine)[0]
    today = datetime.now(timezone.utc).date().isoformat()
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["reviewRating"] == {
        "@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "Benar",
    }
    assert review["author"] == {"@type": "Person", "name": "Rina"}
    assert review["datePublished"] == today
    assert "url" not in review
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Patrick Ryder", "jobTitle": RYDER_ROLE}
    assert item["datePublished"] == "2024-01-17"
    assert [a.get("url") or a.get("identifier") for a in item["appearance"]] == [
        "seeds/antara.txt", "https://pontianakpost.example/2", "https://kompas.example/3",
    ]
    assert all(a["@type"] == "NewsArticle" and a["headline"] and a["datePublished"] for a in item["appearance"])
    assert item["appearance"][1]["publisher"] == {"@type": "Organization", "name": "Pontianak Post"}
    assert item["firstAppearance"] == item["appearance"][0]


def test_rating_mapping_and_organisation_speaker(fixture_engine) -> None:
    review = _reviews(fixture_engine)[1]
    assert review["reviewRating"]["ratingValue"] == 1 and review["reviewRating"]["alternateName"] == "Salah"
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Gedung Putih"}
    assert review["author"] == {"@type": "Organization", "name": "factcheck"}
    assert RATINGS == {"verified": 5, "disputed": 3, "false": 1}


def test_publisher_option_names_the_review_author(fixture_engine) -> None:
    reviews = _reviews(fixture_engine, publisher="Cek Fakta Nusantara")
    assert {json.dumps(r["author"]) for r in reviews} == {
        json.dumps({"@type": "Organization", "name": "Cek Fakta Nusantara"})
    }


def test_claimreview_follows_the_latest_review(tmp_path) -> None:
    engine = reviewed_fixture_db(tmp_path / "later.db")
    apply_review(engine, 1, status="disputed", reviewer="Budi")
    apply_review(engine, 4, status="dismissed")
    reviews = json.loads(render(engine, "claimreview", ClaimFilter()))
    assert len(reviews) == 1
    assert reviews[0]["reviewRating"]["alternateName"] == "Diperdebatkan"
    assert reviews[0]["reviewRating"]["ratingValue"] == 3
    assert reviews[0]["author"]["name"] == "Budi"
    engine.dispose()


def test_claimreviewed_is_short_and_carries_no_verdict(fixture_engine) -> None:
    long = "kata " * 200
    assert len(shorten(long)) <= MAX_CLAIM_CHARS and shorten(long).endswith("kata…")
    assert shorten("  satu\n dua ") == "satu dua"
    for review in _reviews(fixture_engine):
        assert review["reviewRating"]["alternateName"] not in review["claimReviewed"]


def test_output_is_safe_to_embed_in_a_script_element(fixture_engine) -> None:
    text = render(fixture_engine, "claimreview", ClaimFilter())
    assert "<" not in text and ">" not in text and "\\u001b" not in text
    assert "\\u003cscript\\u003e" in text
