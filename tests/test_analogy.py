"""Historical analogies: a frame tied to a past era or year; history is not analogy."""

from __future__ import annotations

import pytest

import rhetoscope


def analogies(text: str) -> list[tuple[str, str, str, bool]]:
    matches = rhetoscope.analyze(text).matches
    found = matches[matches["category"] == "analogy"]
    return [(m.term, m.era, m.years, bool(m.negated)) for m in found.itertuples()]


def test_the_seed_frame_names_the_second_world_war() -> None:
    found = analogies("We Afghans find ourselves in the situation of Europe in 1940.")
    assert found == [("the situation of", "Second World War", "1939-1945", False)]


@pytest.mark.parametrize(
    "text",
    [
        "He led the resistance until they assassinated him on Sept. 9, 2001.",
        "In 2019 our budget was balanced.",
        "I moved here in 1990.",
        "I would like to thank my family.",
    ],
)
def test_history_and_plain_dates_are_not_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "era"),
    [
        ("This deal is another Munich.", "Munich Agreement"),
        ("It is Vietnam all over again.", "Vietnam War"),
        ("The mood is reminiscent of the 1930s.", "The 1930s"),
        ("We face a new Cold War.", "Cold War"),
        ("Appeasement never works.", "Munich Agreement"),
        ("Not since the Great Depression have so many lost work.", "Great Depression"),
    ],
)
def test_frames_and_strong_cues(text: str, era: str) -> None:
    found = analogies(text)
    assert len(found) == 1
    assert found[0][1] == era


def test_a_negated_analogy_is_still_an_analogy_marked_contrastive() -> None:
    assert analogies("This is not another Vietnam.") == [
        ("another", "Vietnam War", "1955-1975", True)
    ]
