"""Reporting-verb forms that report nobody: passives, nouns and naming (English)."""

from __future__ import annotations

import pytest

from factcheck.extract.attribution import extract_claims
from factcheck.ingest.segment import segment


def summary(text: str) -> list[tuple[str, str, str]]:
    return [(c.assertion, c.speaker_text, c.verb) for c in extract_claims(text, segment(text), "en")]


@pytest.mark.parametrize("text", [
    # passives: the subject is what was reported on, not who reported it
    "Neither Clinton nor her allies have been charged with any crime related to her email system.",
    "In the scandal, people were mistakenly charged fees and saw their credit ratings fall.",
    "Mr. Effron has been mentioned as a potential Treasury secretary in a Clinton administration.",
    "While a curfew was announced from midnight to 6 a.m., authorities did not enforce it on Friday.",
    # cue words that are nouns here
    "A judge may not enforce the subpoena because of Pagliano's Fifth Amendment claims, officials believe.",
    "PolitiFact rated 32% of Republican claims as false, compared to 11% of Democratic claims.",
    "The spot features a New York Times report from over the weekend about the company losses.",
    # naming, phoning and summoning
    "Secretary General Ban Ki-moon condemned what he called a \"brazen breach\" of U.N. resolutions.",
    "She recently called in to an MTV and BET town hall about police relationships with residents.",
    "The U.N. called an emergency meeting to discuss the test on Friday morning.",
])
def test_reports_nobody(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Politifact seized on Trump’s claim that there have been thousands of shootings in Chicago.",
     ("there have been thousands of shootings in Chicago", "Trump’s", "claim")),
    ("Trump claims the rally drew more than twenty thousand people on Saturday.",
     ("the rally drew more than twenty thousand people on Saturday", "Trump", "claims")),
    ("Cruz called Trump a \"pathological liar\" who is \"utterly amoral.\"",
     ("Trump a \"pathological liar\" who is \"utterly amoral.\"", "Cruz", "called")),
    ("The senator is saying the bill will pass next week without any changes.",
     ("the bill will pass next week without any changes", "The senator", "saying")),
])
def test_the_same_words_still_report(text: str, expected: tuple[str, str, str]) -> None:
    (assertion, speaker, verb), = summary(text)
    assert (speaker, verb) == expected[1:] and expected[0] in assertion
