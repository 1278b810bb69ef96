"""Database engine, SQLite pragmas, schema version and migrations, write transactions.

``--db`` takes a path (default ``db/factcheck.db``, or ``$FACTCHECK_DB``) or a
SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``).
"""

from __future__ import annotations

import os
import random
import re
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

from factcheck import models  # noqa: F401  (registers the tables)
from factcheck.models import SchemaMeta

DEFAULT_DB = "db/factcheck.db"
SCHEMA_VERSION = 4
BUSY_TIMEOUT_MS = 30_000

T = TypeVar("T")


class DatabaseError(Exception):
    """A database cannot be opened or migrated; the message is for the user."""


def database_url(db: str | None = None) -> str:
    """Turn a ``--db`` value (path or URL; ``None`` → ``$FACTCHECK_DB`` or the default) into a URL."""
    value = db or os.environ.get("FACTCHECK_DB") or DEFAULT_DB
    if "://" in value:
        return value
    path = Path(value).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"{value}: cannot create the database folder: {exc.strerror or exc}") from exc
    return f"sqlite:///{path}"


# Ids per ``IN (...)`` list: well under SQLite's and PostgreSQL's bound-parameter limits.
ID_CHUNK = 500


def chunks(ids: Sequence[T], size: int = ID_CHUNK) -> Iterator[list[T]]:
    """``ids`` in consecutive lists of at most ``size``, for ``IN (...)`` queries."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def is_sqlite(engine: Engine) -> bool:
    """True when the engine talks to SQLite."""
    return engine.dialect.name == "sqlite"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db: str | None = None) -> Engine:
    """Open (and create or migrate) the database named by ``db``."""
    url = database_url(db)
    kwargs: dict = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    try:
        shown = make_url(url).render_as_string(hide_password=True)
        engine = create_engine(url, **kwargs)
    except Exception as exc:  # bad URL, missing driver
        shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)
        raise DatabaseError(f"{shown}: cannot open database: {exc}") from exc
    if is_sqlite(engine):
        _configure_sqlite(engine)
    try:
        init_schema(engine)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{shown}: cannot open database: {getattr(exc, 'orig', None) or exc}") from exc
    return engine


_WRITERS: weakref.WeakKeyDictionary[Engine, Engine] = weakref.WeakKeyDictionary()


def writer(engine: Engine) -> Engine:
    """The engine to use for write transactions (``BEGIN IMMEDIATE`` on SQLite)."""
    if not is_sqlite(engine):
        return engine
    if engine not in _WRITERS:
        _WRITERS[engine] = engine.execution_options(sqlite_immediate=True)
    return _WRITERS[engine]


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session whose whole body is one write transaction, committed on success."""
    with Session(writer(engine), expire_on_commit=False) as session:
        with session.begin():
            yield session


def retry_locked(fn: Callable[[], T], attempts: int = 8) -> T:
    """Run ``fn``, retrying with backoff when SQLite reports the database locked/busy."""
    for attempt in range(attempts):
        try:
            return fn()
        except OperationalError as exc:
            message = str(exc.orig).lower()
            if ("locked" not in message and "busy" not in message) or attempt == attempts - 1:
                raise
            time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def schema_version(engine: Engine) -> int | None:
    """The schema version recorded in the database, or None for an empty database."""
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "schema_meta"):
            return None
        row = conn.execute(text("SELECT value FROM schema_meta WHERE key = 'schema_version'")).first()
        return int(row[0]) if row else None


# A claim's identity in review_event (see factcheck.verdicts): an event still pointing at its claim
# takes that claim's (occurrence, occurrences); an orphaned one (its claim re-derived before) is
# re-attached when its article has exactly one claim with its assertion, and otherwise records how
# many there are, so that it is reported as ambiguous instead of being placed on one of them.
_SAME_TEXT = "c.assertion = review_event.assertion AND a.sha256 = review_event.article_sha256"
_BY_TEXT = f"FROM claim c JOIN article a ON a.id = c.article_id WHERE {_SAME_TEXT}"
_SIBLINGS = (
    "FROM claim c JOIN claim t ON c.article_id = t.article_id AND c.assertion = t.assertion "
    "WHERE t.id = review_event.claim_id"
)
_REVIEW_IDENTITY = [
    "ALTER TABLE review_event ADD COLUMN occurrence INTEGER",
    "ALTER TABLE review_event ADD COLUMN occurrences INTEGER",
    f"UPDATE review_event SET claim_id = (SELECT c.id {_BY_TEXT}) WHERE claim_id IS NULL AND (SELECT count(*) {_BY_TEXT}) = 1",
    f"UPDATE review_event SET occurrences = (SELECT count(*) {_SIBLINGS}), occurrence = (SELECT count(*) {_SIBLINGS} "
    "AND (c.start < t.start OR (c.start = t.start AND c.id < t.id))) WHERE claim_id IS NOT NULL",
    f"UPDATE review_event SET occurrences = (SELECT count(*) {_BY_TEXT}) "
    f"WHERE claim_id IS NULL AND (SELECT count(*) {_BY_TEXT}) > 1",
]

# Migrations: version N → N+1, each a list of SQL statements run in one transaction with the
# creation of any new tables. Keep a database of every released version in tests/data/.
MIGRATIONS: dict[int, list[str]] = {
    1: ["CREATE INDEX IF NOT EXISTS ix_claim_independent_sources ON claim (independent_sources)"],
    2: [],  # adds the claim_match table (made by create_all); the linker fills it
    3: _REVIEW_IDENTITY,
}


def init_schema(engine: Engine) -> None:
    """Create missing tables, migrate older schemas, and set up full-text search."""
    from factcheck.search import ensure_search_index

    def _init() -> None:
        version = schema_version(engine)
        if version is not None and version > SCHEMA_VERSION:
            raise DatabaseError(
                f"database schema version {version} is newer than this factcheck ({SCHEMA_VERSION}); upgrade factcheck"
            )
        with writer(engine).begin() as conn:
            if version is not None:
                for v in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[v]:
                        conn.execute(text(statement))
            SQLModel.metadata.create_all(conn)
            ensure_search_index(conn)
            conn.execute(text("DELETE FROM schema_meta WHERE key = 'schema_version'"))
            conn.execute(
                SchemaMeta.__table__.insert().values(key="schema_version", value=str(SCHEMA_VERSION))
            )

    if schema_version(engine) == SCHEMA_VERSION:
        return
    retry_locked(_init)
