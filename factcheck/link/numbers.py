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
_CURRENCY_PREFIXES = ("rp", "usd", "idr")
CURRENCY = re.compile(r"(?i)(?<![\w])(rp|usd|us\$|idr)(?=\d)")


def spell_out(text: str) -> str:
    """Dates written 21/10/2025 as 21 Oktober 2025, and a space after a glued currency (Rp300.000).

    Same length is not kept; use it before finding numbers, not for offsets.
    """
    def _date(match: re.Match[str]) -> str:
        day, month, year = (int(g) for g in match.groups())
        return f"{day} {_MONTHS_ID[month - 1]} {year}" if 1 <= month <= 12 and 1 <= day <= 31 else match.group(0)

    if "/" in text:
        text = DATE.sub(_date, text)
    low = text.lower()
    glued = any(prefix in low for prefix in _CURRENCY_PREFIXES)
    return CURRENCY.sub(r"\1 ", text) if glued else text


_DIGIT_NUMBER = re.compile(rf"(?<![\w.,:])(?:{_TIME}|{_DIGITS})(?!\w)")
_HAS_DIGIT = re.compile(r"\d")
_SEPARATED = re.compile(r"\d[.,:]\d")


def _digits_token(match: re.Match[str]) -> str:
    written = match.group(0)
    if written.isdigit():
        return f" {written.lstrip('0') or '0'} "
    if ":" in written:
        hours, minutes = written.split(":")
        return f" {canonical(Decimal(hours) + Decimal(minutes) / 100)} "
    value = parse_digits(written)
    return match.group(0) if value is None else f" {canonical(value)} "


def _value(word: str) -> Decimal | None:
    if word[0].isdigit():
        try:
            return Decimal(word.replace("p", "."))
        except InvalidOperation:
            return None
    return Decimal(NUMBER_WORDS[word]) if word in NUMBER_WORDS else None


_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
_AFTER_DIGITS = frozenset(MULTIPLIERS) | {"percent", "per"}


def number_words(words: list[str], digits: bool) -> list[str]:
    """Casefolded words with each number (digits already canonical, number words, a multiplier after
    it: "dua belas", "500 ribu", "1p5 juta") as one canonical token, ``persen`` after a percentage.

    ``digits`` says whether the text has any digit (when not, only number words are looked for).
    """
    if _NUMBER_WORD_SET.isdisjoint(words) and (not digits or _AFTER_DIGITS.isdisjoint(words)):
        return words  # no number words, and digits alone are canonical already
    starts = [i for i, w in enumerate(words) if w in _NUMBER_WORD_SET or w[0].isdigit()]
    out: list[str] = []
    done = 0
    for i in starts:
        if i < done or (words[i][0].isdigit() and (i + 1 == len(words) or words[i + 1] not in MULTIPLIERS)
                        and (i + 1 == len(words) or words[i + 1] not in ("percent", "per"))):
            continue  # digits alone are canonical already
        value = _value(words[i])
        if value is None:
            continue
        out += words[done:i]
        j = i + 1
        if not words[i][0].isdigit():  # a run of number words: "lima puluh sembilan"
            while j < len(words) and (words[j] in COMPOUND_WORDS or words[j] in _NUMBER_WORD_SET):
                j += 1
            value = parse_words(" ".join(words[i:j]))
        while j < len(words) and words[j] in MULTIPLIERS:
            value *= MULTIPLIERS[words[j]]
            j += 1
        out.append(canonical(value))
        if j < len(words) and words[j] in ("persen", "percent"):
            out.append("persen")
            j += 1
        elif j + 1 < len(words) and words[j] == "per" and words[j + 1] == "cent":
            out.append("persen")
            j += 2
        done = j
    return out + words[done:]


def has_digits(text: str) -> bool:
    """Whether ``text`` has a digit."""
    return _HAS_DIGIT.search(text) is not None


def canonical_digits(text: str) -> str:
    """``text`` (which has digits: :func:`has_digits`) with dates spelled out and numbers written in
    digits as canonical tokens; the words around them (multipliers, percentages) are joined later by
    :func:`number_words`."""
    text = spell_out(text)
    return _DIGIT_NUMBER.sub(_digits_token, text) if _SEPARATED.search(text) else text
