"""Lexicons 1.24.0: stance as the readers of real debate speech mark it (stop 30, read from
benchmarks/data/stance_debates5 and checked over the speech of the debates and the
polnear-train documents). Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted

# --- a rebuttal of the other side's reasoning ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't see how you can balance the budget if you cut every tax.",
        "I don't see how the farmers are going to trust a man who changes his mind.",
        "I just don't see how that helps a single family in Ohio.",
        "I fail to see how this plan creates one job.",
    ],
)
def test_not_seeing_how_the_other_side_can_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_seeing_how_something_works_is_no_defiance() -> None:
    assert "defiance" not in counted("I see how the program works now.")


# --- a charge denied on the evidence ---


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that any of the money went to the campaign.",
        "And there's no evidence that a higher wage closes businesses.",
        "There was no evidence at that time, and when there was, we acted.",
    ],
)
def test_no_evidence_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_no_evidence_before_a_future_commits_nobody() -> None:
    # an existential denies a claim; it is no refusal to come
    found = counted("There is no evidence whatsoever that the tax will slow growth.")
    assert "defiance" in found
    assert "resolve" not in found


def test_a_refusal_fronted_before_a_future_stays_a_commitment() -> None:
    assert {"defiance", "resolve"} <= counted("Not one inch of our soil will be handed over.")


# --- fearlessness owned, as "not afraid" ---


@pytest.mark.parametrize(
    "text",
    [
        "For twenty years I have never been afraid to take on the oil companies.",
        "I was never afraid of a fight with the banks.",
    ],
)
def test_never_afraid_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- a bare price threatened ---


@pytest.mark.parametrize(
    "text",
    [
        "Any country that meddles in our elections will pay a price.",
        "They'll pay a price if I'm elected.",
    ],
)
def test_a_price_threatened_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're going to pay a price for this deficit after the election.",
        "I will pay a price for saying it, and I know it.",
        "Families pay a price for every year of delay.",
    ],
)
def test_our_own_cost_foreseen_is_no_threat(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a plan of one's own to act ---


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan to put people back to work.",
        "I've got a plan to double the wetlands.",
        "And I have a plan that will bring the premiums down.",
        "I also have a plan to fix the bridges.",
    ],
)
def test_the_speakers_plan_to_act_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan for the Middle East.",
        "I don't have a plan to run for the Senate.",
        "He has a plan to raise your taxes.",
    ],
)
def test_a_bare_plan_a_plan_denied_or_anothers_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- the oath named, the answer left to the audience ---


@pytest.mark.parametrize(
    "text",
    [
        "They asked me the same thing about the Pledge of Allegiance.",
        "The class begins every morning with the Pledge of Allegiance.",
    ],
)
def test_the_pledge_of_allegiance_is_no_pledge(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_pledge_made_stays_resolve() -> None:
    assert "resolve" in counted("I pledge to veto any tax increase.")


def test_the_answer_cut_short_is_no_resolve() -> None:
    text = "I'm not aware of any such program - well, I'll just leave it at that."
    assert "resolve" not in counted(text)


def test_leaving_the_decision_to_the_voters_stays_resolve() -> None:
    # as in 1.10.0: "I will let the voters decide." (the debate's "I will let the
    # American people decide that" is left: the two read alike)
    assert "resolve" in counted("I will let the voters decide.")


def test_the_package_reads_the_new_entries() -> None:
    result = rhetoscope.analyze("I don't see how you can lead troops if you say that.")
    assert "defiance" in set(result.matches["category"])


# --- the speaker's own priority; a state forecast is no commitment ---


@pytest.mark.parametrize(
    "text",
    [
        "My priority is putting people back to work.",
        "So it's one of my top priorities.",
        "That bill will be one of my highest priorities next January.",
    ],
)
def test_the_speakers_priority_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


def test_a_priority_denied_is_no_resolve() -> None:
    assert "resolve" not in counted("That is not my priority.")


@pytest.mark.parametrize(
    "text",
    [
        "We will be better off if we stop right now.",
        "Otherwise we'll be in deep trouble in ten years.",
        "Four more years of this and we're going to be in real trouble.",
    ],
)
def test_a_state_forecast_is_no_commitment(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_course_of_action_after_the_same_future_stays_resolve() -> None:
    assert "resolve" in counted("We will be cutting the deficit in half.")


# --- the other side reminded of a fact against it ---


@pytest.mark.parametrize(
    "text",
    [
        "I must remind him that his party has run the Congress for twenty years.",
        "May I remind his supporters that only last year he said the opposite.",
        "I would remind Senator Hale of the last fifty years.",
    ],
)
def test_reminding_the_other_side_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I must remind him to sign the form before Friday.",
        "Let me remind you that the polls close at eight.",
    ],
)
def test_a_task_recalled_or_a_reminder_to_all_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- the speaker's cause stood up for ---


@pytest.mark.parametrize(
    "text",
    [
        "And I will stand up for that right.",
        "We always have to stand up for democracy.",
        "I will never apologize for standing up for the farmers of this state.",
        "We are standing up for every worker who comes after us.",
    ],
)
def test_the_speakers_cause_stood_up_for_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The officials say they have chosen to stand up for their countrymen abroad.",
        "If they had a chance to stand up for their principles, they did not take it.",
    ],
)
def test_anothers_standing_up_for_is_no_defiance_of_the_speaker(text: str) -> None:
    assert "defiance" not in counted(text)


# --- hedges: the position to judge withheld, a condition left open ---


@pytest.mark.parametrize(
    "text",
    [
        "The bill has not reached my desk, so I am not in the position to judge it tonight.",
        "We will bring the neighbours to the table, if at all possible, before the summer.",
    ],
)
def test_judgement_withheld_or_an_open_condition_is_hedging(text: str) -> None:
    assert "hedging" in counted(text)


# --- the other side's appeal called fear ---


@pytest.mark.parametrize(
    "text",
    [
        "That's a scare tactic, because it's not that many.",
        "What is really going on is the mayor is just trying to scare everybody with labels.",
    ],
)
def test_fear_charged_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_next_thing_i_know_is_no_certainty() -> None:
    text = "Next thing I know, the whole board is out saying we should resign."
    assert "resolve" not in counted(text)


def test_i_know_as_certainty_keeps_its_match() -> None:
    assert "resolve" in counted("I know we can win this fight.")
