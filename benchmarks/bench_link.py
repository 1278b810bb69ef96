"""Benchmark the linking core on a generated corpus; prints one JSON object.

    python benchmarks/bench_link.py --claims 50000 [--scorer S] [--threshold T] [--exhaustive-rows R]

``recall``/``precision`` are against the generator's true groups (cross-article pairs of
claims of one group). ``recall_vs_exhaustive`` compares with brute-force
``rapidfuzz.process.cdist`` at the same scorer and threshold. Above ``--exhaustive-full``
claims the brute force runs on ``--exhaustive-rows`` sampled texts only: then
``exhaustive_sampled_rows`` is set and ``exhaustive_seconds`` is extrapolated to all rows.
Above ``--exhaustive-max`` claims it is skipped (null).

With ``--db [URL]`` it times ``link_claims`` on an empty database instead (a temporary
SQLite file, or the URL given, e.g. a fresh PostgreSQL database): a full run over 99% of
the claims, then an incremental run for the last 1%.

With ``--engine spark [--spark-master local[2]]`` it times ``link --engine spark`` on a
temporary SQLite file holding the claims (reading, linking, writing links and matching
forms, groups and source counts), with the peak memory of the driver (this process) and of
the JVM with its Python workers (sampled), and ``recall_vs_default``: the share of the
default engine's links (``link_normalized`` on the same claims) that Spark stored.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from datetime import datetime

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from sqlalchemy import text
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
GENERATOR = Path(__file__).with_name("generate_corpus.py")

from factcheck.db import make_engine, write_session  # noqa: E402
from factcheck.link.blocking import BlockingConfig  # noqa: E402
from factcheck.link.core import Distinct, Links, link_normalized, normalize_all  # noqa: E402
from factcheck.link.groups import components  # noqa: E402
from factcheck.link.linker import link_claims  # noqa: E402
from factcheck.link.scoring import DEFAULT_SCORER, DEFAULT_THRESHOLD, score_pairs, scorer_function, sorted_tokens  # noqa: E402


def exhaustive_pairs(
    texts: Sequence[str], scorer: str, threshold: float, *, rows: Sequence[int] | None = None, workers: int = -1
) -> np.ndarray:
    """All pairs ``(i, j)``, ``i < j``, scoring ≥ ``threshold`` by brute force.

    ``rows`` limits the search to pairs involving those indices (for sampled estimates).
    """
    fn = scorer_function(scorer)
    choices = list(texts)
    if scorer == "token_sort_ratio":  # as in score_pairs: sort tokens once
        choices, fn = [sorted_tokens(t) for t in texts], fuzz.ratio
    found: list[np.ndarray] = []
    row_ids = np.arange(len(texts)) if rows is None else np.asarray(rows)
    for start in range(0, len(row_ids), 256):
        block = row_ids[start : start + 256]
        matrix = cdist([choices[i] for i in block], choices, scorer=fn, dtype=np.float32, workers=workers,
                       score_cutoff=threshold)
        r, c = np.nonzero(matrix >= threshold)
        r = block[r]
        keep = r != c
        pairs = np.stack((np.minimum(r, c)[keep], np.maximum(r, c)[keep]), axis=1)
        guarded = score_pairs(texts, pairs, scorer, workers=workers)
        found.append(pairs[guarded >= threshold])
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(found), axis=0)


def _codes(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    return np.unique(np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b))


def true_pairs(groups: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """Codes ``a * n + b`` of all cross-article pairs of claims in the same true group."""
    distinct = Distinct.of([str(g) for g in groups])
    u = np.flatnonzero(distinct.count >= 2)
    a, b, _, _ = distinct.claim_pairs(u, u, np.zeros(len(u), dtype=np.float32), articles, np.ones(len(groups), bool))
    return _codes(a, b, len(groups))


def exhaustive(normalized: list[str], articles: np.ndarray, scorer: str, threshold: float,
               sample: int | None, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """Brute-force claim-pair codes (pairs involving sampled texts only) and its (extrapolated) seconds."""
    distinct = Distinct.of(normalized)
    n_texts = len(distinct.texts)
    rows = None if sample is None or sample >= n_texts else np.sort(rng.choice(n_texts, sample, replace=False))
    started = time.perf_counter()
    pairs = exhaustive_pairs(distinct.texts, scorer, threshold, rows=rows)
    seconds = time.perf_counter() - started
    if rows is not None:
        seconds *= n_texts / len(rows)
    dupes = np.flatnonzero(distinct.count >= 2)
    if rows is not None:
        dupes = dupes[np.isin(dupes, rows)]
    u = np.concatenate((pairs[:, 0], dupes))
    v = np.concatenate((pairs[:, 1], dupes))
    s = score_pairs(distinct.texts, np.stack((u, v), axis=1), scorer)
    a, b, _, _ = distinct.claim_pairs(u, v, s, articles, np.ones(len(normalized), bool))
    return _codes(a, b, len(normalized)), seconds


def generated_claims(claims: int, seed: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Assertions, article ids and true groups of a generated corpus.

    Generated in a child process, so this process's peak memory is the linking's own.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.json"
        subprocess.run([sys.executable, str(GENERATOR), "--claims", str(claims), "--seed", str(seed),
                        "--output", str(path)], check=True)
        data = json.loads(path.read_text(encoding="utf-8"))
    return data["assertions"], np.array(data["articles"], dtype=np.int64), np.array(data["groups"], dtype=np.int64)


def run(claims: int, *, seed: int = 1, scorer: str = DEFAULT_SCORER, threshold: float = DEFAULT_THRESHOLD,
        config: BlockingConfig = BlockingConfig(), exhaustive_full: int = 20_000, exhaustive_max: int = 100_000,
        exhaustive_rows: int = 2_000) -> dict:
    """Generate, link and measure; the benchmark's JSON object as a dict."""
    assertions, articles, groups = generated_claims(claims, seed)
    n = len(assertions)

    started = time.perf_counter()
    normalized = normalize_all(assertions)
    links: Links = link_normalized(normalized, articles, lambda ids: [assertions[i] for i in ids], scorer=scorer,
                                   threshold=threshold, config=config)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # loading the claims + linking

    same = links.relation == 0
    found = _codes(links.a[same], links.b[same], n)
    found_any = _codes(links.a, links.b, n)  # same or variant: what blocking and scoring found
    truth = true_pairs(groups, articles)
    labels = components(np.arange(n), links.a[same], links.b[same])
    hits = np.isin(found, truth).sum()
    result = {
        "claims": n,
        "scorer": scorer,
        "threshold": threshold,
        "candidates": links.candidates,
        "links": len(found),
        "variants": int((~same).sum()),
        "seconds": round(seconds, 3),
        "claims_per_s": round(n / seconds),
        "peak_mb": round(peak_mb),
        "recall": round(float(hits / max(len(truth), 1)), 4),
        "precision": round(float(hits / max(len(found), 1)), 4),
        "largest_group": int(np.bincount(labels).max()) if n else 0,
        "true_largest_group": int(np.unique(groups, return_counts=True)[1].max()) if n else 0,
        "recall_vs_exhaustive": None,
        "exhaustive_seconds": None,
        "exhaustive_sampled_rows": None,
    }
    if n <= exhaustive_max:
        sample = None if n <= exhaustive_full else exhaustive_rows
        rng = np.random.default_rng(seed)
        brute, brute_seconds = exhaustive(normalized, articles, scorer, threshold, sample, rng)
        result["recall_vs_exhaustive"] = round(float(np.isin(brute, found_any).sum() / max(len(brute), 1)), 5)
        result["exhaustive_seconds"] = round(brute_seconds, 1)
        result["exhaustive_sampled_rows"] = sample
    return result


def _insert(engine: Engine, assertions: list[str], articles: np.ndarray, start: int, stop: int) -> None:
    """Bulk-insert claims ``start:stop`` (and their articles) into the database."""
    with write_session(engine) as session:
        conn = session.connection()
        stored = set(conn.execute(text("SELECT id FROM article")).scalars())
        new_articles = sorted(set(articles[start:stop].tolist()) - stored)
        conn.execute(
            text("INSERT INTO article (id, source, sha256, language, text, raw_text, decoding, ingested_at) "
                 "VALUES (:i, :s, :h, 'id', '', '', 'utf-8', :at)"),
            [{"i": a, "s": f"generated/{a}.txt", "h": f"generated-{a}", "at": datetime(2024, 1, 1)}
             for a in new_articles],
        )
        conn.execute(
            text("INSERT INTO claim (id, article_id, speaker_text, assertion, verb, kind, start, \"end\", status, "
                 "independent_sources) VALUES (:i, :a, '', :t, 'kata', 'direct', 0, 0, 'unreviewed', 1)"),
            [{"i": i + 1, "a": int(articles[i]), "t": assertions[i]} for i in range(start, stop)],
        )


def run_db(claims: int, *, seed: int = 1, url: str | None = None, new_share: float = 0.01) -> dict:
    """``link_claims`` on an empty database (``url``, default a temporary SQLite file): full, then incremental."""
    assertions, articles, _ = generated_claims(claims, seed)
    n = len(assertions)
    first = int(n * (1 - new_share))
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(url or str(Path(tmp) / "bench.db"))
        _insert(engine, assertions, articles, 0, first)
        full = link_claims(engine)
        _insert(engine, assertions, articles, first, n)
        incremental = link_claims(engine)
        engine.dispose()
    return {
        "mode": engine.dialect.name,
        "claims": n,
        "seconds": full.seconds,
        "claims_per_s": round(first / full.seconds),
        "links": full.links_written,
        "largest_group": full.largest_group,
        "incremental_new_claims": incremental.new_claims,
        "incremental_seconds": incremental.seconds,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _tree_rss_mb(root: int) -> float:
    """Resident memory of the processes below ``root`` (not ``root`` itself), in MB."""
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            children = []
            for task in Path(f"/proc/{pid}/task").iterdir():
                children += (task / "children").read_text().split()
            if pid != root:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * resource.getpagesize()
        except OSError:
            continue
        stack.extend(int(c) for c in children)
    return total / 2**20


def run_spark(claims: int, *, seed: int = 1, master: str = "local[2]") -> dict:
    """``link_claims_spark`` on a temporary SQLite file of generated claims, against the default engine."""
    import os
    import threading

    from factcheck.spark.link import link_claims_spark

    assertions, articles, _ = generated_claims(claims, seed)
    n = len(assertions)
    default = link_normalized(normalize_all(assertions), articles, lambda ids: [assertions[i] for i in ids])
    expected = set(zip((default.a + 1).tolist(), (default.b + 1).tolist()))
    del default
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(str(Path(tmp) / "bench.db"))
        _insert(engine, assertions, articles, 0, n)
        peak, done = [0.0], threading.Event()

        def sample() -> None:
            while not done.wait(0.5):
                peak[0] = max(peak[0], _tree_rss_mb(os.getpid()))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        stats = link_claims_spark(engine, master=master)
        done.set()
        sampler.join()
        with engine.connect() as conn:
            found = set(map(tuple, conn.execute(text("SELECT claim_a, claim_b FROM claim_link")).all()))
        engine.dispose()
    return {
        "engine": "spark",
        "master": master,
        "claims": n,
        "candidates": stats.candidates,
        "links": stats.links_written,
        "seconds": stats.seconds,
        "claims_per_s": round(n / stats.seconds),
        "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "jvm_and_workers_peak_mb": round(peak[0]),
        "recall_vs_default": round(len(found & expected) / max(len(expected), 1), 5),
        "extra_vs_default": len(found - expected),
    }


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scorer", default=DEFAULT_SCORER)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--max-keys", type=int, default=BlockingConfig.max_keys)
    parser.add_argument("--jaccard", type=float, default=BlockingConfig.jaccard)
    parser.add_argument("--max-postings", type=int, default=BlockingConfig.max_postings)
    parser.add_argument("--ngrams", default="3", help="key n-grams, e.g. 2,3")
    parser.add_argument("--exhaustive-full", type=int, default=20_000)
    parser.add_argument("--exhaustive-max", type=int, default=100_000)
    parser.add_argument("--exhaustive-rows", type=int, default=2_000)
    parser.add_argument("--db", nargs="?", const="", metavar="URL",
                        help="time link_claims on an empty database instead (default: a temporary SQLite file)")
    parser.add_argument("--engine", choices=("default", "spark"), default="default")
    parser.add_argument("--spark-master", default="local[2]")
    args = parser.parse_args()
    if args.engine == "spark":
        print(json.dumps(run_spark(args.claims, seed=args.seed, master=args.spark_master)))
        return
    if args.db is not None:
        print(json.dumps(run_db(args.claims, seed=args.seed, url=args.db or None)))
        return
    ngrams = tuple(int(n) for n in args.ngrams.split(","))
    config = BlockingConfig(args.max_keys, args.jaccard, args.max_postings, ngrams)
    print(json.dumps(run(args.claims, seed=args.seed, scorer=args.scorer, threshold=args.threshold, config=config,
                         exhaustive_full=args.exhaustive_full, exhaustive_max=args.exhaustive_max,
                         exhaustive_rows=args.exhaustive_rows)))


if __name__ == "__main__":
    main()
