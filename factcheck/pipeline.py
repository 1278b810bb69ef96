"""The pure part of the pipeline: raw article → cleaned text, sentences and attributed claims."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.document import CleanArticle, ClaimDraft, RawArticle, Sentence
from factcheck.extract.attribution import extract_claims
from factcheck.ingest.clean import clean
from factcheck.ingest.segment import segment


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
