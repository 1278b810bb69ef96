"""Attributed claims from sentences. (Placeholder: to be replaced.)"""

from __future__ import annotations

from factcheck.document import ClaimDraft, Sentence


def extract_claims(text: str, sentences: list[Sentence], language: str) -> list[ClaimDraft]:
    """Find the attributed claims in ``text``."""
    return []
