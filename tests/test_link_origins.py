"""Corroboration counts origins: variants never corroborate, wires fold by any shared credit, speakers
count only when they are resolved and different people, and a rebuild is all or nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from db_backends import db_url  # noqa: F401  (fixture)
from link_helpers import add_article
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from factcheck.db import SCHEMA_VERSION, make_engine
from factcheck.link import linker
from factcheck.link.corroboration import corroboration
from factcheck.link.linker import link_claims

QUOTE = "Produksi beras nasional tahun ini mencapai 500 ribu ton menurut perhitungan kementerian"
MISQUOTE = "Produksi beras nasional tahun ini mencapai 50 ribu ton menurut perhitungan kementerian"
WIRE_BODY = " ".join(f"Kalimat nomor {i} dari berita kantor berita tentang panen raya di Jawa Tengah." for i in range(12))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    db = make_engine(db_url)
    yield db
    db.dispose()


def _sources(engine: Engine, claim_id: int) -> tuple[int, int | None]:
    with engine.connect() as conn:
        return tuple(conn.execute(text("SELECT independent_sources, group_id FROM claim WHERE id = :i"),
                                  {"i": claim_id}).one())


def test_a_misquote_is_a_variant_and_corroborates_nothing(engine: Engine) -> None:
    a = add_article(engine, "Pembuka satu.", [("Budi Santoso", QUOTE)], outlet="Kompas")
    b = add_article(engine, "Pembuka dua.", [("Budi Santoso", QUOTE)], outlet="Tempo")
    c = add_article(engine, "Pembuka tiga.", [("Budi Santoso", MISQUOTE)], outlet="Detik")
    link_claims(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT claim_a, claim_b, relation, differences FROM claim_link ORDER BY 1, 2")).all()
    relations = {(r[0], r[1]): r[2] for r in rows}
    assert relations == {(a[0], b[0]): "same", (a[0], c[0]): "variant", (b[0], c[0]): "variant"}
    (difference,) = json.loads(next(r[3] for r in rows if r[2] == "variant"))
    assert difference == {"kind": "number", "a": ["500 ribu"], "b": ["50 ribu"]}
    assert _sources(engine, a[0]) == (2, a[0]) and _sources(engine, c[0]) == (1, c[0])
    with Session(engine) as session:
        found = corroboration(session, [c[0], a[0]])
    assert found[c[0]].links == [] and found[c[0]].independent_sources == 1
    assert [v.claim_id for v in found[c[0]].variants] == [a[0], b[0]]
    assert found[c[0]].variants[0].differences == ({"kind": "number", "this": ["50 ribu"], "other": ["500 ribu"]},)
    assert found[a[0]].independent_sources == 2 and [v.claim_id for v in found[a[0]].variants] == [c[0]]


def test_copies_of_one_wire_story_count_once_whatever_their_speakers(engine: Engine) -> None:
    ids = [add_article(engine, WIRE_BODY, [(speaker, QUOTE)], outlet=outlet, wires=["AFP"])[0]
           for speaker, outlet in (("Elon Musk", "detik.com"), ("Trump", "Kompas"), ("Dia", "Tempo"))]
    link_claims(engine)
    assert {_sources(engine, i)[0] for i in ids} == {1}


def test_document_words_are_no_speakers(engine: Engine) -> None:
    ids = [add_article(engine, f"Artikel {n}.", [(speaker, QUOTE)], outlet="detik.com")[0]
           for n, speaker in enumerate(("dokumen anggaran", "tertulis", "dokumen tersebut"))]
    link_claims(engine)
    assert {_sources(engine, i)[0] for i in ids} == {1}


def test_one_person_spelled_two_ways_is_one_source(engine: Engine) -> None:
    a = add_article(engine, "Satu.", [("Kim Jong Un", QUOTE)], outlet="Antara")
    b = add_article(engine, "Dua.", [("Kim Jong-un", QUOTE)], outlet="Antara")
    c = add_article(engine, "Tiga.", [("Menlu Retno", MISQUOTE.replace("50", "700"))], outlet="Antara")
    d = add_article(engine, "Empat.", [("Retno Marsudi", MISQUOTE.replace("50", "700"))], outlet="Antara")
    link_claims(engine)
    assert _sources(engine, a[0])[0] == _sources(engine, b[0])[0] == 1
    assert _sources(engine, c[0])[0] == _sources(engine, d[0])[0] == 1


def test_wire_credits_fold_by_any_shared_wire_and_by_an_outlet_that_is_a_wire(engine: Engine) -> None:
    # a regional paper prints an Antara story that credits Yonhap; Antara's own story credits nobody
    regional = add_article(engine, "Cerita satu.", [("Budi Santoso", QUOTE)], outlet="Pontianak Post",
                           wires=["Antara", "Yonhap"])
    original = add_article(engine, "Cerita dua.", [("Budi Santoso", QUOTE)], outlet="Antara")
    yonhap = add_article(engine, "Cerita tiga.", [("Budi Santoso", QUOTE)], outlet="Republika", wires=["Yonhap"])
    own = add_article(engine, "Cerita empat.", [("Budi Santoso", QUOTE)], outlet="Tempo")
    link_claims(engine)
    assert {_sources(engine, c[0])[0] for c in (regional, original, yonhap, own)} == {2}
    with Session(engine) as session:
        links = corroboration(session, [original[0]])[original[0]].links
    keys = {link.claim_id: link.source_key for link in links}
    assert keys[regional[0]] == keys[yonhap[0]] == "wire:Antara / Yonhap" and keys[own[0]] == "outlet:Tempo"


def test_a_failed_rebuild_keeps_every_link(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(4):
        add_article(engine, f"Artikel {n}.", [("Budi Santoso", QUOTE)], outlet=f"Outlet {n}")
    link_claims(engine)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT claim_a, claim_b, relation FROM claim_link ORDER BY 1, 2")).all()
    monkeypatch.setattr(linker, "BATCH", 2)

    def _crash(done: int, total: int) -> None:
        if done >= 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        link_claims(engine, rebuild=True, progress=_crash)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT claim_a, claim_b, relation FROM claim_link ORDER BY 1, 2")).all() == before
    assert len(before) == 6


def test_links_of_a_version_3_database_become_same_and_are_rechecked(tmp_path: Path) -> None:
    db = tmp_path / "v3.db"
    engine = make_engine(str(db))
    add_article(engine, "Satu.", [("Budi Santoso", QUOTE)], outlet="Kompas")
    add_article(engine, "Dua.", [("Budi Santoso", MISQUOTE)], outlet="Tempo")
    link_claims(engine)
    engine.dispose()
    with sqlite3.connect(db) as conn:  # what version 3 stored: a plain fuzzy link, no relation
        conn.execute("UPDATE claim_link SET relation = 'same', differences = NULL")
        conn.execute("ALTER TABLE claim_link DROP COLUMN differences")
        conn.execute("ALTER TABLE claim_link DROP COLUMN relation")
        for index, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_event' "
                                   "AND sql LIKE '%occurrence%'").fetchall():
            conn.execute(f'DROP INDEX "{index}"')
        conn.execute("ALTER TABLE review_event DROP COLUMN occurrence")
        conn.execute("ALTER TABLE review_event DROP COLUMN occurrences")
        conn.execute("DROP INDEX ix_claim_assignee")  # assignment came with version 7
        conn.execute("ALTER TABLE claim DROP COLUMN assignee")
        conn.execute("ALTER TABLE review_event DROP COLUMN assignee")
        conn.execute("UPDATE schema_meta SET value = '3' WHERE key = 'schema_version'")
        conn.execute("UPDATE claim SET independent_sources = 2")
    engine = make_engine(str(db))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT relation FROM claim_link")).scalars().all() == ["same"]
        assert conn.execute(text("SELECT value FROM schema_meta WHERE key = 'schema_version'")).scalar() == str(
            SCHEMA_VERSION)
    link_claims(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT relation FROM claim_link")).scalars().all() == ["variant"]
        assert set(conn.execute(text("SELECT independent_sources FROM claim")).scalars()) == {1}


def test_claims_with_variants_are_marked_and_can_be_listed_alone(engine: Engine) -> None:
    from factcheck.queries import ClaimFilter, claim_rows, count_claims, page_ids

    a = add_article(engine, "Pembuka satu.", [("Budi Santoso", QUOTE)], outlet="Kompas")
    b = add_article(engine, "Pembuka dua.", [("Budi Santoso", MISQUOTE)], outlet="Tempo")
    c = add_article(engine, "Pembuka tiga.", [("Ani", "Tim nasional berlatih keras menjelang laga kualifikasi")])
    link_claims(engine)
    with Session(engine) as session:
        flt = ClaimFilter(variants=True)
        assert count_claims(session, flt) == 2
        assert sorted(page_ids(session, flt, offset=0, limit=10)) == [a[0], b[0]]
        rows = {row.id: row.variants for row in claim_rows(session, [a[0], b[0], c[0]])}
    assert rows == {a[0]: 1, b[0]: 1, c[0]: 0}


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "jsonl"])
def test_every_export_shows_a_misquote_apart(engine: Engine, fmt: str) -> None:
    from factcheck.export import render
    from factcheck.queries import ClaimFilter

    add_article(engine, "Pembuka satu.", [("Budi Santoso", QUOTE)], outlet="Kompas")
    misquote = add_article(engine, "Pembuka dua.", [("Budi Santoso", MISQUOTE)], outlet="Tempo")[0]
    link_claims(engine)
    out = render(engine, fmt, ClaimFilter())
    if fmt == "md":
        assert "### Reported differently" in out and "number: 500 ribu → **50 ribu**" in out
    elif fmt == "html":
        assert "<h3>Reported differently</h3>" in out and "500 ribu → <mark>50 ribu</mark>" in out
    elif fmt == "csv":
        header, *rows = out.splitlines()
        assert header.endswith(",relation,differences,assignee")
        assert any(row.startswith("g") and f",{misquote}," in row and row.endswith(",variant,number: 500 ribu -> 50 ribu,")
                   for row in rows)
    else:
        first = json.loads(out.splitlines()[0])
        assert first["independent_sources"] == 1
        (link,) = first["links"]
        assert 85 <= link.pop("score") < 100
        assert [link] == [{"claim_id": misquote, "outlet": "Tempo", "same_speaker": True,
                                   "relation": "variant",
                                   "differences": [{"kind": "number", "this": ["500 ribu"], "other": ["50 ribu"]}]}]
