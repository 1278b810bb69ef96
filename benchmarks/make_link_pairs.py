"""Sample candidate claim pairs from real text for labelling claim relations (same / variant / different).

    python benchmarks/make_link_pairs.py [--corpora DIR] [--seeds DIR] [--out FILE] [--seed N]

Runs today's extraction (``factcheck.pipeline.analyse``) in memory over detik-1000, the
seed articles and the English PolNeAR dev articles, then today's linking core
(normalisation, trigram blocking, ``token_sort_ratio`` ≥ 85, same normalised text linked
at 100) over all claims, and writes cross-article claim pairs, one JSON object a line
(``id``, ``a``, ``b``, ``a_ref``, ``b_ref``, ``score``, ``sample``, ``diff``):

* ``differs`` — every linked pair whose texts differ in a number, a negator
  (tidak, bukan, belum, tak, jangan, tanpa; not, no, never, n't) or a capitalised word
  other than the first (a named entity), ``diff`` saying which;
* ``linked`` — every other linked pair of distinct normalised texts;
* ``identical`` — a random sample (``--identical``) of linked pairs whose normalised texts
  are identical (wire copies);
* ``english`` — every PolNeAR pair scoring ≥ 60 (few: the articles rarely share quotes);
* ``near`` — a random sample (``--near``) of candidates scoring 60–85, from today's
  blocking and from a looser one (word bigrams, more keys), where misquotes that today's
  threshold misses sit.

A claim is referred to as ``detik:<id>:<offset>``, ``seeds/<file>:<offset>`` or
``polnear:<file>:<offset>`` (offset of the assertion in the cleaned text). Pairs are
deduplicated by their unordered pair of normalised texts (wire copies repeat one pair many
times); the first cross-article claim pair of each is kept. Same seed, same corpora and
same extraction → same output. The labelled set ``tests/data/link_pairs.jsonl`` was made
from this output (see ``tests/data/README.md``, "Claim-pair relations").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.ingest.read import InputError, read_inputs  # noqa: E402
from factcheck.link.blocking import BlockingConfig, block  # noqa: E402
from factcheck.link.core import Distinct, normalize_all  # noqa: E402
from factcheck.link.scoring import DEFAULT_THRESHOLD, score_pairs  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
NEGATORS = {"tidak", "bukan", "belum", "tak", "jangan", "tanpa", "not", "no", "never", "nor", "cannot"}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
NEAR_LOW = 60.0
# a looser blocking than today's, so that near-threshold candidates today's blocking drops are sampled too
LOOSE = BlockingConfig(max_keys=20, jaccard=0.3, ngrams=(2,))


def default_corpora() -> Path:
    """``../shared/corpora`` beside the checkout (or beside the folder holding worktrees)."""
    for parent in REPO.parents[:2]:
        if (parent / "shared" / "corpora").is_dir():
            return parent / "shared" / "corpora"
    return REPO.parent / "shared" / "corpora"


def claims_of(corpora: Path, seeds: Path, polnear: bool) -> list[tuple[str, str, str]]:
    """(article key, claim ref, assertion) of every claim the pipeline finds."""
    out: list[tuple[str, str, str]] = []
    detik = corpora / "detik-1000" / "articles.jsonl"
    ids = [json.loads(line)["id"] for line in detik.read_text(encoding="utf-8").split("\n") if line.strip()]
    sources = [str(detik)] + sorted(str(p) for p in seeds.glob("*.txt"))
    english = sorted(str(p) for p in (corpora / "polnear-dev" / "text").glob("*.txt")) if polnear else []
    for raw in read_inputs(sources + english):
        if isinstance(raw, InputError):
            print(f"skipped {raw}", file=sys.stderr)
            continue
        language = "auto"
        if raw.source.startswith(str(detik) + ":"):
            article = f"detik:{ids[int(raw.source.rsplit(':', 1)[1]) - 1]}"
        elif raw.source in english:
            article, language = f"polnear:{Path(raw.source).name}", "en"
        else:
            article = f"seeds/{Path(raw.source).name}"
        for claim in analyse(raw, language=language).claims:
            out.append((article, f"{article}:{claim.start}", claim.assertion))
    return out


def features(text: str) -> tuple[set[str], set[str], set[str]]:
    """Numbers, negators and capitalised words (not the first word) of a raw assertion."""
    words = WORD.findall(text)
    numbers = set(NUMBER.findall(text))
    negators = {w.casefold() for w in words if w.casefold() in NEGATORS}
    negators |= {"n't" for w in words if w.casefold().endswith("n't") or w.casefold().endswith("n’t")}
    capitals = {w.casefold() for w in words[1:] if w[:1].isupper()}
    return numbers, negators, capitals


def differs(a: str, b: str) -> list[str]:
    """Which of number / negator / entity differ between two raw assertions."""
    (na, ga, ca), (nb, gb, cb) = features(a), features(b)
    lower_a = {w.casefold() for w in WORD.findall(a)}
    lower_b = {w.casefold() for w in WORD.findall(b)}
    kinds = []
    if na != nb:
        kinds.append("number")
    if ga != gb:
        kinds.append("negator")
    if (ca - lower_b) or (cb - lower_a):
        kinds.append("entity")
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--out", type=Path, default=Path("link_pairs_candidates.jsonl"))
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--identical", type=int, default=50,
                        help="random linked pairs whose normalised texts are identical")
    parser.add_argument("--near", type=int, default=330, help="random near-threshold candidates")
    parser.add_argument("--no-polnear", dest="polnear", action="store_false",
                        help="leave out the English PolNeAR articles")
    args = parser.parse_args()

    claims = claims_of(args.corpora, args.seeds, args.polnear)
    print(f"{len(claims)} claims", file=sys.stderr)
    articles = np.array([a for a, _, _ in claims])
    texts = [t for _, _, t in claims]
    normalized = normalize_all(texts)
    distinct = Distinct.of(normalized)
    linked_pairs = block(distinct.texts)
    pairs = np.unique(np.concatenate((linked_pairs, block(distinct.texts, LOOSE))), axis=0)
    scores = score_pairs(distinct.texts, pairs)
    today = {tuple(p) for p in linked_pairs.tolist()}
    print(f"{len(distinct.texts)} distinct texts, {len(linked_pairs)} candidate pairs today, "
          f"{len(pairs)} with loose blocking", file=sys.stderr)

    members = [distinct.order[distinct.start[i] : distinct.start[i] + distinct.count[i]].tolist()
               for i in range(len(distinct.texts))]

    def cross(u: int, v: int) -> tuple[int, int] | None:
        """The first cross-article claim pair of texts ``u`` and ``v`` (``u == v`` allowed)."""
        for x in members[u]:
            for y in members[v]:
                if x != y and articles[x] != articles[y]:
                    return (x, y)
        return None

    linked, identical, near, english = [], [], [], []
    for (u, v), s in zip(pairs.tolist(), scores.tolist()):
        if s < NEAR_LOW or not (found := cross(u, v)):
            continue
        row = (*found, round(s, 1))
        if articles[found[0]].startswith("polnear:"):
            english.append(row)
        elif s >= DEFAULT_THRESHOLD and (u, v) in today:
            linked.append(row)
        elif s < DEFAULT_THRESHOLD:
            near.append(row)
    for u in np.flatnonzero(distinct.count >= 2).tolist():
        if found := cross(u, u):
            (english if articles[found[0]].startswith("polnear:") else identical).append((*found, 100.0))

    rng = random.Random(args.seed)
    with_diff = [(x, y, s, d) for x, y, s in linked + identical if (d := differs(texts[x], texts[y]))]
    print(f"linked text pairs: {len(linked)} distinct + {len(identical)} identical "
          f"({len(with_diff)} with a difference); near: {len(near)}; English: {len(english)}", file=sys.stderr)
    chosen = [("differs", p) for p in with_diff]
    chosen += [("linked", (x, y, s, [])) for x, y, s in linked if not differs(texts[x], texts[y])]
    plain = [(x, y, s, []) for x, y, s in identical if not differs(texts[x], texts[y])]
    chosen += [("identical", p) for p in rng.sample(plain, min(args.identical, len(plain)))]
    chosen += [("english", (x, y, s, differs(texts[x], texts[y]))) for x, y, s in english]
    chosen += [("near", (x, y, s, differs(texts[x], texts[y])))
               for x, y, s in rng.sample(near, min(args.near, len(near)))]

    seen: set[tuple[str, str]] = set()
    rows = []
    for sample, (x, y, s, d) in chosen:
        key = tuple(sorted((normalized[x], normalized[y])))
        if key in seen:
            continue
        seen.add(key)
        rows.append({"a": texts[x], "b": texts[y], "a_ref": claims[x][1], "b_ref": claims[y][1],
                     "score": s, "sample": sample, "diff": d})
    with args.out.open("w", encoding="utf-8") as handle:
        for n, row in enumerate(rows, start=1):
            handle.write(json.dumps({"id": f"p{n:04d}", **row}, ensure_ascii=False) + "\n")
    counts = {k: sum(r["sample"] == k for r in rows) for k in ("differs", "linked", "identical", "english", "near")}
    print(f"{len(rows)} pairs written to {args.out}: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
