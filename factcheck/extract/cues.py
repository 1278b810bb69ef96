"""Compiled cue patterns for each language, built once from the lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract import lexicon as lx


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Cues:
    """Reporting cues of one language."""

    language: str
    # after a closing quote: `, kata` / `, ujarnya` / `, said`
    close_verb: re.Pattern[str]
    # after a closing quote, speaker first (Indonesian passive): `, pernyataan tersebut ditambahkan`
    close_speaker_first: re.Pattern[str] | None
    # a speech verb in the middle of a sentence: `X mengatakan …` / `X said …`
    speech_verb: re.Pattern[str]
    weak_verbs: frozenset[str]
    # right after a speech verb: optional object, then a clause marker
    clause_marker: re.Pattern[str]
    # after "told"/"tells": an object, then "that"
    object_clause_marker: re.Pattern[str] | None
    # sentence-initial "Menurut X," / "According to X,"
    according_start: re.Pattern[str]
    # sentence-final ", menurut X." / ", according to X."
    according_end: re.Pattern[str]
    # closing cues that need a named speaker or -nya ("jelas", "tegas")
    ambiguous_close: frozenset[str]
    # between a speaker and a verb that follows it: `, an economist at …, said`
    apposition_before_verb: re.Pattern[str] | None = None


_ID_CLOSE_WORDS = _alternation(lx.ID_CLOSING_VERBS)
_ID_PHRASES = _alternation(lx.ID_CLOSING_PHRASES)
_ID_SPEECH = _alternation(lx.ID_SPEECH_VERBS)
_EN_SPEECH = _alternation(lx.EN_SPEECH_VERBS)
_CONNECTIVE = _alternation(tuple(c.capitalize() for c in lx.CONNECTIVES) + tuple(lx.CONNECTIVES))
_B = r"(?![\w-])"
_ID_MARKER = _alternation(lx.ID_CLAUSE_MARKERS)
_ADVERBS = _alternation(lx.POST_VERB_ADVERBS)
_EN_MARKER = _alternation(lx.EN_CLAUSE_MARKERS)


def _either_case(words: tuple[str, ...]) -> str:
    """Alternation matching each phrase lower-case or with a capital first letter."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{_alternation((w[1:],))}" for w in words)

_A = r"(?<![\w-])"

INDONESIAN = Cues(
    language="id",
    close_verb=re.compile(rf"\s*,?\s*(?:(?P<phrase>{_ID_PHRASES}){_B}|(?P<verb>{_ID_CLOSE_WORDS})(?P<nya>nya)?{_B})"),
    close_speaker_first=re.compile(
        rf"\s*,?\s*(?P<spk>(?:[^\s,;:\"“”]+\s+){{1,5}}?)(?P<verb>{_alternation(lx.ID_PASSIVE_VERBS)}){_B}"),
    speech_verb=re.compile(
        rf"(?:{_A}(?P<verb>{_ID_SPEECH})|(?<=[a-z])(?P<glued>{_alternation(lx.ID_GLUED_VERBS)})){_B}"),
    weak_verbs=lx.ID_WEAK_SPEECH_VERBS,
    clause_marker=re.compile(
        rf"(?:\s+(?:{_ADVERBS}))?(?:\s+(?:{_alternation(lx.ID_VERB_PREPOSITIONS)})"
        r"\s[^,;:\"“”]{0,60}?)?\s*,?\s+(?P<cm>" + _ID_MARKER + r")(?![\w-])"),
    object_clause_marker=None,
    according_start=re.compile(
        rf"(?:(?:{_CONNECTIVE})\s*,?\s+)?(?P<verb>{_either_case(lx.ID_ACCORDING_TO)})(?P<nya>nya)?{_B}"),
    according_end=re.compile(rf",\s+(?P<verb>{_alternation(lx.ID_ACCORDING_TO)})(?P<nya>nya)?{_B}"),
    ambiguous_close=lx.ID_AMBIGUOUS_CLOSING,
)

ENGLISH = Cues(
    language="en",
    close_verb=re.compile(rf"\s*,?\s*(?P<verb>{_EN_SPEECH}){_B}"),
    close_speaker_first=None,
    speech_verb=re.compile(rf"{_A}(?P<verb>{_EN_SPEECH}){_B}"),
    weak_verbs=lx.EN_WEAK_SPEECH_VERBS,
    clause_marker=re.compile(
        rf"(?:\s+(?:{_ADVERBS}))?(?:\s+(?:{_either_case(tuple(lx.DAY_NAMES))}))?"
        rf"(?:\s+(?:{_alternation(lx.EN_VERB_PREPOSITIONS)})\s[^,;:\"“”]{{0,50}}?)?"
        r"\s*,?\s+(?P<cm>" + _EN_MARKER + r")(?![\w-])"),
    object_clause_marker=re.compile(r"(?:\s+[^\s,;:\"“”]+){1,4}?\s+(?P<cm>" + _EN_MARKER + r")(?![\w-])"),
    according_start=re.compile(
        rf"(?:(?:{_CONNECTIVE})\s*,?\s+)?(?P<verb>{_either_case(lx.EN_ACCORDING_TO)}){_B}"),
    according_end=re.compile(rf",\s+(?P<verb>{_alternation(lx.EN_ACCORDING_TO)}){_B}"),
    ambiguous_close=frozenset(lx.EN_SPEECH_VERBS) - lx.EN_INVERTING_VERBS,
    apposition_before_verb=re.compile(rf",\s*(?P<role>[^;:\"“”]{{2,200}}?)\s*,\s*(?=(?:{_EN_SPEECH}){_B})"),
)


def cues_for(language: str) -> Cues:
    """The cue set for ``language`` ("id" or "en"; anything else reads as Indonesian)."""
    return ENGLISH if language == "en" else INDONESIAN
