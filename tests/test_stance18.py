"""Lexicons 1.17.0: defiance and resolve recall on spoken text. Proposals refused
outright, refusals spanning past and future, questions refused, the other side's claim
dismissed or disputed, dares over a stretch of time, a course kept against pressure,
waiting refused, a campaign only begun. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted


@pytest.mark.parametrize(
    "text",
    [
        "The minister wants us to scrap the levy. I'll do no such thing.",
        "We would do nothing of the sort.",
        "I've never taken a bribe. Never have, never will.",
        "I'm not going to answer hypotheticals, Maria.",
        "We're still not answering that question.",
        "Anybody who tells you otherwise is selling you something.",
        "The auditor calls it negligence. We strongly dispute that.",
        "I'd dispute that characterisation.",
        "The board can stall this all year, the union isn't going anywhere.",
        "They can audit us every day of the week.",
        "The columnists can say what they like.",
        "If the mayor wants a fight, he can see us in court.",
        "We're not moving the plant to suit the shareholders.",
        "I won't be rewriting the budget just because two papers hate it.",
        "The policy won't change because of one bad headline.",
        "We're not waiting any longer for the council.",
    ],
)
def test_refusals_challenges_and_stands_are_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're not waiting one more day for a decision.",
        "The mill has reopened, and we're only just getting started.",
        "They won't budge us just because the polls slipped.",
    ],
)
def test_commitments_are_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to answer that, on the advice of my lawyer.",
        "I'm still not answering hypotheticals.",
    ],
)
def test_a_question_refused_is_no_commitment(text: str) -> None:
    assert counted(text) == {"defiance"}


@pytest.mark.parametrize(
    "text",
    [
        "You can swim all day at the lake.",
        "Kids can play all day in the new park.",
        "They can eat what they want at the buffet.",
        "The stock isn't cheap just because it fell.",
        "He is not waiting another day for his surgery.",
        "She said she's not waiting any longer.",
        "Will you answer that question?",
        "Are you going to answer that question?",
        "He said they would do no such thing.",
        "We're only beginning to understand the damage.",
    ],
)
def test_offers_others_and_questions_are_not_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_dispute_denied_stays_a_concession() -> None:
    assert counted("I don't dispute that characterization.") == {"concession"}


@pytest.mark.parametrize(
    "text",
    [
        "Our members stay out till the company pays up.",
        "We'll keep the lorries on the bridge until the minister meets us.",
        "I'll sit in this office until the board reinstates her.",
        "Are we done? Not even close.",
        "Will I resign? Hell no.",
    ],
)
def test_stands_held_until_the_other_side_gives_way_are_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll wait until they agree.",
        "We'll stay until the kids are asleep.",
        "I'll stand here till my legs give out.",
        "Will you stay until they agree?",
        "We can't act until they pay.",
        "Is the economy finished? Not even close.",
        "Was it a close game? Not even close.",
    ],
)
def test_waiting_ones_own_limits_and_others_questions_are_not_held_stands(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "They say the club is done. We'll see who's laughing at Christmas.",
        "The council plans to shut the pool. We'll see about that.",
    ],
)
def test_taunts_that_the_outcome_will_tell_are_defiance_only(text: str) -> None:
    assert counted(text) == {"defiance"}


@pytest.mark.parametrize(
    "text",
    [
        "There's no way we're going to lose this seat.",
        "Our ships will stay right where they are.",
        "We're repaving the whole street this month.",
        "We're paying every supplier back by the end of the year.",
    ],
)
def test_own_course_and_certainty_are_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll see who wins.",
        "We're losing money this quarter.",
        "We're meeting the minister this week.",
        "There's no way we're going to make it in time.",
        "We're being sued by the end of it.",
    ],
)
def test_hedges_logistics_and_what_befalls_one_are_not_resolve(text: str) -> None:
    assert "resolve" not in counted(text)
