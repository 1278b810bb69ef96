"""Cues next to a quote or a clause: `"…," kata X` · `"…," X said` · `X mengatakan, "…"`."""

from __future__ import annotations

import re

from factcheck.document import SpeakerRef
from factcheck.extract import vocabulary as lx
from factcheck.extract.context import (
    MAX_DESCRIBED_CHARS,
    MAX_SPEAKER_THEN_VERB_CHARS,
    OPENING_CUE_WINDOW,
    PARTY,
    Cue,
    is_participle,
    verb_span,
)
from factcheck.extract.cues import Cues
from factcheck.extract.phrases import speaker_after
from factcheck.extract.speakers import parse_speaker
from factcheck.extract.subjects import described_speaker, verb_subject
from factcheck.quotes import Quote

_APPOSITION = re.compile(
    r",\s*(?P<segment>(?P<first>[^\s,;:\"“”()]+)[^,;:\"“”()]{0,80}?)(?=\s*(?:\(\d{1,3}\)\s*)?(?:,|\.?$))")
_NAME_PREFIX = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)+(?![\w'’-])")
_ONE_NAME = re.compile(r"[A-Z][a-z'’-]+")
_DEMONSTRATIVES = "|".join(lx.DEMONSTRATIVES)
_EPITHET = re.compile(rf"[^,.;:\"“”]{{0,100}}?\s(?:{_DEMONSTRATIVES})(?=\s*(?:[,.]|$))")
_LEAD = re.compile(r"\s*,?\s*")
_DESCRIPTION_RUN = re.compile(r"[^,.;:\"“”()]{1,80}?(?=,)")  # the rest of a description up to its comma
_QUOTE_END_MARKS = ",.!?"
_SOURCE_HEADS = lx.STATEMENT_NOUNS | lx.STUDY_NOUNS | lx.DOCUMENT_NOUNS  # '"…," lanjut laporan tersebut'


def closing_cue(text: str, pos: int, end: int, cues: Cues) -> Cue | None:
    """A reporting cue starting at ``pos`` (right after a quote or a clause-ending comma)."""
    m = cues.close_verb.match(text, pos, end)
    if m:
        groups = m.groupdict()
        if groups.get("nya"):
            named = speaker_after(text, m.end(), end)
            if named and text[named[0]].isupper() and not text[m.end():named[0]].strip():
                return Cue(named[0], named[1], m.group("verb"), named[1])  # "ujarnya Ma'mun"
            return Cue(m.start("verb"), m.end("nya"), m.group("verb"), m.end())
        verb = " ".join((groups.get("phrase") or m.group("verb")).split())
        span = speaker_after(text, m.end(), end)
        if span is None or is_participle(verb, cues.pack):
            return None
        first = text[span[0]:span[1]].split()[0].lower()
        own = cues.pack.vocabulary
        if verb in cues.pack.ambiguous_closing and not (text[span[0]].isupper() or first in own.person_pronouns
                                                        or first in own.plural_pronouns or first in _SOURCE_HEADS):
            return None
        return with_appositive(text, Cue(span[0], span[1], verb, span[1]), end)
    if cues.pack.settings.speaker_first_after_quote == "phrase":
        return _speaker_then_verb(text, pos, end, cues)
    if cues.close_speaker_first is None:
        return None
    m = cues.close_speaker_first.match(text, pos, end)
    if not m:
        return None
    span = speaker_after(text, m.start("spk"), m.start("verb"))
    if span is None or text[span[1]:m.start("verb")].strip() \
            or text[span[0]:span[1]].split()[0].lower() in lx.SUBORDINATORS | lx.ADVERBS:
        return None
    return Cue(span[0], span[1], " ".join(m.group("verb").split()), m.end())


def _speaker_then_verb(text: str, pos: int, end: int, cues: Cues) -> Cue | None:
    """``, Trump said`` · ``, Douglas Holtz-Eakin, an economist, told me`` (English, speaker first)."""
    lead = _LEAD.match(text, pos, end)
    if cues.speech_verb.search(text, lead.end(), min(end, lead.end() + MAX_SPEAKER_THEN_VERB_CHARS)) is None:
        return None  # no verb in reach: skip the phrase scanners
    span = speaker_after(text, lead.end(), end)
    if span is None:
        return _described_then_verb(text, lead.end(), end, cues)
    if described_speaker(text, span[0], span[1], cues.pack) is None:  # not "…, including Friday’s tweets"
        return None
    role = None
    after = span[1]
    party = PARTY.match(text, after, end)  # "Rep. Gwen Moore (D-Wis.)"
    if party:
        after = party.end()
    apposition = cues.apposition_before_verb.match(text, after, end) if cues.apposition_before_verb else None
    if apposition:
        role, after = apposition.group("role"), apposition.end("role")
    m = cues.close_verb.match(text, after, end)
    if m is None or is_participle(m.group("verb"), cues.pack) or text[after:m.start("verb")].strip(" ,"):
        return _described_then_verb(text, lead.end(), end, cues)
    return Cue(span[0], span[1], " ".join(m.group("verb").split()), m.end(), role)


def _described_then_verb(text: str, start: int, end: int, cues: Cues) -> Cue | None:
    """A speaker phrase running up to the verb.

    ``, the New York businessman said`` · ``, Mr. Morgan of the Sierra Club said``.
    """
    m = cues.speech_verb.search(text, start, min(end, start + MAX_DESCRIBED_CHARS))
    if m is None or is_participle(m.group("verb"), cues.pack):
        return None
    span = described_speaker(text, start, m.start("verb"), cues.pack)
    return Cue(span[0], span[1], " ".join(m.group("verb").split()), m.end()) if span else None


def names_a_role(ref: SpeakerRef) -> bool:
    """Whether a speaker phrase names an office rather than a person: it opens with a title ("Kepala
    Bidang …") or an unknown head word before an institution ("Kalakhar Badan Penanggulangan …")."""
    words = ref.name.split()
    if words[0].lower() in lx.TITLE_WORDS:
        return True
    return ref.kind == "organization" and len(words) > 1 and words[0].lower() not in lx.ORGANIZATION_WORDS \
        and any(w.lower() in lx.ORGANIZATION_WORDS for w in words[1:])


def with_appositive(text: str, cue: Cue, end: int) -> Cue:
    """A role or name set off by a comma after the speaker.

    ``kata Kasatreskrim Polresta Mataram, AKP Regi Halili, Sabtu`` names Regi Halili (role before);
    ``kata Adrienne Watson, Juru Bicara Gedung Putih,`` gives Watson her role.
    """
    epithet = _EPITHET.match(text, cue.speaker_end, end)
    if epithet and (text[cue.speaker_start].islower()  # "ujar pria kelahiran Jawa Tengah ini"
                    or text[cue.speaker_start:cue.speaker_end].lower() in lx.TITLE_WORDS):  # "Gubernur asal … itu"
        return Cue(cue.speaker_start, epithet.end(), cue.verb, epithet.end())
    m = _APPOSITION.match(text, cue.speaker_end, end)
    if m is None and text[cue.speaker_start].islower():  # "kata salah satu pengemudi ojol asal Genuk, Wawan (35)"
        rest = _DESCRIPTION_RUN.match(text, cue.speaker_end, end)
        lead = _LEAD.match(text, rest.end(), end) if rest else None
        name = lead and (_NAME_PREFIX.match(text, lead.end(), end) or _ONE_NAME.match(text, lead.end(), end))
        written = name.group().rstrip(".") if name else ""  # "… Farida Briani Sobri." ends the sentence
        named = parse_speaker(written).ref if written else None
        if named is not None and named.kind == "person" and named.name == written \
                and written.split()[0].lower() not in lx.DAY_NAMES:
            stop = name.start() + len(written)
            return Cue(name.start(), stop, cue.verb, stop, text[cue.speaker_start:rest.end()])
        return cue
    if m is None:
        return cue
    before = parse_speaker(text[cue.speaker_start:cue.speaker_end]).ref
    after = parse_speaker(m.group("segment")).ref
    if before is None or after is None or after.kind != "person":
        return cue
    described = text[cue.speaker_start:cue.speaker_end]
    if described.islower() and after.name == m.group("segment") and m.group("first")[0].isupper() \
            and m.group("first").lower() not in lx.DAY_NAMES:
        return Cue(m.start("segment"), m.end("segment"), cue.verb, m.end("segment"),
                    text[cue.speaker_start:cue.speaker_end])  # "ujar seorang lansia, Colleen Hoffman (69)"
    before_is_role = before.role is None and names_a_role(before)
    name = _NAME_PREFIX.match(text, m.start("segment"), m.end("segment")) or _ONE_NAME.fullmatch(
        text, m.start("segment"), m.end("segment"))
    if before_is_role and name and m.group("first").lower() not in lx.DAY_NAMES:
        # "kata Kepala Bidang … Indramayu, M Ikhwan, Sabtu" · "…, AKP Budi Adi kepada wartawan" ·
        # "kata Kalakhar BPBD Kabupaten Boyolali, Suratno, Selasa"
        named = parse_speaker(name.group()).ref
        if named is not None and named.kind == "person" and name.group().endswith(named.name) \
                and (" " in named.name or text.startswith(",", m.end("segment"))):
            return Cue(name.start(), name.end(), cue.verb, m.end("segment"), described)
    if m.group("first").lower() not in lx.TITLE_WORDS:
        return cue
    if before_is_role and after.role is not None:
        return Cue(m.start("segment"), m.end("segment"), cue.verb, m.end("segment"),
                    text[cue.speaker_start:cue.speaker_end])
    if not before_is_role and after.role is None and after.name == m.group("segment"):
        return Cue(cue.speaker_start, cue.speaker_end, cue.verb, m.end("segment"), m.group("segment"))
    return cue


def name_then_verb(text: str, q: Quote, end: int, cues: Cues) -> Cue | None:
    """``"…," Potter menjelaskan.`` · ``"…," Sri Mulyani menuturkan``: a name, then a speech verb,
    after a quote that closes on a comma or an end mark (Indonesian; English has its own speaker-first cue)."""
    if cues.pack.settings.speaker_first_after_quote != "name" or (text[q.end - 1:q.end] not in _QUOTE_END_MARKS
                                 and not text.startswith(",", q.close)):
        return None
    lead = _LEAD.match(text, q.close, end)
    span = speaker_after(text, lead.end(), end)
    if span is None or not text[span[0]].isupper():
        return None
    m = cues.speech_verb.match(text, span[1] + 1, end)
    if m is None or m.group("verb") is None or text[span[1]:m.start()].strip():
        return None
    return Cue(span[0], span[1], m.group("verb"), m.end())


def opening_cue(text: str, s0: int, quote_open: int, cues: Cues) -> Cue | None:
    """``X mengatakan, "…"`` / ``X said: "…"``: the verb and its subject before a quote."""
    m = cues.open_cue.search(text, max(s0, quote_open - OPENING_CUE_WINDOW), quote_open)
    if not m:
        return None
    vs, ve = verb_span(m)
    subject = verb_subject(text, s0, vs, cues.pack, relative=True)
    if subject is None:
        return None
    return Cue(subject[0], subject[1], text[vs:ve], m.end(), subject[2])


def after_speech_verb(text: str, pos: int, end: int, cues: Cues) -> int:
    """Skip a speech verb and its clause marker at ``pos`` ("menyatakan bahwa …"), if there is one."""
    while pos < end and text[pos].isspace():
        pos += 1
    m = cues.speech_verb.match(text, pos, end)
    if m is None:
        return pos
    marker = cues.clause_marker.match(text, m.end(), end)
    return marker.end() if marker else m.end()
