"""Benchmark cleaning on the detik corpus (one core); prints one JSON object.

    python benchmarks/bench_clean.py [--rounds 5]

``articles_per_second`` is the best of ``--rounds`` passes over the 1,000 articles in CPU
time of this process (other load on the machine does not distort it),
with the JSONL metadata given (as ``factcheck ingest`` does) and, separately, text only
(outlet, title and date then come from the text).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.document import RawArticle  # noqa: E402
from factcheck.ingest.clean import clean  # noqa: E402

DETIK = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "detik-1000" / "articles.jsonl"


def _best_rate(articles: list[RawArticle], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for article in articles:
            clean(article)
        best = min(best, time.process_time() - start)
    return len(articles) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not DETIK.exists():
        sys.exit(f"corpus not found: {DETIK}")
    records = [json.loads(line) for line in DETIK.read_text(encoding="utf-8").split("\n") if line.strip()]
    with_metadata = [
        RawArticle(source=f"articles.jsonl:{n}", text=r["text"], title=r["title"], outlet=r["outlet"], url=r["url"],
                   published=r["published"])
        for n, r in enumerate(records, 1)
    ]
    text_only = [RawArticle(source=a.source, text=a.text) for a in with_metadata]
    chars = sum(len(a.text) for a in with_metadata)
    kept = sum(len(clean(a).text) for a in with_metadata)
    print(json.dumps({
        "articles": len(records),
        "mean_chars": round(chars / len(records)),
        "articles_per_second": round(_best_rate(with_metadata, args.rounds)),
        "articles_per_second_text_only": round(_best_rate(text_only, args.rounds)),
        "kept_fraction_of_chars": round(kept / chars, 4),
    }))


if __name__ == "__main__":
    main()
