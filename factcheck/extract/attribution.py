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

import heapq
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from factcheck.document import ClaimDraft, Sentence, SpeakerRef
from factcheck.extract import lexicon as lx
from factcheck.extract.cues import Cues, cues_for
from factcheck.extract.phrases import speaker_after, subject_before
from factcheck.extract.speakers import (
    SpeakerResolver,
    is_named_group,
    parse_speaker,
    title_mentions,
)
from factcheck.ingest.segment import Quote, quote_spans

_SPEECH_PUNCT = ",.:;!?\"“”—–-"
_MAIN_VERB = re.compile(r"(?<![\w-])(?:me|ber)[a-z]{3,}(?![\w-])")
_APPOSITION = re.compile(
    r",\s*(?P<segment>(?P<first>[^\s,;:\"“”()]+)[^,;:\"“”()]{0,80}?)(?=\s*(?:\(\d{1,3}\)\s*)?(?:,|\.?$))")
_NAME_PREFIX = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)+(?![\w'’-])")
_ONE_NAME = re.compile(r"[A-Z][a-z'’-]+")
_DEMONSTRATIVES = "|".join(lx.DEMONSTRATIVES)
_EPITHET = re.compile(rf"[^,.;:\"“”()]{{0,60}}?\s(?:{_DEMONSTRATIVES})(?=\s*(?:[,.]|$))")
_LEAD = re.compile(r"\s*,?\s*")
_PARTY = re.compile(r"\s*\([A-Z]{1,3}-[A-Z][\w.]{0,6}\)")
_DESCRIBED_BEFORE_VERB = re.compile(rf"(?P<np>(?:{'|'.join(lx.ID_ANAPHORIC_DETERMINERS)}))\s*,\s*$")
_DEMONSTRATIVE = re.compile(rf"\s+(?:{_DEMONSTRATIVES})\b")
_REPORT_JOINT = re.compile(r"(?:[\s,;]|\b(?:and|but|though|although|while|even|as)\b)*$")
_ANTECEDENT = re.compile(r"[A-Z][\w'’-]*\s+(?P<yang>yang)\s+$")
_OPENER = re.compile(
    "(?:" + "|".join(re.escape(c.capitalize()) for c in sorted(lx.CONNECTIVES, key=len, reverse=True)) + r")\b,?\s+")
_POST_VERB_ADVERBS = "|".join(lx.POST_VERB_ADVERBS)
_ADVERB_AFTER = re.compile(rf"(?:\s+(?:{_POST_VERB_ADVERBS}))+(?![\w-])")
_WORD = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(r"\s*([^\s,.;:!?\"“”]+)")
_CAPTION = re.compile("|".join(re.escape(m) for m in lx.CAPTION_MARKERS))
_HANDOVER = lx.MANNER_WORDS | lx.COORDINATORS
_CLAUSE_BREAK = re.compile(
    rf";\s|\s(?:--|—|―)\s|,\s+(?:(?:{'|'.join(sorted(lx.EN_CLAUSE_BREAK_WORDS))})\b|[a-z]+ing\b)"
    r"|\b[A-Z][\w.]*(?P<apposition>,\s+(?:the|a|an)\s)"  # after a name: "…NATO, the existing alliance …"
    r"|\s+and\s+(?:[a-z]+ly\s+)?[a-z]+ed\s")  # a second verb phrase: "… and encouraged Americans …"
_FOLLOW_UP_REPORT = {
    "en": re.compile(r",\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+ing)(?![\w-])"),  # "…, adding that …"
    "id": re.compile(rf",\s+(?:{'|'.join(lx.ID_REPORT_LINKS)})\s+(?P<verb>[a-z]+)(?![\w-])"),  # ", seraya menambahkan"
}
_PRONOUN_CLITIC = re.compile(
    rf"(?<![\w'’])(?P<pronoun>{'|'.join(sorted(lx.EN_PERSON_PRONOUNS | lx.EN_PLURAL_PRONOUNS | {'i'}))})"
    r"[’'](?:s|ve|re|d)\s+$",
    re.IGNORECASE)
_INTRODUCES_CLAUSE = re.compile(r"\s*(?:,\s*)?(?:that\b|[\"“:])")
_AFTER_COMMA = re.compile(rf",(?:\s+(?:{'|'.join(sorted(lx.ADVERBS))}))*\s*$")  # "…, have urged"
_QUOTE_OPENERS = "“\"«"
_QUOTE_END_MARKS = ",.!?"
_TOKEN_SPAN = re.compile(r"\S+")
_DESCRIPTION_BREAKS = ",;:\"“”()!?"
_MAX_DESCRIBED_CHARS = 100
_MAX_DESCRIBED_WORDS = 8
_MAX_SOURCE_WORDS = 20
_MAX_SPEAKER_THEN_VERB_CHARS = 480  # a speaker phrase (240) and an apposition (200) before the verb
_MAX_SOURCE_CHARS = 200
_MIN_CLAUSE_WORDS = 4
_NOMINALISATION = re.compile(lx.ROLE_NOUN_PATTERN)  # "penghargaan", "kepedulian"
_NOMINALISATION_NYA = re.compile(rf"{lx.ROLE_NOUN_PATTERN}nya")  # "kegeramannya", "pengakuannya"
_PREFIXED_VERB = re.compile(r"(?:me|ber)[a-z]{3,}|(?:di|ter)[a-z]{4,}")
_OBJECT_WORD = re.compile(r"[^\s,.;:!?\"“”()]+")
_MAX_OBJECT_CHARS = 200
_EN_BEFORE_QUOTE = (  # "says of Clinton, “…”" · "asking her, “…”" · "saying during the debate, “…”"
    rf"(?:\s+(?:{'|'.join(sorted(lx.HEARERS))})"
    rf"|\s+(?:{'|'.join(sorted(lx.EN_QUOTE_PREPOSITIONS))})\s[^,;:\"“”]{{1,40}}?)\s*[,:]|")
_OPEN_CUE = {
    lang: re.compile(rf"{c.speech_verb.pattern}(?:{between}(?:\s+(?:{_POST_VERB_ADVERBS}))?(?:\s+(?:{markers}))?"
                     r"\s*[,:]?)\s*$")
    for lang, c, markers, between in (("id", cues_for("id"), "|".join(lx.ID_CLAUSE_MARKERS), ""),
                                      ("en", cues_for("en"), "|".join(lx.EN_CLAUSE_MARKERS), _EN_BEFORE_QUOTE))
}


@dataclass(frozen=True)
class _Found:
    """An assertion span with the cue that attributes it (speaker span empty for a continuation)."""

    start: int
    end: int
    speaker_start: int
    speaker_end: int
    verb: str
    kind: str
    role: str | None = None

    @property
    def continuation(self) -> bool:
        return self.speaker_start == self.speaker_end


@dataclass(frozen=True)
class _Cue:
    speaker_start: int
    speaker_end: int
    verb: str
    end: int
    role: str | None = None


def _verb_span(m: re.Match[str]) -> tuple[int, int]:
    """Span of the reporting verb in a speech-verb match (written apart or glued to the word before)."""
    group = "glued" if m.groupdict().get("glued") else "verb"
    return m.span(group)


def _at_speech_position(text: str, start: int, quote_open: int) -> bool:
    """A quote that opens a sentence or follows punctuation, not a scare quote inside a clause."""
    i = quote_open
    while i > start and text[i - 1].isspace():
        i -= 1
    return i == start or text[i - 1] in _SPEECH_PUNCT


def _inside_quote(spans: list[Quote], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, pos, key=lambda q: q.open) - 1
    return i >= 0 and spans[i].open < pos < spans[i].end


def _closing_cue(text: str, pos: int, end: int, cues: Cues) -> _Cue | None:
    """A reporting cue starting at ``pos`` (right after a quote or a clause-ending comma)."""
    m = cues.close_verb.match(text, pos, end)
    if m:
        groups = m.groupdict()
        if groups.get("nya"):
            named = speaker_after(text, m.end(), end)
            if named and text[named[0]].isupper() and not text[m.end():named[0]].strip():
                return _Cue(named[0], named[1], m.group("verb"), named[1])  # "ujarnya Ma'mun"
            return _Cue(m.start("verb"), m.end("nya"), m.group("verb"), m.end())
        verb = " ".join((groups.get("phrase") or m.group("verb")).split())
        span = speaker_after(text, m.end(), end)
        if span is None or (cues.language == "en" and verb.endswith("ing")):
            return None
        first = text[span[0]:span[1]].split()[0].lower()
        if verb in cues.ambiguous_close and not (text[span[0]].isupper() or first in lx.ID_PERSON_PRONOUNS
                                                  or first in lx.ID_PLURAL_PRONOUNS):
            return None
        return _with_appositive(text, _Cue(span[0], span[1], verb, span[1]), end)
    if cues.language == "en":
        return _speaker_then_verb(text, pos, end, cues)
    if cues.close_speaker_first is None:
        return None
    m = cues.close_speaker_first.match(text, pos, end)
    if not m:
        return None
    span = speaker_after(text, m.start("spk"), m.start("verb"))
    if span is None or text[span[1]:m.start("verb")].strip():
        return None
    return _Cue(span[0], span[1], " ".join(m.group("verb").split()), m.end())


def _speaker_then_verb(text: str, pos: int, end: int, cues: Cues) -> _Cue | None:
    """``, Trump said`` · ``, Douglas Holtz-Eakin, an economist, told me`` (English, speaker first)."""
    lead = _LEAD.match(text, pos, end)
    if cues.speech_verb.search(text, lead.end(), min(end, lead.end() + _MAX_SPEAKER_THEN_VERB_CHARS)) is None:
        return None  # no verb in reach: skip the phrase scanners
    span = speaker_after(text, lead.end(), end)
    if span is None:
        return _described_then_verb(text, lead.end(), end, cues)
    if _described(text, span[0], span[1]) is None:  # not "…, including Friday’s tweets"
        return None
    role = None
    after = span[1]
    party = _PARTY.match(text, after, end)  # "Rep. Gwen Moore (D-Wis.)"
    if party:
        after = party.end()
    apposition = cues.apposition_before_verb.match(text, after, end) if cues.apposition_before_verb else None
    if apposition:
        role, after = apposition.group("role"), apposition.end("role")
    m = cues.close_verb.match(text, after, end)
    if m is None or m.group("verb").endswith("ing") or text[after:m.start("verb")].strip(" ,"):
        return _described_then_verb(text, lead.end(), end, cues)
    return _Cue(span[0], span[1], " ".join(m.group("verb").split()), m.end(), role)


def _described_then_verb(text: str, start: int, end: int, cues: Cues) -> _Cue | None:
    """A speaker phrase running up to the verb.

    ``, the New York businessman said`` · ``, Mr. Morgan of the Sierra Club said``.
    """
    m = cues.speech_verb.search(text, start, min(end, start + _MAX_DESCRIBED_CHARS))
    if m is None or m.group("verb").endswith("ing"):
        return None
    span = _described(text, start, m.start("verb"))
    return _Cue(span[0], span[1], " ".join(m.group("verb").split()), m.end()) if span else None


def _described(text: str, start: int, end: int) -> tuple[int, int] | None:
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
    if lowers == [lx.EN_THING_PRONOUN]:
        return words[0].start(), words[0].end()  # "…,” it added": a newspaper or a report
    if lowers[0] in lx.OBJECT_PRONOUNS or lowers[0] in lx.NON_SPEAKER_PRONOUNS or lowers[0] in lx.SPEAKER_STOP_WORDS \
            or (len(lowers) > 1 and lowers[0] in lx.EN_PERSON_PRONOUNS | lx.EN_PLURAL_PRONOUNS) or any(
            w in lx.ENGLISH_AUXILIARIES or w in lx.SUBORDINATORS or w.endswith(("n't", "n’t"))
            or (words[n].group().islower() and (w.endswith("ing") or (n and w.endswith("ed"))))
            for n, w in enumerate(lowers)):
        return None  # "and", "He then defended the remark": not a speaker phrase
    return words[0].start(), words[-1].end()


def _subject_before_apposition(text: str, start: int, verb_start: int) -> tuple[int, int, str | None] | None:
    """The subject that opens a sentence and is set off from its verb by an apposition or a participle.

    ``Officials at Homeland Security Investigations, a division of …, said`` ·
    ``Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said`` · ``Trump, speaking to veterans, said``.
    """
    opener = _OPENER.match(text, start, verb_start)
    begin = opener.end() if opener else start
    comma = text.find(",", begin, min(verb_start, begin + _MAX_DESCRIBED_CHARS))
    if comma < 0:
        return None
    named = speaker_after(text, begin, comma)
    if named is not None:
        party = _PARTY.match(text, named[1], comma)
        if text[party.end() if party else named[1]:comma].strip() == "":
            return named[0], named[1], None
    span = _described(text, begin, comma)
    if span is None or not any(c.isupper() for c in text[span[0]:span[1]]):
        return None
    return span[0], span[1], None


def _names_a_role(ref: SpeakerRef) -> bool:
    """Whether a speaker phrase names an office rather than a person: it opens with a title ("Kepala
    Bidang …") or an unknown head word before an institution ("Kalakhar Badan Penanggulangan …")."""
    words = ref.name.split()
    if words[0].lower() in lx.TITLE_WORDS:
        return True
    return ref.kind == "organization" and len(words) > 1 and words[0].lower() not in lx.ORGANIZATION_WORDS \
        and any(w.lower() in lx.ORGANIZATION_WORDS for w in words[1:])


def _with_appositive(text: str, cue: _Cue, end: int) -> _Cue:
    """A role or name set off by a comma after the speaker.

    ``kata Kasatreskrim Polresta Mataram, AKP Regi Halili, Sabtu`` names Regi Halili (role before);
    ``kata Adrienne Watson, Juru Bicara Gedung Putih,`` gives Watson her role.
    """
    epithet = _EPITHET.match(text, cue.speaker_end, end)
    if epithet and (text[cue.speaker_start].islower()  # "ujar pria kelahiran Jawa Tengah ini"
                    or text[cue.speaker_start:cue.speaker_end].lower() in lx.TITLE_WORDS):  # "Gubernur asal … itu"
        return _Cue(cue.speaker_start, epithet.end(), cue.verb, epithet.end())
    m = _APPOSITION.match(text, cue.speaker_end, end)
    if m is None:
        return cue
    before = parse_speaker(text[cue.speaker_start:cue.speaker_end]).ref
    after = parse_speaker(m.group("segment")).ref
    if before is None or after is None or after.kind != "person":
        return cue
    described = text[cue.speaker_start:cue.speaker_end]
    if described.islower() and after.name == m.group("segment") and m.group("first")[0].isupper() \
            and m.group("first").lower() not in lx.DAY_NAMES:
        return _Cue(m.start("segment"), m.end("segment"), cue.verb, m.end("segment"),
                    text[cue.speaker_start:cue.speaker_end])  # "ujar seorang lansia, Colleen Hoffman (69)"
    before_is_role = before.role is None and _names_a_role(before)
    name = _NAME_PREFIX.match(text, m.start("segment"), m.end("segment")) or _ONE_NAME.fullmatch(
        text, m.start("segment"), m.end("segment"))
    if before_is_role and name and m.group("first").lower() not in lx.DAY_NAMES:
        # "kata Kepala Bidang … Indramayu, M Ikhwan, Sabtu" · "…, AKP Budi Adi kepada wartawan" ·
        # "kata Kalakhar BPBD Kabupaten Boyolali, Suratno, Selasa"
        named = parse_speaker(name.group()).ref
        if named is not None and named.kind == "person" and name.group().endswith(named.name) \
                and (" " in named.name or text.startswith(",", m.end("segment"))):
            return _Cue(name.start(), name.end(), cue.verb, m.end("segment"), described)
    if m.group("first").lower() not in lx.TITLE_WORDS:
        return cue
    if before_is_role and after.role is not None:
        return _Cue(m.start("segment"), m.end("segment"), cue.verb, m.end("segment"),
                    text[cue.speaker_start:cue.speaker_end])
    if not before_is_role and after.role is None and after.name == m.group("segment"):
        return _Cue(cue.speaker_start, cue.speaker_end, cue.verb, m.end("segment"), m.group("segment"))
    return cue


def _subject(text: str, start: int, verb_start: int, language: str,
             *, relative: bool = False) -> tuple[int, int, str | None] | None:
    """Subject span and appositive role before a verb.

    ``dengan mengatakan`` and ``…, serta mencatat`` take the main clause's subject; so does
    ``yang memperingatkan bahwa "…"`` when ``relative`` (a statement introducing a quote).
    """
    verb = _WORD.match(text, verb_start)
    if language == "en" and verb is not None and verb.group().endswith("ing"):
        before = text[max(start, verb_start - 12):verb_start].rstrip()
        if before.endswith(","):
            return _sentence_subject(text, start, verb_start)  # "…, saying that …": the main clause's subject
        previous = before.split()[-1].lower() if before.split() else ""
        if previous not in lx.EN_PARTICIPLE_LINKS and not previous.endswith(("’s", "'s", "’re", "'re")) \
                and not relative and not _INTRODUCES_CLAUSE.match(text, verb.end()):
            return None  # "artists writing songs", "a statement calling …": not a report
    subject = subject_before(text, start, verb_start, language)
    if subject is None:
        before = _WORD.findall(text, max(start, verb_start - 40), verb_start)
        while before and before[-1].lower() in lx.ADVERBS:  # "… and has called for …"
            before.pop()
        antecedent = _ANTECEDENT.search(text, max(start, verb_start - 40), verb_start)
        if antecedent:  # "Satgas Penanggulangan Aktivitas Ilegal yang menyebut …"
            subject = subject_before(text, start, antecedent.start("yang"), language)
        handover = _HANDOVER if relative else _HANDOVER - {"yang"}
        if subject is None and before and before[-1].lower() in handover:
            if language == "en":
                return _sentence_subject(text, start, verb_start)  # "X says A and said B"
            main = _MAIN_VERB.search(text, start, verb_start)
            if main and main.start() < verb_start - 10:
                subject = subject_before(text, start, main.start(), language)
    clitic = _PRONOUN_CLITIC.search(text, max(start, verb_start - 12), verb_start) if language == "en" else None
    if subject is None and clitic is not None:  # "He’s claiming …"
        return clitic.start("pronoun"), clitic.end("pronoun"), None
    if subject is None and language == "en" and _AFTER_COMMA.search(text, max(start, verb_start - 40), verb_start):
        opening = _subject_before_apposition(text, start, verb_start)
        if opening is not None:
            return opening
    if subject is None:
        described = _DESCRIBED_BEFORE_VERB.search(text, max(start, verb_start - 20), verb_start)
        if described:  # "Legislator yang membidangi urusan pariwisata … itu, mengatakan"
            return start, described.end("np"), None
        return None
    return subject.start, subject.end, subject.role


def _sentence_subject(text: str, start: int, end: int) -> tuple[int, int, str | None] | None:
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


def _quoted(text: str, s0: int, s1: int, spans: list[Quote], cues: Cues) -> list[_Found]:
    """Claims from the quotes of one sentence."""
    opening = _OPEN_CUE[cues.language]
    speech = [q for q in spans
              if _at_speech_position(text, s0, q.open) or opening.search(text, max(s0, q.open - 60), q.open)]
    cues_found = [_closing_cue(text, q.close, s1, cues) or _name_then_verb(text, q, s1, cues)
                  or _opening_cue(text, s0, q.open, cues) for q in speech]
    if not any(cues_found):
        return []
    owners: list[_Cue | None] = []  # each quote's own cue, else the next cue, else the previous one
    following: _Cue | None = None
    for cue in reversed(cues_found):
        following = cue or following
        owners.append(following)
    owners.reverse()
    previous: _Cue | None = None
    found = []
    for q, cue, owner in zip(speech, cues_found, owners):
        previous = cue or previous
        owner = owner or previous
        if owner is None or (len(speech) > 1 and len(text[q.start:q.end].split()) < 3):
            continue  # no cue, or a fragment of a split quote: "That," Obama said, "is …"
        found.append(_Found(q.start, q.end, owner.speaker_start, owner.speaker_end, owner.verb, "direct", owner.role))
    return found


def _name_then_verb(text: str, q: Quote, end: int, cues: Cues) -> _Cue | None:
    """``"…," Potter menjelaskan.`` · ``"…," Sri Mulyani menuturkan``: a name, then a speech verb,
    after a quote that closes on a comma or an end mark (Indonesian; English has its own speaker-first cue)."""
    if cues.language != "id" or (text[q.end - 1:q.end] not in _QUOTE_END_MARKS
                                 and not text.startswith(",", q.close)):
        return None
    lead = _LEAD.match(text, q.close, end)
    span = speaker_after(text, lead.end(), end)
    if span is None or not text[span[0]].isupper():
        return None
    m = cues.speech_verb.match(text, span[1] + 1, end)
    if m is None or m.group("verb") is None or text[span[1]:m.start()].strip():
        return None
    return _Cue(span[0], span[1], m.group("verb"), m.end())


def _opening_cue(text: str, s0: int, quote_open: int, cues: Cues) -> _Cue | None:
    """``X mengatakan, "…"`` / ``X said: "…"``: the verb and its subject before a quote."""
    m = _OPEN_CUE[cues.language].search(text, max(s0, quote_open - 60), quote_open)
    if not m:
        return None
    vs, ve = _verb_span(m)
    subject = _subject(text, s0, vs, cues.language, relative=True)
    if subject is None:
        return None
    return _Cue(subject[0], subject[1], text[vs:ve], m.end(), subject[2])


def _according(text: str, s0: int, s1: int, cues: Cues) -> list[_Found]:
    """``Menurut X, …`` / ``Menurutnya, …`` / ``According to X, …`` and ``…, according to X.``"""
    m = cues.according_start.match(text, s0, s1)
    if m:
        verb = " ".join(m.group("verb").lower().split())
        if m.groupdict().get("nya"):
            return [_Found(m.end("nya"), s1, m.start("verb"), m.end("nya"), verb, "indirect")]
        comma = text.find(",", m.end(), s1)
        head = text[m.end():comma] if comma > 0 else ""
        if head and len(head.split()) <= _MAX_SOURCE_WORDS // (2 if cues.language == "id" else 1) \
                and '"' not in head and "“" not in head:
            span = (m.end(), comma)
        else:
            span = speaker_after(text, m.end(), s1)
        if span is None:
            return []
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        return [_Found(span[1], s1, start, end, verb, "indirect")] if start < end else []
    for m in cues.according_end.finditer(text, s0, s1):
        span = speaker_after(text, m.end(), s1)
        if span is None:
            continue
        if cues.language == "en" and text[span[1]:s1].strip(" .)"):
            span = _source_to_end(text, span[0], s1) or span  # "…, according to a new national poll."
        verb = " ".join(m.group("verb").split())
        if not text[span[1]:s1].strip(" .)"):
            return [_Found(s0, m.start(), span[0], span[1], verb, "indirect")]
        if text.startswith(",", span[1]) and cues.language == "en" and len(text[s0:m.start()].split()) > 3 \
                and not _continues_clause(text, span[1] + 1, s1):
            return [_Found(s0, m.start(), span[0], span[1], verb, "indirect")]  # "…, according to X, an economist."
        if text.startswith(",", span[1]):  # "Komnas HAM, menurut Anis, menyatakan bahwa …"
            start = _after_speech_verb(text, span[1] + 1, s1, cues)
            return [_Found(start, s1, span[0], span[1], verb, "indirect")]
    return []


def _source_to_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A source phrase that runs to the end of the sentence ("a recent Reuters survey of voter lists")."""
    comma = text.find(",", start, min(end, start + _MAX_DESCRIBED_CHARS))
    stop = comma if comma > 0 else end
    if stop - start > _MAX_SOURCE_CHARS:
        return None
    while stop > start and text[stop - 1] in " .)\"”":
        stop -= 1
    words = text[start:stop].split()
    if not words or len(words) > _MAX_SOURCE_WORDS or any(c in text[start:stop] for c in ";:\"“”"):
        return None
    return start, stop


def _after_speech_verb(text: str, pos: int, end: int, cues: Cues) -> int:
    """Skip a speech verb and its clause marker at ``pos`` ("menyatakan bahwa …"), if there is one."""
    while pos < end and text[pos].isspace():
        pos += 1
    m = cues.speech_verb.match(text, pos, end)
    if m is None:
        return pos
    marker = cues.clause_marker.match(text, m.end(), end)
    return marker.end() if marker else m.end()


def _trailing(text: str, s0: int, s1: int, spans: list[Quote], cues: Cues) -> list[_Found]:
    """An unquoted clause closed by a cue: ``…, kata X.`` / ``…, a source said.``

    In English the clause may end in a quote closed by its comma (``Not paying taxes "makes me
    smart," Trump said.``) and the cue may sit between commas (``These employees, Stumpf
    explained, were "well-paid."``).
    """
    ends: Iterable[int] = _commas_outside_quotes(text, s0, s1, spans)
    if cues.language == "en":
        closes = sorted((q.close for q in spans if text[q.end - 1:q.end] == "," and q.open > s0), reverse=True)
        ends = heapq.merge(ends, closes, reverse=True)
    for cut in ends:
        cue = _closing_cue(text, cut, s1, cues)
        if cue is None:
            continue
        if cues.language == "en" and cues.clause_marker.match(text, cue.end, s1):
            return []  # "In Ohio, Trump said at a rally that …": reported speech after an opening phrase
        if cues.language == "en" and _only_adverbial(text, s0, cut):
            if not text.startswith(",", cue.end):
                return []  # "In offering analysis, pollster Pat Caddell told X how …": reported speech follows
            start = _after_speech_verb(text, cue.end + 1, s1, cues)  # "During his years in office, Obama said, a …"
            return [_Found(start, s1, cue.speaker_start, cue.speaker_end, cue.verb, "indirect")]
        resumed = _resumed_clause(text, cue.end, s1) if cues.language == "en" else None
        if resumed is not None:  # "These employees, Stumpf explained at the hearing, were …"
            return [_Found(resumed, s1, cue.speaker_start, cue.speaker_end, cue.verb, "indirect")]
        if _is_tail(text, _after_hearer(text, cue, s1, cues), s1, cues.language):
            return [_Found(s0, cut, cue.speaker_start, cue.speaker_end, cue.verb, "indirect", cue.role)]
        if text.startswith(",", cue.end) and (cues.language == "id" or _continues_clause(text, cue.end + 1, s1)):
            start = _after_speech_verb(text, cue.end + 1, s1, cues)  # "Pemerintah, kata Anis, perlu …"
            return [_Found(start, s1, cue.speaker_start, cue.speaker_end, cue.verb, "indirect")]
    return []


def _after_hearer(text: str, cue: _Cue, end: int, cues: Cues) -> int:
    """Where a closing cue ends once its hearer is skipped ("…, Graham told The Huffington Post on …")."""
    if cues.language != "en" or cue.verb not in lx.TELL_VERBS:
        return cue.end
    hearer = speaker_after(text, cue.end, end)
    if hearer is not None:
        return hearer[1]
    m = _NEXT_WORD.match(text, cue.end, end)
    return m.end() if m and m.group(1).lower() in lx.HEARERS else cue.end


def _only_adverbial(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an opening phrase, not a clause ("During his years in office")."""
    m = _NEXT_WORD.match(text, start, end)
    return m is not None and m.group(1).lower() in lx.EN_FRONTED_WORDS \
        and text.find(",", start, min(end, start + _MAX_DESCRIBED_CHARS)) < 0 and end - start <= _MAX_DESCRIBED_CHARS


def _commas_outside_quotes(text: str, s0: int, s1: int, spans: list[Quote]) -> Iterator[int]:
    """Offsets of the commas of ``text[s0:s1]`` that are not inside a quote, last first."""
    comma = text.rfind(",", s0, s1)
    while comma > s0:
        if not _inside_quote(spans, comma):
            yield comma
        comma = text.rfind(",", s0, comma)


def _resumed_clause(text: str, pos: int, end: int) -> int | None:
    """Where an English clause interrupted by a cue and its circumstance goes on
    ("…, Stumpf explained earlier in the hearing, were …"), if it does."""
    comma = text.find(",", pos, min(end, pos + 80))
    if comma < 0 or not _is_tail(text, pos, comma) or not _continues_clause(text, comma + 1, end):
        return None
    return comma + 1


def _continues_clause(text: str, pos: int, end: int) -> bool:
    """Whether an English clause interrupted by a cue goes on at ``pos`` ("…, Stumpf explained, were …")."""
    m = _NEXT_WORD.match(text, pos, end)
    return m is not None and m.group(1) in lx.ENGLISH_AUXILIARIES


def _is_tail(text: str, pos: int, end: int, language: str = "id") -> bool:
    """Whether ``text[pos:end]`` is only a circumstance ("di Jakarta, Senin (20/10).").

    In English also an apposition or a participle after a comma ("…, said Brian Baker, a
    longtime adviser …" · "…, she said, referencing …").
    """
    rest = text[pos:min(end, pos + 80)].strip()
    if rest.startswith(","):
        rest = rest[1:].strip()
        if rest[:1].isdigit():
            return True
        m = _NEXT_WORD.match(rest)
        word = m.group(1) if m else ""
        if language == "en" and (word in lx.EN_AFTER_CUE_WORDS or (word.islower() and word.endswith("ing"))):
            return True
    if not rest or rest[0] in ".;:()!?":
        return True
    m = _NEXT_WORD.match(rest)
    word = m.group(1).lower() if m else ""
    return word in lx.TAIL_WORDS or word in lx.DAY_NAMES


def _indirect(text: str, s0: int, s1: int, spans: list[Quote], cues: Cues) -> list[_Found]:
    """``X menegaskan (bahwa) …`` / ``X said (that) …``.

    Indonesian: one claim per sentence, the first verb followed by a clause marker, else the
    first verb. English: one claim per reporting verb (see :func:`_one_claim_per_report`).
    """
    candidates: list[tuple[_Found, bool, int]] = []  # (claim, has clause marker, verb start)
    speaking: list[_Found] = []  # a subject whose reporting verb takes a noun phrase: a speaker, no claim
    for m in cues.speech_verb.finditer(text, s0, s1):
        vs, ve = _verb_span(m)
        if _inside_quote(spans, vs):
            continue
        verb = " ".join(text[vs:ve].split())
        marker = cues.clause_marker.match(text, ve, s1)
        if marker is None and cues.object_clause_marker is not None and verb in lx.TELL_VERBS:
            marker = cues.object_clause_marker.match(text, ve, s1)
        pos = ve
        if marker is not None:
            pos = marker.end()
        else:
            adverb = _ADVERB_AFTER.match(text, ve, s1)
            pos = adverb.end() if adverb else ve
            after = text[pos:min(s1, pos + 80)].lstrip(" ")
            if verb in cues.weak_verbs and not after.startswith(("\"", "“", ",", ":")) and not (
                    verb in lx.EN_PLURAL_PRESENT_VERBS and subject_before(text, s0, vs, "en") is not None) and not (
                    verb in lx.EN_ASK_VERBS and after.split(" ", 1)[0] in lx.EN_QUESTION_WORDS):
                continue
            after = after.lstrip(" ,:")
            nxt = _NEXT_WORD.match(after)
            if nxt is None or (nxt.group(1).lower() in lx.NON_CLAUSE_STARTS
                               and not _DEMONSTRATIVE.match(after, nxt.end())):
                continue
            obj = text[pos:min(s1, pos + _MAX_OBJECT_CHARS)].lstrip(" ,:")
            if cues.language == "id" and _nominal_object(obj, verb):
                subject = _subject(text, s0, vs, cues.language)
                if subject is not None and not speaking:
                    speaking.append(_Found(s1, s1, subject[0], subject[1], verb, "speaker", subject[2]))
                continue
        subject = _subject(text, s0, vs, cues.language)
        if subject is None:
            continue
        found = _Found(pos, s1, subject[0], subject[1], verb, "indirect", subject[2])
        found = _as_direct_if_quoted(text, found, spans)
        candidates.append((found, marker is not None, vs))
    if not candidates:
        return speaking
    if cues.language == "en":
        return _one_claim_per_report(text, [(found, vs) for found, _, vs in candidates])
    return [next((found for found, marked, _ in candidates if marked), candidates[0][0])]


def _nominal_object(after: str, verb: str) -> bool:
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
    if not (head in lx.ID_NOMINAL_NYA or _NOMINALISATION_NYA.fullmatch(head)
            or (verb not in lx.ID_SAY_VERBS and _NOMINALISATION.fullmatch(head))):
        return False
    relative = False
    for word in words[1:]:
        lower = word.lower()
        if lower in lx.ID_OBJECT_ENDS:
            return True
        if lower in lx.ID_PREDICATE_WORDS or lower.removesuffix("lah") in lx.ID_PREDICATE_WORDS or (
                not relative and _PREFIXED_VERB.fullmatch(word) and lower not in lx.ID_PREFIX_LOOKALIKES):
            return False
        relative = lower in lx.RELATIVE_PRONOUNS
    return True


def _one_claim_per_report(text: str, reports: list[tuple[_Found, int]]) -> list[_Found]:
    """Several reporting verbs in one English sentence: each clause ends where the next report starts.

    ``X said A, adding that B`` · ``X says A and said B`` · ``X said Y told him that B``.
    """
    claims = []
    for (found, _), (following, verb_start) in zip(reports, reports[1:] + [(None, -1)]):
        if following is not None and found.kind == "indirect":
            boundary = following.speaker_start if found.start < following.speaker_start else verb_start
            if found.start < boundary < found.end:
                cut = _REPORT_JOINT.search(text, found.start, boundary)
                found = replace(found, end=cut.start() if cut else boundary)
        claims.append(found)
    return claims




def _as_direct_if_quoted(text: str, found: _Found, spans: list[Quote]) -> _Found:
    """Reported speech whose clause is a whole quote is a direct quote."""
    start = found.start
    while start < found.end and text[start] in " ,:":
        start += 1
    for q in spans:
        if q.open == start and not text[q.close:min(found.end, q.close + 10)].strip(" .)") \
                and q.close + 10 >= found.end:
            return _Found(q.start, q.end, found.speaker_start, found.speaker_end, found.verb, "direct", found.role)
    return found


def _continuation(text: str, s0: int, s1: int, spans: list[Quote]) -> list[_Found]:
    """A sentence made only of quotes continues the previous speaker's words."""
    if not spans or spans[0].open != s0:
        return []
    gaps = zip([q.close for q in spans], [q.open for q in spans[1:]] + [s1])
    if any(text[a:b].strip(" .,;:!?)(") for a, b in gaps):
        return []
    return [_Found(q.start, q.end, 0, 0, "", "direct") for q in spans]


def _sentence_claims(text: str, sentence: Sentence, cues: Cues) -> list[_Found]:
    s0, s1 = sentence.start, sentence.end
    spans = quote_spans(text, s0, s1)
    found = (spans and _quoted(text, s0, s1, spans, cues)) or _according(text, s0, s1, cues) \
        or _trailing(text, s0, s1, spans, cues)
    if found:
        found += _follow_up_reports(text, found[-1], s1, spans, cues)
    found = found or _indirect(text, s0, s1, spans, cues) or _continuation(text, s0, s1, spans)
    if cues.language == "en":
        return [_without_reporter_clause(text, f, spans) for f in found]
    return found


def _follow_up_reports(text: str, owner: _Found, s1: int, spans: list[Quote], cues: Cues) -> list[_Found]:
    """Further reports after a claim and its cue, by the same speaker.

    ``"…," X said, adding that …`` · ``"…," kata X, seraya menambahkan bahwa …``.
    """
    reports = []
    for m in _FOLLOW_UP_REPORT[cues.language].finditer(text, max(owner.end, owner.speaker_end), s1):
        verb = cues.speech_verb.match(text, m.start("verb"), s1)
        if verb is not None and verb.end() == m.end() and not _inside_quote(spans, m.start()):
            reports.append((m.start(), verb))
    found = []
    for (_, verb), (end, _) in zip(reports, reports[1:] + [(s1, None)]):  # each report ends at the next
        marker = cues.clause_marker.match(text, verb.end(), end)
        start = marker.end() if marker else verb.end()
        claim = _Found(start, end, owner.speaker_start, owner.speaker_end, verb.group("verb"), "indirect", owner.role)
        found.append(_as_direct_if_quoted(text, claim, spans))
    return found


def _without_reporter_clause(text: str, found: _Found, spans: list[Quote]) -> _Found:
    """An English reported clause ends before the writer's own additions: a relative clause, a
    participle, a new clause after a semicolon, a dash or ", and" ("X said A, which …")."""
    if found.kind != "indirect" or found.start < found.speaker_start:
        return found  # a clause before its cue ends at the cue
    for m in _CLAUSE_BREAK.finditer(text, found.start, found.end):
        cut = m.start("apposition") if m.group("apposition") else m.start()
        if not _inside_quote(spans, cut) and len(text[found.start:min(cut, found.start + 200)].split()) \
                >= _MIN_CLAUSE_WORDS:
            return replace(found, end=cut)
    return found


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """Assertion bounds without surrounding blanks, a dangling comma or (indirect) the final period."""
    strip = " \t\r\n\u00a0\u0085,:" if kind == "direct" else " \t\r\n\u00a0\u0085,:."
    while start < end and (text[start] in " \t\r\n\u00a0\u0085,:" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    if not _WORD.search(text, start, end):
        return None
    return start, end


def _is_furniture(sentence: str) -> bool:
    return sentence[:30].lower().startswith(lx.FURNITURE_PREFIXES) or bool(_CAPTION.search(sentence))


def _paragraphs(text: str, found: list[tuple[Sentence, list[_Found]]]) -> list[tuple[int, list[int]]]:
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


def _continued_quotes(text: str, found: list[tuple[Sentence, list[_Found]]],
                      cues: Cues) -> list[tuple[Sentence, list[_Found]]]:
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
                        items.append(_Found(begin, sentence.end, owner.speaker_start, owner.speaker_end,
                                            owner.verb, "direct", owner.role))
        run = [(start, indices)] if state == "open" else []
    return result


def _continued_quote_owner(text: str, result: list[tuple[Sentence, list[_Found]]], run: list[tuple[int, list[int]]],
                           closing: list[int], cues: Cues) -> _Cue | None:
    """The cue of a quote over several paragraphs: where it closes, else before it opens."""
    for i in closing[:1]:
        owner = next((f for f in result[i][1] if f.kind == "direct" and not f.continuation), None)
        if owner is not None:
            return _Cue(owner.speaker_start, owner.speaker_end, owner.verb, owner.end, owner.role)
    first = run[0][1][0]
    if first == 0:
        return None
    before = result[first - 1][0]
    if not text[before.start:before.end].rstrip().endswith(":"):
        return None
    return _opening_cue(text, before.start, run[0][0], cues)


def extract_claims(text: str, sentences: list[Sentence], language: str, *,
                   title: str | None = None) -> list[ClaimDraft]:
    """Find the attributed claims in ``text`` (sentences from :func:`factcheck.ingest.segment.segment`).

    Full names in the article's ``title`` expand short names in the text ("Christie" → "Chris Christie").
    In Indonesian text every person is then named by the fullest form the article gives them
    (:meth:`SpeakerResolver.canonical`).
    """
    cues = cues_for(language)
    found = _continued_quotes(text, [(sentence, _sentence_claims(text, sentence, cues)) for sentence in sentences
                                     if not _is_furniture(sentence.text)], cues)
    named_groups = [ref for _, items in found for f in items if not f.continuation
                    for ref in [parse_speaker(text[f.speaker_start:f.speaker_end]).ref]
                    if ref is not None and is_named_group(ref)]
    resolver = SpeakerResolver(named_groups, text)
    if title:
        resolver.learn_names(title)
    claims: list[ClaimDraft] = []
    for sentence, items in found:
        for offset, ref in title_mentions(sentence.text):
            resolver.mention(ref, focus=offset == 0)
        for f in items:
            if f.kind == "speaker":  # "Sumarno menekankan pentingnya …": no claim, but Sumarno now speaks
                resolver.resolve(text[f.speaker_start:f.speaker_end], f.speaker_start, f.role)
                continue
            bounds = _trim(text, f.start, f.end, f.kind)
            if bounds is None:
                continue
            assertion = text[bounds[0]:bounds[1]]
            if f.kind == "indirect" and len(assertion.split()) < (3 if cues.language == "en" else 2):
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
    if cues.language != "id":
        return claims  # English refers to people by surname, shared within a family ("Bill"/"Hillary Clinton")
    return [replace(claim, speaker=resolver.canonical(claim.speaker)) for claim in claims]
