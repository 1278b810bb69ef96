"""Compiled cue patterns of a language pack, built once per pack."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract import lang
from factcheck.extract import vocabulary as lx
from factcheck.extract.lang.base import LanguagePack


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _either_case(words: tuple[str, ...]) -> str:
    """Alternation matching each phrase lower-case or with a capital first letter."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{_alternation((w[1:],))}" for w in words)


_B = r"(?![\w-])"
_A = r"(?<![\w-])"
_CONNECTIVE = _alternation(tuple(c.capitalize() for c in lx.CONNECTIVES) + tuple(lx.CONNECTIVES))
_ADVERBS = _alternation(lx.POST_VERB_ADVERBS)


@dataclass(frozen=True)
class Cues:
    """Reporting cues of one language, compiled from its pack."""

    pack: LanguagePack
    # after a closing quote: `, kata` / `, ujarnya` / `, said`
    close_verb: re.Pattern[str]
    # after a closing quote, speaker first (passive): `, pernyataan tersebut ditambahkan`
    close_speaker_first: re.Pattern[str] | None
    # a speech verb in the middle of a sentence: `X mengatakan …` / `X said …`
    speech_verb: re.Pattern[str]
    # right after a speech verb: optional object, then a clause marker
    clause_marker: re.Pattern[str]
    # after "told"/"tells": an object, then "that"
    object_clause_marker: re.Pattern[str] | None
    # sentence-initial "Menurut X," / "According to X,"
    according_start: re.Pattern[str]
    # sentence-final ", menurut X." / ", according to X."
    according_end: re.Pattern[str]
    # a speech verb and its marker right before a quote: `X mengatakan, "…"` / `X said: "…"`
    open_cue: re.Pattern[str]
    # a further report after a cue, by the same speaker: `, seraya menambahkan` / `, adding`
    follow_up_report: re.Pattern[str] | None
    # between a speaker and a verb that follows it: `, an economist at …, said`
    apposition_before_verb: re.Pattern[str] | None


@lru_cache(maxsize=None)
def cues_for(code: str) -> Cues:
    """The compiled cues of the language ``code`` (see :func:`factcheck.extract.lang.get`)."""
    return compile_cues(lang.get(code))


def compile_cues(pack: LanguagePack) -> Cues:
    """Compile the cue patterns of ``pack``."""
    speech = _alternation(pack.speech_verbs)
    closing = _alternation(pack.closing_verbs)
    markers = _alternation(pack.clause_markers)
    clitic = rf"(?P<nya>{re.escape(pack.closing_clitic)})?" if pack.closing_clitic else ""
    phrases = rf"(?P<phrase>{_alternation(pack.closing_phrases)}){_B}|" if pack.closing_phrases else ""
    glued = rf"|(?<=[a-z])(?P<glued>{_alternation(pack.glued_verbs)})" if pack.glued_verbs else ""
    days = rf"(?:\s+(?:{_either_case(tuple(lx.DAY_NAMES))}))?" if pack.clause_marker_after_day else ""
    limit = pack.preposition_phrase_chars
    speech_verb = re.compile(rf"(?:{_A}(?P<verb>{speech}){glued}){_B}")
    before_quote = ""  # "says of Clinton, “…”" · "asking her, “…”" · "saying during the debate, “…”"
    if pack.quote_prepositions:
        before_quote = (rf"(?:\s+(?:{'|'.join(sorted(lx.HEARERS))})"
                        rf"|\s+(?:{'|'.join(sorted(pack.quote_prepositions))})\s[^,;:\"“”]{{1,40}}?)\s*[,:]|")
    return Cues(
        pack=pack,
        close_verb=re.compile(rf"\s*,?\s*(?:{phrases}(?P<verb>{closing}){clitic}{_B})"),
        close_speaker_first=re.compile(
            rf"\s*,?\s*(?P<spk>(?:[^\s,;:\"“”]+\s+){{1,5}}?)(?P<verb>{_alternation(pack.passive_verbs)}){_B}")
        if pack.passive_verbs else None,
        speech_verb=speech_verb,
        clause_marker=re.compile(
            rf"(?:\s+(?:{_ADVERBS}))?{days}(?:\s+(?:{_alternation(pack.verb_prepositions)})"
            rf"\s[^,;:\"“”]{{0,{limit}}}?)?\s*,?\s+(?P<cm>" + markers + r")(?![\w-])"),
        object_clause_marker=re.compile(r"(?:\s+[^\s,;:\"“”]+){1,4}?\s+(?P<cm>" + markers + r")(?![\w-])")
        if pack.tell_verbs else None,
        according_start=re.compile(
            rf"(?:(?:{_CONNECTIVE})\s*,?\s+)?(?P<verb>{_either_case(pack.according_to)}){clitic}{_B}"),
        according_end=re.compile(rf",\s+(?P<verb>{_alternation(pack.according_to)}){clitic}{_B}"),
        open_cue=re.compile(rf"{speech_verb.pattern}(?:{before_quote}(?:\s+(?:{'|'.join(lx.POST_VERB_ADVERBS)}))?"
                            rf"(?:\s+(?:{'|'.join(pack.clause_markers)}))?\s*[,:]?)\s*$"),
        follow_up_report=re.compile(pack.follow_up_report) if pack.follow_up_report else None,
        apposition_before_verb=re.compile(rf",\s*(?P<role>[^;:\"“”]{{2,200}}?)\s*,\s*(?=(?:{speech}){_B})")
        if pack.settings.speaker_first_after_quote == "phrase" else None,
    )
