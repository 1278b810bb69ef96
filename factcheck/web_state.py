"""What the database remembers for fetching from the web: validators for conditional requests,
and which URL an article is already stored under (by URL key)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from factcheck.db import retry_locked, writer
from factcheck.ingest.fetch import Validators
from factcheck.models import Article, WebFetch, utcnow

_FETCH = WebFetch.__table__


class WebState:
    """Validators and stored URLs, read from and written to one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def validators(self, url: str) -> tuple[Validators, datetime] | None:
        """The validators remembered for ``url`` and when they were stored."""
        with self.engine.connect() as conn:
            row = conn.execute(select(_FETCH).where(_FETCH.c.url == url)).first()
        return (Validators(row.etag, row.last_modified), row.fetched_at) if row else None

    def remember(self, url: str, validators: Validators) -> None:
        """Keep ``validators`` for the next request of ``url`` (forget the URL when there are none)."""

        def _write() -> None:
            with writer(self.engine).begin() as conn:
                conn.execute(delete(_FETCH).where(_FETCH.c.url == url))
                if validators:
                    conn.execute(
                        insert(_FETCH).values(
                            url=url, etag=validators.etag, last_modified=validators.last_modified, fetched_at=utcnow()
                        )
                    )

        retry_locked(_write)

    def stored_url(self, key: str) -> tuple[str, datetime] | None:
        """The URL and ingest time of the newest article stored under this URL key."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(Article.url, Article.ingested_at)
                .where(Article.url_key == key)
                .order_by(Article.id.desc())
                .limit(1)
            ).first()
        return (row.url, row.ingested_at) if row and row.url else None
