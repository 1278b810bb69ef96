"""Cleaning: strip page furniture and find outlet, wires, title, date. (Placeholder: to be replaced.)"""

from __future__ import annotations

from factcheck.document import CleanArticle, RawArticle


def clean(raw: RawArticle, *, outlet: str | None = None, language: str = "auto") -> CleanArticle:
    """Return the cleaned article for ``raw``."""
    return CleanArticle(text=raw.text, raw_text=raw.text, title=raw.title, outlet=outlet or raw.outlet,
                        language="id" if language == "auto" else language)
