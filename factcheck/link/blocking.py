"""Candidate blocking: pairs of texts sharing one of their rarest tokens (prefix filtering).

Each text keeps its ``max_keys`` rarest tokens (document frequency ≥ 2, rarest first,
at most as many as prefix filtering at ``jaccard`` needs); two texts are candidates
when they share a kept token. Tokens held by more than ``max_postings`` texts are
too common to block on and are skipped. Cost grows with the number of texts times
the (bounded) posting sizes, not with the square of the number of texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class BlockingConfig:
    """Knobs of the candidate blocking (defaults chosen by measurement, see benchmarks/README.md)."""

    max_keys: int = 6
    jaccard: float = 0.5
    max_postings: int = 400


def token_ids(texts: Sequence[str]) -> tuple[list[np.ndarray], int]:
    """Each text's distinct token ids (whitespace tokens), and the vocabulary size."""
    vocab: dict[str, int] = {}
    ids = [np.fromiter({vocab.setdefault(t, len(vocab)) for t in text.split()}, dtype=np.int64) for text in texts]
    return ids, len(vocab)


def select_keys(ids: list[np.ndarray], vocab_size: int, config: BlockingConfig) -> tuple[np.ndarray, np.ndarray]:
    """(text index, key) arrays: each text's rarest shared tokens, as prefix filtering needs."""
    lengths = np.fromiter((len(a) for a in ids), dtype=np.int64, count=len(ids))
    flat = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(len(ids), dtype=np.int64), lengths)
    df = np.bincount(flat, minlength=vocab_size)
    shared = df[flat] >= 2
    flat, owner = flat[shared], owner[shared]
    # rarest first within each text: sort by (owner, df, token)
    order = np.lexsort((flat, df[flat], owner))
    flat, owner = flat[order], owner[order]
    counts = np.bincount(owner, minlength=len(ids))
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = np.arange(len(flat)) - starts[owner]
    prefix = counts - np.ceil(config.jaccard * counts).astype(np.int64) + 1
    keep = rank < np.minimum(prefix, config.max_keys)[owner]
    return owner[keep], flat[keep]


def candidate_pairs(owner: np.ndarray, keys: np.ndarray, config: BlockingConfig) -> np.ndarray:
    """Distinct pairs ``(i, j)``, ``i < j``, of texts sharing a key; shape (n, 2)."""
    order = np.lexsort((owner, keys))
    owner, keys = owner[order], keys[order]
    boundaries = np.flatnonzero(np.diff(keys)) + 1
    starts = np.concatenate(([0], boundaries))
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    chunks: list[np.ndarray] = []
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= config.max_postings)]):
        first = starts[sizes == size]
        i, j = np.triu_indices(int(size), 1)
        a = owner[(first[:, None] + i[None, :]).ravel()]
        b = owner[(first[:, None] + j[None, :]).ravel()]
        chunks.append(np.stack((np.minimum(a, b), np.maximum(a, b)), axis=1))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(chunks)
    n = np.int64(owner.max() + 1)
    codes = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack((codes // n, codes % n), axis=1)


def block(texts: Sequence[str], config: BlockingConfig = BlockingConfig()) -> np.ndarray:
    """Candidate pairs of indices into ``texts`` (normalised, distinct texts)."""
    ids, vocab_size = token_ids(texts)
    owner, keys = select_keys(ids, vocab_size, config)
    return candidate_pairs(owner, keys, config)

