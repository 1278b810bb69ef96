"""Every stage is near-linear in its input: hard-wrapped lines, many quotes in one paragraph, one-line
files and 50,000-claim articles in the review UI (speed itself is measured in
benchmarks/bench_adversarial.py; the slow tests here guard against the minutes these shapes took)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from benchmarks.bench_adversarial import run
from factcheck.db import make_engine
from factcheck.document import RawArticle
from factcheck.ingest.clean import clean
from factcheck.ingest.segment import segment
from factcheck.pipeline import analyse
from factcheck.queries import PARAGRAPH_CONTEXT, ArticleClaim, ArticleView, paragraph_around
from factcheck.review.screens.article import SPEAKER_STYLE, article_text

ROOT = Path(__file__).resolve().parents[2]
MANY_QUOTES = 'Dia berkata "Ya." '


def test_benchmark_smoke() -> None:
    result = run(0.01)
    shapes = result["shapes"]
    assert set(shapes) == {"normal", "long_line", "hard_wrap", "short_lines", "many_quotes", "huge_paragraph",
                           "tiny_paragraphs", "unclosed_quote", "no_spaces"}
    for shape in shapes.values():
        assert shape["mb"] > 0.005 and shape["slowdown"] is not None
        assert set(shape["stages"]) == {"read", "clean", "segment", "extract", "store"}
    assert shapes["many_quotes"]["claims"] == 10_000 // len(MANY_QUOTES)
    assert shapes["long_line"]["claims"] >= 0.9 * shapes["normal"]["claims"]  # the same news on one line
    assert result["worst_slowdown"] == max(shape["slowdown"] for shape in shapes.values())


def test_hard_wrapped_lines_become_one_paragraph() -> None:
    lines = [f"a{i}" for i in range(20_000)]
    assert clean(RawArticle("wrapped.txt", "\n".join(lines))).text == " ".join(lines)


def test_a_furniture_phrase_does_not_drop_a_one_line_article() -> None:
    sentence = '"Silakan masuk ke ruang sidang," kata Ketua Majelis Hakim Budi Santoso kepada para saksi. '
    text = sentence * 40
    assert len(text) > 1_000
    analysis = analyse(RawArticle("one-line.txt", text))
    assert analysis.article.text == text.strip()
    assert len(analysis.claims) == 40


def test_quotes_in_one_paragraph_are_each_a_sentence() -> None:
    text = (MANY_QUOTES * 3_000).strip()
    sentences = segment(text)
    assert [s.text for s in sentences] == ['Dia berkata "Ya."'] * 3_000
    inside = segment('Dia berkata "Ya. Tidak. Mungkin." Lalu pergi.')
    assert [s.text for s in inside] == ['Dia berkata "Ya. Tidak. Mungkin."', "Lalu pergi."]


def test_the_claim_detail_paragraph_is_cut_around_the_claim() -> None:
    text = "Judul\n" + "x " * 50_000 + "KLAIM" + " y" * 50_000
    start = text.index("KLAIM")
    paragraph, offset = paragraph_around(text, start, start + 5)
    assert paragraph[start - offset : start + 5 - offset] == "KLAIM"
    assert paragraph.startswith("…") and paragraph.endswith("…")
    assert len(paragraph) == 2 * PARAGRAPH_CONTEXT + 5 + 2
    assert paragraph_around("Judul\nsatu KLAIM dua\nakhir", 11, 16) == ("satu KLAIM dua", 6)


def test_article_text_styles_overlapping_claims() -> None:
    text = "Satu dua tiga empat lima."
    claims = (ArticleClaim(1, 0, 13, "verified", "A"), ArticleClaim(2, 5, 19, "unreviewed", "B"),
              ArticleClaim(3, 20, 24, "false", "C"))
    view = ArticleView(1, "Judul", "Antara", date(2024, 1, 1), "a.txt", None, text, claims)
    shown = article_text(view, selected=3)
    assert shown.plain == "Satu dua tiga ⟨A⟩ empat ⟨B⟩ lima ⟨C⟩."  # each claim's speaker after it
    styles = {(span.start, span.end): str(span.style) for span in shown.spans}
    speakers = {(13, 17), (23, 27), (32, 36)}
    assert set(styles) == {(0, 5), (5, 13), (17, 23), (28, 32)} | speakers
    assert styles[(5, 13)].count("underline") == 2  # both claims' styles
    assert styles[(28, 32)] == "reverse"
    assert {styles[span] for span in speakers} == {SPEAKER_STYLE}


def _ingest(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "f.db"
    proc = subprocess.run([sys.executable, "-m", "factcheck", "ingest", str(tmp_path / name), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=150, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return db


def _scalar(db: Path, sql: str) -> object:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.mark.slow
def test_100k_hard_wrapped_lines_ingest(tmp_path: Path) -> None:
    """0.8 MB, 100,000 lines: 237 s when every line re-joined the paragraph so far."""
    db = _ingest(tmp_path, "wrapped.txt", "\n".join(f"a{i}" for i in range(100_000)))
    assert _scalar(db, "SELECT length(text) FROM article") == len(" ".join(f"a{i}" for i in range(100_000)))


@pytest.mark.slow
def test_50k_quotes_in_one_paragraph_ingest(tmp_path: Path) -> None:
    """900 KB in one paragraph: 293 s when every sentence end was checked against every quote."""
    db = _ingest(tmp_path, "quotes.txt", MANY_QUOTES * 50_000)
    assert _scalar(db, "SELECT count(*) FROM claim") == 50_000


@pytest.mark.slow
def test_a_4mb_one_line_file_ingests(tmp_path: Path) -> None:
    sentence = '"Harga beras akan turun bulan depan," kata Menteri Perdagangan Zulkifli Hasan di Jakarta. '
    text = sentence * (4_000_000 // len(sentence))
    db = _ingest(tmp_path, "one-line.txt", text)
    assert _scalar(db, "SELECT count(*) FROM claim") == 4_000_000 // len(sentence)


@pytest.mark.slow
def test_a_50k_claim_article_opens_in_the_review_ui_and_q_goes_back(tmp_path: Path) -> None:
    from factcheck.review.app import ReviewApp
    from factcheck.review.screens.article import ArticleScreen
    from factcheck.review.screens.main import ReviewScreen

    db = _ingest(tmp_path, "quotes.txt", MANY_QUOTES * 50_000)
    engine = make_engine(str(db))

    async def open_and_leave() -> None:
        app = ReviewApp(engine)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ArticleScreen)
            body = app.screen.query_one("#article-text")
            assert body.virtual_size.height > 1_000
            assert body.render_line(0).text.startswith('Dia berkata "Ya. ⟨Dia⟩" Dia berkata')  # the speaker after each claim
            await pilot.press("q")
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)

    asyncio.run(asyncio.wait_for(open_and_leave(), timeout=120))
    engine.dispose()
