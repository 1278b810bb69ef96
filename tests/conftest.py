"""Shared fixtures: small deterministic databases built in ``tmp_path``.

- ``engine``: an empty database.
- ``add_article(engine, text, claims, ...)``: insert one article with its sentences and claims directly.
- ``seeded_engine``: the seed articles ingested and linked through the real pipeline.
- ``seeded_db``: the seeds ingested and linked by the command line, a database file (once per module).
- ``claims_engine``: a small hand-made newsroom (3 articles, 5 claims, one link).
- ``db_url`` (from ``db_backends``): an empty database URL, once per backend.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from factcheck.db import make_engine, write_session
from factcheck.document import RawArticle
from factcheck.models import Article, Claim, ClaimLink, Outlet, Sentence, Speaker
from factcheck.store import text_sha256

pytest_plugins = ["db_backends", "web_server"]  # db_url: SQLite and PostgreSQL; web: a local HTTP server

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# The shared corpora, beside the repository unless FACTCHECK_CORPORA names another folder.
CORPORA = Path(os.environ.get("FACTCHECK_CORPORA") or Path(__file__).resolve().parents[2] / "shared" / "corpora")


def run_async(test: Callable[..., Coroutine]) -> Callable[..., None]:
    """Run an ``async def`` test (e.g. one driving a Textual app with ``run_test``) in its own event loop."""

    @functools.wraps(test)
    def wrapper(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        asyncio.run(test(*args, **kwargs))

    return wrapper


@dataclass(frozen=True)
class ClaimSpec:
    """A claim to insert: ``assertion`` must occur in the article text."""

    speaker: str
    assertion: str
    status: str = "unreviewed"
    note: str | None = None
    role: str | None = None
    verb: str = "kata"
    kind: str = "direct"
    speaker_text: str = ""
    independent_sources: int = 1


def _row_id(session, model, **values) -> int:  # type: ignore[no-untyped-def]
    found = session.execute(select(model.id).filter_by(**values)).scalar()
    if found is not None:
        return found
    return session.execute(insert(model).values(**values).returning(model.id)).scalar_one()


def add_article(
    engine: Engine,
    text: str,
    claims: Sequence[ClaimSpec],
    *,
    outlet: str | None = "Antara",
    title: str = "Judul",
    published: date | None = date(2024, 1, 17),
    source: str = "test.txt",
) -> list[int]:
    """Insert an article (one sentence per line) and its claims; return the claim ids in order."""
    with write_session(engine) as session:
        outlet_id = _row_id(session, Outlet, name=outlet) if outlet else None
        article_id = session.execute(
            insert(Article)
            .values(
                source=source,
                sha256=text_sha256(f"{source}\n{text}"),
                title=title,
                outlet_id=outlet_id,
                published=published,
                text=text,
                raw_text=text,
            )
            .returning(Article.id)
        ).scalar_one()
        sentences: list[tuple[int, int, int]] = []
        start = 0
        for idx, line in enumerate(text.split("\n")):
            sentence_id = session.execute(
                insert(Sentence)
                .values(article_id=article_id, idx=idx, start=start, end=start + len(line), text=line)
                .returning(Sentence.id)
            ).scalar_one()
            sentences.append((start, start + len(line), sentence_id))
            start += len(line) + 1
        ids = []
        for spec in claims:
            begin = text.index(spec.assertion)
            sentence_id = next(s for a, b, s in sentences if a <= begin < b)
            speaker_id = _row_id(session, Speaker, name=spec.speaker)
            if spec.role:
                session.execute(Speaker.__table__.update().where(Speaker.id == speaker_id).values(role=spec.role))
            ids.append(
                session.execute(
                    insert(Claim)
                    .values(
                        article_id=article_id,
                        sentence_id=sentence_id,
                        speaker_id=speaker_id,
                        speaker_text=spec.speaker_text or spec.speaker,
                        assertion=spec.assertion,
                        verb=spec.verb,
                        kind=spec.kind,
                        start=begin,
                        end=begin + len(spec.assertion),
                        status=spec.status,
                        note=spec.note,
                        independent_sources=spec.independent_sources,
                    )
                    .returning(Claim.id)
                ).scalar_one()
            )
    return ids


def link(engine: Engine, a: int, b: int, score: float = 90.0) -> None:
    """Record a claim link (ordered so that ``claim_a < claim_b``)."""
    with write_session(engine) as session:
        session.execute(insert(ClaimLink).values(claim_a=min(a, b), claim_b=max(a, b), score=score))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An empty database in ``tmp_path``."""
    db = make_engine(str(tmp_path / "factcheck.db"))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file of the seed articles ingested and linked by the command line (once per module)."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    db = tmp_path_factory.mktemp("cli") / "f.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["link", "--db", str(db)]).exit_code == 0
    return db


@pytest.fixture
def seeded_engine(tmp_path: Path) -> Iterator[Engine]:
    """The seed articles ingested and linked through the real pipeline."""
    from factcheck.ingest.read import read_inputs
    from factcheck.link.linker import link_claims
    from factcheck.store import store_article

    db = make_engine(str(tmp_path / "seeded.db"))
    with contextlib.chdir(ROOT):  # sources are recorded as given: "seeds/000_….txt" on every machine
        for raw in read_inputs([SEEDS.name]):
            assert isinstance(raw, RawArticle), raw
            store_article(db, raw)
    link_claims(db)
    yield db
    db.dispose()


# A small hand-made newsroom: the same Ryder quote in Antara and Kompas (linked), a second
# Antara claim, a verified claim with a note, and a false claim in Tempo.
ANTARA_TEXT = (
    "Amerika Serikat memperingatkan Korea Utara pada Rabu.\n"
    '"Jelas, Korea Utara dan Rusia memiliki hubungan," kata Sekretaris Pers Patrick Ryder.\n'
    '"Kami telah melihat Rusia menyediakan senjata ke Korea Utara," ujar Matthew Miller.'
)
KOMPAS_TEXT = (
    "Washington kembali menyoroti hubungan kedua negara.\n"
    '"Jelas, Korea Utara dan Rusia memiliki hubungan erat," kata Ryder.\n'
    "Karine Jean-Pierre mengatakan kesepakatan senjata akan melanggar resolusi PBB."
)
TEMPO_TEXT = "Linda Thomas-Greenfield menyebut ekonomi Korea Utara tumbuh lima persen tahun ini."


@pytest.fixture
def claims_engine(engine: Engine) -> Engine:
    """``engine`` holding 3 articles and 5 claims (ids 1-5); claims 1 and 3 are linked."""
    add_newsroom(engine)
    return engine


def add_newsroom(engine: Engine) -> None:
    """Insert the small newsroom of ``claims_engine`` into an empty database."""
    add_article(
        engine,
        ANTARA_TEXT,
        [
            ClaimSpec("Patrick Ryder", "Jelas, Korea Utara dan Rusia memiliki hubungan", role="Sekretaris Pers",
                      speaker_text="Sekretaris Pers Patrick Ryder", independent_sources=2),
            ClaimSpec("Matthew Miller", "Kami telah melihat Rusia menyediakan senjata ke Korea Utara", verb="ujar"),
        ],
        outlet="Antara",
        title="AS peringatkan Korea Utara",
        published=date(2024, 1, 17),
        source="seeds/antara.txt",
    )
    add_article(
        engine,
        KOMPAS_TEXT,
        [
            ClaimSpec("Patrick Ryder", "Jelas, Korea Utara dan Rusia memiliki hubungan erat", speaker_text="Ryder",
                      independent_sources=2),
            ClaimSpec("Karine Jean-Pierre", "kesepakatan senjata akan melanggar resolusi PBB", kind="indirect",
                      verb="mengatakan", status="verified", note="Resolusi DK PBB 1718."),
        ],
        outlet="Kompas",
        title="Hubungan Korea Utara dan Rusia",
        published=date(2024, 1, 18),
        source="kompas.txt",
    )
    add_article(
        engine,
        TEMPO_TEXT,
        [ClaimSpec("Linda Thomas-Greenfield", "ekonomi Korea Utara tumbuh lima persen tahun ini", verb="menyebut",
                   kind="indirect", status="false", independent_sources=3)],
        outlet="Tempo",
        title="Ekonomi Korea Utara",
        published=date(2024, 1, 19),
        source="tempo.txt",
    )
    link(engine, 1, 3, 91.0)
