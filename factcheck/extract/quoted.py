"""Quotes attributed by a cue, quotes that continue the previous speaker, and quotes over several paragraphs."""

from __future__ import annotations

from factcheck.document import Sentence
from factcheck.extract.closing import closing_cue, name_then_verb, opening_cue
from factcheck.extract.context import OPENING_CUE_WINDOW, Cue, Found, SentenceContext
from factcheck.extract.cues import Cues
from factcheck.quotes import quote_spans

_SPEECH_PUNCT = ",.:;!?\"“”—–-"
_QUOTE_OPENERS = "“\"«"


def _at_speech_position(text: str, start: int, quote_open: int) -> bool:
    """A quote that opens a sentence or follows punctuation, not a scare quote inside a clause."""
    i = quote_open
    while i > start and text[i - 1].isspace():
        i -= 1
    return i == start or text[i - 1] in _SPEECH_PUNCT


def quoted(ctx: SentenceContext) -> list[Found]:
    """Claims from the quotes of one sentence."""
    text, s0, s1, spans, cues = ctx.text, ctx.start, ctx.end, ctx.spans, ctx.cues
    opening = cues.open_cue
    speech = [q for q in spans
              if _at_speech_position(text, s0, q.open) or opening.search(text, max(s0, q.open - OPENING_CUE_WINDOW), q.open)]
    cues_found = [closing_cue(text, q.close, s1, cues) or name_then_verb(text, q, s1, cues)
                  or opening_cue(text, s0, q.open, cues) for q in speech]
    if not any(cues_found):
        return []
    owners: list[Cue | None] = []  # each quote's own cue, else the next cue, else the previous one
    following: Cue | None = None
    for cue in reversed(cues_found):
        following = cue or following
        owners.append(following)
    owners.reverse()
    previous: Cue | None = None
    found = []
    for q, cue, owner in zip(speech, cues_found, owners):
        previous = cue or previous
        owner = owner or previous
        if owner is None or (len(speech) > 1 and len(text[q.start:q.end].split()) < 3):
            continue  # no cue, or a fragment of a split quote: "That," Obama said, "is …"
        found.append(Found(q.start, q.end, owner.speaker_start, owner.speaker_end, owner.verb, "direct", owner.role))
    return found


def continuation(ctx: SentenceContext) -> list[Found]:
    """A sentence made only of quotes continues the previous speaker's words."""
    text, s0, s1, spans = ctx.text, ctx.start, ctx.end, ctx.spans
    if not spans or spans[0].open != s0:
        return []
    gaps = zip([q.close for q in spans], [q.open for q in spans[1:]] + [s1])
    if any(text[a:b].strip(" .,;:!?)(") for a, b in gaps):
        return []
    return [Found(q.start, q.end, 0, 0, "", "direct") for q in spans]


def _paragraphs(text: str, found: list[tuple[Sentence, list[Found]]]) -> list[tuple[int, list[int]]]:
    """(paragraph start, indices into ``found``) for each paragraph that holds sentences, in order."""
    paragraphs: list[tuple[int, list[int]]] = []
    previous_end = 0
    for i, (sentence, _) in enumerate(found):
        newline = text.rfind("\n", previous_end, sentence.start)
        if not paragraphs or newline >= 0:
            paragraphs.append((newline + 1 if newline >= 0 else text.rfind("\n", 0, sentence.start) + 1, []))
        paragraphs[-1][1].append(i)
        previous_end = sentence.end
    return paragraphs


def _opens_quote(text: str, start: int) -> str:
    """"open" when the paragraph at ``start`` opens a quote it never closes, "closed" when it opens one
    it closes, else ""."""
    if text[start:start + 1] not in _QUOTE_OPENERS:
        return ""
    end = text.find("\n", start)
    spans = quote_spans(text, start, len(text) if end < 0 else end)
    return "closed" if spans and spans[0].open == start else "open"


def continued_quotes(text: str, found: list[tuple[Sentence, list[Found]]],
                      cues: Cues) -> list[tuple[Sentence, list[Found]]]:
    """Quotes running over several paragraphs.

    A paragraph that opens a quote and never closes it goes on in the next paragraph, which opens
    with a quote mark again. Its sentences are the words of the speaker named where the quote
    closes ("…,” he said.") or, failing that, by a cue ending the sentence before it ("X wrote:").
    """
    paragraphs = _paragraphs(text, found)
    result = [(sentence, list(items)) for sentence, items in found]
    run: list[tuple[int, list[int]]] = []
    for start, indices in paragraphs:
        state = _opens_quote(text, start)
        same_mark = not run or text[start] == text[run[0][0]]  # an excerpt in "…" may quote “…” inside
        if state == "open" and same_mark:
            run.append((start, indices))
            continue
        if run:
            closing = indices if state == "closed" and same_mark else []
            owner = _continued_quote_owner(text, result, run, closing, cues)
            for para_start, members in run if owner else []:
                for i in members:
                    sentence, items = result[i]
                    if not items:
                        begin = sentence.start + (1 if sentence.start == para_start else 0)
                        items.append(Found(begin, sentence.end, owner.speaker_start, owner.speaker_end,
                                            owner.verb, "direct", owner.role))
        run = [(start, indices)] if state == "open" else []
    return result


def _continued_quote_owner(text: str, result: list[tuple[Sentence, list[Found]]], run: list[tuple[int, list[int]]],
                           closing: list[int], cues: Cues) -> Cue | None:
    """The cue of a quote over several paragraphs: where it closes, else before it opens."""
    for i in closing[:1]:
        owner = next((f for f in result[i][1] if f.kind == "direct" and not f.continuation), None)
        if owner is not None:
            return Cue(owner.speaker_start, owner.speaker_end, owner.verb, owner.end, owner.role)
    first = run[0][1][0]
    if first == 0:
        return None
    before = result[first - 1][0]
    if not text[before.start:before.end].rstrip().endswith(":"):
        return None
    return opening_cue(text, before.start, run[0][0], cues)
