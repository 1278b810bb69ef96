"""HTML main-text extraction: body paragraphs survive, page furniture and scripts do not."""

from __future__ import annotations

import socket

import pytest

from factcheck.document import RawArticle
from factcheck.ingest.clean import clean
from factcheck.ingest.html import extract_html

BODY = [
    "Bisnis.com, JAKARTA - Gedung Putih meminta Korea Utara untuk tidak memberikan senjata apa pun kepada Rusia "
    "sebelum pertemuan pemimpin Korea Utara Kim Jong-un dengan Presiden Rusia Vladimir Putin.",
    "Dilansir dari The Korean Herald, Adrienne Watson, Juru Bicara Dewan Keamanan Nasional Gedung Putih, "
    "menggarisbawahi bahwa kedua negara kemungkinan akan terus membahas potensi kesepakatan senjata.",
    "“Seperti yang telah kami peringatkan secara terbuka, diskusi senjata antara Rusia dan Korea Utara "
    "diperkirakan akan terus berlanjut,” kata Watson kepada Kantor Berita Yonhap.",
    "Pyongyang sebelumnya melaporkan bahwa Kim mengunjungi Rusia atas undangan Putin.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Gedung Putih Minta Korut Tidak Beri Senjata ke Rusia | Bisnis.com</title>
<meta property="og:title" content="Gedung Putih Minta Korut Tidak Beri Senjata ke Rusia">
<meta property="og:site_name" content="Bisnis.com">
<meta property="article:published_time" content="2023-09-12T08:30:00+07:00">
<link rel="canonical" href="https://kabar24.bisnis.com/read/20230912/19/1693400/gedung-putih">
<style>.iklan {{ display: block; }} body {{ font-family: STYLE_RULE_TEXT; }}</style>
<script>var tracking = "SCRIPT_IN_HEAD"; window.dataLayer = [];</script>
</head><body>
<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/ekonomi">Ekonomi</a></li>
<li><a href="/kabar24">Kabar24</a></li><li><a href="/market">Market</a></li></ul></nav></header>
<div class="iklan">Nyaman tanpa iklan. Langganan BisnisPro</div>
<main><article>
<h1>Gedung Putih Minta Korut Tidak Beri Senjata ke Rusia</h1>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<div class="ads"><script>document.write("SCRIPT_IN_BODY")</script></div>
<p>{BODY[2]}</p>
<p>{BODY[3]}</p>
</article>
<aside class="related"><h3>Artikel Terkait</h3><ul>
<li><a href="/a">Korea Selatan Siagakan Militer Usai Peluncuran Rudal Balistik</a></li>
<li><a href="/b">Harga Emas Antam Hari Ini Naik Tipis ke Rp 1,1 Juta</a></li>
<li><a href="/c">Rupiah Ditutup Menguat ke Level Rp 15.300 per Dolar AS</a></li></ul></aside>
<section class="comments"><h3>Komentar</h3><p>Pembaca: setuju sekali, tulisan yang bagus dan berimbang!</p></section>
</main>
<footer><p>Copyright © 2023 Bisnis Indonesia. All rights reserved.</p>
<ul><li><a href="/privacy">Kebijakan Privasi</a></li><li><a href="/pedoman">Pedoman Media Siber</a></li></ul>
</footer></body></html>"""


def test_body_paragraphs_survive_one_a_line() -> None:
    text, _ = extract_html(PAGE)
    lines = text.split("\n")
    for paragraph in BODY:
        assert paragraph in lines
    assert lines.index(BODY[0]) < lines.index(BODY[1]) < lines.index(BODY[2]) < lines.index(BODY[3])


@pytest.mark.parametrize("furniture", [
    "Beranda", "Kabar24", "Nyaman tanpa iklan", "SCRIPT_IN_HEAD", "SCRIPT_IN_BODY", "STYLE_RULE_TEXT",
    "dataLayer", "Artikel Terkait", "Siagakan Militer", "Harga Emas Antam", "setuju sekali", "Copyright",
    "Kebijakan Privasi", "Pedoman Media Siber",
])
def test_furniture_and_scripts_do_not_survive(furniture: str) -> None:
    text, _ = extract_html(PAGE)
    assert furniture not in text


def test_metadata() -> None:
    _, metadata = extract_html(PAGE)
    assert metadata["title"] == "Gedung Putih Minta Korut Tidak Beri Senjata ke Rusia"
    assert metadata["date"] == "2023-09-12"
    assert metadata["sitename"] == "Bisnis.com"
    assert metadata["url"] == "https://kabar24.bisnis.com/read/20230912/19/1693400/gedung-putih"


def test_extracted_page_cleans_to_the_article() -> None:
    text, metadata = extract_html(PAGE)
    article = clean(RawArticle(source="page.html", text=text, title=metadata["title"], outlet=metadata["sitename"],
                               url=metadata["url"], published=metadata["date"]))
    assert article.title == "Gedung Putih Minta Korut Tidak Beri Senjata ke Rusia"
    assert article.outlet == "Bisnis.com"
    assert article.text.split("\n")[0] == BODY[0].removeprefix("Bisnis.com, JAKARTA - ")
    assert article.text.split("\n")[1:] == BODY[1:]


def test_english_article_without_article_element() -> None:
    paragraphs = [
        "The centerpiece of President Barack Obama's climate change strategy faces a key test on Tuesday when "
        "opponents try to convince a U.S. appeals court to throw out the rules.",
        "\"This is the most significant environmental case in decades,\" said one of the lawyers in the case, "
        "who asked not to be named because the court had not yet ruled.",
    ]
    page = ("<html><head><title>Obama Power Plant Rules Face Key Test</title></head><body>"
            "<div id='menu'><a href='/'>Home</a> <a href='/politics'>Politics</a> <a href='/world'>World</a></div>"
            "<div class='content'><div class='story'>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "</div></div><div class='footer'>Terms of Service | Privacy Policy</div></body></html>")
    text, metadata = extract_html(page, url="https://www.huffpost.com/entry/obama-power-plant-rules")
    assert text.split("\n") == paragraphs
    assert metadata["title"] == "Obama Power Plant Rules Face Key Test"


@pytest.mark.parametrize("page", [
    "",
    "   ",
    "<html><body><header><nav><ul><li><a href='/'>Beranda</a></li><li><a href='/x'>Ekonomi</a></li></ul></nav>"
    "</header><footer>Copyright 2024</footer></body></html>",
    "<html><head><script>var x = 1;</script></head><body></body></html>",
    "<<<>>> \x00\x01 <p",
])
def test_pages_without_an_article_give_empty_text(page: str) -> None:
    text, _ = extract_html(page)
    assert text == ""


def test_no_network_access(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    text, _ = extract_html(PAGE, url="https://kabar24.bisnis.com/read/20230912/19/1693400/gedung-putih")
    assert BODY[3] in text
