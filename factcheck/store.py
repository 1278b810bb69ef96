"""Storing analysed articles: each article, with its sentences, speakers and claims, is one transaction.

Claims are derived data: re-processing replaces them, and every claim takes back the
latest verdict and note recorded under its identity in ``review_event`` (see
:mod:`factcheck.verdicts`), so nothing a reviewer wrote is lost; a verdict that cannot be
placed on exactly one claim is reported, never guessed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from factcheck.db import chunks, retry_locked, writer
from factcheck.document import RawArticle, SpeakerRef
from factcheck.ingest.dates import parse_published
from factcheck.ingest.outlets import outlet_domain
from factcheck.ingest.urls import is_web_url, url_key
from factcheck.models import Article, ArticleWire, Claim, Outlet, Sentence, Speaker
from factcheck.pipeline import Analysis, analyse
from factcheck.verdicts import Identity, Review, attach_events, latest_reviews, occurrences, place_reviews


@dataclass(frozen=True)
class StoreOutcome:
    """What happened to one article: ``added`` or ``duplicate``; ``previous_id`` when it updates a stored version."""

    status: str
    article_id: int
    claims: int = 0
    previous_id: int | None = None


def text_sha256(text: str) -> str:
    """The identity of an article: sha256 of its (normalised) raw text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_OUTLET, _SPEAKER, _ARTICLE = Outlet.__table__, Speaker.__table__, Article.__table__
_SENTENCE, _CLAIM, _WIRE = Sentence.__table__, Claim.__table__, ArticleWire.__table__


def _outlet_id(conn: Connection, name: str, kind: str) -> int:
    # Outlets are never deleted, so ids read from committed rows are cached on the connection.
    cache: dict[tuple[str, str], int] = conn.info.setdefault("factcheck_outlets", {})
    if (name, kind) in cache:
        return cache[(name, kind)]
    found = conn.execute(select(_OUTLET.c.id, _OUTLET.c.kind).where(_OUTLET.c.name == name)).first()
    if found:
        if kind == "wire" and found.kind != "wire":
            conn.execute(update(_OUTLET).where(_OUTLET.c.id == found.id).values(kind="wire"))
        else:
            cache[(name, kind)] = found.id
        return found.id
    return conn.execute(
        insert(_OUTLET).values(name=name, kind=kind, domain=outlet_domain(name)).returning(_OUTLET.c.id)
    ).scalar_one()


def _speaker_ids(conn: Connection, refs: Iterable[SpeakerRef]) -> dict[tuple[str, str], int]:
    """Ids of the speakers named in ``refs`` (by name and kind), creating the missing ones."""
    wanted = {(ref.name, ref.kind): ref.role for ref in refs}
    found = conn.execute(
        select(_SPEAKER.c.id, _SPEAKER.c.name, _SPEAKER.c.kind, _SPEAKER.c.role).where(
            _SPEAKER.c.name.in_({name for name, _ in wanted})
        )
    ).all()
    ids = {(row.name, row.kind): row.id for row in found if (row.name, row.kind) in wanted}
    for row in found:
        role = wanted.get((row.name, row.kind))
        if role and not row.role:
            conn.execute(update(_SPEAKER).where(_SPEAKER.c.id == row.id).values(role=role))
    missing = [{"name": n, "kind": k, "role": r} for (n, k), r in wanted.items() if (n, k) not in ids]
    if missing:
        created = conn.execute(
            insert(_SPEAKER).returning(_SPEAKER.c.id, _SPEAKER.c.name, _SPEAKER.c.kind, sort_by_parameter_order=True),
            missing,
        )
        ids.update({(row.name, row.kind): row.id for row in created})
    return ids


def _earlier_versions(conn: Connection, sha256: str) -> list[str]:
    """The sha256s of the versions an article (by sha256) updates, newest first."""
    found: list[str] = []
    row = conn.execute(select(_ARTICLE.c.previous_id).where(_ARTICLE.c.sha256 == sha256)).first()
    previous = row.previous_id if row else None
    while previous is not None and len(found) < 100:
        row = conn.execute(select(_ARTICLE.c.sha256, _ARTICLE.c.previous_id).where(_ARTICLE.c.id == previous)).first()
        if row is None:
            break
        found.append(row.sha256)
        previous = row.previous_id
    return found


def _version_reviews(conn: Connection, sha256: str) -> tuple[dict[Identity, Review], dict[Identity, Review]]:
    """(the article's own latest reviews, those merged with the reviews of the versions it updates).

    For an updated page, verdicts recorded on its earlier versions go to the claims still there;
    the article's own reviews come first, then the newer versions'.
    """
    own = latest_reviews(conn, sha256)
    merged: dict[Identity, Review] = {}
    for earlier in reversed(_earlier_versions(conn, sha256)):
        merged.update(latest_reviews(conn, earlier))
    merged.update(own)
    return own, merged


def latest_version(conn: Connection, key: str) -> int | None:
    """The id of the newest stored article with this URL key."""
    return conn.execute(
        select(_ARTICLE.c.id).where(_ARTICLE.c.url_key == key).order_by(_ARTICLE.c.id.desc()).limit(1)
    ).scalar()


@dataclass(frozen=True)
class Derived:
    """The claims stored for one article, and those left unreviewed because their verdict was ambiguous."""

    claims: int
    ambiguous: tuple[int, ...] = ()


def _store_derived(conn: Connection, article_id: int, sha256: str, analysis: Analysis) -> Derived:
    """Insert sentences, speakers and claims of one article; claims take back their recorded verdicts."""
    sentence_ids: dict[int, int] = {}
    if analysis.sentences:
        rows = conn.execute(
            insert(_SENTENCE).returning(_SENTENCE.c.id, _SENTENCE.c.idx, sort_by_parameter_order=True),
            [
                {"article_id": article_id, "idx": s.idx, "start": s.start, "end": s.end, "text": s.text}
                for s in analysis.sentences
            ],
        )
        sentence_ids = {row.idx: row.id for row in rows}
    if not analysis.claims:
        return Derived(0)
    keys = [(draft.assertion, draft.start) for draft in analysis.claims]
    own, reviews = _version_reviews(conn, sha256)
    placement = place_reviews(keys, reviews)
    # an unresolved speaker (no name) gets no speaker row: the claim keeps only its speaker text
    speakers = _speaker_ids(conn, (draft.speaker for draft in analysis.claims if draft.speaker.name))
    claim_rows = []
    for draft, review in zip(analysis.claims, placement.reviews):
        key = (draft.speaker.name, draft.speaker.kind)
        claim_rows.append(
            {
                "article_id": article_id,
                "sentence_id": sentence_ids.get(draft.sentence_idx),
                "speaker_id": speakers.get(key),
                "speaker_text": draft.speaker_text,
                "assertion": draft.assertion,
                "verb": draft.verb,
                "kind": draft.kind,
                "start": draft.start,
                "end": draft.end,
                "status": review.status if review else "unreviewed",
                "note": review.note if review else None,
                "assignee": review.assignee if review else None,
            }
        )
    claim_ids = list(
        conn.execute(insert(_CLAIM).returning(_CLAIM.c.id, sort_by_parameter_order=True), claim_rows).scalars()
    )
    for claim_id, taken, identity in zip(claim_ids, placement.taken, occurrences(keys)):
        if taken is not None and taken in own:  # events of earlier versions stay with their claims
            attach_events(conn, sha256, claim_id, taken, identity)
    ambiguous = tuple(claim_id for claim_id, unsure in zip(claim_ids, placement.ambiguous) if unsure)
    return Derived(len(claim_rows), ambiguous)


def find_article(conn: Connection, sha256: str) -> int | None:
    """The id of the article with this sha256, if stored."""
    return conn.execute(select(_ARTICLE.c.id).where(_ARTICLE.c.sha256 == sha256)).scalar()


def stored_hashes(engine: Engine, hashes: Iterable[str]) -> set[str]:
    """Which of these text sha256s are already stored."""
    found: set[str] = set()
    with engine.connect() as conn:
        for chunk in chunks(list(hashes)):
            found.update(conn.execute(select(_ARTICLE.c.sha256).where(_ARTICLE.c.sha256.in_(chunk))).scalars())
    return found


def known_article(engine: Engine, raw: RawArticle) -> int | None:
    """The id of the stored article with the same text as ``raw``, if any."""
    with engine.connect() as conn:
        return find_article(conn, text_sha256(raw.text))


def store_article(
    engine: Engine,
    raw: RawArticle,
    *,
    outlet: str | None = None,
    language: str = "auto",
    analysis: Analysis | None = None,
) -> StoreOutcome:
    """Analyse (unless ``analysis`` is given) and store one article in a single transaction.

    A text already stored is a no-op (``duplicate``); give ``analysis`` to skip the work of
    analysing when the caller has done it (e.g. in parallel). An article whose web URL is
    already stored with another text is a new version linked to the newest stored one.
    """
    sha256 = text_sha256(raw.text)
    key = url_key(raw.url) if raw.url and is_web_url(raw.url) else None
    if analysis is None:
        existing = known_article(engine, raw)
        if existing is not None:
            return StoreOutcome("duplicate", existing)
        analysis = analyse(raw, outlet=outlet, language=language)

    def _write() -> StoreOutcome:
        with writer(engine).begin() as conn:
            existing = find_article(conn, sha256)
            if existing is not None:
                return StoreOutcome("duplicate", existing)
            cleaned = analysis.article
            outlet_id = _outlet_id(conn, cleaned.outlet, "outlet") if cleaned.outlet else None
            previous_id = latest_version(conn, key) if key else None
            article_id = conn.execute(
                insert(_ARTICLE)
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
                    url_key=key,
                    author=raw.author,
                    modified=parse_published(raw.modified),
                    previous_id=previous_id,
                )
                .returning(_ARTICLE.c.id)
            ).scalar_one()
            for wire in dict.fromkeys(cleaned.wires):
                conn.execute(
                    insert(_WIRE).values(article_id=article_id, outlet_id=_outlet_id(conn, wire, "wire"))
                )
            derived = _store_derived(conn, article_id, sha256, analysis)
            return StoreOutcome("added", article_id, derived.claims, previous_id)

    try:
        return retry_locked(_write)
    except IntegrityError:  # the same text stored concurrently by another process
        with engine.connect() as conn:
            existing = find_article(conn, sha256)
        if existing is None:
            raise
        return StoreOutcome("duplicate", existing)


def reprocess_article(engine: Engine, article_id: int) -> Derived:
    """Re-derive one article's sentences and claims from its raw text; verdicts carry over."""
    with engine.connect() as conn:
        article = conn.execute(
            select(
                Article.source,
                Article.raw_text,
                Article.title,
                Article.url,
                Article.published,
                Article.sha256,
                Article.language,
                Outlet.name,
            )
            .outerjoin(Outlet, Outlet.id == Article.outlet_id)
            .where(Article.id == article_id)
        ).first()
    if article is None:
        raise KeyError(article_id)
    outlet = article.name
    raw = RawArticle(
        source=article.source,
        text=article.raw_text,
        title=article.title,
        outlet=outlet,
        url=article.url,
        published=article.published.isoformat() if article.published else None,
    )
    sha256, language = article.sha256, article.language
    analysis = analyse(raw, outlet=outlet, language=language)

    def _write() -> Derived:
        with writer(engine).begin() as conn:
            conn.execute(delete(_CLAIM).where(_CLAIM.c.article_id == article_id))
            conn.execute(delete(_SENTENCE).where(_SENTENCE.c.article_id == article_id))
            conn.execute(
                update(_ARTICLE)
                .where(_ARTICLE.c.id == article_id)
                .values(text=analysis.article.text, title=analysis.article.title, published=analysis.article.published)
            )
            return _store_derived(conn, article_id, sha256, analysis)

    return retry_locked(_write)


def article_ids(engine: Engine) -> list[int]:
    """Ids of every stored article, ascending."""
    with engine.connect() as conn:
        return list(conn.execute(select(Article.id).order_by(Article.id)).scalars())


@dataclass(frozen=True)
class Reprocessed:
    """What ``reprocess_all`` did: articles, claims, and claims left unreviewed because their verdict was ambiguous."""

    articles: int
    claims: int
    ambiguous: tuple[int, ...]


def reprocess_all(engine: Engine, on_progress: Callable[[int, int], None] = lambda done, total: None) -> Reprocessed:
    """Re-derive every article's claims. ``on_progress(done, total)`` after each article."""
    ids = article_ids(engine)
    claims = 0
    ambiguous: list[int] = []
    for done, article_id in enumerate(ids, start=1):
        derived = reprocess_article(engine, article_id)
        claims += derived.claims
        ambiguous += derived.ambiguous
        on_progress(done, len(ids))
    return Reprocessed(len(ids), claims, tuple(ambiguous))
