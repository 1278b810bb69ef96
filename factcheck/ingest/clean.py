"""Cleaning: strip page furniture and find the outlet, wire credits, title and publication date.

``clean`` is a pure function of the raw article. It works line by line with
precompiled patterns (the data lives in ``factcheck.ingest.furniture``): captions,
bylines, ads, share prompts, teaser lists and credit lines go; what they say about
the outlet, the wires and the date is kept as metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, auto

from factcheck.document import CleanArticle, RawArticle
from factcheck.extract import lang
from factcheck.ingest import furniture as data
from factcheck.ingest.dates import DateMention, anchored_date, date_line, parse_published
from factcheck.ingest.language import detect_language
from factcheck.ingest.normalize_text import normalize_text
from factcheck.ingest.outlets import alias_pattern, canonical_outlet, canonical_wire

LANGUAGES = lang.codes()


def clean(raw: RawArticle, *, outlet: str | None = None, language: str = "auto") -> CleanArticle:
    """Return the cleaned article for ``raw``; never raises on any text.

    The outlet is ``outlet`` if given, else ``raw.outlet``, else the URL's domain,
    else what the text says (dateline, byline, copyright line, "kepada Tempo");
    known names are made canonical. ``language`` is ``"auto"`` or a registered language code.
    """
    if language not in (*LANGUAGES, "auto"):
        raise ValueError(f"language must be auto or one of {', '.join(LANGUAGES)}, not {language!r}")
    text = normalize_text(raw.text)
    found = _Found()
    kept = _strip_furniture([_tidy(line) for line in text.split("\n")], found)
    blocks = [_unwrap(block) for block in _blocks(kept)]
    title = _take_title(blocks, raw.title)
    _take_dateline(blocks, found)
    # Dropping characters (e.g. edge spaces) can expose more mojibake: normalise the result too.
    body = normalize_text("\n".join(line for block in blocks for line in block))
    found.wires.extend(_credited_wires(body))

    name = _resolve_outlet(outlet, raw, found, body)
    wires = tuple(dict.fromkeys(w for w in found.wires if w != name))
    published = parse_published(raw.published) or _published_in_text(found, body)
    return CleanArticle(
        text=body,
        raw_text=raw.text,
        title=title,
        outlet=name,
        wires=wires,
        published=published,
        language=detect_language(f"{title or ''}\n{body}") if language == "auto" else language,
    )


# ---------------------------------------------------------------------------
# Patterns (compiled once)

_I = re.IGNORECASE


def _any_of(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WIRE = alias_pattern(data.WIRES)
_OUTLET = alias_pattern(data.OUTLETS)

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in data.FURNITURE_LINES), _I)
_TEASER_HEADER = re.compile(rf"(?:{_any_of(data.TEASER_HEADERS)})\s*:?", _I)
_TEASER_PREFIX = re.compile(rf"(?:{_any_of(data.TEASER_PREFIXES)})\b\s*:?\s*\S.*", _I)
_COPYRIGHT = re.compile(rf"(?:{_any_of(data.COPYRIGHT_MARKERS)})", _I)
_COPYRIGHT_SIGN = re.compile(r"©|\(c\)|all rights reserved|dilindungi undang", _I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OUTLET_IN_COPYRIGHT = re.compile(rf"(?<!\w)(?:{_OUTLET})(?!\w)", _I)
_LONE_WIRE = re.compile(rf"\(?\s*(?P<wire>{_WIRE})\s*\)?\.?")
_SOURCE_LINE = re.compile(r"(?:sumber|source|sources)\s*:\s*(?P<names>.{1,80})", _I)
_SOURCE_SPLIT = re.compile(r"\s*(?:[,/;&]|\bdan\b|\band\b)\s*", _I)
_REUTERS_SIGN_OFF = re.compile(r"\(?\s*(?:additional )?(?:reporting|writing) by\b.*\bediting by\b.*", _I)
_BYLINE_LABEL = re.compile(rf"(?:{_any_of(data.BYLINE_LABELS)})\s*:?", _I)
_BYLINE = re.compile(rf"(?:{_any_of(data.BYLINE_LABELS)})\s*:\s*\S+(?:\s+\S+){{0,7}}", _I)
_BYLINE_OPENER = re.compile(
    rf"(?:{_any_of(data.BYLINE_OPENERS)})\s+[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|and|dan|&)){{0,7}}"
)
_NAMES = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_LABELS = rf"(?i:{_any_of(data.BYLINE_LABELS)})"
_BYLINE_NAMES = re.compile(rf"{_LABELS}\s+{_NAMES}(?:\s*[|/]\s*{_LABELS}\s*:?\s*{_NAMES})*")
_OUTLET_BYLINE = re.compile(rf"{_NAMES}\s+[-–—|]\s+(?P<outlet>{_OUTLET})")
_OUTLET_PREFIX = re.compile(rf"(?P<outlet>{_OUTLET})\s*[-–—|,]\s*")
_REPORT_BY = re.compile(r"laporan (?:wartawan|reporter|koresponden)\b.{0,80}", _I)
_RELATIVE_TIME = re.compile(
    rf"(?:\d{{1,3}}|se|an?)\s*(?:{_any_of(data.RELATIVE_TIME_UNITS)})\s+(?:yang\s+)?(?:lalu|ago)", _I
)
_READ_MORE = re.compile(r"(?:baca selengkapnya|selengkapnya|read more|continue reading)\W*", _I)
_PHOTO = _any_of(data.PHOTO_AGENCIES)
_CAPTION_CREDIT = re.compile(
    rf"(?:\b(?:{_PHOTO})\s*/\s*(?:[A-Z][\w'’.-]*\s*){{1,4}}(?:/[^/\n]{{1,40}})*|\bvia\s+(?:{_PHOTO}))"
    r"[\s.)]*(?:\brn\b)?[\s.)]*$"
)
# "(KOMPAS.com/ARDITO RAMADHAN)", "(Agung Pambudhy/detikcom)": an outlet and a photographer's full name.
_PERSON = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_SOURCE_NAME = rf"(?:{_OUTLET}|{_WIRE}|{_PHOTO})"
_CAPTION_PHOTOGRAPHER = re.compile(rf"\((?:{_SOURCE_NAME}\s*/\s*{_PERSON}|{_PERSON}\s*/\s*{_SOURCE_NAME})\)\s*$")
_CAPTION_WORD = _any_of(data.CAPTION_WORDS)
_CAPTION_START = re.compile(rf"\(?(?:{_CAPTION_WORD})\s*:.*", _I)
_CAPTION_TAIL = re.compile(rf"\(\s*(?:{_CAPTION_WORD})\b[^()]*\)\s*$", _I)
_TRAILING_WIRE = re.compile(rf"\s*\(\s*(?P<wire>{_WIRE})(?:\s*/\s*[\w. -]{{1,20}})?\s*\)\.?$")
_TRAILING_INITIALS = re.compile(r"\s*\((?:[a-z]{2,5}/)+[a-z]{2,5}\)\.?$")
_TRAILING_NAME = re.compile(r"(?<=\S[.!?\"”’])\s+\((?:[A-Z][\w.'’-]*\s?){1,4}\)$")
_WIRE_NAME = re.compile(rf"(?:{_WIRE})(?!\w)")
_WIRE_CREDIT_BEFORE = re.compile(
    rf"\b(?:{_any_of(data.WIRE_CREDIT_VERBS)})\s+(?:dari\s*)?(?:(?:kantor berita|laman|situs)\s+)?$", _I
)
_SELF_MENTION_WORD = re.compile(rf"\b(?:{_any_of(data.SELF_MENTION_WORDS)})")
_OUTLET_AFTER = re.compile(rf"\s*(?P<outlet>{_OUTLET})(?!\w)")
_BARE_DATELINE_OUTLETS = tuple(
    (name, re.compile(rf"(?<!\w)(?:{alias_pattern(tuple(s for s in data.OUTLETS if s.name == name))})(?!\w)"))
    for name in data.BARE_DATELINE_OUTLETS
)
_DATELINE = re.compile(r"(?P<prefix>[^\n]{2,70}?)\s+(?:--|-|–|—)\s*(?=\S)")
_DATELINE_AGENCY = re.compile(r"\((?P<agency>[^()]{2,40})\)$")
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,3}")
_PARAGRAPH_END = re.compile(r"[.!?:;…\"”’)]$")
_INNER_SENTENCE_END = re.compile(r"(?:[a-z]{2}\.|[)\]\"”’]\.|[!?])\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
_QUOTE_START = ("\"", "“", "'", "‘", "«")

_TAIL_CHARS = 160  # end-of-line patterns only look at the end of the line
_FURNITURE_MAX_CHARS = 1_000  # furniture lines are short (the longest in the detik corpus: 378); longer is body


class _Kind(Enum):
    BODY = auto()
    DROP = auto()  # furniture: drop the line
    SIGN_OFF = auto()  # a credit or byline; after body text, what follows is furniture until body resumes
    TEASER = auto()  # a teaser list starts (header or item time stamp)
    LABEL = auto()  # a byline label alone: the name is on the next line


@dataclass
class _Found:
    """Metadata collected from the lines that were removed."""

    wires: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    copyright_outlets: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    dateline_outlet: str | None = None
    byline_outlet: str | None = None  # "Nama Reporter - detikNews", "Kompas.com - 12/01/2024, 10:15 WIB"
    bare_dateline: bool = False
    dateline_wire: bool = False  # the dateline credits a wire: the story is the agency's


# ---------------------------------------------------------------------------
# Furniture


def _tidy(line: str) -> str:
    line = " ".join(line.split())
    return _MARKDOWN_HEADING.sub("", line, count=1) if line.startswith("#") else line


def _strip_furniture(lines: list[str], found: _Found) -> list[str]:
    """Body lines, with ``""`` where the text had a blank line."""
    following = _next_nonblank(lines)
    kept: list[str] = []
    in_teaser = skip_name = has_body = False
    for i, line in enumerate(lines):
        if not line:
            kept.append("")
            continue
        if skip_name:
            skip_name = False
            if _is_name(line):
                continue
        kind = _classify(line, found)
        if kind is _Kind.BODY:
            after = following[i]
            if in_teaser and _is_teaser_item(line, lines[after] if after is not None else None):
                continue
            in_teaser = False
            line = _strip_trailing_credit(line, found)
            if line:
                kept.append(line)
                has_body = True
        elif kind is _Kind.TEASER or (kind is _Kind.SIGN_OFF and has_body):
            in_teaser = True
        elif kind is _Kind.LABEL:
            skip_name = True
    return kept


def _next_nonblank(lines: list[str]) -> list[int | None]:
    following: list[int | None] = [None] * len(lines)
    after: int | None = None
    for i in range(len(lines) - 1, -1, -1):
        following[i] = after
        if lines[i]:
            after = i
    return following


# Lines this short can be furniture: a date line, a copyright or credit line.
DATE_LINE_MAX = 80
SIGN_OFF_MAX = 100
# A headline-like line has at least this share of its long words capitalised.
TITLE_CASE_SHARE = 0.7


def _classify(line: str, found: _Found) -> _Kind:  # noqa: PLR0911 - one rule per return
    if len(line) < DATE_LINE_MAX and _date_line(line, found):
        return _Kind.DROP
    short = len(line) <= SIGN_OFF_MAX
    if short and _copyright_line(line, found):
        return _Kind.SIGN_OFF
    if short and (credit := _credit_line(line, found)):
        return credit
    if short and (_TEASER_HEADER.fullmatch(line) or _TEASER_PREFIX.fullmatch(line)):
        return _Kind.TEASER
    if (len(line) <= _FURNITURE_MAX_CHARS and _FURNITURE.fullmatch(line)) or _is_caption(line):
        return _Kind.DROP
    if not short:
        return _Kind.BODY
    if _BYLINE_LABEL.fullmatch(line):
        return _Kind.LABEL
    if match := _OUTLET_BYLINE.fullmatch(line):
        found.byline_outlet = found.byline_outlet or canonical_outlet(match["outlet"])
        return _Kind.SIGN_OFF
    if any(p.fullmatch(line) for p in (_BYLINE, _BYLINE_NAMES, _BYLINE_OPENER, _REPORT_BY)):
        return _Kind.SIGN_OFF
    if _RELATIVE_TIME.fullmatch(line):
        return _Kind.TEASER
    return _Kind.BODY


def _date_line(line: str, found: _Found) -> bool:
    """Record the date of a time-stamp line ("Rabu, 10 Januari 2024 11:25 WIB", "Kompas.com - 12/01/2024")."""
    if mention := date_line(line):
        found.dates.append(mention)
        return True
    if (prefix := _OUTLET_PREFIX.match(line)) and (mention := date_line(line[prefix.end():])):
        found.dates.append(mention)
        found.byline_outlet = found.byline_outlet or canonical_outlet(prefix["outlet"])
        return True
    return False


def _copyright_line(line: str, found: _Found) -> bool:
    """Record outlet and year of a copyright line ("COPYRIGHT © ANTARA News Kalimantan Barat 2024")."""
    if not _COPYRIGHT.match(line):
        return False
    years = _YEAR.findall(line)
    if not _COPYRIGHT_SIGN.search(line) and not (years and len(line.split()) <= 8):
        return False  # a sentence about copyright ("Hak cipta lagu itu …")
    found.copyright_outlets.extend(name for m in _OUTLET_IN_COPYRIGHT.finditer(line) if (name := canonical_outlet(m[0])))
    found.years.extend(int(year) for year in years)
    return True


def _credit_line(line: str, found: _Found) -> _Kind | None:
    """Record the wires of a credit line ("REUTERS", "Sumber: Yonhap", "(Reporting by …)").

    A wire credit signs the article off; a source line naming no wire ("Sumber: BPS") is only dropped.
    """
    if match := _LONE_WIRE.fullmatch(line):
        found.wires.append(canonical_wire(match["wire"]) or match["wire"])
        return _Kind.SIGN_OFF
    if match := _SOURCE_LINE.fullmatch(line):
        names = [canonical_wire(name.strip(" ().")) for name in _SOURCE_SPLIT.split(match["names"])]
        found.wires.extend(name for name in names if name)
        return _Kind.SIGN_OFF if any(names) else _Kind.DROP
    if _REUTERS_SIGN_OFF.fullmatch(line):
        found.wires.append("Reuters")
        return _Kind.SIGN_OFF
    return None


def _is_caption(line: str) -> bool:
    tail = line[-_TAIL_CHARS:]
    if ("/" in tail or "via " in tail) and _CAPTION_CREDIT.search(tail):
        return True
    if tail.endswith(")") and (_CAPTION_TAIL.search(tail) or _CAPTION_PHOTOGRAPHER.search(tail)):
        return True
    return bool(_CAPTION_START.fullmatch(line))


def _is_name(line: str) -> bool:
    """A short line that can be the name after a byline label ("Yudono Yanuar", "Tempo.co")."""
    return len(line) <= 60 and len(line.split()) <= 6 and not _SENTENCE_END.search(line.removesuffix("."))


def _is_teaser_item(line: str, next_line: str | None) -> bool:
    """Inside a teaser list: a headline, or a summary followed by "Baca Selengkapnya" or a time stamp."""
    if next_line is not None and (_READ_MORE.fullmatch(next_line) or _RELATIVE_TIME.fullmatch(next_line)):
        return True
    return len(line.split()) <= 25 and not line.endswith((".", ".\"", ".”"))


def _strip_trailing_credit(line: str, found: _Found) -> str:
    """Remove "(Reuters)", "(rdp/imk)" or "(Nizar Fachri Rabbani)" at the end of a paragraph."""
    if ")" not in line[-2:]:
        return line
    head, tail = line[:-_TAIL_CHARS], line[-_TAIL_CHARS:]
    if match := _TRAILING_WIRE.search(tail):
        found.wires.append(canonical_wire(match["wire"]) or match["wire"])
        tail = tail[: match.start()]
    else:
        tail = _TRAILING_NAME.sub("", _TRAILING_INITIALS.sub("", tail))
    return (head + tail).strip()


# ---------------------------------------------------------------------------
# Paragraphs, title, dateline


def _blocks(kept: list[str]) -> list[list[str]]:
    """Group kept lines into blocks separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for line in kept:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _unwrap(block: list[str]) -> list[str]:
    """One line per paragraph: a line continues the previous one when that one stops mid-sentence
    and this one starts in lower case (hard-wrapped text); otherwise each line is a paragraph."""
    paragraphs: list[list[str]] = []
    for line in block:
        if paragraphs and line[:1].islower() and not _PARAGRAPH_END.search(paragraphs[-1][-1]):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(parts) for parts in paragraphs]


def _take_title(blocks: list[list[str]], given: str | None) -> str | None:
    """The title: ``given``, else a leading headline line, which is removed from the body."""
    if not blocks:
        return _clean_title(given)
    first = blocks[0][0]
    if given is not None:
        if _title_key(first) == _title_key(given):
            _drop_first_line(blocks)
        return _clean_title(given)
    alone = len(blocks[0]) == 1
    if len(blocks) + len(blocks[0]) > 2 and _is_headline(first, alone=alone, more=len(blocks) > 2):
        _drop_first_line(blocks)
        return first.rstrip(".")
    return None


def _is_headline(line: str, *, alone: bool, more: bool) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200 or line.startswith(_QUOTE_START) or _DATELINE.match(line):
        return False
    if _INNER_SENTENCE_END.search(line):
        return False  # a headline is one sentence
    if not line.endswith((".", ",", ";", ":")):
        return True
    capitalised = sum(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words)
    title_case = long_words >= 2 and capitalised >= TITLE_CASE_SHARE * long_words
    return alone and (title_case or (line.endswith(".") and len(words) <= 12 and more))


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    return _one_line(title) or None


def _one_line(text: str) -> str:
    """``text`` normalised, on one line, with single spaces."""
    return " ".join(normalize_text(text).split())


def _title_key(text: str) -> str:
    return _one_line(text).strip(" .").casefold()


def _drop_first_line(blocks: list[list[str]]) -> None:
    del blocks[0][0]
    if not blocks[0]:
        del blocks[0]


def _take_dateline(blocks: list[list[str]], found: _Found) -> None:
    """Find a dateline in the first lines, note its outlet or wire and remove it from the text."""
    for block in blocks[:3]:
        for i, line in enumerate(block[:2]):
            match = _DATELINE.match(line)
            if match and _read_dateline(match["prefix"], found):
                block[i] = line[match.end():]
                return


def _read_dateline(prefix: str, found: _Found) -> bool:
    """Whether ``prefix`` is a dateline ("TEMPO.CO, Jakarta", "WASHINGTON (Reuters)", "Jakarta")."""
    if match := _DATELINE_AGENCY.search(prefix):
        agency, place = match["agency"].strip(), prefix[: match.start()].strip(" ,")
        outlet, wire = canonical_outlet(agency), canonical_wire(agency)
        if (outlet or wire) and (not place or _is_place(place)):
            if outlet and (not wire or found.dateline_outlet is None):
                found.dateline_outlet = outlet
            if wire:
                found.wires.append(wire)
                found.dateline_wire = True
            return True
        return False
    parts = [part.strip() for part in prefix.split(",") if part.strip()]
    outlets = [canonical_outlet(part) for part in parts]
    places = [part for part, name in zip(parts, outlets, strict=True) if not name]
    if any(outlets) and all(_is_place(place) for place in places):
        found.dateline_outlet = next(name for name in outlets if name)
        return True
    if parts and all(_is_place(part) for part in parts) and (len(parts) > 1 or len(parts[0].split()) == 1
                                                             or parts[0].isupper()):
        found.bare_dateline = True
        return True
    return False


def _is_place(text: str) -> bool:
    """A place (and date) as datelines write it: "Jakarta", "HEMPSTEAD, N.Y., Sept. 26"."""
    return all(_PLACE.fullmatch(part.strip()) for part in text.split(","))


# ---------------------------------------------------------------------------
# Metadata


def _credited_wires(body: str) -> list[str]:
    """Wires the body credits for its text: "Dilansir dari Yonhap", "seperti dikutip dari Reuters"."""
    return [
        canonical_wire(match[0]) or match[0]
        for match in _WIRE_NAME.finditer(body)
        if _WIRE_CREDIT_BEFORE.search(body, max(0, match.start() - 40), match.start())
    ]


def _resolve_outlet(given: str | None, raw: RawArticle, found: _Found, body: str) -> str | None:
    for name in (given, raw.outlet):
        if name and (as_given := _one_line(name)):
            return canonical_outlet(as_given) or as_given
    if from_url := canonical_outlet(raw.url):
        return from_url
    if found.dateline_outlet or found.byline_outlet:
        return found.dateline_outlet or found.byline_outlet
    if named := [name for name in found.copyright_outlets if name]:
        return named[0]
    if not found.dateline_wire and (mentioned := _self_mention(body)):
        return mentioned
    if found.bare_dateline:
        for name, pattern in _BARE_DATELINE_OUTLETS:
            if pattern.search(body):
                return name
    return None


def _self_mention(body: str) -> str | None:
    """The outlet in "kata X kepada Tempo", "told The Huffington Post": the reporting outlet."""
    for word in _SELF_MENTION_WORD.finditer(body):
        if match := _OUTLET_AFTER.match(body, word.end()):
            return canonical_outlet(match["outlet"])
    return None


def _published_in_text(found: _Found, body: str) -> date | None:
    fallback = found.years[-1] if found.years else None
    for mention in found.dates:
        if resolved := mention.resolve(fallback):
            return resolved
    mention = anchored_date(body)
    return mention.resolve(fallback) if mention else None
