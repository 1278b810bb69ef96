"""Blocking keys: stable across runs, storable, and usable to block new texts only."""

from __future__ import annotations

import numpy as np

from factcheck.link.blocking import block, key_bytes, keys_from_bytes, text_keys
from link_helpers import link_texts

from factcheck.link.core import link_normalized, normalize_all, text_key_bytes

QUOTE = "kami telah melihat rusia menyediakan senjata ke korut dan itu melanggar resolusi pbb"
PARAPHRASE = "kami juga telah melihat rusia menyediakan senjata ke korut dan itu melanggar resolusi pbb"


def _texts(n: int) -> list[str]:
    rng = np.random.default_rng(5)
    words = [f"kata{i}" for i in range(60)]
    return [" ".join(rng.choice(words, 12)) for _ in range(n)]


def test_a_texts_keys_do_not_depend_on_the_other_texts() -> None:
    alone = text_keys([QUOTE])[1]
    owner, keys = text_keys(["sesuatu yang lain sama sekali", QUOTE, PARAPHRASE])
    assert keys[owner == 1].tolist() == alone.tolist()
    assert len(alone) == len(QUOTE.split()) - 2
    assert text_keys(["a b c"])[1].tolist() != text_keys(["c b a"])[1].tolist()


def test_stored_keys_block_like_fresh_ones() -> None:
    texts = _texts(200) + [QUOTE, PARAPHRASE]
    owner, keys = text_keys(texts)
    stored = key_bytes(owner, keys, len(texts))
    assert len(stored) == len(texts) and all(len(b) == 8 * (len(t.split()) - 2) for b, t in zip(stored, texts))
    restored = keys_from_bytes(stored)
    assert np.array_equal(restored[0], owner) and np.array_equal(restored[1], keys)
    assert np.array_equal(block(texts, keys=restored), block(texts))


def test_blocking_wanted_texts_only_gives_their_pairs_of_the_full_blocking() -> None:
    texts = _texts(300) + [QUOTE, PARAPHRASE]
    wanted = np.zeros(len(texts), dtype=bool)
    wanted[[5, 301]] = True
    full = {tuple(p) for p in block(texts).tolist()}
    some = {tuple(p) for p in block(texts, wanted=wanted).tolist()}
    assert some == {p for p in full if wanted[p[0]] or wanted[p[1]]}
    assert (300, 301) in some and any(5 in p for p in some) and len(full) > len(some)


def test_linking_with_stored_keys_equals_linking_from_text() -> None:
    assertions = _texts(100) + [QUOTE, PARAPHRASE, QUOTE]
    articles = np.arange(len(assertions))
    new = np.zeros(len(assertions), dtype=bool)
    new[-2:] = True
    normalized = normalize_all(assertions)
    fresh = link_texts(assertions, articles, is_new=new)
    stored = link_normalized(normalized, articles, lambda ids: [assertions[i] for i in ids], is_new=new,
                             keys=text_key_bytes(normalized))
    assert {(a, b) for a, b in zip(fresh.a.tolist(), fresh.b.tolist())} == {(100, 101), (100, 102), (101, 102)}
    assert np.array_equal(fresh.a, stored.a) and np.array_equal(fresh.b, stored.b)
