"""Search: words in any case and as prefixes, the linker's name variants, speaker names; best match first."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from conftest import ClaimSpec, add_article, add_newsroom

from factcheck.db import make_engine
from factcheck.queries import BEST_MATCH, ClaimFilter, count_claims, page_ids
from factcheck.search import search_units

NORTH_KOREA = {1, 2, 3, 5}  # the newsroom's claims naming Korea Utara


def test_a_known_name_stands_for_all_its_variants() -> None:
    (unit,) = search_units("Korut")
    phrases = {phrase for phrase, _ in unit}
    assert {("korea", "utara"), ("dprk",), ("korut",), ("north", "korea")} <= phrases
    assert search_units("KORUT") == search_units("korea  utara") == search_units("DPRK") == [unit]
    assert search_units("senjat") == [((("senjat",), True),)], "a typed word is a prefix"
    assert search_units("as") == [((("as",), True),)], "a short acronym is a name only in capitals"
    assert search_units('"OR" * NEAR(') == [((("or",), True),), ((("near",), True),)], "no query syntax"


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    add_newsroom(engine)
    add_article(
        engine,
        "DPRK meluncurkan rudal lagi, kata pejabat.\nPyongyang menolak tuduhan itu menurut juru bicara.",
        [ClaimSpec("Pejabat Jepang", "DPRK meluncurkan rudal lagi"),
         ClaimSpec("Juru Bicara", "Pyongyang menolak tuduhan itu", kind="indirect")],
        outlet="Yonhap",
        published=date(2024, 1, 20),
        source="yonhap.txt",
    )
    yield engine
    engine.dispose()


def _found(engine, words: str, sort: str = "unreviewed first") -> list[int]:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        ids = page_ids(session, ClaimFilter(search=words), sort, 0, 100)
        assert count_claims(session, ClaimFilter(search=words)) == len(ids)
        return ids


def test_names_words_prefixes_and_speakers_match(engine) -> None:  # type: ignore[no-untyped-def]
    korea = NORTH_KOREA | {6, 7}
    for words in ("Korut", "korea utara", "KOREA UTARA", "DPRK", "pyongyang"):
        assert set(_found(engine, words)) == korea, words
    assert set(_found(engine, "senjat")) == {2, 4}
    assert set(_found(engine, "SENJATA korut")) == {2}, "every word must match"
    assert set(_found(engine, "ryd")) == {1, 3}, "speaker names, as prefixes"
    assert set(_found(engine, "Jean-Pierre")) == {4}
    assert _found(engine, "zzzz") == [] and _found(engine, "— …") == [] and _found(engine, "— …", BEST_MATCH) == []


def test_best_match_comes_first(engine) -> None:  # type: ignore[no-untyped-def]
    ranked = _found(engine, "Ryder hubungan", BEST_MATCH)
    assert set(ranked) == {1, 3}
    assert _found(engine, "rudal", BEST_MATCH) == [6]
    # the speaker's name and the assertion both match for claim 2 ("Miller" … "senjata"); claim 4 only "senjata"
    assert _found(engine, "senjata miller", BEST_MATCH) == [2]
    assert _found(engine, "senjata", BEST_MATCH)[0] == 4, "the shorter assertion saying it is the better match"
