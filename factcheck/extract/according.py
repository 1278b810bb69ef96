"""`Menurut X, …` / `According to X, …` at the start, and `…, menurut X.` at the end."""

from __future__ import annotations

import re

from factcheck.extract import vocabulary as lx
from factcheck.extract.closing import after_speech_verb
from factcheck.extract.context import MAX_DESCRIBED_CHARS, Found, SentenceContext, continues_clause
from factcheck.extract.phrases import speaker_after

_WORD_SPAN = re.compile(r"[^\s,;:()]+")
_SOURCE_WORDS = (lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS | lx.TITLE_WORDS | lx.SOURCE_NOUNS | lx.STUDY_NOUNS
                 | lx.STATEMENT_NOUNS | lx.DOCUMENT_NOUNS | lx.GROUP_WORDS | lx.ORGANIZATION_WORDS | lx.FIRST_PERSON_PRONOUNS)
_MAX_SOURCE_WORDS = 20
_MAX_SOURCE_CHARS = 200


def according(ctx: SentenceContext) -> list[Found]:
    """``Menurut X, …`` / ``Menurutnya, …`` / ``According to X, …`` and ``…, according to X.``"""
    text, s0, s1, cues = ctx.text, ctx.start, ctx.end, ctx.cues
    m = cues.according_start.match(text, s0, s1)
    if m:
        verb = " ".join(m.group("verb").lower().split())
        if m.groupdict().get("nya"):
            return [Found(m.end("nya"), s1, m.start("verb"), m.end("nya"), verb, "indirect")]
        comma = text.find(",", m.end(), s1)
        head = text[m.end():comma] if comma > 0 else ""
        clause = comma
        if head and len(head.split()) <= cues.pack.settings.according_max_source_words \
                and '"' not in head and "“" not in head:
            stops = cues.pack.vocabulary.speaker_stop_words if cues.pack.settings.according_source_stops else frozenset()
            span = (m.end(), _source_end(text, m.end(), comma, stops))
        else:
            span = speaker_after(text, m.end(), s1)
            clause = span[1] if span is not None else clause
        if span is None:
            return []
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        if start < end and not _names_a_source(text[start:end]):
            return []  # "Menurut ya, …": a stray word, no source
        return [Found(clause, s1, start, end, verb, "indirect")] if start < end else []
    for m in cues.according_end.finditer(text, s0, s1):
        span = speaker_after(text, m.end(), s1)
        if span is None:
            continue
        if cues.pack.settings.according_sources_run_on and text[span[1]:s1].strip(" .)"):
            span = _source_to_end(text, span[0], s1) or span  # "…, according to a new national poll."
        verb = " ".join(m.group("verb").split())
        if not text[span[1]:s1].strip(" .)"):
            return [Found(s0, m.start(), span[0], span[1], verb, "indirect")]
        if text.startswith(",", span[1]) and cues.pack.settings.according_sources_run_on \
                and len(text[s0:m.start()].split()) > 3 \
                and not continues_clause(text, span[1] + 1, s1):
            return [Found(s0, m.start(), span[0], span[1], verb, "indirect")]  # "…, according to X, an economist."
        if text.startswith(",", span[1]):  # "Komnas HAM, menurut Anis, menyatakan bahwa …"
            start = after_speech_verb(text, span[1] + 1, s1, cues)
            return [Found(start, s1, span[0], span[1], verb, "indirect")]
    return []


def _names_a_source(phrase: str) -> bool:
    """Whether ``phrase`` after "Menurut" can name a source: not one lower-case word that is no noun of a
    speaker ("Menurut ya, …")."""
    words = phrase.split()
    return len(words) > 1 or not words[0].islower() or words[0] in _SOURCE_WORDS


def _source_end(text: str, start: int, end: int, stop_words: frozenset[str]) -> int:
    """Where the source named in ``text[start:end]`` ends: before the first lower-case word that opens a
    circumstance after it ("laporan mereka | seperti yang dimuat di Ubergizmo", "X | dalam rapat …")."""
    words = list(_WORD_SPAN.finditer(text, start, end))
    for m in words[1:]:
        if m.group() in stop_words and m.group() not in lx.SPEAKER_CONNECTORS | lx.SOURCE_LINKS:
            return m.start()
    return end


def _source_to_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A source phrase that runs to the end of the sentence ("a recent Reuters survey of voter lists")."""
    comma = text.find(",", start, min(end, start + MAX_DESCRIBED_CHARS))
    stop = comma if comma > 0 else end
    if stop - start > _MAX_SOURCE_CHARS:
        return None
    while stop > start and text[stop - 1] in " .)\"”":
        stop -= 1
    words = text[start:stop].split()
    if not words or len(words) > _MAX_SOURCE_WORDS or any(c in text[start:stop] for c in ";:\"“”"):
        return None
    return start, stop
