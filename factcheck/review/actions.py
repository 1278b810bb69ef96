"""Review actions: every verdict or note is one transaction writing the claim and a ``review_event``.

The review UI and ``factcheck mark`` both go through :func:`apply_review`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from factcheck.db import retry_locked, write_session
from factcheck.models import STATUSES, Article, Claim, ReviewEvent
from factcheck.verdicts import claim_occurrence

_KEEP = object()


class ReviewError(ValueError):
    """A review action that cannot be applied (unknown claim or status)."""


@dataclass(frozen=True)
class ReviewChange:
    """One applied action, with what it replaced (so it can be undone)."""

    claim_id: int
    status: str
    note: str | None
    previous_status: str
    previous_note: str | None


def apply_review(
    engine: Engine,
    claim_id: int,
    *,
    status: str | None = None,
    note: str | None | object = _KEEP,
    reviewer: str = "",
) -> ReviewChange:
    """Set a claim's status and/or note in one transaction and append the event; omitted values are kept."""
    if status is not None and status not in STATUSES:
        raise ReviewError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")

    def _write() -> ReviewChange:
        with write_session(engine) as session:
            row = session.execute(
                select(Claim.status, Claim.note, Claim.assertion, Article.sha256)
                .join(Article, Article.id == Claim.article_id)
                .where(Claim.id == claim_id)
            ).first()
            if row is None:
                raise ReviewError(f"no claim with id {claim_id}")
            new_status = status if status is not None else row.status
            new_note = row.note if note is _KEEP else (note or None)
            session.execute(update(Claim).where(Claim.id == claim_id).values(status=new_status, note=new_note))
            occurrence, occurrences = claim_occurrence(session.connection(), claim_id)
            session.execute(
                insert(ReviewEvent).values(
                    claim_id=claim_id,
                    article_sha256=row.sha256,
                    assertion=row.assertion,
                    occurrence=occurrence,
                    occurrences=occurrences,
                    status=new_status,
                    note=new_note,
                    reviewer=reviewer,
                )
            )
            return ReviewChange(claim_id, new_status, new_note, row.status, row.note)

    return retry_locked(_write)


def undo(engine: Engine, change: ReviewChange, reviewer: str = "") -> ReviewChange:
    """Restore what ``change`` replaced, recorded as a new event (history stays append-only)."""
    return apply_review(
        engine, change.claim_id, status=change.previous_status, note=change.previous_note, reviewer=reviewer
    )
