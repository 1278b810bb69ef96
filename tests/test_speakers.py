"""Speaker phrases: names split from roles, kinds, and coreference within one article."""

from __future__ import annotations

import pytest

from factcheck.document import SpeakerRef
from factcheck.extract.speakers import (
    SpeakerResolver,
    nicknames,
    parse_speaker,
    title_mentions,
)


@pytest.mark.parametrize(("phrase", "name", "role"), [
    ("Sekretaris Pers Departemen Pertahanan Amerika Serikat Mayor Jenderal Patrick Ryder", "Patrick Ryder",
     "Sekretaris Pers Departemen Pertahanan Amerika Serikat Mayor Jenderal"),
    ("Menlu Blinken", "Blinken", "Menlu"),
    ("Mensos Saifullah Yusuf", "Saifullah Yusuf", "Mensos"),
    ("Duta Besar AS untuk PBB Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "Duta Besar AS untuk PBB"),
    ("Menteri Dalam Negeri Tito Karnavian", "Tito Karnavian", "Menteri Dalam Negeri"),
    ("Gubernur Riau Abdul Wahid", "Abdul Wahid", "Gubernur Riau"),
    ("Wali Kota Surabaya Eri Cahyadi", "Eri Cahyadi", "Wali Kota Surabaya"),
    ("juru bicara Kremlin Dmitry Peskov", "Dmitry Peskov", "juru bicara Kremlin"),
    ("Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi", "Ade Ary Syam Indradi",
     "Kabid Humas Polda Metro Jaya Kombes"),
    ("Kepala Satuan Tugas KPK Wilayah V Dian Patria", "Dian Patria", "Kepala Satuan Tugas KPK Wilayah V"),
    ("Dr. Siti Nadia Tarmizi", "Siti Nadia Tarmizi", "Dr."),
    ("Trump spokesman Jason Miller", "Jason Miller", "Trump spokesman"),
    ("Jung Pak", "Jung Pak", None),
])
def test_titles_and_roles_are_split_from_names(phrase: str, name: str, role: str | None) -> None:
    ref = parse_speaker(phrase).ref
    assert ref == SpeakerRef(name, role, "person")


@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("Gedung Putih", "Gedung Putih", "organization"),
    ("BPS", "BPS", "organization"),
    ("Amerika Serikat", "Amerika Serikat", "organization"),
    ("Clinton campaign", "Clinton campaign", "organization"),
    ("Korsel, AS dan Jepang", "Korsel, AS dan Jepang", "group"),
    ("Para pejabat Korea Selatan", "pejabat Korea Selatan", "group"),
    ("pernyataan bersama AS dan Sekutu", "AS dan Sekutu", "group"),
    ("Seorang juru bicara departemen luar negeri", "juru bicara departemen luar negeri", "person"),
    ("Direktur rumah lelang Drouot", "Direktur rumah lelang Drouot", "person"),
])
def test_organisations_groups_and_descriptions(phrase: str, name: str, kind: str) -> None:
    assert parse_speaker(phrase).ref == SpeakerRef(name, None, kind)


@pytest.mark.parametrize("phrase", ["katanya", "ujarnya", "jelasnya", "Menurutnya", "ia", "Dia", "beliau", "he",
                                    "She", "Diplomat AS tersebut"])
def test_pronouns_clitics_and_anaphora_point_back_to_a_person(phrase: str) -> None:
    parsed = parse_speaker(phrase)
    assert parsed.ref is None and parsed.pointer == "person"


@pytest.mark.parametrize("phrase", ["mereka", "they", "pernyataan tersebut", "pernyataan bersama tersebut"])
def test_plural_pronouns_and_statements_point_back_to_a_collective(phrase: str) -> None:
    parsed = parse_speaker(phrase)
    assert parsed.ref is None and parsed.pointer == "collective"


def test_a_noun_with_a_clitic_is_a_description_not_a_pronoun() -> None:
    assert parse_speaker("pengacaranya").ref == SpeakerRef("pengacaranya", None, "person")


def test_short_names_and_clitics_resolve_to_the_fullest_earlier_mention() -> None:
    resolver = SpeakerResolver()
    full = resolver.resolve("Sekretaris Pers Departemen Pertahanan Amerika Serikat Mayor Jenderal Patrick Ryder")
    assert resolver.resolve("Ryder") == full
    assert resolver.resolve("katanya") == full
    assert full.name == "Patrick Ryder"


def test_a_surname_that_is_also_a_title_resolves_to_the_person() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Jung Pak", role="Wakil Asisten Menteri Luar Negeri")
    assert resolver.resolve("Pak") == SpeakerRef("Jung Pak", "Wakil Asisten Menteri Luar Negeri", "person")


def test_a_short_name_without_an_earlier_full_name_keeps_its_role() -> None:
    assert SpeakerResolver().resolve("Menlu Blinken") == SpeakerRef("Blinken", "Menlu", "person")


def test_a_pronoun_follows_the_latest_speaker_or_person_in_focus() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Ryder")
    resolver.mention(SpeakerRef("Matthew Miller", "Juru Bicara", "person"), focus=True)
    assert resolver.resolve("lanjutnya").name == "Matthew Miller"
    resolver.resolve("BPS")
    assert resolver.resolve("tuturnya").name == "BPS"


def test_descriptions_of_a_group_resolve_to_the_named_group_with_as_many_parties() -> None:
    named = [SpeakerRef("peneliti dan Washington", None, "group"), SpeakerRef("Korsel, AS dan Jepang", None, "group")]
    resolver = SpeakerResolver(named)
    assert resolver.resolve("tiga menteri").name == "Korsel, AS dan Jepang"
    assert resolver.resolve("mereka").name == "Korsel, AS dan Jepang"
    assert resolver.resolve("pernyataan tersebut").name == "Korsel, AS dan Jepang"


def test_a_single_name_is_completed_from_the_article_text() -> None:
    text = "Klaim itu membuat CEOApriliaRacing Massimo Rivola langsung bereaksi. Rivola menampik."
    resolver = SpeakerResolver(text=text)
    assert resolver.resolve("Rivola", position=text.index("Rivola menampik")).name == "Massimo Rivola"


def test_title_mentions_find_people_introduced_with_a_title() -> None:
    found = title_mentions("Atas undangan Menteri Luar Negeri Rusia Sergei Lavrov, Menlu Korea Utara Choe Son-hui "
                           "bertemu Presiden Rusia Vladimir Putin.")
    assert [ref.name for _, ref in found] == ["Sergei Lavrov", "Choe Son-hui", "Vladimir Putin"]


def test_he_and_she_skip_organisations_and_people_of_the_other_gender() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Mr. Trump")
    resolver.resolve("Spokeswoman Jessica Ditto")
    assert resolver.resolve("she").name == "Jessica Ditto"
    assert resolver.resolve("he").name == "Trump"
    resolver.resolve("the Commission on Presidential Debates")
    assert resolver.resolve("he").name == "Trump"
    resolver.resolve("the Commission on Presidential Debates")
    assert resolver.resolve("katanya").name == "Commission on Presidential Debates"  # Indonesian -nya may be


def test_a_pronoun_of_unknown_gender_agreement_keeps_the_latest_speaker() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Mr. Obama")
    assert resolver.resolve("she").name == "Obama"


def test_a_role_description_resolves_to_the_person_named_with_that_role() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Republican presidential nominee Donald Trump")
    resolver.resolve("Hillary Clinton")
    assert resolver.resolve("the GOP nominee").name == "Donald Trump"


def test_a_sentence_opener_is_not_part_of_a_name_learnt_from_the_text() -> None:
    text = "If Donald Trump wins, taxes fall. Trump said so."
    resolver = SpeakerResolver(text=text)
    assert resolver.resolve("Trump", position=text.index("Trump said")).name == "Donald Trump"


def test_headline_names_only_fill_in_for_names_the_text_does_not_give() -> None:
    text = "Bobby Nasution menjawab. Bobby menegaskan hal itu."
    resolver = SpeakerResolver(text=text)
    resolver.learn_names("Bobby Respons Purbaya soal Dana Mengendap")
    assert resolver.resolve("Bobby", position=text.index("Bobby menegaskan")).name == "Bobby Nasution"
    resolver.learn_names("Gubernur Khofifah Indar Parawansa Tanggapi Kritik")
    assert resolver.resolve("Khofifah").name == "Khofifah"  # three name words: not learnt


def test_an_acronym_that_is_also_a_surname_is_a_name_unless_in_capitals() -> None:
    assert parse_speaker("Ham").ref == SpeakerRef("Ham", None, "person")
    assert parse_speaker("HAM").ref.kind == "organization"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi", "Moch Faruk Rozi"),  # a rank, not a place, before the name
    ("Bupati Sleman Kustini Sri Purnomo", "Kustini Sri Purnomo"),  # the place right after the title
    ("Wakil Bupati Bangli I Wayan Diar", "I Wayan Diar"),
    ("Kepala Dinas Kesehatan Bali Ni Luh Ayu Suastini", "Ni Luh Ayu Suastini"),
    ("Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono",
     "Agus Harimurti Yudhoyono"),
    ("Anggota Komisi II DPR RI Fraksi Golkar Riswan Tony", "Riswan Tony"),  # a party after "Fraksi"
    ("Ketua Umum Andi Supangat PhD", "Andi Supangat"),  # a degree after the name
])
def test_places_ranks_offices_and_balinese_prefixes_around_a_name(phrase: str, name: str) -> None:
    assert parse_speaker(phrase).ref.name == name


def _canonical(text: str, phrase: str) -> str:
    resolver = SpeakerResolver(text=text)
    ref = resolver.resolve(phrase, position=text.index(phrase))
    return resolver.canonical(ref).name


def test_a_short_name_takes_the_full_name_written_later() -> None:
    text = ("\"Ini penghargaan,\" kata Renita.\nKini Brigadir Renita Rismayanti bertugas di Timor Leste. "
            "Wali Kota Bogor Dedie A Rachim hadir. Dedie menambahkan hal itu.")
    assert _canonical(text, "Renita") == "Renita Rismayanti"
    assert _canonical(text, "Dedie") == "Dedie A Rachim"  # "Bogor" is the city after "Wali Kota"


def test_a_name_grows_to_the_longest_form_of_that_person_in_the_article() -> None:
    text = ("Kapolsek Kuta Kompol Agus Riwayanto Diputra hadir. Agus Riwayanto Diputra mengatakan pelaku "
            "ditangkap. Riwayanto Diputra menambahkan hal itu.")
    resolver = SpeakerResolver(text=text)
    resolver.resolve("Agus Riwayanto Diputra")
    ref = resolver.resolve("Riwayanto Diputra", position=text.index("Riwayanto Diputra menambahkan"))
    assert resolver.canonical(ref).name == "Agus Riwayanto Diputra"


def test_a_short_name_shared_by_two_people_or_only_in_a_subheading_stays_short() -> None:
    text = "Agus Salim hadir bersama Agus Riwayanto. Agus mengatakan hal itu.\nIni Jawaban Purbaya\nPurbaya berkata."
    assert _canonical(text, "Agus") == "Agus"
    assert _canonical(text, "Purbaya") == "Purbaya"


def test_common_words_are_not_names() -> None:
    text = ("Awalnya Purbaya bercerita. Purbaya lalu berkata. Purbaya menambahkan, awalnya sulit. Menurut Rano, "
            "harga naik. Rano menegaskan hal itu.")
    assert _canonical(text, "Awalnya Purbaya") == "Purbaya"  # "awalnya" is also written in lower case
    assert _canonical(text, "Rano") == "Rano"  # not "Menurut Rano": "Menurut" only opens sentences
    text = "Zulhas awalnya berkata. Zulhas menambahkan hal itu, awalnya pelan. Zulhas datang."
    assert _canonical(text, "Zulhas awalnya") == "Zulhas"


def test_a_role_phrase_is_not_eaten_as_a_name() -> None:
    text = "Kepala Pelaksana Badan Penanggulangan Bencana Aceh mengatakan bencana itu meluas."
    assert _canonical(text, "Kepala Pelaksana Badan Penanggulangan Bencana Aceh") == \
        "Kepala Pelaksana Badan Penanggulangan Bencana Aceh"


def test_a_role_ending_in_an_acronym_names_nobody() -> None:
    ref = parse_speaker("Plt Deputi Penindakan dan Eksekusi KPK").ref
    assert ref.name == "Plt Deputi Penindakan dan Eksekusi KPK"


def test_a_short_name_prefers_the_full_name_it_starts() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Presiden Prabowo Subianto")
    resolver.resolve("Kapolri Jenderal Listyo Sigit Prabowo")
    assert resolver.resolve("Prabowo").name == "Prabowo Subianto"


@pytest.mark.parametrize("first", [
    "Menteri Perhubungan Budi Karya Sumadi (BKS) meresmikan terminal baru.",
    "Menteri Perhubungan Budi Karya Sumadi meresmikan terminal baru.",
])
def test_an_all_caps_short_form_is_the_person_it_abbreviates(first: str) -> None:
    text = f'{first}\n"Terminal ini untuk warga," kata BKS.'
    resolver = SpeakerResolver(text=text)
    resolver.resolve("Menteri Perhubungan Budi Karya Sumadi", 0)
    ref = resolver.resolve("BKS", text.index("kata BKS") + 5)
    assert ref == SpeakerRef("Budi Karya Sumadi", "Menteri Perhubungan", "person")


def test_an_organisation_short_form_stays_as_written() -> None:
    text = 'Badan Pusat Statistik (BPS) merilis data.\n"Inflasi turun," kata BPS.'
    resolver = SpeakerResolver(text=text)
    resolver.mention(SpeakerRef("Badan Pusat Statistik", None, "organization"))
    assert resolver.resolve("BPS", text.index("kata BPS") + 5).name == "BPS"


@pytest.mark.parametrize("phrase", ["Keduanya", "kedua pria itu", "Mereka berdua"])
def test_the_two_of_them_are_the_last_two_people_named_together(phrase: str) -> None:
    text = ('Kapolres Bogor Rio Wahyu menjelaskan kasus itu.\n'
            'Polisi kemudian menemukan Andi dan Joko di sebuah gubuk.\n'
            f'{phrase} mengaku tersesat di hutan.')
    resolver = SpeakerResolver(text=text)
    resolver.resolve("Kapolres Bogor Rio Wahyu", 0)
    assert resolver.resolve(phrase, text.index(phrase)) == SpeakerRef("Andi dan Joko", None, "group")


def test_the_two_of_them_prefer_a_group_of_two_that_spoke() -> None:
    text = 'Polisi menemukan Andi dan Joko.\n"Kami sepakat," kata Jokowi dan Prabowo. Keduanya tersenyum.'
    resolver = SpeakerResolver([SpeakerRef("Jokowi dan Prabowo", None, "group")], text)
    resolver.resolve("Jokowi dan Prabowo", text.index("Jokowi"))
    assert resolver.resolve("Keduanya", text.index("Keduanya")).name == "Jokowi dan Prabowo"


def test_a_role_with_itu_or_tersebut_is_the_last_person_holding_that_role() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("politikus PDIP Budi Santoso")
    resolver.resolve("Ketua KPU Siti Aminah")
    assert resolver.resolve("politikus PDIP tersebut").name == "Budi Santoso"
    assert resolver.resolve("Ketua asal Medan itu").name == "Siti Aminah"


def test_a_role_nobody_holds_points_to_the_last_speaker() -> None:
    resolver = SpeakerResolver()
    resolver.resolve("Ketua KPU Siti Aminah")
    resolver.resolve("Budi Santoso")
    assert resolver.resolve("Gubernur asal Buleleng itu").name == "Budi Santoso"


def test_a_short_form_in_brackets_after_no_name_stays_as_written() -> None:
    text = 'program makan gratis (MBG) dimulai.\n"Dapur siap," kata MBG.'
    resolver = SpeakerResolver(text=text)
    resolver.resolve("Menteri Sosial Budi Santoso")
    resolver.resolve("Kepala BGN Siti Aminah")
    assert resolver.resolve("MBG", text.index("kata MBG") + 5).name == "MBG"


@pytest.mark.parametrize(("text", "expected"), [
    ("Menteri Sosial Saifullah Yusuf atau Gus Ipul datang.",
     {"Gus Ipul": "Saifullah Yusuf", "Ipul": "Saifullah Yusuf"}),
    ("Polisi menahan Ahmad Fauzi alias Pablo kemarin.", {"Pablo": "Ahmad Fauzi"}),
    ("Wali Kota Ridwan Kamil yang akrab disapa Kang Emil hadir.",
     {"Kang Emil": "Ridwan Kamil", "Emil": "Ridwan Kamil"}),
    ("Bupati Budi Santoso, yang biasa dipanggil Mas Budi, hadir.",
     {"Mas Budi": "Budi Santoso", "Budi": "Budi Santoso"}),
])
def test_nicknames_map_to_the_full_name(text: str, expected: dict[str, str]) -> None:
    assert nicknames(text) == expected


def test_atau_between_two_people_is_no_nickname() -> None:
    assert nicknames("Pilihannya Anies Baswedan atau Ganjar Pranowo.") == {}
    assert nicknames("Yang maju bisa Anies Baswedan atau Ganjar, kata pengamat.") == {}


def test_resolver_names_a_nicknamed_speaker_by_the_full_name() -> None:
    text = "Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau lokasi banjir."
    resolver = SpeakerResolver([], text)
    assert resolver.resolve("Gus Ipul", 60).name == "Saifullah Yusuf"
    assert resolver.resolve("Ipul", 70).name == "Saifullah Yusuf"
    assert resolver.resolve("katanya", 80).name == "Saifullah Yusuf"
