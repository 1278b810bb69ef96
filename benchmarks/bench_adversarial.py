"""Ingest speed on adversarial text shapes against normal news; prints one JSON object.

    python benchmarks/bench_adversarial.py [--mb 1.0]

Every shape is one file of about ``--mb`` megabytes (normal news: as many ordinary article
files) read, cleaned, segmented, attributed and stored in a temporary SQLite database in
this process, as ``factcheck ingest`` does. For each shape: ``mb_per_s`` (CPU time of this
process, so other load on the machine does not distort it), ``slowdown`` (normal news MB/s
divided by the shape's), the seconds of each stage and the claims found. Every stage should
be near-linear in its input, so ``slowdown`` stays under 3 at any size.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_corpus import generate  # noqa: E402
from factcheck.db import make_engine  # noqa: E402
from factcheck.document import RawArticle  # noqa: E402
from factcheck.extract.attribution import extract_claims  # noqa: E402
from factcheck.ingest.clean import clean  # noqa: E402
from factcheck.ingest.read import read_inputs  # noqa: E402
from factcheck.ingest.segment import segment  # noqa: E402
from factcheck.pipeline import Analysis  # noqa: E402
from factcheck.store import store_article  # noqa: E402

STAGES = ("read", "clean", "segment", "extract", "store")


def _news(size: int) -> list[str]:
    """Generated news articles (the benchmark corpus) adding up to about ``size`` characters."""
    articles: list[str] = []
    total, claims = 0, 2_000
    while total < size:
        articles = []
        total = 0
        for article in generate(claims, seed=7).articles:
            articles.append(article.text())
            total += len(articles[-1])
            if total >= size:
                break
        claims *= 2
    return articles


def _repeat(unit: str, size: int, sep: str = "") -> str:
    return sep.join([unit] * max(1, size // len(unit + sep)))


def shapes(size: int) -> dict[str, list[str]]:
    """Each adversarial shape as file texts of about ``size`` characters; ``normal`` is ordinary news."""
    news = _news(size)
    prose = " ".join(" ".join(text.split()) for text in news)
    return {
        "normal": news,
        "long_line": [prose],
        "hard_wrap": ["\n".join(textwrap.wrap(prose.lower(), 60))],
        "short_lines": ["\n".join(f"a{i}" for i in range(size // 6))],
        "many_quotes": [_repeat('Dia berkata "Ya." ', size)],
        "huge_paragraph": [_repeat('"Kami siap membantu," kata Joko Widodo. Ia menegaskan bahwa semua aman. ', size)],
        "tiny_paragraphs": [_repeat("Ya.", size, "\n\n")],
        "unclosed_quote": ['"' + prose],
        "no_spaces": [_repeat("a.", size)],
    }


def _timed(seconds: dict[str, float], stage: str, fn: Callable[[], object]) -> object:
    started = time.process_time()
    result = fn()
    seconds[stage] += time.process_time() - started
    return result


def ingest_shape(texts: list[str], folder: Path) -> dict:
    """Write ``texts`` as files in ``folder`` and ingest them stage by stage into a new database there."""
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    engine = make_engine(str(folder / "bench.db"))
    seconds = dict.fromkeys(STAGES, 0.0)
    claims = 0
    raws = _timed(seconds, "read", lambda: list(read_inputs([str(folder)])))
    for raw in raws:
        assert isinstance(raw, RawArticle), raw
        article = _timed(seconds, "clean", lambda: clean(raw))
        sentences = _timed(seconds, "segment", lambda: segment(article.text))
        drafts = _timed(seconds, "extract",
                        lambda: extract_claims(article.text, sentences, article.language, title=article.title))
        claims += len(drafts)
        analysis = Analysis(article, sentences, drafts)
        _timed(seconds, "store", lambda: store_article(engine, raw, analysis=analysis))
    engine.dispose()
    mb = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    total = sum(seconds.values())
    return {
        "mb": round(mb, 3),
        "seconds": round(total, 3),
        "mb_per_s": round(mb / total, 3) if total else None,
        "claims": claims,
        "stages": {stage: round(value, 3) for stage, value in seconds.items()},
    }


def run(mb: float, only: list[str] | None = None) -> dict:
    """Ingest every shape (or those in ``only``, and normal news) of about ``mb`` megabytes.

    Returns the benchmark's JSON object."""
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in shapes(int(mb * 1e6)).items():
            if only is None or name == "normal" or name in only:
                results[name] = ingest_shape(texts, Path(tmp) / name)
    normal = results["normal"]["mb_per_s"]
    for result in results.values():
        rate = result["mb_per_s"]
        result["slowdown"] = round(normal / rate, 2) if normal and rate else None
    return {"mb": mb, "shapes": results, "worst_slowdown": max(r["slowdown"] or 0 for r in results.values())}


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="Size of each shape in megabytes.")
    parser.add_argument("--shape", action="append", help="Only this shape (repeatable; normal news always runs).")
    args = parser.parse_args()
    print(json.dumps(run(args.mb, args.shape), indent=1))


if __name__ == "__main__":
    main()
