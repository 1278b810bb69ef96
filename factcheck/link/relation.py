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

Words only one text has at its start or end (``EXTENSION_MIN`` words or more, or whole
sentences) are a cut or extended quote, not a difference; a pair without differences whose
shorter text the longer one holds almost whole is the same claim even below the fuzzy
threshold (a quote cut to one sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factcheck.link.lexicon import COORDINATORS, MONTHS, NEGATORS, NOT_ENTITIES
from factcheck.link.normalize import alias_matches, alias_tokens, alias_words
from factcheck.link.numbers import CURRENCY, DATE, NUMBER, value_of

NEAR_MARGIN = 15.0  # a pair this far below the threshold is a variant when a number or negation explains the gap
NEAR_KINDS = frozenset({"number", "negation"})
# a role swap moves a few words: the texts in order stay this close to their sorted-word score
# (a clause moved as a whole is further apart, and keeps its entities in place)
REORDER_GAP = 20.0
SAME = "same"
VARIANT = "variant"
KINDS = ("number", "negation", "order", "entity")
EXTENSION_MIN = 3  # one-sided words at an edge, at least this many, are a cut or extended quote
SPELLING_SIMILARITY = 80  # replaced names at least this similar are one name spelled differently
CUT_MIN_WORDS = 12  # a cut quote has at least this many words ...
CUT_CONTAINMENT = 90.0  # ... and at least this share of them, in order, in the other text
_WORD = re.compile(r"\w+n['\u2019]t\b|\w+")
_NAME_JOINERS = re.compile(r"[\s\-.']*")


class Token(NamedTuple):
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
    """(start, end, key, is alias, is number) of the numbers, dates and aliases of ``text``, in order."""
    found: list[tuple[int, int, str, bool, bool]] = []
    for match in DATE.finditer(text):  # 21/10/2025: day, month, year
        day, month, year = (int(g) for g in match.groups())
        if 1 <= month <= 12:
            found += [(match.start(1), match.end(1), str(day), False, True),
                      (match.start(2), match.end(2), f"month{month}", False, True),
                      (match.start(3), match.end(3), str(year), False, True)]
    # a currency glued to its amount (Rp300.000): the amount is still a number
    scanned = CURRENCY.sub(lambda m: m.group(1)[:-1] + " ", text)
    for match in NUMBER.finditer(scanned):
        value = value_of(match)
        if value is not None and not any(s < match.end() and match.start() < e for s, e, *_ in found):
            token, percent = value
            found.append((match.start(), match.end(), token + ("%" if percent else ""), False, True))
    taken = [(s, e) for s, e, *_ in found]
    for start, end, key in alias_matches(text):
        if not any(s < end and start < e for s, e in taken):
            found.append((start, end, key, True, False))
    return sorted(found)


_SENTENCE_END = re.compile(r"[.!?:;]")


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int, bool]]:
    """(key, start, end, capitalised) of the words of ``text[start:end]``; ``n't``/``cannot`` give ``not``."""
    out = []
    for match in _WORD.finditer(text, start, end):
        word, s, e = match.group(0), match.start(), match.end()
        folded = word.casefold()
        if folded.endswith(("n't", "n\u2019t")):
            if len(word) > 3:
                out.append((folded[:-3], s, e - 3, word[0].isupper()))
            out.append(("not", e - 3, e, False))
        elif folded == "cannot":
            out += [("can", s, s + 3, word[0].isupper()), ("not", s + 3, e, False)]
        else:
            out.append((folded, s, e, word[0].isupper()))
    return out


@lru_cache(maxsize=65_536)
def tokens(text: str) -> tuple[Token, ...]:
    """The matching tokens of ``text``: numbers as values, aliases as one word, ``n't`` as ``not``;
    ``initial`` marks each sentence's first token."""
    out: list[Token] = []
    position = 0
    previous = -1

    def add(key: str, start: int, end: int, capital: bool, alias: bool, number: bool) -> None:
        nonlocal previous
        initial = previous < 0 or _SENTENCE_END.search(text, previous, start) is not None
        out.append(Token(key, start, end, capital, alias, number, initial))
        previous = end

    for start, end, key, alias, number in [*_spans(text), (len(text), len(text), "", False, False)]:
        for word, s, e, capital in _words(text, position, start):
            month = MONTHS.get(word)
            add(month or word, s, e, capital, False, month is not None)
        if key:
            add(key, start, end, text[start].isupper(), alias, number)
        position = max(position, end)
    return tuple(out)


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


def _split_edges(opcodes: list, len_a: int, len_b: int) -> list:
    """Edge replacements split into a replacement of equal length and the rest, one-sided."""
    out = []
    for tag, i1, i2, j1, j2 in opcodes:
        n, m = i2 - i1, j2 - j1
        if tag == "replace" and n != m and i2 == len_a and j2 == len_b:
            k = min(n, m)
            out += [("replace", i1, i1 + k, j1, j1 + k), ("delete" if n > m else "insert", i1 + k, i2, j1 + k, j2)]
        elif tag == "replace" and n != m and i1 == 0 and j1 == 0:
            k = min(n, m)
            out += [("delete" if n > m else "insert", 0, n - k, 0, m - k), ("replace", n - k, i2, m - k, j2)]
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def _interior(opcodes: list, ta: tuple[Token, ...], tb: tuple[Token, ...]) -> list:
    """The non-equal opcodes that are not a cut or extended quote at either edge.

    Words only one text has at its start or end are an extension when there are
    ``EXTENSION_MIN`` of them or they are whole sentences.
    """
    kept = []
    for tag, i1, i2, j1, j2 in _split_edges(opcodes, len(ta), len(tb)):
        if tag == "equal":
            continue
        if (i1 == i2) != (j1 == j2):  # one-sided
            toks, lo, hi = (ta, i1, i2) if i1 != i2 else (tb, j1, j2)
            at_start, at_end = lo == 0 and min(i1, j1) == 0, hi == len(toks) and (i2 == len(ta) and j2 == len(tb))
            whole_sentences = (at_start and hi < len(toks) and toks[hi].initial) or (at_end and toks[lo].initial)
            if (at_start or at_end) and (hi - lo >= EXTENSION_MIN or whole_sentences):
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


def _coordinated(toks: tuple[Token, ...], first: tuple[int, int], second: tuple[int, int],
                 runs: list[tuple[int, int]]) -> bool:
    """The two entities are items of one list ("Rusia dan Korut", "AS, Jepang, dan Korsel")."""
    lo, hi = sorted((first, second))
    between = toks[lo[1] : hi[0]]
    if between:
        return all(t.key in COORDINATORS for t in between)
    after = hi[1]
    return after < len(toks) and (toks[after].key in COORDINATORS or any(r[0] == after for r in runs))


def _order(
    a: str, b: str, ta: tuple[Token, ...], tb: tuple[Token, ...], names: frozenset[str]
) -> tuple[Difference | None, set[str]]:
    """Entities that traded places (who does what to whom), and the keys of every entity both texts name.

    Each entity is replaced by a placeholder and the rest of the two texts aligned: two
    entities that each sit where the other sat, in aligned places, were swapped.
    """
    runs_a, runs_b = _phrases(a, ta, names), _phrases(b, tb, names)
    shared = {_phrase_key(ta, r) for r in runs_a} & {_phrase_key(tb, r) for r in runs_b}
    order_a = [k for k in dict.fromkeys(_phrase_key(ta, r) for r in runs_a) if k in shared]
    order_b = [k for k in dict.fromkeys(_phrase_key(tb, r) for r in runs_b) if k in shared]
    if order_a == order_b and len(runs_a) == len(runs_b):
        return None, shared

    def skeleton(toks: tuple[Token, ...], runs: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int] | None]]:
        keys, slots, i = [], [], 0
        starts = {r[0]: r for r in runs}
        while i < len(toks):
            if i in starts:
                keys.append("\x00")
                slots.append(starts[i])
                i = starts[i][1]
            else:
                keys.append(toks[i].key)
                slots.append(None)
                i += 1
        return keys, slots

    keys_a, slots_a = skeleton(ta, runs_a)
    keys_b, slots_b = skeleton(tb, runs_b)
    aligned = [(slots_a[i + k], slots_b[j + k])
               for i, j, n in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_matching_blocks()
               for k in range(n) if slots_a[i + k] is not None]
    moved = [(ra, rb) for ra, rb in aligned if _phrase_key(ta, ra) != _phrase_key(tb, rb)
             and _phrase_key(ta, ra) in shared and _phrase_key(tb, rb) in shared]
    swapped: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for x, (ra, rb) in enumerate(moved):
        for ra2, rb2 in moved[x + 1 :]:
            if (_phrase_key(ta, ra) == _phrase_key(tb, rb2) and _phrase_key(ta, ra2) == _phrase_key(tb, rb)
                    and not (_coordinated(ta, ra, ra2, runs_a) and _coordinated(tb, rb, rb2, runs_b))):
                swapped += [(ra, rb), (ra2, rb2)]
    if not swapped:
        return None, shared
    return Difference(
        "order", tuple(_span(ta, *ra) for ra, _ in swapped), tuple(_span(tb, *rb) for _, rb in swapped)
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
        changed_a = " ".join(ta[k].key for k in range(i1, i2) if any(r[0] <= k < r[1] for r in ea))
        changed_b = " ".join(tb[k].key for k in range(j1, j2) if any(r[0] <= k < r[1] for r in eb))
        if fuzz.ratio(changed_a, changed_b) >= SPELLING_SIMILARITY or _abbreviates(name_a, name_b):
            continue
        spans_a.extend(_span(ta, *r) for r in ea)
        spans_b.extend(_span(tb, *r) for r in eb)
    return Difference("entity", tuple(spans_a), tuple(spans_b)) if spans_a else None


def _syllables(word: str, words: Sequence[str]) -> bool:
    """``word`` is made of prefixes of all of ``words`` in order ("jabar" ← "jawa barat", "pemda" ← "pemerintah daerah")."""
    if not words:
        return not word
    head, rest = words[0], words[1:]
    return any(word.startswith(head[:k]) and _syllables(word[k:], rest) for k in range(1, min(len(head), len(word)) + 1))


def _abbreviates(x: str, y: str) -> bool:
    """One name is the other's short form: a subset of its words ("Retno" / "retno marsudi"), its initials,
    or words made of syllables of its words ("Pemda Jabar" / "pemerintah daerah jawa barat")."""
    wx, wy = x.split(), y.split()
    short, long = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    if set(short) <= set(long):
        return True
    if len(short) == 1 and short[0] == "".join(w[0] for w in long):
        return True
    return _covered_by_syllables(short, long)


def _covered_by_syllables(short: Sequence[str], long: Sequence[str]) -> bool:
    if not short:
        return not long
    return any(
        (short[0] == long[0] and n == 1) or _syllables(short[0], long[:n])
        for n in range(1, len(long) - len(short) + 2)
        if _covered_by_syllables(short[1:], long[n:])
    )


def _residual(ta: tuple[Token, ...], tb: tuple[Token, ...], ops: list, differences: list[Difference]) -> float:
    """token_sort_ratio of the two texts without the differing words (and what they replace)."""
    flagged_a = {span for d in differences for span in d.a}
    flagged_b = {span for d in differences for span in d.b}
    drop_a: set[int] = set()
    drop_b: set[int] = set()
    for _, i1, i2, j1, j2 in ops:
        if any((t.start, t.end) in flagged_a or any(s <= t.start and t.end <= e for s, e in flagged_a)
               for t in ta[i1:i2]) or any(
                (t.start, t.end) in flagged_b or any(s <= t.start and t.end <= e for s, e in flagged_b)
                for t in tb[j1:j2]):
            drop_a.update(range(i1, i2))
            drop_b.update(range(j1, j2))
    for span in flagged_a:
        drop_a.update(k for k, t in enumerate(ta) if span[0] <= t.start and t.end <= span[1])
    for span in flagged_b:
        drop_b.update(k for k, t in enumerate(tb) if span[0] <= t.start and t.end <= span[1])
    rest_a = " ".join(t.key for k, t in enumerate(ta) if k not in drop_a)
    rest_b = " ".join(t.key for k, t in enumerate(tb) if k not in drop_b)
    return float(fuzz.token_sort_ratio(rest_a, rest_b))


def _containment(ta: tuple[Token, ...], tb: tuple[Token, ...], blocks: list) -> float:
    """How much of the shorter text (at least ``CUT_MIN_WORDS`` words) the longer one holds in order (0–100)."""
    shorter = min(len(ta), len(tb))
    if shorter < CUT_MIN_WORDS:
        return 0.0
    return 100.0 * sum(n for *_, n in blocks) / shorter


def compare(a: str, b: str) -> Comparison:
    """How assertion ``b`` differs from assertion ``a`` (see the module docstring)."""
    ta, tb = tokens(a), tokens(b)
    keys_a, keys_b = [t.key for t in ta], [t.key for t in tb]
    if keys_a == keys_b:
        return Comparison()
    alignment = Levenshtein.opcodes(keys_a, keys_b)
    ops = _interior([(o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end) for o in alignment], ta, tb)
    names = _names(ta, tb)
    order, shared = _order(a, b, ta, tb, names)
    found = [d for d in (_numbers(ta, tb, ops), _negation(ta, tb, ops), order,
                         _entities(a, b, ta, tb, ops, shared, names)) if d is not None]
    if found:
        return Comparison(tuple(found), _residual(ta, tb, ops, found))
    alike = max(float(fuzz.token_sort_ratio(" ".join(keys_a), " ".join(keys_b))),
                _containment(ta, tb, [(m.a, m.b, m.size) for m in alignment.as_matching_blocks()]))
    return Comparison((), alike)


_CAPITAL = re.compile(r"(?<!\w)[A-Z][\w'-]*")


class Signature:
    """What a text's normalised and written forms say cheaply about possible differences.

    Each part is computed when first asked for: most pairs are decided by the first ones.
    """

    __slots__ = ("normalized", "written", "_words", "_word_set", "_numbers", "_negators", "_capitals", "_order")

    def __init__(self, normalized: str, written: str) -> None:
        self.normalized, self.written = normalized, written
        self._words: list[str] | None = None
        self._word_set: frozenset[str] | None = None
        self._numbers: tuple[str, ...] | None = None
        self._negators: int | None = None
        self._capitals: frozenset[tuple[str, int]] | None = None
        self._order: tuple[str, ...] | None = None

    @property
    def words(self) -> list[str]:
        """The normalised words."""
        if self._words is None:
            self._words = self.normalized.split()
        return self._words

    @property
    def word_set(self) -> frozenset[str]:
        """The distinct normalised words."""
        if self._word_set is None:
            self._word_set = frozenset(self.words)
        return self._word_set

    @property
    def numbers(self) -> tuple[str, ...]:
        """Its numbers and months, sorted."""
        if self._numbers is None:
            self._numbers = tuple(sorted(MONTHS.get(w, w) for w in self.words if w[0].isdigit() or w in MONTHS))
        return self._numbers

    @property
    def negators(self) -> int:
        """How many negators it has."""
        if self._negators is None:
            self._negators = sum(w in NEGATORS for w in self.words)
        return self._negators

    @property
    def capitals(self) -> frozenset[tuple[str, int]]:
        """Names: words capitalised inside a sentence (not of a name variant) and name variants, with
        their occurrence."""
        if self._capitals is None:
            self._scan()
        return self._capitals  # type: ignore[return-value]

    @property
    def order(self) -> tuple[str, ...]:
        """Capitalised words as written, casefolded, first occurrences in order."""
        if self._order is None:
            self._scan()
        return self._order  # type: ignore[return-value]

    def _scan(self) -> None:
        text = self.written
        found = [(m.start(), m.group().casefold()) for m in _CAPITAL.finditer(text)]
        self._order = tuple(dict.fromkeys(w for _, w in found))
        variant_words = alias_words()
        names = [w for start, w in found if _inside_sentence(text, start) and w not in variant_words]
        aliases = alias_tokens().intersection(self.words)
        names += [w for w in aliases for _ in range(self.words.count(w))]
        seen: Counter[str] = Counter()
        occurrences = []
        for name in names:
            occurrences.append((name, seen[name]))
            seen[name] += 1
        self._capitals = frozenset(occurrences)


def _inside_sentence(text: str, start: int) -> bool:
    """The word at ``start`` follows a word and a space (or a comma and a space), or an opening bracket."""
    if start >= 1 and text[start - 1] == "(":
        return True
    if start < 2 or not text[start - 1].isspace():
        return False
    before = text[start - 2]
    return before.isalnum() or (before == "," and start >= 3 and text[start - 3].isalnum())


def _renamed(only_a: frozenset[tuple[str, int]], only_b: frozenset[tuple[str, int]]) -> bool:
    """A name of one text has no near-spelling among the other's (a typo is no other name)."""
    if not only_a or not only_b:
        return False
    return any(all(fuzz.ratio(x, y) < SPELLING_SIMILARITY for y, _ in only_b) for x, _ in only_a)


def _reordered(a: Signature, b: Signature) -> bool:
    common = set(a.order) & set(b.order)
    return len(common) >= 2 and [w for w in a.order if w in common] != [w for w in b.order if w in common]


def needs_comparison(score: float, threshold: float, a: Signature, b: Signature, plain_ratio: float) -> bool:
    """Whether :func:`relation` could decide otherwise than by the score alone (same at or above the
    threshold, no link below): a number, negation or capitalised word differs, the word order changed
    around shared names, or, just below the threshold, one may be a cut of the other."""
    differ = a.numbers != b.numbers or a.negators != b.negators
    if score >= threshold:
        return (differ or _renamed(a.capitals - b.capitals, b.capitals - a.capitals)
                or (score - REORDER_GAP <= plain_ratio < score - 1 and _reordered(a, b)))
    if score < threshold - NEAR_MARGIN:
        return False
    short, long = sorted((a.word_set, b.word_set), key=len)  # distinct words: looser than relation's own
    return differ or (len(short) >= CUT_MIN_WORDS // 2 and 100 * len(short & long) >= (CUT_CONTAINMENT - 15) * len(short))


def relation(a: str, b: str, score: float, threshold: float) -> tuple[str, Comparison] | None:
    """The relation of two assertions the matcher scored ``score``: same, variant, or None (not linked).

    At or above ``threshold`` a pair is the same claim unless it has a difference. Within
    ``NEAR_MARGIN`` below it, a pair is a variant when a changed number or negation explains
    the gap (it is alike, ≥ ``threshold``, without the differing words),
    and the same claim when it has none and one is a cut of the other (``CUT_CONTAINMENT``).
    """
    comparison = compare(a, b)
    if comparison.differences:
        near = score >= threshold - NEAR_MARGIN and NEAR_KINDS & set(comparison.kinds)
        if score >= threshold or (near and comparison.residual >= threshold):
            return VARIANT, comparison
        return None
    if score >= threshold or comparison.residual >= CUT_CONTAINMENT:
        return SAME, comparison
    return None
