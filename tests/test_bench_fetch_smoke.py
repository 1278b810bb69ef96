"""A smoke-size run of the fetching benchmark: output keys, no failures, delay honoured (never speed)."""

from __future__ import annotations

from benchmarks.bench_fetch import run

KEYS = {"pages", "bytes_per_page", "seconds", "pages_per_s", "failures", "polite_pages", "delay_s",
        "polite_seconds", "min_gap_s", "delay_honoured", "ingest_pages", "ingest_added", "ingest_seconds",
        "ingest_pages_per_s"}


def test_bench_fetch_smoke() -> None:
    result = run(pages=20, polite_pages=3, delay=0.05, ingest=5)
    assert KEYS <= result.keys()
    assert result["failures"] == 0 and result["pages"] == 20
    assert result["delay_honoured"] and result["min_gap_s"] >= 0.05
    assert result["ingest_added"] >= 1
