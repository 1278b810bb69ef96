"""How statuses look, and turning untrusted article text into safe rich ``Text``.

Article-derived strings are never used as markup: they go through
:func:`safe` (no escape sequences or control characters) into ``Text`` objects.
"""

from __future__ import annotations

from rich.text import Text

from factcheck.ingest.normalize_text import strip_controls
from factcheck.statuses import STATUSES, TABLE

# status → (symbol in the list, label, style)
STATUS_LOOK: dict[str, tuple[str, str, str]] = {s.code: (s.symbol, s.label, s.style) for s in TABLE}

# What ``s`` cycles through: every claim, then one status at a time.
STATUS_FILTERS: tuple[str | None, ...] = (None, *STATUSES)


def safe(value: object) -> str:
    """``value`` as a string safe to show in a terminal (``None`` → empty)."""
    return "" if value is None else strip_controls(str(value))


def one_line(value: object) -> str:
    """``value`` made safe and folded onto one line."""
    return " ".join(safe(value).split())


def status_text(status: str, *, symbol: bool = False) -> Text:
    """The status as a styled label (or its one-character symbol)."""
    mark, label, style = STATUS_LOOK.get(status, ("?", one_line(status), ""))
    return Text(mark if symbol else label, style=style)
