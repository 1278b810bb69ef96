"""``factcheck ingest --engine spark`` stores what the default engine stores: same articles, claims and ids."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS
from sqlalchemy import text
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db import make_engine

pytest.importorskip("pyspark")
pytestmark = pytest.mark.spark
runner = CliRunner()
TABLES = {
    "article": "id, source, url, sha256, title, outlet_id, published, language, text, raw_text, decoding",
    "claim": 'id, article_id, sentence_id, speaker_id, speaker_text, assertion, verb, kind, start, "end", status',
    "sentence": "*",
    "speaker": "*",
    "outlet": "*",
    "article_wire": "*",
}


def _tables(db: Path) -> dict[str, list[tuple]]:
    engine = make_engine(str(db))
    with engine.connect() as conn:
        found = {name: sorted(conn.execute(text(f"SELECT {columns} FROM {name}")).all())
                 for name, columns in TABLES.items()}
    engine.dispose()
    return found


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Seed files, a feed repeating two of them (one record malformed) and a missing path's worth of errors."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    seeds = sorted(SEEDS.glob("*.txt"))
    records = [{"text": f"Berita nomor {n}. \u201cKami akan membangun {n} sekolah baru tahun ini,\u201d kata Budi Santoso.",
                "title": f"Sekolah {n}", "outlet": "Kompas", "url": f"https://example.com/{n}"} for n in range(6)]
    records.insert(2, {"text": seeds[0].read_text(encoding="utf-8")})  # a copy of a seed file
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(4, "{not json")
    lines.insert(5, "")
    lines.append(json.dumps(records[0], ensure_ascii=False))  # a copy within the feed
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_spark_ingest_stores_the_same_articles_and_claims(corpus: Path, tmp_path: Path) -> None:
    args = [str(corpus), str(tmp_path / "missing")]
    default = runner.invoke(app, ["ingest", "--db", str(tmp_path / "default.db"), *args])
    spark = runner.invoke(app, ["ingest", "--db", str(tmp_path / "spark.db"), "--engine", "spark",
                                "--spark-master", "local[2]", *args])
    assert default.exit_code == spark.exit_code == 1
    assert spark.stderr == default.stderr
    assert "2 skipped as duplicates, 2 rejected" in spark.stderr
    expected = _tables(tmp_path / "default.db")
    assert len(expected["claim"]) > 20
    assert _tables(tmp_path / "spark.db") == expected
    again = runner.invoke(app, ["ingest", "--db", str(tmp_path / "spark.db"), "--engine", "spark", str(corpus)])
    assert "0 articles added" in again.stderr and _tables(tmp_path / "spark.db") == expected


def test_parquet_rows_are_read_as_jsonl_records(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"text": "\u201cHarga beras naik lima persen,\u201d kata Budi Santoso di Jakarta.", "title": "Beras"},
            {"text": "\u201cHarga beras naik lima persen,\u201d kata Budi Santoso di Jakarta.", "title": "Lagi"},
            {"text": "  ", "title": "Kosong"}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "feed.parquet")
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    spark = runner.invoke(app, ["ingest", "--db", str(tmp_path / "p.db"), "--engine", "spark",
                                str(tmp_path / "feed.parquet")])
    default = runner.invoke(app, ["ingest", "--db", str(tmp_path / "j.db"), str(tmp_path / "feed.jsonl")])
    assert spark.stderr == default.stderr.replace("feed.jsonl", "feed.parquet")
    parquet, jsonl = _tables(tmp_path / "p.db"), _tables(tmp_path / "j.db")
    assert [a[1] for a in parquet["article"]] == [str(tmp_path / "feed.parquet") + ":1"]
    assert [a[2:] for a in parquet["article"]] == [a[2:] for a in jsonl["article"]]
    assert parquet["claim"] == jsonl["claim"]
