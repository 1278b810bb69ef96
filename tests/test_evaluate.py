"""The extraction scorer, the hand-labelled gold set, and the extraction quality floor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.document import ClaimDraft, RawArticle, SpeakerRef
from factcheck.evaluation import report as evaluate
from factcheck.evaluation import scoring
from factcheck.evaluation.corpora import (
    indonesian_docs,
    is_english_claim,
    is_speech_cue,
    load_gold,
    load_gold_docs,
    parse_brat,
)
from factcheck.evaluation.report import EvalPaths, format_report, run_evaluation
from factcheck.evaluation.scoring import (
    Attributed,
    assertion_score,
    same_speaker_lenient,
    score_document,
)
from factcheck.pipeline import Analysis

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold_id.jsonl"
FLOOR = DATA / "eval_floor.json"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
from conftest import CORPORA  # noqa: E402
DETIK = CORPORA / "detik-1000" / "articles.jsonl"

QUOTE = "Kami telah melihat Rusia menyediakan senjata ke Korea Utara. Kami telah melihat Korea Utara menyediakan senjata untuk Rusia"
OTHER = "Jelas, Korea Utara dan Rusia memiliki hubungan"


def _score(gold: list[Attributed], predicted: list[Attributed]):  # type: ignore[no-untyped-def]
    return score_document("doc", gold, predicted)


# --- scorer ------------------------------------------------------------------------------


def test_perfect_prediction_scores_one() -> None:
    gold = [Attributed("Matthew Miller", QUOTE), Attributed("Patrick Ryder", OTHER)]
    result = _score(gold, list(gold))
    assert (result.precision, result.recall, result.speaker_accuracy) == (1.0, 1.0, 1.0)
    assert result.misses == result.false_positives == result.wrong_speakers == []


def test_missing_claim_lowers_recall_only() -> None:
    gold = [Attributed("Matthew Miller", QUOTE), Attributed("Patrick Ryder", OTHER)]
    result = _score(gold, [gold[0]])
    assert result.recall == 0.5
    assert result.precision == 1.0
    assert [m.assertion for m in result.misses] == [OTHER]


def test_wrong_speaker_lowers_speaker_accuracy_but_still_matches() -> None:
    gold = [Attributed("Matthew Miller", QUOTE), Attributed("Patrick Ryder", OTHER)]
    result = _score(gold, [Attributed("Matthew Miller", QUOTE), Attributed("Miller", OTHER)])
    assert result.recall == 1.0
    assert result.speaker_accuracy == 0.5
    assert [(w.speaker, w.predicted_speaker) for w in result.wrong_speakers] == [("Patrick Ryder", "Miller")]


def test_quote_split_into_sentences_still_matches() -> None:
    first, second = QUOTE.split(". ")
    result = _score([Attributed("Matthew Miller", QUOTE)],
                    [Attributed("Matthew Miller", first + "."), Attributed("Matthew Miller", second)])
    assert result.recall == 1.0
    assert result.precision == 1.0
    assert result.speaker_accuracy == 1.0


def test_unrelated_prediction_is_a_false_positive() -> None:
    result = _score([Attributed("Matthew Miller", QUOTE)],
                    [Attributed("Matthew Miller", QUOTE),
                     Attributed("Redaksi", "Cek Berita dan Artikel yang lain di Google News dan WA Channel")])
    assert result.precision == 0.5
    assert [f.speaker for f in result.false_positives] == ["Redaksi"]


def test_quote_marks_case_and_trailing_punctuation_are_ignored() -> None:
    assert assertion_score("“jelas, korea utara dan rusia memiliki hubungan,”", OTHER) == 100.0


def test_short_fragment_does_not_match_a_long_claim() -> None:
    assert assertion_score("Rusia", QUOTE) == 0.0
    assert assertion_score("Kami telah melihat", QUOTE) >= scoring.MATCH_THRESHOLD


def test_whole_paragraph_does_not_match_a_short_claim_inside_it() -> None:
    paragraph = f"{OTHER}, kata Sekretaris Pers Departemen Pertahanan Amerika Serikat Mayor Jenderal Patrick Ryder " \
                "pada suatu pengarahan pers di Washington pada hari Rabu."
    assert assertion_score(paragraph, OTHER) == 0.0
    assert assertion_score(f"{OTHER}, kata Ryder", OTHER) >= scoring.MATCH_THRESHOLD


def test_small_wording_differences_still_match() -> None:
    assert assertion_score(OTHER.replace("memiliki", "memilki"), OTHER) >= scoring.MATCH_THRESHOLD


def test_empty_document_with_no_predictions_is_perfect_and_with_predictions_is_not() -> None:
    assert (_score([], []).precision, _score([], []).recall) == (1.0, 1.0)
    assert _score([], [Attributed("X", OTHER)]).precision == 0.0


# --- English gold ------------------------------------------------------------------------


def test_lenient_speaker_compares_last_words() -> None:
    assert same_speaker_lenient("Pat Caddell", "longtime Democratic pollster Pat Caddell")
    assert same_speaker_lenient("Donald Trump", "Trump's campaign")
    assert same_speaker_lenient("Clinton", "the Clinton campaign")
    assert not same_speaker_lenient("Donald Trump", "Hillary Clinton")
    assert not same_speaker_lenient("", "Clinton")


@pytest.mark.parametrize(("cue", "expected"), [
    ("said", True), ("said thursday morning", True), ("according to", True), ("has called for", True),
    ("told", True), ("believes", False), (":", False), ("―", False), ("shows", False),
])
def test_speech_cues(cue: str, expected: bool) -> None:
    assert is_speech_cue(cue) is expected


def test_english_claims_need_a_clause_or_a_quotation() -> None:
    assert is_english_claim("said", "the economy is growing")
    assert is_english_claim("said", "“You winning?”")
    assert not is_english_claim("called", "Machado")
    assert not is_english_claim("asked", "for help")
    assert not is_english_claim("believes", "the economy is growing")


BRAT = """T1\tSource 0 11\tPat Caddell
T2\tCue 12 16\tsaid
T3\tContent 17 30;35 40\tpolls matter a lot
T4\tAttribution 12 16\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 50 52\the
T6\tCue 53 59\tbelieves
T7\tContent 60 70\tit is over
T8\tAttribution 53 59\tbelieves
E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
T9\tCue 80 84\tsaid
T10\tContent 85 90\tnobody
T11\tAttribution-no-source 80 84\tsaid
E3\tAttribution-no-source:T11 Content:T10 Cue:T9
T12\tSource 92 105\tthe pollster
T13\tCue 106 110\ttold
T14\tContent 111 120\tfirst part
T15\tContent 121 130\tsecond part
T16\tAttribution 106 110\ttold
E4\tAttribution:T16 Cue:T13 Source:T12 Content:T14 Content2:T15
"""


def test_parse_brat_joins_spans_resolves_sources_and_skips_sourceless_events() -> None:
    assert parse_brat(BRAT) == [
        (("Pat Caddell",), "said", "polls matter a lot"),
        (("Pat Caddell",), "believes", "it is over"),
        (("the pollster", "Pat Caddell"), "told", "first part second part"),
    ]


def test_a_description_source_accepts_its_antecedent() -> None:
    gold = [Attributed("the pollster", QUOTE, ("Pat Caddell",))]
    for name in ("Caddell", "pollster"):
        assert score_document("d", gold, [Attributed(name, QUOTE)], same_speaker_lenient).speaker_accuracy == 1.0
    assert score_document("d", gold, [Attributed("Clinton", QUOTE)], same_speaker_lenient).speaker_accuracy == 0.0


# --- Indonesian gold set ----------------------------------------------------------------

GOLD_KEYS = {"doc", "speaker", "speaker_kind", "assertion", "kind", "cue"}


def _gold_records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").split("\n") if line.strip()]


def test_gold_file_is_well_formed() -> None:
    records = _gold_records()
    documents = set(load_gold_docs(GOLD))
    seen = set()
    for r in records:
        assert set(r) == GOLD_KEYS, r
        assert re.fullmatch(r"seeds/\d{3}_[0-9a-f]{16}\.txt|detik:\d+", r["doc"]), r
        assert r["doc"] in documents
        assert r["kind"] in {"direct", "indirect"}, r
        assert r["speaker_kind"] in {"person", "organization", "group"}, r
        assert r["speaker"] == r["speaker"].strip() and r["speaker"], r
        assert r["assertion"] == r["assertion"].strip() and not r["assertion"].endswith(","), r
        assert (r["doc"], r["assertion"]) not in seen, r
        seen.add((r["doc"], r["assertion"]))


def test_gold_covers_all_seeds_and_enough_varied_detik_articles() -> None:
    documents = load_gold_docs(GOLD)
    seeds = {d for d in documents if d.startswith("seeds/")}
    assert seeds == {f"seeds/{p.name}" for p in SEEDS.glob("*.txt")}
    detik = [d for d in documents if d.startswith("detik:")]
    assert len(detik) >= 12
    gold = load_gold(GOLD)
    assert any(d not in gold for d in detik), "some labelled articles have no claims"
    cues = {r["cue"] for r in _gold_records()}
    assert {"katanya", "ujarnya", "jelasnya", "tambahnya", "pungkasnya", "ungkapnya", "Menurutnya"} <= cues
    assert {r["speaker_kind"] for r in _gold_records()} == {"person", "organization", "group"}


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_every_seed_gold_assertion_occurs_verbatim() -> None:
    gold = load_gold(GOLD)
    for doc in [d for d in gold if d.startswith("seeds/")]:
        text = _squash((SEEDS / Path(doc).name).read_text(encoding="utf-8"))
        for claim in gold[doc]:
            assert _squash(claim.assertion) in text, (doc, claim.assertion)


@pytest.mark.skipif(not DETIK.exists(), reason="shared corpora not available")
def test_every_detik_gold_assertion_occurs_verbatim() -> None:
    docs = [d for corpus, d in indonesian_docs(GOLD, SEEDS, CORPORA) if corpus == "detik"]
    assert docs and all(d is not None for d in docs)
    for doc in docs:
        text = _squash(doc.raw.text)
        for claim in doc.gold:
            assert _squash(claim.assertion) in text, (doc.doc, claim.assertion)


# --- running the evaluation -------------------------------------------------------------


def _oracle(gold: dict[str, list[Attributed]]):  # type: ignore[no-untyped-def]
    """An analyse() stand-in that returns the gold claims of the article, with one speaker wrong."""

    def analyse(raw: RawArticle, *, outlet: str | None = None, language: str = "auto") -> Analysis:
        claims = [
            ClaimDraft(0, 0, len(c.assertion), c.assertion, c.speaker, SpeakerRef(c.speaker), "kata", "direct")
            for c in gold.get(raw.source, [])
        ]
        if claims and raw.source.startswith("seeds/004"):
            claims[0] = ClaimDraft(0, 0, 1, claims[0].assertion, "Ryder", SpeakerRef("Ryder"), "kata", "direct")
        return Analysis(None, [], claims)  # type: ignore[arg-type]

    return analyse


def test_run_evaluation_scores_the_seeds_and_notes_missing_corpora(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gold = load_gold(GOLD)
    monkeypatch.setattr(evaluate, "analyse", _oracle(gold))
    report = run_evaluation(EvalPaths(DATA, SEEDS, tmp_path), verbose=True)
    seeds = report.corpus("seeds")
    assert seeds.docs == 5
    assert seeds.n_gold == seeds.n_pred == sum(len(v) for k, v in gold.items() if k.startswith("seeds/"))
    assert (seeds.precision, seeds.recall) == (1.0, 1.0)
    assert seeds.speaker_correct == seeds.matched - 1
    assert report.corpus("detik").note and report.corpus("polnear").note
    text = format_report(report, verbose=True)
    assert "seeds" in text and "skipped" in text
    assert "Patrick Ryder → Ryder" in text
    assert len(report.documents["seeds"]) == 5


def test_gold_document_missing_from_a_present_corpus_is_an_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold_id.jsonl"
    gold.write_text(json.dumps({"doc": "seeds/999_0000000000000000.txt", "speaker": "X", "speaker_kind": "person",
                                "assertion": OTHER, "kind": "direct", "cue": "kata"}) + "\n", encoding="utf-8")
    with pytest.raises(LookupError, match="999"):
        run_evaluation(EvalPaths(tmp_path, SEEDS, tmp_path))


def test_format_report_lists_misses_only_when_verbose(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(evaluate, "analyse", _oracle({}))
    report = run_evaluation(EvalPaths(DATA, SEEDS, Path("/nonexistent")))
    assert "missed" not in format_report(report)
    assert "seeds: missed" in format_report(report, verbose=True)
    assert report.corpus("seeds").recall == 0.0


# --- quality floor -----------------------------------------------------------------------


def test_extraction_meets_floor() -> None:
    floors = json.loads(FLOOR.read_text(encoding="utf-8"))
    report = run_evaluation(EvalPaths(DATA, SEEDS, CORPORA))
    checked = 0
    for corpus in report.corpora:
        if corpus.note or corpus.name not in floors:
            continue
        for figure, floor in floors[corpus.name].items():
            assert getattr(corpus, figure) >= floor, f"{corpus.name} {figure} {getattr(corpus, figure):.3f} < {floor}"
            checked += 1
    assert checked, "no corpus was evaluated"
