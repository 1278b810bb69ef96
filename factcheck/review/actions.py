"""Review actions: every verdict, note or assignment is one transaction writing the claim and a ``review_event``.

The review UI and ``factcheck mark`` both go through :func:`apply_review`; :func:`undo`
reverts a reviewer's own action only while it is still the claim's latest.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.db import BusyCallback, log_busy, retry_locked, write_session
from factcheck.models import STATUSES, Article, Claim, ReviewEvent
from factcheck.verdicts import claim_occurrence

_KEEP = object()


def login_name() -> str:
    """The user's login name: who reviews when no ``--reviewer`` or ``$FACTCHECK_REVIEWER`` says ("" if unknown)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class ReviewError(ValueError):
    """A review action that cannot be applied (unknown claim or status, or an undo that came too late)."""


@dataclass(frozen=True)
class ReviewChange:
    """One applied action (its ``review_event`` id), with what it replaced (so it can be undone)."""

    claim_id: int
    status: str
    note: str | None
    previous_status: str
    previous_note: str | None
    event_id: int
    reviewer: str = ""
    assignee: str | None = None
    previous_assignee: str | None = None


def _apply(
    session: Session,
    claim_id: int,
    status: str | None,
    note: str | None | object,
    reviewer: str,
    assignee: str | None | object = _KEEP,
) -> ReviewChange:
    row = session.execute(
        select(Claim.status, Claim.note, Claim.assignee, Claim.assertion, Article.sha256)
        .join(Article, Article.id == Claim.article_id)
        .where(Claim.id == claim_id)
    ).first()
    if row is None:
        raise ReviewError(f"no claim with id {claim_id}")
    new_status = status if status is not None else row.status
    new_note = row.note if note is _KEEP else (note or None)
    new_assignee = row.assignee if assignee is _KEEP else (assignee or None)
    session.execute(
        update(Claim).where(Claim.id == claim_id).values(status=new_status, note=new_note, assignee=new_assignee)
    )
    occurrence, occurrences = claim_occurrence(session.connection(), claim_id)
    event_id = session.execute(
        insert(ReviewEvent)
        .values(
            claim_id=claim_id,
            article_sha256=row.sha256,
            assertion=row.assertion,
            occurrence=occurrence,
            occurrences=occurrences,
            status=new_status,
            note=new_note,
            assignee=new_assignee,
            reviewer=reviewer,
        )
        .returning(ReviewEvent.id)
    ).scalar_one()
    return ReviewChange(
        claim_id, new_status, new_note, row.status, row.note, event_id, reviewer, new_assignee, row.assignee
    )


def apply_review(
    engine: Engine,
    claim_id: int,
    *,
    status: str | None = None,
    note: str | None | object = _KEEP,
    assignee: str | None | object = _KEEP,
    reviewer: str = "",
    on_busy: BusyCallback = log_busy,
) -> ReviewChange:
    """Set a claim's status, note and/or assignee (None or "": nobody) in one transaction and append the
    event; omitted values are kept.

    While the database is locked elsewhere the write is retried (see :func:`~factcheck.db.retry_locked`).
    """
    if status is not None and status not in STATUSES:
        raise ReviewError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")

    def _write() -> ReviewChange:
        with write_session(engine) as session:
            return _apply(session, claim_id, status, note, reviewer, assignee)

    return retry_locked(_write, on_busy)


def undo(engine: Engine, change: ReviewChange, on_busy: BusyCallback = log_busy) -> ReviewChange:
    """Restore what ``change`` replaced, as a new event by the same reviewer (history stays append-only).

    Refused (:class:`ReviewError`, saying why) when anyone acted on the claim after ``change``.
    """

    def _write() -> ReviewChange:
        with write_session(engine) as session:
            latest = session.execute(
                select(ReviewEvent.id, ReviewEvent.reviewer, ReviewEvent.status)
                .where(ReviewEvent.claim_id == change.claim_id)
                .order_by(ReviewEvent.id.desc())
                .limit(1)
            ).first()
            if latest is None or latest.id != change.event_id:
                by = f" by {latest.reviewer}" if latest is not None and latest.reviewer else ""
                now = f" (it is now {latest.status})" if latest is not None else ""
                raise ReviewError(f"claim {change.claim_id} was changed{by} after this action{now}; not undone")
            return _apply(
                session,
                change.claim_id,
                change.previous_status,
                change.previous_note,
                change.reviewer,
                change.previous_assignee,
            )

    return retry_locked(_write, on_busy)
