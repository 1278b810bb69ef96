"""Measure claim extraction against hand-labelled gold claims (Indonesian) and PolNeAR (English).

Corpora
    ``seeds``   the five seed articles, labelled in ``tests/data/gold_id.jsonl``;
    ``detik``   detik.com articles from the shared corpus, labelled in the same file
                (skipped with a note when the corpus is absent);
    ``polnear`` PolNeAR dev attributions whose cue is a speech or writing cue and whose
                content is a quotation or has at least three words (shorter contents are
                objects of the cue: "called Machado", "asked for their help").
``tests/data/gold_id_docs.txt`` lists every labelled document, including those with
no claims at all, so that claims found in them count as false positives.
The labelling guidelines are in ``tests/data/README.md``.

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
    score, then longest) names the right speaker. Indonesian: exact equality after
    casefolding and collapsing whitespace. English: PolNeAR sources are names with
    roles ("longtime Democratic pollster Pat Caddell"), descriptions ("the president")
    or pronouns; a pronoun is replaced by, and a description also accepts, the nearest
    earlier source span in the same annotation file that is a name. The speaker counts
    as right when the last word of the predicted name occurs among the words of an
    accepted name or the other way round.

Figures with an empty denominator are 0.0, except precision and recall of a corpus
with neither gold nor predicted claims, which are 1.0.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from factcheck.document import RawArticle
from factcheck.pipeline import analyse

REPO_DIR = Path(__file__).resolve().parents[2]
DEFAULT_SEEDS_DIR = REPO_DIR / "seeds"
DEFAULT_CORPORA_DIR = REPO_DIR.parent / "shared" / "corpora"
DEFAULT_GOLD_PATH = REPO_DIR / "tests" / "data" / "gold_id.jsonl"
GOLD_DOCS_NAME = "gold_id_docs.txt"
DETIK_FILE = Path("detik-1000") / "articles.jsonl"
POLNEAR_DIR = Path("polnear-dev")

MATCH_THRESHOLD = 90.0
MIN_PIECE_CHARS = 10
MIN_GOLD_COVERAGE = 0.5

# English cues that make a PolNeAR attribution a claim: a cue counts when one of its
# words is in ENGLISH_SPEECH_CUE_WORDS or it contains one of ENGLISH_SPEECH_CUE_PHRASES.
ENGLISH_SPEECH_CUE_WORDS = frozenset("""
    say says said saying tell tells told telling write writes wrote written writing
    announce announces announced announcing state states stated stating add adds added adding
    ask asks asked asking argue argues argued arguing claim claims claimed claiming
    explain explains explained explaining note notes noted noting insist insists insisted insisting
    declare declares declared declaring testify testifies testified testifying
    tweet tweets tweeted tweeting post posts posted posting report reports reported reporting
    acknowledge acknowledges acknowledged acknowledging warn warns warned warning
    urge urges urged urging call calls called calling describe describes described describing
    suggest suggests suggested suggesting reply replies replied replying
    respond responds responded responding continue continues continued continuing
    concede concedes conceded conceding admit admits admitted admitting
    emphasize emphasizes emphasized emphasizing stress stresses stressed stressing
    promise promises promised promising predict predicts predicted predicting
    charge charges charged charging allege alleges alleged alleging
    complain complains complained complaining deny denies denied denying
    confirm confirms confirmed confirming recall recalls recalled recalling
    mention mentions mentioned mentioning remark remarks remarked remarking
    assert asserts asserted asserting contend contends contended contending
    repeat repeats repeated repeating
""".split())
ENGLISH_SPEECH_CUE_PHRASES = ("according to", "pointed out", "points out")
# PolNeAR contents shorter than this many words are objects of the cue ("called Machado",
# "asked for their help"), not assertions, unless they are quotations.
MIN_ENGLISH_CONTENT_WORDS = 3
PRONOUNS = frozenset("i me we us you he him she her it they them his its their who whom which that this these those".split())
# A PolNeAR source starting with one of these is a description ("the president", "a spokesman").
DETERMINERS = frozenset("the a an this that these those another one".split())

_QUOTES = re.compile(r"[\"“”„‟«»‘’‚‛`]")
_EDGE_PUNCT = " \t\n.,;:!?-–—…()"
_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class Attributed:
    """A claim reduced to what is scored: who (speaker name) said what (assertion)."""

    speaker: str
    assertion: str
    aliases: tuple[str, ...] = ()  # other names that count as the right speaker


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
    return _WORD.findall(_POSSESSIVE.sub("", normalise_speaker(name)))


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


# --- gold and documents ------------------------------------------------------------------


@dataclass(frozen=True)
class GoldDoc:
    """One labelled document: the article to analyse and its gold claims."""

    doc: str
    raw: RawArticle
    gold: list[Attributed]
    language: str


def load_gold(path: Path) -> dict[str, list[Attributed]]:
    """Gold claims of a gold JSONL file, by document, in file order."""
    gold: dict[str, list[Attributed]] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            gold.setdefault(record["doc"], []).append(Attributed(record["speaker"], record["assertion"]))
    return gold


def load_gold_docs(gold_path: Path) -> list[str]:
    """Every labelled document (also those without claims), from the list beside the gold file."""
    docs_file = gold_path.with_name(GOLD_DOCS_NAME)
    names = [line.strip() for line in docs_file.read_text(encoding="utf-8").split("\n")] if docs_file.exists() else []
    return sorted(set(filter(None, names)) | set(load_gold(gold_path)))


def read_detik(path: Path, ids: Iterable[int]) -> dict[int, RawArticle]:
    """The detik records with the given ids, as raw articles (lines split on "\\n" only)."""
    wanted = set(ids)
    found: dict[int, RawArticle] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if record["id"] in wanted:
            found[record["id"]] = RawArticle(
                source=f"{path.name}:{lineno}", text=record["text"], title=record.get("title"),
                outlet=record.get("outlet"), url=record.get("url"), published=record.get("published"),
            )
    return found


def indonesian_docs(gold_path: Path, seeds_dir: Path, corpora_dir: Path) -> Iterator[tuple[str, GoldDoc | None]]:
    """(corpus name, labelled document) for every gold document; None when its corpus is absent.

    Raises LookupError for a document missing from a corpus that is present.
    """
    gold = load_gold(gold_path)
    names = load_gold_docs(gold_path)
    detik_path = corpora_dir / DETIK_FILE
    detik_ids = [int(n.removeprefix("detik:")) for n in names if n.startswith("detik:")]
    detik = read_detik(detik_path, detik_ids) if detik_ids and detik_path.exists() else {}
    for name in names:
        if name.startswith("detik:"):
            corpus, available = "detik", detik_path.exists()
            raw = detik.get(int(name.removeprefix("detik:")))
        else:
            path = seeds_dir / Path(name).name
            corpus, available = "seeds", seeds_dir.is_dir()
            raw = RawArticle(source=name, text=path.read_text(encoding="utf-8")) if path.exists() else None
        if raw is None and available:
            raise LookupError(f"gold document {name} not found")
        yield corpus, GoldDoc(name, raw, gold.get(name, []), "id") if raw else None


# --- PolNeAR -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    kind: str
    start: int
    text: str


def is_speech_cue(cue: str) -> bool:
    """True when an English cue is a speech or writing cue (see ENGLISH_SPEECH_CUE_*)."""
    words = _WORD.findall(cue.casefold())
    joined = " ".join(words)
    return any(w in ENGLISH_SPEECH_CUE_WORDS for w in words) or any(p in joined for p in ENGLISH_SPEECH_CUE_PHRASES)


def is_english_claim(cue: str, content: str) -> bool:
    """True when a PolNeAR attribution counts as a claim: a speech cue and a clause or quotation."""
    quoted = bool(_QUOTES.match(content.strip()))
    return is_speech_cue(cue) and (quoted or len(_WORD.findall(content)) >= MIN_ENGLISH_CONTENT_WORDS)


def parse_brat(ann: str) -> list[tuple[tuple[str, ...], str, str]]:
    """(speaker names, cue text, content text) of each sourced Attribution event of a BRAT file.

    Discontinuous spans and several Content roles are joined with a space. The speaker
    names are the Source span, or for a pronoun its antecedent instead, and for a
    description ("the president") the description and its antecedent; the antecedent is
    the nearest earlier Source span that is neither a pronoun nor a description.
    """
    spans: dict[str, _Span] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann.split("\n"):
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _Span(kind, int(offsets.split(";")[0].split()[0]), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append(roles)
    sources = sorted((s for s in spans.values() if s.kind == "Source"), key=lambda s: s.start)
    found = []
    for roles in events:
        if "Attribution" not in roles or not all(r in roles for r in ("Source", "Cue", "Content")):
            continue
        refs = [roles["Source"][0], *roles["Cue"], *roles["Content"]]
        if not all(ref in spans for ref in refs):
            continue
        cue = " ".join(spans[r].text for r in roles["Cue"])
        content = " ".join(spans[r].text for r in roles["Content"])
        found.append((_speaker_names(spans[roles["Source"][0]], sources), cue, content))
    return found


def _source_type(text: str) -> str:
    words = _WORD.findall(normalise_speaker(text))
    if " ".join(words) in PRONOUNS:
        return "pronoun"
    return "description" if words and words[0] in DETERMINERS else "name"


def _speaker_names(source: _Span, sources: Sequence[_Span]) -> tuple[str, ...]:
    kind = _source_type(source.text)
    if kind == "name":
        return (source.text,)
    named = [s.text for s in sources if s.start < source.start and _source_type(s.text) == "name"]
    if kind == "pronoun":
        return (named[-1],) if named else (source.text,)
    return (source.text, named[-1]) if named else (source.text,)


def polnear_docs(corpus: Path) -> Iterator[GoldDoc]:
    """PolNeAR articles with their speech-cue attributions as gold claims (first annotator file by name)."""
    meta = {}
    lines = (corpus / "metadata.tsv").read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    for line in lines[1:]:
        if line.strip():
            row = dict(zip(header, line.split("\t")))
            meta[row["filename"]] = row
    for text_path in sorted((corpus / "text").glob("*.txt")):
        anns = sorted((corpus / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        gold = [
            Attributed(names[0], content, names[1:])
            for names, cue, content in parse_brat(anns[0].read_text(encoding="utf-8"))
            if is_english_claim(cue, content)
        ]
        row = meta.get(text_path.stem, {})
        raw = RawArticle(
            source=f"{corpus.name}/text/{text_path.name}",
            text=text_path.read_text(encoding="utf-8"),
            title=row.get("title"), outlet=row.get("publisher"), published=row.get("publication_date"),
        )
        yield GoldDoc(text_path.stem, raw, gold, "en")


# --- running -----------------------------------------------------------------------------


def _predict(doc: GoldDoc) -> list[Attributed]:
    analysis = analyse(doc.raw, language=doc.language)
    return [Attributed(c.speaker.name, c.assertion) for c in analysis.claims]


def run_evaluation(
    corpora_dir: Path | None = None,
    seeds_dir: Path | None = None,
    verbose: bool = False,
    gold_path: Path | None = None,
) -> EvalReport:
    """Run the pipeline on every gold document and score it; ``verbose`` keeps per-document scores."""
    corpora_dir = corpora_dir or DEFAULT_CORPORA_DIR
    seeds_dir = seeds_dir or DEFAULT_SEEDS_DIR
    gold_path = gold_path or DEFAULT_GOLD_PATH
    scores = {name: CorpusScore(name) for name in ("seeds", "detik", "polnear")}
    report = EvalReport(list(scores.values()))

    def record(corpus: str, doc: GoldDoc, same_speaker: Callable[[str, str], bool]) -> None:
        result = score_document(doc.doc, doc.gold, _predict(doc), same_speaker)
        scores[corpus].add(result)
        if verbose:
            report.documents.setdefault(corpus, []).append(result)

    for corpus, doc in indonesian_docs(gold_path, seeds_dir, corpora_dir):
        if doc is None:
            scores[corpus].note = f"skipped: {seeds_dir if corpus == 'seeds' else corpora_dir / DETIK_FILE} not found"
            continue
        record(corpus, doc, same_speaker_strict)
    polnear = corpora_dir / POLNEAR_DIR
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
    head = f"{'corpus':<9}{'docs':>6}{'gold':>6}{'pred':>6}{'match':>7}{'prec':>7}{'recall':>8}{'F1':>7}{'speaker':>9}"
    lines = [head, "-" * len(head)]
    for c in report.corpora:
        if c.note:
            lines.append(f"{c.name:<9}{c.note}")
            continue
        lines.append(
            f"{c.name:<9}{c.docs:>6}{c.n_gold:>6}{c.n_pred:>6}{c.matched:>7}"
            f"{c.precision:>7.2f}{c.recall:>8.2f}{c.f1:>7.2f}{c.speaker_accuracy:>9.2f}"
        )
    if not verbose:
        return "\n".join(lines)
    for c in report.corpora:
        for title, findings in (("missed", c.misses), ("false positives", c.false_positives),
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
