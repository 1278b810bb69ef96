"""The linking core on arrays: blocking, scoring guards, incremental pairs, groups."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.link.blocking import BlockingConfig, block
from benchmarks.bench_link import exhaustive_pairs
from link_helpers import link_texts

from factcheck.link.core import MAX_CLIQUE
from factcheck.link.groups import components
from factcheck.link.normalize import normalize
from factcheck.link.scoring import score_pairs

QUOTE = "Kami telah melihat Rusia menyediakan senjata ke Korea Utara dan itu melanggar resolusi Dewan Keamanan PBB"
PARAPHRASE = "kami juga telah melihat Rusia menyediakan senjata ke Korut dan itu melanggar resolusi DK PBB"
SAME_TOPIC = "Korea Utara menembakkan rudal balistik ke laut lepas pantai timur pada Rabu pagi"
OTHER = "Harga beras di pasar induk naik lima persen sejak pekan lalu menurut pedagang setempat"


def _pairs(links) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return set(zip(links.a.tolist(), links.b.tolist()))


def test_paraphrase_and_copies_link_across_articles_but_not_topic_neighbours() -> None:
    links = link_texts([QUOTE, PARAPHRASE, SAME_TOPIC, OTHER, QUOTE], np.array([1, 2, 3, 4, 5]))
    assert _pairs(links) == {(0, 1), (0, 4), (1, 4)}
    assert dict(zip(_pairs(links), links.score.tolist()))[(0, 4)] == 100


def test_claims_of_one_article_are_never_linked() -> None:
    links = link_texts([QUOTE, QUOTE, PARAPHRASE], np.array([7, 7, 8]))
    assert _pairs(links) == {(0, 2), (1, 2)}


def test_incremental_returns_only_pairs_with_a_new_claim() -> None:
    texts = [QUOTE, PARAPHRASE, QUOTE, OTHER]
    links = link_texts(texts, np.array([1, 2, 3, 4]), is_new=np.array([False, False, True, False]))
    assert _pairs(links) == {(0, 2), (1, 2)}


def test_token_set_ratio_subset_is_guarded() -> None:
    texts = [normalize("Korea Utara"), normalize(QUOTE)]
    pair = np.array([[0, 1]])
    assert score_pairs(texts, pair, "token_set_ratio")[0] < 50
    short = normalize("Kami telah melihat Rusia menyediakan senjata ke Korea Utara dan itu melanggar resolusi")
    assert score_pairs([short, texts[1]], pair, "token_set_ratio")[0] == 100


def test_unknown_scorer_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown scorer"):
        link_texts([QUOTE, QUOTE], np.array([1, 2]), scorer="nope")


def test_common_keys_are_not_blocked_on() -> None:
    texts = [f"{i} sama sama sama" for i in range(50)]
    assert len(block(texts, BlockingConfig(max_postings=10))) == 0
    assert len(block(texts, BlockingConfig(max_postings=100))) == 50 * 49 // 2


def test_blocking_finds_what_exhaustive_search_finds() -> None:
    rng = np.random.default_rng(3)
    letters = list("abcdefghijklmnopqrstuvwxyz")
    words = np.array(["".join(rng.choice(letters, int(rng.integers(3, 9)))) for _ in range(400)])
    base = [" ".join(rng.choice(words, 18)) for _ in range(150)]
    texts = base + [" ".join(t.split()[:-1]) + " tambahan" for t in base]  # a changed last word
    brute = {tuple(p) for p in exhaustive_pairs(texts, "token_sort_ratio", 85).tolist()}
    blocked = {tuple(p) for p in block(texts).tolist()}
    assert len(brute) >= 150
    assert brute <= blocked


def test_components_label_groups_by_smallest_id() -> None:
    ids = np.array([3, 5, 8, 9, 12, 20])
    labels = components(ids, np.array([12, 5, 9]), np.array([20, 9, 3]))
    assert labels.tolist() == [3, 3, 8, 3, 12, 12]


def test_a_crowd_of_identical_claims_is_linked_as_a_star_not_all_pairs() -> None:
    n = MAX_CLIQUE + 20
    links = link_texts([QUOTE] * n, np.arange(n))
    assert len(links.a) == n - 1
    assert set(links.a.tolist()) == {0} and set(links.b.tolist()) == set(range(1, n))
    few = link_texts([QUOTE] * 5, np.arange(5))
    assert len(few.a) == 10
