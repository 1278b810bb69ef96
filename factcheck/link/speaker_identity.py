"""Who a speaker string names, for counting sources: is it a resolved name, and are two names one person."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.lang import shared_vocabulary
from factcheck.link.lexicon import NAME_TITLES, UNRESOLVED_SPEAKER_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that name nobody: the extraction's pronouns, determiners, sources, documents,
    titles, place and institution words of every language, and a few more."""
    v = shared_vocabulary()
    return UNRESOLVED_SPEAKER_WORDS.union(
        v.person_pronouns, v.plural_pronouns, v.first_person_pronouns, v.thing_pronouns, v.determiners,
        v.quantity_words, v.source_nouns, v.document_nouns, v.statement_nouns, v.title_words, v.regional_titles,
        v.non_name_words, v.group_words,
    )


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    v = shared_vocabulary()
    return NAME_TITLES.union(v.title_words, v.regional_titles)


def is_resolved(name: str) -> bool:
    """True when ``name`` names someone: a capitalised word that is no pronoun, quantifier,
    document word, title or bare role ("Elon Musk", "Menlu Retno"; not "Dia", "dokumen tersebut",
    "Presiden", "Mensos")."""
    not_names = _not_names()
    return any(w[0].isupper() and w.casefold() not in not_names for w in _words(name))


def name_words(name: str) -> tuple[str, ...]:
    """The casefolded words of a person's name without titles ("Menlu Retno" → ("retno",))."""
    words = [w.casefold() for w in _words(name)]
    titles = _titles()
    kept = tuple(w for w in words if w not in titles)
    return kept or tuple(words)


PREFIX_MIN = 4  # a word glued to the next ("Sadewabuka"), or a short form ("Pras"), names the same person


def _word_matches(word: str, long: tuple[str, ...]) -> bool:
    return word in long or any(
        (len(word) == 1 and x.startswith(word)) or (min(len(word), len(x)) >= PREFIX_MIN
                                                    and (word.startswith(x) or x.startswith(word)))
        for x in long
    )


def _covers(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` is a word of ``long`` (or its initial, or glued to it), or ``short`` is
    one word of ``long``'s initials ("STY" / "Shin Tae-yong")."""
    if len(short) == 1 and len(long) > 1 and short[0] == "".join(w[0] for w in long):
        return True
    return all(_word_matches(w, long) for w in short)


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name one person: equal words after titles, one's words within the
    other's ("Prabowo" / "Prabowo Subianto"), hyphens ("Kim Jong-un") or initials ("J. Biden")."""
    for wa, wb in ((name_words(a), name_words(b)), (_folded(a), _folded(b))):
        short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if short and _covers(short, long):
            return True
    return False


def _folded(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _words(name))
