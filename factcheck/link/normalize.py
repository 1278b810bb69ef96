"""Normalised assertion text for matching: name variants unified, case, quotes and punctuation folded."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from factcheck.link.numbers import canonical_digits, has_digits, number_words

ALIASES_PATH = Path(__file__).with_name("aliases.json")
_NON_WORD = re.compile(r"[\W_]+")
_NOT = re.compile(r"(?i)(?<=\w)n['\u2019]t\b|\bcannot\b")


def _is_acronym(variant: str) -> bool:
    letters = [c for c in variant if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _trie_pattern(variants: list[str]) -> str:
    """A regex matching any of ``variants``, longest first, as a character trie (fast to scan)."""
    trie: dict = {}
    for variant in variants:
        node = trie
        for char in variant:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """The alias regex, variant → canonical token (case-folded variants), and symbol table."""
    data = json.loads(ALIASES_PATH.read_text(encoding="utf-8"))
    canonical: dict[str, str] = {}
    exact: list[str] = []
    folded: list[str] = []
    for token, variants in data["aliases"].items():
        for variant in variants:
            canonical[variant.casefold()] = token
            (exact if _is_acronym(variant) else folded).append(variant if _is_acronym(variant) else variant.lower())
    pattern = re.compile(rf"(?<!\w)(?:(?i:{_trie_pattern(folded)})|{_trie_pattern(exact)})(?!\w)")
    return pattern, canonical, dict(data["symbols"])


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'")


def alias_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical token) of each name variant in ``text`` (quotes folded, case as written)."""
    pattern, canonical, _ = _tables()
    return [(m.start(), m.end(), canonical[" ".join(m.group(0).split()).casefold()])
            for m in pattern.finditer(text.replace("\u2019", "'").replace("\u2018", "'"))]


@lru_cache(maxsize=1)
def alias_tokens() -> frozenset[str]:
    """The canonical tokens name variants become ("korut", "amerikaserikat", …)."""
    return frozenset(_tables()[1].values())


@lru_cache(maxsize=1)
def alias_words() -> frozenset[str]:
    """Every word of every name variant, casefolded ("korea", "utara", "dprk", …)."""
    return frozenset(w for variant in _tables()[1] for w in _NON_WORD.sub(" ", variant).split())


def _negation(match: re.Match[str]) -> str:
    return "can not" if match.group(0).casefold() == "cannot" else " not"


def normalize(text: str) -> str:
    """Matching form of an assertion: aliases and numbers unified, casefolded, punctuation and quotes removed.

    Numbers become one canonical token (``1,5 juta`` → ``1500000``, see
    :mod:`factcheck.link.numbers`) and English ``n't``/``cannot`` become ``not``.

    >>> normalize("“Korut menembakkan rudal,” kata AS.")
    'korut menembakkan rudal kata amerikaserikat'
    """
    pattern, canonical, symbols = _tables()
    text = _fold(text)
    for symbol, replacement in symbols.items():
        text = text.replace(symbol, replacement)
    if "'t" in text or "nnot" in text or "NNOT" in text:
        text = _NOT.sub(_negation, text)
    digits = has_digits(text)
    if digits:
        text = canonical_digits(text)
    text = pattern.sub(lambda m: f" {canonical[' '.join(m.group(0).split()).casefold()]} ", text)
    return " ".join(number_words(_NON_WORD.sub(" ", text.casefold()).split(), digits))
