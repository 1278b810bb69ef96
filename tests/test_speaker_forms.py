"""No speaker in the detik-1000 corpus is a pronoun, a quantifier, a function word or a document word.

A speaker is a resolved person, organisation or group; a phrase that only points (a pronoun, a
quantifier without its noun, a cue word) is resolved, or left unresolved with the name
``UNRESOLVED`` (the words as written stay in ``speaker_text``).
"""

from __future__ import annotations

import json

import pytest

from conftest import CORPORA  # noqa: E402
from factcheck.document import RawArticle
from factcheck.extract.speakers import UNRESOLVED
from factcheck.pipeline import analyse

DETIK = CORPORA / "detik-1000" / "articles.jsonl"

PRONOUNS = {"ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "anda", "nya", "dirinya", "pihaknya",
            "keduanya", "ketiganya", "he", "she", "they", "we", "i", "it"}
QUANTIFIERS = {"para", "ribuan", "ratusan", "puluhan", "sejumlah", "beberapa", "banyak", "semua", "seluruh",
               "salah", "salah satu", "salah seorang", "seorang", "sebagian", "sebanyak"}
FUNCTION_WORDS = {"ya", "itu", "ini", "yang", "dan", "atau", "belum", "sudah", "akan", "tidak", "juga", "pun",
                  "hal", "hal itu", "hal tersebut", "tersebut", "adapun", "namun", "semoga", "the", "a"}
DOCUMENT_WORDS = {"tertulis", "demikian", "bunyi", "isi", "ujarnya", "katanya", "jelasnya", "tambahnya",
                  "menurutnya", "pungkasnya", "ungkapnya", "tuturnya"}
DAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}
FORBIDDEN = PRONOUNS | QUANTIFIERS | FUNCTION_WORDS | DOCUMENT_WORDS | DAYS


@pytest.mark.slow
@pytest.mark.skipif(not DETIK.exists(), reason="detik-1000 corpus not available")
def test_no_speaker_in_detik_1000_is_a_pointer_or_a_function_word() -> None:
    offenders = []
    for line in DETIK.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        raw = RawArticle(source=f"detik:{record['id']}", text=record["text"], title=record.get("title"))
        for claim in analyse(raw, language="id").claims:
            name = " ".join(claim.speaker.name.casefold().split())
            if name == UNRESOLVED:
                continue  # left unresolved, and said so
            if name in FORBIDDEN or name.split()[0] in QUANTIFIERS - {"seorang"} and len(name.split()) == 1:
                offenders.append((raw.source, claim.speaker.name, claim.assertion[:60]))
    assert offenders == []
