"""An unquoted clause closed by a cue: `…, kata X.` / `…, a source said.`"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator

from factcheck.extract import vocabulary as lx
from factcheck.extract.closing import after_speech_verb, closing_cue
from factcheck.extract.context import (
    MAX_DESCRIBED_CHARS,
    NEXT_WORD,
    TAIL_WINDOW,
    Cue,
    Found,
    SentenceContext,
    continues_clause,
    inside_quote,
    is_participle,
)
from factcheck.extract.cues import Cues
from factcheck.extract.lang.base import LanguagePack
from factcheck.extract.phrases import speaker_after
from factcheck.quotes import Quote


def trailing(ctx: SentenceContext) -> list[Found]:
    """An unquoted clause closed by a cue: ``…, kata X.`` / ``…, a source said.``

    In English the clause may end in a quote closed by its comma (``Not paying taxes "makes me
    smart," Trump said.``) and the cue may sit between commas (``These employees, Stumpf
    explained, were "well-paid."``).
    """
    text, s0, s1, spans, cues = ctx.text, ctx.start, ctx.end, ctx.spans, ctx.cues
    ends: Iterable[int] = _commas_outside_quotes(text, s0, s1, spans)
    interrupted = cues.pack.settings.interrupted_clauses
    if cues.pack.settings.clause_may_end_in_quote:
        closes = sorted((q.close for q in spans if text[q.end - 1:q.end] == "," and q.open > s0), reverse=True)
        ends = heapq.merge(ends, closes, reverse=True)
    for cut in ends:
        cue = closing_cue(text, cut, s1, cues)
        if cue is None:
            continue
        if interrupted and cues.clause_marker.match(text, cue.end, s1):
            return []  # "In Ohio, Trump said at a rally that …": reported speech after an opening phrase
        if interrupted and _only_adverbial(text, s0, cut, cues.pack):
            if not text.startswith(",", cue.end):
                return []  # "In offering analysis, pollster Pat Caddell told X how …": reported speech follows
            start = after_speech_verb(text, cue.end + 1, s1, cues)  # "During his years in office, Obama said, a …"
            return [Found(start, s1, cue.speaker_start, cue.speaker_end, cue.verb, "indirect")]
        resumed = _resumed_clause(text, cue.end, s1) if interrupted else None
        if resumed is not None:  # "These employees, Stumpf explained at the hearing, were …"
            return [Found(resumed, s1, cue.speaker_start, cue.speaker_end, cue.verb, "indirect")]
        if is_tail(text, _after_hearer(text, cue, s1, cues), s1, cues.pack):
            return [Found(s0, cut, cue.speaker_start, cue.speaker_end, cue.verb, "indirect", cue.role)]
        if text.startswith(",", cue.end) and (not interrupted or continues_clause(text, cue.end + 1, s1)):
            start = after_speech_verb(text, cue.end + 1, s1, cues)  # "Pemerintah, kata Anis, perlu …"
            return [Found(start, s1, cue.speaker_start, cue.speaker_end, cue.verb, "indirect")]
    return []


def _after_hearer(text: str, cue: Cue, end: int, cues: Cues) -> int:
    """Where a closing cue ends once its hearer is skipped ("…, Graham told The Huffington Post on …")."""
    if cue.verb not in cues.pack.tell_verbs:
        return cue.end
    hearer = speaker_after(text, cue.end, end)
    if hearer is not None:
        return hearer[1]
    m = NEXT_WORD.match(text, cue.end, end)
    return m.end() if m and m.group(1).lower() in lx.HEARERS else cue.end


def _only_adverbial(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """Whether ``text[start:end]`` is an opening phrase, not a clause ("During his years in office")."""
    m = NEXT_WORD.match(text, start, end)
    return m is not None and m.group(1).lower() in pack.fronted_words \
        and text.find(",", start, min(end, start + MAX_DESCRIBED_CHARS)) < 0 and end - start <= MAX_DESCRIBED_CHARS


def _commas_outside_quotes(text: str, s0: int, s1: int, spans: list[Quote]) -> Iterator[int]:
    """Offsets of the commas of ``text[s0:s1]`` that are not inside a quote, last first."""
    comma = text.rfind(",", s0, s1)
    while comma > s0:
        if not inside_quote(spans, comma):
            yield comma
        comma = text.rfind(",", s0, comma)


def _resumed_clause(text: str, pos: int, end: int) -> int | None:
    """Where an English clause interrupted by a cue and its circumstance goes on
    ("…, Stumpf explained earlier in the hearing, were …"), if it does."""
    comma = text.find(",", pos, min(end, pos + TAIL_WINDOW))
    if comma < 0 or not is_tail(text, pos, comma) or not continues_clause(text, comma + 1, end):
        return None
    return comma + 1


def is_tail(text: str, pos: int, end: int, pack: LanguagePack | None = None) -> bool:
    """Whether ``text[pos:end]`` is only a circumstance ("di Jakarta, Senin (20/10).").

    In English also an apposition or a participle after a comma ("…, said Brian Baker, a
    longtime adviser …" · "…, she said, referencing …").
    """
    rest = text[pos:min(end, pos + TAIL_WINDOW)].strip()
    if rest.startswith(","):
        rest = rest[1:].strip()
        if rest[:1].isdigit():
            return True
        m = NEXT_WORD.match(rest)
        word = m.group(1) if m else ""
        if pack is not None and (word in pack.after_cue_words or (word.islower() and is_participle(word, pack))):
            return True
    if not rest or rest[0] in ".;:()!?":
        return True
    m = NEXT_WORD.match(rest)
    word = m.group(1).lower() if m else ""
    return word in lx.TAIL_WORDS or word in lx.DAY_NAMES
