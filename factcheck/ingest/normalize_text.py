"""Text normalisation: mojibake repair, newlines, control characters, NFC.

``normalize_text`` is applied to every text before cleaning (it is idempotent);
``strip_controls`` makes untrusted text safe to show in a terminal; ``escape_surrogates`` makes
names and arguments that are not valid Unicode safe to store and print.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# ftfy only repairs encoding damage here: quotes, widths and line breaks are left
# alone (line breaks and control characters are handled below, for every text).
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_c1_controls=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Text without any of these characters has no mojibake that ftfy could repair: Latin-1
# supplement and extended Latin, Greek/Cyrillic, box drawing, cp1252 punctuation,
# U+FFFD and lone surrogates. Checking first spares ftfy's cost on most texts.
_MAYBE_MOJIBAKE = re.compile("[\u0080-\u024f\u0370-\u04ff\u2010-\u203a\u2500-\u25ff\ufffd\ud800-\udfff]")

# Terminal escape sequences: CSI (ESC [ or U+009B), string sequences (OSC, DCS, SOS,
# PM, APC) ended by BEL or ST and never running past the line, other ESC sequences.
_TERMINAL_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# U+0085 is a line break (NEL) unless it continues a mojibake sequence: in UTF-8
# read as Latin-1/cp1252 it follows a Latin-1 letter or a cp1252 punctuation mark.
_LONE_NEL = re.compile("(?<![\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\x80-\x9f])\x85")
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")
# Zero-width characters split one word (a name) into strings that differ: zero-width spaces and word
# joiners go, and so do zero-width (non-)joiners next to Latin text; between emoji or in scripts that
# join letters ("👨\u200d👩") the joiners stay.
_ZERO_WIDTH = re.compile(
    "(?<=[\x00-\u024f])[\u200b-\u200d\u2060]+|[\u200b-\u200d\u2060]+(?=[\x00-\u024f])|[\u200b\u2060]"
)
# Anything the steps below would change, apart from mojibake and NFC.
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\u2028\u2029\ufeff\ud800-\udfff]")
# Bidirectional overrides and isolates can reorder what a reader sees.
_DISPLAY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")

# "”" (E2 80 9D) read as cp1252 is "â€" and an undefined byte that decoders drop: "â€" then a
# space, punctuation or the end is a closing quote whose last byte was lost ("juta.â€ kata Rofiek").
_TRUNCATED_CLOSING_QUOTE = re.compile(r"â€(?=[\s.,;:!?)]|$)")

_MAX_ROUNDS = 4
_SURROGATE = re.compile("[\ud800-\udfff]")


def repair_mojibake(text: str) -> str:
    """Repair text that was decoded with the wrong encoding ("â€œ" → "“")."""
    if text.isascii() or not _MAYBE_MOJIBAKE.search(text):
        return text
    return ftfy.fix_text(_TRUNCATED_CLOSING_QUOTE.sub("”", text), _FTFY_CONFIG)


def normalize_text(text: str) -> str:
    """Return ``text`` repaired and normalised; idempotent.

    Mojibake is repaired, line breaks become ``\\n`` (including NEL, U+2028 and
    U+2029), terminal escape sequences, byte-order marks, zero-width characters inside
    Latin text and every other C0/C1 control character except ``\\n`` and ``\\t`` are
    removed, and the result is NFC-normalised.
    """
    # Removing a character can join two halves of a mojibake sequence, so repeat
    # until nothing changes (in practice one or two rounds).
    for _ in range(_MAX_ROUNDS):
        normalized = _normalize_once(text)
        if normalized == text:
            break
        text = normalized
    return text


def _normalize_once(text: str) -> str:
    if not _SUSPECT.search(text) and (text.isascii() or not _MAYBE_MOJIBAKE.search(text)):
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    text = _TERMINAL_ESCAPES.sub("", text)
    text = repair_mojibake(_LONE_NEL.sub("\n", text))
    text = _NEWLINES.sub("\n", text)
    text = _ZERO_WIDTH.sub("", _CONTROLS.sub("", text))
    return unicodedata.normalize("NFC", text)


def strip_controls(text: str) -> str:
    """Return ``text`` safe to display: no escape sequences, bidi overrides or control characters but ``\\n``/``\\t``."""
    text = _TERMINAL_ESCAPES.sub("", text)
    text = _NEWLINES.sub("\n", text)
    return _DISPLAY_CONTROLS.sub("", text)


def escape_surrogates(text: str) -> str:
    """Return ``text`` with every lone surrogate written as a visible escape.

    Python decodes bytes that are not UTF-8 in file names and command-line arguments as lone
    surrogates (``b"\\xff"`` → ``"\\udcff"``), and JSON can spell one (``"\\udfff"``); such a string
    cannot be encoded for a database or an output. An undecodable byte becomes ``\\xff`` (so a
    file name stays recognisable), any other lone surrogate ``\\udfff``.
    """
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_surrogate_escape, text)


def _surrogate_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
