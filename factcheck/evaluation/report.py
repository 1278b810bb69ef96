"""Running the pipeline on every labelled corpus, and the table of figures it gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factcheck.evaluation.corpora import (
    BLIND_BATCHES,
    DETIK_FILE,
    PFSA_DIR,
    POLNEAR_DIR,
    GoldDoc,
    blind_docs,
    indonesian_docs,
    pfsa_docs,
    polnear_docs,
)
from factcheck.evaluation.scoring import (
    Attributed,
    CorpusScore,
    EvalReport,
    same_speaker_by_keys,
    same_speaker_lenient,
    same_speaker_strict,
    score_document,
)
from factcheck.pipeline import analyse

CORPUS_NAMES = ("seeds", "detik", *BLIND_BATCHES, "pfsa-dev", "polnear")


@dataclass(frozen=True)
class EvalPaths:
    """Where the labelled data is: the gold files, the seed articles and the shared corpora."""

    gold_dir: Path  # gold_id.jsonl, gold_id_docs.txt and the blind batches
    seeds_dir: Path
    corpora_dir: Path

    @property
    def gold_path(self) -> Path:
        """The gold claims of the seeds and the detik articles."""
        return self.gold_dir / "gold_id.jsonl"


def _predict(doc: GoldDoc) -> list[Attributed]:
    analysis = analyse(doc.raw, language=doc.language)
    return [Attributed(c.speaker.name, c.assertion) for c in analysis.claims]


def run_evaluation(paths: EvalPaths, verbose: bool = False) -> EvalReport:
    """Run the pipeline on every labelled document and score it; ``verbose`` keeps per-document scores.

    A corpus whose files are absent is skipped with a note.
    """
    scores = {name: CorpusScore(name) for name in CORPUS_NAMES}
    scores["pfsa-dev"].scores_precision = False
    report = EvalReport(list(scores.values()))

    def record(corpus: str, doc: GoldDoc, same_speaker: Callable[[str, str], bool]) -> None:
        result = score_document(doc.doc, doc.gold, _predict(doc), same_speaker)
        scores[corpus].add(result)
        if verbose:
            report.documents.setdefault(corpus, []).append(result)

    for corpus, doc in indonesian_docs(paths.gold_path, paths.seeds_dir, paths.corpora_dir):
        if doc is None:
            scores[corpus].note = f"skipped: {paths.seeds_dir if corpus == 'seeds' else paths.corpora_dir / DETIK_FILE} not found"
            continue
        record(corpus, doc, same_speaker_strict)
    for batch in BLIND_BATCHES:
        docs = blind_docs(paths.gold_dir, batch)
        if not docs:
            scores[batch].note = f"skipped: {batch} not found in {paths.gold_dir}"
        for doc in docs:
            record(batch, doc, same_speaker_strict)
    pfsa = paths.corpora_dir / PFSA_DIR
    if (pfsa / "claims.jsonl").exists():
        for doc in pfsa_docs(pfsa):
            record("pfsa-dev", doc, same_speaker_by_keys)
    else:
        scores["pfsa-dev"].note = f"skipped: {pfsa} not found"
    polnear = paths.corpora_dir / POLNEAR_DIR
    if (polnear / "metadata.tsv").exists():
        for doc in polnear_docs(polnear):
            record("polnear", doc, same_speaker_lenient)
    else:
        scores["polnear"].note = f"skipped: {polnear} not found"
    return report


# --- reporting ---------------------------------------------------------------------------


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(report: EvalReport, verbose: bool = False) -> str:
    """A table of the figures per corpus; ``verbose`` adds every miss, false positive and wrong speaker."""
    head = f"{'corpus':<10}{'docs':>6}{'gold':>6}{'pred':>6}{'match':>7}{'prec':>7}{'recall':>8}{'F1':>7}{'speaker':>9}"
    lines = [head, "-" * len(head)]
    for c in report.corpora:
        if c.note:
            lines.append(f"{c.name:<10}{c.note}")
            continue
        precision, f1 = (f"{c.precision:>7.2f}", f"{c.f1:>7.2f}") if c.scores_precision else (f"{'-':>7}", f"{'-':>7}")
        lines.append(
            f"{c.name:<10}{c.docs:>6}{c.n_gold:>6}{c.n_pred:>6}{c.matched:>7}"
            f"{precision}{c.recall:>8.2f}{f1}{c.speaker_accuracy:>9.2f}"
        )
    if not verbose:
        return "\n".join(lines)
    for c in report.corpora:
        false_positives = c.false_positives if c.scores_precision else []
        for title, findings in (("missed", c.misses), ("false positives", false_positives),
                                ("wrong speaker", c.wrong_speakers)):
            if not findings:
                continue
            lines += ["", f"{c.name}: {title} ({len(findings)})"]
            for f in findings:
                who = f"{f.speaker} → {f.predicted_speaker}" if f.predicted_speaker is not None else f.speaker
                lines.append(f"  {f.doc} | {who} | {_clip(f.assertion)}")
        per_doc = report.documents.get(c.name, [])
        if per_doc:
            lines += ["", f"{c.name}: per document"]
            lines += [f"  {d.name}: gold {d.n_gold} pred {d.n_pred} matched {d.matched} "
                      f"speaker {d.speaker_correct}" for d in per_doc]
    return "\n".join(lines)
