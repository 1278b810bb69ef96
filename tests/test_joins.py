"""Sentences glued together by scraping are split again before segmentation."""

from __future__ import annotations

import pytest

from factcheck.document import RawArticle
from factcheck.ingest.joins import repair_joins
from factcheck.pipeline import analyse


def test_a_full_stop_glued_to_the_next_sentence_gets_its_space() -> None:
    assert repair_joins("Banjir terjadi sejak kemarin.Menurut dia, air mulai surut.") == (
        "Banjir terjadi sejak kemarin. Menurut dia, air mulai surut.")


@pytest.mark.parametrize("text", ["Dikutip dari Kompas.com hari ini.", "Gelar S.Kom diraih.", "Harga Rp.Juta naik.",
                                  "Ia lulus dari U.S.A tahun lalu."])
def test_abbreviations_and_domains_stay_as_written(text: str) -> None:
    assert repair_joins(text) == text


def test_a_claim_after_a_glued_sentence_is_found() -> None:
    raw = RawArticle(source="x", text="Kepala BPBD Budi Santoso meninjau lokasi kemarin.Menurut Budi, air mulai surut sore ini.")
    (claim,) = analyse(raw, language="id").claims
    assert (claim.speaker.name, claim.assertion) == ("Budi Santoso", "air mulai surut sore ini")
