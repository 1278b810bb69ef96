"""The subject of a reporting verb: the speaker phrase before it, or the main clause's subject."""

from __future__ import annotations

import re

from factcheck.extract import vocabulary as lx
from factcheck.extract.context import (
    CLITIC_WINDOW,
    DESCRIBED_LOOKBACK,
    MAX_DESCRIBED_CHARS,
    MIN_MAIN_VERB_DISTANCE,
    PARTY,
    SUBJECT_LOOKBACK,
    WORD,
    is_participle,
    is_past_participle,
)
from factcheck.extract.lang.base import LanguagePack
from factcheck.extract.phrases import speaker_after, subject_before

_DESCRIBED_BEFORE_VERB = re.compile(rf"(?P<np>(?:{'|'.join(lx.ANAPHORIC_DETERMINERS)}))\s*,\s*$")
_OPENER = re.compile(
    "(?:" + "|".join(re.escape(c.capitalize()) for c in sorted(lx.CONNECTIVES, key=len, reverse=True)) + r")\b,?\s+")
_HANDOVER = lx.MANNER_WORDS | lx.COORDINATORS
_AFTER_COMMA = re.compile(rf",(?:\s+(?:{'|'.join(sorted(lx.ADVERBS))}))*\s*$")  # "…, have urged"
_TOKEN_SPAN = re.compile(r"\S+")
_RELATIVE_ANTECEDENT = re.compile(rf"[A-Z][\w'’-]*\s+(?P<yang>{'|'.join(sorted(lx.RELATIVE_PRONOUNS))})\s")
_DESCRIPTION_BREAKS = ",;:\"“”()!?"
_MAX_DESCRIBED_WORDS = 8
_INTRODUCES_CLAUSE: dict[str, re.Pattern[str]] = {}


def _introduces_clause(pack: LanguagePack) -> re.Pattern[str]:
    """A clause marker, a colon or a quote right after a verb ("saying that", "saying: “…”")."""
    if pack.code not in _INTRODUCES_CLAUSE:
        markers = "|".join(pack.clause_markers)
        _INTRODUCES_CLAUSE[pack.code] = re.compile(rf"\s*(?:,\s*)?(?:(?:{markers})\b|[\"“:])")
    return _INTRODUCES_CLAUSE[pack.code]


def described_speaker(text: str, start: int, end: int, pack: LanguagePack) -> tuple[int, int] | None:
    """``text[start:end]`` as an English noun phrase naming a speaker (trailing adverbs left out), if it is one.

    Up to a few words with no punctuation, auxiliary, subordinator or participle in them.
    """
    if any(c in _DESCRIPTION_BREAKS for c in text[start:end]):
        return None
    words = list(_TOKEN_SPAN.finditer(text, start, end))
    while words and words[-1].group().lower() in lx.ADVERBS:
        words.pop()
    if not words or len(words) > _MAX_DESCRIBED_WORDS:
        return None
    lowers = [w.group().lower() for w in words]
    if len(lowers) == 1 and lowers[0] in lx.THING_PRONOUNS:
        return words[0].start(), words[0].end()  # "…,” it added": a newspaper or a report
    if lowers[0] in lx.OBJECT_PRONOUNS or lowers[0] in lx.NON_SPEAKER_PRONOUNS or lowers[0] in lx.SPEAKER_STOP_WORDS \
            or (len(lowers) > 1 and lowers[0] in pack.vocabulary.person_pronouns | pack.vocabulary.plural_pronouns) or any(
            w in lx.AUXILIARIES or w in lx.SUBORDINATORS or w.endswith(pack.negation_clitics)
            or (words[n].group().islower() and (is_participle(w, pack) or (n and is_past_participle(w, pack))))
            for n, w in enumerate(lowers)):
        return None  # "and", "He then defended the remark": not a speaker phrase
    return words[0].start(), words[-1].end()


def _subject_before_apposition(text: str, start: int, verb_start: int,
                               pack: LanguagePack) -> tuple[int, int, str | None] | None:
    """The subject that opens a sentence and is set off from its verb by an apposition or a participle.

    ``Officials at Homeland Security Investigations, a division of …, said`` ·
    ``Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said`` · ``Trump, speaking to veterans, said``.
    """
    opener = _OPENER.match(text, start, verb_start)
    begin = opener.end() if opener else start
    comma = text.find(",", begin, min(verb_start, begin + MAX_DESCRIBED_CHARS))
    if comma < 0:
        return None
    named = speaker_after(text, begin, comma)
    if named is not None:
        party = PARTY.match(text, named[1], comma)
        if text[party.end() if party else named[1]:comma].strip() == "":
            return named[0], named[1], None
    span = described_speaker(text, begin, comma, pack)
    if span is None or not any(c.isupper() for c in text[span[0]:span[1]]):
        return None
    return span[0], span[1], None


def verb_subject(text: str, start: int, verb_start: int, pack: LanguagePack,
             *, relative: bool = False) -> tuple[int, int, str | None] | None:
    """Subject span and appositive role before a verb.

    ``dengan mengatakan`` and ``…, serta mencatat`` take the main clause's subject; so does
    ``yang memperingatkan bahwa "…"`` when ``relative`` (a statement introducing a quote).
    """
    verb = WORD.match(text, verb_start)
    if verb is not None and is_participle(verb.group(), pack):
        before = text[max(start, verb_start - CLITIC_WINDOW):verb_start].rstrip()
        if before.endswith(","):
            return sentence_subject(text, start, verb_start)  # "…, saying that …": the main clause's subject
        previous = before.split()[-1].lower() if before.split() else ""
        if previous not in pack.participle_links and not previous.endswith(("’s", "'s", "’re", "'re")) \
                and not relative and not _introduces_clause(pack).match(text, verb.end()):
            return None  # "artists writing songs", "a statement calling …": not a report
    subject = subject_before(text, start, verb_start, pack)
    if subject is not None and pack.subject_antecedent and text[subject.start:subject.end].lower() in lx.ANAPHORIC_DETERMINERS:
        # "Kamal yang berasal dari Gorontalo, Sulawesi, itu mengungkapkan": the subject is before "yang"
        relative = _RELATIVE_ANTECEDENT.search(text, start, subject.start)
        subject = subject_before(text, start, relative.start("yang"), pack) if relative else None
    if subject is None:
        before = WORD.findall(text, max(start, verb_start - SUBJECT_LOOKBACK), verb_start)
        while before and before[-1].lower() in lx.ADVERBS:  # "… and has called for …"
            before.pop()
        antecedent = re.search(pack.subject_antecedent, text[max(start, verb_start - SUBJECT_LOOKBACK):verb_start]) \
            if pack.subject_antecedent else None
        if antecedent:  # "Satgas Penanggulangan Aktivitas Ilegal yang menyebut …"
            subject = subject_before(text, start, max(start, verb_start - SUBJECT_LOOKBACK) + antecedent.start("yang"), pack)
        handover = _HANDOVER if relative else _HANDOVER - lx.RELATIVE_PRONOUNS
        if subject is None and before and before[-1].lower() in handover:
            if pack.main_verb is None:
                return sentence_subject(text, start, verb_start)  # "X says A and said B"
            main = re.compile(pack.main_verb).search(text, start, verb_start)
            if main and main.start() < verb_start - MIN_MAIN_VERB_DISTANCE:
                subject = subject_before(text, start, main.start(), pack)
    clitic = re.compile(pack.pronoun_clitic).search(text, max(start, verb_start - CLITIC_WINDOW), verb_start) \
        if pack.pronoun_clitic else None
    if subject is None and clitic is not None:  # "He’s claiming …"
        return clitic.start("pronoun"), clitic.end("pronoun"), None
    if subject is None and pack.settings.subject_across_apposition \
            and _AFTER_COMMA.search(text, max(start, verb_start - SUBJECT_LOOKBACK), verb_start):
        opening = _subject_before_apposition(text, start, verb_start, pack)
        if opening is not None:
            return opening
    if subject is None:
        described = _DESCRIBED_BEFORE_VERB.search(text, max(start, verb_start - DESCRIBED_LOOKBACK), verb_start)
        if described and text[start:described.start("np")].strip():  # "Legislator … itu, mengatakan"
            return start, described.end("np"), None
        return None
    return subject.start, subject.end, subject.role


def sentence_subject(text: str, start: int, end: int) -> tuple[int, int, str | None] | None:
    """The named subject that opens a sentence ("Trump slammed Clinton, saying …" → Trump)."""
    opener = _OPENER.match(text, start, end)
    begin = opener.end() if opener else start
    span = speaker_after(text, begin, end)
    comma = text.find(",", begin, min(end, begin + 80))
    if span is None and comma > 0:  # "In Ohio on Monday, Trump said …"
        span = speaker_after(text, comma + 1, end)
    if span is None or not text[span[0]].isupper():
        return None
    return span[0], span[1], None
