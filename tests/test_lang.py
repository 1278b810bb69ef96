"""Language packs: the registry, the shared vocabulary, and an engine that asks the pack, not the code."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.extract import lang
from factcheck.extract.attribution import extract_claims
from factcheck.extract.cues import cues_for
from factcheck.ingest.clean import LANGUAGES
from factcheck.ingest.language import detect_language
from factcheck.ingest.segment import segment

EXTRACT = Path(__file__).resolve().parents[1] / "factcheck" / "extract"


def test_registry_holds_indonesian_and_english_default_first() -> None:
    assert lang.codes() == ("id", "en")
    assert LANGUAGES == lang.codes()
    assert lang.get("en").name == "English"


def test_an_unknown_language_is_an_error_not_indonesian() -> None:
    with pytest.raises(lang.UnknownLanguage, match="ms"):
        lang.get("ms")
    text = "Dia berkata, harga minyak akan naik."
    with pytest.raises(lang.UnknownLanguage):
        extract_claims(text, segment(text), "ms")


def test_shared_vocabulary_is_the_union_of_the_packs() -> None:
    shared = lang.shared_vocabulary()
    assert "gubernur" in shared.title_words and "governor" in shared.title_words
    assert lang.get("id").vocabulary.title_words | lang.get("en").vocabulary.title_words == shared.title_words
    assert "governor" not in lang.get("id").vocabulary.title_words


def test_each_language_keeps_its_own_cues() -> None:
    assert "mengatakan" in lang.get("id").speech_verbs and "mengatakan" not in lang.get("en").speech_verbs
    assert lang.get("id").settings.one_claim_per_report is False
    assert lang.get("en").settings.one_claim_per_report is True
    assert cues_for("en").close_speaker_first is None and cues_for("id").close_speaker_first is not None


def test_engine_never_branches_on_a_language_code() -> None:
    branch = re.compile(r"""(?:language|\.code)\s*[!=]=|[!=]=\s*["'](?:id|en)["']""")
    offenders = [f"{path.name}:{n}" for path in sorted(EXTRACT.glob("*.py"))
                 for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if branch.search(line)]
    assert offenders == []


def test_detection_counts_each_registered_language() -> None:
    assert detect_language("The minister said that the price will rise, and he added it was fair.") == "en"
    assert detect_language("Menteri mengatakan bahwa harga akan naik dan itu wajar.") == "id"
    assert detect_language("") == lang.DEFAULT_CODE


def test_a_new_language_is_a_new_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    indonesian = lang.get("id")
    malay = replace(indonesian, code="ms", name="Malay", speech_verbs=(*indonesian.speech_verbs, "mendakwa"))
    monkeypatch.setitem(lang.PACKS, "ms", malay)
    cues_for.cache_clear()
    try:
        text = "Menteri Kewangan Ahmad Bakar mendakwa, harga minyak akan naik bulan depan."
        assert extract_claims(text, segment(text), "id") == []  # "mendakwa" is Malay, not Indonesian
        (claim,) = extract_claims(text, segment(text), "ms")
        assert claim.speaker.name == "Ahmad Bakar"
        assert claim.assertion == "harga minyak akan naik bulan depan"
    finally:
        cues_for.cache_clear()


def test_the_engine_vocabulary_exposes_every_field() -> None:
    from dataclasses import fields

    from factcheck.extract import vocabulary
    from factcheck.extract.lang.base import Vocabulary

    assert all(getattr(vocabulary, f.name.upper()) == getattr(lang.shared_vocabulary(), f.name)
               for f in fields(Vocabulary))
