"""Same claim or misquote: how two reports of one statement differ.

Two assertions the fuzzy matcher pairs are either the ``same`` claim (wording, spelling,
aliases, punctuation, a cut or extended quote may differ) or a ``variant``: the same
statement reported differently, with one of these differences, each found on the
aligned words of both texts (Indonesian and English):

- ``number``: a number, quantity, date or percentage differs (values compared, so
  ``1,5 juta`` = ``1.500.000`` = ``1.5 million``; months count as numbers);
- ``negation``: one is negated and the other not (``tidak``, ``bukan``, ``not``, ``n't`` …);
- ``order``: the named entities around the verb are swapped (who does what to whom);
- ``entity``: a named entity is replaced by another.

Words only one text has at its start or end (``EXTENSION_MIN`` words or more) are a cut
or extended quote, not a difference.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.link.lexicon import COORDINATORS, MONTHS, NEGATORS, NOT_ENTITIES
from factcheck.link.normalize import alias_matches
from factcheck.link.numbers import NUMBER, value_of

SAME = "same"
VARIANT = "variant"
KINDS = ("number", "negation", "order", "entity")
EXTENSION_MIN = 3  # one-sided words at an edge, at least this many, are a cut or extended quote
SPELLING_SIMILARITY = 75  # replaced names at least this similar are one name spelled differently
_WORD = re.compile(r"\w+n['\u2019]t\b|\w+")
_NOT = re.compile(r"(?i)n['\u2019]t$")
_NAME_JOINERS = re.compile(r"[\s\-.']*")


@dataclass(frozen=True)
class Token:
    """A word or number of an assertion: its matching key and where it is."""

    key: str
    start: int
    end: int
    capital: bool
    alias: bool = False
    number: bool = False
    initial: bool = False  # first word of a sentence: its capital says nothing


@dataclass(frozen=True)
class Difference:
    """One way two reports differ: its kind and the differing words of each text (character spans)."""

    kind: str
    a: tuple[tuple[int, int], ...]
    b: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Comparison:
    """The differences between two assertions and how alike the rest of them is (0–100)."""

    differences: tuple[Difference, ...] = field(default_factory=tuple)
    residual: float = 100.0

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of difference, in :data:`KINDS` order."""
        found = {d.kind for d in self.differences}
        return tuple(k for k in KINDS if k in found)


def _spans(text: str) -> list[tuple[int, int, str, bool, bool]]:
    """(start, end, key, is alias, is number) of the numbers and aliases of ``text``, in order."""
    found: list[tuple[int, int, str, bool, bool]] = []
    for match in NUMBER.finditer(text):
        value = value_of(match)
        if value is not None:
            token, percent = value
            found.append((match.start(), match.end(), token + ("%" if percent else ""), False, True))
    taken = [(s, e) for s, e, *_ in found]
    for start, end, key in alias_matches(text):
        if not any(s < end and start < e for s, e in taken):
            found.append((start, end, key, True, False))
    return sorted(found)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;])[\s\"'\u201c\u201d\u2018\u2019(\[-]*$")


def _mark_initial(text: str, found: list[Token]) -> tuple[Token, ...]:
    marked = []
    previous = 0
    for token in found:
        gap = text[max(0, previous - 1) : token.start] if marked else text[: token.start]
        initial = bool(_SENTENCE_START.search(gap))
        marked.append(Token(token.key, token.start, token.end, token.capital, token.alias, token.number, initial))
        previous = token.end
    return tuple(marked)


@lru_cache(maxsize=65_536)
def tokens(text: str) -> tuple[Token, ...]:
    """The matching tokens of ``text``: numbers as values, aliases as one word, ``n't`` as ``not``."""
    out: list[Token] = []
    position = 0
    for start, end, key, alias, number in [*_spans(text), (len(text), len(text), "", False, False)]:
        for match in _WORD.finditer(text, position, start):
            word = match.group(0)
            if _NOT.search(word):
                stem = word[:-3]
                if stem:
                    out.append(Token(stem.casefold(), match.start(), match.end() - 3, stem[0].isupper()))
                out.append(Token("not", match.end() - 3, match.end(), False))
                continue
            key_word = word.casefold()
            if key_word == "cannot":
                out.append(Token("can", match.start(), match.start() + 3, word[0].isupper()))
                out.append(Token("not", match.start() + 3, match.end(), False))
                continue
            out.append(Token(MONTHS.get(key_word, key_word), match.start(), match.end(), word[0].isupper(),
                             number=key_word in MONTHS))
        if key:
            out.append(Token(key, start, end, text[start].isupper(), alias=alias, number=number))
        position = max(position, end)
    return _mark_initial(text, out)


def _names(*texts: tuple[Token, ...]) -> frozenset[str]:
    """Keys written with a capital inside a sentence in any of ``texts``: names, not sentence openers."""
    return frozenset(t.key for toks in texts for t in toks if t.capital and not t.initial)


def _is_entity(token: Token, names: frozenset[str]) -> bool:
    if token.alias:
        return True
    return (token.capital and not token.number and token.key in names
            and token.key not in NOT_ENTITIES and token.key not in NEGATORS)


def _phrases(text: str, toks: tuple[Token, ...], names: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of consecutive entity tokens (token index ranges), joined only by spaces, hyphens or dots."""
    runs: list[tuple[int, int]] = []
    for i, token in enumerate(toks):
        if not _is_entity(token, names):
            continue
        if runs and runs[-1][1] == i and _NAME_JOINERS.fullmatch(text[toks[i - 1].end : token.start]):
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _phrase_key(toks: tuple[Token, ...], run: tuple[int, int]) -> str:
    return " ".join(t.key for t in toks[run[0] : run[1]])


def _span(toks: tuple[Token, ...], lo: int, hi: int) -> tuple[int, int]:
    return toks[lo].start, toks[hi - 1].end


def _interior(opcodes: list, len_a: int, len_b: int) -> list:
    """The non-equal opcodes that are not a cut or extended quote at either edge."""
    kept = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        one_sided = (i1 == i2) != (j1 == j2)
        at_edge = (i1 == 0 and j1 == 0) or (i2 == len_a and j2 == len_b)
        if one_sided and at_edge and max(i2 - i1, j2 - j1) >= EXTENSION_MIN:
            continue
        kept.append((tag, i1, i2, j1, j2))
    return kept


def _numbers(ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list) -> Difference | None:
    na = Counter(t.key for _, i1, i2, _, _ in ops for t in ta[i1:i2] if t.number)
    nb = Counter(t.key for _, _, _, j1, j2 in ops for t in tb[j1:j2] if t.number)
    only_a, only_b = na - nb, nb - na
    if not only_a or not only_b:
        return None
    return Difference(
        "number",
        tuple((t.start, t.end) for _, i1, i2, _, _ in ops for t in ta[i1:i2] if t.key in only_a),
        tuple((t.start, t.end) for _, _, _, j1, j2 in ops for t in tb[j1:j2] if t.key in only_b),
    )


def _negation(ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list) -> Difference | None:
    neg_a = [t for _, i1, i2, _, _ in ops for t in ta[i1:i2] if t.key in NEGATORS]
    neg_b = [t for _, _, _, j1, j2 in ops for t in tb[j1:j2] if t.key in NEGATORS]
    if len(neg_a) == len(neg_b):
        return None
    return Difference("negation", tuple((t.start, t.end) for t in neg_a), tuple((t.start, t.end) for t in neg_b))


def _context(toks: tuple[Token, ...], run: tuple[int, int]) -> tuple[str | None, str | None]:
    before = toks[run[0] - 1].key if run[0] > 0 else None
    after = toks[run[1]].key if run[1] < len(toks) else None
    return before, after


def _coordinated(toks: tuple[Token, ...], first: tuple[int, int], second: tuple[int, int]) -> bool:
    lo, hi = sorted((first, second))
    return all(t.key in COORDINATORS for t in toks[lo[1] : hi[0]])


def _order(
    a: str, b: str, ta: tuple[Token, ...], tb: tuple[Token, ...], names: frozenset[str]
) -> tuple[Difference | None, set[str]]:
    """Entities that swapped places around the verb, and the keys of every entity both texts name."""
    runs_a, runs_b = _phrases(a, ta, names), _phrases(b, tb, names)
    keys_a = Counter(_phrase_key(ta, r) for r in runs_a)
    keys_b = Counter(_phrase_key(tb, r) for r in runs_b)
    common = {k for k in keys_a if keys_a[k] == 1 and keys_b.get(k) == 1}
    in_a = [r for r in runs_a if _phrase_key(ta, r) in common]
    in_b = {_phrase_key(tb, r): r for r in runs_b if _phrase_key(tb, r) in common}
    shared = set(keys_a) & set(keys_b)
    swapped: set[int] = set()
    for x in range(len(in_a)):
        for y in range(x + 1, len(in_a)):
            rx, ry = in_a[x], in_a[y]
            sx, sy = in_b[_phrase_key(ta, rx)], in_b[_phrase_key(ta, ry)]
            if sx[0] < sy[0] or (_coordinated(ta, rx, ry) and _coordinated(tb, sx, sy)):
                continue

            def kept(ra: tuple[int, int], rb: tuple[int, int]) -> bool:
                (pa, na), (pb, nb) = _context(ta, ra), _context(tb, rb)
                return (pa is not None and pa == pb) or (na is not None and na == nb)

            if not kept(rx, sx) and not kept(ry, sy):
                swapped.update((x, y))
    if not swapped:
        return None, shared
    runs = [in_a[i] for i in sorted(swapped)]
    return Difference(
        "order",
        tuple(_span(ta, *r) for r in runs),
        tuple(_span(tb, *in_b[_phrase_key(ta, r)]) for r in runs),
    ), shared


def _entities(
    a: str, b: str, ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list, shared: set[str], names: frozenset[str]
) -> Difference | None:
    """Named entities replaced by others (not the same name spelled differently, not moved ones)."""
    runs_a = [r for r in _phrases(a, ta, names) if _phrase_key(ta, r) not in shared]
    runs_b = [r for r in _phrases(b, tb, names) if _phrase_key(tb, r) not in shared]
    spans_a: list[tuple[int, int]] = []
    spans_b: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag != "replace":
            continue
        ea = [r for r in runs_a if r[0] < i2 and i1 < r[1]]
        eb = [r for r in runs_b if r[0] < j2 and j1 < r[1]]
        if not ea or not eb:
            continue
        name_a = " ".join(_phrase_key(ta, r) for r in ea)
        name_b = " ".join(_phrase_key(tb, r) for r in eb)
        if fuzz.ratio(name_a, name_b) >= SPELLING_SIMILARITY or _abbreviates(name_a, name_b):
            continue
        spans_a.extend(_span(ta, *r) for r in ea)
        spans_b.extend(_span(tb, *r) for r in eb)
    return Difference("entity", tuple(spans_a), tuple(spans_b)) if spans_a else None


def _abbreviates(x: str, y: str) -> bool:
    """One name is the other's initials, or its words a subset of the other's ("Retno" / "retno marsudi")."""
    wx, wy = x.split(), y.split()
    short, long = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    if set(short) <= set(long):
        return True
    initials = "".join(w[0] for w in long)
    return len(short) == 1 and short[0] == initials


def _residual(ta: tuple[Token, ...], tb: tuple[Token, ...], differences: list[Difference]) -> float:
    """token_sort_ratio of the two texts without the differing words."""
    drop_a = {span for d in differences for span in d.a}
    drop_b = {span for d in differences for span in d.b}

    def rest(toks: tuple[Token, ...], drop: set[tuple[int, int]]) -> str:
        return " ".join(t.key for t in toks if not any(s <= t.start and t.end <= e for s, e in drop))

    return float(fuzz.token_sort_ratio(rest(ta, drop_a), rest(tb, drop_b)))


def compare(a: str, b: str) -> Comparison:
    """How assertion ``b`` differs from assertion ``a`` (see the module docstring)."""
    ta, tb = tokens(a), tokens(b)
    keys_a, keys_b = [t.key for t in ta], [t.key for t in tb]
    if keys_a == keys_b:
        return Comparison()
    ops = _interior(SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes(), len(ta), len(tb))
    names = _names(ta, tb)
    order, shared = _order(a, b, ta, tb, names)
    found = [d for d in (_numbers(ta, tb, ops), _negation(ta, tb, ops), order,
                         _entities(a, b, ta, tb, ops, shared, names)) if d is not None]
    return Comparison(tuple(found), _residual(ta, tb, found) if found else float(fuzz.token_sort_ratio(
        " ".join(keys_a), " ".join(keys_b))))


def relation(a: str, b: str, score: float, threshold: float) -> tuple[str, Comparison] | None:
    """The relation of two assertions the matcher scored ``score``: same, variant, or None (not linked).

    At or above ``threshold`` a pair is the same claim unless it has a difference; below it,
    a pair is a variant when it has a difference and is alike (≥ ``threshold``) without it.
    """
    comparison = compare(a, b)
    if comparison.differences:
        if score >= threshold or comparison.residual >= threshold:
            return VARIANT, comparison
        return None
    return (SAME, comparison) if score >= threshold else None
