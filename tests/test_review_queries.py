"""Claim queries: paging by index walks gives exactly the documented orders; details and articles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from conftest import ANTARA_TEXT, add_newsroom
from factcheck.queries import (
    SORTS,
    ClaimFilter,
    article_view,
    claim_detail,
    count_claims,
    linked_sentences,
    page_claims,
    page_ids,
    paragraph_around,
)

from benchmarks.bench_review_open import build_claims_database  # noqa: E402

FILTERS = [
    ClaimFilter(),
    ClaimFilter(statuses=("unreviewed",)),
    ClaimFilter(statuses=("verified", "false")),
    ClaimFilter(statuses=("unreviewed", "dismissed"), outlet="outlet 03"),
    ClaimFilter(speaker="Pembicara 000004"),
    ClaimFilter(search="senjata", since=date(2022, 1, 1)),
]


@pytest.fixture(scope="module")
def bulk_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from factcheck.db import make_engine

    engine = make_engine(str(tmp_path_factory.mktemp("bulk") / "bulk.db"))
    build_claims_database(engine, 1500, seed=7)
    with engine.begin() as conn:  # a few claims without a known speaker
        conn.execute(text("UPDATE claim SET speaker_id = NULL, speaker_text = 'katanya' WHERE id % 97 = 0"))
    return engine


def expected_order(engine: Engine, flt: ClaimFilter, sort: str) -> list[int]:
    """Every matching claim, sorted in Python by the documented keys."""
    with Session(engine) as session:
        matching = {row.id for row in page_claims(session, flt, "unreviewed first", 0, 10**6)}
        rows = session.execute(
            text(
                "SELECT claim.id, claim.status, claim.independent_sources, article.published, speaker.name "
                "FROM claim JOIN article ON article.id = claim.article_id "
                "LEFT JOIN speaker ON speaker.id = claim.speaker_id"
            )
        ).all()
    keys = {
        "unreviewed first": lambda r: (r[1] != "unreviewed", r[0]),
        "most sources": lambda r: (-r[2], r[0]),
        "fewest sources": lambda r: (r[2], r[0]),
        "newest": lambda r: (-date.fromisoformat(str(r[3])).toordinal(), -r[0]),
        "speaker": lambda r: (r[4] is None, r[4] or "", r[0]),
    }
    return [r[0] for r in sorted((r for r in rows if r[0] in matching), key=keys[sort])]


def naive_matches(engine: Engine, flt: ClaimFilter) -> set[int]:
    outlet = (flt.outlet or "").lower()
    with Session(engine) as session:
        rows = session.execute(
            text(
                "SELECT claim.id, claim.status, lower(outlet.name), speaker.name, article.published, claim.assertion "
                "FROM claim JOIN article ON article.id = claim.article_id "
                "LEFT JOIN outlet ON outlet.id = article.outlet_id LEFT JOIN speaker ON speaker.id = claim.speaker_id"
            )
        ).all()
    return {
        r[0]
        for r in rows
        if (not flt.statuses or r[1] in flt.statuses)
        and (not outlet or r[2] == outlet)
        and (not flt.speaker or (r[3] and flt.speaker.lower() in r[3].lower()))
        and (not flt.since or date.fromisoformat(str(r[4])) >= flt.since)
        and (not flt.search or flt.search in r[5].split())
    }


@pytest.mark.parametrize("flt", FILTERS)
def test_counts_match_a_naive_filter(bulk_engine: Engine, flt: ClaimFilter) -> None:
    expected = naive_matches(bulk_engine, flt)
    assert expected  # every filter selects something, or the test proves little
    with Session(bulk_engine) as session:
        assert count_claims(session, flt) == len(expected)
        assert {row.id for row in page_claims(session, flt, limit=10**6)} == expected


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("flt", FILTERS[:4])
def test_pages_concatenate_to_the_sort_order(bulk_engine: Engine, sort: str, flt: ClaimFilter) -> None:
    expected = expected_order(bulk_engine, flt, sort)
    with Session(bulk_engine) as session:
        pages = [page_ids(session, flt, sort, offset, 37) for offset in range(0, len(expected) + 37, 37)]
        assert [i for page in pages for i in page] == expected
        # a page starting anywhere, e.g. across the unreviewed/reviewed boundary, is the same slice
        for offset in (0, len(expected) // 2, len(expected) - 5):
            assert page_ids(session, flt, sort, offset, 11) == expected[offset : offset + 11]
        assert page_ids(session, flt, sort, len(expected), 10) == []


def test_page_rows_carry_the_list_columns(claims_engine: Engine) -> None:
    with Session(claims_engine) as session:
        rows = page_claims(session, ClaimFilter(outlet="kompas"), "unreviewed first")
    assert [(r.id, r.status, r.speaker, r.outlet, r.independent_sources, r.published) for r in rows] == [
        (3, "unreviewed", "Patrick Ryder", "Kompas", 2, date(2024, 1, 18)),
        (4, "verified", "Karine Jean-Pierre", "Kompas", 1, date(2024, 1, 18)),
    ]


def test_claim_detail_places_the_assertion_in_its_paragraph(claims_engine: Engine) -> None:
    with Session(claims_engine) as session:
        detail = claim_detail(session, 1)
        assert claim_detail(session, 999) is None
    assert detail is not None
    assert (detail.speaker, detail.speaker_role, detail.speaker_text) == (
        "Patrick Ryder", "Sekretaris Pers", "Sekretaris Pers Patrick Ryder"
    )
    assert (detail.outlet, detail.published, detail.source) == ("Antara", date(2024, 1, 17), "seeds/antara.txt")
    assert detail.paragraph == ANTARA_TEXT.split("\n")[1]
    start, end = detail.assertion_span
    assert detail.paragraph[start:end] == "Jelas, Korea Utara dan Rusia memiliki hubungan"
    assert detail.sentence == ANTARA_TEXT.split("\n")[1]


def test_paragraph_around() -> None:
    body = "satu.\ndua tiga.\nempat."
    assert paragraph_around(body, 6, 9) == ("dua tiga.", 6)
    assert paragraph_around(body, 0, 4) == ("satu.", 0)
    assert paragraph_around(body, 17, 22) == ("empat.", 16)


def test_article_view_lists_claims_in_text_order(claims_engine: Engine) -> None:
    with Session(claims_engine) as session:
        view = article_view(session, 1)
        assert article_view(session, 99) is None
    assert view is not None
    assert (view.title, view.outlet, view.text) == ("AS peringatkan Korea Utara", "Antara", ANTARA_TEXT)
    assert [(c.id, view.text[c.start : c.end]) for c in view.claims] == [
        (1, "Jelas, Korea Utara dan Rusia memiliki hubungan"),
        (2, "Kami telah melihat Rusia menyediakan senjata ke Korea Utara"),
    ]


def test_linked_sentences(claims_engine: Engine) -> None:
    with Session(claims_engine) as session:
        found = linked_sentences(session, [3, 42])
    assert list(found) == [3]
    assert found[3].published == date(2024, 1, 18)
    assert found[3].sentence == '"Jelas, Korea Utara dan Rusia memiliki hubungan erat," kata Ryder.'


EXPECTED_ORDERS = {
    "unreviewed first": [1, 2, 3, 4, 5],
    "most sources": [5, 1, 3, 2, 4],
    "fewest sources": [2, 4, 1, 3, 5],
    "newest": [5, 4, 3, 2, 1],
    "speaker": [4, 5, 2, 1, 3],
}


def test_queries_on_each_backend(db_url: str) -> None:
    from factcheck.db import make_engine

    engine = make_engine(db_url)
    add_newsroom(engine)
    with Session(engine) as session:
        for sort, expected in EXPECTED_ORDERS.items():
            assert page_ids(session, ClaimFilter(), sort, 0, 10) == expected, sort
            assert page_ids(session, ClaimFilter(), sort, 2, 2) == expected[2:4], sort
        assert page_ids(session, ClaimFilter(statuses=("verified", "unreviewed")), "unreviewed first", 1, 3) == [2, 3, 4]
        assert count_claims(session, ClaimFilter(outlet="KOMPAS")) == 2
        assert count_claims(session, ClaimFilter(speaker="ryder", since=date(2024, 1, 18))) == 1
        assert [r.id for r in page_claims(session, ClaimFilter(search="senjata"))] == [2, 4]
        detail = claim_detail(session, 4)
        assert detail is not None and detail.note == "Resolusi DK PBB 1718."
    engine.dispose()
