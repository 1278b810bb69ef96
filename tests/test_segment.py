"""Sentence segmentation: offsets, quotes, abbreviations, numbers and dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.ingest.segment import segment
from factcheck.quotes import quote_spans

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def test_offsets_point_at_the_sentence_text_without_blanks() -> None:
    text = "  Satu dua tiga.   Empat lima enam!\n\n Tujuh delapan?  "
    sentences = segment(text)
    assert [s.text for s in sentences] == ["Satu dua tiga.", "Empat lima enam!", "Tujuh delapan?"]
    for i, s in enumerate(sentences):
        assert s.idx == i
        assert text[s.start:s.end] == s.text


def test_sentences_never_cross_a_line_break() -> None:
    assert texts("Judul tanpa titik\nKalimat pertama. Kalimat kedua.") == [
        "Judul tanpa titik", "Kalimat pertama.", "Kalimat kedua."]


def test_a_quote_of_several_sentences_stays_one_sentence() -> None:
    text = '"Kami telah melihat Rusia. Kami telah melihat Korea Utara," katanya. Ia pergi.'
    assert texts(text) == ['"Kami telah melihat Rusia. Kami telah melihat Korea Utara," katanya.', "Ia pergi."]


def test_curly_quotes_protect_their_sentences_and_split_after_closing() -> None:
    text = "“Kami mendorong semua negara. Kami siap.” “RDRK lah yang harus memprioritaskan dialog.”"
    assert texts(text) == ["“Kami mendorong semua negara. Kami siap.”",
                           "“RDRK lah yang harus memprioritaskan dialog.”"]


def test_an_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = 'Dia berkata "tidak. Lalu pergi. Besok datang lagi.'
    assert len(segment(text)) == 3


@pytest.mark.parametrize("text", [
    "Dr. Siti Nadia Tarmizi hadir di sana.",
    "Rumahnya di Jl. Merdeka No. 5 Jakarta.",
    "The U.S. State Department said so.",
    "Mr. Smith met Prof. Jones.",
    "Menlu Antony J. Blinken datang.",
])
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str) -> None:
    assert texts(text) == [text]


def test_acronyms_without_periods_end_sentences_normally() -> None:
    assert texts("Dia bertemu pejabat AS. PBB menolak.") == ["Dia bertemu pejabat AS.", "PBB menolak."]


def test_numbers_and_dates_do_not_split() -> None:
    text = "Inflasi 2,65% atau Rp 1.500.000 pada Senin (20/10/2025). Harga naik 3.5 persen."
    assert texts(text) == ["Inflasi 2,65% atau Rp 1.500.000 pada Senin (20/10/2025).", "Harga naik 3.5 persen."]


def test_lowercase_after_a_period_does_not_split() -> None:
    text = "termasuk tanggalnya. dan kegiatannya, kata Pak."
    assert texts(text) == [text]


def test_a_sentence_may_start_with_a_digit_or_a_quote() -> None:
    assert texts('Dia datang. 20 orang tewas. "Ini buruk," katanya.') == [
        "Dia datang.", "20 orang tewas.", '"Ini buruk," katanya.']


def test_quote_spans_pair_straight_and_curly_quotes() -> None:
    text = 'a "b" c “d” e "f'
    assert [(q.start, q.end) for q in quote_spans(text)] == [(3, 4), (9, 10)]


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''It's anti-reform. She's layering on complexity,'' said Mr. Holtz-Eakin."
    (quote,) = quote_spans(text)
    assert text[quote.start:quote.end] == "It's anti-reform. She's layering on complexity,"
    assert texts(text) == [text]


def test_stray_next_line_characters_are_not_line_breaks() -> None:
    text = "Kalimat\u0085 satu. Kalimat dua."
    assert texts(text) == ["Kalimat\u0085 satu.", "Kalimat dua."]


def test_seed_article_sentences_are_exact_slices() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = segment(text)
        assert sentences
        for s in sentences:
            assert text[s.start:s.end] == s.text and s.text == s.text.strip()
        assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


@pytest.mark.skipif(not (CORPORA / "detik-1000").exists(), reason="shared corpora not available")
def test_detik_articles_segment_with_exact_offsets() -> None:
    lines = (CORPORA / "detik-1000" / "articles.jsonl").read_text(encoding="utf-8").split("\n")
    for line in lines[:200]:
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for s in segment(text):
            assert text[s.start:s.end] == s.text and s.text.strip() == s.text and "\n" not in s.text
