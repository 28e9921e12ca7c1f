"""Review of lexicons 1.28.0 (stop 34): look-alikes the round's families or an older rule
took, fixed by cause. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted

# --- a third person's doubt (or certainty) is that person's stance ---


@pytest.mark.parametrize(
    "text",
    [
        "My grandfather was a farmer. He never had any doubt.",
        "She has no doubt that the bridge will hold.",
        "The general had no doubts.",
        "Okafor had no doubt about the verdict.",
        "The witness has some doubts about the timeline.",
        "Frankly, they have serious doubts.",
    ],
)
def test_a_third_persons_doubt_is_not_the_speakers(text: str) -> None:
    assert counted(text) & {"resolve", "hedging"} == set()
    matches = rhetoscope.analyze(text).matches
    doubt = matches[matches["term"].str.startswith("doubt")]
    assert doubt["detail"].str.contains("third person").all()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I have no doubt.", "resolve"),
        ("We never had any doubt.", "resolve"),
        ("There is no doubt about it.", "resolve"),
        ("I have my doubts.", "hedging"),
    ],
)
def test_the_speakers_own_doubt_stays(text: str, category: str) -> None:
    assert category in counted(text)


def test_the_adverb_no_doubt_after_a_third_person_is_no_doubt_of_theirs() -> None:
    matches = rhetoscope.analyze("He has no doubt heard the news by now.").matches
    assert not matches["detail"].str.contains("third person").any()
