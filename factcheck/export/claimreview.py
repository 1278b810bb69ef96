"""schema.org ClaimReview JSON-LD for every reviewed claim (status verified, disputed or false).

Output: one JSON array of standalone ClaimReview objects, each with its own
``"@context": "https://schema.org"`` so it can be embedded as is in a page's
``<script type="application/ld+json">`` (``<``, ``>`` and ``&`` are written as
``\\u`` escapes for that reason).

Rating mapping (``bestRating`` 5, ``worstRating`` 1; ``alternateName`` in the
article's language, English otherwise):

=========  ===========  ==========  ===============
status     ratingValue  English     Indonesian
=========  ===========  ==========  ===============
verified   5            True        Benar
disputed   3            Disputed    Diperdebatkan
false      1            False       Salah
=========  ===========  ==========  ===============

Fields: ``claimReviewed`` is the assertion (at most ``MAX_CLAIM_CHARS`` characters,
cut at a word), never the verdict. ``itemReviewed`` is a ``Claim`` whose ``author``
is the speaker (``Person`` with ``jobTitle`` = role, or ``Organization`` for
organisations and groups), whose ``appearance`` lists every article of the claim's
group as a ``NewsArticle`` (``url``, or ``identifier`` = the ingest source when there
is no URL; ``headline``; ``datePublished``; ``publisher`` = the outlet), and whose
``firstAppearance`` and ``datePublished`` come from the earliest-dated article.
The review's ``author`` is ``--publisher`` (``Organization``), else the reviewer of
the latest review event (``Person``), else the ``Organization`` "factcheck"; its
``datePublished`` is the date of that latest review event. No ``url`` is written:
the database does not know where reviews are published.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from factcheck.db import chunks
from factcheck.export.groups import ClaimGroup
from factcheck.export.jsondata import dumps
from factcheck.statuses import TABLE
from factcheck.export.records import ClaimRecord
from factcheck.export.text import display, web_url
from factcheck.extract import lang
from factcheck.models import REVIEWED_STATUSES, ReviewEvent

BEST_RATING = 5
WORST_RATING = 1
RATINGS: dict[str, int] = {s.code: s.rating for s in TABLE if s.rating is not None}
# The language of the rating names when the article's language has no pack.
FALLBACK_LANGUAGE = "en"
DEFAULT_PUBLISHER = "factcheck"
MAX_CLAIM_CHARS = 300
_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


@dataclass(frozen=True)
class LatestReview:
    """Who made a claim's latest review action, and on which day."""

    reviewer: str
    day: date


def latest_reviews(session: Session, records: Sequence[ClaimRecord]) -> dict[int, LatestReview]:
    """The latest review event of each record's claim (events follow their claim through re-extraction);
    an event that only assigned the claim (its verdict and note unchanged) is not a review."""
    latest: dict[int, LatestReview] = {}
    for chunk in chunks(sorted({r.id for r in records})):
        rows = session.execute(
            select(ReviewEvent.claim_id, ReviewEvent.reviewer, ReviewEvent.at, ReviewEvent.status, ReviewEvent.note)
            .where(ReviewEvent.claim_id.in_(chunk))
            .order_by(ReviewEvent.id)
        )
        reviewed: dict[int, tuple[str, str | None]] = {}
        for claim_id, reviewer, at, status, note in rows:
            if (status, note) != reviewed.get(claim_id, ("unreviewed", None)):
                latest[claim_id] = LatestReview(reviewer, _utc_date(at))
            reviewed[claim_id] = (status, note)
    return latest


def _utc_date(at: datetime) -> date:
    return (at.astimezone(timezone.utc) if at.tzinfo else at).date()


def shorten(text: str, limit: int = MAX_CLAIM_CHARS) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    text = display(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


def _speaker(record: ClaimRecord) -> dict[str, Any] | None:
    if not record.speaker:
        return None
    if record.speaker_kind == "person":
        return _drop_none({"@type": "Person", "name": display(record.speaker), "jobTitle": display(record.speaker_role) or None})
    return {"@type": "Organization", "name": display(record.speaker)}


def _appearance(record: ClaimRecord) -> dict[str, Any]:
    source = record.article_source
    url = web_url(record.article_url) or web_url(source)
    return _drop_none(
        {
            "@type": "NewsArticle",
            "url": url,
            "identifier": None if url else display(source),
            "headline": display(record.article_title) or None,
            "datePublished": record.published.isoformat() if record.published else None,
            "publisher": {"@type": "Organization", "name": display(record.outlet)} if record.outlet else None,
        }
    )


def _review_author(publisher: str | None, latest: LatestReview | None) -> dict[str, Any]:
    if publisher:
        return {"@type": "Organization", "name": publisher}
    if latest and latest.reviewer:
        return {"@type": "Person", "name": display(latest.reviewer)}
    return {"@type": "Organization", "name": DEFAULT_PUBLISHER}


def claim_review(
    claim: ClaimRecord, group: ClaimGroup, latest: LatestReview | None, publisher: str | None
) -> dict[str, Any]:
    """The ClaimReview of one reviewed ``claim`` of ``group``."""
    value = RATINGS[claim.status]
    names = (lang.PACKS.get(claim.language) or lang.get(FALLBACK_LANGUAGE)).verdict_names
    articles = {c.article_id: c for c in group.citations}
    cited = sorted(articles.values(), key=lambda c: (c.published is None, c.published or date.min, c.article_id))
    first = next((c for c in cited if c.published), articles[claim.article_id])
    item = _drop_none(
        {
            "@type": "Claim",
            "author": _speaker(claim),
            "datePublished": first.published.isoformat() if first.published else None,
            "appearance": [_appearance(c) for c in cited],
            "firstAppearance": _appearance(first),
        }
    )
    return _drop_none(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": shorten(claim.assertion),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": BEST_RATING,
                "worstRating": WORST_RATING,
                "alternateName": names[claim.status],
            },
            "itemReviewed": item,
            "author": _review_author(publisher, latest),
            "datePublished": latest.day.isoformat() if latest else None,
            "inLanguage": claim.language,
        }
    )


def render_claimreview(
    groups: Sequence[ClaimGroup], selected: Collection[int], latest: dict[int, LatestReview], publisher: str | None
) -> str:
    """A JSON array with the ClaimReview of every reviewed claim in ``selected``, by claim id."""
    reviews = [
        (claim.id, claim_review(claim, group, latest.get(claim.id), publisher))
        for group in groups
        for claim in group.citations
        if claim.id in selected and claim.status in REVIEWED_STATUSES
    ]
    return dumps([review for _, review in sorted(reviews, key=lambda r: r[0])], indent=2).translate(_HTML_SAFE) + "\n"
