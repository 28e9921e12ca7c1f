"""Lexicons 1.25.1: the misfires a review of 1.25.0 found in look-alike sentences (the
floor handled or one's own life after "I want to", standing for an election, softeners,
modesty, a question's limits accepted, plain descriptions, a public-health topic), each
beside the family's own reading, which must stay. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted


@pytest.mark.parametrize(
    "text",
    [
        "I want to give you time for your closing statements.",
        "Mr. Trump, I want to give you the chance to respond.",
        "I want to bring in Senator Jones on this.",
        "I want to continue with you on this, Governor.",
        "I want to raise an issue that has not come up tonight.",
        "I want to raise my children in a safe neighborhood.",
    ],
)
def test_the_floor_or_ones_own_life_is_no_policy_wanted(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to raise the minimum wage to fifteen dollars an hour.",
        "I want to give every family a tax credit for child care.",
    ],
)
def test_a_policy_wanted_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to stand for re-election next year.",
        "The mayor will not stand for a second term.",
        "She won't stand for parliament again.",
    ],
)
def test_standing_for_an_office_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_refusing_to_tolerate_stays_defiance() -> None:
    assert "defiance" in counted("We will not stand for Congress doing nothing again.")


def test_a_softener_is_no_rebuttal() -> None:
    assert "defiance" not in counted("Look, I'm not criticizing you, I'm just asking the question.")


def test_a_criticism_imputed_and_denied_stays_defiance() -> None:
    assert "defiance" in counted("I'm not criticizing the Pope.")


def test_looking_for_a_job_is_no_denial() -> None:
    assert "defiance" not in counted("I'm not looking for a job right now.")


def test_modesty_is_no_denial() -> None:
    assert "defiance" not in counted("I never claimed to be an expert on trade.")


def test_a_claim_imputed_and_denied_stays_defiance() -> None:
    assert "defiance" in counted("I never claimed that the program was free.")


def test_a_questions_limits_accepted_are_no_rebuttal() -> None:
    assert "defiance" not in counted("I know you can't tell me who the source is.")


@pytest.mark.parametrize(
    "text",
    [
        "That's not the kind of question I can answer with a yes or no.",
        "That is not the kind of man he is.",
    ],
)
def test_a_plain_description_is_no_course_rejected(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_course_rejected_as_unfit_stays_defiance() -> None:
    assert "defiance" in counted("That's not the kind of leadership this country needs.")


def test_vaccine_hesitancy_is_a_topic_not_a_hedge() -> None:
    assert "hedging" not in counted("Vaccine hesitancy remains high in rural counties.")


def test_no_hesitancy_stays_resolve() -> None:
    assert "resolve" in counted("I have no hesitancy in saying so.")
