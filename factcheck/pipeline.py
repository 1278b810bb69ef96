"""The pure part of the pipeline: raw article → cleaned text, sentences and attributed claims."""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from factcheck.document import CleanArticle, ClaimDraft, RawArticle, Sentence
from factcheck.extract.attribution import extract_claims
from factcheck.ingest.clean import LANGUAGES, clean
from factcheck.ingest.joins import repair_joins
from factcheck.ingest.segment import segment

PARALLEL_MIN_ARTICLES = 64


@dataclass(frozen=True)
class Analysis:
    """Everything derived from one article's text, ready to store."""

    article: CleanArticle
    sentences: list[Sentence]
    claims: list[ClaimDraft]


def analyse(raw: RawArticle, *, outlet: str | None = None, language: str = "auto") -> Analysis:
    """Clean, segment and attribute one article (no database involved).

    An article in a language claims are not extracted from is kept with no claims.
    """
    article = clean(raw, outlet=outlet, language=language)
    article = replace(article, text=repair_joins(article.text))
    sentences = segment(article.text)
    if article.language not in LANGUAGES:
        return Analysis(article, sentences, [])
    claims = extract_claims(article.text, sentences, article.language, title=article.title)
    return Analysis(article, sentences, claims)


def _analyse_job(job: tuple[RawArticle, str | None, str]) -> Analysis:
    raw, outlet, language = job
    return analyse(raw, outlet=outlet, language=language)


class Analyser:
    """Analyses batches of articles, in ``workers`` processes (0: in this one) when a batch is large enough.

    Use as a context manager so the worker processes are started once and stopped at the end.
    """

    def __init__(self, *, outlet: str | None = None, language: str = "auto", workers: int = 0) -> None:
        self.outlet, self.language, self.workers = outlet, language, workers
        self._pool: multiprocessing.pool.Pool | None = None

    def __enter__(self) -> Analyser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def analyse(self, raws: Sequence[RawArticle]) -> Iterator[Analysis]:
        """Analyses of ``raws``, in order."""
        jobs = [(raw, self.outlet, self.language) for raw in raws]
        if self.workers < 1 or len(jobs) < PARALLEL_MIN_ARTICLES:
            return map(_analyse_job, jobs)
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._pool = context.Pool(self.workers)
        return self._pool.imap(_analyse_job, jobs, chunksize=16)
