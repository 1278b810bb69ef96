"""Reporting cues seen on articles from many outlets: verbs, adverbials, sources and scraped quotes.

Each test is one class of missed claim; the verbs decided on are listed in tests/data/README.md.
"""

from __future__ import annotations

import pytest

from factcheck.document import RawArticle
from factcheck.extract.attribution import extract_claims
from factcheck.ingest.normalize_text import normalize_text
from factcheck.ingest.segment import segment
from factcheck.pipeline import analyse


def found(text: str) -> list[tuple[str, str]]:
    return [(c.speaker.name, c.assertion) for c in extract_claims(text, segment(text), "id")]


@pytest.mark.parametrize("verb", ["mengeklaim", "memprediksi", "mewartakan"])
def test_reporting_verbs_that_take_a_clause(verb: str) -> None:
    text = f"Pengamat pasar uang Ariston Tjendra {verb} nilai tukar rupiah melemah hari ini."
    assert found(text) == [("Ariston Tjendra", "nilai tukar rupiah melemah hari ini")]


@pytest.mark.parametrize("verb", ["menginformasikan", "meyakinkan"])
def test_reporting_verbs_that_need_bahwa(verb: str) -> None:
    assert found(f"Rektor Togar Simatupang {verb} jadwal kuliah daring kepada mahasiswa.") == []
    text = f"Rektor Togar Simatupang {verb} bahwa mayoritas mahasiswa mengharapkan platform yang ringan."
    assert found(text) == [("Togar Simatupang", "mayoritas mahasiswa mengharapkan platform yang ringan")]


def test_a_time_adverbial_between_subject_and_verb() -> None:
    text = "Lembaga Check Point Research belum lama ini melaporkan kalau kedutaan besar AS terancam serangan."
    assert [a for _, a in found(text)] == ["kedutaan besar AS terancam serangan"]


def test_a_report_may_follow_an_ambiguous_closing_cue() -> None:
    text = ("Lembaga Check Point Research melaporkan kalau kedutaan besar terancam.\n\n"
            "\"Serangan ini bisa jadi direncanakan dengan apik,\" lanjut laporan tersebut.")
    assert [a for _, a in found(text)][-1] == "Serangan ini bisa jadi direncanakan dengan apik"


def test_a_clause_ending_in_a_partial_quote_closed_by_a_cue() -> None:
    text = ("Profesor Jutta Allmendinger memimpin penelitian itu. Sikap yang tegas ini memberi \"alasan untuk "
            "berharap dan untuk agenda politik,\" tambahnya.")
    assert found(text) == [("Jutta Allmendinger",
                            "Sikap yang tegas ini memberi \"alasan untuk berharap dan untuk agenda politik,\"")]


def test_an_existing_study_says_what_follows_yang() -> None:
    text = "Ada penelitian yang menyatakan asupan oral kolagen mungkin mempengaruhi penyembuhan luka."
    assert found(text) == [("penelitian", "asupan oral kolagen mungkin mempengaruhi penyembuhan luka")]
    assert found("Ia membaca laporan yang mengatakan ekonomi tumbuh lima persen.") == []


def test_a_closing_quote_whose_last_byte_was_lost_is_repaired() -> None:
    assert normalize_text("â€œSudah mahal.â€ kata Rofiek.") == "“Sudah mahal.” kata Rofiek."
    raw = RawArticle(source="x", text="Rofiek Tri Hartanto mudik.\n\nâ€œSudah minimal Rp2,18 juta. Mahal kan?â€ kata Rofiek.")
    (claim,) = analyse(raw, language="id").claims
    assert (claim.speaker.name, claim.assertion) == ("Rofiek Tri Hartanto", "Sudah minimal Rp2,18 juta. Mahal kan?")


@pytest.mark.parametrize("frame", ["Demikian diungkapkan", "Begitu kata", "Hal itu disampaikan oleh"])
def test_a_sentence_naming_who_said_the_sentence_before(frame: str) -> None:
    text = (f"Padahal, bra takkan memberikan masalah bila bahannya nyaman dan ukurannya sesuai. {frame} dokter "
            "spesialis bedah onkologi dari Universitas Indonesia, Farida Briani Sobri.")
    assert found(text) == [("Farida Briani Sobri",
                            "Padahal, bra takkan memberikan masalah bila bahannya nyaman dan ukurannya sesuai")]


def test_a_role_with_a_lower_case_field_before_the_name() -> None:
    text = "Interaksi langsung tetap diperlukan. Begitu kata spesialis kedokteran jiwa Zulvia Oktanida Syarif dari UI."
    assert found(text) == [("Zulvia Oktanida Syarif", "Interaksi langsung tetap diperlukan")]


def test_a_frame_after_a_quote_or_a_claim_adds_nothing() -> None:
    text = "\"Harga naik,\" kata Budi Santoso. Hal itu disampaikan Budi Santoso di Jakarta."
    assert found(text) == [("Budi Santoso", "Harga naik")]
