"""Who a speaker string names, for counting sources: is it a resolved name, and are two names one person."""

from __future__ import annotations

import re

from factcheck.link.lexicon import NAME_TITLES, UNRESOLVED_SPEAKER_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def is_resolved(name: str) -> bool:
    """True when ``name`` names someone: a capitalised word that is no pronoun, quantifier,
    document word or bare role ("Elon Musk", "Menlu Retno"; not "Dia", "dokumen tersebut", "Presiden")."""
    return any(w[0].isupper() and w.casefold() not in UNRESOLVED_SPEAKER_WORDS for w in _words(name))


def name_words(name: str) -> tuple[str, ...]:
    """The casefolded words of a person's name without titles ("Menlu Retno" → ("retno",))."""
    words = [w.casefold() for w in _words(name)]
    kept = tuple(w for w in words if w not in NAME_TITLES)
    return kept or tuple(words)


def _covers(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` is a word of ``long`` or the initial of one."""
    return all(w in long or (len(w) == 1 and any(x.startswith(w) for x in long)) for w in short)


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
