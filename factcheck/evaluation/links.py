"""Measure claim relations against hand-labelled claim pairs (``factcheck eval --links``).

Each labelled pair (``tests/data/link_pairs*.jsonl``, rules in ``tests/data/README.md``)
is ``same``, ``variant`` or ``different``. The linker's decision for a pair is taken as
it decides a candidate pair: the fuzzy score of the normalised texts, then, where
:func:`factcheck.link.relation.needs_comparison` says so, :func:`factcheck.link.relation.relation`
(``None`` → different). Candidate blocking is
not part of this measure (it is measured by ``benchmarks/bench_link.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.link.normalize import normalize
from factcheck.link.relation import SAME, VARIANT, Comparison, Signature, needs_comparison, relation
from factcheck.link.scoring import DEFAULT_SCORER, DEFAULT_THRESHOLD, score_pairs

DIFFERENT = "different"
DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
DEFAULT_PAIR_FILES = (DATA_DIR / "link_pairs.jsonl", DATA_DIR / "link_pairs_constructed.jsonl")


@dataclass(frozen=True)
class LabelledPair:
    """A hand-labelled pair of assertions."""

    id: str
    a: str
    b: str
    label: str
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """What the linker makes of a labelled pair."""

    pair: LabelledPair
    score: float
    predicted: str
    kinds: tuple[str, ...]


@dataclass
class RelationScores:
    """Precision and recall of ``same`` and ``variant`` over a set of pairs."""

    name: str
    decisions: list[Decision] = field(default_factory=list)

    def _pr(self, label: str) -> tuple[float, float, int, int]:
        predicted = [d for d in self.decisions if d.predicted == label]
        actual = [d for d in self.decisions if d.pair.label == label]
        hits = sum(d.pair.label == label for d in predicted)
        precision = hits / len(predicted) if predicted else 1.0
        recall = hits / len(actual) if actual else 1.0
        return precision, recall, len(predicted), len(actual)

    @property
    def same(self) -> tuple[float, float, int, int]:
        """(precision, recall, predicted, labelled) of ``same``."""
        return self._pr(SAME)

    @property
    def variant(self) -> tuple[float, float, int, int]:
        """(precision, recall, predicted, labelled) of ``variant``."""
        return self._pr(VARIANT)

    def errors(self) -> list[Decision]:
        """Pairs decided otherwise than labelled."""
        return [d for d in self.decisions if d.predicted != d.pair.label]


def load_pairs(path: Path) -> list[LabelledPair]:
    """The labelled pairs of a JSONL file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            pairs.append(LabelledPair(item["id"], item["a"], item["b"], item["label"], tuple(item.get("kinds", ()))))
    return pairs


def decide(pairs: Sequence[LabelledPair], threshold: float = DEFAULT_THRESHOLD,
           scorer: str = DEFAULT_SCORER) -> list[Decision]:
    """The linker's decision for each pair."""
    import numpy as np

    texts = [normalize(t) for p in pairs for t in (p.a, p.b)]
    index = np.arange(len(texts)).reshape(-1, 2)
    scores = score_pairs(texts, index, scorer, workers=1)
    plain = score_pairs(texts, index, "ratio", workers=1)
    decisions = []
    for pair, score, plain_ratio, (i, j) in zip(pairs, scores.tolist(), plain.tolist(), index.tolist()):
        if needs_comparison(score, threshold, Signature(texts[i], pair.a), Signature(texts[j], pair.b), plain_ratio):
            found = relation(pair.a, pair.b, score, threshold)
        else:
            found = (SAME, Comparison()) if score >= threshold else None
        predicted, kinds = (DIFFERENT, ()) if found is None else (found[0], found[1].kinds if found[0] == VARIANT else ())
        decisions.append(Decision(pair, round(score, 1), predicted, kinds))
    return decisions


def evaluate_links(files: Iterable[Path], threshold: float = DEFAULT_THRESHOLD) -> list[RelationScores]:
    """Scores per file, over the pairs scoring at least ``threshold``, and over all of them (last)."""
    results = []
    everything = RelationScores("all")
    for path in files:
        scores = RelationScores(path.name, decide(load_pairs(path), threshold))
        everything.decisions.extend(scores.decisions)
        results.append(scores)
    linked = RelationScores(f"all, fuzzy score >= {threshold:g}", [d for d in everything.decisions if d.score >= threshold])
    return results + [linked, everything]


def format_link_report(results: Sequence[RelationScores], verbose: bool = False) -> str:
    """A table of same/variant precision and recall, with the errors when ``verbose``."""
    lines = ["claim relations (labelled pairs)",
             f"{'file':<34} {'pairs':>5}  {'same P':>6} {'same R':>6}  {'var P':>6} {'var R':>6}"]
    for r in results:
        (sp, sr, _, _), (vp, vr, _, _) = r.same, r.variant
        lines.append(f"{r.name:<34} {len(r.decisions):>5}  {sp:>6.3f} {sr:>6.3f}  {vp:>6.3f} {vr:>6.3f}")
    if verbose:
        for r in results[:-2]:
            for d in r.errors():
                lines.append(f"  {r.name} {d.pair.id} labelled {d.pair.label}{list(d.pair.kinds) or ''}, "
                             f"decided {d.predicted}{list(d.kinds) or ''} (score {d.score})")
                lines.append(f"    a: {d.pair.a}")
                lines.append(f"    b: {d.pair.b}")
    return "\n".join(lines)
