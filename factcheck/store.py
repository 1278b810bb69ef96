"""Storing analysed articles: each article, with its sentences, speakers and claims, is one transaction.

Claims are derived data: re-processing replaces them, and every claim takes back the
latest verdict and note recorded for the same (article sha256, assertion) in
``review_event``, so nothing a reviewer wrote is lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from factcheck.db import retry_locked, write_session
from factcheck.document import RawArticle
from factcheck.models import Article, ArticleWire, Claim, Outlet, ReviewEvent, Sentence, Speaker
from factcheck.pipeline import Analysis, analyse


@dataclass(frozen=True)
class StoreOutcome:
    """What happened to one article: ``added`` or ``duplicate``."""

    status: str
    article_id: int
    claims: int = 0


def text_sha256(text: str) -> str:
    """The identity of an article: sha256 of its (normalised) raw text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _outlet_id(session: Session, name: str, kind: str) -> int:
    found = session.execute(select(Outlet.id, Outlet.kind).where(Outlet.name == name)).first()
    if found:
        if kind == "wire" and found.kind != "wire":
            session.execute(update(Outlet).where(Outlet.id == found.id).values(kind="wire"))
        return found.id
    return session.execute(insert(Outlet).values(name=name, kind=kind).returning(Outlet.id)).scalar_one()


def _speaker_id(session: Session, name: str, role: str | None, kind: str) -> int:
    found = session.execute(
        select(Speaker.id, Speaker.role).where(Speaker.name == name, Speaker.kind == kind)
    ).first()
    if found:
        if role and not found.role:
            session.execute(update(Speaker).where(Speaker.id == found.id).values(role=role))
        return found.id
    return session.execute(
        insert(Speaker).values(name=name, role=role, kind=kind).returning(Speaker.id)
    ).scalar_one()


def latest_reviews(session: Session, sha256: str) -> dict[str, tuple[str, str | None]]:
    """The latest (status, note) per assertion recorded for the article with this sha256."""
    rows = session.execute(
        select(ReviewEvent.assertion, ReviewEvent.status, ReviewEvent.note)
        .where(ReviewEvent.article_sha256 == sha256)
        .order_by(ReviewEvent.id)
    )
    return {row.assertion: (row.status, row.note) for row in rows}


def _store_derived(session: Session, article_id: int, sha256: str, analysis: Analysis) -> int:
    """Insert sentences, speakers and claims of one article; return the number of claims."""
    sentence_ids: dict[int, int] = {}
    if analysis.sentences:
        rows = session.execute(
            insert(Sentence).returning(Sentence.id, Sentence.idx, sort_by_parameter_order=True),
            [
                {"article_id": article_id, "idx": s.idx, "start": s.start, "end": s.end, "text": s.text}
                for s in analysis.sentences
            ],
        )
        sentence_ids = {row.idx: row.id for row in rows}
    if not analysis.claims:
        return 0
    reviews = latest_reviews(session, sha256)
    speakers: dict[tuple[str, str], int] = {}
    claim_rows = []
    for draft in analysis.claims:
        ref = draft.speaker
        key = (ref.name, ref.kind)
        if key not in speakers:
            speakers[key] = _speaker_id(session, ref.name, ref.role, ref.kind)
        status, note = reviews.get(draft.assertion, ("unreviewed", None))
        claim_rows.append(
            {
                "article_id": article_id,
                "sentence_id": sentence_ids.get(draft.sentence_idx),
                "speaker_id": speakers[key],
                "speaker_text": draft.speaker_text,
                "assertion": draft.assertion,
                "verb": draft.verb,
                "kind": draft.kind,
                "start": draft.start,
                "end": draft.end,
                "status": status,
                "note": note,
            }
        )
    session.execute(insert(Claim), claim_rows)
    return len(claim_rows)


def find_article(session: Session, sha256: str) -> int | None:
    """The id of the article with this sha256, if stored."""
    return session.execute(select(Article.id).where(Article.sha256 == sha256)).scalar()


def store_article(engine: Engine, raw: RawArticle, *, outlet: str | None = None, language: str = "auto") -> StoreOutcome:
    """Analyse and store one article in a single transaction; a known text is a no-op."""
    sha256 = text_sha256(raw.text)
    with Session(engine) as session:
        existing = find_article(session, sha256)
    if existing is not None:
        return StoreOutcome("duplicate", existing)
    analysis = analyse(raw, outlet=outlet, language=language)

    def _write() -> StoreOutcome:
        with write_session(engine) as session:
            existing = find_article(session, sha256)
            if existing is not None:
                return StoreOutcome("duplicate", existing)
            cleaned = analysis.article
            outlet_id = _outlet_id(session, cleaned.outlet, "outlet") if cleaned.outlet else None
            article_id = session.execute(
                insert(Article)
                .values(
                    source=raw.source,
                    url=raw.url,
                    sha256=sha256,
                    title=cleaned.title,
                    outlet_id=outlet_id,
                    published=cleaned.published,
                    language=cleaned.language,
                    text=cleaned.text,
                    raw_text=raw.text,
                    decoding=raw.decoding,
                )
                .returning(Article.id)
            ).scalar_one()
            for wire in dict.fromkeys(cleaned.wires):
                session.execute(
                    insert(ArticleWire).values(article_id=article_id, outlet_id=_outlet_id(session, wire, "wire"))
                )
            claims = _store_derived(session, article_id, sha256, analysis)
            return StoreOutcome("added", article_id, claims)

    try:
        return retry_locked(_write)
    except IntegrityError:  # the same text stored concurrently by another process
        with Session(engine) as session:
            existing = find_article(session, sha256)
        if existing is None:
            raise
        return StoreOutcome("duplicate", existing)


def reprocess_article(engine: Engine, article_id: int) -> int:
    """Re-derive one article's sentences and claims from its raw text; verdicts carry over."""
    with Session(engine) as session:
        article = session.get(Article, article_id)
        if article is None:
            raise KeyError(article_id)
        outlet = session.get(Outlet, article.outlet_id).name if article.outlet_id else None
        raw = RawArticle(source=article.source, text=article.raw_text, title=article.title, outlet=outlet)
        sha256, language = article.sha256, article.language
    analysis = analyse(raw, outlet=outlet, language=language)

    def _write() -> int:
        with write_session(engine) as session:
            session.execute(delete(Claim).where(Claim.article_id == article_id))
            session.execute(delete(Sentence).where(Sentence.article_id == article_id))
            session.execute(
                update(Article)
                .where(Article.id == article_id)
                .values(text=analysis.article.text, title=analysis.article.title, published=analysis.article.published)
            )
            return _store_derived(session, article_id, sha256, analysis)

    return retry_locked(_write)


def article_ids(engine: Engine) -> list[int]:
    """Ids of every stored article, ascending."""
    with Session(engine) as session:
        return list(session.execute(select(Article.id).order_by(Article.id)).scalars())


def reprocess_all(engine: Engine, ids: Iterable[int] | None = None) -> int:
    """Re-derive the claims of the given (default: all) articles; return the number of claims."""
    return sum(reprocess_article(engine, article_id) for article_id in (ids or article_ids(engine)))
