"""Find the speaker phrase next to a reporting cue by scanning words left or right of it.

Both scanners work on offsets into the article text and return ``(start, end)`` spans, so the
speaker can be quoted exactly as written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.extract import vocabulary as lx
from factcheck.extract.lang.base import LanguagePack
from factcheck.extract.speakers import parse_speaker

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”]+|[,;:()\[\]\"“”]")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
_PUNCT = ",;:()[]\"“”"
_NP_WORDS = (lx.TITLE_WORDS | lx.GROUP_WORDS | lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS
             | lx.STATEMENT_NOUNS | lx.ORGANIZATION_WORDS
             | lx.SPEAKER_CONNECTORS | lx.ANAPHORIC_DETERMINERS | lx.DETERMINERS | lx.SOURCE_NOUNS
             | lx.STATEMENT_MODIFIERS)
_PRONOUNS = lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS
_MAX_WORDS = 14
_MAX_BRACKETED_WORDS = 3
_MAX_PLURAL_NOUN_WORDS = 3
_MAX_ROLE_FIELD_WORDS = 3  # lower-case words of a field between a title and a name ("spesialis kedokteran jiwa")  # lower-case words of a noun after "para", "ribuan" ("para pengunjuk rasa")  # a short name in brackets inside a role phrase ("(KAI Commuter)")
_LY_ADVERB = re.compile(r"^[a-z]{3,}ly$")  # "has strongly denied"
_DATE = re.compile(r"^[\d/.-]+$|^\($|^\)$")  # "(14/8/2020)" after a day name
_DEGREE = re.compile(r"^(?:[A-Z][a-zA-Z]{0,4}\.)+[A-Za-z]{0,5}\.?$")


class Subject(NamedTuple):
    """A speaker phrase found before a verb, with an appositive role if one was set off by commas."""

    start: int
    end: int
    role: str | None


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _list_continues(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """After a comma at ``tokens[i-1]``: does a list of names go on ("Korsel, AS dan Jepang")?"""
    if i >= len(tokens) or not _capitalised(tokens[i][0]) or tokens[i][0].lower() in lx.DAY_NAMES:
        return False
    for word, _, _ in tokens[i:i + 8]:
        low = word.lower()
        if low in lx.LIST_CONJUNCTIONS:
            return True
        if word in _PUNCT and word != "," or (not _capitalised(word) and low not in lx.SPEAKER_CONNECTORS):
            return False
    return False


# How far a speaker phrase is looked for: after a closing cue, and back from a verb for its subject.
SPEAKER_WINDOW = 240
SUBJECT_WINDOW = 300


def speaker_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker phrase that starts at ``start`` ("Menlu Blinken" in ``kata Menlu Blinken di …``)."""
    tokens = _tokens(text, start, min(end, start + SPEAKER_WINDOW))
    first = last = -1
    count = 0
    skip = 0
    partitive_words = -1
    first_index = -1
    for i, (word, ws, we) in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if word == ",":
            if first >= 0 and _list_continues(tokens, i + 1):
                continue
            break
        if word == "(" and first >= 0 and (skip := _acronym_before_name(tokens, i)):
            continue  # "Kepala Badan Penanggulangan Bencana Aceh (BPBA) Abd Aziz"
        if word in _PUNCT:
            break
        core = word.rstrip(".!?…")
        if core != word and (_INITIAL.match(word) or core.lower() in lx.ABBREVIATIONS):
            core = word  # "J." or "Rep." inside a name
        low = core.lower()
        if low in lx.SOURCE_LINKS and count == 1 and tokens[last][0].lower() in lx.STATEMENT_NOUNS | lx.STUDY_NOUNS:
            continue  # "demikian bunyi pesan dari Departemen Komunikasi BI"
        if not core or low in lx.DAY_NAMES or (low in lx.SPEAKER_STOP_WORDS and not _capitalised(core)):
            break
        if first < 0 and (low in lx.OBJECT_PRONOUNS or low in lx.SPEAKER_STOP_WORDS or low in lx.MONTH_NAMES):
            return None  # "told me", "In a statement", "On September 28"
        partitive = _partitive_at(tokens, i) if first < 0 else 0
        if partitive:  # "kata salah satu pengurus pusat PDSKJ itu"
            first, last, count, skip, partitive_words = ws, i + partitive - 1, partitive, partitive - 1, partitive
            continue
        if first >= 0 and not _capitalised(core) and low not in _NP_WORDS and not (
                count == 1 and tokens[last][0].lower() in lx.DETERMINERS) and not (  # "seorang lansia"
                count == partitive_words) and not (  # "salah satu pengemudi"
                count <= _MAX_PLURAL_NOUN_WORDS and tokens[first_index][0].lower() in lx.GROUP_DETERMINERS) and not (
                tokens[first_index][0].lower() in lx.TITLE_WORDS and _name_follows(tokens, i)):  # "spesialis kedokteran jiwa Zulvia"
            break
        if first < 0:
            first, first_index = ws, i
        last = i
        count += 1
        if core != word or low in lx.ANAPHORIC_DETERMINERS or low in _PRONOUNS or count >= _MAX_WORDS:
            break
    if first < 0:
        return None
    while last >= 0 and tokens[last][0].lower() in lx.SPEAKER_CONNECTORS:
        last -= 1
    if last < 0 or tokens[last][1] < first:
        return None
    word, ws, _ = tokens[last]
    core_len = len(word.rstrip(".!?…")) if not _INITIAL.match(word) else len(word)
    return first, ws + core_len


def _name_follows(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a capitalised word follows ``tokens[i]`` within a few lower-case words of a role, with no
    punctuation or stop word between ("spesialis | kedokteran jiwa Zulvia Oktanida Syarif")."""
    for word, _, _ in tokens[i:i + _MAX_ROLE_FIELD_WORDS + 1]:
        if _capitalised(word):
            return True
        if word in _PUNCT or word.lower() in lx.SPEAKER_STOP_WORDS:
            return False
    return False


_PARTITIVE_WORDS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in lx.PARTITIVES)


def _partitive_at(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens a partitive ("salah satu", "one of") at ``tokens[i]`` takes, else 0."""
    first = tokens[i][0].lower()
    for words in _PARTITIVE_WORDS:
        if words[0] == first and tuple(t[0].lower() for t in tokens[i:i + len(words)]) == words:
            return len(words)
    return 0


def _acronym_before_name(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens after ``tokens[i]`` a bracketed short name followed by a capitalised word takes
    ("(BPBA) Abd" → 2, "(KAI Commuter) Wiwik" → 3), else 0."""
    for k in range(i + 2, min(i + 2 + _MAX_BRACKETED_WORDS, len(tokens) - 1)):
        if tokens[k][0] == ")":
            inside = [t[0] for t in tokens[i + 1:k]]
            short = inside[0].isupper() and all(_capitalised(w) for w in inside)
            return k - i if short and _capitalised(tokens[k + 1][0]) else 0
    return 0


def _skip_back_adverbials(tokens: list[tuple[str, int, int]], i: int) -> int:
    """Index of the last token before ``i`` that is not an adverb, a day name or a parenthesis."""
    while i >= 0:
        word = tokens[i][0]
        low = word.lower()
        if word == ")":
            j = i
            while j >= 0 and tokens[j][0] != "(":
                j -= 1
            if j < 0:
                return i
            i = j - 1
            continue
        if low in lx.MONTH_NAMES and i > 0 and tokens[i - 1][0].lower() in lx.SPEAKER_STOP_WORDS:
            i -= 2  # "prosecutors in April charged"
            continue
        adverbial = _time_adverbial_before(tokens, i)
        if adverbial:  # "Check Point Research belum lama ini melaporkan"
            i -= adverbial
            continue
        if low in lx.ADVERBS or low in lx.DAY_NAMES or low in lx.TIME_WORDS or _LY_ADVERB.match(word):
            i -= 1
            continue
        return i
    return i


def _time_adverbial_before(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens a time adverbial ending at ``tokens[i]`` takes ("belum lama ini"), else 0."""
    for phrase in lx.TIME_ADVERBIALS:
        words = phrase.split()
        if i + 1 >= len(words) and [t[0].lower() for t in tokens[i + 1 - len(words):i + 1]] == words:
            return len(words)
    return 0


def subject_before(text: str, start: int, verb_start: int, pack: LanguagePack) -> Subject | None:
    """The subject phrase that ends right before the reporting verb at ``verb_start``.

    Returns None when the verb is subordinate (``yang mengatakan``, ``tidak mengatakan``,
    ``who said``) or no subject can be found.
    """
    subject = _subject_before(text, start, verb_start, pack)
    if subject is None or pack.subject_verb_form is None or subject.role is not None:
        return subject
    verb_form = re.compile(pack.subject_verb_form)
    return subject if _plausible_noun_phrase(_tokens(text, subject.start, subject.end), verb_form) else None


def _plausible_noun_phrase(tokens: list[tuple[str, int, int]], verb_form: re.Pattern[str]) -> bool:
    """No verb inside ("Donald Trump is defending his early-morning"); bare nouns only with a determiner."""
    words = [t[0] for t in tokens if t[0] not in _PUNCT]
    if not words or any(verb_form.search(w) or w.lower() in lx.AUXILIARIES for w in words) \
            or words[0].lower() in lx.NON_SPEAKER_PRONOUNS:
        return False
    function_words = lx.DETERMINERS | lx.GROUP_DETERMINERS | lx.SPEAKER_CONNECTORS | lx.POSSESSIVES
    if all(w.lower() in function_words for w in words):
        return False  # "of their", "a"
    first = words[0].lower()
    return _capitalised(words[0]) or first in lx.DETERMINERS or first in lx.GROUP_DETERMINERS \
        or (first.isdigit() and len(words) > 1) or all(
        w.lower() in _NP_WORDS for w in words) or (first in lx.TITLE_WORDS and any(map(_capitalised, words)))


def _subject_before(text: str, start: int, verb_start: int, pack: LanguagePack) -> Subject | None:
    tokens = _tokens(text, max(start, verb_start - SUBJECT_WINDOW), verb_start)
    i = _skip_back_adverbials(tokens, len(tokens) - 1)
    if i < 0:
        return None
    if tokens[i][0] == ",":
        return _appositive(text, tokens, i, pack)
    if tokens[i][0].lower() in lx.SUBORDINATORS or tokens[i][0].lower() in lx.COORDINATORS:
        return None
    collected: list[int] = []
    while i >= 0 and len(collected) < _MAX_WORDS:
        word, ws, we = tokens[i]
        low = word.lower()
        if word == ",":
            if collected and any(tokens[k][0].lower() in lx.LIST_CONJUNCTIONS for k in collected) \
                    and i > 0 and _capitalised(tokens[i - 1][0]):
                collected.append(i)
                i -= 1
                continue
            break
        if word == ")" and collected:
            opening = next((k for k in range(i - 1, max(i - 5, -1), -1) if tokens[k][0] == "("), -1)
            if opening > 0:  # "Wali Kota (Walkot) Pekanbaru …"
                collected.extend(range(i, opening - 1, -1))
                i = opening - 1
                continue
        if word in _PUNCT:
            break
        capital = _capitalised(word)
        at_start = ws == start or i == 0
        if at_start and capital and (low in lx.CONNECTIVES or low in lx.SPEAKER_STOP_WORDS):
            break
        if collected and low in lx.ANAPHORIC_DETERMINERS:
            break
        if not capital:
            if collected and i > 0 and ((low in lx.SPEAKER_CONNECTORS and (
                    _capitalised(tokens[i - 1][0]) or tokens[i - 1][0].lower() in _NP_WORDS)) or (
                    low in lx.NAME_PREPOSITIONS and _capitalised(tokens[i - 1][0])
                    and _capitalised(tokens[collected[-1]][0]))):  # "Commission on Presidential Debates"
                collected.append(i)
                i -= 1
                continue
            if low in lx.SUBORDINATORS and low not in lx.SPEAKER_CONNECTORS:
                return None
            if low in lx.AS_WORDS and collected and tokens[collected[-1]][0].lower() in lx.TITLE_WORDS:
                start = _name_run_start(tokens, i)  # "Albert Varela selaku manajer personal Martin"
                if start < i:
                    role = text[tokens[collected[-1]][1]:tokens[collected[0]][2]]
                    return Subject(tokens[start][1], tokens[i - 1][2], role)
            if low in lx.SPEAKER_STOP_WORDS:
                if collected and all(tokens[k][0].islower() and tokens[k][0] not in _NP_WORDS for k in collected):
                    collected = []  # "dalam keterangannya": an adverbial, the subject is further left
                    i = _skip_back_adverbials(tokens, i - 1)
                    continue
                break
            if collected and low not in _NP_WORDS and not all(tokens[k][0].islower() for k in collected) \
                    and not _title_to_the_left(tokens, i):
                break
        collected.append(i)
        i -= 1
        if low in lx.DETERMINERS or low in lx.GROUP_DETERMINERS or (low in _PRONOUNS and len(collected) == 1):
            break
    while collected and tokens[collected[-1]][0].lower() in (lx.SPEAKER_CONNECTORS | {","}) - lx.DETERMINERS:
        collected.pop()
    while collected and tokens[collected[0]][0].lower() in lx.SPEAKER_CONNECTORS:
        collected.pop(0)
    if not collected or not any(_capitalised(tokens[k][0]) or tokens[k][0].lower() in _NP_WORDS for k in collected):
        return None  # a run of lower-case words that names nobody ("event brought back memories")
    first = collected[-1]
    if pack.settings.name_before_comma_title and first > 0 and tokens[first - 1][0] == "," \
            and tokens[first][0].lower() in lx.TITLE_WORDS and not _ends_in_name(text, tokens[first][1], tokens[collected[0]][2]):
        name_start = _name_run_start(tokens, first - 1)  # "Adnan Abu Hasna, Penasihat Media UNRWA mengatakan"
        if name_start < first - 2:
            return Subject(tokens[name_start][1], tokens[first - 2][2], text[tokens[first][1]:tokens[collected[0]][2]])
    return Subject(tokens[first][1], tokens[collected[0]][2], None)


def _ends_in_name(text: str, start: int, end: int) -> bool:
    """Whether the role phrase ``text[start:end]`` ends in a person's name ("Wali Kota … Bima Arya"), so that
    what stands before its comma is not that person's name ("Di Kota Bogor, Wali Kota … Bima Arya")."""
    ref = parse_speaker(text[start:end]).ref
    return ref is not None and ref.kind == "person" and ref.role is not None and " " in ref.name


def _title_to_the_left(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a title word opens the lower-case run ending at ``i`` ("juru bicara keamanan nasional")."""
    for k in range(i, max(i - 5, -1), -1):
        low = tokens[k][0].lower()
        if low in lx.TITLE_WORDS:
            return True
        if tokens[k][0] in _PUNCT or low in lx.SPEAKER_STOP_WORDS or low in lx.SUBORDINATORS:
            return False
    return False


def _appositive(text: str, tokens: list[tuple[str, int, int]], comma: int, pack: LanguagePack) -> Subject | None:
    """A speaker set off by commas before the verb.

    ``Adrienne Watson, Juru Bicara …, menggarisbawahi`` (name, role) and
    ``Ketua MKD DPR RI, Nazaruddin Dek Gam, menegaskan`` (role, name).
    """
    dated = _dated_aside(tokens, comma)
    if dated is not None:
        return _subject_before(text, tokens[0][1], tokens[dated][1], pack)  # "Ahmad Riza Patria, Sabtu, menjelaskan"
    j = comma - 1
    while j >= 0 and tokens[j][0] not in _PUNCT:
        j -= 1
    if j == comma - 1:
        return None
    segment = tokens[j + 1:comma]
    words = [t[0].lower() for t in segment]
    if words[0] in lx.RELATIVE_PRONOUNS and j > 0 and tokens[j][0] == ",":
        return _appositive(text, tokens, j, pack)  # "…, president of the union, which represents …, said"
    if j > 0 and all(_DEGREE.match(t[0]) for t in segment):
        return _subject_before(text, tokens[0][1], tokens[j][1], pack)  # "dr Siti Nadia Tarmizi, M.Epid, mengatakan"
    if any(w in lx.TITLE_WORDS for w in words):
        if j < 0 or tokens[j][0] != ",":
            return None
        start = _name_run_start(tokens, j)
        if start == j:
            return None
        return Subject(tokens[start][1], tokens[j - 1][2], text[segment[0][1]:segment[-1][2]])
    if len(segment) > 5 or not all(_capitalised(t[0]) or t[0].lower() in lx.SPEAKER_CONNECTORS for t in segment):
        return None
    role = None
    if j >= 0 and tokens[j][0] == ",":
        k = j - 1
        while k >= 0 and tokens[k][0] not in _PUNCT:
            k -= 1
        before = tokens[k + 1:j]
        first_title = next((n for n, t in enumerate(before) if t[0].lower() in lx.TITLE_WORDS), None)
        if first_title is not None:
            role = text[before[first_title][1]:before[-1][2]]
    return Subject(segment[0][1], segment[-1][2], role)


def _dated_aside(tokens: list[tuple[str, int, int]], comma: int) -> int | None:
    """The comma opening a date set off by commas that ends at ``comma`` (", Sabtu," · ", Senin (12/10),"),
    if there is one."""
    k, day = comma - 1, False
    while k >= 0 and tokens[k][0] != ",":
        word = tokens[k][0].lower()
        if word not in lx.DAY_NAMES and not _DATE.match(word):
            return None
        day = day or word in lx.DAY_NAMES
        k -= 1
    return k if day and k > 0 else None


def _name_run_start(tokens: list[tuple[str, int, int]], end: int) -> int:
    """Start index of the run of (at most five) capitalised words that ends before ``end``."""
    start = end
    for k in range(end - 1, max(end - 6, -1), -1):
        word = tokens[k][0]
        low = word.lower()
        if word in _PUNCT or not _capitalised(word) or low in lx.CONNECTIVES or low in lx.SPEAKER_STOP_WORDS:
            break
        start = k
    return start
