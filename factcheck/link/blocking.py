"""Candidate blocking: pairs of texts sharing one of their rarest keys (prefix filtering).

A text's keys are its distinct token n-grams (trigrams by default). Each text keeps
its rarest keys (document frequency ≥ 2, rarest first): as many as prefix filtering
at ``jaccard`` needs, at most ``max_keys``. Two texts are candidates when they share a
kept key. Keys held by more than ``max_postings`` texts are too common to block on
and are skipped, so the cost grows with the number of texts times bounded posting
sizes, not with the square of the number of texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class BlockingConfig:
    """Knobs of the candidate blocking (defaults chosen by measurement, see benchmarks/README.md)."""

    max_keys: int = 10
    jaccard: float = 0.5
    max_postings: int = 400
    ngrams: tuple[int, ...] = (3,)


def text_keys(texts: Sequence[str], ngrams: tuple[int, ...] = (3,)) -> tuple[np.ndarray, np.ndarray]:
    """(text index, key id) arrays of each text's distinct token n-grams (n in ``ngrams``)."""
    lengths = np.fromiter((t.count(" ") + 1 if t else 0 for t in texts), dtype=np.int64, count=len(texts))
    vocab: dict[str, int] = {}
    tokens = np.fromiter((vocab.setdefault(w, len(vocab)) for t in texts if t for w in t.split(" ")),
                         dtype=np.int64, count=int(lengths.sum()))
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    owners, codes = [], []
    grams, gram_owner, size = tokens, owner, len(vocab)  # n-grams for n = 1, 2, …: compact ids, no overflow
    for n in range(1, max(ngrams, default=0) + 1):
        if n > 1:
            same = gram_owner[:-1] == owner[n - 1 :]
            combined = grams[:-1] * size + tokens[n - 1 :]
            _, compact = np.unique(combined[same], return_inverse=True)
            grams = np.full(len(combined), -1, dtype=np.int64)
            grams[same] = compact.reshape(-1)
            gram_owner = np.where(same, gram_owner[:-1], -1)
            size = int(compact.max()) + 1 if len(compact) else 1
        if n in ngrams:
            valid = gram_owner >= 0
            owners.append(gram_owner[valid])
            codes.append(grams[valid] + n * (1 << 40))  # n-grams of different n never collide
    del tokens, owner
    if not owners:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    _, keys = np.unique(np.concatenate(codes), return_inverse=True)
    n_keys = np.int64(keys.max() + 1) if len(keys) else np.int64(1)
    entries = np.unique(np.concatenate(owners) * n_keys + keys.reshape(-1))  # distinct (text, key)
    return entries // n_keys, entries % n_keys


def select_keys(
    owner: np.ndarray, keys: np.ndarray, n_texts: int, config: BlockingConfig
) -> tuple[np.ndarray, np.ndarray]:
    """The (text index, key) entries each text blocks on: its rarest shared keys."""
    df = np.bincount(keys)
    shared = df[keys] >= 2
    owner, keys = owner[shared], keys[shared]
    order = np.lexsort((keys, df[keys], owner))  # rarest first within each text
    owner, keys = owner[order], keys[order]
    counts = np.bincount(owner, minlength=n_texts)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = np.arange(len(keys)) - starts[owner]
    prefix = counts - np.ceil(config.jaccard * counts).astype(np.int64) + 1
    keep = rank < np.minimum(prefix, config.max_keys)[owner]
    return owner[keep], keys[keep]


def candidate_pairs(owner: np.ndarray, keys: np.ndarray, config: BlockingConfig) -> np.ndarray:
    """Distinct pairs ``(i, j)``, ``i < j``, of texts sharing a key; shape (n, 2)."""
    order = np.lexsort((owner, keys))
    owner, keys = owner[order], keys[order]
    starts = np.concatenate(([0], np.flatnonzero(np.diff(keys)) + 1)).astype(np.int64)
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    chunks: list[np.ndarray] = []
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= config.max_postings)]):
        first = starts[sizes == size]
        i, j = np.triu_indices(int(size), 1)
        a = owner[(first[:, None] + i[None, :]).ravel()]
        b = owner[(first[:, None] + j[None, :]).ravel()]
        chunks.append(np.minimum(a, b) * np.int64(len(owner) + 1) + np.maximum(a, b))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(chunks))
    width = np.int64(len(owner) + 1)
    return np.stack((codes // width, codes % width), axis=1)


def block(texts: Sequence[str], config: BlockingConfig = BlockingConfig()) -> np.ndarray:
    """Candidate pairs of indices into ``texts`` (normalised, distinct texts)."""
    owner, keys = text_keys(texts, config.ngrams)
    owner, keys = select_keys(owner, keys, len(texts), config)
    return candidate_pairs(owner, keys, config)
