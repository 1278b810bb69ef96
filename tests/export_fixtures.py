"""A small database built row by row for the export tests: several outlets, a wire copy pair, links, hostile text.

Claims 1-3 make one assertion (group 1): claim 1 (Antara) and claim 2 (Pontianak Post)
are copies of one Reuters story, claim 3 (Kompas) is independent, so the group has two
independent sources. Claim 4 (Tempo) carries hostile text; claim 5 (Kompas) stands alone.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.db import make_engine
from factcheck.models import Article, ArticleWire, Claim, ClaimLink, Outlet, Sentence, Speaker
from factcheck.review.actions import apply_review

NOW = datetime(2024, 2, 1, 9, 30, tzinfo=timezone.utc)
HOSTILE_TITLE = "Tempo <script>alert('x')</script> \x1b[31mmerah\x1b[0m"
HOSTILE_ASSERTION = "=HYPERLINK(\"http://evil.example\",\"klik\")"
HOSTILE_SENTENCE = "\x1b]0;owned\x07<img src=x onerror=alert(1)> kata \u202eGedung Putih\x08."
NOTE_FORMULA = "-2+3 bukan angka yang dikutip"
RYDER_ROLE = "Sekretaris Pers Departemen Pertahanan Amerika Serikat"

# article id → (outlet, wires, published, source, url, title, text)
ARTICLES = {
    1: ("Antara", ("Reuters",), date(2024, 1, 17), "seeds/antara.txt", None, "AS soroti hubungan Korut-Rusia",
        "\"Jelas, Korea Utara dan Rusia memiliki hubungan,\" kata Ryder."),
    2: ("Pontianak Post", ("Reuters",), date(2024, 1, 17), "feed.jsonl:3", "https://pontianakpost.example/2",
        "Pentagon: Korut dan Rusia punya hubungan", "\"Jelas, Korea Utara dan Rusia memiliki hubungan,\" kata Ryder."),
    3: ("Kompas", (), date(2024, 1, 18), "kompas.html", "https://kompas.example/3", "Hubungan Korut-Rusia",
        "Ryder mengatakan Korea Utara dan Rusia jelas memiliki hubungan. Gedung Putih menegaskan bahwa sanksi tetap berlaku."),
    4: ("Tempo", (), date(2024, 1, 16), "tempo.txt", None, HOSTILE_TITLE, HOSTILE_SENTENCE),
}
# claim id → (article id, speaker, speaker_text, verb, kind, assertion, sentence, group id, independent sources)
CLAIMS = {
    1: (1, "Patrick Ryder", "Ryder", "kata", "direct", "Jelas, Korea Utara dan Rusia memiliki hubungan",
        "\"Jelas, Korea Utara dan Rusia memiliki hubungan,\" kata Ryder.", 1, 2),
    2: (2, "Patrick Ryder", "Ryder", "kata", "direct", "Jelas, Korea Utara dan Rusia memiliki hubungan",
        "\"Jelas, Korea Utara dan Rusia memiliki hubungan,\" kata Ryder.", 1, 2),
    3: (3, "Patrick Ryder", "Ryder", "mengatakan", "indirect", "Korea Utara dan Rusia jelas memiliki hubungan",
        "Ryder mengatakan Korea Utara dan Rusia jelas memiliki hubungan.", 1, 2),
    4: (4, "Gedung Putih", "Gedung Putih", "kata", "direct", HOSTILE_ASSERTION, HOSTILE_SENTENCE, None, 1),
    5: (3, "Gedung Putih", "Gedung Putih", "menegaskan", "indirect", "sanksi tetap berlaku",
        "Gedung Putih menegaskan bahwa sanksi tetap berlaku.", None, 1),
}
LINKS = ((1, 2, 100.0), (1, 3, 88.4), (2, 3, 88.4))


def build_fixture_db(db: str | Path) -> Engine:
    """Create the fixture database at ``db`` (a path or URL of an empty database) and return its engine."""
    engine = make_engine(str(db))
    with Session(engine) as session:
        outlets: dict[str, Outlet] = {}
        for name in ("Antara", "Pontianak Post", "Kompas", "Tempo", "Reuters"):
            outlets[name] = Outlet(name=name, kind="wire" if name == "Reuters" else "outlet")
            session.add(outlets[name])
        session.flush()
        speakers = {
            "Patrick Ryder": Speaker(name="Patrick Ryder", role=RYDER_ROLE, kind="person"),
            "Gedung Putih": Speaker(name="Gedung Putih", kind="organization"),
        }
        session.add_all(speakers.values())
        session.flush()
        for article_id, (outlet, wires, published, source, url, title, text) in ARTICLES.items():
            session.add(
                Article(id=article_id, source=source, url=url, sha256=f"sha{article_id}", title=title,
                        outlet_id=outlets[outlet].id, published=published, language="id", text=text, raw_text=text,
                        ingested_at=NOW)
            )
            session.flush()
            for wire in wires:
                session.add(ArticleWire(article_id=article_id, outlet_id=outlets[wire].id))
        session.flush()
        for claim_id, (article_id, speaker, speaker_text, verb, kind, assertion, sentence, group, sources) in CLAIMS.items():
            row = Sentence(article_id=article_id, idx=claim_id, start=0, end=len(sentence), text=sentence)
            session.add(row)
            session.flush()
            session.add(
                Claim(id=claim_id, article_id=article_id, sentence_id=row.id, speaker_id=speakers[speaker].id,
                      speaker_text=speaker_text, assertion=assertion, verb=verb, kind=kind, start=0,
                      end=len(assertion), group_id=group, independent_sources=sources)
            )
        session.flush()
        session.add_all(ClaimLink(claim_a=a, claim_b=b, score=score) for a, b, score in LINKS)
        session.commit()
    return engine


def reviewed_fixture_db(db: str | Path) -> Engine:
    """The fixture database with verdicts set as a reviewer would: claim 1 verified, claim 4 false."""
    engine = build_fixture_db(db)
    apply_review(engine, 1, status="checkworthy", reviewer="Rina")
    apply_review(engine, 1, status="verified", note="Dikonfirmasi dalam transkrip Pentagon.", reviewer="Rina")
    apply_review(engine, 4, status="false", note=NOTE_FORMULA)
    return engine


# Every element the HTML report may contain: no script, img, iframe, link, object, form…
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2", "h3",
    "dl", "dt", "dd", "p", "span", "q", "ol", "ul", "li", "cite", "blockquote", "a",
}


def parse_tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag of an HTML page with its attributes, as a browser's tokenizer sees them."""
    tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    class _Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.append((tag, attrs))

    _Collector().feed(page)
    return tags
