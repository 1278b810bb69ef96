"""Claim queries shared by the review UI and the exports: filters, sort orders, paging, details.

Paging is done in two steps so that a page of a million-claim database stays cheap:
first the page's claim ids (joining only the tables the filter and the sort need,
so SQLite can walk an index), then the columns shown for those ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from factcheck.db import chunks
from factcheck.models import Article, Claim, ClaimLink, Outlet, ReviewEvent, Sentence, Speaker
from factcheck.search import search_condition, search_rank

ArticleOutlet = aliased(Outlet, name="article_outlet")

# Sort orders offered to reviewers, in the order ``o`` cycles through them.
SORTS: dict[str, tuple] = {
    "unreviewed first": ((Claim.status != "unreviewed"), Claim.id),
    "most sources": (Claim.independent_sources.desc(), Claim.id),
    "fewest sources": (Claim.independent_sources, Claim.id),
    "newest": (Article.published.desc(), Claim.id.desc()),
    "speaker": (Speaker.name, Claim.id),
}


# The order of search results, best match first; offered while a search is set.
BEST_MATCH = "best match"


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to show: every field is optional; an empty filter selects all.

    ``outlet`` and ``speaker`` match a part of the name, in any case ("detik" finds "detik.com").
    """

    statuses: tuple[str, ...] = ()
    outlet: str | None = None
    speaker: str | None = None
    since: date | None = None
    search: str | None = None
    article_id: int | None = None
    variants: bool = False  # only claims that another article reports differently
    assignee: str | None = None  # only claims assigned to this reviewer (exactly)


def _conditions(session: Session, flt: ClaimFilter) -> list:
    conditions = []
    if flt.statuses:
        conditions.append(Claim.status.in_(flt.statuses))
    if flt.outlet:
        conditions.append(func.lower(ArticleOutlet.name).contains(flt.outlet.lower(), autoescape=True))
    if flt.speaker:
        conditions.append(func.lower(Speaker.name).contains(flt.speaker.lower(), autoescape=True))
    if flt.since:
        conditions.append(Article.published >= flt.since)
    if flt.article_id is not None:
        conditions.append(Claim.article_id == flt.article_id)
    if flt.variants:
        variant = ClaimLink.relation == "variant"
        conditions.append(or_(exists().where(ClaimLink.claim_a == Claim.id, variant),
                              exists().where(ClaimLink.claim_b == Claim.id, variant)))
    if flt.assignee:
        conditions.append(Claim.assignee == flt.assignee)
    if flt.search and flt.search.strip():
        conditions.append(search_condition(session.get_bind().dialect.name, flt.search.strip()))
    return conditions


def _claims_query(query: Select, session: Session, flt: ClaimFilter, tables: frozenset[str] = frozenset()) -> Select:
    """``query`` over ``claim`` joined to only the tables that ``flt`` (and ``tables``) need, filtered."""
    needs_outlet = bool(flt.outlet)
    if needs_outlet or flt.since or "article" in tables:
        query = query.join(Article, Article.id == Claim.article_id)
    if needs_outlet:
        query = query.join(ArticleOutlet, ArticleOutlet.id == Article.outlet_id)
    if flt.speaker or "speaker" in tables:
        query = query.join(Speaker, Speaker.id == Claim.speaker_id)
    conditions = _conditions(session, flt)
    return query.where(and_(*conditions)) if conditions else query


@dataclass(frozen=True)
class _Segment:
    """A run of a sort order that one index walk can produce: claims matching ``where``, in ``order``."""

    where: ColumnElement[bool] | None
    order: tuple
    tables: frozenset[str] = frozenset()


# How each sort of SORTS is read: segments one after the other (so "speaker" lists claims without a
# known speaker last, on every database).
_PLANS: dict[str, tuple[_Segment, ...]] = {
    "unreviewed first": (
        _Segment(Claim.status == "unreviewed", (Claim.id,)),
        _Segment(Claim.status != "unreviewed", (Claim.id,)),
    ),
    "most sources": (_Segment(None, SORTS["most sources"]),),
    "fewest sources": (_Segment(None, SORTS["fewest sources"]),),
    "newest": (_Segment(None, SORTS["newest"], frozenset({"article"})),),
    "speaker": (
        _Segment(Claim.speaker_id.is_not(None), SORTS["speaker"], frozenset({"speaker"})),
        _Segment(Claim.speaker_id.is_(None), (Claim.id,)),
    ),
}


def _plan(session: Session, flt: ClaimFilter, sort: str) -> tuple[_Segment, ...]:
    """The segments of ``sort``; "best match" orders by the search's rank (without a search: unreviewed first)."""
    if sort != BEST_MATCH:
        return _PLANS[sort]
    if not (flt.search and flt.search.strip()):
        return _PLANS["unreviewed first"]
    return (_Segment(None, (search_rank(session.get_bind().dialect.name, flt.search.strip()), Claim.id)),)


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
    variants: int = 0  # links to claims that report it differently


def count_claims(session: Session, flt: ClaimFilter = ClaimFilter()) -> int:
    """How many claims match ``flt``."""
    query = _claims_query(select(func.count()).select_from(Claim), session, flt)
    return int(session.execute(query).scalar_one())


def _segment_query(query: Select, session: Session, flt: ClaimFilter, segment: _Segment) -> Select:
    query = _claims_query(query, session, flt, segment.tables)
    return query if segment.where is None else query.where(segment.where)


def page_ids(
    session: Session, flt: ClaimFilter = ClaimFilter(), sort: str = "unreviewed first", offset: int = 0, limit: int = 100
) -> list[int]:
    """The ids of one page of claims matching ``flt`` in the given sort order."""
    ids: list[int] = []
    skip = offset
    segments = _plan(session, flt, sort)
    for n, segment in enumerate(segments):
        want = limit - len(ids)
        if want <= 0:
            break
        query = _segment_query(select(Claim.id).select_from(Claim), session, flt, segment)
        found = list(session.execute(query.order_by(*segment.order).offset(skip).limit(want)).scalars())
        ids += found
        if found:
            skip = 0
        elif n < len(segments) - 1:
            count = _segment_query(select(func.count()).select_from(Claim), session, flt, segment)
            skip = max(0, skip - int(session.execute(count).scalar_one()))
    return ids



def claim_rows(session: Session, ids: Sequence[int]) -> list[ClaimRow]:
    """The list lines of the claims ``ids``, in the order given (missing ids are skipped)."""
    found: dict[int, ClaimRow] = {}
    for chunk in chunks(ids):
        query = (
            select(
                Claim.id,
                Claim.status,
                func.coalesce(Speaker.name, Claim.speaker_text),
                func.coalesce(Outlet.name, ""),
                Claim.independent_sources,
                Claim.assertion,
                Article.published,
                Claim.article_id,
            )
            .join(Article, Article.id == Claim.article_id)
            .outerjoin(Outlet, Outlet.id == Article.outlet_id)
            .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
            .where(Claim.id.in_(chunk))
        )
        found.update((row[0], ClaimRow(*row)) for row in session.execute(query))
        variants = Counter(
            claim_id
            for a, b in session.execute(
                select(ClaimLink.claim_a, ClaimLink.claim_b).where(
                    ClaimLink.relation == "variant", or_(ClaimLink.claim_a.in_(chunk), ClaimLink.claim_b.in_(chunk))
                )
            )
            for claim_id in (a, b)
        )
        for claim_id, n in variants.items():
            if claim_id in found:
                found[claim_id] = replace(found[claim_id], variants=n)
    return [found[i] for i in ids if i in found]


def page_claims(
    session: Session, flt: ClaimFilter = ClaimFilter(), sort: str = "unreviewed first", offset: int = 0, limit: int = 100
) -> list[ClaimRow]:
    """One page of claims matching ``flt`` in the given sort order."""
    return claim_rows(session, page_ids(session, flt, sort, offset, limit))


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


def known_reviewers(session: Session) -> list[str]:
    """Everyone who reviewed or was assigned a claim, sorted."""
    reviewers = select(ReviewEvent.reviewer).where(ReviewEvent.reviewer != "").distinct()
    assignees = select(Claim.assignee).where(Claim.assignee.is_not(None)).distinct()
    return sorted(set(session.execute(reviewers).scalars()) | set(session.execute(assignees).scalars()))


@dataclass(frozen=True)
class ClaimDetail:
    """Everything the review UI shows about one claim."""

    id: int
    status: str
    note: str | None
    assertion: str
    speaker: str | None
    speaker_role: str | None
    speaker_text: str
    verb: str
    kind: str
    outlet: str | None
    published: date | None
    source: str
    url: str | None
    title: str | None
    article_id: int
    sentence: str | None
    paragraph: str
    assertion_span: tuple[int, int]  # the assertion's offsets within ``paragraph``
    independent_sources: int
    updated: bool = False  # the article is a new version of a page stored before
    superseded: bool = False  # a newer version of the article's page is stored
    assignee: str | None = None


PARAGRAPH_CONTEXT = 1_000  # characters shown on each side of a claim: a paragraph can be a whole huge article


def paragraph_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The paragraph (line) of ``text`` holding ``start``..``end``, and the offset in ``text`` where the
    returned string would begin; more than ``PARAGRAPH_CONTEXT`` characters on either side become "…"."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    lo, hi = max(first, start - PARAGRAPH_CONTEXT), min(last, end + PARAGRAPH_CONTEXT)
    head, tail = "…" if lo > first else "", "…" if hi < last else ""
    return f"{head}{text[lo:hi]}{tail}", lo - len(head)


def claim_detail(session: Session, claim_id: int) -> ClaimDetail | None:
    """The detail of one claim, or None if it no longer exists."""
    row = session.execute(
        select(
            Claim,
            Speaker.name,
            Speaker.role,
            Outlet.name,
            Article.published,
            Article.source,
            Article.url,
            Article.title,
            Article.text,
            Sentence.text,
            Article.previous_id,
        )
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .outerjoin(Sentence, Sentence.id == Claim.sentence_id)
        .where(Claim.id == claim_id)
    ).first()
    if row is None:
        return None
    claim, speaker, role, outlet, published, source, url, title, article_text, sentence, previous_id = row
    newer = session.execute(select(Article.id).where(Article.previous_id == claim.article_id).limit(1)).scalar()
    start, end = claim.start, claim.end
    if not (0 <= start < end <= len(article_text)):
        start, end = 0, 0
    paragraph, offset = paragraph_around(article_text, start, end)
    return ClaimDetail(
        id=claim.id,
        status=claim.status,
        note=claim.note,
        assertion=claim.assertion,
        speaker=speaker,
        speaker_role=role,
        speaker_text=claim.speaker_text,
        verb=claim.verb,
        kind=claim.kind,
        outlet=outlet,
        published=published,
        source=source,
        url=url,
        title=title,
        article_id=claim.article_id,
        sentence=sentence,
        paragraph=paragraph,
        assertion_span=(start - offset, end - offset) if end > start else (0, 0),
        independent_sources=claim.independent_sources,
        updated=previous_id is not None,
        superseded=newer is not None,
        assignee=claim.assignee,
    )


@dataclass(frozen=True)
class LinkedSentence:
    """Where a linked claim appears: its article's date and the sentence (or assertion) quoted."""

    claim_id: int
    published: date | None
    sentence: str


def linked_sentences(session: Session, claim_ids: Sequence[int]) -> dict[int, LinkedSentence]:
    """The date and sentence of each of ``claim_ids`` (the assertion when no sentence is stored)."""
    found: dict[int, LinkedSentence] = {}
    for chunk in chunks(claim_ids):
        rows = session.execute(
            select(Claim.id, Article.published, func.coalesce(Sentence.text, Claim.assertion))
            .join(Article, Article.id == Claim.article_id)
            .outerjoin(Sentence, Sentence.id == Claim.sentence_id)
            .where(Claim.id.in_(chunk))
        )
        found.update((row[0], LinkedSentence(*row)) for row in rows)
    return found


@dataclass(frozen=True)
class ArticleClaim:
    """A claim's place in its article's text."""

    id: int
    start: int
    end: int
    status: str
    speaker: str


@dataclass(frozen=True)
class ArticleView:
    """An article's text and metadata with every claim found in it."""

    id: int
    title: str | None
    outlet: str | None
    published: date | None
    source: str
    url: str | None
    text: str
    claims: tuple[ArticleClaim, ...]


def article_view(session: Session, article_id: int) -> ArticleView | None:
    """The article with its claims in text order, or None if it no longer exists."""
    row = session.execute(
        select(Article, Outlet.name).outerjoin(Outlet, Outlet.id == Article.outlet_id).where(Article.id == article_id)
    ).first()
    if row is None:
        return None
    article, outlet = row
    claims = session.execute(
        select(Claim.id, Claim.start, Claim.end, Claim.status, func.coalesce(Speaker.name, Claim.speaker_text))
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .where(Claim.article_id == article_id)
        .order_by(Claim.start, Claim.id)
    )
    return ArticleView(
        id=article.id,
        title=article.title,
        outlet=outlet,
        published=article.published,
        source=article.source,
        url=article.url,
        text=article.text,
        claims=tuple(ArticleClaim(*claim) for claim in claims),
    )
