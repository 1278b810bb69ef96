"""``factcheck link --engine spark`` stores what the default engine stores, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from db_backends import db_url  # noqa: F401  (fixture)
from link_helpers import add_article
from spark_helpers import forget_links, stored
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from factcheck.db import make_engine, write_session
from factcheck.link.core import MAX_CLIQUE
from factcheck.link.linker import link_claims

pytest.importorskip("pyspark")
pytestmark = pytest.mark.spark
MASTER = "local[2]"

QUOTE = "Kami telah melihat Rusia menyediakan senjata ke Korea Utara dan itu melanggar resolusi PBB"
PARAPHRASE = "Kami telah melihat Rusia menyediakan senjata ke Korut, dan itu melanggar resolusi Perserikatan Bangsa-Bangsa"
MISSILES = "Korea Utara menembakkan {n} rudal balistik ke arah laut timur pada Senin pagi waktu setempat"
DENIAL = "Pemerintah {neg} akan menaikkan harga bahan bakar minyak bersubsidi pada bulan depan"
CROWD = "Harga beras di pasar induk naik lima persen sejak pekan lalu menurut pedagang setempat"
BODY = "Paragraf pembuka yang berbeda untuk artikel nomor {n} tentang berita hari ini."


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    db = make_engine(db_url)
    yield db
    db.dispose()


def _newsroom(engine: Engine) -> None:
    """Paraphrases, variants (a number, a negation), copies within and across articles, a crowd, wires, a manual link."""
    a = add_article(engine, BODY.format(n=1), [("Matthew Miller", QUOTE), ("Budi", MISSILES.format(n=10)),
                                               ("Budi", QUOTE)], outlet="Antara", wires=["Yonhap"])
    b = add_article(engine, BODY.format(n=2), [("Matthew Miller", PARAPHRASE), ("Budi", MISSILES.format(n=12))],
                    outlet="Kompas", wires=["Yonhap"])
    add_article(engine, BODY.format(n=3), [("Patrick Ryder", QUOTE), ("Sri Mulyani", DENIAL.format(neg="tidak"))],
                outlet="Yonhap")
    add_article(engine, BODY.format(n=4), [(None, DENIAL.format(neg="memang"))], outlet="Tempo")
    for n in range(MAX_CLIQUE + 2):
        add_article(engine, BODY.format(n=10 + n), [("Pedagang", CROWD)], outlet=f"Outlet {n % 7}")
    with write_session(engine) as session:
        session.connection().execute(
            text("INSERT INTO claim_link (claim_a, claim_b, score, method) VALUES (:a, :b, 40, 'manual')"),
            {"a": a[1], "b": b[0]})


def test_spark_engine_stores_the_default_engines_links_groups_and_counts(engine: Engine) -> None:
    from factcheck.spark.link import link_claims_spark

    _newsroom(engine)
    default = link_claims(engine, rebuild=True)
    expected = stored(engine)
    relations = {link[4] for link in expected["links"]}
    assert relations == {"same", "variant"} and len(expected["links"]) > MAX_CLIQUE
    assert max(c[2] for c in expected["claims"]) >= 2
    forget_links(engine)
    result = link_claims_spark(engine, master=MASTER)
    assert stored(engine) == expected
    assert (result.links_written, result.groups, result.largest_group) == (
        default.links_written, default.groups, default.largest_group)
    assert result.claims_considered == len(expected["claims"])


def test_a_run_killed_before_the_swap_leaves_the_links_as_they_were(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.spark import stage
    from factcheck.spark.link import link_claims_spark

    _newsroom(engine)
    link_claims(engine, rebuild=True)
    before = stored(engine)

    def killed(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(stage, "swap", killed)
    with pytest.raises(KeyboardInterrupt):
        link_claims_spark(engine, master=MASTER, threshold=70)
    assert stored(engine) == before
    assert not {stage.LINKS.name, stage.MATCHES.name} & set(inspect(engine).get_table_names())
