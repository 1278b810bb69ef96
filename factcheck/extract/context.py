"""What every attribution step works on: the sentence, its quotes and the language's cues,
the spans it finds, and the search windows it reads within."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from factcheck.extract import vocabulary as lx
from factcheck.extract.cues import Cues
from factcheck.extract.lang.base import LanguagePack
from factcheck.quotes import Quote

# Search windows, in characters unless named otherwise.
OPENING_CUE_WINDOW = 60  # before a quote, where `X mengatakan, "…"` puts its verb
CLITIC_WINDOW = 12  # before a verb, where a pronoun clitic or a participle's link word sits ("He’s", "is")
SUBJECT_LOOKBACK = 40  # before a verb, where its adverbs, an antecedent ("X yang") or a comma sit
DESCRIBED_LOOKBACK = 20  # before a verb, where a described subject ends ("… itu, mengatakan")
MIN_MAIN_VERB_DISTANCE = 10  # a main verb this close to a handed-over verb is the same phrase
OBJECT_PEEK = 80  # after a verb, the words that show whether a clause or an object follows
QUOTE_TAIL = 10  # after a quote, what may still close the reported clause it is
TAIL_WINDOW = 80  # after a cue, what is read to decide whether only a circumstance follows
MAX_DESCRIBED_CHARS = 100  # longest speaker description or opening phrase
MAX_SPEAKER_THEN_VERB_CHARS = 480  # a speaker phrase (240) and an apposition (200) before the verb
MAX_CLAUSE_CHARS = 200  # longest clause counted when a reported clause is cut short

WORD = re.compile(r"[^\W_]+")
NEXT_WORD = re.compile(r"\s*([^\s,.;:!?\"“”]+)")
PARTY = re.compile(r"\s*\([A-Z]{1,3}-[A-Z][\w.]{0,6}\)")  # "Rep. Gwen Moore (D-Wis.)"


@dataclass(frozen=True)
class SentenceContext:
    """One sentence of an article: ``text[start:end]``, its quotes and the cues of its language."""

    text: str
    start: int
    end: int
    spans: list[Quote]
    cues: Cues

    @property
    def pack(self) -> LanguagePack:
        """The language pack of the sentence."""
        return self.cues.pack


@dataclass(frozen=True)
class Found:
    """An assertion span with the cue that attributes it (speaker span empty for a continuation)."""

    start: int
    end: int
    speaker_start: int
    speaker_end: int
    verb: str
    kind: str
    role: str | None = None

    @property
    def continuation(self) -> bool:
        return self.speaker_start == self.speaker_end


@dataclass(frozen=True)
class Cue:
    speaker_start: int
    speaker_end: int
    verb: str
    end: int
    role: str | None = None


def verb_span(m: re.Match[str]) -> tuple[int, int]:
    """Span of the reporting verb in a speech-verb match (written apart or glued to the word before)."""
    group = "glued" if m.groupdict().get("glued") else "verb"
    return m.span(group)


def inside_quote(spans: list[Quote], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, pos, key=lambda q: q.open) - 1
    return i >= 0 and spans[i].open < pos < spans[i].end


def is_participle(word: str, pack: LanguagePack) -> bool:
    """Whether ``word`` has the participle form of the language ("saying")."""
    return pack.participle_suffix is not None and word.endswith(pack.participle_suffix)


def is_past_participle(word: str, pack: LanguagePack) -> bool:
    """Whether ``word`` has the past participle form of the language ("reported")."""
    return pack.past_participle_suffix is not None and word.endswith(pack.past_participle_suffix)


def continues_clause(text: str, pos: int, end: int) -> bool:
    """Whether an English clause interrupted by a cue goes on at ``pos`` ("…, Stumpf explained, were …")."""
    m = NEXT_WORD.match(text, pos, end)
    return m is not None and m.group(1) in lx.AUXILIARIES
