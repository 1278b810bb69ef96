"""End-to-end benchmark: analyse, store and link N generated articles in a temporary SQLite database.

    python benchmarks/bench_pipeline.py --articles 2000

Prints one JSON object with articles/s for each stage: ``analyse`` (clean, segment,
extract; no database), ``store`` (analyse + one write transaction per article) and
``link`` (``link_claims`` over everything stored), and the claims found and links made.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_corpus import generate  # noqa: E402
from factcheck.db import make_engine  # noqa: E402
from factcheck.document import RawArticle  # noqa: E402
from factcheck.link.linker import link_claims  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402
from factcheck.store import store_article  # noqa: E402


def run(articles: int, *, seed: int = 1) -> dict:
    """Generate ``articles`` articles, then time each stage; the benchmark's JSON object."""
    corpus = generate(articles * 8, seed)
    raws = [RawArticle(source=f"generated/{a.id}.txt", text=a.text(), outlet=a.outlet)
            for a in corpus.articles[:articles]]
    started = time.perf_counter()
    claims = sum(len(analyse(raw).claims) for raw in raws)
    analyse_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(str(Path(tmp) / "bench.db"))
        started = time.perf_counter()
        stored = sum(store_article(engine, raw).status == "added" for raw in raws)
        store_seconds = time.perf_counter() - started
        stats = link_claims(engine)
        engine.dispose()
    return {
        "articles": len(raws),
        "stored": stored,
        "claims": claims,
        "analyse_articles_per_s": round(len(raws) / analyse_seconds, 1),
        "store_articles_per_s": round(len(raws) / store_seconds, 1),
        "link_articles_per_s": round(len(raws) / stats.seconds, 1),
        "link_seconds": stats.seconds,
        "links": stats.links_written,
        "groups": stats.groups,
        "largest_group": stats.largest_group,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps(run(args.articles, seed=args.seed)))


if __name__ == "__main__":
    main()
