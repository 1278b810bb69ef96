"""What a news page states about itself: canonical URL, ``og:`` tags and JSON-LD ``NewsArticle``.

Only the page's markup is read (never the article text as markup); values are plain strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from lxml.etree import LxmlError, ParserError

from factcheck.ingest.urls import is_web_url

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
}
_MAX_JSON_LD = 1_000_000
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")


@dataclass(frozen=True)
class PageMeta:
    """Metadata a page declares; ``None`` where it declares nothing."""

    canonical: str | None = None
    site_name: str | None = None
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    author: str | None = None
    publisher: str | None = None
    article_body: str | None = None  # JSON-LD ``articleBody``: plain text, kept only when it has no markup


def page_meta(html: str, base_url: str) -> PageMeta:
    """Read the canonical link, ``og:``/``article:`` meta tags and JSON-LD of ``html``."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (LxmlError, ParserError, ValueError):
        return PageMeta()
    head_meta = {
        (node.get("property") or node.get("name") or "").strip().lower(): (node.get("content") or "").strip()
        for node in tree.iter("meta")
    }
    canonical = None
    for node in tree.iter("link"):
        if "canonical" in (node.get("rel") or "").lower().split() and node.get("href"):
            candidate = urljoin(base_url, node.get("href").strip())
            canonical = candidate if is_web_url(candidate) else None
            break
    article = next(_json_ld_articles(tree), {})
    return PageMeta(
        canonical=canonical,
        site_name=_text(head_meta.get("og:site_name")),
        headline=_text(article.get("headline")),
        published=_text(article.get("datePublished")) or _text(head_meta.get("article:published_time")),
        modified=_text(article.get("dateModified")) or _text(head_meta.get("article:modified_time")),
        author=_names(article.get("author")) or _text(head_meta.get("author")),
        publisher=_names(article.get("publisher")),
        article_body=_plain_body(article.get("articleBody")),
    )


def _json_ld_articles(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        source = script.text or ""
        if len(source) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(source)
        except (json.JSONDecodeError, RecursionError):
            continue
        yield from _articles_in(data, depth=0)


def _articles_in(data: object, depth: int) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _articles_in(item, depth + 1)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in kinds):
            yield data
        if "@graph" in data:
            yield from _articles_in(data["@graph"], depth + 1)


def _plain_body(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip() or _MARKUP.search(value):
        return None
    return value.strip()


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())[:1000]
    return None


def _names(value: object) -> str | None:
    """``"A, B"`` from a name, a ``{"name": …}`` object, or a list of either."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:20]:
        name = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None
