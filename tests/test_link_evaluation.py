"""Claim relations measured on the hand-labelled pairs: the figures never drop below their floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.evaluation.links import DEFAULT_PAIR_FILES, Decision, LabelledPair, RelationScores, evaluate_links

FLOOR = Path(__file__).parent / "data" / "link_eval_floor.json"


def _decision(label: str, predicted: str) -> Decision:
    return Decision(LabelledPair("p", "a", "b", label), 90.0, predicted, ())


def test_precision_and_recall_count_each_relation_apart() -> None:
    scores = RelationScores("x", [_decision("same", "same"), _decision("same", "different"),
                                  _decision("variant", "variant"), _decision("different", "variant")])
    assert scores.same[:2] == (1.0, 0.5)
    assert scores.variant[:2] == (0.5, 1.0)
    assert len(scores.errors()) == 2


def test_labelled_pairs_are_well_formed() -> None:
    for path in DEFAULT_PAIR_FILES:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len({item["id"] for item in items}) == len(items)
        for item in items:
            assert item["label"] in {"same", "variant", "different"}
            assert (item["label"] == "variant") == bool(item.get("kinds")), item["id"]
    real = [line for line in DEFAULT_PAIR_FILES[0].read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(real) >= 400


@pytest.fixture(scope="module")
def measured() -> dict[str, RelationScores]:
    return {r.name: r for r in evaluate_links(DEFAULT_PAIR_FILES)}


@pytest.mark.parametrize("name", sorted(json.loads(FLOOR.read_text(encoding="utf-8"))))
def test_relations_do_not_drop_below_their_floor(measured: dict[str, RelationScores], name: str) -> None:
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))[name]
    result = measured[name]
    found = {"same_precision": result.same[0], "same_recall": result.same[1],
             "variant_precision": result.variant[0], "variant_recall": result.variant[1]}
    assert {k: v for k, v in found.items() if v < floor[k]} == {}


def test_eval_links_prints_the_table_and_refuses_a_missing_file(tmp_path: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["eval", "--links"])
    assert shown.exit_code == 0 and "same P" in shown.output and "link_pairs_constructed.jsonl" in shown.output
    missing = runner.invoke(app, ["eval", "--links", "--pairs", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "none.jsonl: no such file of labelled pairs" in missing.output
