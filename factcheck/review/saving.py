"""Review actions saved off the UI thread, one at a time, in the order they were made.

A verdict key never waits for the database: the action is queued and a thread worker
writes it, retrying for as long as another connection holds the lock. Only the writer
thread touches :attr:`SaveQueue.history` (the saved actions this session can undo).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from factcheck.db import DatabaseBusy, DatabaseError
from factcheck.review.actions import ReviewChange, ReviewError, apply_review, undo


class StopSaving(Exception):
    """Raised by a busy callback to stop waiting (the app is closing)."""


@dataclass(frozen=True)
class Review:
    """A verdict and/or note for one claim (``changes``: ``status=…``, ``note=…``)."""

    claim_id: int
    changes: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Undo:
    """Undo this session's last saved action."""


Action = Review | Undo


@dataclass(frozen=True)
class Outcome:
    """What became of an action: the change it made, or why it was not made (neither: nothing to undo)."""

    action: Action
    change: ReviewChange | None = None
    error: str | None = None


class SaveQueue:
    """Actions waiting to be written, oldest first."""

    def __init__(self, engine: Engine, reviewer: str) -> None:
        self.engine = engine
        self.reviewer = reviewer
        self.history: list[ReviewChange] = []
        self._queue: deque[Action] = deque()
        self._lock = threading.Lock()
        self._writing = False

    @property
    def pending(self) -> int:
        """How many actions are not written yet."""
        return len(self._queue)

    def put(self, action: Action) -> bool:
        """Queue ``action``; True when no writer is running and one must be started."""
        with self._lock:
            self._queue.append(action)
            start, self._writing = not self._writing, True
            return start

    def drain(self, done: Callable[[Outcome], None], busy: Callable[[float], None]) -> None:
        """Write the queued actions in order until none is left (call it in a thread worker).

        ``done`` hears of each action; ``busy(seconds waited)`` is called while the database is
        locked, and may raise :class:`StopSaving` to give up (the unwritten actions stay queued).
        """
        while True:
            with self._lock:
                if not self._queue:
                    self._writing = False
                    return
                action = self._queue[0]
            try:
                outcome = self._write(action, busy)
            except BaseException:
                with self._lock:
                    self._writing = False
                raise
            with self._lock:
                self._queue.popleft()
            done(outcome)

    def _write(self, action: Action, busy: Callable[[float], None]) -> Outcome:
        while True:
            try:
                if isinstance(action, Undo):
                    if not self.history:
                        return Outcome(action)
                    change = undo(self.engine, self.history[-1], busy)
                    self.history.pop()
                    return Outcome(action, change)
                change = apply_review(self.engine, action.claim_id, reviewer=self.reviewer, on_busy=busy, **action.changes)
                self.history.append(change)
                return Outcome(action, change)
            except DatabaseBusy:
                continue  # still locked after the lock timeout: keep the action and wait on
            except ReviewError as exc:
                if isinstance(action, Undo):
                    self.history.pop()  # it can never be undone now
                return Outcome(action, error=str(exc))
            except (SQLAlchemyError, sqlite3.Error, DatabaseError, OSError) as exc:
                return Outcome(action, error=f"the database is unavailable: {getattr(exc, 'orig', None) or exc}")
