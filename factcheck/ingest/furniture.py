"""Data for cleaning: outlets, wire agencies, page-furniture patterns, dates, stopwords.

Everything here is data; ``factcheck.ingest.clean`` compiles and applies it.
Regular expressions are matched against one stripped line at a time, case-insensitively
unless noted.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """A news outlet or wire agency: canonical name, web domain and the ways texts write it."""

    name: str
    domain: str | None
    aliases: tuple[str, ...] = ()


OUTLETS: tuple[Source, ...] = (
    Source("Antara", "antaranews.com", ("ANTARA", "Antara", "ANTARA News", "Antara News", "antaranews",
                                        "Kantor Berita Antara", "LKBN Antara", "Perum LKBN Antara")),
    Source("Bisnis.com", "bisnis.com", ("Bisnis", "Bisnis Indonesia", "BisnisPro")),
    Source("detik.com", "detik.com", ("detik", "detikcom", "detikNews", "detikFinance", "detikHealth",
                                      "detikInet", "detikSport", "detikOto", "detikTravel", "detikEdu",
                                      "detikHot", "detikFood", "detikProperti", "detikJabar", "detikJateng",
                                      "detikJatim", "detikBali", "detikSumut", "detikSulsel", "detikSumbagsel",
                                      "detikKalimantan", "detikJogja", "detikPagi", "detikSore")),
    Source("Republika", "republika.co.id", ("Republika", "Republika Online", "REPUBLIKA.CO.ID")),
    Source("Tempo", "tempo.co", ("Tempo", "TEMPO.CO", "Tempo.co", "Koran Tempo", "Majalah Tempo")),
    Source("Kompas", "kompas.com", ("Kompas", "KOMPAS.com", "Kompas.com", "Kompas.id", "Harian Kompas")),
    Source("Kompas TV", "kompas.tv", ("KOMPAS.TV", "Kompas TV")),
    Source("CNN Indonesia", "cnnindonesia.com", ("CNN Indonesia", "CNNIndonesia.com")),
    Source("CNBC Indonesia", "cnbcindonesia.com", ("CNBC Indonesia", "CNBCIndonesia.com")),
    Source("Liputan6", "liputan6.com", ("Liputan6", "Liputan6.com", "Liputan 6")),
    Source("Okezone", "okezone.com", ("Okezone", "Okezone.com")),
    Source("Sindonews", "sindonews.com", ("Sindonews", "SINDOnews", "SINDOnews.com", "Koran Sindo")),
    Source("Tribunnews", "tribunnews.com", ("Tribunnews", "TRIBUNNEWS.COM", "Tribunnews.com")),
    Source("Media Indonesia", "mediaindonesia.com", ("Media Indonesia", "mediaindonesia")),
    Source("The Jakarta Post", "thejakartapost.com", ("The Jakarta Post", "Jakarta Post")),
    Source("VOA Indonesia", "voaindonesia.com", ("VOA Indonesia",)),
    Source("BBC Indonesia", "bbc.com", ("BBC Indonesia", "BBC News Indonesia")),
    Source("Kumparan", "kumparan.com", ("kumparan", "kumparanNEWS")),
    Source("IDN Times", "idntimes.com", ("IDN Times",)),
    Source("Suara.com", "suara.com", ("Suara",)),
    Source("VIVA", "viva.co.id", ("VIVA", "VIVA.co.id", "VIVAnews")),
    Source("Merdeka.com", "merdeka.com", ("Merdeka",)),
    Source("Jawa Pos", "jawapos.com", ("Jawa Pos", "JawaPos", "JawaPos.com")),
    Source("Beritasatu", "beritasatu.com", ("Beritasatu", "BeritaSatu.com")),
    Source("Katadata", "katadata.co.id", ("Katadata", "Katadata.co.id")),
    Source("Kontan", "kontan.co.id", ("Kontan", "KONTAN.CO.ID")),
    Source("Tirto", "tirto.id", ("Tirto", "tirto.id")),
    Source("Medcom", "medcom.id", ("Medcom", "Medcom.id", "Metrotvnews")),
    Source("iNews", "inews.id", ("iNews", "iNews.id")),
    Source("The New York Times", "nytimes.com", ("New York Times", "NYT", "nyt")),
    Source("The Washington Post", "washingtonpost.com", ("Washington Post", "wash-post")),
    Source("USA Today", "usatoday.com", ("USA TODAY", "usa-today")),
    Source("Politico", "politico.com", ("POLITICO",)),
    Source("HuffPost", "huffpost.com", ("Huffington Post", "The Huffington Post", "huff-post", "HuffPost")),
    Source("Breitbart", "breitbart.com", ("Breitbart News",)),
    Source("The Western Journal", "westernjournal.com", ("Western Journal", "west-journal")),
)

WIRES: tuple[Source, ...] = (
    Source("Reuters", "reuters.com", ("Reuters", "Thomson Reuters")),
    Source("AP", "apnews.com", ("AP", "Associated Press", "The Associated Press")),
    Source("AFP", "afp.com", ("AFP", "Agence France-Presse", "Agence France Presse")),
    Source("Antara", "antaranews.com", ("Antara", "Kantor Berita Antara", "LKBN Antara")),
    Source("Yonhap", "yna.co.kr", ("Yonhap", "Yonhap News Agency", "Kantor Berita Yonhap")),
    Source("Xinhua", "xinhuanet.com", ("Xinhua", "Kantor Berita Xinhua")),
    Source("Kyodo", "kyodonews.net", ("Kyodo", "Kyodo News")),
    Source("Bloomberg", "bloomberg.com", ("Bloomberg",)),
    Source("Anadolu", "aa.com.tr", ("Anadolu", "Anadolu Agency", "Kantor Berita Anadolu")),
    Source("Bernama", "bernama.com", ("Bernama",)),
    Source("dpa", "dpa.com", ("dpa", "Deutsche Presse-Agentur")),
    Source("EFE", "efe.com", ("EFE",)),
    Source("TASS", "tass.com", ("TASS", "ITAR-TASS")),
    Source("Sputnik", "sputniknews.com", ("Sputnik",)),
    Source("KCNA", "kcna.kp", ("KCNA", "Korean Central News Agency", "Kantor Berita Pusat Korea")),
    Source("UPI", "upi.com", ("UPI", "United Press International")),
)

# Lines that are page furniture wherever they appear (whole-line matches).
FURNITURE_LINES: tuple[str, ...] = (
    r"nyaman tanpa iklan\b.*",
    r"langganan \w*pro\b.*",
    r"advertis(?:ing|ement)s?",
    r"iklan",
    r"scroll (?:to|untuk) (?:continue|resume|lanjut)\b.*",
    r"konten premium",
    r"scan (?:the )?qr code\b.*",
    r"cek berita dan artikel (?:yang )?lain(?:nya)? di\b.*",
    r"(?:baca|lihat|simak) (?:juga|pula)\b.*",
    r"baca selengkapnya\b.*",
    r"baca artikel\b.*\bselengkapnya\b.*",
    r"(?:simak|lihat|tonton|saksikan)(?: juga)?\s*(?:video\b|live\b|siaran\b|[\"'“‘]).*",
    r"saksikan (?:live|pembahasan|selengkapnya).*",
    r"simak (?:selengkapnya|rangkumannya|beritanya|videonya|informasinya|ulasannya)\b.*",
    r"baca (?:berita|artikel)nya dalam\s*bahasa \w+",
    r"ikuti (?:terus )?(?:ulasan|berita|kami|update|perkembangan|kanal|saluran|akun)\b.*",
    r"(?:follow|ikuti) (?:us|kami)\b.*",
    r"(?:download|unduh) (?:aplikasi|app|the app)\b.*",
    r"(?:share|bagikan)(?: (?:artikel|berita|this|this article))?(?: (?:ini|on|ke))?\s*:?",
    r"\"?detik (?:pagi|sore), [^\"]*\"?",
    r"\[gambas:[^\]]*\]",
    r"all rights reserved\.?",
    r".*\bsilakan (?:login|masuk|daftar|berlangganan)\b.*",
    r"disclaimer\s*:.*",
    r"(?:tags?|topik|kata kunci|keywords?)\s*:.*",
    r"artikel ini (?:telah|sudah|pertama kali|juga) (?:tayang|terbit|dimuat|diterbitkan)\b.*",
    r"artikel ini (?:ditulis|disusun) oleh\b.*",
    r"diadaptasi oleh\b.*",
    r"read (?:more|the rest|the full story|the full article)\b.*",
    r"continue reading\b.*",
    r"(?:story|article) continues (?:below|after)\b.*",
    r"sign up (?:for|to)\b.*",
    r"simak breaking news\b.*",
    r"dilarang (?:keras )?mengambil konten\b.*",
    r"lihat foto",
    r"dengarkan (?:berita|artikel) ini\b.*",
    r"rep\s*:.{1,60}\bred\s*:.{1,60}",
    r"(?:image|media) (?:copyright|caption|source)\b.*",
    r"editor[’']s note\s*:.*",
    r"(?:correction|update|clarification)\s*:\s*(?:an earlier version|this (?:post|story|article))\b.*",
    r"an earlier version of this (?:post|story|article)\b.*",
    r"this (?:post|story|article) has been updated\b.*",
    r"(?:getty(?: images)?|instagram|twitter|facebook|ap|reuters)"
    r"(?:\s*/\s*(?:getty(?: images)?|instagram|twitter|facebook|ap|reuters))+\.?",
    r"loading\W*",
    r"[-–—_*=~#·•]{3,}",
)

# Copyright lines end the article; the outlet named in them is the publisher.
COPYRIGHT_MARKERS: tuple[str, ...] = ("copyright", "hak cipta", "©", "(c)")

# Outlets whose datelines carry only the place ("Jakarta - "): a bare dateline plus a
# mention of one of their names in the text identifies them.
BARE_DATELINE_OUTLETS: tuple[str, ...] = ("detik.com",)

# Headers of teaser/related-article lists: the header and the list after it go.
TEASER_HEADERS: tuple[str, ...] = (
    "berita terkait", "artikel terkait", "topik terkait", "baca juga", "pilihan editor", "berita lainnya",
    "artikel lainnya", "berita terbaru", "berita terkini", "terbaru", "terkini", "hot topic", "hot topics",
    "rekomendasi kami", "rekomendasi", "rekomendasi untuk anda", "berita pilihan", "berita populer",
    "terpopuler", "populer", "foto", "video", "video pilihan", "video terkait", "infografis", "most read",
    "most popular", "related", "related articles", "related stories", "related news", "trending",
    "recommended", "you may also like", "editor's picks", "latest news", "more stories",
)
# Teaser headers that may carry the first teaser title on the same line.
TEASER_PREFIXES: tuple[str, ...] = ("pilihan editor", "berita terkait", "artikel terkait", "related")

# Labels of byline lines: "Editor : Nancy Junita", or "Editor" alone with the name on the next line.
BYLINE_LABELS: tuple[str, ...] = (
    "reporter", "wartawan", "editor", "penulis", "pewarta", "redaktur", "penyunting", "fotografer",
    "editor foto", "kontributor", "penerjemah", "penyelaras", "writer", "author",
)
# Words that open a byline followed by the names: "By Jane Doe", "Oleh Nizar".
BYLINE_OPENERS: tuple[str, ...] = ("By", "BY", "Oleh", "OLEH", "Written by", "Reporting by", "Laporan oleh")

# Photo credits that end a caption line ("… REUTERS/Vyacheslav Madiyevskyy", "… via REUTERS").
PHOTO_AGENCIES: tuple[str, ...] = (
    "REUTERS", "AP Photo", "AP", "AFP", "ANTARA FOTO", "ANTARA", "EPA", "EPA-EFE", "Getty Images",
    "XINHUA", "Xinhua", "YONHAP", "Yonhap", "KCNA", "Sputnik", "Pool", "Handout", "HO", "Anadolu",
    "Bloomberg", "UPI",
)
CAPTION_WORDS: tuple[str, ...] = ("foto", "photo", "dok", "dokumentasi", "ilustrasi", "istimewa", "tangkapan layar")

# Time stamps of teaser items ("3 jam lalu", "2 hours ago").
RELATIVE_TIME_UNITS: tuple[str, ...] = (
    "detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun",
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
)

# Indonesian and English month names and abbreviations (lower case) → month number.
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "agus": 8, "ags": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "december": 12, "aug": 8, "oct": 10, "dec": 12,
}
# Weekday names (lower case) → ``date.weekday()`` number.
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
TIME_ZONES: tuple[str, ...] = ("WIB", "WITA", "WIT", "GMT", "UTC", "ET", "EST", "EDT", "PT", "KST")

# Indonesian reporting verbs that credit a wire for the text: "Dilansir dari Yonhap".
WIRE_CREDIT_VERBS: tuple[str, ...] = (
    "dilansir", "melansir", "dikutip", "mengutip", "seperti dilansir", "seperti dikutip", "seperti dilaporkan",
    "dilaporkan", "menurut laporan", "berdasarkan laporan",
)
# Words before an outlet name that show it is the reporting outlet: "kata X kepada Tempo".
SELF_MENTION_WORDS: tuple[str, ...] = ("kepada", "diterima", "dihubungi", "ditemui", "diwawancarai", "told")
