"""Text normalisation: mojibake, line breaks, control characters, NFC; display-safe text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from factcheck.ingest.normalize_text import normalize_text, repair_mojibake, strip_controls


def test_repairs_utf8_read_as_cp1252() -> None:
    assert normalize_text("â€œKami mengutuk keras,â€\x9d kata Blinken.") == "“Kami mengutuk keras,” kata Blinken."
    assert normalize_text("inflasi 2,5Â±1% dan luas 100 kmÂ²") == "inflasi 2,5±1% dan luas 100 km²"
    assert repair_mojibake("Nims CafÃ©") == "Nims Café"


def test_repairs_arabic_mojibake_that_contains_nel_bytes() -> None:
    # UTF-8 Arabic read as Latin-1 contains U+0085 as a continuation byte: it is not a line break.
    mojibake = "مَ".encode().decode("latin-1")
    assert "\x85" in mojibake
    assert normalize_text(mojibake) == "مَ"


def test_keeps_curly_quotes_and_correct_text() -> None:
    text = "“Jelas,” kata Ryder — Yōko Kamikawa, Ménteri; 東京."
    assert normalize_text(text) == text


def test_line_breaks_become_newlines() -> None:
    assert normalize_text("a\r\nb\rc\x85d\u2028e\u2029f") == "a\nb\nc\nd\ne\nf"


def test_strips_terminal_escapes_and_control_characters() -> None:
    text = "\x1b[31mMerah\x1b[0m \x1b]0;judul jendela\x07teks\x00\x07\x1b(B\x7f\x9b2Jakhir\tkolom"
    assert normalize_text(text) == "Merah teksakhir\tkolom"


def test_unterminated_escape_does_not_swallow_following_lines() -> None:
    assert normalize_text("\x1b]0;judul\nbaris berikutnya") == "\nbaris berikutnya"


def test_nfc() -> None:
    assert normalize_text("Me\u0301xico") == "México"


def test_strip_controls_for_display() -> None:
    text = "\x1b[2J\x1b]8;;http://x\x07tautan\u202eevil\u2066 baris\r\nkedua\x00"
    assert strip_controls(text) == "tautanevil baris\nkedua"


@given(st.text())
def test_normalize_text_is_idempotent_and_clean(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not any(
        (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF for ch in once
    )
    once.encode("utf-8")


@given(st.text())
def test_strip_controls_leaves_no_control_characters(text: str) -> None:
    shown = strip_controls(text)
    assert not any((ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F for ch in shown)
    assert not any(ch in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
