"""Counts said as a reader says them: "1 article", "2 articles", "0 groups"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, plural when ``n`` is not 1 ("1 claim", "2 claims", "1,204 claims")."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {plural or noun + 's'}"
