"""Making article-derived strings safe to show: no control characters, one line."""

from __future__ import annotations

from factcheck.ingest.normalize_text import strip_controls


def display(value: str | None) -> str:
    """``value`` without terminal controls, its whitespace runs collapsed to one space (``None`` → "")."""
    return " ".join(strip_controls(value).split()) if value else ""
