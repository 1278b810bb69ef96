"""Normalised matching text: aliases unified, case, quotes and punctuation folded."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.link.normalize import normalize


@pytest.mark.parametrize(
    "variant",
    ["Korea Utara", "Korut", "DPRK", "RDRK", "North Korea", "korea  utara", "Republik Demokratik Rakyat Korea"],
)
def test_north_korea_variants_become_one_token(variant: str) -> None:
    assert normalize(f"Rusia memasok senjata ke {variant}.") == "rusia memasok senjata ke korut"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Menlu AS bertemu Menteri Luar Negeri Korsel",
         "Menteri Luar Negeri Amerika Serikat bertemu Menlu Korea Selatan"),
        ("resolusi DK PBB", "resolusi Dewan Keamanan PBB"),
        ("the UN Security Council", "the United Nations Security Council"),
        ("Perserikatan Bangsa-Bangsa menolak", "PBB menolak"),
        ("kunjungan ke RI", "kunjungan ke Indonesia"),
        ("inflasi 2%", "inflasi 2 persen"),
    ],
)
def test_variants_normalise_alike(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_dk_pbb_is_not_read_as_pbb() -> None:
    assert normalize("Dewan Keamanan PBB") != normalize("PBB")


def test_acronyms_match_only_in_capitals() -> None:
    assert normalize("as well as us") == "as well as us"
    assert normalize("AS dan US") == "amerikaserikat dan amerikaserikat"


def test_quotes_case_and_punctuation_fold() -> None:
    curly = normalize("\u201cKami MENOLAK\u2014tegas\u2014kesepakatan itu,\u201d katanya.")
    straight = normalize('"kami menolak -- tegas -- kesepakatan itu," katanya')
    assert curly == straight == "kami menolak tegas kesepakatan itu katanya"


@given(st.text(max_size=200))
def test_normalising_is_idempotent_and_clean(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert once == once.strip() and "  " not in once
