"""Making article-derived strings safe to show: no control characters, one line; only web URLs as URLs."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from factcheck.ingest.normalize_text import strip_controls

WEB_SCHEMES = ("http", "https")
# What browsers drop from a URL before reading its scheme ("java\tscript:" is "javascript:").
_IGNORED_IN_URLS = re.compile(r"[\t\n\r]")
_URL_EDGES = "".join(map(chr, range(0x21))) + "\x7f"


def display(value: str | None) -> str:
    """``value`` without terminal controls, its whitespace runs collapsed to one space (``None`` → "")."""
    return " ".join(strip_controls(value).split()) if value else ""


def web_url(value: str | None) -> str | None:
    """``value`` as an ``http``/``https`` URL with a host, or None: the one URL policy of every export.

    Anything else (``javascript:``, ``data:``, ``vbscript:``, however spelt, relative or
    scheme-less URLs) is not a URL to any export, since a reader could follow it.
    """
    if not value:
        return None
    url = strip_controls(_IGNORED_IN_URLS.sub("", value)).strip(_URL_EDGES)
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc or any(c.isspace() for c in url):
        return None
    return url
