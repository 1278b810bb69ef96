"""Dates written in Indonesian and English news text: date stamps and weekday-anchored mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from factcheck.ingest.furniture import MONTHS, TIME_ZONES, WEEKDAYS

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
# Running text writes weekdays capitalised ("Kamis", "KAMIS"); matching them case-sensitively is fast.
_WEEKDAY_WRITTEN = "|".join(sorted((re.escape(form) for w in WEEKDAYS for form in (w.capitalize(), w.upper())),
                                   key=len, reverse=True))
_ZONE = "|".join(TIME_ZONES)

# "10 Januari 2024", "Sept. 26, 2016", "September 12, 2016"
_DAY_MONTH_YEAR = rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
_MONTH_DAY_YEAR = rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
# "26/10/2023", "17/1" (no year: only after a weekday), "2024-01-10"
_NUMERIC = r"(?P<d3>\d{1,2})[/.-](?P<m3>\d{1,2})(?:[/.-](?P<y3>\d{4}|\d{2}))?"
_NUMERIC_WITH_YEAR = r"(?P<d3>\d{1,2})[/.-](?P<m3>\d{1,2})[/.-](?P<y3>\d{4}|\d{2})"
_ISO = r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
_ANY_DATE = rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_ISO}|{_NUMERIC_WITH_YEAR})"
_TIME = rf"(?:(?:pukul|jam|at)\s+)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s*(?:{_ZONE}))?"

# A line that is only a time stamp: "Rabu, 10 Januari 2024 11:25 WIB", "Updated Sept. 12, 2016 3:45 p.m. ET".
_DATE_LINE = re.compile(
    rf"(?:(?:diperbarui|diterbitkan|dipublikasikan|terbit|published|updated|posted)(?:\s+on)?\s*:?\s*)?"
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?{_ANY_DATE}(?:\s*[,|·•-]?\s*{_TIME})?",
    re.IGNORECASE,
)
# Weekday-anchored dates in running text: "Kamis (26/10/2023)", "Selasa, 9 Januari 2024", "Rabu (17/1)".
_ANCHORED = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_WRITTEN})(?:\s*\(\s*{_NUMERIC}\s*\)|,?\s+(?i:{_DAY_MONTH_YEAR}))"
)


@dataclass(frozen=True)
class DateMention:
    """A date as written: the year may be missing ("Rabu (17/1)")."""

    day: int
    month: int
    year: int | None
    weekday: int | None  # date.weekday() number, when the text names the day

    def resolve(self, fallback_year: int | None = None) -> date | None:
        """The date, taking a missing year from ``fallback_year`` only if the weekday agrees."""
        year = self.year
        if year is None:
            if fallback_year is None or self.weekday is None:
                return None
            year = fallback_year
        try:
            resolved = date(year, self.month, self.day)
        except ValueError:
            return None
        if self.year is None and resolved.weekday() != self.weekday:
            return None
        return resolved


def parse_published(value: str | None) -> date | None:
    """Parse a publication date: ISO ("2025-10-21", "2025-10-21T20:43Z") or a written date stamp; else ``None``."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    mention = date_line(value)  # "Rabu, 10 Januari 2024 11:25 WIB"
    return mention.resolve() if mention else None


def date_line(line: str) -> DateMention | None:
    """The date of ``line`` if the whole line is a date stamp, else ``None``."""
    match = _DATE_LINE.fullmatch(line)
    return _mention(match) if match else None


def anchored_date(text: str) -> DateMention | None:
    """The first weekday-anchored date in ``text`` ("Kamis (26/10/2023)"), else ``None``."""
    for match in _ANCHORED.finditer(text):
        mention = _mention(match)
        if mention:
            return mention
    return None


def _mention(match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    weekday = WEEKDAYS.get(groups["wd"].lower()) if groups.get("wd") else None
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if groups.get(d):
            month_text = groups[m]
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
            year = _full_year(groups[y]) if groups.get(y) else None
            day = int(groups[d])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return DateMention(day, month, year, weekday)
            return None
    return None


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year
