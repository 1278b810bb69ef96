"""Reporting-verb forms used in a way that reports nobody: the passive ("have been charged with"),
a noun ("Trump's claim", "Republican claims as …") and naming ("what he called …", "called in to …")."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.context import SUBJECT_LOOKBACK
from factcheck.extract.lang.base import LanguagePack


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _ends_with(pattern: str | None, text: str, start: int, end: int) -> bool:
    return pattern is not None and _compiled(pattern).search(text, max(start, end - SUBJECT_LOOKBACK), end) is not None


def _starts_with(pattern: str | None, text: str, start: int, end: int) -> bool:
    return pattern is not None and _compiled(pattern).match(text, start, end) is not None


def reports_nobody(text: str, sentence_start: int, verb_start: int, verb_end: int, pack: LanguagePack) -> bool:
    """Whether the reporting verb ``text[verb_start:verb_end]`` is in a use that reports no speech:
    a passive, a noun (unless a clause follows: "Trump's claim that …"), or a verb that names
    ("what he called …") or calls someone up ("called in to …"), per the language pack."""
    verb = text[verb_start:verb_end].lower()
    if " " in verb:
        return False  # a cue phrase ("has said", "called for") is a verb by its form
    after_end = min(len(text), verb_end + SUBJECT_LOOKBACK)
    if not (pack.participle_suffix and verb.endswith(pack.participle_suffix)) and _ends_with(
            pack.passive_before, text, sentence_start, verb_start):
        return True
    clause_follows = text[verb_end:after_end].split(" ", 2)[1:2] in ([m] for m in pack.clause_markers)
    if verb in pack.noun_cue_forms and not clause_follows and (_ends_with(pack.noun_before, text, sentence_start, verb_start)
                                        or _starts_with(pack.noun_after, text, verb_end, after_end)):
        return True
    return verb in pack.naming_verbs and (_ends_with(pack.naming_before, text, sentence_start, verb_start)
                                          or _starts_with(pack.naming_after, text, verb_end, after_end))
