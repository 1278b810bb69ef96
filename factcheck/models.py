"""The tables (sqlmodel). Integer primary keys; every foreign key is indexed."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Column, Index, LargeBinary, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from factcheck.statuses import REVIEWED_STATUSES, STATUSES  # noqa: F401  (the statuses a claim can have)


def utcnow() -> datetime:
    """The current time in UTC (timezone-aware)."""
    return datetime.now(timezone.utc)


class SchemaMeta(SQLModel, table=True):
    """Key/value facts about the database itself, e.g. ``schema_version``."""

    __tablename__ = "schema_meta"
    key: str = Field(primary_key=True)
    value: str


class Outlet(SQLModel, table=True):
    """A news outlet or a wire agency."""

    __tablename__ = "outlet"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    domain: str | None = None
    kind: str = "outlet"  # outlet | wire


class Article(SQLModel, table=True):
    """One ingested article; ``sha256`` of the raw text makes re-ingest a no-op.

    ``url_key`` is the article's URL normalised for deduplication; a page whose text changed
    since it was stored becomes a new article with ``previous_id`` pointing at the older version.
    """

    __tablename__ = "article"
    id: int | None = Field(default=None, primary_key=True)
    source: str
    url: str | None = None
    sha256: str = Field(unique=True)
    title: str | None = None
    outlet_id: int | None = Field(default=None, foreign_key="outlet.id", index=True)
    published: date | None = Field(default=None, index=True)
    language: str = "id"
    text: str = Field(sa_column=Column(Text, nullable=False))
    raw_text: str = Field(sa_column=Column(Text, nullable=False))
    decoding: str = "utf-8"
    ingested_at: datetime = Field(default_factory=utcnow)
    url_key: str | None = Field(default=None, index=True)
    author: str | None = None
    modified: date | None = None
    previous_id: int | None = Field(default=None, foreign_key="article.id", index=True)


class ArticleWire(SQLModel, table=True):
    """A wire source credited by an article."""

    __tablename__ = "article_wire"
    article_id: int = Field(foreign_key="article.id", primary_key=True, ondelete="CASCADE")
    outlet_id: int = Field(foreign_key="outlet.id", primary_key=True, index=True)


class Sentence(SQLModel, table=True):
    """A sentence of an article's cleaned text."""

    __tablename__ = "sentence"
    __table_args__ = (UniqueConstraint("article_id", "idx"),)
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    idx: int
    start: int
    end: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class Speaker(SQLModel, table=True):
    """A person, organisation or group that makes claims; one row per name across articles."""

    __tablename__ = "speaker"
    __table_args__ = (UniqueConstraint("name", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    role: str | None = None
    kind: str = "person"  # person | organization | group


class Claim(SQLModel, table=True):
    """An attributed assertion; ``status``/``note``/``assignee`` are the latest review."""

    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_status", "status"),
        Index("ix_claim_independent_sources", "independent_sources"),
        Index("ix_claim_assignee", "assignee"),
    )
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    sentence_id: int | None = Field(default=None, foreign_key="sentence.id", index=True)
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    speaker_text: str = ""
    assertion: str = Field(sa_column=Column(Text, nullable=False))
    verb: str = ""
    kind: str = "direct"  # direct | indirect
    start: int = 0
    end: int = 0
    status: str = "unreviewed"
    note: str | None = None
    assignee: str | None = None  # the reviewer the claim is assigned to
    group_id: int | None = Field(default=None, index=True)
    independent_sources: int = 1


class ClaimLink(SQLModel, table=True):
    """Two claims reporting one statement (``claim_a < claim_b``).

    ``relation`` is ``same`` (the same assertion) or ``variant`` (reported differently: a
    number, a negation, the order of who does what, a name); a variant's ``differences``
    is a JSON list of ``{"kind", "a", "b"}`` with the differing words of ``claim_a`` and ``claim_b``.
    """

    __tablename__ = "claim_link"
    claim_a: int = Field(foreign_key="claim.id", primary_key=True, ondelete="CASCADE")
    claim_b: int = Field(foreign_key="claim.id", primary_key=True, index=True, ondelete="CASCADE")
    score: float
    method: str = "fuzzy"
    relation: str = Field(default="same", sa_column=Column(String, nullable=False, server_default="same"))
    differences: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class ClaimMatch(SQLModel, table=True):
    """A claim's matching form, stored by the linker: normalised assertion and its blocking keys."""

    __tablename__ = "claim_match"
    claim_id: int = Field(foreign_key="claim.id", primary_key=True, ondelete="CASCADE")
    text: str = Field(sa_column=Column(Text, nullable=False))
    keys: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ReviewEvent(SQLModel, table=True):
    """Append-only history of review actions.

    ``article_sha256``, ``assertion``, ``occurrence`` (rank by offset among the article's claims
    with the same assertion) and ``occurrences`` (how many there were) identify the claim across
    re-extraction, so verdicts survive when claims are re-derived (see ``factcheck.verdicts``).
    """

    __tablename__ = "review_event"
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True, ondelete="SET NULL")
    article_sha256: str = Field(index=True)
    assertion: str = Field(sa_column=Column(Text, nullable=False))
    occurrence: int | None = None
    occurrences: int | None = None
    status: str
    note: str | None = None
    assignee: str | None = None
    reviewer: str = ""
    at: datetime = Field(default_factory=utcnow)


class WebFetch(SQLModel, table=True):
    """The validators a server sent for a URL stored from, for conditional requests next time."""

    __tablename__ = "web_fetch"
    url: str = Field(primary_key=True)
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime = Field(default_factory=utcnow)
