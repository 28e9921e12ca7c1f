"""Lexicons 1.26.0, review fixes: the misfires a review of stop 32's families found in
look-alike sentences of moderators, chairs, judges, interviews and court transcripts (a
step of the talk or the meeting after "I want to open / close / spend", credit doubted,
the office conceded or asked about, counsel's "you were the one who", a statement issued),
each beside the family's own reading, which must stay. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- a step of the talk, the meeting or the hearing is no policy wanted ---


@pytest.mark.parametrize(
    "text",
    [
        "I want to open tonight's debate with a question about jobs.",
        "I want to open our discussion tonight with the economy.",
        "I want to close tonight by thanking our hosts at the university.",
        "I want to open the public hearing on item four.",
        "I want to close the comment period and move to a vote.",
        "I want to open up the phone lines now.",
        "Okay, I want to open it to the audience.",
        "Your Honor, I want to close the record on this witness.",
        "I want to spend 2 minutes on trade before we move on.",
        "After the fire, I want to rebuild my life.",
    ],
)
def test_a_step_of_the_talk_or_ones_own_life_is_no_policy(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to open the schools this fall.",
        "I want to close the loopholes that reward shipping jobs overseas.",
        "I want to spend 14 percent more on research.",
        "I want to open up markets for our farmers.",
    ],
)
def test_a_policy_wanted_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- credit doubted or denied is a hedge, no concession ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't think the president made the right decision on the pipeline.",
        "I don't believe he made the right call on the tariffs.",
        "I'm not sure she made the right choice, to be honest.",
    ],
)
def test_credit_doubted_is_a_hedge_not_a_concession(text: str) -> None:
    found = counted(text)
    assert "concession" not in found
    assert "hedging" in found


def test_credit_given_after_i_think_stays_a_concession() -> None:
    assert "concession" in counted("I think he did a terrific job in those first weeks.")


# --- the office conceded or asked about states no course ---


@pytest.mark.parametrize(
    "text",
    [
        "Even if I'm elected, the Senate will block half of it.",
        "People keep asking me what happens when I'm president and the markets drop.",
    ],
)
def test_the_office_conceded_or_asked_about_is_no_course(text: str) -> None:
    assert "resolve" not in counted(text)


def test_the_course_under_the_office_stays_resolve() -> None:
    assert "resolve" in counted("When I'm president, every child will have a good school.")


# --- counsel's or a moderator's "you were the one who": no retort ---


@pytest.mark.parametrize(
    "text",
    [
        "Q. And you were the one who found the victim.",
        "Mr. Secretary, you were the one who negotiated the treaty.",
        "You were the one who taught me to read, Mom.",
    ],
)
def test_you_were_the_one_who_is_no_retort(text: str) -> None:
    assert "defiance" not in counted(text)


def test_you_are_the_one_stays_a_retort() -> None:
    assert "defiance" in counted("No, you're the one that's been wrong on every war.")


# --- a statement issued is no statement imputed denied ---


@pytest.mark.parametrize(
    "text",
    [
        "A. I never made a statement to the police until the next morning.",
        "The company did not make the statement public until Friday.",
    ],
)
def test_a_statement_issued_is_no_denial(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_statement_imputed_denied_stays_defiance() -> None:
    assert "defiance" in counted("I never made the statement he just attributed to me.")
