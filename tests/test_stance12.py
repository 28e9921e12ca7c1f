"""Rule 18 (engine, lexicons 1.11.0): refusals read from the structure of a turn, not
from phrases: an emphatic restatement of the speaker's own negation ("Full stop.",
"Not once."), and a bare negative answer ("No.", "Yeah, no.", "We're not.") to a
question or an expectation about the speaker's side. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope


def ruled(text: str) -> set[tuple[str, str]]:
    """(category, detail) of the matches the structural rules add."""
    matches = rhetoscope.analyze(text).matches
    return {
        (m.category, m.detail)
        for m in matches.itertuples()
        if m.detail in ("emphatic refusal", "elliptic refusal")
    }


EMPHATIC = "emphatic refusal"
ELLIPTIC = "elliptic refusal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emphatic restatement of a refusal of one's own conduct to come
        (
            "We're not renaming the stadium for a sponsor. Full stop.",
            {("defiance", EMPHATIC), ("resolve", EMPHATIC)},
        ),
        (
            # (1.12.0: "I'm not moving the office." is a plain refusal of its own, which
            # leaves the restatement nothing to add; the office now moves somewhere)
            "I'm not moving the office to the suburbs. Not this month, not ever.",
            {("defiance", EMPHATIC), ("resolve", EMPHATIC)},
        ),
        # of a denial: defiance alone
        ("I never opened that envelope. Not once.", {("defiance", EMPHATIC)}),
        ("We did not share the list. Not with anyone.", {("defiance", EMPHATIC)}),
        # no negation of the speaker's own, no clause, or a hedge: nothing
        ("The budget closes on Friday. Period.", set()),
        ("The harbour froze last winter. Not once since.", set()),
        ("I don't know. Not yet.", set()),
        ("I'm not saying he lied. Not exactly.", set()),
        ("We didn't win the vote. No, we'll try again in May.", set()),
        ("I'm not sure. Never.", set()),
    ],
)
def test_emphatic_refusal(text: str, expected: set[tuple[str, str]]) -> None:
    assert ruled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own question about their conduct to come
        (
            "Am I going to paint over the mural because a few people grumble? Nope.",
            {("defiance", ELLIPTIC), ("resolve", ELLIPTIC)},
        ),
        (
            "Will we sell the orchard? Ha. No.",
            {("defiance", ELLIPTIC), ("resolve", ELLIPTIC)},
        ),
        # an echo question: a premise refused
        ("Move to Denver? Never.", {("defiance", ELLIPTIC)}),
        # another's expectation of the speaker's side
        (
            "The board wants me to drop the lawsuit. Yeah, no.",
            {("defiance", ELLIPTIC), ("resolve", ELLIPTIC)},
        ),
        ("The owners think we'll blink by Friday. We won't.", {("defiance", ELLIPTIC)}),
        ("A few pundits are calling this a collapse. It's not.", {("defiance", ELLIPTIC)}),
        ("Some say this is another Dust Bowl. It's not.", {("defiance", ELLIPTIC)}),
        # not a refusal: another's question, a condition, a full clause, a verb question,
        # the speaker's past, a question about fear
        ("Is that fair to the farmers? No.", set()),
        ("If the league wants to fine me, fine. I won't fight it.", set()),
        ("Did we get everything right? No.", set()),
        ("Are we worried? No.", set()),
        ("The forecast says it will rain. No.", set()),
        ("Somebody asked, I think, whether the bridge was safe. No.", set()),
    ],
)
def test_elliptic_refusal(text: str, expected: set[tuple[str, str]]) -> None:
    assert ruled(text) == expected


def test_reply_of_another_speaker_is_not_read_against_the_question() -> None:
    text = "HOST: Will you sell the orchard?\nGRACE: No. We have buyers lined up, though.\n"
    assert ruled(text) == set()


def test_each_refusal_is_one_visible_match_per_category() -> None:
    # (1.12.0: "We're not closing the clinic." alone is a plain refusal, counted in its
    # own sentence; on Saturdays it is not one)
    matches = rhetoscope.analyze("We're not closing the clinic on Saturdays. Full stop.").matches
    added = matches[matches.detail == EMPHATIC]
    assert sorted(added.category) == ["defiance", "resolve"]
    assert set(added.text) == {"Full stop"}


def test_nothing_added_where_the_refusal_already_counts() -> None:
    # "not one inch" already counts defiance: the restatement adds none
    matches = rhetoscope.analyze("We will not give up one inch. Not one.").matches
    assert (matches.detail == EMPHATIC).sum() <= 1
    assert not ((matches.detail == EMPHATIC) & (matches.category == "defiance")).any()
