"""Claim groups: connected components of the link graph, labelled by their smallest claim id."""

from __future__ import annotations

import numpy as np


def components(ids: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Group label (smallest member id) of each of ``ids`` given links ``a[i]``–``b[i]`` between ids.

    ``ids`` must be sorted; links naming unknown ids are ignored.
    """
    parent = np.arange(len(ids), dtype=np.int64)
    ia, ib = np.searchsorted(ids, a), np.searchsorted(ids, b)
    known = (ia < len(ids)) & (ib < len(ids))
    known[known] &= (ids[ia[known]] == a[known]) & (ids[ib[known]] == b[known])
    ia, ib = ia[known], ib[known]
    # min-label propagation with pointer jumping: each round halves path lengths
    while True:
        low = np.minimum(parent[ia], parent[ib])
        before = parent.copy()
        np.minimum.at(parent, parent[ia], low)
        np.minimum.at(parent, parent[ib], low)
        np.minimum.at(parent, ia, low)
        np.minimum.at(parent, ib, low)
        parent = parent[parent]
        if np.array_equal(parent, before):
            break
    while not np.array_equal(parent, parent[parent]):
        parent = parent[parent]
    return ids[parent]
