"""``link_claims`` on a database: links, incremental runs, rebuilds, groups, review data untouched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from db_backends import db_url  # noqa: F401  (fixture)
from link_helpers import add_article
from sqlalchemy import text
from sqlalchemy.engine import Engine

from factcheck.db import make_engine, write_session
from factcheck.link.linker import HWM_KEY, link_claims

QUOTE = "Kami telah melihat Rusia menyediakan senjata ke Korea Utara dan itu melanggar resolusi PBB"
PARAPHRASE = (
    "Kami telah melihat Rusia menyediakan senjata ke Korut, dan itu melanggar resolusi Perserikatan Bangsa-Bangsa"
)
OTHER = "Harga beras di pasar induk naik lima persen sejak pekan lalu menurut pedagang setempat"
BODY = "Paragraf pembuka yang berbeda untuk artikel nomor {n} tentang hubungan kedua negara."


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    db = make_engine(db_url)
    yield db
    db.dispose()


def _links(engine: Engine) -> set[tuple[int, int, str]]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT claim_a, claim_b, method FROM claim_link")))


def _claims(engine: Engine) -> dict[int, tuple]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, group_id, independent_sources, status, note FROM claim"))
        return {r[0]: r[1:] for r in rows}


def test_links_groups_and_sources(engine: Engine) -> None:
    a = add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE), ("Budi", OTHER)], outlet="Antara")
    b = add_article(engine, BODY.format(n=2), [("Matthew Miller", PARAPHRASE)], outlet="Kompas")
    c = add_article(engine, BODY.format(n=3), [("Patrick Ryder", QUOTE)], outlet="Tempo")
    stats = link_claims(engine)
    assert _links(engine) == {(a[0], b[0], "fuzzy"), (a[0], c[0], "fuzzy"), (b[0], c[0], "fuzzy")}
    assert (stats.claims_considered, stats.new_claims, stats.links_written) == (4, 4, 3)
    assert (stats.groups, stats.largest_group) == (1, 3)
    claims = _claims(engine)
    assert claims[a[0]][:2] == claims[b[0]][:2] == claims[c[0]][:2] == (a[0], 3)
    assert claims[a[1]][:2] == (a[1], 1)


def test_incremental_run_scores_only_new_claims(engine: Engine) -> None:
    a = add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE)])
    b = add_article(engine, BODY.format(n=2), [("Matthew Miller", QUOTE)], outlet="Kompas")
    link_claims(engine)
    with write_session(engine) as session:  # a link the first run would have made, removed by hand
        session.connection().execute(text("DELETE FROM claim_link"))
    c = add_article(engine, BODY.format(n=3), [("Matthew Miller", PARAPHRASE)], outlet="Tempo")
    stats = link_claims(engine)
    assert stats.new_claims == 1
    assert _links(engine) == {(a[0], c[0], "fuzzy"), (b[0], c[0], "fuzzy")}
    with engine.connect() as conn:
        mark = conn.execute(text("SELECT value FROM schema_meta WHERE key = :k"), {"k": HWM_KEY}).scalar_one()
    assert int(mark) == c[0]
    assert link_claims(engine).new_claims == 0


def test_rebuild_keeps_manual_links_and_review_data(engine: Engine) -> None:
    a = add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE), ("Budi", OTHER)])
    b = add_article(engine, BODY.format(n=2), [("Matthew Miller", QUOTE)], outlet="Kompas")
    with write_session(engine) as session:
        conn = session.connection()
        conn.execute(text("UPDATE claim SET status = 'verified', note = 'cek' WHERE id = :i"), {"i": a[0]})
        conn.execute(text("INSERT INTO claim_link (claim_a, claim_b, score, method) VALUES (:a, :b, 40, 'manual')"),
                     {"a": a[1], "b": b[0]})
    link_claims(engine)
    stats = link_claims(engine, rebuild=True, threshold=95)
    assert stats.new_claims == 3
    assert _links(engine) == {(a[0], b[0], "fuzzy"), (a[1], b[0], "manual")}
    claims = _claims(engine)
    assert claims[a[0]][2:] == ("verified", "cek")
    assert claims[a[0]][0] == claims[a[1]][0] == claims[b[0]][0] == a[0]  # the manual link joins the group


def test_bad_threshold_or_scorer_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError):
        link_claims(engine, threshold=120)
    with pytest.raises(ValueError):
        link_claims(engine, scorer="levenshtein-ish")


def test_progress_reports_links_written(engine: Engine) -> None:
    add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE)])
    add_article(engine, BODY.format(n=2), [("Matthew Miller", QUOTE)], outlet="Kompas")
    seen: list[tuple[int, int]] = []
    link_claims(engine, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1, 1)


def test_groups_use_the_threshold_and_source_counts_every_link(engine: Engine) -> None:
    reworded = "Kami sudah melihat Rusia memasok senjata kepada Korut dan itu jelas melanggar resolusi PBB"  # 85 vs QUOTE
    a = add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE)])
    b = add_article(engine, BODY.format(n=2), [("Patrick Ryder", reworded)], outlet="Kompas")
    assert link_claims(engine, threshold=80).largest_group == 2
    stats = link_claims(engine, threshold=95)  # the 85 link stays, but no longer joins a group
    assert (stats.groups, stats.largest_group) == (0, 1)
    assert _links(engine) == {(a[0], b[0], "fuzzy")}
    claims = _claims(engine)
    assert claims[a[0]][:2] == (a[0], 2) and claims[b[0]][:2] == (b[0], 2)


def test_a_claim_reusing_an_old_id_is_still_linked(engine: Engine) -> None:
    a = add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE)])
    b = add_article(engine, BODY.format(n=2), [("Budi", OTHER)], outlet="Kompas")
    link_claims(engine)
    with write_session(engine) as session:  # re-extraction replaced the last claim under the same id
        conn = session.connection()
        article = conn.execute(text("SELECT article_id FROM claim WHERE id = :i"), {"i": b[0]}).scalar_one()
        conn.execute(text("DELETE FROM claim WHERE id = :i"), {"i": b[0]})
        conn.execute(text("INSERT INTO claim (id, article_id, speaker_text, assertion, verb, kind, start, \"end\", "
                          "status, independent_sources) VALUES (:i, :a, 'Miller', :t, 'kata', 'direct', 0, 0, "
                          "'unreviewed', 1)"), {"i": b[0], "a": article, "t": PARAPHRASE})
    assert link_claims(engine).new_claims == 1
    assert _links(engine) == {(a[0], b[0], "fuzzy")}
