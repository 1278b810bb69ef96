"""Independent sources: wire credits and copies fold together; corroboration for export and review."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from db_backends import db_url  # noqa: F401  (fixture)
from link_helpers import add_article
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.db import make_engine
from factcheck.link.corroboration import corroboration
from factcheck.link.linker import link_claims
from factcheck.link.sources import ArticleInfo, Report, article_origins, count_origins, is_copy, shingles, source_keys

QUOTE = "Kami telah melihat Rusia menyediakan senjata ke Korea Utara dan itu melanggar resolusi PBB"
WIRE_BODY = " ".join(
    f"Kalimat nomor {i} dari berita kantor berita tentang kunjungan menteri luar negeri ke Moskow." for i in range(12)
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    db = make_engine(db_url)
    yield db
    db.dispose()


def test_copy_needs_most_of_the_shorter_text_and_no_mere_excerpt() -> None:
    full = shingles(WIRE_BODY)
    assert is_copy(full, shingles("Pontianak Post - " + WIRE_BODY + " Baca juga: berita lain."))
    assert is_copy(full, shingles(WIRE_BODY[: len(WIRE_BODY) * 2 // 3]))
    assert not is_copy(full, shingles(WIRE_BODY[:200]))  # an excerpt quoted in another story
    assert not is_copy(full, shingles(" ".join(reversed(WIRE_BODY.split()))))


def test_source_keys_fold_wires_and_copies() -> None:
    infos = {
        1: ArticleInfo(1, "Antara", ("Yonhap",)),
        2: ArticleInfo(2, "Pontianak Post", ()),  # uncredited copy of 1
        3: ArticleInfo(3, "Kompas", ()),
        4: ArticleInfo(4, "Tempo", ()),
        5: ArticleInfo(5, "Suara", ()),  # copy of 4
        6: ArticleInfo(6, None, ()),
        7: ArticleInfo(7, None, ()),  # copy of 6
        8: ArticleInfo(8, "Kompas", ()),  # Kompas republishing its own story 3
    }
    keys = source_keys(article_origins(infos, [(1, 2), (4, 5), (6, 7), (3, 8)]), infos)
    assert keys == {1: "wire:Yonhap", 2: "wire:Yonhap", 3: "outlet:Kompas", 4: "copy-of:4", 5: "copy-of:4",
                    6: "article:6", 7: "article:6", 8: "outlet:Kompas"}


def _count(*reports: tuple) -> int:
    """count_origins of (source key, speaker[, statement]) tuples; the statement defaults to unique."""
    return count_origins(Report(r[0], r[1], r[2] if len(r) > 2 else i) for i, r in enumerate(reports))


def test_origins_count_speakers_within_a_source() -> None:
    assert _count(("wire:Yonhap", "Miller"), ("wire:Yonhap", "Miller"), ("outlet:Kompas", "Miller")) == 2
    assert _count(("wire:Yonhap", "Matthew Miller"), ("wire:Yonhap", "Patrick Ryder")) == 2  # another speaker asserts it
    assert _count(("wire:Yonhap", "Miller"), ("wire:Yonhap", None), ("outlet:Tempo", None)) == 2


def test_short_and_full_names_are_one_origin() -> None:
    assert _count(("outlet:detik.com", "Prabowo Subianto"), ("outlet:detik.com", "Prabowo")) == 1
    assert _count(("outlet:Bisnis.com", "Pak"), ("outlet:Bisnis.com", "Jung Pak")) == 1
    assert _count(("outlet:detik.com", "Budi Gunadi Sadikin"), ("outlet:detik.com", "Budi Arie")) == 2


def test_corroboration_groups_wire_copies(engine: Engine) -> None:
    wire = add_article(engine, WIRE_BODY, [("Matthew Miller", QUOTE)], outlet="Antara", wires=["Yonhap"])
    copy = add_article(engine, WIRE_BODY, [("Matthew Miller", QUOTE)], outlet="Pontianak Post")
    own = add_article(engine, "Laporan sendiri.", [("Matthew Miller", QUOTE)], outlet="Kompas")
    other = add_article(engine, "Pengarahan lain.", [("Patrick Ryder", QUOTE)], outlet="Tempo")
    lone = add_article(engine, "Tidak terkait.", [("Budi", "Harga beras naik lima persen pekan ini di pasar")])
    link_claims(engine)
    with Session(engine) as session:
        found = corroboration(session, [wire[0], lone[0], 999_999])
    assert set(found) == {wire[0], lone[0]}
    c = found[wire[0]]
    assert {link.claim_id: link.source_key for link in c.links} == {
        copy[0]: "wire:Yonhap", own[0]: "outlet:Kompas", other[0]: "outlet:Tempo"}
    assert {link.claim_id: link.same_speaker for link in c.links} == {copy[0]: True, own[0]: True, other[0]: False}
    assert c.corroborating_outlets == ["Kompas", "Pontianak Post", "Tempo"]
    assert c.independent_sources == 3
    assert found[lone[0]].links == [] and found[lone[0]].independent_sources == 1
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT independent_sources FROM claim WHERE id = :i"), {"i": wire[0]}).scalar()
    assert stored == 3
