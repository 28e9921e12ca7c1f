"""Lexicons 1.20.0: resolve as readers of real quoted speech mark it (stop 25, read from
benchmarks/data/stance_news): a certainty adverb, "I know" or "I'm sure" about the world,
"must" laid on others or inferred, and a duty prescribed for all ("we have to", "we
must") are no commitment of the speaker's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted


@pytest.mark.parametrize(
    "text",
    [
        "Certainly the governor has changed his tune since March.",
        "She's absolutely right about the bridge.",
        "I was absolutely thrilled to see the turnout.",
        "Obviously, we were upset when the report came out.",
        "I'm certainly aware of the rules on gifts.",
    ],
)
def test_a_booster_of_a_statement_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will certainly fight this in court.",
        "We're absolutely committed to the new plant.",
        "Would I do it again? Absolutely.",
        "Oh, absolutely.",
        "I'm absolutely certain the road will reopen by Friday.",
        "Of course we're going to protect the pensions.",
    ],
)
def test_a_booster_of_a_commitment_or_an_emphatic_yes_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I know the mayor's supporters are in the room tonight.",
        "I'm sure the senator is going to win a few counties.",
        "I know that what the witness told us is true.",
        "I know Governor Hale will be touring the valley next week.",
    ],
)
def test_knowing_a_fact_about_others_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure we'll find a way through this.",
        "I know exactly what I need to do.",
        # (1.23.0: not "I know how to fix the schools": the readers of stance_debates4
        # mark a claim of competence no resolve, 3 of 3; see tests/test_stance29.py)
        "I'm sure of it.",
    ],
)
def test_certainty_about_our_own_course_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the council is serious about housing, they must build more homes.",
        "Contractors must file their reports by Friday.",
        "The ballots must have only counted the city precincts.",
        "We must have overlooked the second invoice.",
        "We have to be mindful of the people who disagree with us.",
        "We have to build on that momentum.",
        "We must create an economy that works for everyone.",
        "We've got to do what's right for the state.",
        # 1.21.0: a hedged duty is no resolve either (it was before)
        "I think we have to subpoena the records.",
    ],
)
def test_must_of_others_inferred_or_prescribed_for_all_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I must refuse the offer.",
        "We must act, and we will act.",
        "We have to do better, and we will.",
    ],
)
def test_my_own_must_a_hedged_duty_or_a_pledge_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We think the leak started in the basement.",
        "Sales will recover by spring, we believe.",
        "I still think the deal can be saved.",
        "The crowd was giving me kind of chills.",
        "It would look kind of staged.",
    ],
)
def test_spokesmen_and_spoken_hedges_are_hedges(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think of myself as a pretty moderate person.",
        "We believe in a strong navy.",
        "Someone might say 'career politician' - I say experience.",
        "We think that's wrong and we'll fight it.",
    ],
)
def test_conceiving_convictions_and_granted_views_are_no_hedges(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["We will want a candidate who can win the rust belt.", "I know that what she saw is true."],
)
def test_a_state_foreseen_or_a_fact_known_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("We were terribly wrong to wait so long.", "concession"),
        ("I was very wrong about the mayor.", "concession"),
        ("I'm not interested in being liked by the columnists.", "defiance"),
        ("We have faced down the lobbyists before.", "defiance"),
        ("I've always been prepared to fight in the courts.", "defiance"),
    ],
)
def test_new_entries_of_1_20(text: str, category: str) -> None:
    assert category in counted(text)
