"""The linking core on in-memory arrays: claims in, scored cross-article claim pairs out.

Claims with the same normalised text are scored once (and linked at 100 to each
other, or to the first of them when there are more than ``MAX_CLIQUE``); distinct texts
are paired by candidate blocking and scored in bulk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from factcheck.link.blocking import BlockingConfig, block, key_bytes, keys_from_bytes, text_keys
from factcheck.link.normalize import normalize
from factcheck.link.scoring import DEFAULT_SCORER, DEFAULT_THRESHOLD, score_pairs

MAX_CLIQUE = 100  # claims sharing one text beyond this are linked to its first claim only, not all pairs


@dataclass(frozen=True)
class Links:
    """Linked claim pairs (indices into the input, ``a < b``), their scores, and candidates scored."""

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray
    candidates: int


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
    ) -> Links:
        """Expand text pairs (``u == v`` allowed) into cross-article claim pairs involving a new claim."""
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
        return Links(a[first], b[first], scores[rows[first]], candidates=0)


def link_texts(
    assertions: Sequence[str],
    articles: np.ndarray,
    *,
    is_new: np.ndarray | None = None,
    scorer: str = DEFAULT_SCORER,
    threshold: float = DEFAULT_THRESHOLD,
    config: BlockingConfig = BlockingConfig(),
) -> Links:
    """Link claims (``assertions[i]`` from article ``articles[i]``) that make the same assertion.

    Claims of the same article are never linked. With ``is_new``, only pairs involving
    at least one new claim are returned (incremental linking).
    """
    return link_normalized(normalize_all(assertions), articles, is_new=is_new, scorer=scorer, threshold=threshold,
                           config=config)


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


def link_normalized(
    normalized: Sequence[str],
    articles: np.ndarray,
    *,
    is_new: np.ndarray | None = None,
    scorer: str = DEFAULT_SCORER,
    threshold: float = DEFAULT_THRESHOLD,
    config: BlockingConfig = BlockingConfig(),
    keys: Sequence[bytes] | None = None,
) -> Links:
    """:func:`link_texts` on already normalised texts.

    ``keys[i]`` may hold claim ``i``'s stored blocking keys (:func:`text_key_bytes` of its text).
    """
    articles = np.asarray(articles)
    new = np.ones(len(normalized), dtype=bool) if is_new is None else np.asarray(is_new, dtype=bool)
    distinct = Distinct.of(normalized)
    text_new = np.bincount(distinct.uid, weights=new, minlength=len(distinct.texts)) > 0
    stored = None if keys is None else keys_from_bytes([keys[i] for i in distinct.order[distinct.start].tolist()])
    pairs = block(distinct.texts, config, keys=stored, wanted=None if text_new.all() else text_new)
    scores = score_pairs(distinct.texts, pairs, scorer)
    keep = scores >= threshold
    dupes = np.flatnonzero((distinct.count >= 2) & text_new)
    crowds = dupes[distinct.count[dupes] > MAX_CLIQUE]
    dupes = dupes[distinct.count[dupes] <= MAX_CLIQUE]
    u = np.concatenate((pairs[keep, 0], dupes))
    v = np.concatenate((pairs[keep, 1], dupes))
    s = np.concatenate((scores[keep], np.full(len(dupes), 100.0, dtype=np.float32)))
    links = distinct.claim_pairs(u, v, s, articles, new)
    a, b = [links.a], [links.b]
    for text in crowds.tolist():  # link each copy to the first one only
        members = distinct.order[distinct.start[text] : distinct.start[text] + distinct.count[text]]
        others = members[1:][(articles[members[1:]] != articles[members[0]]) & (new[members[1:]] | new[members[0]])]
        a.append(np.minimum(members[0], others))
        b.append(np.maximum(members[0], others))
    a_all, b_all = np.concatenate(a), np.concatenate(b)
    score = np.concatenate((links.score, np.full(len(a_all) - len(links.a), 100.0, dtype=np.float32)))
    return Links(a_all, b_all, score, candidates=len(pairs))
