"""Verdicts and notes survive re-ingest, re-extraction and re-linking."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlmodel import Session

from factcheck import pipeline
from factcheck.db import make_engine
from factcheck.document import ClaimDraft, RawArticle, Sentence, SpeakerRef
from factcheck.models import Claim, ReviewEvent
from factcheck.review.actions import apply_review
from factcheck.store import reprocess_all, store_article

TEXT = "Pertama, kata Ani.\nKedua, kata Budi.\nKetiga, kata Citra."


def _quote_extractor(skip: str | None = None):
    """A stand-in extractor: one claim per sentence, the text before ', kata'."""

    def extract(text: str, sentences: list[Sentence], language: str, title: str | None = None) -> list[ClaimDraft]:
        drafts = []
        for s in sentences:
            assertion = s.text.split(",")[0]
            if assertion == skip:
                continue
            speaker = s.text.rsplit(" ", 1)[-1].rstrip(".")
            drafts.append(ClaimDraft(s.idx, s.start, s.start + len(assertion), assertion, speaker, SpeakerRef(speaker), "kata", "indirect"))
        return drafts

    return extract


def _by_assertion(engine) -> dict[str, tuple[str, str | None]]:
    with Session(engine) as session:
        return {row.assertion: (row.status, row.note) for row in session.execute(select(Claim.assertion, Claim.status, Claim.note))}


@pytest.fixture()
def engine(db_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pipeline, "extract_claims", _quote_extractor())
    engine = make_engine(db_url)
    store_article(engine, RawArticle(source="a.txt", text=TEXT))
    return engine


def test_verdicts_survive_reingest_and_reprocess(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = {a: i for a, i in _ids(engine).items()}
    apply_review(engine, ids["Pertama"], status="verified", note="dicek ke sumber", reviewer="rina")
    apply_review(engine, ids["Kedua"], status="false", reviewer="rina")

    assert store_article(engine, RawArticle(source="again.txt", text=TEXT)).status == "duplicate"
    assert _by_assertion(engine)["Pertama"] == ("verified", "dicek ke sumber")

    monkeypatch.setattr(pipeline, "extract_claims", _quote_extractor(skip="Kedua"))
    reprocess_all(engine)
    after = _by_assertion(engine)
    assert after == {"Pertama": ("verified", "dicek ke sumber"), "Ketiga": ("unreviewed", None)}

    monkeypatch.setattr(pipeline, "extract_claims", _quote_extractor())
    reprocess_all(engine)
    assert _by_assertion(engine)["Kedua"] == ("false", None)
    with Session(engine) as session:
        assert len(session.execute(select(ReviewEvent)).all()) == 2


def test_reprocess_keeps_the_article_metadata(engine) -> None:
    from factcheck.models import Article

    store_article(engine, RawArticle(source="feed.jsonl:3", text="Keempat, kata Dedi.", title="Judul dari feed",
                                     url="https://contoh.id/4", published="2025-10-21T20:43"))
    reprocess_all(engine)
    with Session(engine) as session:
        article = session.execute(select(Article).where(Article.source == "feed.jsonl:3")).scalar_one()
    assert (article.title, article.url, article.published.isoformat()) == ("Judul dari feed", "https://contoh.id/4", "2025-10-21")


def test_verdicts_survive_link_rebuild(engine) -> None:
    from factcheck.link.linker import link_claims

    ids = _ids(engine)
    apply_review(engine, ids["Ketiga"], status="disputed", note="angka berbeda")
    link_claims(engine)
    link_claims(engine, rebuild=True)
    assert _by_assertion(engine)["Ketiga"] == ("disputed", "angka berbeda")


def _ids(engine) -> dict[str, int]:
    with Session(engine) as session:
        return {row.assertion: row.id for row in session.execute(select(Claim.assertion, Claim.id))}
