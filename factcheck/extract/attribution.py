"""Attributed claims: direct quotes and reported speech, each with its speaker and reporting verb.

Per sentence, in order of preference:

1. quotes with a cue: ``"…," kata X`` · ``"…," ujarnya`` · ``X mengatakan, "…"`` ·
   ``"…," demikian bunyi pernyataan …`` · ``"…," X said``; further quotes in the same
   sentence go with the nearest cue;
2. ``Menurut X, …`` / ``According to X, …`` at the start, or ``…, menurut X.`` at the end;
3. an unquoted clause closed by a cue: ``…, kata X.`` / ``…, officials said.``;
4. reported speech: ``X menegaskan (bahwa) …`` / ``X said (that) …``;
5. a sentence that is only a quote continues the previous speaker.

Speakers are resolved per article by :class:`~factcheck.extract.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.document import ClaimDraft, Sentence, SpeakerRef
from factcheck.extract import vocabulary as lx
from factcheck.extract.according import according
from factcheck.extract.context import WORD, Found, SentenceContext
from factcheck.extract.cues import Cues, cues_for
from factcheck.extract.framed import framed_claims
from factcheck.extract.quoted import continuation, continued_quotes, quoted
from factcheck.extract.reported import follow_up_reports, indirect, without_reporter_clause
from factcheck.extract.speakers import SpeakerResolver, is_named_group, parse_speaker, title_mentions
from factcheck.extract.trailing import trailing
from factcheck.quotes import quote_spans

_CAPTION = re.compile("|".join(re.escape(m) for m in lx.CAPTION_MARKERS))


def _sentence_claims(text: str, sentence: Sentence, cues: Cues) -> list[Found]:
    """The claims of one sentence, by the first construction that finds any (see the module docstring)."""
    ctx = SentenceContext(text, sentence.start, sentence.end, quote_spans(text, sentence.start, sentence.end), cues)
    found = (ctx.spans and quoted(ctx)) or according(ctx) or trailing(ctx)
    if found:
        found += follow_up_reports(ctx, found[-1])
    found = found or indirect(ctx) or continuation(ctx)
    return [without_reporter_clause(ctx, f) for f in found]


def _opens_clause(sentence: str, offset: int, ref: SpeakerRef) -> bool:
    """Whether a person named at ``offset`` opens the sentence's clause: only an opening phrase set off by
    a comma comes before ("Pada 10 Oktober, Sekjen PDIP Hasto …"), and the name is a full one."""
    before = sentence[sentence.rfind(",", 0, offset) + 1:offset]
    lower = [w for w in before.split() if w[:1].islower() and w not in lx.WEAK_ALIAS_LINKS | lx.TITLE_CONNECTORS]
    return " " in ref.name and not lower and not any(q in before for q in "\"“”")


def _main_verb_start(sentence: str, cues: Cues) -> int:
    """Where the first main-clause verb of ``sentence`` starts (0 when the language gives no verb form):
    a person named before it is the sentence's subject ("Pada Senin, PM Ismail Sabri … mengumumkan")."""
    if cues.pack.main_verb is None or sentence[:1] in "\"“«":
        return 0
    m = re.compile(cues.pack.main_verb).search(sentence)
    return m.start() if m else 0


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """Assertion bounds without surrounding blanks, a dangling comma or (indirect) the final period."""
    strip = " \t\r\n\u00a0\u0085,:" if kind == "direct" else " \t\r\n\u00a0\u0085,:."
    while start < end and (text[start] in " \t\r\n\u00a0\u0085,:" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    if not WORD.search(text, start, end):
        return None
    return start, end


def _is_furniture(sentence: str) -> bool:
    return sentence[:30].lower().startswith(lx.FURNITURE_PREFIXES) or bool(_CAPTION.search(sentence))


def extract_claims(text: str, sentences: list[Sentence], language: str, *,
                   title: str | None = None) -> list[ClaimDraft]:
    """Find the attributed claims in ``text`` (sentences from :func:`factcheck.ingest.segment.segment`).

    Full names in the article's ``title`` expand short names in the text ("Christie" → "Chris Christie").
    In Indonesian text every person is then named by the fullest form the article gives them
    (:meth:`SpeakerResolver.canonical`).
    """
    cues = cues_for(language)
    found = continued_quotes(text, [(sentence, _sentence_claims(text, sentence, cues)) for sentence in sentences
                                     if not _is_furniture(sentence.text)], cues)
    found = framed_claims(text, found, cues)
    named_groups = [ref for _, items in found for f in items if not f.continuation
                    for ref in [parse_speaker(text[f.speaker_start:f.speaker_end]).ref]
                    if ref is not None and is_named_group(ref)]
    resolver = SpeakerResolver(named_groups, text, main_verb=cues.pack.main_verb)
    if title:
        resolver.learn_names(title)
    claims: list[ClaimDraft] = []
    for sentence, items in found:
        subject_end = _main_verb_start(sentence.text, cues)
        for n, (offset, ref) in enumerate(title_mentions(sentence.text)):
            resolver.mention(ref, focus=offset == 0 or (n == 0 and offset < subject_end
                                                        and _opens_clause(sentence.text, offset, ref)))
        for f in items:
            if f.kind == "speaker":  # "Sumarno menekankan pentingnya …": no claim, but Sumarno now speaks
                resolver.resolve(text[f.speaker_start:f.speaker_end], f.speaker_start, f.role)
                continue
            bounds = _trim(text, f.start, f.end, f.kind)
            if bounds is None:
                continue
            assertion = text[bounds[0]:bounds[1]]
            if f.kind == "indirect" and len(assertion.split()) < cues.pack.settings.min_indirect_words:
                continue
            if f.continuation:
                if not claims or len(assertion.split()) < 3:
                    continue
                speaker_text, speaker, verb = claims[-1].speaker_text, claims[-1].speaker, ""
            else:
                speaker_text = text[f.speaker_start:f.speaker_end]
                speaker = resolver.resolve(speaker_text, f.speaker_start, f.role)
                verb = f.verb
            claims.append(ClaimDraft(sentence.idx, bounds[0], bounds[1], assertion,
                                     speaker_text, speaker, verb, f.kind))
    if not cues.pack.settings.canonical_names:
        return claims
    return [replace(claim, speaker=resolver.canonical(claim.speaker)) for claim in claims]
