"""A give-way urged on another ("get Iran to give up", "persuade him to withdraw") is the
other side's concession sought, not the speaker's; the speaker's own stays one."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories


@pytest.mark.parametrize(
    "text",
    [
        "We will get the cartel to give up its smuggling routes.",
        "We must convince the junta to abandon its missile program.",
        "For years we tried to persuade him to withdraw from the pact.",
        "The sanctions forced the regime to back down.",
    ],
)
def test_a_give_way_urged_on_another_is_no_concession(text: str) -> None:
    assert "concession" not in stance_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will give up the old base.",
        "I had to make a choice to compromise on the budget.",
        "They pressured us to withdraw, and we did; we gave up the bill.",
    ],
)
def test_the_speakers_own_give_way_stays_a_concession(text: str) -> None:
    assert "concession" in stance_categories(text)


def test_the_to_of_ought_is_no_urging() -> None:
    # "made" has its own object; the "to" is that of "ought", the speaker's own duty
    matches = rhetoscope.analyze("I made the decision that I ought to step aside.").matches
    assert "step aside" in {m.term for m in matches.itertuples() if m.category == "concession"}
