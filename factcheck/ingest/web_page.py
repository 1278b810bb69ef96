"""A fetched page → :class:`RawArticle`: charset, main text (trafilatura) and the page's own metadata.

The canonical URL is taken when it is on the page's own site.

What the page declares (canonical URL, JSON-LD ``NewsArticle`` headline, dates, author, publisher,
``og:site_name``) is preferred over what is guessed from its text.
"""

from __future__ import annotations

import codecs
import re

from factcheck.document import RawArticle
from factcheck.ingest.fetch import Response
from factcheck.ingest.html import extract_html
from factcheck.ingest.normalize_text import normalize_text
from factcheck.ingest.page_meta import page_meta
from factcheck.ingest.read import decode
from factcheck.ingest.urls import clean_url, same_site

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


class PageError(Exception):
    """A page that cannot be read as an article; the message is the one-line cause."""


def page_text(response: Response, *, html: bool) -> tuple[str, str]:
    """The decoded body and the charset used: the declared one (header, then ``<meta>``), strictly, else a guess."""
    declared = response.charset
    if declared is None and html:
        found = _META_CHARSET.search(response.body[:4096])
        declared = found.group(1).decode("ascii").lower() if found else None
    if declared is None:
        return decode(response.body)
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        raise PageError(f"unknown charset {declared!r}") from None
    if codec == "utf-8" and response.body.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        return response.body.decode(codec), codec.removesuffix("-sig")
    except UnicodeDecodeError as exc:
        raise PageError(f"the page is not valid {declared} (declared charset) at byte {exc.start}") from None


def page_article(response: Response, *, html: bool = True) -> RawArticle:
    """The article of a fetched page (``html=False``: a plain-text page); raise :class:`PageError`."""
    text, encoding = page_text(response, html=html)
    if not html:
        if not text.strip():
            raise PageError("empty page")
        return RawArticle(source=response.url, text=normalize_text(text), url=clean_url(response.final_url), decoding=encoding)
    body, found = extract_html(text, url=response.final_url)
    if not body.strip():
        raise PageError("no article text found in the page")
    declared = page_meta(text, response.final_url)
    # A page speaks for its own site only: a canonical URL elsewhere could pass it off as another article.
    canonical = declared.canonical if declared.canonical and same_site(declared.canonical, response.final_url) else None
    return RawArticle(
        source=response.url,
        text=normalize_text(body),
        title=declared.headline or found.get("title"),
        outlet=declared.publisher or found.get("sitename") or declared.site_name,
        url=canonical or clean_url(response.final_url),
        published=declared.published or found.get("date"),
        decoding=encoding,
        author=declared.author,
        modified=declared.modified,
    )
