"""Lists of articles on the web: RSS/Atom feeds (feedparser) and sitemaps, sitemap indexes and
Google News sitemaps (lxml, with entities and network access off).

``sniff`` tells a feed, a sitemap and a web page apart from the bytes (and Content-Type);
``parse_feed`` and ``parse_sitemap`` return the listed links, resolved and checked to be http(s),
with a one-line problem for each item that cannot be followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

from factcheck.ingest.urls import is_web_url
from factcheck.ingest.normalize_text import strip_controls
from factcheck.ingest.read import binary_reason

_FIRST_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)")
_SKIP_PROLOGUE = re.compile(rb"\A(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL)
_FEED_TAGS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}
_SITEMAP_TAGS = {b"urlset", b"sitemapindex"}
_XML_TYPES = ("xml", "rss", "atom")
_MEDIA_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                "application/octet-stream", "application/msword", "application/vnd.")


class ListingError(Exception):
    """A feed or sitemap that lists nothing usable; the message is the one-line cause."""


@dataclass(frozen=True)
class Link:
    """A listed article (or, in a sitemap index, a sitemap) and when the listing says it changed."""

    url: str
    updated: datetime | None = None


@dataclass
class Listing:
    """What a feed or sitemap lists: ``kind`` is ``feed``, ``sitemap`` or ``sitemap index``."""

    kind: str
    links: list[Link] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def sniff(body: bytes, content_type: str) -> str:
    """``feed``, ``sitemap``, ``html`` or ``text``; raise :class:`ListingError` for anything else.

    The bytes decide first (servers often label sitemaps ``application/octet-stream``), then
    the Content-Type.
    """
    if body.startswith(b"%PDF"):
        raise ListingError("not a web page, feed or sitemap (a PDF)")
    if body.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"RIFF")):
        raise ListingError("not a web page, feed or sitemap (an image)")
    if binary_reason(body[:65536]):
        raise ListingError(f"not a web page, feed or sitemap ({content_type or 'binary data'})")
    head = _SKIP_PROLOGUE.sub(b"", body[:4096].lstrip(b"\xef\xbb\xbf"), count=1).lstrip()
    tag = _FIRST_TAG.match(head)
    name = tag.group(1).lower() if tag else b""
    if name in _FEED_TAGS:
        return "feed"
    if name in _SITEMAP_TAGS:
        return "sitemap"
    if content_type.startswith(_MEDIA_TYPES):
        raise ListingError(f"not a web page, feed or sitemap ({content_type})")
    if name == b"html" or "html" in content_type:
        return "html"
    if any(kind in content_type for kind in _XML_TYPES):
        if name:
            raise ListingError(f"an XML document that is neither a feed nor a sitemap (<{name.decode(errors='replace')}>)")
        raise ListingError(f"feed or sitemap is not XML ({content_type})")
    if head.startswith(b"<"):
        return "html"
    if content_type in ("text/plain", ""):
        return "text"
    raise ListingError(f"not a web page, feed or sitemap ({content_type})")


def parse_feed(body: bytes, base_url: str) -> Listing:
    """The item links of an RSS or Atom feed; raise :class:`ListingError` when it has none."""
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            cause = " ".join(str(parsed.get("bozo_exception", "")).split())[:200]
            raise ListingError(f"feed is not well-formed XML ({cause})")
        raise ListingError("feed lists no items")
    listing = Listing("feed")
    base = parsed.get("href") or base_url
    for number, entry in enumerate(entries, start=1):
        href = entry.get("link") or next(
            (link.get("href") for link in entry.get("links", []) if link.get("href")), None
        )
        label = f"item {number}" + (f" ({_short(entry.get('title'))})" if entry.get("title") else "")
        if not href or not href.strip():
            listing.problems.append(f"{label} has no link")
            continue
        url = urljoin(base, href.strip())
        if not is_web_url(url):
            scheme = urlsplit(url).scheme or "relative"
            listing.problems.append(f"{label} links to a {scheme}: URL, not http(s)")
            continue
        stamp = entry.get("updated_parsed") or entry.get("published_parsed")
        listing.links.append(Link(url, datetime(*stamp[:6], tzinfo=timezone.utc) if stamp else None))
    return listing


def parse_sitemap(body: bytes, base_url: str) -> Listing:
    """The pages of a sitemap (also a Google News sitemap) or the sitemaps of a sitemap index."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"sitemap is not well-formed XML ({' '.join(str(exc).split())[:200]})") from None
    index = etree.QName(root).localname == "sitemapindex"
    listing = Listing("sitemap index" if index else "sitemap")
    entry_name = "sitemap" if index else "url"
    for number, entry in enumerate((e for e in root if _local(e) == entry_name), start=1):
        loc = next((c.text for c in entry if _local(c) == "loc" and c.text), None)
        if not loc or not loc.strip():
            listing.problems.append(f"entry {number} has no <loc>")
            continue
        url = urljoin(base_url, loc.strip())
        if not is_web_url(url):
            listing.problems.append(f"entry {number} links to a {urlsplit(url).scheme or 'relative'}: URL, not http(s)")
            continue
        listing.links.append(Link(url, _lastmod(entry)))
    if not listing.links and not listing.problems:
        raise ListingError("sitemap lists no pages")
    return listing


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _lastmod(entry: etree._Element) -> datetime | None:
    """``<lastmod>`` or, in a Google News sitemap, ``<news:publication_date>``."""
    for node in entry.iter():
        if _local(node) in ("lastmod", "publication_date") and node.text:
            try:
                stamp = datetime.fromisoformat(node.text.strip().replace("Z", "+00:00"))
            except ValueError:
                continue
            return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    return None


def _short(title: object) -> str:
    text = " ".join(strip_controls(str(title)).split())
    return f"{text[:60]}…" if len(text) > 60 else text
