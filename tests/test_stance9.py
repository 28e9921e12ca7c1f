"""Rules of lexicons 1.9.0 (from the misses of stance_blind7): refusals to answer,
disclaimers and parenthetical hedges commit to nothing; prohibitions with *going to*;
short refusals; *ain't*; hedged admissions; negated certainty; a few procedures and
entries. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from rhetoscope.stance.disfluency import _fluent
from rhetoscope.text import token_norms


def kinds(text: str) -> set[str]:
    matches = rhetoscope.analyze(text).matches
    return {m.category for m in matches.itertuples() if m.category}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # declining to answer is a step of the talk
        ("I won't comment on the report.", set()),
        ("I'm not going to get into the details of the contract.", set()),
        ("We will not give up.", {"defiance", "resolve"}),
        # a disclaimer: the negation is of a claim
        ("I'm not going to stand here and tell you the budget is balanced.", set()),
        ("I won't stand up here and promise you lower taxes.", set()),
        ("I'm not going to stand up here and apologize.", {"defiance", "resolve"}),
        # a parenthetical hedge after a commitment
        ("We'll finish the bridge, I think, by spring.", {"hedging"}),
        ("We'll finish the bridge, and I think the town will love it.", {"resolve", "hedging"}),
        # prohibitions with "going to"
        ("You're not going to silence us.", {"defiance", "resolve"}),
        ("You're not gonna push me around.", {"defiance", "resolve"}),
        ("You're not going to believe our prices.", set()),
        # ain't
        ("We ain't backing down.", {"defiance", "resolve"}),
        # hedged admissions
        ("We might have underestimated the cost.", {"concession", "hedging"}),
        ("I may have, uh, I may have misjudged the mood.", {"concession", "hedging"}),
        ("They may have exaggerated the risk.", {"hedging"}),
        # negated certainty is a hedge
        ("I cannot say for certain when the line reopens.", {"hedging"}),
        ("It is not certain that the vote passes.", {"hedging"}),
        # procedures
        ("I'll yield the rest of my time.", set()),
        ("We'll have more details tomorrow.", set()),
        # entries
        ("So be it.", {"resolve"}),
        ("Don't you dare touch our pensions.", {"defiance"}),
        ("The ten-year yield rose on Friday.", set()),
        ("It's May, and the gardens are open.", set()),
        ("My officers will not be scapegoated.", {"defiance", "resolve"}),
        ("Okay, I'll walk that back.", {"concession"}),
    ],
)
def test_rules_of_1_9(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


def test_a_short_first_person_refusal_answers_a_question() -> None:
    assert kinds("You want me to resign? I won't.") >= {"defiance"}
    assert "defiance" not in kinds("You want me to resign? I will think about it.")


def test_a_prediction_may_be_refused_two_sentences_on() -> None:
    text = "They say we'll cave. They say we're broke. We won't."
    assert kinds(text) == {"defiance", "resolve"}
    late = "They say we'll cave. The rent is due. The roof leaks. We won't."
    assert "defiance" not in kinds(late)


def test_a_three_word_restart_is_left_out() -> None:
    norms = token_norms("I may have, uh, I may have misjudged it.")
    kept = _fluent(norms)
    assert kept is not None
    assert " ".join(norms[i] for i in kept) == "i may have misjudged it ."
