"""Scoring predicted claims against gold claims.

Matching rule (both languages, by text, because cleaning may move offsets)
    Both assertions are normalised: NFKC, quote marks removed, casefolded, whitespace
    collapsed, surrounding punctuation stripped. A predicted claim *matches* a gold
    claim when ``rapidfuzz.fuzz.partial_ratio`` of the two is at least
    ``MATCH_THRESHOLD`` (90) and

    * if the prediction is the shorter one, it has at least ``MIN_PIECE_CHARS`` (10)
      characters, or the whole gold length if that is shorter (so a quote split into
      sentences still matches, piece by piece);
    * if the prediction is the longer one, the gold assertion covers at least
      ``MIN_GOLD_COVERAGE`` (half) of it (a whole paragraph does not match every
      claim inside it).

    Recall counts gold claims matched by at least one prediction; precision counts
    predictions matching at least one gold claim.

Speaker accuracy
    Among matched gold claims, the share whose best-matching prediction (highest
    score, then longest) names the right speaker: for Indonesian gold, exact equality after
    casefolding and collapsing whitespace; for PolNeAR and PFSA-ID, see
    :func:`same_speaker_lenient` and :func:`same_speaker_by_keys`.

Figures with an empty denominator are 0.0, except precision and recall of a corpus
with neither gold nor predicted claims, which are 1.0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

MATCH_THRESHOLD = 90.0
MIN_PIECE_CHARS = 10
MIN_GOLD_COVERAGE = 0.5

_QUOTES = re.compile(r"[\"“”„‟«»‘’‚‛`]")
_EDGE_PUNCT = " \t\n.,;:!?-–—…()"
WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")



@dataclass(frozen=True)
class Attributed:
    """A claim reduced to what is scored: who (speaker name) said what (assertion)."""

    speaker: str
    assertion: str
    aliases: tuple[str, ...] = ()  # other names that count as the right speaker (or, for PFSA-ID, the key words)


@dataclass(frozen=True)
class Finding:
    """A claim listed in a report: a miss, a false positive or a wrong speaker."""

    doc: str
    speaker: str
    assertion: str
    predicted_speaker: str | None = None


@dataclass
class CorpusScore:
    """Counts and findings for one corpus; precision, recall and accuracy derive from them."""

    name: str
    docs: int = 0
    n_gold: int = 0
    n_pred: int = 0
    matched: int = 0  # gold claims matched by at least one prediction
    pred_matched: int = 0  # predictions matching at least one gold claim
    speaker_correct: int = 0
    misses: list[Finding] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    wrong_speakers: list[Finding] = field(default_factory=list)
    note: str = ""  # why the corpus was skipped, if it was
    scores_precision: bool = True  # False when the gold labels only some kinds of claims (PFSA-ID)

    @property
    def precision(self) -> float:
        """Share of predicted claims that match a gold claim."""
        if self.n_pred == 0:
            return 1.0 if self.n_gold == 0 else 0.0
        return self.pred_matched / self.n_pred

    @property
    def recall(self) -> float:
        """Share of gold claims matched by at least one predicted claim."""
        if self.n_gold == 0:
            return 1.0 if self.n_pred == 0 else 0.0
        return self.matched / self.n_gold

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of matched gold claims whose best-matching prediction names the right speaker."""
        return self.speaker_correct / self.matched if self.matched else 0.0

    def add(self, other: CorpusScore) -> None:
        """Accumulate the counts and findings of ``other`` (one document) into this score."""
        self.docs += other.docs
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.matched += other.matched
        self.pred_matched += other.pred_matched
        self.speaker_correct += other.speaker_correct
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.wrong_speakers += other.wrong_speakers


@dataclass
class EvalReport:
    """Scores per corpus, in a fixed order; with ``verbose``, also per document."""

    corpora: list[CorpusScore]
    documents: dict[str, list[CorpusScore]] = field(default_factory=dict)

    def corpus(self, name: str) -> CorpusScore:
        """The score of the corpus called ``name``."""
        return next(c for c in self.corpora if c.name == name)


# --- scoring -----------------------------------------------------------------------------


def normalise_assertion(text: str) -> str:
    """Assertion text as compared: NFKC, no quote marks, casefolded, single spaces, no edge punctuation."""
    text = _QUOTES.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split()).strip(_EDGE_PUNCT)


def normalise_speaker(name: str) -> str:
    """Speaker name as compared: NFKC, casefolded, single spaces, no edge punctuation."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split()).strip(_EDGE_PUNCT)


def assertion_score(predicted: str, gold: str) -> float:
    """How well ``predicted`` matches ``gold`` (0–100); see the module docstring for the rule."""
    p, g = normalise_assertion(predicted), normalise_assertion(gold)
    if not p or not g:
        return 0.0
    if len(p) <= len(g):
        if len(p) < min(MIN_PIECE_CHARS, len(g)):
            return 0.0
    elif len(g) < MIN_GOLD_COVERAGE * len(p):
        return 0.0
    return fuzz.partial_ratio(p, g)


def same_speaker_strict(predicted: str, gold: str) -> bool:
    """Speaker equality after casefolding and collapsing whitespace."""
    return normalise_speaker(predicted) == normalise_speaker(gold)


def _name_words(name: str) -> list[str]:
    return WORD.findall(_POSSESSIVE.sub("", normalise_speaker(name)))


def same_speaker_by_keys(predicted: str, key: str) -> bool:
    """PFSA-ID: right when the key word (one of the words of the labelled mention) is a word of the
    predicted name; a claim labelled without any mention (only a clitic cue) has the key ``""``."""
    return key == "" or normalise_speaker(key) in _name_words(predicted)


def same_speaker_lenient(predicted: str, gold: str) -> bool:
    """True when the last word of one name occurs among the words of the other."""
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p and g) and (p[-1] in g or g[-1] in p)


def score_document(
    doc: str,
    gold: Sequence[Attributed],
    predicted: Sequence[Attributed],
    same_speaker: Callable[[str, str], bool] = same_speaker_strict,
) -> CorpusScore:
    """Score the predicted claims of one document against its gold claims."""
    result = CorpusScore(doc, docs=1, n_gold=len(gold), n_pred=len(predicted))
    scores = [[assertion_score(p.assertion, g.assertion) for g in gold] for p in predicted]
    for j, g in enumerate(gold):
        hits = [(scores[i][j], len(p.assertion), i) for i, p in enumerate(predicted) if scores[i][j] >= MATCH_THRESHOLD]
        if not hits:
            result.misses.append(Finding(doc, g.speaker, g.assertion))
            continue
        result.matched += 1
        best = predicted[max(hits)[2]]
        if any(same_speaker(best.speaker, name) for name in (g.speaker, *g.aliases)):
            result.speaker_correct += 1
        else:
            result.wrong_speakers.append(Finding(doc, g.speaker, g.assertion, best.speaker))
    for i, p in enumerate(predicted):
        if any(s >= MATCH_THRESHOLD for s in scores[i]):
            result.pred_matched += 1
        else:
            result.false_positives.append(Finding(doc, p.speaker, p.assertion))
    return result
