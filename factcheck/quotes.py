"""Quotations in text: where each balanced pair of double quote marks opens and closes.

Shared by sentence segmentation (a quote of several sentences stays in one sentence) and by
attribution (a quote is a claim when a cue attributes it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

QUOTE_OPEN = "“«"
_QUOTE_MARK = re.compile("''|[\"“”«»]")


class Quote(NamedTuple):
    """A quotation: ``text[open:start]`` and ``text[end:close]`` are its marks, ``text[start:end]`` its words."""

    open: int
    start: int
    end: int
    close: int


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """The balanced double quotations in ``text[start:end]``.

    Straight quotes (``"`` and the doubled apostrophe ``''``) pair up in order; a curly or
    angle opening quote pairs with the next closing mark. An unmatched mark opens nothing.
    """
    spans: list[Quote] = []
    opened: re.Match[str] | None = None
    for m in _QUOTE_MARK.finditer(text, start, len(text) if end is None else end):
        if m.group() in QUOTE_OPEN:
            if opened is None:
                opened = m
        elif opened is not None:
            spans.append(Quote(opened.start(), opened.end(), m.start(), m.end()))
            opened = None
        elif m.group() in ("\"", "''"):
            opened = m
    return spans
