"""Plain data passed between the pure pipeline stages (read → clean → segment → attribute)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RawArticle:
    """An article as read from a file, a JSONL record or stdin, before cleaning."""

    source: str  # path as given, "feed.jsonl:12" for a JSONL record, "<stdin>"
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    decoding: str = "utf-8"  # the encoding that was used to read the bytes
    author: str | None = None
    modified: str | None = None  # when the page says it was last changed


@dataclass(frozen=True)
class CleanArticle:
    """Cleaned article text with the metadata found in it."""

    text: str  # furniture stripped; claim offsets point into this
    raw_text: str
    title: str | None
    outlet: str | None
    wires: tuple[str, ...] = ()
    published: date | None = None
    language: str = "id"


@dataclass(frozen=True)
class Sentence:
    """One sentence of a cleaned text: ``text == article_text[start:end]``."""

    idx: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SpeakerRef:
    """A resolved speaker: canonical name, role split off, and kind."""

    name: str
    role: str | None = None
    kind: str = "person"  # person | organization | group


@dataclass(frozen=True)
class ClaimDraft:
    """An attributed assertion found in a text, before it is stored.

    ``start``/``end`` are offsets into the cleaned article text and
    ``text[start:end] == assertion``.
    """

    sentence_idx: int
    start: int
    end: int
    assertion: str
    speaker_text: str
    speaker: SpeakerRef
    verb: str
    kind: str  # direct | indirect
