"""Scoring candidate pairs of normalised texts in bulk with rapidfuzz.

Set-based scorers (``token_set_ratio``, ``partial_*``, ``WRatio``) give 100 whenever
one text is contained in the other ("Korea Utara" vs a whole paragraph). They are
guarded: when the shorter text has fewer than ``MIN_LENGTH_RATIO`` of the longer
one's characters, the pair gets plain ``ratio`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

SCORERS: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "WRatio": fuzz.WRatio,
    "QRatio": fuzz.QRatio,
    "partial_ratio": fuzz.partial_ratio,
    "partial_token_set_ratio": fuzz.partial_token_set_ratio,
    "partial_token_sort_ratio": fuzz.partial_token_sort_ratio,
}
GUARDED = {"token_set_ratio", "WRatio", "partial_ratio", "partial_token_set_ratio", "partial_token_sort_ratio"}
MIN_LENGTH_RATIO = 0.5
DEFAULT_SCORER = "token_sort_ratio"
DEFAULT_THRESHOLD = 85.0


def scorer_function(name: str) -> Callable[..., float]:
    """The rapidfuzz scorer called ``name``; ValueError for an unknown name."""
    try:
        return SCORERS[name]
    except KeyError:
        raise ValueError(f"unknown scorer {name!r}; choose one of {', '.join(SCORERS)}") from None


def _guard(name: str, a: Sequence[str], b: Sequence[str], scores: np.ndarray, workers: int) -> np.ndarray:
    if name not in GUARDED or len(scores) == 0:
        return scores
    la = np.fromiter(map(len, a), dtype=np.float64, count=len(a))
    lb = np.fromiter(map(len, b), dtype=np.float64, count=len(b))
    lopsided = np.minimum(la, lb) < MIN_LENGTH_RATIO * np.maximum(la, lb)
    if lopsided.any():
        idx = np.flatnonzero(lopsided)
        plain = cpdist([a[i] for i in idx], [b[i] for i in idx], scorer=fuzz.ratio, dtype=np.float32, workers=workers)
        scores = scores.copy()
        scores[idx] = plain
    return scores


def sorted_tokens(text: str) -> str:
    """``text``'s words sorted (what ``token_sort_ratio`` compares)."""
    return " ".join(sorted(text.split()))


def score_pairs(
    texts: Sequence[str], pairs: np.ndarray, scorer: str = DEFAULT_SCORER, *, workers: int = -1
) -> np.ndarray:
    """Scores (0–100, float32) of ``texts[pairs[:, 0]]`` against ``texts[pairs[:, 1]]``."""
    fn = scorer_function(scorer)
    if len(pairs) == 0:
        return np.zeros(0, dtype=np.float32)
    if scorer == "token_sort_ratio":  # sort each text's tokens once, not once per pair
        used = np.unique(pairs)
        prepared = dict(zip(used.tolist(), (sorted_tokens(texts[i]) for i in used)))
        a = [prepared[i] for i in pairs[:, 0].tolist()]
        b = [prepared[j] for j in pairs[:, 1].tolist()]
        return cpdist(a, b, scorer=fuzz.ratio, dtype=np.float32, workers=workers)
    a = [texts[i] for i in pairs[:, 0]]
    b = [texts[j] for j in pairs[:, 1]]
    scores = cpdist(a, b, scorer=fn, dtype=np.float32, workers=workers)
    return _guard(scorer, a, b, scores, workers)
