"""Repairing sentences that scraping glued together ("… kemarin.Menurut dia, …").

Segmentation ends a sentence at a full stop followed by white space; a page whose markup
separated two sentences (or paragraphs) by a tag alone loses that space when the tags go.
"""

from __future__ import annotations

import re

# A full stop, question or exclamation mark after a lower-case word, glued to a capitalised word
# ("kemarin.Menurut"); two lower-case letters before it keep abbreviations ("S.Kom", "Rp.Juta")
# and domain names ("Kompas.com") out.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def repair_joins(text: str) -> str:
    """``text`` with a space put back where a sentence end was glued to the next sentence."""
    return _GLUED_SENTENCE.sub(" ", text)
