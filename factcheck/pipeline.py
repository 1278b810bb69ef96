"""The pure part of the pipeline: raw article → cleaned text, sentences and attributed claims."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.document import CleanArticle, ClaimDraft, RawArticle, Sentence
from factcheck.extract.attribution import extract_claims
from factcheck.ingest.clean import clean
from factcheck.ingest.segment import segment

PARALLEL_MIN_ARTICLES = 64


@dataclass(frozen=True)
class Analysis:
    """Everything derived from one article's text, ready to store."""

    article: CleanArticle
    sentences: list[Sentence]
    claims: list[ClaimDraft]


def analyse(raw: RawArticle, *, outlet: str | None = None, language: str = "auto") -> Analysis:
    """Clean, segment and attribute one article (no database involved)."""
    article = clean(raw, outlet=outlet, language=language)
    sentences = segment(article.text)
    claims = extract_claims(article.text, sentences, article.language)
    return Analysis(article, sentences, claims)


def _analyse_job(job: tuple[RawArticle, str | None, str]) -> Analysis:
    raw, outlet, language = job
    return analyse(raw, outlet=outlet, language=language)


def analyse_many(
    raws: Sequence[RawArticle], *, outlet: str | None = None, language: str = "auto", workers: int = 1
) -> Iterator[Analysis]:
    """Analyses of ``raws`` in order, spread over ``workers`` processes when there are enough."""
    jobs = [(raw, outlet, language) for raw in raws]
    if workers <= 1 or len(jobs) < PARALLEL_MIN_ARTICLES:
        yield from map(_analyse_job, jobs)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(workers) as pool:
        yield from pool.imap(_analyse_job, jobs, chunksize=16)
