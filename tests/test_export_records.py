"""Claim records and claim groups on the fixture database: grouping, wire copies, independent sources, filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from export_fixtures import RYDER_ROLE, reviewed_fixture_db
from sqlmodel import Session

from factcheck.export.groups import build_groups
from factcheck.export.records import load_records, matching_ids, with_group_members
from factcheck.queries import ClaimFilter


@pytest.fixture(scope="module")
def fixture_engine(tmp_path_factory):  # type: ignore[no-untyped-def]
    engine = reviewed_fixture_db(tmp_path_factory.mktemp("records") / "fixture.db")
    yield engine
    engine.dispose()


def _ids(engine, flt: ClaimFilter) -> list[int]:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return matching_ids(session, flt)


def _groups(engine):  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return build_groups(load_records(session, with_group_members(session, matching_ids(session, ClaimFilter()))))


def test_records_carry_article_speaker_sentence_and_corroboration(fixture_engine) -> None:
    with Session(fixture_engine) as session:
        records = load_records(session, [3, 1, 2])
    assert [r.id for r in records] == [1, 2, 3]
    first = records[0]
    assert (first.outlet, first.wires, first.published) == ("Antara", ("Reuters",), date(2024, 1, 17))
    assert (first.speaker, first.speaker_role, first.speaker_kind) == ("Patrick Ryder", RYDER_ROLE, "person")
    assert first.sentence == "\"Jelas, Korea Utara dan Rusia memiliki hubungan,\" kata Ryder."
    assert (first.status, first.note) == ("verified", "Dikonfirmasi dalam transkrip Pentagon.")
    assert [link.claim_id for link in first.links] == [2, 3]
    assert first.corroborating_outlets == ("Kompas", "Pontianak Post")
    assert first.independent_sources == 2
    assert records[2].wires == ()


def test_filters_select_claims_like_the_review_list(fixture_engine) -> None:
    assert _ids(fixture_engine, ClaimFilter()) == [1, 2, 3, 4, 5]
    assert _ids(fixture_engine, ClaimFilter(statuses=("verified", "false"))) == [1, 4]
    assert _ids(fixture_engine, ClaimFilter(outlet="kompas")) == [3, 5]
    assert _ids(fixture_engine, ClaimFilter(speaker="ryder")) == [1, 2, 3]
    assert _ids(fixture_engine, ClaimFilter(since=date(2024, 1, 18))) == [3, 5]


def test_group_members_join_a_selected_claim(fixture_engine) -> None:
    with Session(fixture_engine) as session:
        assert with_group_members(session, [3]) == [1, 2, 3]
        assert with_group_members(session, [5]) == [5]
        assert with_group_members(session, []) == []


def test_wire_copies_form_one_source_and_independent_outlets_another(fixture_engine) -> None:
    group = next(g for g in _groups(fixture_engine) if g.key == "g1")
    assert group.independent_sources == 2
    assert [[c.id for c in s.citations] for s in group.sources] == [[1, 2], [3]]
    assert [s.key for s in group.sources] == ["wire:Reuters", "outlet:Kompas"]


def test_group_verdict_comes_from_its_reviewed_claim(fixture_engine) -> None:
    group = next(g for g in _groups(fixture_engine) if g.key == "g1")
    assert group.verdict == "verified"
    assert group.claim.id == 1
    assert group.notes == ((1, "Dikonfirmasi dalam transkrip Pentagon."),)


def test_groups_order_reviewed_verdicts_first_then_most_sources(fixture_engine) -> None:
    assert [(g.key, g.verdict) for g in _groups(fixture_engine)] == [
        ("c4", "false"),
        ("g1", "verified"),
        ("c5", "unreviewed"),
    ]


def test_conflicting_reviews_in_one_group_are_reported(tmp_path) -> None:
    from factcheck.review.actions import apply_review

    engine = reviewed_fixture_db(tmp_path / "conflict.db")
    apply_review(engine, 3, status="false", note="Bukan kutipan langsung.")
    group = next(g for g in _groups(engine) if g.key == "g1")
    assert group.verdict == "conflicting"
    assert group.verdicts == ("verified", "false")
    assert [claim_id for claim_id, _ in group.notes] == [1, 3]
    engine.dispose()


def test_groups_of_one_verdict_order_by_independent_sources_then_id(fixture_engine) -> None:
    with Session(fixture_engine) as session:
        two, five = load_records(session, [2, 5])
    groups = build_groups([replace(two, independent_sources=1, group_id=None), replace(five, independent_sources=3)])
    assert [g.claim.id for g in groups] == [5, 2]
    groups = build_groups([replace(two, independent_sources=3, group_id=None), replace(five, independent_sources=3)])
    assert [g.claim.id for g in groups] == [2, 5]


def test_source_labels_follow_the_linker_source_keys(fixture_engine) -> None:
    from factcheck.export.groups import Source
    from factcheck.export.report import source_label

    with Session(fixture_engine) as session:
        one, two, three = load_records(session, [1, 2, 3])
    assert source_label(Source("wire:Reuters", (one, two))) == "Reuters wire copies (2 articles)"
    assert source_label(Source("wire:Reuters", (one,))) == "Antara (credits Reuters)"
    assert source_label(Source("copy-of:1", (one, three))) == "Copies of one story (2 articles)"
    assert source_label(Source("outlet:Kompas", (three, replace(three, id=9)))) == "Kompas (2 articles)"
    assert source_label(Source("outlet:Kompas", (three,))) == "Kompas"
    assert source_label(Source("claim:3", (replace(three, outlet=None),))) == "Unknown outlet"
