"""Reported speech: `X menegaskan (bahwa) …` / `X said (that) …`, and reports that follow a cue."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract import vocabulary as lx
from factcheck.extract.context import (
    MAX_CLAUSE_CHARS,
    NEXT_WORD,
    OBJECT_PEEK,
    QUOTE_TAIL,
    Found,
    SentenceContext,
    inside_quote,
    verb_span,
)
from factcheck.extract.lang.base import LanguagePack, NominalObjects
from factcheck.extract.nonspeech import reports_nobody
from factcheck.extract.phrases import subject_before
from factcheck.extract.subjects import verb_subject
from factcheck.quotes import Quote

_DEMONSTRATIVE = re.compile(rf"\s+(?:{'|'.join(lx.DEMONSTRATIVES)})\b")
_ADVERB_AFTER = re.compile(rf"(?:\s+(?:{'|'.join(lx.POST_VERB_ADVERBS)}))+(?![\w-])")
_OBJECT_WORD = re.compile(r"[^\s,.;:!?\"“”()]+")
_MAX_OBJECT_CHARS = 200
_MIN_CLAUSE_WORDS = 4


def indirect(ctx: SentenceContext) -> list[Found]:
    """``X menegaskan (bahwa) …`` / ``X said (that) …``.

    Indonesian: one claim per sentence, the first verb followed by a clause marker, else the
    first verb. English: one claim per reporting verb (see :func:`_one_claim_per_report`).
    """
    text, s0, s1, spans, cues = ctx.text, ctx.start, ctx.end, ctx.spans, ctx.cues
    pack = cues.pack
    candidates: list[tuple[Found, bool, int]] = []  # (claim, has clause marker, verb start)
    speaking: list[Found] = []  # a subject whose reporting verb takes a noun phrase: a speaker, no claim
    for m in cues.speech_verb.finditer(text, s0, s1):
        vs, ve = verb_span(m)
        if inside_quote(spans, vs) or reports_nobody(text, s0, vs, ve, pack):
            continue
        verb = " ".join(text[vs:ve].split())
        marker = cues.clause_marker.match(text, ve, s1)
        if marker is None and cues.object_clause_marker is not None and verb in pack.tell_verbs:
            marker = cues.object_clause_marker.match(text, ve, s1)
        pos = ve
        if marker is not None:
            pos = marker.end()
        else:
            adverb = _ADVERB_AFTER.match(text, ve, s1)
            pos = adverb.end() if adverb else ve
            after = text[pos:min(s1, pos + OBJECT_PEEK)].lstrip(" ")
            if verb in pack.weak_speech_verbs and not after.startswith(("\"", "“", ",", ":")) and not (
                    verb in pack.plural_present_verbs and subject_before(text, s0, vs, pack) is not None) and not (
                    verb in pack.ask_verbs and after.split(" ", 1)[0] in pack.question_words):
                continue
            after = after.lstrip(" ,:")
            nxt = NEXT_WORD.match(after)
            if nxt is None or (nxt.group(1).lower() in lx.NON_CLAUSE_STARTS
                               and not _DEMONSTRATIVE.match(after, nxt.end())):
                continue
            obj = text[pos:min(s1, pos + _MAX_OBJECT_CHARS)].lstrip(" ,:")
            if pack.nominal_objects is not None and _nominal_object(obj, verb, pack.nominal_objects):
                subject = verb_subject(text, s0, vs, pack)
                if subject is not None and not speaking:
                    speaking.append(Found(s1, s1, subject[0], subject[1], verb, "speaker", subject[2]))
                continue
        subject = verb_subject(text, s0, vs, pack)
        if subject is None or text[subject[0]:subject[1]].lower() in lx.FIRST_PERSON_PRONOUNS:
            continue  # "kami menyampaikan …" in the writer's own words reports nobody
        found = Found(pos, s1, subject[0], subject[1], verb, "indirect", subject[2])
        found = as_direct_if_quoted(text, found, spans)
        candidates.append((found, marker is not None, vs))
    if not candidates:
        return speaking
    if pack.settings.one_claim_per_report:
        return _one_claim_per_report(text, [(found, vs) for found, _, vs in candidates], pack)
    return [next((found for found, marked, _ in candidates if marked), candidates[0][0])]


def _nominal_object(after: str, verb: str, nominal: NominalObjects) -> bool:
    """Whether ``after``, the words after an Indonesian reporting verb, is a noun phrase, not a clause.

    It opens with a nominalisation ("pentingnya kolaborasi", "kegeramannya terhadap …"; after verbs
    other than "mengatakan" and the like also a bare ke-/pe-…-an noun: "menyampaikan penghargaan
    kepada …") and no predicate follows before a subordinator ("agar", "untuk"). The verb right after
    "yang" belongs to a relative clause, not to the object.
    """
    words = _OBJECT_WORD.findall(after)
    if not words or not words[0].islower():
        return False
    head = words[0]
    if not (head in nominal.nya_forms or re.fullmatch(nominal.nominalisation_nya, head)
            or (verb not in nominal.say_verbs and re.fullmatch(nominal.nominalisation, head))):
        return False
    relative = False
    for word in words[1:]:
        lower = word.lower()
        if lower in nominal.object_ends:
            return True
        if lower in nominal.predicate_words or lower.removesuffix("lah") in nominal.predicate_words or (
                not relative and re.fullmatch(nominal.prefixed_verb, word) and lower not in nominal.prefix_lookalikes):
            return False
        relative = lower in lx.RELATIVE_PRONOUNS
    return True


def _one_claim_per_report(text: str, reports: list[tuple[Found, int]], pack: LanguagePack) -> list[Found]:
    """Several reporting verbs in one English sentence: each clause ends where the next report starts.

    ``X said A, adding that B`` · ``X says A and said B`` · ``X said Y told him that B``.
    """
    claims = []
    for (found, _), (following, verb_start) in zip(reports, reports[1:] + [(None, -1)]):
        if following is not None and found.kind == "indirect":
            boundary = following.speaker_start if found.start < following.speaker_start else verb_start
            if found.start < boundary < found.end:
                cut = re.compile(pack.report_joint or r"$").search(text, found.start, boundary)
                found = replace(found, end=cut.start() if cut else boundary)
        claims.append(found)
    return claims


def as_direct_if_quoted(text: str, found: Found, spans: list[Quote]) -> Found:
    """Reported speech whose clause is a whole quote is a direct quote."""
    start = found.start
    while start < found.end and text[start] in " ,:":
        start += 1
    for q in spans:
        if q.open == start and not text[q.close:min(found.end, q.close + QUOTE_TAIL)].strip(" .)") \
                and q.close + QUOTE_TAIL >= found.end:
            return Found(q.start, q.end, found.speaker_start, found.speaker_end, found.verb, "direct", found.role)
    return found


def follow_up_reports(ctx: SentenceContext, owner: Found) -> list[Found]:
    """Further reports after a claim and its cue, by the same speaker.

    ``"…," X said, adding that …`` · ``"…," kata X, seraya menambahkan bahwa …``.
    """
    text, s1, spans, cues = ctx.text, ctx.end, ctx.spans, ctx.cues
    reports = []
    if cues.follow_up_report is None:
        return []
    for m in cues.follow_up_report.finditer(text, max(owner.end, owner.speaker_end), s1):
        verb = cues.speech_verb.match(text, m.start("verb"), s1)
        if verb is not None and verb.end() == m.end() and not inside_quote(spans, m.start()):
            reports.append((m.start(), verb))
    found = []
    for (_, verb), (end, _) in zip(reports, reports[1:] + [(s1, None)]):  # each report ends at the next
        marker = cues.clause_marker.match(text, verb.end(), end)
        start = marker.end() if marker else verb.end()
        claim = Found(start, end, owner.speaker_start, owner.speaker_end, verb.group("verb"), "indirect", owner.role)
        found.append(as_direct_if_quoted(text, claim, spans))
    return found


def without_reporter_clause(ctx: SentenceContext, found: Found) -> Found:
    """An English reported clause ends before the writer's own additions: a relative clause, a
    participle, a new clause after a semicolon, a dash or ", and" ("X said A, which …")."""
    text, spans, breaks = ctx.text, ctx.spans, ctx.cues.pack.reporter_clause_break
    if breaks is None or found.kind != "indirect" or found.start < found.speaker_start:
        return found  # a clause before its cue ends at the cue
    for m in re.compile(breaks).finditer(text, found.start, found.end):
        cut = m.start("apposition") if m.group("apposition") else m.start()
        if not inside_quote(spans, cut) and len(text[found.start:min(cut, found.start + MAX_CLAUSE_CHARS)].split()) \
                >= _MIN_CLAUSE_WORDS:
            return replace(found, end=cut)
    return found
