"""End-to-end benchmark: ingest and link N generated articles in a temporary SQLite database.

    python benchmarks/bench_pipeline.py --articles 2000

Prints one JSON object with articles/s for each stage: ``analyse`` (clean, segment,
extract in one process; no database), ``ingest`` (what ``factcheck ingest`` does with a
JSONL file: read, analyse in worker processes, one write transaction per article) and
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
from factcheck.ingest_run import default_workers, ingest_items  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402


def run(articles: int, *, seed: int = 1) -> dict:
    """Generate ``articles`` articles, then time each stage; the benchmark's JSON object."""
    corpus = generate(articles * 8, seed)
    raws = [RawArticle(source=f"generated/{a.id}.txt", text=a.text(), outlet=a.outlet)
            for a in corpus.articles[:articles]]
    started = time.perf_counter()
    claims = sum(len(analyse(raw).claims) for raw in raws)
    analyse_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        feed.write_text("\n".join(json.dumps({"text": raw.text, "outlet": raw.outlet}) for raw in raws), encoding="utf-8")
        engine = make_engine(str(Path(tmp) / "bench.db"))
        started = time.perf_counter()
        counts = ingest_items(engine, [feed])
        ingest_seconds = time.perf_counter() - started
        stats = link_claims(engine)
        engine.dispose()
    stored = counts.added
    return {
        "articles": len(raws),
        "stored": stored,
        "claims": claims,
        "analyse_articles_per_s": round(len(raws) / analyse_seconds, 1),
        "ingest_articles_per_s": round(len(raws) / ingest_seconds, 1),
        "ingest_workers": default_workers(),
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
