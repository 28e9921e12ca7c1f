"""Lexicons 1.26.0: stance as the readers of real debate speech mark it (stop 32, read from
benchmarks/data/stance_debates7 and checked over the speech of the debates and the
polnear-train documents), each family beside the look-alikes it must not match. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- conviction declared with an intensifier: resolve, no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "I believe strongly that every child deserves a good school.",
        "And I believe very much in a strong national defense.",
        "That's why I'm such a strong believer in local control of schools.",
        "I'm a great believer in all forms of energy.",
        "I firmly believe we can balance this budget.",
    ],
)
def test_a_conviction_declared_is_resolve_not_hedging(text: str) -> None:
    found = counted(text)
    assert "resolve" in found
    assert "hedging" not in found


def test_a_plain_i_believe_stays_a_hedge() -> None:
    assert "hedging" in counted("I believe the hearing is on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "He is a strong believer in tax cuts.",
        "I'm not a big believer in polls.",
    ],
)
def test_anothers_or_a_denied_conviction_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- more verbs of a policy wanted ---


@pytest.mark.parametrize(
    "text",
    [
        "I want to rebuild our navy so that it can keep the peace.",
        "I also want to close the loopholes that reward shipping jobs overseas.",
        "I want to open the schools this fall.",
        "I want to spend 10 percent less than the President.",
        "I want to empower parents to choose.",
    ],
)
def test_a_policy_wanted_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to close by thanking the students of this university.",
        "I want to open with a question for the governor.",
        "I want to spend my time with my grandchildren.",
    ],
)
def test_a_step_of_the_talk_or_ones_own_life_is_no_policy(text: str) -> None:
    assert "resolve" not in counted(text)


# --- an outcome refused ---


@pytest.mark.parametrize(
    "text",
    [
        "We cannot let that happen again.",
        "We can't allow this to happen again.",
    ],
)
def test_an_outcome_refused_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We can't let go of the past.",
        "The senator said we cannot let it happen.",
        "We can't let them tell the story for us.",
    ],
)
def test_letting_go_anothers_refusal_or_a_duty_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- "stand up against", as "stand up to" ---


@pytest.mark.parametrize(
    "text",
    [
        "We had to stand up against a dictator who invaded his neighbor.",
        "I've stood up against the drug companies my whole career.",
    ],
)
def test_standing_up_against_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The officers made him stand up against the wall.",
        "His figures don't stand up against scrutiny.",
    ],
)
def test_a_wall_or_scrutiny_is_no_resistance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a statement imputed and denied; a claim waved off ---


def test_never_made_the_statement_is_defiance() -> None:
    assert "defiance" in counted("I have never made the statement that he attributes to me.")


def test_dont_tell_me_about_is_defiance() -> None:
    assert "defiance" in counted("So don't tell me about a peaceful transition.")


def test_a_bare_dont_tell_me_is_no_defiance() -> None:
    assert "defiance" not in counted("Don't tell me you forgot the tickets.")


def test_refusing_to_let_that_happen_is_both_resolve_and_defiance() -> None:
    found = counted("We can't let that happen, Senator.")
    assert {"resolve", "defiance"} <= found


# --- blame turned back on the other side, or off oneself ---


@pytest.mark.parametrize(
    "text",
    [
        "You're the one that voted for the bailout, not me.",
        "No, you are the one who is out of touch.",
        "Well, I wasn't the one who lost the documents.",
    ],
)
def test_blame_turned_back_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're the one who will decide this election.",
        "I'm not the one to ask about the weather.",
        "She said you're the one that leaked it.",
    ],
)
def test_a_voter_addressed_modesty_or_a_report_is_no_retort(text: str) -> None:
    assert "defiance" not in counted(text)


# --- propaganda named as a thing, not a claim called propaganda ---


def test_propaganda_as_a_kind_of_thing_is_no_defiance() -> None:
    assert "defiance" not in counted("The group runs a large propaganda machine online.")


def test_a_claim_called_propaganda_stays_defiance() -> None:
    assert "defiance" in counted("That is pure propaganda.")


# --- the audience asked, not a doubt ---


def test_asking_whether_the_audience_saw_is_no_hedge() -> None:
    assert "hedging" not in counted("I don't know if you saw the hearing last night.")


def test_not_knowing_whether_it_will_pass_stays_a_hedge() -> None:
    assert "hedging" in counted("I don't know whether the bill will pass.")


# --- the course stated under the office sought ---


@pytest.mark.parametrize(
    "text",
    [
        "And that's exactly what will happen should I earn your vote.",
        "That's the first thing I'll change when I'm president.",
        "If I'm elected, this plant stays open.",
    ],
)
def test_a_course_under_the_office_sought_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "When I was president of the club, we met on Mondays.",
        "What happens if I'm elected?",
        "He said that if I'm elected the market will crash.",
    ],
)
def test_a_past_office_a_question_or_a_report_is_no_course(text: str) -> None:
    assert "resolve" not in counted(text)


# --- credit given to another's act ---


def test_credit_given_to_the_other_side_is_concession() -> None:
    assert "concession" in counted("I thought the president made the right decision on Kosovo.")


def test_credit_in_a_condition_is_no_concession() -> None:
    assert "concession" not in counted("If he did a good job, he would be reelected.")


# --- a dare's gap is the party dared: a reflexive there is no dare (left by 1.25.1) ---


@pytest.mark.parametrize(
    "text",
    [
        "I challenge myself to run five miles every morning.",
        "We challenge ourselves every day to do better.",
    ],
)
def test_challenging_oneself_is_no_dare(text: str) -> None:
    assert "defiance" not in counted(text)


def test_challenging_the_opponent_stays_a_dare() -> None:
    assert "defiance" in counted("I challenge my opponent tonight to release his tax returns.")


# --- a perception forecast is no commitment ---


def test_we_will_hear_is_no_commitment() -> None:
    assert "resolve" not in counted("And we'll hear a lot of criticism for it.")


def test_a_commitment_after_hearing_stays_resolve() -> None:
    assert "resolve" in counted("We will hear them out, and then we will act.")


# --- a determination made is a decision, not determination shown ---


def test_making_a_determination_is_no_resolve() -> None:
    assert "resolve" not in counted("The agency has not yet made a determination on the claim.")


def test_determination_shown_stays_resolve() -> None:
    assert "resolve" in counted("Our determination to finish this job has never wavered.")


def test_blame_turned_off_oneself_is_no_commitment() -> None:
    found = counted("And I'm not the one that compared the governor to a dead fish.")
    assert "defiance" in found
    assert "resolve" not in found
