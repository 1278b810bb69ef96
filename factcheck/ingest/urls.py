"""Web URLs: which strings are http(s) URLs, and one key for every URL of the same article.

courlan removes tracking parameters (``utm_*``, ``fbclid``, ``gclid`` …), sorts the query and
normalises case and ports; on top of that the key drops the scheme, ``www.``, the fragment,
AMP markers, ``page=all``-style single-page switches and the trailing slash.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from courlan import normalize_url

WEB_SCHEMES = ("http", "https")
_AMP_QUERY = {("amp", ""), ("amp", "1"), ("amp", "true"), ("outputtype", "amp"), ("output", "amp")}
_SINGLE_PAGE_QUERY = {("page", "all"), ("single", "1"), ("singlepage", "1"), ("view", "all"), ("all", "1")}
_AMP_PATH = re.compile(r"(?:^/amp(?=/)|/amp/?$|\.amp(?=$|\.html?$))", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` URL with a host."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


def host_of(url: str) -> str:
    """The ``host[:port]`` of a URL (lower-case), or ``""``."""
    try:
        return urlsplit(url).netloc.lower().rsplit("@", 1)[-1]
    except ValueError:
        return ""


def same_site(url: str, other: str) -> bool:
    """True when two URLs are on the same site (``amp.example.co.uk`` and ``www.example.co.uk``)."""
    return _site(url) == _site(other) != ""


def _site(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    labels = host.split(".")
    if ":" in host or all(label.isdigit() for label in labels):  # an IP address is its own site
        return host
    # example.com; example.co.uk and example.com.au keep three labels
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def clean_url(url: str) -> str:
    """``url`` without tracking parameters and fragment (courlan), for storing."""
    try:
        return normalize_url(url.strip())
    except ValueError:
        return url.strip()


def url_key(url: str) -> str:
    """The deduplication key of an http(s) URL, e.g. ``example.com/news/a?id=3``."""
    parts = urlsplit(clean_url(url))
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:  # a port that is not a number
        port = None
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = _AMP_PATH.sub("", parts.path).rstrip("/")
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if (key.lower(), value.lower()) not in _AMP_QUERY | _SINGLE_PAGE_QUERY
    ]
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")
