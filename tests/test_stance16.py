"""Lexicons 1.15.0: the doubled elliptical denial, a give-way limited by "but not on",
plans held "either way", the emphatic repeated negator subject, reports inside an opening
if-clause, "said that ... too" before a narration, and the new families (warnings,
retorts, spin, disbelief, denials of wrongdoing and of compulsion, staying put until a
demand is met, give-ways refused). Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted
from rhetoscope.constructions.give_ways import _RESISTING

# --- constructions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cartel thinks it can break the co-op. It can't, and it won't.",
        "Well, they can't, and they know they can't.",
        "I won't, and my staff know I won't.",
    ],
)
def test_a_doubled_elliptical_denial_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dad thinks it will snow tonight. It won't.",
        "It can't be helped, and it won't be easy.",
        "I can't.",
    ],
)
def test_a_lone_or_long_modal_is_no_denial(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll grant the point on the schedule, but not on the price.",
        "We're willing to compromise on the route, but not on the safety rules.",
    ],
)
def test_a_give_way_limited_by_but_not_is_defiance(text: str) -> None:
    assert {"concession", "defiance"} <= counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We made mistakes, but not enough to matter.",
        "It rained, but not on the parade.",
    ],
)
def test_but_not_without_a_give_way_is_nothing(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Either way, we're opening the clinic in March.",
        "I'm running the marathon anyway.",
        "Regardless, we're building the bridge.",
    ],
)
def test_a_plan_held_either_way_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're seeing more flu cases either way.",
        "Are we opening the clinic either way?",
        "I'm hoping for sun anyway.",
    ],
)
def test_no_plan_either_way(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody, and I mean nobody, is going to bully this government.",
        "No one, and I mean no one, is giving up.",
    ],
)
def test_an_emphatic_repeated_negator_subject_negates(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)


def test_a_repeated_subject_without_a_negator_negates_nothing() -> None:
    assert counted("Everyone, and I mean everyone, is giving up.") == {"concession"}


@pytest.mark.parametrize(
    "text",
    [
        "If the landlord thinks we'll move out, he's going to be disappointed.",
        "If they believe we will fold, they're in for a rude awakening.",
    ],
)
def test_a_report_in_an_if_clause_ends_at_its_comma(text: str) -> None:
    assert "defiance" in counted(text)


def test_said_before_then_a_narration_is_no_dismissal() -> None:
    assert "defiance" not in counted("She said that on Monday too, and the train was late.")
    assert "defiance" in counted("She said that on Monday too, and nothing happened.")


def test_resisting_holds_verbs_only() -> None:
    assert "back" not in _RESISTING
    # "back" was a stray of "fight back": backing a deal is no resistance
    assert counted("We have no choice but to back the deal.") == {"concession"}
    assert "defiance" in counted("We have no choice but to fight back.")


# --- families -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She's going to be sorely disappointed.",
        "Well, I've got news for them.",
        "The minister would have you believe the deficit is shrinking.",
        "I put it to you that you were never at the depot.",
        "I've been called a lot worse.",
        "Any incursion will be met with force.",
        "We hold out for the full raise, and not a day less.",
        "My answer is no, no, and no.",
        "Your own auditors say otherwise.",
        "They said we'd never finish. They were wrong.",
        "And you expect this committee to believe that?",
        "I don't care how many pundits they hire.",
        "I never took a penny.",
        "I'm not a crook.",
        "They can't make us.",
        "The member opposite is quite simply wrong.",
        "You're not listening.",
        "I have nothing to apologise for.",
        "We're out here until management comes back with an offer.",
        "I'm not crawling back to that studio.",
        "We are not going home empty-handed.",
        "No lender will dictate our budget.",
    ],
)
def test_new_defiance_families(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to be disappointed if we lose.",
        "We have news for you tonight: the bridge reopens.",
        "Let me put it to you this way.",
        "The protesters were met with force.",
        "I knew they were wrong when I signed them.",
        "Do you believe in second chances?",
        "We're here until the end of the month.",
        "We came home empty-handed.",
        "I didn't do it on purpose, sorry.",
    ],
)
def test_guards_of_the_new_families(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_copula_before_a_noun_is_no_commitment() -> None:
    assert counted("I'm not a thief.") == {"defiance"}
    assert counted("I'm not going anywhere.") == {"defiance", "resolve"}


def test_a_failure_promised_not_to_recur_is_resolve() -> None:
    assert "resolve" in counted("We got the count wrong. It won't happen again.")
