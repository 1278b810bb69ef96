"""Zero-width characters inside a speaker's name do not make a second speaker."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.document import RawArticle
from factcheck.ingest.normalize_text import normalize_text
from factcheck.pipeline import analyse

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("zw", ZERO_WIDTH, ids=["ZWSP", "ZWNJ", "ZWJ", "WJ", "BOM"])
def test_a_name_with_zero_width_characters_is_the_same_speaker(zw: str) -> None:
    text = ('"Kami siap membantu warga," kata Joko Widodo di Jakarta.\n'
            f'"Semua aman terkendali," kata Joko Wi{zw}dodo.\n'
            f'"Kita lanjutkan pembangunan," ujar Jo{zw}ko{zw} Widodo{zw}.')
    claims = analyse(RawArticle("x.txt", text)).claims
    assert [claim.speaker.name for claim in claims] == ["Joko Widodo"] * 3


def test_joiners_between_emoji_and_in_joining_scripts_stay() -> None:
    assert normalize_text("keluarga 👨\u200d👩\u200d👧 dan क्\u200dष") == "keluarga 👨\u200d👩\u200d👧 dan क्\u200dष"
    assert normalize_text("Jo\u200b\u200dko") == "Joko"


def test_one_speaker_row_across_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('"Harga beras turun," kata Menteri Perdagangan Zulkifli Hasan.\n')
    (tmp_path / "b.txt").write_text('"Stok beras cukup," kata Menteri Perdagangan Zulkifli\u200d Ha\u200bsan.\n')
    db = tmp_path / "f.db"
    assert CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM speaker").fetchall() == [("Zulkifli Hasan",)]
        assert conn.execute("SELECT count(*) FROM claim").fetchone() == (2,)
