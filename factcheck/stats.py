"""Counts per table and per outlet, for ``factcheck stats`` and ``make run`` without a terminal."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.models import Article, ArticleWire, Claim, ClaimLink, Outlet, ReviewEvent, Sentence, Speaker

TABLES = {
    "outlet": Outlet,
    "article": Article,
    "article_wire": ArticleWire,
    "sentence": Sentence,
    "speaker": Speaker,
    "claim": Claim,
    "claim_link": ClaimLink,
    "review_event": ReviewEvent,
}


@dataclass(frozen=True)
class OutletCount:
    """Articles and claims of one outlet (``None``: articles with no known outlet)."""

    outlet: str | None
    articles: int
    claims: int


@dataclass(frozen=True)
class DatabaseStats:
    """Row counts per table, per outlet, per wire and per review status."""

    tables: dict[str, int]
    outlets: list[OutletCount]
    wires: dict[str, int]
    statuses: dict[str, int]


def database_stats(engine: Engine) -> DatabaseStats:
    """Collect the counts shown by ``factcheck stats``."""
    with Session(engine) as session:
        tables = {name: session.execute(select(func.count()).select_from(model)).scalar_one() for name, model in TABLES.items()}
        claims_per_article = (
            select(Claim.article_id, func.count().label("n")).group_by(Claim.article_id).subquery()
        )
        outlets = [
            OutletCount(name, articles, int(claims or 0))
            for name, articles, claims in session.execute(
                select(Outlet.name, func.count(Article.id), func.sum(claims_per_article.c.n))
                .select_from(Article)
                .outerjoin(Outlet, Outlet.id == Article.outlet_id)
                .outerjoin(claims_per_article, claims_per_article.c.article_id == Article.id)
                .group_by(Outlet.name)
                .order_by(func.count(Article.id).desc(), Outlet.name)
            )
        ]
        wires = dict(
            session.execute(
                select(Outlet.name, func.count())
                .join(ArticleWire, ArticleWire.outlet_id == Outlet.id)
                .group_by(Outlet.name)
                .order_by(Outlet.name)
            ).all()
        )
        statuses = dict(
            session.execute(select(Claim.status, func.count()).group_by(Claim.status).order_by(Claim.status)).all()
        )
    return DatabaseStats(tables, outlets, wires, statuses)


def format_stats(stats: DatabaseStats) -> str:
    """A plain-text rendering of :class:`DatabaseStats`."""
    lines = ["table            rows"]
    lines += [f"{name:<16} {count:>6}" for name, count in stats.tables.items()]
    lines += ["", "outlet                     articles  claims"]
    lines += [f"{(o.outlet or '(unknown)')[:26]:<26} {o.articles:>8} {o.claims:>7}" for o in stats.outlets]
    if stats.wires:
        lines += ["", "wire                       articles"]
        lines += [f"{name[:26]:<26} {count:>8}" for name, count in stats.wires.items()]
    if stats.statuses:
        lines += ["", "status        claims"]
        lines += [f"{status:<13} {count:>6}" for status, count in stats.statuses.items()]
    return "\n".join(lines)
