"""A smoke-size run of the linking benchmark: output keys, recall and precision (never time)."""

from __future__ import annotations



from benchmarks.bench_link import run  # noqa: E402
from benchmarks.generate_corpus import generate  # noqa: E402

KEYS = {"claims", "candidates", "seconds", "claims_per_s", "peak_mb", "recall", "precision",
        "recall_vs_exhaustive", "exhaustive_seconds", "exhaustive_sampled_rows"}


def test_generator_is_deterministic_and_records_groups() -> None:
    first, again = generate(500, seed=4), generate(500, seed=4)
    assert [a.text() for a in first.articles] == [a.text() for a in again.articles]
    assert [a.text() for a in generate(500, seed=5).articles] != [a.text() for a in first.articles]
    groups = [c.group for _, c in first.claims()]
    assert len(set(groups)) < len(groups)  # some claims are reported more than once


def test_benchmark_smoke() -> None:
    result = run(2_000, seed=2)
    assert KEYS <= result.keys()
    assert result["claims"] >= 2_000
    assert result["recall"] >= 0.97
    assert result["precision"] >= 0.99
    assert result["recall_vs_exhaustive"] >= 0.99
    assert result["exhaustive_sampled_rows"] is None
    assert 0 < result["candidates"] < result["claims"] ** 2 / 20
