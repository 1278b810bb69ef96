"""Claim queries shared by the review UI and the exports: filters, sort orders, paging."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, select, text
from sqlalchemy.orm import aliased
from sqlmodel import Session

from factcheck.models import Article, Claim, Outlet, Speaker
from factcheck.search import match_clause, search_parameter

ArticleOutlet = aliased(Outlet, name="article_outlet")

# Sort orders offered to reviewers, in the order ``o`` cycles through them.
SORTS: dict[str, tuple] = {
    "unreviewed first": ((Claim.status != "unreviewed"), Claim.id),
    "most sources": (Claim.independent_sources.desc(), Claim.id),
    "fewest sources": (Claim.independent_sources, Claim.id),
    "newest": (Article.published.desc(), Claim.id.desc()),
    "speaker": (Speaker.name, Claim.id),
}


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to show: every field is optional; an empty filter selects all."""

    statuses: tuple[str, ...] = ()
    outlet: str | None = None
    speaker: str | None = None
    since: date | None = None
    search: str | None = None
    article_id: int | None = None


def _apply(query: Select, session: Session, flt: ClaimFilter) -> Select:
    conditions = []
    if flt.statuses:
        conditions.append(Claim.status.in_(flt.statuses))
    if flt.outlet:
        conditions.append(func.lower(ArticleOutlet.name) == flt.outlet.lower())
    if flt.speaker:
        conditions.append(func.lower(Speaker.name).contains(flt.speaker.lower(), autoescape=True))
    if flt.since:
        conditions.append(Article.published >= flt.since)
    if flt.article_id is not None:
        conditions.append(Claim.article_id == flt.article_id)
    if flt.search and flt.search.strip():
        dialect = session.get_bind().dialect.name
        conditions.append(
            text(match_clause(dialect)).bindparams(q=search_parameter(dialect, flt.search.strip()))
        )
    return query.where(and_(*conditions)) if conditions else query


def _joined(query: Select) -> Select:
    return (
        query.join(Article, Article.id == Claim.article_id)
        .outerjoin(ArticleOutlet, ArticleOutlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
    )


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claim list."""

    id: int
    status: str
    speaker: str
    outlet: str
    independent_sources: int
    assertion: str
    published: date | None
    article_id: int


def count_claims(session: Session, flt: ClaimFilter = ClaimFilter()) -> int:
    """How many claims match ``flt``."""
    query = _apply(_joined(select(func.count()).select_from(Claim)), session, flt)
    return int(session.execute(query).scalar_one())


def page_claims(
    session: Session, flt: ClaimFilter = ClaimFilter(), sort: str = "unreviewed first", offset: int = 0, limit: int = 100
) -> list[ClaimRow]:
    """One page of claims matching ``flt`` in the given sort order."""
    query = _joined(
        select(
            Claim.id,
            Claim.status,
            func.coalesce(Speaker.name, Claim.speaker_text),
            func.coalesce(ArticleOutlet.name, ""),
            Claim.independent_sources,
            Claim.assertion,
            Article.published,
            Claim.article_id,
        ).select_from(Claim)
    )
    query = _apply(query, session, flt).order_by(*SORTS[sort]).offset(offset).limit(limit)
    return [ClaimRow(*row) for row in session.execute(query)]


def outlet_names(session: Session) -> list[str]:
    """Names of outlets that have articles, sorted."""
    query = select(Outlet.name).join(Article, Article.outlet_id == Outlet.id).distinct().order_by(Outlet.name)
    return list(session.execute(query).scalars())


def speaker_names(session: Session, limit: int = 500) -> list[str]:
    """Names of speakers with the most claims first."""
    query = (
        select(Speaker.name)
        .join(Claim, Claim.speaker_id == Speaker.id)
        .group_by(Speaker.id, Speaker.name)
        .order_by(func.count().desc(), Speaker.name)
        .limit(limit)
    )
    return list(session.execute(query).scalars())
