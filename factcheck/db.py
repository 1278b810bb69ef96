"""Database engine, SQLite pragmas, schema version and migrations, write transactions.

``--db`` takes a path or a SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``); without
it, ``$FACTCHECK_DB``, else :func:`default_database`: the project's ``db/factcheck.db`` when run
from the project folder, else ``factcheck.db`` in the user's data folder.
"""

from __future__ import annotations

import logging
import os
import random
import re
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

from factcheck import models  # noqa: F401  (registers the tables)
from factcheck.ingest.normalize_text import escape_surrogates

PROJECT_DB = "db/factcheck.db"  # relative to the project folder
PROJECT_ROOT = Path(__file__).resolve().parents[1]
SCHEMA_VERSION = 7
# How long SQLite waits for another connection's lock before a write is retried, and how long a
# write keeps retrying before it gives up (seconds; the environment variables override them).
BUSY_TIMEOUT_ENV, BUSY_TIMEOUT = "FACTCHECK_BUSY_TIMEOUT", 5.0
LOCK_TIMEOUT_ENV, LOCK_TIMEOUT = "FACTCHECK_LOCK_TIMEOUT", 600.0
BUSY_NOTICE = "database busy, retrying…"

log = logging.getLogger(__name__)

T = TypeVar("T")


class DatabaseError(Exception):
    """A database cannot be opened or migrated; the message is for the user."""


# What SQLite (message) and PostgreSQL (SQLSTATE) say when the storage refuses a write, said for the user.
_SQLITE_STORAGE_FAILURES = {
    "database or disk is full": "the disk is full (or the database reached its size limit)",
    "attempt to write a readonly database": "the database cannot be written (a read-only or immutable file or disk)",
    "disk i/o error": "disk I/O error",
    "unable to open database file": "cannot open the database file or its journal",
}
_POSTGRES_STORAGE_FAILURES = {
    "53100": "the database server's disk is full",
    "53200": "the database server is out of memory",
    "25006": "the database is read-only",
}


def storage_failure(exc: BaseException) -> str | None:
    """The cause, for the user, when ``exc`` is the database's storage refusing work (disk full, read-only
    or immutable file, I/O error); None for any other error."""
    orig = getattr(exc, "orig", None) or exc
    if (state := getattr(orig, "sqlstate", None)) in _POSTGRES_STORAGE_FAILURES:
        return _POSTGRES_STORAGE_FAILURES[state]
    message = str(orig).lower()
    return next((cause for said, cause in _SQLITE_STORAGE_FAILURES.items() if said in message), None)


class DatabaseBusy(DatabaseError):
    """Another connection kept the database locked for longer than the lock timeout."""


def _seconds(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        raise DatabaseError(f"{name} must be a number of seconds, not {value!r}") from None
    if seconds < 0:
        raise DatabaseError(f"{name} must be a number of seconds, not {value!r}")
    return seconds


def busy_timeout() -> float:
    """Seconds SQLite waits for a lock held by another connection before a write is retried."""
    return _seconds(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT)


def lock_timeout() -> float:
    """Seconds a write keeps retrying while the database is locked before it gives up."""
    return _seconds(LOCK_TIMEOUT_ENV, LOCK_TIMEOUT)


class NoDatabase(DatabaseError):
    """A command that only reads was given a database file that does not exist."""


def default_database() -> str:
    """The database used without ``--db`` or ``$FACTCHECK_DB``: ``db/factcheck.db`` when run from the
    project folder (as ``make run`` does), else ``factcheck.db`` in the user's data folder."""
    if (PROJECT_ROOT / "pyproject.toml").is_file() and Path.cwd().resolve() == PROJECT_ROOT:
        return PROJECT_DB
    from platformdirs import user_data_path

    return str(user_data_path("factcheck", appauthor=False) / "factcheck.db")


def chosen_database(db: str | None = None) -> str:
    """The ``--db`` value in force: ``db``, else ``$FACTCHECK_DB``, else :func:`default_database`."""
    return db or os.environ.get("FACTCHECK_DB") or default_database()


def _sqlite_file(url: str) -> str | None:
    """The file of a ``sqlite:///`` URL (None for an in-memory database or another backend)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return parsed.database


def database_url(db: str | None = None, *, create: bool = True) -> str:
    """Turn a ``--db`` value (path or URL; ``None`` → :func:`chosen_database`) into a URL.

    With ``create`` the folder of a database file is made; without it a missing file is
    :class:`NoDatabase` (a command that only reads never leaves an empty database behind).
    """
    value = chosen_database(db)
    if "://" in value:
        try:
            path = _sqlite_file(value)
        except Exception:  # a malformed URL is reported when the engine is made
            path = None
        if path is not None and not create and not Path(path).exists():
            raise NoDatabase(f"{path}: no such database; `factcheck init` or `factcheck ingest` creates one")
        return value
    if escape_surrogates(value) != value:
        raise DatabaseError(f"{escape_surrogates(value)}: the database path is not valid UTF-8; rename it")
    path = Path(value).expanduser()
    if not create:
        if not path.is_file():
            raise NoDatabase(f"{value}: no such database; `factcheck init` or `factcheck ingest` creates one")
        return f"sqlite:///{path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"{value}: cannot create the database folder: {exc.strerror or exc}") from exc
    return f"sqlite:///{path}"


def database_label(db: str | None = None) -> str:
    """A ``--db`` value as shown in messages: the path, or the URL with its password hidden."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", chosen_database(db))


# Ids per ``IN (...)`` list: well under SQLite's and PostgreSQL's bound-parameter limits.
ID_CHUNK = 500


def chunks(ids: Sequence[T], size: int = ID_CHUNK) -> Iterator[list[T]]:
    """``ids`` in consecutive lists of at most ``size``, for ``IN (...)`` queries."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def is_sqlite(engine: Engine) -> bool:
    """True when the engine talks to SQLite."""
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    """The file of an SQLite database (None for other databases and in-memory ones)."""
    name = engine.url.database if is_sqlite(engine) else None
    return Path(name) if name and name != ":memory:" else None


def _configure_sqlite(engine: Engine, waits: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(waits * 1000)}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db: str | None = None, *, create: bool = True) -> Engine:
    """Open (and migrate) the database named by ``db``; a missing one is created only with ``create``."""
    url = database_url(db, create=create)
    waits = busy_timeout()
    kwargs: dict = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": waits}
    try:
        shown = make_url(url).render_as_string(hide_password=True)
        engine = create_engine(url, **kwargs)
    except Exception as exc:  # bad URL, missing driver
        shown = database_label(url)
        raise DatabaseError(f"{shown}: cannot open database: {exc}") from exc
    if is_sqlite(engine):
        _configure_sqlite(engine, waits)
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


def is_locked(exc: BaseException) -> bool:
    """True for the error of a write that found the database locked or busy."""
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).lower()
    return isinstance(exc, (OperationalError, sqlite3.OperationalError)) and ("locked" in message or "busy" in message)


# Called before each retry of a write that found the database locked, with the seconds waited so far.
BusyCallback = Callable[[float], None]


def log_busy(waited: float) -> None:
    """The default :data:`BusyCallback`: log ``database busy, retrying…`` when the wait starts."""
    if not waited:
        log.warning(BUSY_NOTICE)


def retry_locked(fn: Callable[[], T], on_busy: BusyCallback = log_busy) -> T:
    """Run ``fn``, retrying with backoff while the database is locked by another connection.

    Before each retry ``on_busy(seconds waited so far)`` is called (it may raise to stop
    waiting); the default logs ``database busy, retrying…`` once. After :func:`lock_timeout`
    seconds, :class:`DatabaseBusy` is raised.
    """
    started: float | None = None
    attempt = 0
    while True:
        try:
            return fn()
        except (OperationalError, sqlite3.OperationalError) as exc:
            if not is_locked(exc):
                raise
            now = time.monotonic()
            started = now if started is None else started
            limit = lock_timeout()
            if now - started >= limit:
                raise DatabaseBusy(
                    f"the database stayed locked by another connection for {limit:g} s; gave up writing"
                ) from exc
            on_busy(now - started)
            time.sleep(min(1.0, 0.05 * 2 ** min(attempt, 5), limit - (now - started)) * (0.5 + random.random()))
            attempt += 1


def read_meta(conn: Connection, key: str) -> str | None:
    """The ``schema_meta`` value of ``key``, None when unset."""
    row = conn.execute(text("SELECT value FROM schema_meta WHERE key = :k"), {"k": key}).first()
    return row[0] if row else None


def write_meta(conn: Connection, key: str, value: str) -> None:
    """Set the ``schema_meta`` value of ``key`` (inside the caller's transaction)."""
    conn.execute(text("DELETE FROM schema_meta WHERE key = :k"), {"k": key})
    conn.execute(text("INSERT INTO schema_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def in_write_transaction(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work(conn)`` as one write transaction, retried while the database is locked."""
    def _run() -> T:
        with write_session(engine) as session:
            return work(session.connection())

    return retry_locked(_run)


def schema_version(engine: Engine) -> int | None:
    """The schema version recorded in the database, or None for an empty database."""
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "schema_meta"):
            return None
        value = read_meta(conn, "schema_version")
        return int(value) if value else None


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
    # claim relations: existing links are the same claim until the next `link`, which relinks
    # everything (the matching forms are dropped, so their version no longer matches)
    3: [
        "ALTER TABLE claim_link ADD COLUMN relation VARCHAR NOT NULL DEFAULT 'same'",
        "ALTER TABLE claim_link ADD COLUMN differences TEXT",
        "DELETE FROM schema_meta WHERE key = 'link_match_version'",
    ],
    4: _REVIEW_IDENTITY,
    5: [  # web intake: URL identity, page metadata, article versions (and the web_fetch table)
        "ALTER TABLE article ADD COLUMN url_key VARCHAR",
        "ALTER TABLE article ADD COLUMN author VARCHAR",
        "ALTER TABLE article ADD COLUMN modified DATE",
        "ALTER TABLE article ADD COLUMN previous_id INTEGER REFERENCES article (id)",
        "CREATE INDEX IF NOT EXISTS ix_article_url_key ON article (url_key)",
        "CREATE INDEX IF NOT EXISTS ix_article_previous_id ON article (previous_id)",
    ],
    # assignment: who a claim is assigned to, on the claim and, like status and note, on every event
    6: [
        "ALTER TABLE claim ADD COLUMN assignee VARCHAR",
        "ALTER TABLE review_event ADD COLUMN assignee VARCHAR",
        "CREATE INDEX IF NOT EXISTS ix_claim_assignee ON claim (assignee)",
    ],
}


_ADD_COLUMN = re.compile(r"\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.IGNORECASE)


def _adds_existing_column(conn: Connection, statement: str) -> bool:
    """True for ``ALTER TABLE t ADD COLUMN c`` when ``t.c`` exists already (a database a newer build touched)."""
    found = _ADD_COLUMN.match(statement)
    if not found:
        return False
    table, column = found.groups()
    return column in {info["name"] for info in inspect(conn).get_columns(table)}


def init_schema(engine: Engine) -> None:
    """Create missing tables, migrate older schemas, and set up full-text search."""
    from factcheck.fts import ensure_search_index

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
                        if not _adds_existing_column(conn, statement):
                            conn.execute(text(statement))
            SQLModel.metadata.create_all(conn)
            ensure_search_index(conn)
            write_meta(conn, "schema_version", str(SCHEMA_VERSION))

    if schema_version(engine) == SCHEMA_VERSION:
        return
    retry_locked(_init)
