"""Verdicts follow the one claim they were given to when claims are re-derived, even for identical assertions."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session
from typer.testing import CliRunner

from factcheck import pipeline
from factcheck.cli import app
from factcheck.db import make_engine
from factcheck.document import ClaimDraft, RawArticle
from factcheck.models import Claim, ReviewEvent
from factcheck.review.actions import apply_review
from factcheck.store import reprocess_all, store_article, text_sha256

V3 = Path(__file__).resolve().parents[1] / "data" / "schema_v3.db"
YES = "Iya pak"
TEXT = (
    "Rapat di Jakarta berlangsung Senin.\n\n"
    f'"{YES}," kata Budi Santoso kepada wartawan.\n\n'
    "Ia lalu ditanya soal anggaran.\n\n"
    f'"{YES}," kata Budi.\n\n'
    '"Kami siap bekerja," ujar Budi.'
)
OTHER = f'Sidang dibuka pagi ini.\n\n"{YES}," kata Citra Lestari.'
runner = CliRunner()


def _claims(engine, assertion: str = YES) -> list[tuple[int, int, str, str | None]]:
    """(article id, start, status, note) of the claims with ``assertion``, in article and text order."""
    with Session(engine) as session:
        rows = session.execute(
            select(Claim.article_id, Claim.start, Claim.status, Claim.note)
            .where(Claim.assertion == assertion)
            .order_by(Claim.article_id, Claim.start)
        )
        return [tuple(row) for row in rows]


def _ids(engine, assertion: str = YES) -> list[int]:
    with Session(engine) as session:
        return list(
            session.execute(select(Claim.id).where(Claim.assertion == assertion).order_by(Claim.article_id, Claim.start)).scalars()
        )


@pytest.fixture()
def engine(tmp_path: Path):
    engine = make_engine(str(tmp_path / "f.db"))
    store_article(engine, RawArticle(source="rapat.txt", text=TEXT))
    store_article(engine, RawArticle(source="sidang.txt", text=OTHER))
    yield engine
    engine.dispose()


def test_identical_assertions_keep_their_own_verdicts_through_reprocess(engine) -> None:
    first, second, other = _ids(engine)
    apply_review(engine, first, status="verified", note="rekaman A")
    apply_review(engine, second, status="false", note="rekaman B")
    before = _claims(engine)
    assert [row[2:] for row in before] == [("verified", "rekaman A"), ("false", "rekaman B"), ("unreviewed", None)]

    done = reprocess_all(engine)
    assert done.ambiguous == ()
    assert _claims(engine) == before
    reprocess_all(engine)
    assert _claims(engine) == before


def test_a_verdict_that_fits_several_claims_is_reported_and_not_guessed(engine, monkeypatch, tmp_path: Path) -> None:
    first, _, _ = _ids(engine)
    apply_review(engine, first, status="verified", note="rekaman A")
    real = pipeline.extract_claims

    def one_quote_only(text, sentences, language, title=None) -> list[ClaimDraft]:
        drafts = real(text, sentences, language, title=title)
        quotes = [d for d in drafts if d.assertion == YES]
        return [d for d in drafts if d is not quotes[0]] if len(quotes) == 2 else drafts

    monkeypatch.setattr(pipeline, "extract_claims", one_quote_only)
    result = runner.invoke(app, ["reprocess", "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 0, result.output
    [remaining] = _ids(engine)[:1]
    assert _claims(engine)[0][2:] == ("unreviewed", None)
    assert "1 claim left unreviewed" in result.stderr and str(remaining) in result.stderr

    monkeypatch.setattr(pipeline, "extract_claims", real)
    done = reprocess_all(engine)
    assert [row[2:] for row in _claims(engine)] == [("verified", "rekaman A"), ("unreviewed", None), ("unreviewed", None)]
    assert done.ambiguous == ()


def test_review_events_follow_the_new_claim_ids(engine) -> None:
    first, second, _ = _ids(engine)
    apply_review(engine, second, status="disputed")
    reprocess_all(engine)
    new_second = _ids(engine)[1]
    with Session(engine) as session:
        events = session.execute(select(ReviewEvent.claim_id, ReviewEvent.occurrence, ReviewEvent.occurrences)).all()
    assert [tuple(e) for e in events] == [(new_second, 1, 2)]


def test_migration_leaves_old_ambiguous_verdicts_unplaced(tmp_path: Path) -> None:
    db = tmp_path / "v3.db"
    shutil.copy(V3, db)
    # A v3 database after the old reprocess: both identical claims carry the later verdict, the events lost their claim.
    with sqlite3.connect(db) as conn:
        article = conn.execute(
            "INSERT INTO article (source, sha256, language, text, raw_text, decoding, ingested_at) "
            "VALUES ('rapat.txt', ?, 'id', ?, ?, 'utf-8', '2025-01-01 00:00:00')",
            (text_sha256(TEXT), TEXT, TEXT),
        ).lastrowid
        for start in (TEXT.index(YES), TEXT.rindex(YES)):
            conn.execute(
                "INSERT INTO claim (article_id, speaker_text, assertion, verb, kind, start, \"end\", status, note, "
                "independent_sources) VALUES (?, 'Budi', ?, 'kata', 'direct', ?, ?, 'false', 'rekaman B', 1)",
                (article, YES, start, start + len(YES)),
            )
        for status, note in (("verified", "rekaman A"), ("false", "rekaman B")):
            conn.execute(
                "INSERT INTO review_event (claim_id, article_sha256, assertion, status, note, reviewer, at) "
                "VALUES (NULL, ?, ?, ?, ?, 'rina', '2025-01-01 00:00:00')",
                (text_sha256(TEXT), YES, status, note),
            )
    engine = make_engine(str(db))
    with sqlite3.connect(db) as conn:
        identities = conn.execute(
            "SELECT claim_id IS NOT NULL, occurrence, occurrences, assertion = ? FROM review_event ORDER BY id", (YES,)
        ).fetchall()
    assert identities[:2] == [(1, 0, 1, 0), (1, 0, 1, 0)], "events of the seed claims take their claim's identity"
    assert identities[2:] == [(0, None, 2, 1), (0, None, 2, 1)]

    done = reprocess_all(engine)
    assert [row[2:] for row in _claims(engine)] == [("unreviewed", None), ("unreviewed", None)]
    assert sorted(done.ambiguous) == _ids(engine)
    with sqlite3.connect(db) as conn:
        reviewed = conn.execute("SELECT status, note FROM claim WHERE status != 'unreviewed' ORDER BY status").fetchall()
    assert reviewed == [("false", None), ("verified", "dicek ke sumber")], "the seed verdicts carry over"
    engine.dispose()
