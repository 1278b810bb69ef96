"""Quote-aware sentence segmentation with offsets.

Sentences never cross a line break. Inside a paragraph a sentence ends at ``.``, ``!``, ``?``
or an ellipsis (with any closing quotes and brackets) followed by white space and an
upper-case letter, a digit or an opening quote, except

- inside a quotation (so a quote of several sentences stays in one attributable sentence),
- after an abbreviation (``Dr.``, ``No.``, ``U.S.``, ``Jl.``) or an initial (``J.``).
"""

from __future__ import annotations

import re

from factcheck.document import Sentence
from factcheck.extract.vocabulary import ABBREVIATIONS
from factcheck.quotes import quote_spans

_PARAGRAPH = re.compile(r"[^\n]+")
_CANDIDATE = re.compile(r"(?:\.{2,}|…|[.!?])+[\"”’')\]]*(?=\s)")
_INITIALS = re.compile(r"^(?:\w\.)+\w$")
_OPENERS = "\"“‘'([«"


def _is_abbreviation(text: str, para_start: int, punct: int) -> bool:
    """Whether the token that ends at ``punct`` (a period) is an abbreviation or an initial."""
    i = punct
    while i > para_start and not text[i - 1].isspace():
        i -= 1
    word = text[i:punct].lstrip(_OPENERS)
    if not word:
        return False
    if len(word) == 1:
        return word.isalpha()
    lower = word.lower()
    return lower in ABBREVIATIONS or bool(_INITIALS.match(lower))


def _paragraph_ends(text: str, start: int, end: int) -> list[int]:
    """Sentence end offsets inside the paragraph ``text[start:end]``."""
    spans = quote_spans(text, start, end)  # in order and disjoint, so one pass over them suffices
    k = 0
    ends: list[int] = []
    for m in _CANDIDATE.finditer(text, start, end):
        last = m.end() - 1
        while k < len(spans) and spans[k].end <= last:
            k += 1
        if k < len(spans) and spans[k].open < last:
            continue
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            continue
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
            continue
        punct = m.start()
        if text[punct] == "." and text[punct:punct + 2] != ".." and _is_abbreviation(text, start, punct):
            continue
        ends.append(m.end())
    ends.append(end)
    return ends


def segment(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets (``text[start:end] == sentence.text``)."""
    sentences: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        cur = para.start()
        for stop in _paragraph_ends(text, para.start(), para.end()):
            s, e = cur, stop
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
            cur = stop
    return sentences
