"""Lexicons 1.23.0: stance as the readers of real debate speech mark it (stop 29, read from
benchmarks/data/stance_debates4 and checked over the speech of the debates and the
polnear-train documents). Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted

# --- leave asked to speak: politeness, not doubt ---


@pytest.mark.parametrize(
    "text",
    [
        "Let me tell you about the farm bill, if I might.",
        "I'd like to finish the answer, if I may.",
        "And I might add that the plant closed a year later.",
        "I might say that the vote in the Senate was close.",
        "The mayor, a decent man, I might mention, signed it.",
        "May I remind you that the tax went up twice.",
    ],
)
def test_leave_asked_to_speak_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I might be wrong about the numbers.",
        "We may raise the rate next year.",
        "It might rain on the parade.",
    ],
)
def test_the_modal_of_possibility_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- doubt denied outright ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't think there's any doubt that the mills will close.",
        "I do not think there is any question about that.",
    ],
)
def test_no_doubt_left_under_i_dont_think_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


def test_i_dont_think_before_an_open_claim_stays_a_hedge() -> None:
    assert "hedging" in counted("I don't think the mills will close.")


# --- knowledge as a skill or in a relative clause ---


@pytest.mark.parametrize(
    "text",
    [
        "I know how to balance a budget.",
        "That's something I know how to do.",
        "Every farmer I know wants the embargo lifted.",
        "Just about every single parent I know worries about tuition.",
        "Everybody I know pays more for gas.",
    ],
)
def test_a_skill_or_a_relative_i_know_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_i_know_before_a_claim_keeps_its_match() -> None:
    matches = rhetoscope.analyze("I know that this plan will work.").matches
    assert "i know" in {m.term for m in matches.itertuples()}


# --- a future under "ever" ---


@pytest.mark.parametrize(
    "text",
    [
        "They are the finest nurses I'll ever meet.",
        "It is less likely we'll ever need the reserves.",
    ],
)
def test_a_future_under_ever_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_plain_future_stays_resolve() -> None:
    assert "resolve" in counted("We will rebuild the bridge.")


# --- the speaker's difference with the other side pressed ---


@pytest.mark.parametrize(
    "text",
    [
        "That's why I object to the new tariff.",
        "What I object to is the way the money was spent.",
        "My objection to the farm policy is its cost.",
        "But I have a difference with the governor on this.",
        "We have a fundamental difference of opinion.",
        "The disagreement I have with the senator is about the timing.",
        "Well, no, I disagree with both of them.",
        "I disagree with them both.",
    ],
)
def test_a_difference_pressed_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is a difference of opinion in the party.",
        "There is a difference with the plan we passed last year.",
        "My difference with him is on the timing of the cuts.",
        "I disagree with both of them on the details of the farm bill.",
    ],
)
def test_a_difference_stated_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- the verb "lies" ---


@pytest.mark.parametrize(
    "text",
    [
        "We will find out where the blame lies for the delays.",
        "The answer lies in better schools.",
        "We have to be ready for what lies ahead.",
        "The responsibility lies with the board.",
    ],
)
def test_the_verb_lies_is_no_accusation(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a shortfall owned ---


@pytest.mark.parametrize(
    "text",
    [
        "We haven't done enough for the ports.",
        "I have not been doing enough of that.",
    ],
)
def test_a_shortfall_owned_is_concession(text: str) -> None:
    assert "concession" in counted(text)


def test_a_shortfall_charged_to_another_is_no_concession() -> None:
    assert "concession" not in counted("They haven't done enough for the ports.")


# --- a belief that governs a condition, then its main clause ---


@pytest.mark.parametrize(
    "text",
    [
        "I believe if we keep the budget balanced, we can cut the rates.",
        "And I believe that if the banks fail, we have to protect the savers.",
    ],
)
def test_a_belief_over_a_condition_and_a_duty_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I believe if the rates rise, prices will fall.",
        "I think if we try, we can win.",
        "I believe if we try hard enough",
    ],
)
def test_a_belief_over_a_condition_and_an_open_claim_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


def test_the_belief_rule_reaches_only_past_the_condition() -> None:
    hits = {m.term for m in rhetoscope.analyze("I believe we can win.").matches.itertuples()}
    assert "i believe" in hits


# --- the other side said not to understand the matter ---


@pytest.mark.parametrize(
    "text",
    [
        "He just doesn't understand how the tariffs work.",
        "She does not understand our farm economy.",
        "The governor doesn't understand the budget.",
        "He still didn't get it, after all those hearings.",
    ],
)
def test_the_other_side_not_understanding_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "She doesn't get it done on time.",
        "I don't understand why the plant closed.",
        "Does he not understand the rules?",
        "The mayor said he doesn't understand the question.",
    ],
)
def test_a_task_undone_a_question_or_a_report_is_no_jab(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a belief held over a duty past a long subject or an aside ---


@pytest.mark.parametrize(
    "text",
    [
        "I believe that courage and honesty - all of these things should be taught at home.",
        "I believe, in the case of the farm states, that our aid should come first.",
        "I believe the next president, in his first month, ought to visit the border.",
    ],
)
def test_a_belief_over_a_distant_duty_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I believe if my opponent should win, prices will rise.",
        "I believe the parcel, and the letters, should arrive by Friday.",
        "I believe we're stretched too thin, but we should talk about it.",
        "I think that courage and honesty - all of these things should be taught at home.",
    ],
)
def test_a_conditions_should_a_likelihood_or_a_duty_past_but_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)
