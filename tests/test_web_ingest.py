"""`factcheck ingest URL...`: pages, feeds and sitemaps served from 127.0.0.1, deduplication, faults."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import time
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from web_server import Reply, WebServer, stalls_after_headers

HTML_NEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "html-news"
runner = CliRunner()


def article_page(title: str, paragraphs: list[str], *, canonical: str | None = None, site: str = "Harbour Times",
                 published: str = "2024-03-05T08:00:00Z", author: str = "Rina Putri") -> bytes:
    """A news page with og: tags, a canonical link and JSON-LD, like real outlets publish."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published,
          "dateModified": "2024-03-06T09:30:00Z", "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": site}}
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)} | {site}</title>{link}'
        f'<meta property="og:site_name" content="{site}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f'<body><nav><a href="/">Home</a></nav><article><h1>{escape(title)}</h1>{body}</article>'
        f"<footer>© {site}</footer></body></html>"
    ).encode()


def story(n: int, extra: str = "") -> list[str]:
    return [
        f"The harbour authority will close pier {n} for repairs next month, officials said on Tuesday.",
        f'"We expect the work on pier {n} to take six weeks," said Maria Lopez, the authority\'s director.',
        f"Fishing crews have asked for a temporary berth near pier {n}, according to the union. {extra}",
        "The council is expected to vote on the repair budget before the end of the quarter.",
    ]


def rss(items: list[tuple[str, str | None]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(title)}</title>" + (f"<link>{escape(link)}</link>" if link else "") + "</item>"
        for title, link in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>'
            f"{entries}</channel></rss>").encode()


def sitemap(urls: list[str], *, index: bool = False, news: bool = False) -> bytes:
    tag, entry = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    extra = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    news_part = ("<news:news><news:publication><news:name>Harbour Times</news:name><news:language>en</news:language>"
                 "</news:publication><news:publication_date>2024-03-05T08:00:00Z</news:publication_date>"
                 "<news:title>t</news:title></news:news>") if news else ""
    entries = "".join(f"<{entry}><loc>{escape(url)}</loc>{news_part}</{entry}>" for url in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{extra}>'
            f"{entries}</{tag}>").encode()


def ingest(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", "--db", str(db), "--delay", "0", *args])
    return result.exit_code, result.stderr


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_page_keeps_canonical_url_and_declared_metadata(web: WebServer, tmp_path: Path) -> None:
    web.routes["/news/pier-1"] = Reply(article_page("Pier 1 to close for repairs", story(1),
                                                    canonical=web.url("/news/pier-1")))
    db = tmp_path / "f.db"
    code, stderr = ingest(db, web.url("/news/pier-1?utm_source=share&fbclid=abc"))
    assert code == 0, stderr
    [row] = rows(db, "SELECT a.source, a.url, a.title, o.name, a.published, a.modified, a.author, a.language "
                     "FROM article a JOIN outlet o ON o.id = a.outlet_id")
    assert row == (web.url("/news/pier-1?utm_source=share&fbclid=abc"), web.url("/news/pier-1"),
                   "Pier 1 to close for repairs", "Harbour Times", "2024-03-05", "2024-03-06", "Rina Putri", "en")
    assert rows(db, "SELECT count(*) FROM claim")[0][0] >= 1
    assert "127.0.0.1" in stderr and "1 fetched, 1 stored, 0 failed" in stderr


def test_canonical_on_another_site_is_not_taken(web: WebServer, tmp_path: Path) -> None:
    web.routes["/copy"] = Reply(article_page("Copy", story(3), canonical="https://news.example.org/original"))
    db = tmp_path / "f.db"
    assert ingest(db, web.url("/copy"))[0] == 0
    assert rows(db, "SELECT url FROM article") == [(web.url("/copy"),)]


def test_urls_mix_with_paths(web: WebServer, tmp_path: Path) -> None:
    web.routes["/a"] = Reply(article_page("A", story(2)))
    text = tmp_path / "note.txt"
    text.write_text("Jakarta - Menteri itu mengatakan harga beras akan turun bulan depan.\n")
    code, stderr = ingest(tmp_path / "f.db", str(text), web.url("/a"))
    assert code == 0, stderr
    assert sorted(r[0] for r in rows(tmp_path / "f.db", "SELECT source FROM article")) == sorted([str(text), web.url("/a")])


def test_feed_stores_each_linked_page_once_and_rerun_is_one_conditional_request(web: WebServer, tmp_path: Path) -> None:
    for n in range(3):
        web.routes[f"/s/{n}"] = Reply(article_page(f"Pier {n}", story(n)), headers={"ETag": f'"p{n}"'})
    web.routes["/feed.xml"] = Reply(
        rss([("zero", "/s/0"), ("one", web.url("/s/1?utm_medium=rss")), ("two", "/s/2"), ("zero again", "/s/0/")]),
        content_type="application/rss+xml", headers={"ETag": '"f1"'},
    )
    db = tmp_path / "f.db"
    code, stderr = ingest(db, web.url("/feed.xml"))
    assert code == 0, stderr
    assert sorted(r[0] for r in rows(db, "SELECT url FROM article")) == [web.url(f"/s/{n}") for n in (0, 1, 2)]
    assert web.paths().count("/s/0") == 1 and "/s/0/" not in web.paths()
    before = len(web.requests)
    code, stderr = ingest(db, web.url("/feed.xml"))
    assert code == 0 and "0 articles added" in stderr and "1 unchanged" in stderr, stderr
    later = [(path, headers) for path, headers in web.requests[before:] if path != "/robots.txt"]
    assert [path for path, _ in later] == ["/feed.xml"]
    assert later[0][1]["If-None-Match"] == '"f1"'


def test_atom_feed(web: WebServer, tmp_path: Path) -> None:
    web.routes["/a1"] = Reply(article_page("Atom one", story(11)))
    web.routes["/atom"] = Reply(
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b'<entry><title>one</title><link href="/a1"/><updated>2024-03-05T08:00:00Z</updated></entry></feed>',
        content_type="application/atom+xml",
    )
    code, stderr = ingest(tmp_path / "f.db", web.url("/atom"))
    assert code == 0, stderr
    assert rows(tmp_path / "f.db", "SELECT source FROM article") == [(web.url("/a1"),)]


def test_sitemap_index_and_news_sitemap(web: WebServer, tmp_path: Path) -> None:
    for n in range(4):
        web.routes[f"/p/{n}"] = Reply(article_page(f"Story {n}", story(20 + n)))
    web.routes["/sitemap-news.xml"] = Reply(sitemap([web.url("/p/0"), web.url("/p/1")], news=True),
                                            content_type="application/xml")
    web.routes["/sitemap-2.xml.gz"] = Reply(gzip.compress(sitemap([web.url("/p/2"), web.url("/p/3")])),
                                            content_type="application/x-gzip")
    web.routes["/sitemap.xml"] = Reply(
        sitemap([web.url("/sitemap-news.xml"), web.url("/sitemap-2.xml.gz")], index=True), content_type="text/xml")
    code, stderr = ingest(tmp_path / "f.db", web.url("/sitemap.xml"))
    assert code == 0, stderr
    assert sorted(r[0] for r in rows(tmp_path / "f.db", "SELECT source FROM article")) == [
        web.url(f"/p/{n}") for n in range(4)]


def test_same_article_under_other_urls_is_stored_once_and_not_fetched_again(web: WebServer, tmp_path: Path) -> None:
    canonical = web.url("/world/harbour")
    web.routes["/world/harbour"] = Reply(article_page("Harbour", story(30), canonical=canonical),
                                         headers={"ETag": '"h1"'})
    # The variants would give another text if they were fetched: the AMP page differs.
    web.routes["/amp/world/harbour"] = Reply(article_page("Harbour (AMP)", story(31), canonical=canonical))
    db = tmp_path / "f.db"
    assert ingest(db, canonical)[0] == 0
    variants = [canonical + "/", canonical + "?utm_source=x&utm_campaign=y", canonical + "?fbclid=Iw123",
                canonical + "?page=all", web.url("/amp/world/harbour"), canonical.replace("http://", "HTTP://")]
    code, stderr = ingest(db, *variants)
    assert code == 0, stderr
    assert rows(db, "SELECT count(*) FROM article") == [(1,)]
    assert "/amp/world/harbour" not in web.paths()
    assert all(path == "/world/harbour" for path in web.paths())


def test_amp_page_first_is_stored_under_its_canonical_url(web: WebServer, tmp_path: Path) -> None:
    canonical = web.url("/world/port")
    web.routes["/world/port/amp"] = Reply(article_page("Port", story(32), canonical=canonical))
    db = tmp_path / "f.db"
    assert ingest(db, web.url("/world/port/amp"))[0] == 0
    assert rows(db, "SELECT url, url_key FROM article") == [(canonical, canonical.removeprefix("http://"))]


def test_language_without_extraction_is_stored_without_claims(web: WebServer, tmp_path: Path) -> None:
    french = ["Le gouvernement a annoncé que les travaux du port commenceront le mois prochain, selon le ministre.",
              "Les pêcheurs demandent une solution pour la durée des travaux et ils ont été reçus par le maire.",
              "« Nous sommes prêts », a déclaré le directeur du port, qui est aussi le président de la chambre."]
    web.routes["/fr"] = Reply(article_page("Le port ferme", french, site="Le Journal"))
    code, stderr = ingest(tmp_path / "f.db", web.url("/fr"))
    assert code == 0, stderr
    assert f"{web.url('/fr')}: stored, no claims: language fr" in stderr
    assert rows(tmp_path / "f.db", "SELECT language FROM article") == [("fr",)]
    assert rows(tmp_path / "f.db", "SELECT count(*) FROM claim") == [(0,)]


@pytest.mark.skipif(not HTML_NEWS.exists(), reason="shared corpora not present")
def test_real_pages_through_a_feed(web: WebServer, tmp_path: Path) -> None:
    pages = sorted(HTML_NEWS.glob("*.html"))
    for page in pages:
        web.routes[f"/news/{page.name}"] = Reply(page.read_bytes(), content_type="text/html",
                                                 headers={"ETag": f'"{page.stem}"'})
    web.routes["/rss"] = Reply(rss([(p.stem, f"/news/{p.name}") for p in pages]), content_type="application/rss+xml",
                               headers={"Last-Modified": format_datetime(datetime(2024, 3, 5, tzinfo=timezone.utc), usegmt=True)})
    db = tmp_path / "f.db"
    code, stderr = ingest(db, web.url("/rss"))
    assert code == 0, stderr
    stored = rows(db, "SELECT a.source, a.url, a.title, o.name, a.published FROM article a "
                      "LEFT JOIN outlet o ON o.id = a.outlet_id")
    assert len(stored) == len(pages)
    assert all(url and url.startswith("http") and title and outlet and published
               for _, url, title, outlet, published in stored), stored
    bbc = next(r for r in stored if "bbc" in r[0])
    assert bbc[1] == web.url("/news/bbc.com.52241221.html") and bbc[3] == "BBC News"  # canonical is another site
    assert "stored, no claims: language fr" in stderr
    before = len(web.requests)
    code, stderr = ingest(db, web.url("/rss"))
    assert code == 0 and "0 articles added" in stderr
    later = [(path, headers) for path, headers in web.requests[before:] if path != "/robots.txt"]
    assert [path for path, _ in later] == ["/rss"] and "If-Modified-Since" in later[0][1]


def test_every_bad_input_is_one_line_and_the_rest_is_ingested(web: WebServer, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    real_getaddrinfo = socket.getaddrinfo

    def resolver(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(host).endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.routes["/good"] = Reply(article_page("Good", story(40)))
    web.routes["/good-in-feed"] = Reply(article_page("Also good", story(41)))
    web.routes["/gone"] = Reply(b"gone", 410, "text/plain")
    web.routes["/error"] = Reply(b"oops", 500, "text/plain")
    web.routes["/slow"] = lambda handler: time.sleep(2.5)
    web.routes["/stall"] = stalls_after_headers(2.5)
    web.routes["/loop-a"] = Reply(b"", 302, "text/plain", {"Location": "/loop-b"})
    web.routes["/loop-b"] = Reply(b"", 302, "text/plain", {"Location": "/loop-a"})
    web.routes["/huge"] = Reply(b"<html><body>" + b"x" * (2 * 1024 * 1024), content_type="text/html")
    web.routes["/bomb"] = Reply(gzip.compress(b"<html>" + b" " * (30 * 1024 * 1024)), headers={"Content-Encoding": "gzip"})
    web.routes["/photo.png"] = Reply(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    web.routes["/report.pdf"] = Reply(b"%PDF-1.7\n" + b"1 0 obj" * 20, content_type="application/pdf")
    web.routes["/not-xml.rss"] = Reply(b"this is not a feed at all", content_type="application/rss+xml")
    web.routes["/empty.rss"] = Reply(rss([]), content_type="application/rss+xml")
    web.routes["/bad-utf8"] = Reply(b"<html><body><p>caf\xe9 " + b"word " * 50 + b"</p></body></html>",
                                    content_type="text/html; charset=utf-8")
    web.routes["/bad-charset"] = Reply(article_page("Charset", story(42)), content_type="text/html; charset=klingon")
    web.routes["/private/story"] = Reply(article_page("Private", story(43)))
    web.routes["/feed.rss"] = Reply(
        rss([("fine", "/good-in-feed"), ("no link", None), ("script", "javascript:alert(1)"),
             ("local", "file:///etc/passwd")]), content_type="application/rss+xml")
    db = tmp_path / "f.db"
    urls = {path: web.url(path) for path in ("/gone", "/error", "/slow", "/stall", "/loop-a", "/huge", "/bomb",
                                             "/photo.png", "/report.pdf", "/not-xml.rss", "/empty.rss",
                                             "/bad-utf8", "/bad-charset", "/private/story", "/nowhere")}
    refused, unknown = f"http://127.0.0.1:{closed_port}/a", "http://no-such-host.invalid/a"
    code, stderr = ingest(db, web.url("/good"), *urls.values(), refused, unknown, web.url("/feed.rss"),
                          "--max-size", "1", "--timeout", "1")
    assert code == 1
    expected = {
        urls["/gone"]: "HTTP 410 Gone",
        urls["/error"]: "HTTP 500 Internal Server Error",
        urls["/nowhere"]: "HTTP 404 Not Found",
        urls["/slow"]: "timed out waiting for the server (no data for 1 s)",
        urls["/stall"]: "timed out waiting for the server (no data for 1 s)",
        urls["/loop-a"]: f"redirect loop (HTTP 302 back to {urls['/loop-a']})",
        urls["/huge"]: "body is 2.1 MB, over the 1.0 MB limit",
        urls["/bomb"]: "decompressed body is over the 1.0 MB limit (compression bomb?)",
        urls["/photo.png"]: "not a web page, feed or sitemap (an image)",
        urls["/report.pdf"]: "not a web page, feed or sitemap (a PDF)",
        urls["/not-xml.rss"]: "feed or sitemap is not XML (application/rss+xml)",
        urls["/empty.rss"]: "feed lists no items",
        urls["/bad-utf8"]: "the page is not valid utf-8 (declared charset) at byte 18",
        urls["/bad-charset"]: "unknown charset 'klingon'",
        urls["/private/story"]: "disallowed by robots.txt",
        refused: "connection refused",
        unknown: "DNS lookup failed (no such host)",
    }
    lines = errors(stderr)
    for url, reason in expected.items():
        assert f"error: {url}: {reason}" in lines, (url, lines)
    feed = web.url("/feed.rss")
    assert f"error: {feed}: item 2 (no link) has no link" in lines
    assert f"error: {feed}: item 3 (script) links to a javascript: URL, not http(s)" in lines
    assert f"error: {feed}: item 4 (local) links to a file: URL, not http(s)" in lines
    assert len(lines) == len(expected) + 3
    assert sorted(r[0] for r in rows(db, "SELECT source FROM article")) == [web.url("/good"), web.url("/good-in-feed")]
    assert "/private/story" not in web.paths()


def test_what_a_url_is_read_as() -> None:
    from factcheck.ingest.listings import ListingError, sniff

    assert sniff(b"\x1f<?xml version='1.0'?><urlset/>"[1:], "application/octet-stream") == "sitemap"
    assert sniff(b"<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'/>", "text/xml") == "feed"
    assert sniff(b"<html><body>x</body></html>", "application/xhtml+xml") == "html"
    assert sniff(b"Plain words.", "text/plain") == "text"
    for body, kind, reason in [
        (b"%PDF-1.7", "text/html", "not a web page, feed or sitemap (a PDF)"),
        (b"<?xml version='1.0'?><svg/>", "image/svg+xml", "not a web page, feed or sitemap (image/svg+xml)"),
        (b"<?xml version='1.0'?><note/>", "application/xml", "an XML document that is neither a feed nor a sitemap (<note>)"),
        (b'{"items": []}', "application/json", "not a web page, feed or sitemap (application/json)"),
    ]:
        with pytest.raises(ListingError, match=re.escape(reason)):
            sniff(body, kind)
