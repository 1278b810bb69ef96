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


def test_a_place_fused_to_the_front_of_a_name_is_dropped_when_the_article_writes_it_as_a_place() -> None:
    text = ("Ketua DPW PDIP Sulsel Andi Ridwan Wittiri mengatakan Puan merupakan simbol partai. "
            "Rapat digelar di Sulsel pekan ini.")
    assert speakers(text) == ["Andi Ridwan Wittiri"]


def test_a_three_word_name_stays_whole_when_its_first_word_is_no_place() -> None:
    text = "Kepala BPS Amalia Adininggar Widyasanti mengatakan inflasi turun. Amalia hadir di Jakarta."
    assert speakers(text) == ["Amalia Adininggar Widyasanti"]


def test_a_process_noun_ends_a_role() -> None:
    text = "Ketua DPP PDIP Bidang Ideologi dan Kaderisasi Djarot Saiful Hidayat mengatakan kunjungan itu perintah partai."
    assert speakers(text) == ["Djarot Saiful Hidayat"]


def test_a_form_of_address_is_no_part_of_the_name() -> None:
    text = "“Surat itu salah alamat,” kata Saudara Zulfan Lindan."
    assert speakers(text) == ["Zulfan Lindan"]


def test_a_pronoun_after_a_sentence_naming_its_subject_and_an_object_is_the_subject() -> None:
    text = ("Pada Senin, Perdana Menteri Malaysia Ismail Sabri Yaakob secara resmi mengumumkan pembubaran "
            "parlemen atas izin dari Raja Al-Sultan Abdullah.\n\n"
            "\"Saya mendorong semua pemerintah negara bagian membubarkan majelis,\" ujarnya.")
    assert speakers(text) == ["Ismail Sabri Yaakob"]


def test_a_pronoun_after_an_official_named_before_the_verb_is_that_official() -> None:
    text = ("\"Rencana selalu ada,\" kata Presiden Joko Widodo.\n\n"
            "Pada 10 Oktober, Sekretaris Jenderal PDIP Hasto Kristyanto mengkritik langsung NasDem. "
            "PDIP, kata dia, tidak akan mencampuri kedaulatan partai politik lain.")
    assert speakers(text) == ["Joko Widodo", "Hasto Kristyanto"]


def test_a_name_inside_a_quote_does_not_take_the_focus() -> None:
    text = ("Ketua DPP PDIP Djarot Saiful Hidayat mengatakan kunjungan itu perintah partai.\n\n"
            "\"Pak Jokowi adalah kader yang diusung PDIP, kami setia di situ,\" katanya.")
    assert speakers(text) == ["Djarot Saiful Hidayat", "Djarot Saiful Hidayat"]


def test_a_partitive_description_then_a_name_names_the_person() -> None:
    text = "\"Ini mulai banjir dari malam tadi,\" kata salah satu pengemudi ojol asal Genuk, Wawan (35), Rabu."
    assert speakers(text) == ["Wawan"]


def test_a_partitive_description_with_itu_points_back() -> None:
    text = ("Spesialis kedokteran jiwa Zulvia Oktanida Syarif mengatakan interaksi langsung perlu.\n\n"
            "\"Keduanya memiliki dampak yang berbeda,\" kata salah satu pengurus pusat PDSKJ itu.")
    assert speakers(text) == ["Zulvia Oktanida Syarif", "Zulvia Oktanida Syarif"]


def test_a_number_of_percent_before_a_group_is_no_part_of_it() -> None:
    text = "Sebanyak 73 persen masyarakat mengatakan mereka akan lebih mendekatkan diri kepada Tuhan."
    assert speakers(text) == ["masyarakat"]


def test_the_source_after_menurut_ends_at_its_circumstance() -> None:
    text = ("Lembaga Check Point Research melaporkan kalau kedutaan besar terancam. Menurut laporan mereka seperti "
            "yang dimuat di Ubergizmo pada Selasa (23/4/2019), ada sejumlah email yang disamarkan.")
    found = speakers(text)
    assert found[-1] == found[0] and "Check Point Research" in found[0]


def test_a_place_word_followed_by_another_capital_is_part_of_a_name() -> None:
    text = "“Kami mendeteksi ribuan partikel,” kata Direktur Rumah Sakit Anzhen. Pasien dirawat di Rumah Sakit Anzhen."
    assert speakers(text) == ["Rumah Sakit Anzhen"]


def test_a_nickname_given_to_a_description_names_the_person_before() -> None:
    text = ("Spesialis kedokteran jiwa Zulvia Oktanida Syarif mengatakan interaksi langsung perlu.\n\n"
            "Dokter yang akrab disapa Vivi ini menjelaskan media sosial mengubah cara orang memandang diri.")
    assert speakers(text) == ["Zulvia Oktanida Syarif", "Zulvia Oktanida Syarif"]


def test_a_sentence_opener_is_no_part_of_the_speaker() -> None:
    text = "Ada penelitian yang menyatakan asupan oral kolagen mungkin mempengaruhi penyembuhan luka."
    assert speakers(text) == ["penelitian"]


def test_a_pointing_description_may_hold_a_bracketed_short_name() -> None:
    text = ("Spesialis kedokteran jiwa Zulvia Oktanida Syarif mengatakan interaksi langsung perlu.\n\n"
            "\"Keduanya berbeda,\" kata salah satu pengurus pusat Perhimpunan Dokter Spesialis Kedokteran "
            "Jiwa Indonesia (PDSKJ) itu.")
    assert speakers(text) == ["Zulvia Oktanida Syarif", "Zulvia Oktanida Syarif"]


def test_a_pointer_with_nobody_before_it_is_left_unresolved() -> None:
    from factcheck.extract.speakers import UNRESOLVED

    (claim,) = extract_claims("\"Kami akan terus berjuang,\" ujarnya.", segment("\"Kami akan terus berjuang,\" ujarnya."), "id")
    assert (claim.speaker.name, claim.speaker_text) == (UNRESOLVED, "ujarnya")


def test_a_plural_pronoun_goes_to_the_last_plural_description() -> None:
    text = "Lalu para penipu ini akan meminta uang lebih besar. Mereka berdalih, komisi yang didapat juga lebih besar."
    assert speakers(text) == ["penipu"]


def test_a_quantifier_with_a_noun_is_a_group() -> None:
    text = "\"Trump harus pergi!\" kata para pengunjuk rasa di Washington."
    assert speakers(text) == ["pengunjuk rasa"]


@pytest.mark.parametrize("where", ["dalam dokumen RAPBN", "di website LHKPN KPK"])
def test_a_document_or_a_site_after_demikian_tertulis(where: str) -> None:
    text = f"\"Belanja negara naik menjadi Rp 3.000 triliun,\" demikian tertulis {where} yang dilihat, Rabu."
    assert speakers(text) == [where.split(" ", 1)[1]]


def test_a_statement_from_an_office_names_the_office() -> None:
    text = "\"Uang rusak jangan dibasahi,\" demikian bunyi pesan dari Departemen Komunikasi BI pada Senin."
    assert speakers(text) == ["Departemen Komunikasi BI"]


def test_a_negation_before_a_passive_cue_is_no_speaker() -> None:
    assert speakers("Detail angka persisnya, belum disampaikan.") == []


def test_the_writers_own_we_reports_nobody() -> None:
    assert speakers("Kami menyampaikan maksud kedatangan adalah menelusuri kembali sejarah kampung.") == []


def test_a_stray_word_after_menurut_is_no_source() -> None:
    assert speakers("Menurut ya, dalam putusan hanya dikemukakan adanya kegaduhan di dunia maya.") == []


def test_a_demonstrative_after_a_relative_clause_points_to_its_head() -> None:
    text = "Kamal yang berasal dari Gorontalo, Sulawesi, itu mengungkapkan bahwa ia emosi atas hinaan istrinya."
    assert speakers(text) == ["Kamal"]


def test_words_of_a_role_fused_to_a_name_go_when_the_article_uses_the_short_name() -> None:
    text = ("Pengamat Pasar Uang Ariston Tjendra memprediksi mata uang rupiah melemah di pasar spot.\n\n"
            "\"Hari ini potensi pelemahan ke arah Rp14.300,\" pungkas Ariston.")
    assert speakers(text) == ["Ariston Tjendra", "Ariston Tjendra"]


def test_a_three_word_name_whose_middle_word_is_the_short_name_stays_whole() -> None:
    text = ("Kapolri Jenderal Listyo Sigit Prabowo mengatakan Polri siap mendukung.\n\n"
            "\"Perlu ada solusi,\" kata Jenderal Sigit.")
    assert speakers(text) == ["Listyo Sigit Prabowo", "Listyo Sigit Prabowo"]
