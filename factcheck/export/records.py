"""Claim records for the exports: each claim with its article, speaker, sentence and corroboration.

Everything is read in one session (one snapshot) and ordered by claim id, so the
same database always gives the same records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from factcheck.db import chunks
from factcheck.export.text import web_url
from factcheck.link.corroboration import corroboration
from factcheck.link.sources import load_articles
from factcheck.models import Article, Claim, Outlet, Sentence, Speaker
from factcheck.queries import ClaimFilter, count_claims, page_ids



@dataclass(frozen=True)
class Link:
    """Another claim reporting the statement, as the linker scored and related it."""

    claim_id: int
    outlet: str | None
    score: float
    source_key: str | None
    same_speaker: bool = False
    relation: str = "same"
    differences: tuple[dict, ...] = ()  # a variant's {"kind", "this", "other"} differing words


@dataclass(frozen=True)
class ClaimRecord:
    """One claim and everything the exports show about it."""

    id: int
    article_id: int
    article_source: str
    article_url: str | None  # an http(s) URL only (export.text.web_url)
    article_title: str | None
    article_sha256: str
    language: str
    outlet: str | None
    wires: tuple[str, ...]
    published: date | None
    speaker: str | None
    speaker_text: str
    speaker_role: str | None
    speaker_kind: str | None
    verb: str
    kind: str
    assertion: str
    sentence: str | None
    start: int
    end: int
    status: str
    note: str | None
    assignee: str | None
    group_id: int | None
    links: tuple[Link, ...]
    corroborating_outlets: tuple[str, ...]
    independent_sources: int



def matching_ids(session: Session, flt: ClaimFilter) -> list[int]:
    """Ids of the claims matching ``flt`` (same semantics as the review UI), ascending."""
    total = count_claims(session, flt)
    if not total:
        return []
    return sorted(page_ids(session, flt, offset=0, limit=total))


def with_group_members(session: Session, ids: Iterable[int]) -> list[int]:
    """``ids`` plus every claim in the same claim group as one of them, ascending."""
    found = set(ids)
    group_ids: set[int] = set()
    for chunk in chunks(sorted(found)):
        group_ids.update(
            g for g in session.execute(select(Claim.group_id).where(Claim.id.in_(chunk))).scalars() if g is not None
        )
    for chunk in chunks(sorted(group_ids)):
        found.update(session.execute(select(Claim.id).where(Claim.group_id.in_(chunk))).scalars())
    return sorted(found)


def _claim_rows(session: Session, ids: Sequence[int]) -> list:
    rows: list = []
    for chunk in chunks(ids):
        rows.extend(
            session.execute(
                select(
                    Claim,
                    Article.source,
                    Article.url,
                    Article.title,
                    Article.sha256,
                    Article.language,
                    Article.published,
                    Outlet.name,
                    Speaker.name,
                    Speaker.role,
                    Speaker.kind,
                    Sentence.text,
                )
                .join(Article, Article.id == Claim.article_id)
                .outerjoin(Outlet, Outlet.id == Article.outlet_id)
                .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
                .outerjoin(Sentence, Sentence.id == Claim.sentence_id)
                .where(Claim.id.in_(chunk))
                .order_by(Claim.id)
            ).all()
        )
    return rows


def load_records(session: Session, ids: Sequence[int]) -> list[ClaimRecord]:
    """The records of the claims ``ids`` (missing ids are skipped), ordered by claim id."""
    ids = sorted(set(ids))
    rows = _claim_rows(session, ids)
    articles = load_articles(session.connection(), {row[0].article_id for row in rows})
    found: dict = {}
    for chunk in chunks(ids):
        found.update(corroboration(session, chunk))
    records = []
    for claim, source, url, title, sha256, language, published, outlet, speaker, role, kind, sentence in rows:
        support = found.get(claim.id)
        links = (
            tuple(
                sorted(
                    (Link(l.claim_id, l.outlet, round(float(l.score), 1), l.source_key, l.same_speaker, l.relation,
                          l.differences) for l in [*support.links, *support.variants]),
                    key=lambda link: link.claim_id,
                )
            )
            if support
            else ()
        )
        records.append(
            ClaimRecord(
                id=claim.id,
                article_id=claim.article_id,
                article_source=source,
                article_url=web_url(url),
                article_title=title,
                article_sha256=sha256,
                language=language,
                outlet=outlet,
                wires=articles[claim.article_id].wires,
                published=published,
                speaker=speaker,
                speaker_text=claim.speaker_text,
                speaker_role=role,
                speaker_kind=kind,
                verb=claim.verb,
                kind=claim.kind,
                assertion=claim.assertion,
                sentence=sentence,
                start=claim.start,
                end=claim.end,
                status=claim.status,
                note=claim.note,
                assignee=claim.assignee,
                group_id=claim.group_id,
                links=links,
                corroborating_outlets=tuple(sorted(set(support.corroborating_outlets))) if support else (),
                independent_sources=support.independent_sources if support else claim.independent_sources,
            )
        )
    return records
