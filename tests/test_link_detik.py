"""Real repeats: quotes that detik.com articles repeat verbatim or nearly so must be linked, nothing else."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz

from link_helpers import link_texts
from factcheck.link.normalize import normalize

DETIK = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "detik-1000" / "articles.jsonl"
QUOTE = re.compile(r"[\"“]([^\"“”\n]{40,}?)[\"”]")

pytestmark = pytest.mark.skipif(not DETIK.exists(), reason="detik corpus not available")


@pytest.fixture(scope="module")
def quotes() -> tuple[list[str], np.ndarray]:
    texts: list[str] = []
    articles: list[int] = []
    for line in DETIK.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            for quote in QUOTE.findall(record["text"]):
                texts.append(quote.strip())
                articles.append(record["id"])
    return texts, np.array(articles)


def test_every_repeated_quote_is_linked_and_only_near_variants_are(quotes: tuple[list[str], np.ndarray]) -> None:
    texts, articles = quotes
    links = link_texts(texts, articles)
    found = set(zip(links.a.tolist(), links.b.tolist()))
    same: dict[str, list[int]] = defaultdict(list)
    for i, quote in enumerate(texts):
        same[quote].append(i)
    repeats = {(i, j) for members in same.values() for i in members for j in members
               if i < j and articles[i] != articles[j]}
    assert len(repeats) > 1000
    assert repeats <= found
    for a, b in found - repeats:  # the rest: the same quote with typos, cuts or another spelling
        x, y = normalize(texts[a]), normalize(texts[b])
        assert fuzz.ratio(x, y) >= 75 or fuzz.partial_ratio(x, y) >= 90, (texts[a], texts[b])
    assert len(found - repeats) < 0.2 * len(found)
