"""Language detection for the two supported languages, by counting stopwords."""

from __future__ import annotations

from collections import Counter

from factcheck.ingest.furniture import STOPWORDS

_SAMPLE_CHARS = 4_000
_INDONESIAN, _ENGLISH = STOPWORDS["id"], STOPWORDS["en"]


def detect_language(text: str) -> str:
    """Return ``"id"`` or ``"en"``: whichever language's stopwords are more frequent.

    Ties (including texts with no stopwords at all) go to Indonesian, the
    project's primary language. Only the first 4,000 characters are read.
    """
    counts = Counter(text[:_SAMPLE_CHARS].casefold().split())
    indonesian = sum(counts[word] for word in _INDONESIAN)
    english = sum(counts[word] for word in _ENGLISH)
    return "en" if english > indonesian else "id"
