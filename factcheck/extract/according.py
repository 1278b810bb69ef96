"""`Menurut X, …` / `According to X, …` at the start, and `…, menurut X.` at the end."""

from __future__ import annotations

from factcheck.extract.closing import after_speech_verb
from factcheck.extract.context import MAX_DESCRIBED_CHARS, Found, SentenceContext, continues_clause
from factcheck.extract.phrases import speaker_after

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
        if head and len(head.split()) <= cues.pack.settings.according_max_source_words \
                and '"' not in head and "“" not in head:
            span = (m.end(), comma)
        else:
            span = speaker_after(text, m.end(), s1)
        if span is None:
            return []
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        return [Found(span[1], s1, start, end, verb, "indirect")] if start < end else []
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
