"""Candidate blocking: pairs of texts sharing one of their rarest keys (prefix filtering).

A text's keys are its distinct token n-grams (trigrams by default). Each text keeps
its rarest keys (document frequency ≥ 2, rarest first): as many as prefix filtering
at ``jaccard`` needs, at most ``max_keys``. Two texts are candidates when they share a
kept key. Keys held by more than ``max_postings`` texts are too common to block on
and are skipped, so the cost grows with the number of texts times bounded posting
sizes, not with the square of the number of texts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: folding tokens into an n-gram hash keeps their order


@dataclass(frozen=True)
class BlockingConfig:
    """Knobs of the candidate blocking (defaults chosen by measurement, see benchmarks/README.md)."""

    max_keys: int = 10
    jaccard: float = 0.5
    max_postings: int = 400
    ngrams: tuple[int, ...] = (3,)


def _word_hashes(words: Sequence[str]) -> np.ndarray:
    """Stable 64-bit hashes of words (the same in every process, so keys can be stored)."""
    digests = b"".join(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest() for w in words)
    return np.frombuffer(digests, dtype="<u8").astype(np.uint64)


def text_keys(texts: Sequence[str], ngrams: tuple[int, ...] = (3,)) -> tuple[np.ndarray, np.ndarray]:
    """(text index, key) arrays of each text's distinct token n-grams (n in ``ngrams``), sorted.

    A key is a stable 64-bit hash of the n-gram, so keys computed in different runs agree.
    """
    lengths = np.fromiter((t.count(" ") + 1 if t else 0 for t in texts), dtype=np.int64, count=len(texts))
    vocab: dict[str, int] = {}
    tokens = np.fromiter((vocab.setdefault(w, len(vocab)) for t in texts if t for w in t.split(" ")),
                         dtype=np.int64, count=int(lengths.sum()))
    hashes = _word_hashes(list(vocab))[tokens]
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    owners, codes = [], []
    grams, gram_owner = hashes, owner
    for n in range(1, max(ngrams, default=0) + 1):
        if n > 1:  # fold the next token in; different n and different orders hash apart
            same = gram_owner[:-1] == owner[n - 1 :]
            grams = grams[:-1] * _MIX + hashes[n - 1 :]
            gram_owner = np.where(same, gram_owner[:-1], -1)
        if n in ngrams:
            valid = gram_owner >= 0
            owners.append(gram_owner[valid])
            codes.append(grams[valid] ^ np.uint64(n))
    if not owners:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    return distinct_entries(np.concatenate(owners), np.concatenate(codes))


def distinct_entries(owner: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (owner, key) entries, sorted by owner then key."""
    order = np.lexsort((keys, owner))
    owner, keys = owner[order], keys[order]
    first = np.ones(len(owner), dtype=bool)
    first[1:] = (owner[1:] != owner[:-1]) | (keys[1:] != keys[:-1])
    return owner[first], keys[first]


def key_bytes(owner: np.ndarray, keys: np.ndarray, n_texts: int) -> list[bytes]:
    """Each text's keys (from :func:`text_keys`) as bytes, for storage."""
    bounds = np.searchsorted(owner, np.arange(n_texts + 1))
    data = keys.astype("<u8")
    return [data[bounds[i] : bounds[i + 1]].tobytes() for i in range(n_texts)]


def keys_from_bytes(stored: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """(text index, key) arrays from each text's stored :func:`key_bytes`."""
    lengths = np.fromiter((len(b) // 8 for b in stored), dtype=np.int64, count=len(stored))
    keys = np.frombuffer(b"".join(stored), dtype="<u8").astype(np.uint64)
    return np.repeat(np.arange(len(stored), dtype=np.int64), lengths), keys


def select_keys(
    owner: np.ndarray, keys: np.ndarray, n_texts: int, config: BlockingConfig
) -> tuple[np.ndarray, np.ndarray]:
    """The (text index, key id) entries each text blocks on: its rarest shared keys (ties: smaller key)."""
    keys = np.unique(keys, return_inverse=True)[1].reshape(-1)  # key ids in key order
    df = np.bincount(keys)
    shared = df[keys] >= 2
    owner, keys = owner[shared], keys[shared]
    rank = np.empty(len(df), dtype=np.int64)  # keys by rarity, then by key
    rank[np.argsort(df, kind="stable")] = np.arange(len(df))
    order = np.argsort(owner * np.int64(len(df)) + rank[keys])  # rarest first within each text
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
    width = np.int64(owner.max() + 1 if len(owner) else 1)
    chunks: list[np.ndarray] = []
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= config.max_postings)]):
        first = starts[sizes == size]
        i, j = np.triu_indices(int(size), 1)
        a = owner[(first[:, None] + i[None, :]).ravel()]
        b = owner[(first[:, None] + j[None, :]).ravel()]
        chunks.append(np.minimum(a, b) * width + np.maximum(a, b))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(chunks))
    return np.stack((codes // width, codes % width), axis=1)


def block(
    texts: Sequence[str],
    config: BlockingConfig = BlockingConfig(),
    *,
    keys: tuple[np.ndarray, np.ndarray] | None = None,
    wanted: np.ndarray | None = None,
) -> np.ndarray:
    """Candidate pairs of indices into ``texts`` (normalised, distinct texts).

    ``keys`` are the texts' :func:`text_keys` when already known. With ``wanted`` (a mask
    of texts), only pairs involving a wanted text are returned, and only their keys are paired.
    """
    owner, key = text_keys(texts, config.ngrams) if keys is None else keys
    owner, key = select_keys(owner, key, len(texts), config)
    if wanted is not None:
        owner_wanted = wanted[owner]
        held = np.zeros(int(key.max()) + 1 if len(key) else 0, dtype=bool)
        held[key[owner_wanted]] = True
        owner, key = owner[held[key]], key[held[key]]
        pairs = candidate_pairs(owner, key, config)
        return pairs[wanted[pairs[:, 0]] | wanted[pairs[:, 1]]]
    return candidate_pairs(owner, key, config)
