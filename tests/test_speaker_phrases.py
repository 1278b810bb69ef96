"""Speaker phrases in text from many outlets: roles, places, dates and brackets around a name.

Each test is one class of error seen on articles the rules were not written on.
"""

from __future__ import annotations

import pytest

from factcheck.extract.attribution import extract_claims
from factcheck.ingest.segment import segment


def speakers(text: str) -> list[str]:
    return [c.speaker.name for c in extract_claims(text, segment(text), "id")]


@pytest.mark.parametrize("day", ["Sabtu", "Senin (12/10/2020)"])
def test_a_day_between_commas_is_not_the_speaker(day: str) -> None:
    text = (f"Wakil Gubernur DKI Jakarta Ahmad Riza Patria, {day}, menjelaskan, di Ibu Kota sudah 1,3 juta orang "
            "menerima vaksin.\n\n“Kita mengupayakan meningkatkan kemampuan vaksinasi,” katanya.")
    assert speakers(text) == ["Ahmad Riza Patria", "Ahmad Riza Patria"]


@pytest.mark.parametrize("opening", ["Di Kota Bogor", "Sementara itu, untuk wilayah Kabupaten Malang"])
def test_a_place_before_a_comma_is_not_the_name_of_the_role_after_it(opening: str) -> None:
    text = (f"{opening}, Wali Kota sekaligus Ketua Satuan Tugas Bima Arya mengatakan, kemarin angka positif "
            "kembali meningkat mencapai 41 kasus.")
    assert speakers(text) == ["Bima Arya"]


def test_a_name_before_a_comma_and_a_role_is_still_the_speaker() -> None:
    text = "Adnan Abu Hasna, Penasihat Media UNRWA mengatakan bahwa bantuan tertahan di perbatasan."
    assert speakers(text) == ["Adnan Abu Hasna"]


def test_a_short_name_in_brackets_inside_a_role_phrase() -> None:
    text = ("“Kami berharap masyarakat memakai transportasi publik,” kata Direktur Utama PT Kereta Commuter "
            "Indonesia (KAI Commuter) Wiwik Widayanti melalui keterangan tertulis.")
    assert speakers(text) == ["Wiwik Widayanti"]


def test_a_word_with_digits_ends_a_role_not_opens_a_name() -> None:
    text = "Ketua Satuan Tugas Penanganan Covid-19 Bima Arya mengatakan bahwa kasus positif kembali meningkat."
    assert speakers(text) == ["Bima Arya"]


def test_a_one_word_short_form_after_atau_is_a_nickname() -> None:
    text = 'Presiden Joko Widodo atau Jokowi memberi sinyal reshuffle.\n\n"Rencana selalu ada," kata Jokowi.'
    assert speakers(text) == ["Joko Widodo"]


def test_another_name_after_atau_is_another_person() -> None:
    text = 'Pilihannya Anies Baswedan atau Ganjar Pranowo.\n\n"Kami siap," kata Ganjar.'
    assert speakers(text) == ["Ganjar Pranowo"]
