"""Review of lexicons 1.29.0 (stop 35): look-alikes the round's families took in the
speech users analyse besides debates (a chair's or a court's rules, a household, a story, a
modesty disclaimer), fixed by cause. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- "not going to let / allow / permit" + our / any / anyone: a rule, not a refusal ---


@pytest.mark.parametrize(
    "text",
    [
        "We're not going to allow any more questions on this topic tonight.",
        "We're not going to let anybody leave until the vote is counted.",
        "We're not going to let anyone in after eight o'clock, so please arrive early.",
        "We're not going to let our kids play in the street anymore.",
        "I'm not going to allow any speculation from the witness, counsel.",
        "We're not going to permit any parking on Elm Street during the festival.",
        "We're not going to let our differences divide us.",
    ],
)
def test_a_rule_of_procedure_or_of_a_household_is_no_refusal(text: str) -> None:
    assert "defiance" not in counted(text)


def test_an_apologys_promise_is_resolve_not_defiance() -> None:
    found = counted("I'm not going to let it happen again, I'm sorry.")
    assert "resolve" in found
    assert "defiance" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to allow that to happen.",
        "We're not going to let that stand.",
        "I'm not going to allow our elections to be stolen.",
    ],
)
def test_a_refusal_against_another_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- a duty in the chair, the court or the moderator's seat: a step of the proceedings ---


@pytest.mark.parametrize(
    "text",
    [
        "I have an obligation to ask you that, Governor.",
        "Your Honor, I have an obligation to tell the court that my client is ill.",
        "I have a duty to recuse myself from this vote.",
        "I have an obligation to notify the board of any conflict.",
        "As moderator I have a duty to be neutral tonight.",
    ],
)
def test_a_duty_of_the_proceedings_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_duty_to_protect_stays_resolve() -> None:
    assert "resolve" in counted("I have a sacred duty to keep this country safe.")


# --- a modesty disclaimer ("I never said I was perfect") owns a limit: no rebuttal ---


@pytest.mark.parametrize(
    "text",
    [
        "I never said I was perfect.",
        "I never said I had all the answers, and I still don't.",
        "Look, I've never said I was an expert on foreign policy.",
        "We never said we had all the answers.",
    ],
)
def test_a_modesty_disclaimer_is_no_rebuttal(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_position_put_in_the_speakers_mouth_denied_stays_defiance() -> None:
    assert "defiance" in counted("I never said I was against immigration.")


# --- "try to respond to this / answer the" + a noun: a course, not a step of the talk ---


@pytest.mark.parametrize(
    "text",
    [
        "We'll try to respond to this emergency as fast as we can.",
        "We will try to answer the needs of every veteran in this state.",
    ],
)
def test_a_course_with_try_to_respond_or_answer_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll try to respond to that point.",
        "I'll try to answer this question first.",
        "I'll try and answer both of them.",
    ],
)
def test_the_question_or_point_answered_stays_a_step_of_the_talk(text: str) -> None:
    assert "resolve" not in counted(text)


# --- a past view given up, money from one's own: no rebuttal ---


@pytest.mark.parametrize(
    "text",
    [
        "That was not my view at the time, but I have changed my mind.",
        "I never got any money from my father; I built the business myself.",
    ],
)
def test_a_change_of_mind_or_a_family_story_is_no_rebuttal(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a limit of knowledge and an approximate comparison stay hedges ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't know him well enough to say whether he's lying.",
        "It will take a little bit more time than we hoped.",
    ],
)
def test_a_limit_of_knowledge_or_an_approximate_comparison_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)
