"""Attributed claims: cues, assertions, kinds and speakers (Indonesian and English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.document import ClaimDraft
from factcheck.extract.attribution import extract_claims
from factcheck.ingest.segment import segment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def claims(text: str, language: str = "id") -> list[ClaimDraft]:
    found = extract_claims(text, segment(text), language)
    for c in found:
        assert text[c.start:c.end] == c.assertion
    return found


def summary(text: str, language: str = "id") -> list[tuple[str, str, str, str]]:
    return [(c.assertion, c.speaker.name, c.verb, c.kind) for c in claims(text, language)]


@pytest.mark.parametrize("verb", ["kata", "ujar", "ucap", "tambah", "lanjut", "tutur", "ungkap", "pungkas"])
def test_closing_cue_after_a_quote(verb: str) -> None:
    text = f'"Harga beras sudah turun di semua pasar," {verb} Gubernur Riau Abdul Wahid di Pekanbaru.'
    assert summary(text) == [("Harga beras sudah turun di semua pasar", "Abdul Wahid", verb, "direct")]


def test_curly_quotes_and_the_final_period_inside_the_quote_is_kept() -> None:
    text = "“Kami telah melihat Rusia menyediakan senjata.” kata Miller."
    assert summary(text) == [("Kami telah melihat Rusia menyediakan senjata.", "Miller", "kata", "direct")]


def test_clitic_cues_resolve_to_the_previous_named_speaker() -> None:
    text = ('"Jelas, Korea Utara dan Rusia memiliki hubungan," kata Sekretaris Pers Departemen Pertahanan '
            'Amerika Serikat Mayor Jenderal Patrick Ryder pada suatu pengarahan pers.\n'
            '"Kami akan terus menyerukan Korea Utara untuk menahan diri," katanya.\n'
            '"Apa yang tidak ingin kita lihat adalah proliferasi," ujar Ryder.')
    found = claims(text)
    assert [(c.speaker_text, c.speaker.name, c.verb) for c in found] == [
        ("Sekretaris Pers Departemen Pertahanan Amerika Serikat Mayor Jenderal Patrick Ryder", "Patrick Ryder", "kata"),
        ("katanya", "Patrick Ryder", "kata"),
        ("Ryder", "Patrick Ryder", "ujar"),
    ]
    assert found[0].speaker.role == "Sekretaris Pers Departemen Pertahanan Amerika Serikat Mayor Jenderal"


def test_opening_cue_before_a_quote() -> None:
    text = ('Ditanya tentang tuduhan tersebut, juru bicara Kremlin Dmitry Peskov pada hari Selasa mengatakan, '
            '"Tidak ada komentar."')
    assert summary(text) == [("Tidak ada komentar.", "Dmitry Peskov", "mengatakan", "direct")]


def test_a_quote_only_paragraph_continues_the_previous_speaker_with_an_empty_cue() -> None:
    text = ('“Kami berkoordinasi erat dengan sekutu,” kata Menlu Blinken. “Kami mendorong semua negara anggota PBB.”\n'
            '“Kami tetap berkomitmen untuk mengupayakan dialog.” “RDRK lah yang harus memprioritaskan dialog.”')
    found = claims(text)
    assert [c.speaker.name for c in found] == ["Blinken"] * 4
    assert [c.verb for c in found] == ["kata", "", "", ""]
    assert all(c.kind == "direct" for c in found)


def test_demikian_bunyi_and_a_passive_cue_name_the_joint_statement() -> None:
    text = ('“Kami sangat prihatin dengan dampak keamanan kerja sama militer ini,” demikian bunyi pernyataan '
            'bersama AS dan Sekutu, Selasa, 9 Januari 2024.\n'
            '“Kami mengutuk keras ekspor dan pengadaan rudal balistik oleh Rusia,” pernyataan bersama tersebut '
            'ditambahkan.')
    assert [(c.speaker.name, c.speaker.kind, c.verb) for c in claims(text)] == [
        ("AS dan Sekutu", "group", "demikian bunyi"), ("AS dan Sekutu", "group", "ditambahkan")]


@pytest.mark.parametrize(("sentence", "assertion", "verb"), [
    ("Sekretaris Pers Gedung Putih Karine Jean-Pierre menekankan bahwa setiap kesepakatan senjata akan "
     "melanggar resolusi PBB.", "setiap kesepakatan senjata akan melanggar resolusi PBB", "menekankan"),
    ("Menteri Dalam Negeri Tito Karnavian menegaskan pengendalian inflasi harus dimulai dari daerah.",
     "pengendalian inflasi harus dimulai dari daerah", "menegaskan"),
    ("Menteri Dalam Negeri Tito Karnavian memperingatkan bahwa harga cabai akan naik.",
     "harga cabai akan naik", "memperingatkan"),
    ("Menteri Dalam Negeri Tito Karnavian mengatakan kepada wartawan bahwa stok beras aman.",
     "stok beras aman", "mengatakan"),
])
def test_reported_speech_after_a_speech_verb(sentence: str, assertion: str, verb: str) -> None:
    (found,) = claims(sentence)
    assert (found.assertion, found.verb, found.kind) == (assertion, verb, "indirect")


def test_menurut_at_the_start_and_menurutnya() -> None:
    text = ("Menteri Keuangan Purbaya Yudhi Sadewa hadir di rapat itu.\n"
            "Menurut Purbaya, inflasi yang terkendali dapat menjaga stabilitas.\n"
            "Menurutnya, kepala daerah yang menjaga harga hampir pasti terpilih lagi.")
    assert summary(text) == [
        ("inflasi yang terkendali dapat menjaga stabilitas", "Purbaya Yudhi Sadewa", "menurut", "indirect"),
        ("kepala daerah yang menjaga harga hampir pasti terpilih lagi", "Purbaya Yudhi Sadewa", "menurut",
         "indirect"),
    ]
    assert claims(text)[1].speaker_text == "Menurutnya"


def test_unquoted_speech_ending_with_a_cue() -> None:
    text = ("Jung Pak, Wakil Asisten Menteri Luar Negeri, menyatakan keprihatinannya.\n"
            "Latihan militer AS dan Korea Selatan bersifat rutin dan defensif, kata Pak.")
    (found,) = claims(text)
    assert (found.assertion, found.speaker.name, found.kind) == (
        "Latihan militer AS dan Korea Selatan bersifat rutin dan defensif", "Jung Pak", "indirect")


def test_a_cue_in_the_middle_of_a_sentence() -> None:
    text = "Pemerintah, kata Anis, perlu memperhatikan aspek ketersediaan pangan."
    assert summary(text) == [("perlu memperhatikan aspek ketersediaan pangan", "Anis", "kata", "indirect")]


@pytest.mark.parametrize(("text", "name", "role"), [
    ('"Pelaku ini merupakan seorang residivis," kata Kasatreskrim Polresta Mataram, AKP Regi Halili, Sabtu (18/10).',
     "Regi Halili", "Kasatreskrim Polresta Mataram AKP"),
    ('"Ini buruk," kata Adrienne Watson, Juru Bicara Gedung Putih, kepada wartawan.',
     "Adrienne Watson", "Juru Bicara Gedung Putih"),
])
def test_a_role_or_name_in_commas_after_the_cue(text: str, name: str, role: str) -> None:
    (found,) = claims(text)
    assert (found.speaker.name, found.speaker.role) == (name, role)


def test_academic_degrees_after_a_name_are_not_the_speaker() -> None:
    text = ("Direktur Penyakit Tidak Menular Kemenkes RI dr Siti Nadia Tarmizi, M.Epid, mengatakan pemerintah "
            "memperkuat pendekatan preventif.")
    (found,) = claims(text)
    assert found.speaker.name == "Siti Nadia Tarmizi"


def test_a_relative_clause_names_its_antecedent_as_speaker() -> None:
    text = ("Temuan ini diungkap oleh Satgas Penanggulangan Aktivitas Ilegal yang menyebut keberadaan tambang "
            "tanpa izin telah menimbulkan kerusakan lingkungan.")
    (found,) = claims(text)
    assert (found.speaker.name, found.speaker.kind) == ("Satgas Penanggulangan Aktivitas Ilegal", "person")


def test_a_study_names_its_source_and_a_document_speaks_for_itself() -> None:
    text = ("Menurut penelitian Harvard Medical School, partikel mikroplastik bisa memicu peradangan kronis.\n"
            '"Pemindahan ibu kota dilakukan bertahap," bunyi beleid tersebut.')
    assert [(c.speaker.name, c.speaker.kind) for c in claims(text)] == [
        ("Harvard Medical School", "organization"), ("beleid tersebut", "organization")]


def test_an_epithet_after_the_cue_points_back_to_the_person() -> None:
    text = ('Menteri Pendidikan Abdul Mu\'ti hadir di sekolah itu.\n'
            '"Jumlah muridnya akan ditentukan," ujar pria kelahiran Jawa Tengah ini.')
    (found,) = claims(text)
    assert (found.speaker_text, found.speaker.name) == ("pria kelahiran Jawa Tengah ini", "Abdul Mu'ti")


def test_a_described_speaker_named_after_a_comma() -> None:
    text = '"Saya tidak pernah menyangka," ujar seorang lansia, Colleen Hoffman (69), kepada AFP.'
    (found,) = claims(text)
    assert (found.speaker.name, found.speaker.role) == ("Colleen Hoffman", "seorang lansia")


def test_groups_speak_in_reported_speech() -> None:
    text = "Para pejabat Korea Selatan mengatakan sebuah kereta khusus telah berangkat ke Rusia."
    (found,) = claims(text)
    assert (found.speaker.name, found.speaker.kind) == ("pejabat Korea Selatan", "group")


def test_the_speaker_named_after_a_role_in_commas() -> None:
    text = ("Ketua MKD DPR RI, Nazaruddin Dek Gam, menegaskan penonaktifan anggota DPR penting dilakukan.\n"
            '"Kalau sudah dinonaktifkan, mereka tidak bisa beraktivitas," kata Nazaruddin kepada wartawan.')
    found = claims(text)
    assert [c.speaker.name for c in found] == ["Nazaruddin Dek Gam", "Nazaruddin Dek Gam"]
    assert found[0].speaker.role == "Ketua MKD DPR RI"


@pytest.mark.parametrize("text", [
    # scare quotes inside narrative
    'Saat diminta berkomentar, Ryder meminta Pyongyang untuk menahan diri dari aktivitas "destabilisasi".',
    'Ketiga negara mengecam pengiriman "beberapa" senjata ke Rusia.',
    # directives, evaluations and noun-phrase objects
    "Miller mencatat transfer senjata antara kedua belah pihak.",
    "Rusia dan Korut membantah pengiriman senjata ke Ukraina.",
    "Gubernur meminta warga untuk tidak panik.",
    "Menteri Keuangan Purbaya Yudhi Sadewa menilai kepala daerah penting dalam menjaga inflasi.",
    "Jung Pak menyatakan keprihatinannya atas kunjungan itu.",
    "Wali Kota (Walkot) Pekanbaru Agung Nugroho meminta Dinas Perdagangan menggelar pasar murah.",
    "Alokasi anggaran untuk Otorita IKN melanjutkan perencanaan hingga pembangunan ibu kota baru.",
    "Badan Pusat Statistik (BPS) mengumumkan perubahan jadwal rilis data ekspor impor.",
    "Menteri Perencanaan Rachmat Pambudy menjelaskan alasan kenapa ada perbedaan target pertumbuhan.",
    # subordinate speech and relative clauses
    "Ia membaca laporan yang mengatakan ekonomi tumbuh lima persen.",
    "Warga tidak mengatakan apa pun kepada polisi tentang kejadian itu.",
    # furniture
    "Seorang pria memotret rudal di Kharkiv, Ukraina 6 Januari 2024. REUTERS/Vyacheslav Madiyevskyy",
    "Baca juga: Menteri mengatakan harga beras turun",
])
def test_no_claim(text: str) -> None:
    assert claims(text) == []


def test_seed_004_speakers_and_cues() -> None:
    text = (SEEDS / "004_be874db382a9ce3e.txt").read_text(encoding="utf-8")
    found = claims(text)
    assert [(c.speaker.name, c.verb, c.kind) for c in found] == [
        ("Patrick Ryder", "kata", "direct"),
        ("Patrick Ryder", "ujar", "direct"),
        ("Patrick Ryder", "kata", "direct"),
        ("Matthew Miller", "kata", "direct"),
        ("Matthew Miller", "lanjut", "direct"),
        ("Matthew Miller", "menegaskan", "indirect"),
        ("Matthew Miller", "kata", "direct"),
        ("Matthew Miller", "ucap", "direct"),
    ]
    assert found[0].assertion == "Jelas, Korea Utara dan Rusia memiliki hubungan"


def test_seed_002_joint_statement_is_one_named_group() -> None:
    text = (SEEDS / "002_0d1dde6faab2a25a.txt").read_text(encoding="utf-8")
    speakers = {c.speaker.name for c in claims(text)}
    assert speakers == {"Korsel, AS dan Jepang", "peneliti dan Washington"}


# --- English -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ('"We will win this election," Trump said.', ("We will win this election", "Trump", "said", "direct")),
    ('"We will win this election," said Hillary Clinton.',
     ("We will win this election", "Hillary Clinton", "said", "direct")),
    ('Trump said: "We will win this election."', ("We will win this election.", "Trump", "said", "direct")),
    ("Clinton campaign manager Robby Mook told reporters that the race was tightening.",
     ("the race was tightening", "Robby Mook", "told", "indirect")),
    ("Sen. Tim Kaine said that the plan would fail.", ("the plan would fail", "Tim Kaine", "said", "indirect")),
    ("According to the FBI, the emails contained classified material.",
     ("the emails contained classified material", "FBI", "according to", "indirect")),
    ("The escort was never called, a campaign source said.",
     ("The escort was never called", "campaign source", "said", "indirect")),
    ("Pence wrote that the deal was a disaster.", ("the deal was a disaster", "Pence", "wrote", "indirect")),
])
def test_english_cues(text: str, expected: tuple[str, str, str, str]) -> None:
    assert summary(text, "en") == [expected]


def test_english_doubled_apostrophe_quotes_with_an_apposition() -> None:
    text = ("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist at the American Action Forum.\n"
            "''It's more tinkering at the edges,'' Alan Cole, an economist at the Tax Foundation, told me.")
    assert summary(text, "en") == [
        ("This isn't tax reform", "Douglas Holtz-Eakin", "said", "direct"),
        ("It's more tinkering at the edges", "Alan Cole", "told", "direct"),
    ]


def test_english_party_label_after_a_name() -> None:
    text = "“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday."
    assert summary(text, "en") == [("It’s a dog whistle to all Americans", "Gwen Moore", "said", "direct")]


def test_english_participle_adds_a_second_claim() -> None:
    text = ("Sen. David Perdue said he did not believe those attacks hurt Romney, arguing that divisions "
            "in the party were a bigger hurdle.")
    assert summary(text, "en") == [
        ("he did not believe those attacks hurt Romney", "David Perdue", "said", "indirect"),
        ("divisions in the party were a bigger hurdle", "David Perdue", "arguing", "indirect"),
    ]


def test_english_each_reporting_verb_gets_its_clause() -> None:
    text = "Merrill says Machado promised to keep supporting Clinton and said she would stand up to the attacks."
    assert summary(text, "en") == [
        ("Machado promised to keep supporting Clinton", "Merrill", "says", "indirect"),
        ("she would stand up to the attacks", "Merrill", "said", "indirect"),
    ]


def test_english_apposition_with_a_relative_clause() -> None:
    text = ("Michael Mulgrew, president of the United Federation of Teachers, which represents city educators, "
            "said the day of action sends a message.")
    (found,) = claims(text, "en")
    assert (found.speaker.name, found.assertion) == ("Michael Mulgrew", "the day of action sends a message")


@pytest.mark.parametrize("text", [
    "Donald Trump is defending his early-morning tweets, saying nothing new.",
    "It goes without saying that raising taxes is anathema to Republicans.",
    "They wouldn't tell the I.R.S. anything it doesn't already know.",
])
def test_english_no_claim(text: str) -> None:
    assert claims(text, "en") == []


def test_english_pronouns_resolve_to_the_previous_speaker() -> None:
    text = ('Republican nominee Donald Trump spoke in Ohio. "We are going to win," he said.\n'
            '"It will be great," he added.')
    assert [c.speaker.name for c in claims(text, "en")] == ["Donald Trump", "Donald Trump"]


def test_english_believe_is_not_speech() -> None:
    assert claims("Many voters believe that the economy is weak.", "en") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Many lawmakers say there are also national security concerns.",
     ("there are also national security concerns", "lawmakers", "say", "indirect")),
    ("Palmieri called on Trump to stop attacking Machado and apologize.",
     ("Trump to stop attacking Machado and apologize", "Palmieri", "called on", "indirect")),
    ("Lawmakers also asked whether the deals required the recipients to cooperate.",
     ("whether the deals required the recipients to cooperate", "Lawmakers", "asked", "indirect")),
    ("The New York Times reported Saturday that it had received the first pages of the filings.",
     ("it had received the first pages of the filings", "New York Times", "reported", "indirect")),
    ("Cruz has long said that he qualifies as a natural-born citizen.",
     ("he qualifies as a natural-born citizen", "Cruz", "said", "indirect")),
])
def test_english_reported_speech_after_a_plain_subject(text: str, expected: tuple[str, str, str, str]) -> None:
    assert summary(text, "en") == [expected]


def test_english_plural_present_needs_a_subject() -> None:
    assert claims("They want to have a say in how the city spends its money.", "en") == []
    assert claims("I would say the economy is strong now.", "en") == []


@pytest.mark.parametrize(("text", "speaker_text"), [
    ('"We need change," the New York businessman said.', "the New York businessman"),
    ('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.', "Mr. Morgan of the Sierra Club"),
    ("“Why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.", "a narrator in the Clinton ad"),
])
def test_english_described_speaker_before_a_closing_verb(text: str, speaker_text: str) -> None:
    (found,) = claims(text, "en")
    assert (found.speaker_text, found.kind) == (speaker_text, "direct")


def test_english_clause_ending_in_a_quote_closed_by_its_comma() -> None:
    text = "Not paying taxes ''makes me smart,'' Donald J. Trump said last week."
    assert summary(text, "en") == [("Not paying taxes ''makes me smart,''", "Donald J Trump", "said", "indirect")]


@pytest.mark.parametrize(("text", "assertion", "speaker"), [
    ("Its first national television ad could start this week, said Brian Baker, a longtime adviser to the family.",
     "Its first national television ad could start this week", "Brian Baker"),
    ("It would likely take two to three weeks to convene the DNC, Fowler said, and wrangling could be paralyzing.",
     "It would likely take two to three weeks to convene the DNC", "Fowler"),
    ("These employees, Stumpf explained earlier in the hearing, were well paid for their work.",
     "were well paid for their work", "Stumpf"),
    ("During his years in office, Mr. Obama said, a majority of Americans have come to accept the science.",
     "a majority of Americans have come to accept the science", "Obama"),
])
def test_english_cue_between_commas(text: str, assertion: str, speaker: str) -> None:
    ((found_assertion, found_speaker, _, _),) = summary(text, "en")
    assert (found_assertion, found_speaker) == (assertion, speaker)


def test_english_participle_after_a_quote_reports_again() -> None:
    text = '"We do not see a link to terrorism," the mayor said, adding that it would take more hours.'
    assert [(c.assertion, c.verb, c.speaker_text) for c in claims(text, "en")] == [
        ("We do not see a link to terrorism", "said", "the mayor"),
        ("it would take more hours", "adding", "the mayor"),
    ]


@pytest.mark.parametrize(("text", "assertion"), [
    ("Fowler said he expects Clinton to recover from pneumonia, which forced her to leave early.",
     "he expects Clinton to recover from pneumonia"),
    ("Republicans said the timing of the news was not intentional; they only learned of it on Friday.",
     "the timing of the news was not intentional"),
    ("But critics say resources could be better spent with NATO, the existing military alliance.",
     "resources could be better spent with NATO"),
])
def test_english_reported_clause_ends_before_the_writers_additions(text: str, assertion: str) -> None:
    assert [c.assertion for c in claims(text, "en")] == [assertion]


def test_english_sentence_final_according_to_takes_the_whole_source() -> None:
    text = "The two candidates are virtually tied, according to a new Washington Post-ABC News national poll."
    (found,) = claims(text, "en")
    assert (found.assertion, found.speaker_text) == (
        "The two candidates are virtually tied", "a new Washington Post-ABC News national poll")


def test_english_subject_set_off_by_an_apposition() -> None:
    text = ("Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, "
            "said they were concerned about the program.")
    (found,) = claims(text, "en")
    assert (found.speaker_text, found.assertion) == (
        "Officials at Homeland Security Investigations", "they were concerned about the program")


def test_english_he_is_never_an_organisation() -> None:
    text = ('Republican nominee Donald Trump spoke in Ohio. The Commission on Presidential Debates says '
            'there was a problem with the microphone.\n"I wonder why it was bad," he says.')
    assert [c.speaker.name for c in claims(text, "en")] == ["Commission on Presidential Debates", "Donald Trump"]


def test_a_name_in_the_title_expands_a_short_name() -> None:
    text = '"She is a disgrace," Christie said.'
    (found,) = extract_claims(text, segment(text), "en", title="Chris Christie Calls Hillary Clinton A Disgrace")
    assert found.speaker.name == "Chris Christie"
    (found,) = extract_claims(text, segment(text), "en")
    assert found.speaker.name == "Christie"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hillary Clinton spoke about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that the "
     "epidemic should be recognized as intolerable.", "Hillary Clinton"),
    ("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”", "Hillary Clinton"),
])
def test_english_participle_reports_take_the_main_subject_or_their_noun(text: str, speaker: str) -> None:
    assert [c.speaker.name for c in claims(text, "en")] == [speaker]


def test_english_participle_describing_a_noun_is_not_a_report() -> None:
    assert claims("Obama had a wide array of black artists writing songs about him.", "en") == []


@pytest.mark.parametrize(("text", "assertion", "speaker_text"), [
    ("The top 1 percent would see their incomes go up by 19.9 percent, according to the Tax Foundation, "
     "more than twice the middle.", "The top 1 percent would see their incomes go up by 19.9 percent",
     "the Tax Foundation"),
    ("The Daily Caller found an old story. “His fortunes have changed since then,” it further wrote.",
     "His fortunes have changed since then", "it"),
    ("The New York businessman says of Clinton, “If she gets the chance, she will sell the Oval Office.”",
     "If she gets the chance, she will sell the Oval Office.", "The New York businessman"),
])
def test_english_more_cue_shapes(text: str, assertion: str, speaker_text: str) -> None:
    (found,) = claims(text, "en")
    assert (found.assertion, found.speaker_text) == (assertion, speaker_text)


def test_english_it_stands_for_the_last_organisation() -> None:
    text = "The Daily Caller found an old story. “His fortunes have changed since then,” it further wrote."
    assert claims(text, "en")[0].speaker.name == "Daily Caller"


@pytest.mark.parametrize("text", [
    'Obama and Clinton call them "lone wolves" and describe their actions as crimes.',
    "He then defended the remark, saying, “I don’t think this is a ridiculous idea.”",
])
def test_english_no_speaker_made_of_a_clause(text: str) -> None:
    assert all(c.speaker_text not in ("and", "He then defended the remark") for c in claims(text, "en"))


@pytest.mark.parametrize(("text", "speaker_text"), [
    ("''They pay us a lot of money, and we need money to pay our producers,'' Mr. King said.", "Mr. King"),
    ("Nearly eight of 10 voters say they plan to tune in.", "10 voters"),
    ("Then someone asked how Clinton could inspire young people.", "someone"),
    ('During a speech, Trump attacked Clinton over Libya, saying, "She is trigger-happy and very unstable."',
     "Trump"),
])
def test_english_speakers_with_numbers_indefinites_and_ing_surnames(text: str, speaker_text: str) -> None:
    (found,) = claims(text, "en")
    assert found.speaker_text == speaker_text


def test_a_bracketed_acronym_inside_a_speaker_phrase() -> None:
    text = ('"Korban terdampak banjir 1.776 KK," kata Plh Kepala Pelaksana Badan Penanggulangan Bencana Aceh (BPBA) '
            'Abd Aziz dalam keterangannya.')
    (found,) = claims(text)
    assert found.speaker.name == "Abd Aziz"


def test_name_comma_role_before_the_verb_names_the_person() -> None:
    text = ("Adnan Abu Hasna, Penasihat Media UNRWA mengatakan bahwa badan tersebut telah menyusun rencana.\n"
            '"Sangat mustahil untuk menjalani dua tahun tanpa sekolah," kata Abu Hasna.')
    assert [(c.speaker.name, c.speaker.role) for c in claims(text)] == [
        ("Adnan Abu Hasna", "Penasihat Media UNRWA"), ("Adnan Abu Hasna", "Penasihat Media UNRWA")]


def test_seraya_menambahkan_reports_again_for_the_same_speaker() -> None:
    text = ('"Sangat mustahil untuk menjalani dua tahun tanpa sekolah," kata Abu Hasna, seraya menambahkan bahwa '
            '8.000 guru akan berpartisipasi dalam program tersebut.')
    assert summary(text) == [
        ("Sangat mustahil untuk menjalani dua tahun tanpa sekolah", "Abu Hasna", "kata", "direct"),
        ("8.000 guru akan berpartisipasi dalam program tersebut", "Abu Hasna", "menambahkan", "indirect"),
    ]


def test_a_quote_over_several_paragraphs_belongs_to_the_speaker_where_it_closes() -> None:
    text = ("Warren spoke for ten minutes.\n"
            "“You squeezed employees to the breaking point. You took the money.\n"
            "“You should give it back and you should resign,” Warren told Stumpf.")
    found = claims(text, "en")
    assert [(c.assertion, c.speaker.name, c.kind) for c in found] == [
        ("You squeezed employees to the breaking point.", "Warren", "direct"),
        ("You took the money.", "Warren", "direct"),
        ("You should give it back and you should resign", "Warren", "direct"),
    ]


def test_a_quote_over_several_paragraphs_after_a_colon_cue() -> None:
    text = ("The New York Times reports:\n"
            '"In an illustration of the lack of enthusiasm, just 24 percent of the contributors gave $200 or less.\n'
            '"In 2012, 43 percent of the money to Mr. Obama was from small contributors."')
    assert [c.speaker.name for c in claims(text, "en")] == ["New York Times"] * 2


def test_an_unclosed_quote_without_a_cue_attributes_nothing() -> None:
    text = ("Melanie thought the whole thing was outrageous, the article said.\n"
            '"She was anxious, sure. Enraged, definitely.\n'
            "Kevin was snoring.")
    assert [c.assertion for c in claims(text, "en")] == ["Melanie thought the whole thing was outrageous"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Proponents, including the Conference of Mayors, have urged Congress to leave the program intact.",
     [("Congress to leave the program intact", "Proponents", "urged", "indirect")]),
    ("Mr. Trump has attacked loopholes that benefit others, and has called for eliminating the carried interest "
     "break.", [("eliminating the carried interest break", "Trump", "called for", "indirect")]),
    ("Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and encouraged "
     "Americans to look.", [("Machado was “disgusting” and “a con”", "Trump", "tweeted", "indirect")]),
])
def test_english_auxiliaries_before_the_verb_and_scare_quotes(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert summary(text, "en") == expected


@pytest.mark.parametrize(("text", "name", "role"), [
    ('"Kami merintis ekspor," kata Kepala Bidang Hortikultura DKPP Kabupaten Indramayu, M Ikhwan, Sabtu (18/10).',
     "M Ikhwan", "Kepala Bidang Hortikultura DKPP Kabupaten Indramayu"),
    ('"Pelaku sudah ditahan," kata Kasat Reskrim Polres Polman, AKP Budi Adi kepada wartawan, Senin (20/10).',
     "Budi Adi", "Kasat Reskrim Polres Polman AKP"),
    ('"Air mulai surut," kata Kalaksa Badan Penanggulangan Bencana Daerah Kabupaten Klaten, Sutarno, Rabu (5/3).',
     "Sutarno", "Kalaksa Badan Penanggulangan Bencana Daerah Kabupaten Klaten"),
    ('"Data sudah lengkap," ujar Direktur Jenderal Pajak Kementerian Keuangan, Rina Wulandari, Senin (3/3).',
     "Rina Wulandari", "Direktur Jenderal Pajak Kementerian Keuangan"),
])
def test_a_name_in_commas_after_a_role_is_the_speaker(text: str, name: str, role: str) -> None:
    [claim] = claims(text)
    assert (claim.speaker.name, claim.speaker.role) == (name, role)


def test_a_place_after_an_institution_is_not_a_speaker() -> None:
    [claim] = claims('"Air mulai surut," kata Badan Penanggulangan Bencana Daerah, Klaten.')
    assert claim.speaker.name != "Klaten"


def test_a_short_name_takes_the_full_name_the_article_gives_later() -> None:
    text = ('"Harga mangga naik," kata Ikhwan.\n'
            'Kepala Bidang Hortikultura Ikhwan Santoso menambahkan bahwa ekspor dimulai tahun depan.')
    assert [c.speaker.name for c in claims(text)] == ["Ikhwan Santoso", "Ikhwan Santoso"]


def test_a_pronoun_before_anyone_is_named_is_the_person_in_the_headline() -> None:
    text = 'Ia mengaku kaget melihat perubahan itu.\n"Dia agak kurus," tutur Venna Melinda.'
    found = extract_claims(text, segment(text), "id", title="Verrell Lebih Kurus, Venna Melinda: Syok Hadapi Politik")
    assert {c.speaker.name for c in found} == {"Venna Melinda"}


def test_english_names_are_not_merged_by_surname() -> None:
    text = ("Hillary Clinton spoke first. Bill Clinton said the plan is working. The bill passed. "
            "Bill Clinton said the economy grew.")
    assert {c.speaker.name for c in claims(text, "en")} == {"Bill Clinton"}


def test_a_role_described_with_itu_after_the_verb_points_back_to_its_holder() -> None:
    text = ('Gubernur Bali Wayan Koster meninjau pelabuhan.\n"Pelabuhan ini sudah siap," kata Kadis Perhubungan '
            'Made Sura.\n"Kunjungan wisata naik tahun ini," ungkap Gubernur asal Buleleng itu.')
    assert [(c.speaker_text, c.speaker.name) for c in claims(text)][-1] == ("Gubernur asal Buleleng itu",
                                                                            "Wayan Koster")


def test_a_nickname_given_with_atau_resolves_to_the_full_name() -> None:
    text = ('Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau lokasi banjir di Bekasi, Senin (3/3).\n'
            '"Bantuan sudah kami kirim ke semua posko," kata Gus Ipul.\n'
            '"Kami juga menyiapkan dapur umum," ujar Ipul.\n'
            '"Warga tidak perlu khawatir," katanya.')
    assert [c.speaker.name for c in claims(text)] == ["Saifullah Yusuf"] * 3


@pytest.mark.parametrize("link", ["alias", "yang akrab disapa"])
def test_a_nickname_given_with_alias_or_disapa_resolves_to_the_full_name(link: str) -> None:
    text = (f'Ketua umum partai Muhaimin Iskandar {link} Cak Imin hadir di Surabaya.\n'
            '"Koalisi kami tetap solid sampai akhir," ujar Cak Imin.')
    assert summary(text) == [("Koalisi kami tetap solid sampai akhir", "Muhaimin Iskandar", "ujar", "direct")]


@pytest.mark.parametrize("sentence", [
    "Sumarno menekankan pentingnya kolaborasi antara sekolah dan orang tua.",
    "Kepala dinas menegaskan pentingnya PAUD sebagai fondasi pendidikan anak.",
    "Prabowo juga menyatakan kegeramannya terhadap para koruptor yang merugikan negara.",
    "Gubernur menyampaikan penghargaan kepada para relawan yang membantu warga.",
])
def test_a_speech_verb_with_a_noun_phrase_object_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(("sentence", "assertion"), [
    ("Menteri menyampaikan pemindahan dana sebesar Rp 200 triliun ke bank nasional tidak akan memicu inflasi.",
     "pemindahan dana sebesar Rp 200 triliun ke bank nasional tidak akan memicu inflasi"),
    ("Budi mengatakan kebijakan itu akan berlaku mulai bulan depan.",
     "kebijakan itu akan berlaku mulai bulan depan"),
    ("Pengacara itu menegaskan pemusnahan barang yang dilakukan di gudang bukanlah milik kliennya.",
     "pemusnahan barang yang dilakukan di gudang bukanlah milik kliennya"),
    ("Menteri mengungkapkan kebijakan dagang Presiden AS, Donald Trump justru membawa dampak positif.",
     "kebijakan dagang Presiden AS, Donald Trump justru membawa dampak positif"),
    ("Ia menegaskan keputusannya sudah final dan tidak bisa diubah.",
     "keputusannya sudah final dan tidak bisa diubah"),
])
def test_a_nominal_subject_of_a_reported_clause_is_still_a_claim(sentence: str, assertion: str) -> None:
    assert [c.assertion for c in claims(sentence)] == [assertion]


def test_a_noun_phrase_object_then_a_bahwa_clause_keeps_the_clause() -> None:
    text = ("Prabowo menyatakan keprihatinannya atas bencana itu, dengan mengatakan bahwa pemerintah "
            "akan segera membantu korban.")
    assert summary(text) == [("pemerintah akan segera membantu korban", "Prabowo", "mengatakan", "indirect")]


def test_the_subject_of_a_noun_phrase_report_is_the_next_clitic_speaker() -> None:
    text = ("Acara digelar di Hotel Owabong, Purbalingga, Sabtu (18/10).\n"
            "Sumarno menekankan pentingnya kolaborasi antarlembaga.\n"
            '"Nanti kita bisa bikin acara bersama pegiat lingkungan," sambungnya.')
    assert summary(text) == [("Nanti kita bisa bikin acara bersama pegiat lingkungan", "Sumarno", "sambung",
                              "direct")]


@pytest.mark.parametrize(("speaker", "verb"), [("Potter", "menjelaskan"), ("Sri Mulyani", "menuturkan"),
                                               ("Budi Santoso", "mengatakan")])
def test_a_name_then_a_speech_verb_after_a_quote(speaker: str, verb: str) -> None:
    text = f'"Ekonomi kita tumbuh lima persen tahun ini," {speaker} {verb} kepada wartawan, Senin (2/2).'
    assert summary(text) == [("Ekonomi kita tumbuh lima persen tahun ini", speaker, verb, "direct")]
