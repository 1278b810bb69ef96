"""Incremental linking gives what a rebuild gives: links, groups and source counts."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from db_backends import db_url  # noqa: F401  (fixture)
from link_helpers import add_article
from sqlalchemy import text
from sqlalchemy.engine import Engine

from factcheck.db import make_engine, write_session
from factcheck.link import linker
from factcheck.link.linker import link_claims
from factcheck.link.normalize import normalize

STORIES = [
    ("Kami telah melihat Rusia menyediakan senjata ke Korea Utara dan itu melanggar resolusi PBB",
     "Kami telah melihat Rusia menyediakan senjata ke Korut, dan itu melanggar resolusi Perserikatan Bangsa-Bangsa"),
    ("Harga beras di pasar induk naik lima persen sejak pekan lalu menurut pedagang setempat",
     "Menurut pedagang setempat harga beras di pasar induk naik lima persen sejak pekan lalu"),
    ("Pemerintah akan menambah anggaran subsidi pupuk untuk petani kecil mulai tahun depan",
     "Pemerintah akan menambah anggaran subsidi pupuk bagi petani kecil mulai tahun depan"),
    ("Banjir merendam ratusan rumah warga di bantaran sungai setelah hujan deras semalam",
     "Banjir merendam ratusan rumah warga di bantaran sungai setelah hujan deras sepanjang malam"),
]
OTHERS = [
    "Tim nasional berlatih keras menjelang pertandingan kualifikasi piala dunia bulan depan",
    "Jalan tol baru itu diperkirakan selesai dibangun pada akhir tahun ini kata kontraktor",
    "Kampus itu membuka pendaftaran beasiswa untuk mahasiswa dari daerah terpencil",
]
WIRE_BODY = ("Seoul (Yonhap) - Pemerintah Korea Selatan pada hari Kamis menyampaikan keprihatinan atas laporan "
             "pengiriman senjata lintas perbatasan yang menurut para pejabat dapat mengganggu stabilitas kawasan "
             "dan memicu perlombaan senjata baru di semenanjung dalam beberapa bulan ke depan. Kementerian Luar "
             "Negeri mengatakan akan membahas persoalan itu dengan negara-negara sahabat dalam pertemuan tingkat "
             "menteri pekan depan, sementara parlemen meminta penjelasan lengkap dari badan intelijen tentang "
             "asal-usul laporan tersebut serta langkah pencegahan yang telah disiapkan oleh militer.")
SPEAKERS = ["Matthew Miller", "Miller", "Patrick Ryder", "Budi", None]
OUTLETS = ["Antara", "Kompas", "Tempo", "Detik", None]


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    db = make_engine(db_url)
    yield db
    db.dispose()


def _add_random_article(engine: Engine, rng: random.Random, n: int) -> None:
    claims = []
    for _ in range(rng.randint(1, 3)):
        assertion = rng.choice(rng.choice(STORIES)) if rng.random() < 0.8 else rng.choice(OTHERS)
        claims.append((rng.choice(SPEAKERS), assertion))
    copy = rng.random() < 0.35
    body = WIRE_BODY if copy else f"Artikel nomor {n} dengan pembuka yang berbeda dari yang lain."
    wires = ["Yonhap"] if copy and rng.random() < 0.5 else []
    add_article(engine, body, claims, outlet=rng.choice(OUTLETS), wires=wires)


def _state(engine: Engine) -> tuple[set, dict]:
    with engine.connect() as conn:
        links = set(conn.execute(text("SELECT claim_a, claim_b, score, method FROM claim_link")))
        claims = {r[0]: tuple(r[1:]) for r in conn.execute(
            text("SELECT id, group_id, independent_sources, status, note FROM claim"))}
    return links, claims


def _only_incremental(monkeypatch: pytest.MonkeyPatch) -> None:
    def _refuse(*_args: object) -> tuple[int, int]:
        raise AssertionError("all groups recomputed")

    monkeypatch.setattr(linker, "update_groups", _refuse)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_runs_equal_a_rebuild(engine: Engine, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    for n in range(4):
        _add_random_article(engine, rng, n)
    link_claims(engine)
    with monkeypatch.context() as patch:
        _only_incremental(patch)
        for batch in range(3):
            for n in range(4):
                _add_random_article(engine, rng, 10 * (batch + 1) + n)
            stats = link_claims(engine)
    incremental = _state(engine)
    rebuilt = link_claims(engine, rebuild=True)
    assert _state(engine) == incremental
    assert (stats.groups, stats.largest_group) == (rebuilt.groups, rebuilt.largest_group)
    assert rebuilt.largest_group >= 3


def test_a_new_wire_copy_recounts_claims_of_older_articles(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    quote, paraphrase = STORIES[0]
    older = add_article(engine, WIRE_BODY, [("Matthew Miller", quote), ("Budi", STORIES[1][0])], outlet="Antara")
    credited = add_article(engine, "Laporan kantor berita.", [("Budi", STORIES[1][1])], outlet="Kompas",
                           wires=["Yonhap"])
    link_claims(engine)
    assert _state(engine)[1][credited[0]][:2] == (older[1], 2)
    _only_incremental(monkeypatch)
    # a copy of the older article credits Yonhap: the older one is Yonhap's story too, so the claims
    # linked to it (not to the copy) now have one source
    copy = add_article(engine, WIRE_BODY, [("Matthew Miller", paraphrase)], outlet="Tempo", wires=["Yonhap"])
    link_claims(engine)
    claims = _state(engine)[1]
    assert claims[credited[0]][:2] == claims[older[1]][:2] == (older[1], 1)
    assert claims[copy[0]][:2] == claims[older[0]][:2] == (older[0], 1)


def test_deleted_claims_fall_back_to_regrouping_everything(engine: Engine) -> None:
    quote, paraphrase = STORIES[0]
    a = add_article(engine, "Pembuka satu.", [("Matthew Miller", quote)], outlet="Antara")
    b = add_article(engine, "Pembuka dua.", [("Matthew Miller", paraphrase)], outlet="Kompas")
    c = add_article(engine, "Pembuka tiga.", [("Patrick Ryder", quote)], outlet="Tempo")
    link_claims(engine)
    with write_session(engine) as session:  # re-extraction dropped the claim that held the group together
        session.connection().execute(text("DELETE FROM claim WHERE id = :i"), {"i": a[0]})
    add_article(engine, "Pembuka empat.", [("Budi", OTHERS[0])], outlet="Detik")
    link_claims(engine)
    claims = _state(engine)[1]
    assert claims[b[0]][:2] == (b[0], 2) and claims[c[0]][:2] == (b[0], 2)
    before = _state(engine)
    link_claims(engine, rebuild=True)
    assert _state(engine) == before


def test_a_new_threshold_regroups_everything(engine: Engine) -> None:
    reworded = "Kami sudah melihat Rusia memasok senjata kepada Korut dan itu jelas melanggar resolusi PBB"
    a = add_article(engine, "Pembuka satu.", [("Matthew Miller", STORIES[0][0])])
    b = add_article(engine, "Pembuka dua.", [("Patrick Ryder", reworded)], outlet="Kompas")
    assert link_claims(engine, threshold=80).largest_group == 2
    add_article(engine, "Pembuka tiga.", [("Budi", OTHERS[1])], outlet="Tempo")
    assert link_claims(engine, threshold=95).largest_group == 1
    assert _state(engine)[1][b[0]][0] == b[0] != a[0]


def _variant(replaced: int) -> str:
    """The base sentence with its first ``replaced`` words swapped: neighbours score ≥ 85, two apart less."""
    words = "Menteri keuangan mengatakan defisit anggaran negara tahun ini tetap terkendali di bawah tiga persen"
    swaps = ["Wakil", "perdagangan", "menyatakan", "surplus", "belanja", "daerah"]
    return " ".join(swaps[:replaced] + words.split()[replaced:])


def test_a_bridging_claim_merges_whole_groups(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    first = add_article(engine, "Pembuka satu.", [("Budi", _variant(0))], outlet="Antara")
    second = add_article(engine, "Pembuka dua.", [("Budi", _variant(1))], outlet="Kompas")
    third = add_article(engine, "Pembuka tiga.", [("Budi", _variant(4))], outlet="Detik")
    fourth = add_article(engine, "Pembuka empat.", [("Budi", _variant(6))], outlet="Tempo")
    assert link_claims(engine).groups == 2
    _only_incremental(monkeypatch)
    bridge = add_article(engine, "Pembuka lima.", [("Budi", _variant(2))], outlet="Republika")
    stats = link_claims(engine)
    assert (stats.groups, stats.largest_group) == (1, 5)
    claims = _state(engine)[1]
    assert {claims[c[0]][0] for c in (first, second, third, fourth, bridge)} == {first[0]}
    assert [claims[c[0]][1] for c in (first, second, bridge, third, fourth)] == [2, 3, 3, 3, 2]


def _matches(engine: Engine) -> dict[int, str]:
    with engine.connect() as conn:
        return dict(conn.execute(text("SELECT claim_id, text FROM claim_match")).all())


def test_old_claims_are_not_normalised_again(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    quote, paraphrase = STORIES[0]
    a = add_article(engine, "Pembuka satu.", [("Budi", quote)], outlet="Antara")
    link_claims(engine)
    assert _matches(engine) == {a[0]: normalize(quote)}
    seen: list[str] = []
    real = linker.normalize_all
    monkeypatch.setattr(linker, "normalize_all", lambda texts: seen.extend(texts) or real(texts))
    b = add_article(engine, "Pembuka dua.", [("Budi", paraphrase)], outlet="Kompas")
    link_claims(engine)
    assert seen == [paraphrase]
    assert {link[:2] for link in _state(engine)[0]} == {(a[0], b[0])}
    assert _matches(engine) == {a[0]: normalize(quote), b[0]: normalize(paraphrase)}


def test_new_matching_rules_or_a_rebuild_recompute_stored_forms(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    a = add_article(engine, "Pembuka satu.", [("Budi", STORIES[1][0])], outlet="Antara")
    link_claims(engine)
    with write_session(engine) as session:
        session.connection().execute(text("UPDATE claim_match SET text = 'basi'"))
    link_claims(engine)
    assert _matches(engine) == {a[0]: "basi"}
    link_claims(engine, rebuild=True)
    assert _matches(engine) == {a[0]: normalize(STORIES[1][0])}
    with write_session(engine) as session:
        session.connection().execute(text("UPDATE claim_match SET text = 'basi'"))
    monkeypatch.setattr(linker, "MATCH_VERSION", "aliases changed")
    link_claims(engine)
    assert _matches(engine) == {a[0]: normalize(STORIES[1][0])}


def test_an_empty_database_links_nothing_twice(engine: Engine) -> None:
    for _ in range(2):
        stats = link_claims(engine)
        assert (stats.claims_considered, stats.links_written, stats.groups, stats.largest_group) == (0, 0, 0, 0)
