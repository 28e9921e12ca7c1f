"""Lexicons 1.25.0: stance as the readers of real debate speech mark it (stop 31, read from
benchmarks/data/stance_debates6 and checked over the speech of the debates and the
polnear-train documents). Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- a stand refused in the future tense, as "won't stand for" ---


@pytest.mark.parametrize(
    "text",
    [
        "And I'm not going to stand for anyone calling our veterans cowards.",
        "We are not going to stand for a government that lies to us.",
        "The people of this state are not gonna stand for it.",
    ],
)
def test_not_going_to_stand_for_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_standing_for_a_value_is_no_defiance() -> None:
    assert "defiance" not in counted("I'm going to stand for the values of this party.")


# --- the other side's claim rebutted to his face ---


@pytest.mark.parametrize(
    "text",
    [
        "You can't tell me that a family of four can live on that wage.",
        "You cannot tell me this coalition is a real one.",
    ],
)
def test_you_cannot_tell_me_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_telling_me_a_fact_is_no_defiance() -> None:
    assert "defiance" not in counted("You can tell me about your plan after the break.")


# --- a quotation called distorted ---


def test_out_of_context_is_defiance() -> None:
    assert "defiance" in counted("My opponent took that remark out of context, and he knows it.")


# --- a dare issued ---


@pytest.mark.parametrize(
    "text",
    [
        "I challenge you tonight to name one program you would cut.",
        "I would challenge the governor to release his tax returns.",
        "I'd challenge Mr. Lopez to show us a single job his plan created.",
    ],
)
def test_a_dare_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_a_dare_is_no_pledge() -> None:
    # "I would challenge X to" dares; it is not the speaker's course in office
    assert "resolve" not in counted("I would challenge the governor to release his tax returns.")


def test_a_pledge_in_the_conditional_stays_resolve() -> None:
    assert "resolve" in counted("I would cut taxes for every working family.")


def test_a_gap_crosses_a_title_s_period() -> None:
    # the period of "Mr." ends no clause: "i owe ... an apology" spans it
    assert "concession" in counted("I owe Mr. Davis an apology.")


def test_a_gap_stops_at_a_sentence_s_period() -> None:
    assert "defiance" not in counted("I challenge myself. To be better is the goal.")


# --- a claim dismissed as senseless ---


@pytest.mark.parametrize(
    "text",
    [
        "To spend billions more on that system makes no sense at all.",
        "That made no sense whatsoever.",
    ],
)
def test_makes_no_sense_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- a statement or a past act imputed, denied ---


@pytest.mark.parametrize(
    "text",
    [
        "And I never made that statement; never would.",
        "No, I never defended that regime.",
        "I did not criticize him for holding the talks.",
        "I have never supported quotas, and he knows it.",
        "I never suggested that the spending should stop.",
    ],
)
def test_a_past_act_imputed_and_denied_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_a_present_position_is_no_denial() -> None:
    # "I don't support a draft" states a policy; it denies no charge
    assert "defiance" not in counted("I don't support a draft.")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not advocating a ban on every handgun in this country.",
        "Well, I'm not criticizing the mayor for that.",
        "I am not proposing a government takeover of health care.",
    ],
)
def test_a_position_imputed_and_denied_is_defiance_not_resolve(text: str) -> None:
    found = counted(text)
    assert "defiance" in found
    assert "resolve" not in found


def test_a_refusal_to_come_stays_a_commitment() -> None:
    assert {"defiance", "resolve"} <= counted("We're not going to back down.")


# --- hesitancy denied, as hesitation ---


def test_no_hesitancy_is_resolve() -> None:
    assert "resolve" in counted("I have no hesitancy in saying so.")


def test_hesitancy_is_hedging() -> None:
    assert "hedging" in counted("There is some hesitancy about the timing.")


# --- the speaker's own priority, possessive after the noun ---


@pytest.mark.parametrize(
    "text",
    [
        "If I'm elected, that's going to be a top priority of mine.",
        "Cutting the deficit will be a priority of ours from the first day.",
    ],
)
def test_a_priority_of_mine_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- a power named is no veto cast ---


def test_the_line_item_veto_named_is_no_defiance() -> None:
    assert "defiance" not in counted("I want the line-item veto, as 43 governors have.")


def test_a_veto_cast_stays_defiance() -> None:
    assert "defiance" in counted("I will veto any bill that raises taxes on the middle class.")


# --- the other side's course rejected as unfit ---


@pytest.mark.parametrize(
    "text",
    [
        "That's not the kind of leadership this country needs.",
        "That is not the kind of plan you want if you care about energy.",
    ],
)
def test_not_the_kind_of_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's not the kind of thing you can fix overnight.",
        "This is not the kind of campaign the senator hoped to run.",
    ],
)
def test_the_kind_of_thing_explained_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a policy the speaker wants, said with a verb of policy ---


@pytest.mark.parametrize(
    "text",
    [
        "I want to give every working family a tax credit for child care.",
        "Number one, I want to build manufacturing jobs in this country again.",
        "I also want to lower the cost of prescription drugs.",
    ],
)
def test_i_want_to_with_a_verb_of_policy_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to help people.",
        "I want to give a special thanks to my wife and my daughter.",
        "I want to raise a question about the figures you used.",
        "He said I want to cut Medicare.",
    ],
)
def test_i_want_to_without_a_policy_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)
