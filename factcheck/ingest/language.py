"""Language detection by counting stopwords: the registered languages, and a few others to refuse."""

from __future__ import annotations

from collections import Counter

from factcheck.extract import lang

_SAMPLE_CHARS = 4_000
# Frequent words of languages claims are not extracted from, none of them common words
# of a registered language: an article in one of these is stored without claims, not misread.
OTHER_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "fr": "le la les des du est et une un dans pour qui que sur au aux avec ce cette sont pas par plus "
              "ont été elle il ils leur mais ou comme aussi selon entre",
        "es": "el los las del es y una por con para que se su al lo como más pero sus fue este esta según "
              "entre también sobre han ha",
        "de": "der die das und ist nicht ein eine den dem des mit sich auf für von zu im wird sind auch "
              "es wurde nach bei aus oder",
        "pt": "os das dos não uma com para que se por ao pelo pela mais mas foi são como também seu sua "
              "está entre sobre",
        "it": "il lo gli della delle dei che è non una per con sono nel nella alla anche più ma come "
              "questo questa stato",
        "nl": "de het een van en is niet op te dat zijn met voor er ook aan bij werd maar nog wordt "
              "naar uit hij",
    }.items()
}
_MIN_OTHER_WORDS = 8
_REGISTERED: dict[str, frozenset[str]] = {code: lang.get(code).stopwords for code in lang.codes()}
_OTHERS: dict[str, frozenset[str]] = {
    code: words.difference(*_REGISTERED.values()) for code, words in OTHER_STOPWORDS.items()
}


def detect_language(text: str) -> str:
    """Return the code of a registered language (``"id"``, ``"en"``) or of another language the text is clearly in (``"fr"`` …).

    Another language is chosen only when its stopwords are at least twice as frequent as those of
    the registered languages together; otherwise the registered language whose stopwords are most
    frequent wins, ties (including texts with no stopwords at all) going to the default language
    (:data:`factcheck.extract.lang.DEFAULT_CODE`). Only the first 4,000 characters are read.
    """
    counts = Counter(word.strip(".,;:!?\"'()«»“”‘’") for word in text[:_SAMPLE_CHARS].casefold().split())
    registered = {code: sum(counts[word] for word in words) for code, words in _REGISTERED.items()}
    others = {code: sum(counts[word] for word in words) for code, words in _OTHERS.items()}
    best_other = max(others, key=others.__getitem__)
    if others[best_other] >= _MIN_OTHER_WORDS and others[best_other] >= 2 * sum(registered.values()):
        return best_other
    best = lang.DEFAULT_CODE
    for code, count in registered.items():
        if count > registered[best]:
            best = code
    return best
