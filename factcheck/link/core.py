"""The linking core on in-memory arrays: claims in, scored and related cross-article claim pairs out.

Claims with the same normalised text are scored once (and linked at 100 as the same
claim to each other, or to the first of them when there are more than ``MAX_CLIQUE``);
distinct texts are paired by candidate blocking and scored in bulk. A pair scoring at least
the threshold is the same claim, one below it no link, unless its cheap signature says a
word-by-word comparison (:mod:`factcheck.link.relation`) could decide otherwise: then it is
a ``same`` claim, a ``variant`` (a misquote), or no link.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from factcheck.link.blocking import BlockingConfig, block, key_bytes, keys_from_bytes, text_keys
from factcheck.link.normalize import normalize
from factcheck.link.relation import NEAR_MARGIN, SAME, VARIANT, Comparison, Signature, needs_comparison, relation
from factcheck.link.scoring import DEFAULT_SCORER, DEFAULT_THRESHOLD, score_pairs

MAX_CLIQUE = 100  # claims sharing one text beyond this are linked to its first claim only, not all pairs
RELATIONS = (SAME, VARIANT)  # Links.relation codes 0 and 1
RawTexts = Callable[[Sequence[int]], Sequence[str]]


@dataclass(frozen=True)
class Links:
    """Linked claim pairs (indices into the input, ``a < b``), their scores and relations, and candidates scored.

    ``relation[i]`` indexes :data:`RELATIONS`; ``differences[i]`` is a variant's JSON list of
    ``{"kind", "a", "b"}`` (the differing words of claim ``a[i]`` and of claim ``b[i]``), else None.
    """

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    candidates: int
    relation: np.ndarray
    differences: list[str | None]


@dataclass(frozen=True)
class Distinct:
    """Distinct normalised texts and, for each, the claims (input indices) that have it."""

    texts: list[str]
    uid: np.ndarray  # claim → text index
    order: np.ndarray  # claims sorted by text index
    start: np.ndarray  # text index → first position in ``order``
    count: np.ndarray  # text index → number of claims

    @classmethod
    def of(cls, normalized: Sequence[str]) -> Distinct:
        """Group claims by their normalised text."""
        index: dict[str, int] = {}
        uid = np.fromiter((index.setdefault(t, len(index)) for t in normalized), dtype=np.int64,
                          count=len(normalized))
        count = np.bincount(uid, minlength=len(index))
        start = (np.cumsum(count) - count).astype(np.int64)
        return cls(list(index), uid, np.argsort(uid, kind="stable"), start, count)

    def claim_pairs(
        self, u: np.ndarray, v: np.ndarray, scores: np.ndarray, articles: np.ndarray, new: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Expand text pairs (``u == v`` allowed) into cross-article claim pairs involving a new claim.

        Returns (a, b, score, row): ``row`` is each claim pair's text pair, ``a < b``.
        """
        sizes = self.count[u] * self.count[v]
        rows = np.repeat(np.arange(len(u)), sizes)
        offsets = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
        k = np.arange(int(sizes.sum()), dtype=np.int64) - offsets[rows]
        width = self.count[v[rows]]
        ca = self.order[self.start[u[rows]] + k // width]
        cb = self.order[self.start[v[rows]] + k % width]
        keep = (articles[ca] != articles[cb]) & (new[ca] | new[cb]) & (ca != cb)
        ca, cb, rows = ca[keep], cb[keep], rows[keep]
        a, b = np.minimum(ca, cb), np.maximum(ca, cb)
        # members of one text meet twice, as (x, y) and (y, x): keep one
        _, first = np.unique(a * np.int64(len(self.uid)) + b, return_index=True)
        return a[first], b[first], scores[rows[first]], rows[first]

    def representative(self, text: int) -> int:
        """The first claim (input index) with normalised text ``text``."""
        return int(self.order[self.start[text]])


def text_key_bytes(normalized: Sequence[str], config: BlockingConfig = BlockingConfig()) -> list[bytes]:
    """Each normalised text's blocking keys as bytes, to store and pass back to :func:`link_normalized`."""
    distinct = Distinct.of(normalized)
    owner, keys = text_keys(distinct.texts, config.ngrams)
    stored = key_bytes(owner, keys, len(distinct.texts))
    return [stored[i] for i in distinct.uid.tolist()]


def normalize_all(assertions: Sequence[str]) -> list[str]:
    """:func:`normalize` each text, repeated texts (wire copies) only once."""
    done: dict[str, str] = {}
    return [done[t] if t in done else done.setdefault(t, normalize(t)) for t in assertions]


def differences_json(comparison: Comparison, a: str, b: str, flipped: bool) -> str:
    """A variant's differences as JSON, the words of the claim with the smaller id first."""
    items = []
    for d in comparison.differences:
        words_a, words_b = [a[s:e] for s, e in d.a], [b[s:e] for s, e in d.b]
        if flipped:
            words_a, words_b = words_b, words_a
        items.append({"kind": d.kind, "a": words_a, "b": words_b})
    return json.dumps(items, ensure_ascii=False)


def relate_pairs(
    distinct: Distinct, pairs: np.ndarray, scores: np.ndarray, threshold: float, raw: RawTexts
) -> tuple[np.ndarray, np.ndarray, list[tuple[Comparison, str, str] | None]]:
    """The text pairs to link (mask), their relation codes, and each variant's comparison with its texts.

    Pairs at or above the threshold are the same claim, and pairs below it are not linked,
    unless :func:`needs_comparison` says the word-by-word comparison could decide otherwise.
    """
    keep = scores >= threshold
    codes = np.zeros(len(pairs), dtype=np.int8)
    variants: list[tuple[Comparison, str, str] | None] = [None] * len(pairs)
    rows = np.flatnonzero(scores >= threshold - NEAR_MARGIN)
    if not len(rows):
        return keep, codes, variants
    texts = np.unique(pairs[rows]).tolist()
    written = dict(zip(texts, raw([distinct.representative(t) for t in texts])))
    signs = {t: Signature(distinct.texts[t], written[t]) for t in texts}
    # the texts in order, for the pairs linked by the sorted-word score (a swap shows as a gap between the two)
    plain = np.zeros(len(pairs), dtype=np.float32)
    linked = rows[keep[rows]]
    plain[linked] = cpdist([distinct.texts[i] for i in pairs[linked, 0].tolist()],
                           [distinct.texts[j] for j in pairs[linked, 1].tolist()], scorer=fuzz.ratio, dtype=np.float32)
    for row, plain_ratio in zip(rows.tolist(), plain[rows].tolist()):
        u, v, score = int(pairs[row, 0]), int(pairs[row, 1]), float(scores[row])
        if not needs_comparison(score, threshold, signs[u], signs[v], plain_ratio):
            continue
        found = relation(written[u], written[v], score, threshold)
        keep[row] = found is not None
        if found is not None and found[0] == VARIANT:
            codes[row] = RELATIONS.index(VARIANT)
            variants[row] = (found[1], written[u], written[v])
    return keep, codes, variants


def link_normalized(
    normalized: Sequence[str],
    articles: np.ndarray,
    raw: RawTexts,
    *,
    is_new: np.ndarray | None = None,
    scorer: str = DEFAULT_SCORER,
    threshold: float = DEFAULT_THRESHOLD,
    config: BlockingConfig = BlockingConfig(),
    keys: Sequence[bytes] | None = None,
) -> Links:
    """Link claims (``normalized[i]``, the :func:`normalize_all` form of a claim of article ``articles[i]``)
    that report one statement. Claims of the same article are never linked. With ``is_new``, only
    pairs involving at least one new claim are returned (incremental linking).

    ``raw(indices)`` gives the assertions as written of those claims (for the word-by-word
    comparison of candidate pairs). ``keys[i]`` may hold claim ``i``'s stored blocking keys
    (:func:`text_key_bytes` of its text).
    """
    articles = np.asarray(articles)
    new = np.ones(len(normalized), dtype=bool) if is_new is None else np.asarray(is_new, dtype=bool)
    distinct = Distinct.of(normalized)
    text_new = np.bincount(distinct.uid, weights=new, minlength=len(distinct.texts)) > 0
    stored = None if keys is None else keys_from_bytes([keys[i] for i in distinct.order[distinct.start].tolist()])
    pairs = block(distinct.texts, config, keys=stored, wanted=None if text_new.all() else text_new)
    scores = score_pairs(distinct.texts, pairs, scorer)
    keep, codes, variants = relate_pairs(distinct, pairs, scores, threshold, raw)
    dupes = np.flatnonzero((distinct.count >= 2) & text_new)
    crowds = dupes[distinct.count[dupes] > MAX_CLIQUE]
    dupes = dupes[distinct.count[dupes] <= MAX_CLIQUE]
    kept = np.flatnonzero(keep)
    u = np.concatenate((pairs[kept, 0], dupes))
    v = np.concatenate((pairs[kept, 1], dupes))
    s = np.concatenate((scores[kept], np.full(len(dupes), 100.0, dtype=np.float32)))
    a, b, score, rows = distinct.claim_pairs(u, v, s, articles, new)
    pair_row = np.concatenate((kept, np.full(len(dupes), -1, dtype=np.int64)))[rows]
    relation_codes = np.zeros(len(a), dtype=np.int8)
    mapped = pair_row >= 0
    relation_codes[mapped] = codes[pair_row[mapped]]
    differences: list[str | None] = [None] * len(a)
    for i in np.flatnonzero(relation_codes).tolist():
        comparison, text_a, text_b = variants[int(pair_row[i])]
        flipped = distinct.uid[a[i]] != pairs[pair_row[i], 0]
        differences[i] = differences_json(comparison, text_a, text_b, bool(flipped))
    all_a, all_b = [a], [b]
    for text in crowds.tolist():  # link each copy to the first one only
        members = distinct.order[distinct.start[text] : distinct.start[text] + distinct.count[text]]
        others = members[1:][(articles[members[1:]] != articles[members[0]]) & (new[members[1:]] | new[members[0]])]
        all_a.append(np.minimum(members[0], others))
        all_b.append(np.maximum(members[0], others))
    a_all, b_all = np.concatenate(all_a), np.concatenate(all_b)
    extra = len(a_all) - len(a)
    return Links(
        a_all,
        b_all,
        np.concatenate((score, np.full(extra, 100.0, dtype=np.float32))),
        candidates=len(pairs),
        relation=np.concatenate((relation_codes, np.zeros(extra, dtype=np.int8))),
        differences=differences + [None] * extra,
    )
