"""Attribution that points back: a sentence naming who said the sentence before it.

``Padahal, bra takkan memberikan masalah …. Demikian diungkapkan dokter Farida Briani Sobri.`` ·
``… di tengah kemudahan berinteraksi lewat internet. Begitu kata spesialis Zulvia Oktanida Syarif.`` ·
``Hal itu disampaikan Kepala BPS Amalia ….``: the earlier sentence is the claim, the later one its cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.document import Sentence
from factcheck.extract.closing import with_appositive
from factcheck.extract.context import Cue, Found
from factcheck.extract.cues import Cues
from factcheck.extract.phrases import speaker_after
from factcheck.quotes import quote_spans


@lru_cache(maxsize=None)
def _frame(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def framed_claims(text: str, found: list[tuple[Sentence, list[Found]]], cues: Cues) -> list[tuple[Sentence, list[Found]]]:
    """``found`` with a claim added for each sentence that a following frame attributes."""
    if cues.pack.backward_frame is None:
        return found
    frame = _frame(cues.pack.backward_frame)
    result = [(sentence, list(items)) for sentence, items in found]
    for i in range(1, len(result)):
        sentence, items = result[i]
        previous, earlier = result[i - 1]
        m = frame.match(text, sentence.start, sentence.end)
        if items or earlier or m is None or quote_spans(text, previous.start, previous.end):
            continue
        span = speaker_after(text, m.end(), sentence.end)
        if span is None:
            continue
        verb = " ".join(m.group("verb").split())
        cue = with_appositive(text, Cue(span[0], span[1], verb, span[1]), sentence.end)
        earlier.append(Found(previous.start, previous.end, cue.speaker_start, cue.speaker_end, verb, "indirect",
                             cue.role))
    return result
