"""Segmentation and extraction never raise on arbitrary text and keep their offsets exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.attribution import extract_claims
from factcheck.extract.speakers import SpeakerResolver, parse_speaker
from factcheck.ingest.segment import segment

# Article-like pieces mixed with arbitrary Unicode, so that cues, quotes and names actually meet.
PIECES = st.sampled_from([
    '"', "“", "”", "'", ",", ".", "!", "?", ":", " ", "\n", "\u0085", "(", ")", "…",
    " kata ", " katanya", " ujarnya", " Menurut ", "Menurutnya, ", " mengatakan ", " bahwa ", " said ",
    " according to ", " he said", " mereka", " tiga menteri", " pernyataan tersebut ", " yang ",
    "Menlu Blinken", "Patrick Ryder", "Korsel, AS dan Jepang", "Dr.", " U.S. ", " PBB ", "Senin (20/10/2025)",
    "Gedung Putih", " dan ", " dengan ", " selaku juru bicara ", "Pak", "REUTERS/", "Baca juga",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


def check(text: str, language: str) -> None:
    sentences = segment(text)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.idx == i
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text == s.text.strip()
        previous_end = s.end
    for c in extract_claims(text, sentences, language):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.assertion
        assert 0 <= c.sentence_idx < len(sentences)
        assert c.kind in ("direct", "indirect")
        assert c.speaker.kind in ("person", "organization", "group")


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_indonesian_never_raises_and_offsets_are_exact(text: str) -> None:
    check(text, "id")


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_english_never_raises_and_offsets_are_exact(text: str) -> None:
    check(text, "en")


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    check(text, "id")
    check(text, "en")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=12).map("".join))
def test_speaker_parsing_and_resolution_never_raise(phrase: str) -> None:
    resolver = SpeakerResolver(text=phrase)
    ref = resolver.resolve(phrase, position=len(phrase))
    assert ref.kind in ("person", "organization", "group")
    parsed = parse_speaker(phrase)
    assert parsed.ref is not None or parsed.pointer in ("person", "collective")
