"""Main text and metadata of an HTML article page, extracted offline with trafilatura."""

from __future__ import annotations

import logging

import trafilatura
from lxml.etree import LxmlError

from factcheck.ingest.page_meta import page_meta

# trafilatura logs every page it cannot parse; a page without an article is an
# ordinary outcome here and is reported by the caller.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_METADATA_FIELDS = ("title", "date", "sitename", "url")
_DECLARED_BODY_RATIO = 2.0


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, str]]:
    """Return the main text of ``html`` (one paragraph a line) and its metadata.

    The metadata holds ``title``, ``date`` (ISO), ``sitename`` and ``url`` when the
    page states them. Navigation, comments, tables, scripts and link lists are
    left out. When the page's JSON-LD ``articleBody`` (plain text) is much longer than
    what was extracted — pages that build their body with scripts — it is the text.
    Nothing is fetched: ``url`` only helps to interpret the page. A page without an
    article gives ``("", {…})``.
    """
    if not html or not html.strip():
        return "", {}
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            with_metadata=True,
            favor_precision=True,
            deduplicate=False,
        )
    except (LxmlError, ValueError, TypeError):
        return "", {}
    if document is None:
        return "", {}
    metadata = {name: str(value).strip() for name in _METADATA_FIELDS
                if (value := getattr(document, name, None)) and str(value).strip()}
    text = _paragraphs(document.text or "")
    if '"articleBody"' in html:
        declared = page_meta(html, url or "").article_body
        if declared and len(declared) > _DECLARED_BODY_RATIO * len(text):
            text = _paragraphs(declared)
    return text, metadata


def _paragraphs(text: str) -> str:
    """One paragraph a line: trim the lines and drop empty ones."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())
