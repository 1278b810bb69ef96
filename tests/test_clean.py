"""Cleaning: page furniture, outlet, wires, title, date, language; seeds and real corpora."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.document import RawArticle
from factcheck.ingest.clean import clean
from factcheck.ingest.language import detect_language
from factcheck.ingest.normalize_text import normalize_text
from factcheck.ingest.outlets import canonical_outlet, canonical_wire, outlet_domain

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DETIK = CORPORA / "detik-1000" / "articles.jsonl"
POLNEAR = CORPORA / "polnear-dev"


def seed(number: int) -> RawArticle:
    path = next(SEEDS.glob(f"{number:03d}_*.txt"))
    return RawArticle(source=str(path), text=path.read_text(encoding="utf-8"))


def cleaned(text: str, **fields: str) -> str:
    return clean(RawArticle(source="t.txt", text=text, **fields)).text


# ---------------------------------------------------------------------------
# Seeds

SEED_METADATA = [
    (0, None, (), None, None),
    (1, "Bisnis.com", (), "Sebelum Kim Jong-un dan Putin Bertemu, Gedung Putih Minta Korut Tidak Beri Senjata ke Rusia",
     None),
    (2, "Republika", (), None, date(2023, 10, 26)),
    (3, "Tempo", ("Reuters",), "AS dan Sekutu Kecam Kerja Sama Militer Korea Utara-Rusia, Dibawa ke DK PBB",
     date(2024, 1, 10)),
    # "Rabu (17/1)" has no year: 2024 comes from the copyright line, and 17 January 2024 is a Wednesday.
    (4, "Antara", ("Yonhap",), None, date(2024, 1, 17)),
]


@pytest.mark.parametrize(("number", "outlet", "wires", "title", "published"), SEED_METADATA)
def test_seed_metadata(number: int, outlet: str | None, wires: tuple[str, ...], title: str | None,
                       published: date | None) -> None:
    article = clean(seed(number))
    assert article.outlet == outlet
    assert article.wires == wires
    assert article.title == title
    assert article.published == published
    assert article.language == "id"
    assert article.raw_text == seed(number).text


SEED_FURNITURE = {
    1: ["Nyaman tanpa iklan", "Langganan BisnisPro", "via REUTERS", "Vostochny", "Bisnis.com, JAKARTA",
        "Nizar Fachri Rabbani", "Cek Berita dan Artikel", "Google News", "Penulis", "Redaksi", "Nancy Junita",
        "Konten Premium", "Silakan login", "Artikel Terkait", "Berita Lainnya", "Berita Terbaru", "Hot Topic",
        "Rekomendasi Kami", "Foto", "Scan QR Code", "e-paper"],
    2: ["REPUBLIKA.CO.ID", "WASHINGTON --"],
    3: ["Reporter", "Tempo.co", "Editor", "Yudono Yanuar", "11:25 WIB", "Seorang pria memotret",
        "REUTERS", "Advertising", "Pilihan Editor", "Raja Malaysia", "Berita terkait", "jam lalu", "hari lalu",
        "Baca Selengkapnya", "Perwira Angkatan Darat", "Harrison Mann", "Royal Enfield", "143 negara",
        "Lindsey Graham", "Formula 1", "Kuadriliun", "TEMPO.CO, Jakarta"],
    4: ["Sumber: Yonhap", "COPYRIGHT", "Kalimantan Barat"],
}

SEED_BODY = {
    0: ["Upaya Korea Utara untuk terus mengembangkan program senjata pemusnah massal",
        "“Kami tetap berkomitmen untuk mengupayakan dialog dan diplomasi dengan RDRK"],
    1: ["Gedung Putih meminta Korut untuk tidak memberikan senjata apa pun kepada Rusia sebelum pertemuan",
        "Dilansir dari The Korean Herald, Adrienne Watson",
        "kata Watson kepada Kantor Berita Yonhap",
        "akan melanggar resolusi DK PBB."],
    2: ["kata tiga menteri dalam pernyataan yang Republika terima, Kamis (26/10/2023)", "tutup mereka."],
    3: ["Ditanya tentang tuduhan tersebut selama panggilan telepon dengan wartawan",
        "melarang negara-negara memperdagangkan senjata atau peralatan militer lainnya dengan Korea Utara."],
    4: ["Amerika Serikat pada Rabu (17/1) memperingatkan",
        "termasuk resolusi yang didukungnya sendiri,\" ucap Miller."],
}


@pytest.mark.parametrize("number", sorted(SEED_FURNITURE))
def test_seed_furniture_is_gone(number: int) -> None:
    text = clean(seed(number)).text
    for furniture in SEED_FURNITURE[number]:
        assert furniture not in text, furniture


@pytest.mark.parametrize("number", sorted(SEED_BODY))
def test_seed_body_is_kept(number: int) -> None:
    text = clean(seed(number)).text
    for sentence in SEED_BODY[number]:
        assert sentence in text, sentence


def test_seed_body_paragraphs_are_all_kept() -> None:
    # Seeds 000 and 002 have no furniture and no title: every paragraph survives as it was.
    for number, dateline in ((0, ""), (2, "REPUBLIKA.CO.ID, WASHINGTON -- ")):
        raw = seed(number)
        paragraphs = [line.strip() for line in raw.text.split("\n") if line.strip()]
        paragraphs[0] = paragraphs[0].removeprefix(dateline)
        assert clean(raw).text.split("\n") == paragraphs


def test_first_sentence_starts_after_the_dateline() -> None:
    assert clean(seed(2)).text.startswith("Korea Selatan, Jepang, dan Amerika Serikat mengecam")
    assert clean(seed(3)).text.startswith("Amerika Serikat dan sekutunya mengecam")
    first, second = clean(seed(1)).text.split("\n")[:2]
    assert first.startswith("Gedung Putih meminta Korut untuk")  # the standfirst is real text
    assert second.startswith("Gedung Putih meminta Korea Utara (Korut)")


def test_seed_003_ends_with_the_last_body_paragraph() -> None:
    assert clean(seed(3)).text.endswith("peralatan militer lainnya dengan Korea Utara.")


def test_cleaned_text_has_one_paragraph_a_line() -> None:
    for number in range(5):
        text = clean(seed(number)).text
        assert text == text.strip()
        assert "\n\n" not in text
        assert all(line == line.strip() and line for line in text.split("\n"))


def test_clean_is_idempotent_on_seeds() -> None:
    for number in range(5):
        once = clean(seed(number))
        twice = clean(RawArticle(source="again", text=once.text, title=once.title, outlet=once.outlet))
        assert twice.text == once.text


# ---------------------------------------------------------------------------
# Outlet

def test_outlet_argument_overrides_and_is_canonical() -> None:
    assert clean(seed(3), outlet="tempo.co").outlet == "Tempo"
    assert clean(seed(3), outlet="Pontianak Post").outlet == "Pontianak Post"


def test_raw_outlet_is_used_and_canonicalised() -> None:
    raw = RawArticle(source="t", text="Jakarta - Harga beras naik lagi pekan ini.", outlet="antaranews.com")
    assert clean(raw).outlet == "Antara"
    assert clean(RawArticle(source="t", text="Teks.", outlet="  Harian Lokal ")).outlet == "Harian Lokal"


def test_outlet_from_url_domain() -> None:
    raw = RawArticle(source="t", text="Harga beras naik lagi pekan ini.",
                     url="https://kalbar.antaranews.com/berita/123/harga-beras")
    assert clean(raw).outlet == "Antara"


@pytest.mark.parametrize(("line", "outlet", "rest"), [
    ("REPUBLIKA.CO.ID, WASHINGTON -- Korea Selatan mengecam.", "Republika", "Korea Selatan mengecam."),
    ("TEMPO.CO, Jakarta - Amerika Serikat mengecam.", "Tempo", "Amerika Serikat mengecam."),
    ("Bisnis.com, JAKARTA - Gedung Putih meminta.", "Bisnis.com", "Gedung Putih meminta."),
    ("Jakarta (ANTARA) - Pemerintah menaikkan harga.", "Antara", "Pemerintah menaikkan harga."),
    ("KOMPAS.com - Presiden meresmikan bendungan.", "Kompas", "Presiden meresmikan bendungan."),
    ("JAKARTA, KOMPAS.com - Presiden meresmikan bendungan.", "Kompas", "Presiden meresmikan bendungan."),
    ("Jakarta, CNN Indonesia -- Harga emas turun.", "CNN Indonesia", "Harga emas turun."),
    ("Liputan6.com, Jakarta - Harga emas turun.", "Liputan6", "Harga emas turun."),
])
def test_outlet_from_dateline(line: str, outlet: str, rest: str) -> None:
    article = clean(RawArticle(source="t", text=line))
    assert article.outlet == outlet
    assert article.text == rest


def test_bare_detik_dateline_with_detik_mention() -> None:
    text = "Jakarta - Menteri itu menjawab pertanyaan.\n\"Kami siap,\" katanya kepada detikcom, Senin (20/10/2025)."
    article = clean(RawArticle(source="t", text=text))
    assert article.outlet == "detik.com"
    assert article.text.startswith("Menteri itu menjawab")
    assert article.published == date(2025, 10, 20)


def test_outlet_from_copyright_line() -> None:
    text = "Harga beras naik lagi pekan ini, kata pedagang.\nCOPYRIGHT © ANTARA News Kalimantan Barat 2024"
    article = clean(RawArticle(source="t", text=text))
    assert article.outlet == "Antara"
    assert article.text == "Harga beras naik lagi pekan ini, kata pedagang."


def test_unknown_outlet_is_none() -> None:
    assert clean(RawArticle(source="t", text="Harga beras naik lagi pekan ini.")).outlet is None


def test_outlet_table_lookups() -> None:
    assert canonical_outlet("REPUBLIKA.CO.ID") == "Republika"
    assert canonical_outlet("https://www.tempo.co/politik/x") == "Tempo"
    assert canonical_outlet("Nowhere Gazette") is None
    assert canonical_wire("Associated Press") == "AP"
    assert canonical_wire("Kantor Berita Yonhap") == "Yonhap"
    assert outlet_domain("Bisnis.com") == "bisnis.com"
    assert outlet_domain("Reuters") == "reuters.com"


# ---------------------------------------------------------------------------
# Wires

BODY = "Pemerintah Korea Selatan menyatakan keprihatinan atas peluncuran rudal terbaru itu."


@pytest.mark.parametrize(("text", "wires"), [
    (f"{BODY}\nREUTERS", ("Reuters",)),
    (f"{BODY}\nSumber: Yonhap", ("Yonhap",)),
    (f"{BODY}\nSumber: Reuters, AFP", ("Reuters", "AFP")),
    (f"Dilansir dari Yonhap, {BODY}", ("Yonhap",)),
    (f"{BODY[:-1]}, seperti dikutip dari Reuters.", ("Reuters",)),
    (f"SEOUL (Reuters) - {BODY}", ("Reuters",)),
    (f"WASHINGTON (AP) — {BODY}", ("AP",)),
    (f"{BODY} (AFP)", ("AFP",)),
    (f"Dilansir kantor berita Xinhua, {BODY}", ("Xinhua",)),
])
def test_wire_credits(text: str, wires: tuple[str, ...]) -> None:
    article = clean(RawArticle(source="t", text=text))
    assert article.wires == wires
    assert BODY.rstrip(".")[20:] in article.text


@pytest.mark.parametrize("text", [
    "\"Kami prihatin,\" kata Watson kepada Reuters.",
    "Menurut survei Reuters terhadap daftar pemilih, partisipasi naik.",
    "Mengutip data Bloomberg, rupiah melemah 20 poin.",
    "Dilansir dari The Korean Herald, Adrienne Watson menyatakan keprihatinan.",
    "Warga antara lain mengungsi ke gedung sekolah.",
])
def test_mentions_that_are_not_wire_credits(text: str) -> None:
    article = clean(RawArticle(source="t", text=text))
    assert article.wires == ()
    assert article.text == text


def test_photo_credit_is_not_a_wire_credit() -> None:
    caption = "Presiden Putin bertemu Kim Jong-un, 13 September 2023. Sputnik/Vladimir Smirnov/Pool via REUTERS rn"
    article = clean(RawArticle(source="t", text=f"{caption}\n{BODY}"))
    assert article.wires == ()
    assert article.text == BODY


def test_outlet_is_not_its_own_wire() -> None:
    article = clean(RawArticle(source="t", text=f"Jakarta (ANTARA) - {BODY} (ANTARA)"))
    assert article.outlet == "Antara"
    assert article.wires == ()
    article = clean(RawArticle(source="t", text=f"Jakarta (ANTARA) - {BODY}", outlet="Pontianak Post"))
    assert article.wires == ("Antara",)


# ---------------------------------------------------------------------------
# Furniture

def test_sentence_mentioning_reuters_is_not_a_caption() -> None:
    text = ("Seorang pejabat yang berbicara kepada REUTERS/Ipsos mengatakan hasil survei akan diumumkan.\n"
            "Hasil jajak pendapat Reuters/Ipsos menunjukkan dukungan turun, kata Reuters.")
    assert cleaned(text) == text


@pytest.mark.parametrize("caption", [
    "Seorang pria memotret rudal di Kharkiv, Ukraina 6 Januari 2024. REUTERS/Vyacheslav Madiyevskyy",
    "Presiden Joko Widodo meninjau pasar di Jakarta. ANTARA FOTO/Aditya Pradana Putra/foc.",
    "Produk perawatan kulit baru diluncurkan. (Foto: dok. Cetaphil)",
    "Foto: Menteri Keuangan Purbaya Yudhi Sadewa (Agung Pambudhy/detikcom)",
    "Warga mengantre bantuan di Gaza. (AP Photo/Abdel Kareem Hana)",
])
def test_photo_captions_are_removed(caption: str) -> None:
    assert cleaned(f"{BODY}\n{caption}\n{BODY}") == f"{BODY}\n{BODY}"


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Advertising", "Baca juga: Harga Emas Naik Lagi",
    "Simak Video 'Purbaya Janji Bakal Perbaiki Kebijakan Fiskal-Moneter':",
    "Tonton juga video \"IHSG Stagnan Menunggu Kabar The Fed\" di sini:", "Saksikan Live DetikPagi :",
    "Cek Berita dan Artikel yang lain di Google News dan WA Channel", "Editor : Nancy Junita",
    "Penulis : Redaksi", "Editor: Rizki Nugraha", "Scan QR Code Bisnis Indonesia e-paper", "[Gambas:Video 20detik]",
    "Artikel ini telah tayang di CNN Indonesia.", "Rabu, 10 Januari 2024 11:25 WIB", "By Jane Doe",
    "Read the rest here.", "(rdp/imk)", "Nyaman tanpa iklan. Langganan BisnisPro", "-------",
    "Image caption Protesters gathered outside the parliament", "Sumber: BPS",
    "Editor's note: Donald Trump regularly incites political violence.",
    "This post has been updated with comment from the campaign.",
    "Correction: An earlier version of this story misstated the date of the debate.", "Getty/Instagram.",
])
def test_furniture_lines_are_removed(line: str) -> None:
    assert cleaned(f"{BODY}\n{line}\n{BODY}") == f"{BODY}\n{BODY}"


def test_sentences_that_look_like_credit_lines_are_kept() -> None:
    text = f"{BODY}\nHak cipta lagu itu dimiliki oleh perusahaan rekaman sejak album pertama dirilis pada 2010.\n{BODY}"
    assert cleaned(text) == text
    assert cleaned("http://[ tidak valid", url="http://[") == "http://[ tidak valid"
    assert cleaned(f"{BODY}\n2-1\n{BODY}") == f"{BODY}\n2-1\n{BODY}"  # a score, not a date


def test_source_line_without_a_wire_is_dropped_without_credit() -> None:
    article = clean(RawArticle(source="t", text=f"{BODY}\nSumber: BPS\nSubjudul Tabel\n{BODY}"))
    assert article.wires == ()
    assert article.text == f"{BODY}\nSubjudul Tabel\n{BODY}"


def test_trailing_initials_and_reporter_names_are_removed() -> None:
    assert cleaned(f"{BODY} (Nizar Fachri Rabbani)") == BODY
    assert cleaned(f"{BODY} (rdp/imk)") == BODY
    # A parenthesis inside the sentence, or upper-case abbreviations, stay.
    assert cleaned("Program magang bergaji upah minimum (UMK/UMP).") == "Program magang bergaji upah minimum (UMK/UMP)."
    assert cleaned("Ia memimpin Badan Pusat Statistik (BPS) sejak 2020.") == "Ia memimpin Badan Pusat Statistik (BPS) sejak 2020."


def test_teaser_block_goes_but_body_after_it_stays() -> None:
    text = "\n".join([
        BODY, "", "Berita Terkait", "", "Harga Emas Antam Naik Tipis Hari Ini", "3 jam lalu",
        "Harga emas batangan Antam naik Rp 2.000 per gram pada perdagangan pagi ini.", "Baca Selengkapnya", "",
        "Kurs Rupiah Menguat ke Level Terkuat Sepekan", "1 hari lalu", "Baca Selengkapnya", "",
        "Sementara itu, Kementerian Luar Negeri menyatakan akan memanggil duta besar Korea Utara untuk "
        "meminta penjelasan atas peluncuran rudal tersebut.",
    ])
    assert cleaned(text).split("\n") == [BODY, text.split("\n")[-1]]


def test_byline_label_and_name_on_separate_lines() -> None:
    text = "Judul Berita Yang Pendek\n\nReporter\n\nTempo.co\n\nEditor\n\nYudono Yanuar\n\n" + BODY
    article = clean(RawArticle(source="t", text=text))
    assert article.title == "Judul Berita Yang Pendek"
    assert article.text == BODY


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = "Pemerintah Korea Selatan menyatakan keprihatinan\natas peluncuran rudal terbaru itu.\n\nParagraf kedua."
    assert cleaned(text) == f"{BODY}\nParagraf kedua."


def test_control_characters_and_mojibake_are_repaired() -> None:
    text = "\x1b[31mâ€œKami siap,â€\x9d\x00 kata Menteri.\r\nKalimat kedua\x07 ada di sini."
    assert cleaned(text) == "“Kami siap,” kata Menteri.\nKalimat kedua ada di sini."


WEB_COPIES = {
    "kompas": ("Kompas", "Presiden Jokowi Resmikan Bendungan Way Sekampung", date(2024, 1, 12), """\
Presiden Jokowi Resmikan Bendungan Way Sekampung
Kompas.com - 12/01/2024, 10:15 WIB
Penulis Ardito Ramadhan | Editor Novianti Setuningsih
Lihat Foto
Presiden Joko Widodo saat meresmikan bendungan di Lampung, Jumat (12/1/2024). (KOMPAS.com/ARDITO RAMADHAN)
JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Way Sekampung di Kabupaten Pringsewu, Lampung.
Baca juga: Jokowi Minta Bendungan Segera Dimanfaatkan Petani
"Bendungan ini akan mengairi 55.000 hektar sawah," kata Jokowi dalam sambutannya.
Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com \
WhatsApp Channel. Pastikan kamu sudah install aplikasi WhatsApp ya."""),
    "antara": ("Antara", None, None, """\
Jakarta (ANTARA) - Presiden Joko Widodo meresmikan Bendungan Way Sekampung di Kabupaten Pringsewu, Lampung.
Baca juga: Menlu Retno bertemu Menlu Yordania
"Bendungan ini akan mengairi 55.000 hektar sawah," kata Jokowi dalam sambutannya.
Pewarta: Aria Cindyara
Editor: Azis Kurmala
Copyright © ANTARA 2024
Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa \
izin tertulis dari Kantor Berita ANTARA."""),
    "detik": ("detik.com", "Jokowi Resmikan Bendungan", date(2025, 10, 20), """\
Jokowi Resmikan Bendungan
Ilham Fikriansyah - detikFinance
Senin, 20 Okt 2025 14:05 WIB
Jakarta - Presiden Joko Widodo meresmikan Bendungan Way Sekampung di Kabupaten Pringsewu, Lampung.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
"Bendungan ini akan mengairi 55.000 hektar sawah," kata Jokowi dalam sambutannya.
(rrd/rir)"""),
    "tribun": ("Tribunnews", None, None, """\
Laporan Wartawan Tribunnews.com, Ilham Rian Pratama
TRIBUNNEWS.COM, JAKARTA - Presiden Joko Widodo meresmikan Bendungan Way Sekampung di Kabupaten Pringsewu, Lampung.
"Bendungan ini akan mengairi 55.000 hektar sawah," kata Jokowi dalam sambutannya.
Artikel ini telah tayang di Tribunnews.com dengan judul Jokowi Resmikan Bendungan"""),
    "republika": ("Republika", None, None, """\
REPUBLIKA.CO.ID, JAKARTA -- Presiden Joko Widodo meresmikan Bendungan Way Sekampung di Kabupaten Pringsewu, Lampung.
"Bendungan ini akan mengairi 55.000 hektar sawah," kata Jokowi dalam sambutannya.
Rep: Dedy Darmawan Nasution/ Red: Friska Yolandha"""),
}


@pytest.mark.parametrize("name", sorted(WEB_COPIES))
def test_copies_of_outlet_pages(name: str) -> None:
    outlet, title, published, text = WEB_COPIES[name]
    article = clean(RawArticle(source=f"{name}.txt", text=text))
    assert (article.outlet, article.title, article.published) == (outlet, title, published)
    assert article.wires == ()
    assert article.text.split("\n") == [
        "Presiden Joko Widodo meresmikan Bendungan Way Sekampung di Kabupaten Pringsewu, Lampung.",
        "\"Bendungan ini akan mengairi 55.000 hektar sawah,\" kata Jokowi dalam sambutannya.",
    ]


# ---------------------------------------------------------------------------
# Title and date

def test_given_title_is_used_and_removed_from_the_body() -> None:
    raw = RawArticle(source="t", text=f"Harga Beras Naik\n{BODY}", title="Harga Beras Naik")
    article = clean(raw)
    assert article.title == "Harga Beras Naik"
    assert article.text == BODY


def test_first_sentence_is_not_taken_for_a_title() -> None:
    text = f"{BODY}\nParagraf kedua yang juga panjang dan berisi fakta penting bagi pembaca."
    assert clean(RawArticle(source="t", text=text)).title is None


def test_english_title_case_headline_with_a_full_stop() -> None:
    text = ("Clinton Plan for Taxes Is Expansive but Complex.\n\nIt's hard to imagine a tax code more complicated "
            "than the one we already have.\n\nHillary Clinton has come up with one.")
    article = clean(RawArticle(source="t", text=text))
    assert article.title == "Clinton Plan for Taxes Is Expansive but Complex"
    assert article.text.startswith("It's hard to imagine")
    assert article.language == "en"


@pytest.mark.parametrize(("text", "published"), [
    ("Rabu, 10 Januari 2024 11:25 WIB\n" + BODY, date(2024, 1, 10)),
    ("Kamis, 26 Okt 2023 14:05 WIB\n" + BODY, date(2023, 10, 26)),
    (BODY[:-1] + ", kata Menlu, Kamis (26/10/2023).", date(2023, 10, 26)),
    (BODY[:-1] + ", kata Menlu, Rabu (17/1).", None),
    ("September 12, 2016\nThe senator said the plan was expensive.", date(2016, 9, 12)),
    ("Updated Sept. 26, 2016 3:45 p.m. ET\nThe senator said the plan was expensive.", date(2016, 9, 26)),
    ("Selasa, 31 Februari 2024\n" + BODY, None),
    (BODY, None),
])
def test_date_from_text(text: str, published: date | None) -> None:
    article = clean(RawArticle(source="t", text=text))
    assert article.published == published
    assert article.text.split("\n")[0] not in ("Rabu, 10 Januari 2024 11:25 WIB", "September 12, 2016")


def test_given_published_wins_over_text() -> None:
    raw = RawArticle(source="t", text="Rabu, 10 Januari 2024 11:25 WIB\n" + BODY, published="2025-10-21T20:43")
    assert clean(raw).published == date(2025, 10, 21)


def test_written_published_date() -> None:
    assert clean(RawArticle(source="t", text=BODY, published="Rabu, 10 Januari 2024 11:25 WIB")).published == \
        date(2024, 1, 10)


def test_unparseable_published_falls_back_to_text() -> None:
    raw = RawArticle(source="t", text="Rabu, 10 Januari 2024 11:25 WIB\n" + BODY, published="kemarin sore")
    assert clean(raw).published == date(2024, 1, 10)


# ---------------------------------------------------------------------------
# Language

def test_detect_language() -> None:
    assert detect_language(BODY + " Hal itu disampaikan oleh juru bicara yang tidak mau disebut namanya.") == "id"
    assert detect_language("The senator said that the plan was expensive and would not pass.") == "en"
    assert detect_language("") == "id"


def test_language_argument() -> None:
    english = "The senator said that the plan was expensive and would not pass the house."
    assert clean(RawArticle(source="t", text=english)).language == "en"
    assert clean(RawArticle(source="t", text=english), language="id").language == "id"
    assert clean(seed(0), language="en").language == "en"
    with pytest.raises(ValueError, match="language"):
        clean(seed(0), language="fr")


# ---------------------------------------------------------------------------
# Robustness

@settings(max_examples=300, deadline=None)
@given(text=st.text(), title=st.none() | st.text(max_size=30), outlet=st.none() | st.text(max_size=20),
       url=st.none() | st.text(max_size=30).map(lambda s: "http://" + s), published=st.none() | st.text(max_size=25))
def test_clean_never_raises(text: str, title: str | None, outlet: str | None, url: str | None,
                            published: str | None) -> None:
    article = clean(RawArticle(source="t", text=text, title=title, outlet=outlet, url=url, published=published))
    assert article.language in ("id", "en")
    assert "\n\n" not in article.text
    assert article.text == article.text.strip()
    assert normalize_text(article.text) == article.text


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.sampled_from([
    "REUTERS", "Sumber: Yonhap", "Berita terkait", "3 jam lalu", "Baca Selengkapnya", "Editor", "Foto",
    "Rabu, 10 Januari 2024 11:25 WIB", "Jakarta (ANTARA) - Harga naik.", "COPYRIGHT © ANTARA 2024", "",
    BODY, "Judul Pendek", "(rdp/imk)", "Kamis (26/10/2023)", "Jakarta -", "via REUTERS",
]), max_size=12))
def test_clean_never_raises_on_furniture_mixes(lines: list[str]) -> None:
    article = clean(RawArticle(source="t", text="\n".join(lines)))
    assert "\n\n" not in article.text


# ---------------------------------------------------------------------------
# Real corpora

def _detik_articles() -> list[dict[str, str]]:
    if not DETIK.exists():
        pytest.skip("detik corpus not present")
    lines = DETIK.read_text(encoding="utf-8").split("\n")
    return [json.loads(line) for line in lines if line.strip()]


def test_detik_corpus() -> None:
    articles = _detik_articles()
    short = 0
    for record in articles:
        raw = RawArticle(source=f"articles.jsonl:{record['id']}", text=record["text"], title=record["title"],
                         outlet=record["outlet"], url=record["url"], published=record["published"])
        article = clean(raw)
        lines = article.text.split("\n")
        assert "ADVERTISEMENT" not in lines
        assert "SCROLL TO CONTINUE WITH CONTENT" not in article.text
        assert not any(line.startswith(("Simak juga Video", "Tonton juga video", "Saksikan Live")) for line in lines)
        assert article.title == record["title"]
        assert article.outlet == "detik.com"
        assert article.published == date.fromisoformat(record["published"][:10])
        assert article.language == "id"
        short += len(article.text) < 0.8 * len(normalize_text(record["text"]))
    assert short <= len(articles) // 100


def test_detik_text_alone() -> None:
    # Without the JSONL metadata: detik articles start with the lead, not a headline; the outlet is
    # detik.com or unknown; dates found in the text are the publication date or a few days before.
    articles = _detik_articles()
    found = agree = 0
    for record in articles:
        article = clean(RawArticle(source="t", text=record["text"]))
        assert article.title is None, record["id"]
        assert article.outlet in (None, "detik.com")
        if article.published:
            found += 1
            published = date.fromisoformat(record["published"][:10])
            agree += abs((article.published - published).days) <= 7
    assert found >= len(articles) // 2
    assert agree >= 0.9 * found


def test_polnear_wires_and_language() -> None:
    if not POLNEAR.exists():
        pytest.skip("PolNeAR corpus not present")
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        text = (POLNEAR / "text" / f"{row['filename']}.txt").read_text(encoding="utf-8")
        article = clean(RawArticle(source=row["filename"], text=text))
        expected = () if row["wire"] in ("None", "NA") else (canonical_wire(row["wire"]),)
        assert article.wires == expected, row["filename"]
        assert article.language == "en", row["filename"]
