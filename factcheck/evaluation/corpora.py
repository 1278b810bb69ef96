"""The labelled corpora: where their articles and gold claims are and how to read them.

``seeds``    the five seed articles, labelled in ``gold_id.jsonl``;
``detik``    detik.com articles of the shared corpus, labelled in the same file;
``blind-1``, ``blind-2``
             whole articles from other outlets, each batch labelled by hand before any rule was
             tuned on it (``blind_<n>_articles.jsonl`` and ``blind_<n>_gold.jsonl``);
``pfsa-dev`` Kompas articles with the direct quotations of public figures labelled by the PFSA-ID
             authors: it measures recall of direct quotes and speakers, not precision;
``polnear``  PolNeAR dev attributions whose cue is a speech or writing cue and whose content is a
             quotation or has at least three words (shorter contents are objects of the cue).
``gold_id_docs.txt`` lists every document of ``gold_id.jsonl``, including those with no claims,
so that claims found in them count as false positives. The labelling guidelines are in
``tests/data/README.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.document import RawArticle
from factcheck.evaluation.scoring import WORD, Attributed, normalise_speaker

GOLD_DOCS_NAME = "gold_id_docs.txt"
DETIK_FILE = Path("detik-1000") / "articles.jsonl"
POLNEAR_DIR = Path("polnear-dev")
PFSA_DIR = Path("pfsa-dev")
BLIND_BATCHES = ("blind-1", "blind-2")

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


def blind_docs(gold_dir: Path, batch: str) -> list[GoldDoc]:
    """The articles of a blind batch ("blind-1") with their gold claims; [] when the batch is absent."""
    stem = batch.replace("-", "_")
    articles = gold_dir / f"{stem}_articles.jsonl"
    if not articles.exists():
        return []
    gold = load_gold(gold_dir / f"{stem}_gold.jsonl")
    docs = []
    for line in articles.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            raw = RawArticle(source=record["id"], text=record["text"], title=record.get("title"),
                             outlet=record.get("outlet"))
            docs.append(GoldDoc(record["id"], raw, gold.get(record["id"], []), "id"))
    return docs


def pfsa_docs(corpus: Path) -> Iterator[GoldDoc]:
    """PFSA-ID articles with their labelled direct quotations; the speaker keys are the aliases."""
    gold: dict[str, list[Attributed]] = {}
    for line in (corpus / "claims.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            gold.setdefault(record["article"], []).append(
                Attributed(record["speaker"], record["assertion"], tuple(record["keys"]) or ("",)))
    for line in (corpus / "articles.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            record = json.loads(line)
            raw = RawArticle(source=f"{corpus.name}:{record['id']}", text=record["text"], title=record.get("title") or None)
            yield GoldDoc(record["id"], raw, gold.get(record["id"], []), "id")


# --- PolNeAR -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    kind: str
    start: int
    text: str


def is_speech_cue(cue: str) -> bool:
    """True when an English cue is a speech or writing cue (see ENGLISH_SPEECH_CUE_*)."""
    words = WORD.findall(cue.casefold())
    joined = " ".join(words)
    return any(w in ENGLISH_SPEECH_CUE_WORDS for w in words) or any(p in joined for p in ENGLISH_SPEECH_CUE_PHRASES)


def is_english_claim(cue: str, content: str) -> bool:
    """True when a PolNeAR attribution counts as a claim: a speech cue and a clause or quotation."""
    quoted = bool(_QUOTES.match(content.strip()))
    return is_speech_cue(cue) and (quoted or len(WORD.findall(content)) >= MIN_ENGLISH_CONTENT_WORDS)


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
    words = WORD.findall(normalise_speaker(text))
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
