"""On detik-1000, ``link --engine spark`` stores exactly the default engine's links, relations, groups and counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPORA
from spark_helpers import forget_links, stored

from factcheck.db import make_engine
from factcheck.ingest.read import expand_paths
from factcheck.ingest_run import ingest_items
from factcheck.link.linker import link_claims

DETIK = CORPORA / "detik-1000" / "articles.jsonl"

pytest.importorskip("pyspark")
pytestmark = [
    pytest.mark.spark,
    pytest.mark.slow,
    pytest.mark.skipif(not DETIK.exists(), reason="detik-1000 corpus not available"),
]


def test_detik_links_groups_and_counts_equal_the_default_engines(tmp_path: Path) -> None:
    from factcheck.spark.link import link_claims_spark

    engine = make_engine(str(tmp_path / "detik.db"))
    counts = ingest_items(engine, list(expand_paths([str(DETIK)])))
    assert counts.added > 900
    link_claims(engine, rebuild=True)
    expected = stored(engine)
    assert len(expected["links"]) > 100
    assert {link[4] for link in expected["links"]} == {"same", "variant"}
    assert max(c[2] for c in expected["claims"]) >= 2
    forget_links(engine)
    link_claims_spark(engine, master="local[2]")
    found = stored(engine)
    for part in ("links", "claims", "matches", "meta"):
        assert found[part] == expected[part], part
