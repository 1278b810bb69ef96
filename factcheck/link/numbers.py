"""Numbers written in any of the usual ways, as one canonical token.

``1,5 juta``, ``1.500.000`` and ``1.5 million`` mean one value;
matching compares values, not spellings. A canonical token is the value's digits, a
decimal point written ``p`` (so the token survives punctuation folding): ``1500000``,
``2p5``. Percentages keep their unit as the word ``persen`` after the value.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MULTIPLIERS = {
    "ribu": 10**3, "rb": 10**3, "thousand": 10**3,
    "juta": 10**6, "jt": 10**6, "million": 10**6,
    "miliar": 10**9, "milyar": 10**9, "billion": 10**9,
    "triliun": 10**12, "trillion": 10**12,
}
NUMBER_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    "sejuta": 10**6,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "hundred": 100,
}
PERCENT_WORDS = ("persen", "percent", "per cent")
# Indonesian compounds: "dua belas" = 12, "lima puluh sembilan" = 59, "tiga ratus" = 300
COMPOUND_WORDS = {"belas": 10, "puluh": 10, "ratus": 100}

_DIGITS = r"\d+(?:[.,]\d+)*"
_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_COMPOUND = "|".join(COMPOUND_WORDS)
_WORDS = rf"(?:{_WORD_ALT})(?:\s+(?:{_COMPOUND}|{_WORD_ALT})(?!\w))*"
_TIME = r"\d{1,2}:\d{2}(?!\d)"
_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_PERCENT = "%|(?:" + "|".join(w.replace(" ", r"\s+") for w in PERCENT_WORDS) + r")(?!\w)"
NUMBER = re.compile(
    rf"(?<![\w.,:])(?P<num>{_TIME}|{_DIGITS}|(?i:{_WORDS}))(?![\w])"
    rf"(?:\s+(?P<mult>(?i:{_MULT}))(?!\w))?"
    rf"(?:\s*(?P<pct>(?i:{_PERCENT})))?"
)


def parse_digits(written: str) -> Decimal | None:
    """The value of digits with thousands or decimal separators (``1.500.000``, ``1,5``, ``2,345.6``)."""
    seps = [c for c in written if c in ".,"]
    if not seps:
        return Decimal(written)
    groups = re.split(r"[.,]", written)
    if len(set(seps)) == 2:  # the last separator is the decimal one
        decimal_sep = seps[-1]
        whole, _, fraction = written.rpartition(decimal_sep)
        digits = re.sub(r"[.,]", "", whole) + "." + fraction
    elif len(seps) > 1:
        if any(len(g) != 3 for g in groups[1:]):
            return None  # "1.2.3": a version or a date, not one number
        digits = "".join(groups)
    elif len(groups[1]) == 3 and len(groups[0]) <= 3 and groups[0] != "0":
        digits = "".join(groups)  # "1.500" / "1,500": thousands
    else:
        digits = groups[0] + "." + groups[1]
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def parse_words(written: str) -> Decimal:
    """The value of number words ("dua belas" 12, "lima puluh sembilan" 59, "seratus" 100)."""
    total, current = 0, 0
    for word in written.casefold().split():
        if word == "belas":
            total, current = total + current + 10, 0
        elif word in COMPOUND_WORDS:
            total, current = total + (current or 1) * COMPOUND_WORDS[word], 0
        elif word == "hundred":
            total, current = total + (current or 1) * 100, 0
        elif NUMBER_WORDS[word] >= 100:  # seratus, seribu, sejuta: a value of their own
            total += NUMBER_WORDS[word]
        else:
            current += NUMBER_WORDS[word]
    return Decimal(total + current)


def canonical(value: Decimal) -> str:
    """The token for ``value``: plain digits, ``p`` for the decimal point."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", "p")


def value_of(match: re.Match[str]) -> tuple[str, bool] | None:
    """(canonical token, is a percentage) of a :data:`NUMBER` match, None when it is no number."""
    written = match.group("num")
    if ":" in written:  # a time: 15:00 is 15.00
        hours, minutes = written.split(":")
        value: Decimal | None = Decimal(hours) + Decimal(minutes) / 100
    else:
        value = parse_words(written) if written[0].isalpha() else parse_digits(written)
    if value is None:
        return None
    if match.group("mult"):
        value *= MULTIPLIERS[match.group("mult").casefold()]
    return canonical(value), bool(match.group("pct"))


DATE = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\w/])")
_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember")
CURRENCY = re.compile(r"(?i)(?<![\w])(rp|usd|us\$|idr)(?=\d)")


def spell_out(text: str) -> str:
    """Dates written 21/10/2025 as 21 Oktober 2025, and a space after a glued currency (Rp300.000).

    Same length is not kept; use it before finding numbers, not for offsets.
    """
    def _date(match: re.Match[str]) -> str:
        day, month, year = (int(g) for g in match.groups())
        return f"{day} {_MONTHS_ID[month - 1]} {year}" if 1 <= month <= 12 and 1 <= day <= 31 else match.group(0)

    return CURRENCY.sub(r"\1 ", DATE.sub(_date, text))


def canonical_numbers(text: str) -> str:
    """``text`` with each number replaced by its canonical token (``persen`` after a percentage)."""

    def _replace(match: re.Match[str]) -> str:
        found = value_of(match)
        if found is None:
            return match.group(0)
        token, percent = found
        return f" {token} persen " if percent else f" {token} "

    return NUMBER.sub(_replace, spell_out(text))
