"""Lexicons 1.23.1: misfires of 1.23.0 found by a review over ordinary narration, minutes
and news (stop 30). Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- the other side said not to grasp the matter: a jab names a matter or leaves it implied ---


@pytest.mark.parametrize(
    "text",
    [
        "He just doesn't understand how the tariffs work.",
        "She does not understand our farm economy.",
        "The governor doesn't understand what this budget does.",
        "He doesn't understand this.",
        "My opponent simply doesn't understand.",
        "He just doesn't get it.",
        "She still doesn't get it, and she never will.",
    ],
)
def test_a_jab_at_the_other_sides_grasp_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He doesn't understand French, so his sister translated the menu.",
        "She really doesn't understand smartphones.",
        "If the senator does not understand the bill, he should ask.",
        "When he doesn't understand a word, he looks it up.",
        "The governor doesn't get it done by Friday.",
        "He didn't get it back until June.",
    ],
)
def test_a_skill_a_task_or_a_condition_is_no_jab(text: str) -> None:
    assert "defiance" not in counted(text)


# --- reported words: the source after an adverb, a possessive, or a stance verb at the end ---


@pytest.mark.parametrize(
    "text",
    [
        "The man has just said he doesn't understand what I'm talking about.",
        "The senator's aides say she doesn't understand the budget.",
        "Trump's team thinks she doesn't understand the mood of the voters.",
        "He has already said we will never surrender.",
    ],
)
def test_a_report_after_an_adverb_or_a_possessive_is_not_the_speakers(text: str) -> None:
    categories = counted(text)
    assert "defiance" not in categories and "resolve" not in categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I have not done enough homework, the boy admitted.", "concession"),
        ("We made a mistake, the minister conceded.", "concession"),
        ("We will never surrender, the rebels vowed.", "defiance"),
    ],
)
def test_a_stance_verb_closing_the_sentence_names_its_source(text: str, category: str) -> None:
    assert category not in counted(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('"We made a mistake," the minister conceded.', "concession"),
        ("We will never surrender, I promised.", "defiance"),
    ],
)
def test_a_quoted_or_own_statement_stays_the_speakers(text: str, category: str) -> None:
    assert category in counted(text)


# --- a difference of opinion: the speaker's, not one narrated between others ---


@pytest.mark.parametrize(
    "text",
    [
        "It's a fundamental difference of opinion.",
        "We have a fundamental difference of opinion.",
        "I still have a fundamental difference of opinion with the senator.",
    ],
)
def test_the_speakers_own_difference_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board and the union have a fundamental difference of opinion over pay.",
        "The two ministers had a fundamental difference of opinion.",
    ],
)
def test_a_difference_between_others_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_doubt_denied_after_that_is_no_hedge() -> None:
    categories = counted("I don't think that there is any doubt that we will win.")
    assert "hedging" not in categories


# --- a modal predicting an event is a likelihood, whatever its subject ---


@pytest.mark.parametrize(
    "text",
    [
        "I believe the train should be on time.",
        "I believe the repairs should be done by June.",
        "I think the money should last until spring.",
    ],
)
def test_a_belief_over_an_expected_event_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I believe the next president should visit the border.",
        "I believe America should be there for its allies.",
    ],
)
def test_a_belief_over_a_duty_stays_a_conviction(text: str) -> None:
    assert "hedging" not in counted(text)


# --- the review of 1.23.1 ---


@pytest.mark.parametrize(
    "text",
    [
        "I believe more should be done to help our veterans.",
        "I believe something must be done about the deficit.",
        "I believe America should be ready to defend its allies.",
        "I believe we must be ready to fight for freedom.",
    ],
)
def test_a_duty_with_a_purpose_or_a_person_is_no_expected_event(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Listening to what he just said, I think he is wrong about the economy.", "defiance"),
        ("Given what the senator has already said, I'm not sure there is much to add.", "hedging"),
    ],
)
def test_the_clause_after_a_closed_free_relative_is_the_speakers(text: str, category: str) -> None:
    assert category in counted(text)


def test_a_free_relative_spelled_out_after_its_comma_stays_reported() -> None:
    assert "resolve" not in counted("What he said, that we will raise taxes, is false.")


@pytest.mark.parametrize(
    "text", ["He doesn't understand me.", "The president doesn't understand people like you."]
)
def test_a_jab_over_a_person_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He doesn't understand the question, Your Honour.",
        "The defendant stated he does not understand the charges against him.",
        "She doesn't understand a word of German.",
    ],
)
def test_plain_words_not_followed_are_no_jab(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("We will never surrender, Mr. Jones vowed.", "defiance"),
        ("We made a mistake, Dr. Ames admitted.", "concession"),
    ],
)
def test_a_titled_source_closing_the_sentence_is_a_report(text: str, category: str) -> None:
    assert category not in counted(text)


def test_the_speakers_past_difference_of_opinion_is_defiance() -> None:
    assert "defiance" in counted("We've had a fundamental difference of opinion.")
