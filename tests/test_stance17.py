"""Lexicons 1.16.0: concession and resolve recall on spoken text. Admissions framed as a
refusal to deny or evade, acknowledgements, blame taken "on us" / "on my end", one's own
side's failures, give-ways offered, results accepted, criticism accepted, shortfalls
owned; the future of dropping one's own measure; the hypophora with a word of conduct or
a "no" about merit; one's own course in the present tied to a time to come; futures that
commit to nothing; apologies refused as a stand on the past. Every sentence here is
invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted

# --- concession: admissions and give-ways --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our pumps caused the spill. We're not going to hide from that.",
        "I can't deny it, the launch was a mess.",
        "The dashboard was wrong for a month, I'll acknowledge that.",
        "The gates were half built when the storm came, which is on us.",
        "I think it was a mix-up on my end.",
        "Prices went up on my watch, and I own that.",
        "Look, our office dropped the ball on those permits.",
        "We're willing to look at it again.",
        "We'd be prepared to accept observers at the border.",
        "We got thrashed, and we deserved to.",
        "He was simply better on the day.",
        "I'll drop the motion if that gets us a vote.",
        "We're voluntarily recalling every blender in that batch.",
        "The service wasn't good. I get it.",
        "Our response times are not where we want them to be.",
    ],
)
def test_admissions_and_give_ways_are_concessions(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Did we deserve to go through? No.",
        "Did we deserve to go through? Honestly, no.",
        "Were we good enough tonight? Well, probably not.",
        "Were we good enough tonight? Probably not.",
        "Was I too harsh with the intern? Honestly, yes.",
        "Did I play badly? Yes.",
    ],
)
def test_answers_to_ones_own_question_about_conduct_or_merit_concede(text: str) -> None:
    assert "concession" in counted(text)


def test_the_no_about_ones_merit_is_listed_as_a_no() -> None:
    """matches.csv names what was counted: the "no", not an assent."""
    matches = rhetoscope.analyze("Did we deserve to go through? Well, no.").matches
    assert list(matches["term"]) == ["did we deserve to win? no."]
    assert list(matches["text"].str.lower()) == ["no"]


@pytest.mark.parametrize(
    "text",
    [
        "Did we deserve this? No!",
        "Did they deserve to win? No.",
        "Did we handle it well? Not sure.",
        "Will you surrender? No.",
        "We will not hide from anyone.",
        "I'll acknowledge that all of you have worked hard.",
        "We will drop the follow-up questions tonight.",
        "We'll scrap the bedroom tax.",
    ],
)
def test_no_concession_without_an_own_fault_or_give_way(text: str) -> None:
    assert "concession" not in counted(text)


# --- resolve -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We're repaving that road starting next week.",
        "We're finishing the bridge this time.",
        "We're doing it by the book from now on.",
        "We sit in this office until the dean resigns.",
        "I'm in this till the final whistle.",
        "I'll say it as many times as it takes: the vote was clean.",
        "The strike ends when they pay us, not a minute before.",
    ],
)
def test_ones_own_course_tied_to_a_time_to_come_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're taking next week off.",
        "We're finishing this time-consuming audit.",
        "I'm meeting the minister tomorrow.",
        "Are we staying until the end?",
        "We're closing the plant starting Monday.",
        "We'll take that back to the board.",
        "I'll say nothing, on my lawyer's advice.",
        "We'll learn from it and move on.",
    ],
)
def test_logistics_give_ways_and_deferrals_are_not_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_refused_apology_is_defiance_not_resolve() -> None:
    found = counted("I'm not apologising for the cartoon.")
    assert "defiance" in found
    assert "resolve" not in found


def test_done_apologising_still_commits() -> None:
    assert {"defiance", "resolve"} <= counted("I'm done apologising for the cartoon.")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will run all winter, period.",
        "We're not closing the library. Full stop.",
        "We will not raise fares this year, full stop, and that's final.",
    ],
)
def test_an_emphatic_closer_seals_a_clause_as_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The transition period ends in May.",
        "In that period, sales doubled.",
        "Put a full stop at the end.",
        "That was a mistake, full stop.",
        "That was a management failure, full stop.",
        "I think the panel should meet, period.",
    ],
)
def test_no_closer_in_a_noun_an_admission_or_a_hedge(text: str) -> None:
    assert "resolve" not in counted(text)
