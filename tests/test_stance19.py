"""Lexicons 1.18.0: what separated the tool from a reader on unseen spoken text (the
misses of stance_blind16, grouped by cause). Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted


@pytest.mark.parametrize(
    "text",
    [
        "I have no idea what the vote count is, and I'm not going to guess.",
        "We won't be responding to that op-ed.",
        "I will not dignify this with a reply.",
        "The committee asked me twice; I'm not answering it again.",
    ],
)
def test_a_reply_withheld_is_no_commitment(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will not dignify this with a reply.",
        "The committee asked me twice; I'm not answering it again.",
    ],
)
def test_a_reply_withheld_from_a_charge_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will respond to every letter by Friday.",
        "I'll answer it in writing.",
        "I'm going to guess the winner.",
    ],
)
def test_replies_promised_are_not_refusals(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fire me, then. I'll still be right about the budget.",
        "Impeach me again if you like.",
        "Go ahead and subpoena us.",
        "Fine, suspend me. The story stands.",
        "Anyone who wants to challenge our borders: try us.",
        "Kick me out, I'll start my own caucus.",
    ],
)
def test_a_punitive_imperative_is_a_dare(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call me tomorrow about the invoice.",
        "Sue me? For what?",
        "Try us on Monday, the shop is closed today.",
        "Charge me for the extra bag, it's fine.",
        "Sue me for the cost of the fence and we'll settle it in court.",
        "The landlord said he might sue us.",
    ],
)
def test_requests_and_threats_reported_are_no_dares(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "They can blockade the port, we'll bring the grain in by rail.",
        "You can lock me up for a decade and I'll still say it.",
        "He can threaten the club all season; we will keep playing our way.",
        "They can shut us down, and we will open again on Monday.",
        "You can put me away and I'll still write.",
    ],
)
def test_a_dare_answered_by_our_course_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can call me tomorrow, and I'll send you the form.",
        "You can put me down for two tickets and I'll pay at the door.",
        "You can pick it up on Monday and we'll have it ready.",
        "If they can block the road, we'll go around.",
        "Both sides can be proud of it, and we'll honour every line.",
    ],
)
def test_offers_and_conditions_are_no_dares(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant stays open, and nothing's going to stop that.", {"defiance", "resolve"}),
        ("No outside court is going to dictate our budget.", {"defiance", "resolve"}),
        ("Nobody's going to close it, not the regulator, not the bank.", {"defiance", "resolve"}),
        ("Nobody is shutting this plant down.", {"defiance"}),
    ],
)
def test_no_one_will_force_our_hand(text: str, expected: set[str]) -> None:
    assert expected <= counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "No one can stop it now, the fire has jumped the ridge.",
        "Is nobody going to stop this?",
        "There is no plan that will stop it.",
        "Nobody is going to stop you from voting.",
    ],
)
def test_resignation_questions_and_other_objects_are_not_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're opening the second clinic in March.",
        "We're rebuilding the bridge within a year.",
        "I'm finishing the trail in the spring, whatever it takes.",
    ],
)
def test_a_plan_tied_to_a_month_or_span_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm seeing my doctor in April.",
        "We're flying to Lisbon in March.",
        "We're losing money within a year if this goes on.",
        "Are we opening in March?",
    ],
)
def test_appointments_and_questions_are_no_plan(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not cutting a single scene to please the network.",
        "We're not raising rates to satisfy the markets.",
    ],
)
def test_a_course_kept_against_humouring_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    ["I'm not here to please you.", "It's not easy to please everyone."],
)
def test_a_purpose_of_ones_own_is_not_a_course_kept(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If we don't surrender the port, they will shell the town.",
        "It's our Watergate if we don't come clean.",
        "Unless we back down, they'll cut the power.",
    ],
)
def test_a_give_way_negated_inside_a_condition_is_no_refusal(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will not back down if they threaten us.",
        "I'm not giving up, if that's what you're asking.",
    ],
)
def test_a_refusal_before_a_condition_stays_one(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "My grandfather used to say that you never give up the farm.",
        "Coach Ellis would say we never back down.",
    ],
)
def test_a_saying_of_habit_is_reported(text: str) -> None:
    assert "defiance" not in counted(text)


def test_ones_own_saying_of_habit_stays_the_speakers() -> None:
    assert "defiance" in counted("I used to say we never back down, and I still do.")


def test_a_give_way_limited_by_but_not_for_is_defiance() -> None:
    assert "defiance" in counted("I'll apologise for the delay, but not for the decision.")


def test_but_not_for_long_limits_nothing() -> None:
    assert "defiance" not in counted("We accept the delay, but not for long.")


def test_forfeiting_refused_is_defiance() -> None:
    assert "defiance" in counted("I know the league is angry, but we won't be forfeiting.")


def test_forfeiting_plainly_is_nothing() -> None:
    assert counted("They forfeited their deposit.") == set()


# The review of 1.18.0 (F1-F11): its real sentences and probes.


@pytest.mark.parametrize(
    "text",
    [
        "You're not going to worry about it anymore.",
        "And if you're angry at the end of this, you're not going to take it out on the DNC.",
    ],
)
def test_a_prohibition_needs_the_speakers_side(text: str) -> None:
    assert counted(text) & {"defiance", "resolve"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "If we lose we will never give up.",
        "Even if it takes ten years we won't give in.",
        "If there's one thing we understand it is that we will not surrender.",
        "When I was young and if I failed I didn't give up.",
        "But if there's one thing we also understand it is that you cannot make "
        "concessions to terrorists, ever, ever.",
    ],
)
def test_a_refusal_after_an_if_clause_stays_one(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If the states don't give in, the court will decide.",
        "It's our Watergate if we haven't come clean by then.",
    ],
)
def test_a_negator_right_after_if_and_its_subject_is_a_condition(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If he doesn't he should immediately resign.",
        "The letter warned that if Trump did not withdraw, the party would act.",
    ],
)
def test_reported_speech_is_labelled_before_a_condition(text: str) -> None:
    details = set(rhetoscope.analyze(text).matches.detail)
    assert "someone else's stance: reported speech or a third person's act" in details


@pytest.mark.parametrize(
    "text",
    [
        "They can strike a deal, and we'll sign it.",
        "You can push the button and I'll start the engine.",
        "You can fire up the grill and I'll bring the burgers.",
        "You can close the door and we'll start the meeting.",
        "He can block the afternoon off and I'll meet him then.",
        "You can ban smoking and we'll support it.",
    ],
)
def test_a_permission_on_an_ordinary_object_is_no_dare(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fire me up!",
        "Fire us up, coach!",
        "Try us out.",
        "Lock us in.",
        "Charge me.",
        "Bench me, coach.",
        "Cancel me.",
        "Recall us, then.",
    ],
)
def test_particle_verbs_and_mild_verbs_are_no_dares(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize("text", ["Lock me up, then.", "Cancel me again if you like."])
def test_a_dare_with_its_own_particle_or_a_taunt_stays_one(text: str) -> None:
    assert "defiance" in counted(text)


def test_a_dare_is_counted_once() -> None:
    matches = rhetoscope.analyze("Boo us all you want.").matches
    assert list(matches.category).count("defiance") == 1


@pytest.mark.parametrize(
    "text",
    [
        "No school will close this week.",
        "No hospital will close this year.",
        "No school is closing this week.",
        "No decision is going to stop that from happening, sadly.",
        "Nothing is stopping me from crying.",
    ],
)
def test_times_and_resignation_are_not_forcing(text: str) -> None:
    assert counted(text) & {"defiance", "resolve"} == set()


def test_nobody_stopping_us_from_acting_stays_defiance() -> None:
    assert "defiance" in counted("No court is going to stop us from building the bridge.")


@pytest.mark.parametrize(
    "text",
    [
        "We gave up the lead, but not for lack of effort.",
        "We lost, but I'll admit it, but not for lack of trying.",
        "I'll concede the point, but not for the reasons you think.",
        "I apologize, but not for everyone.",
    ],
)
def test_but_not_for_an_idiom_or_a_correction_limits_nothing(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text", ["We will not respond to threats.", "I am not going to respond in kind."]
)
def test_a_response_to_pressure_or_in_kind_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


def test_a_reply_withheld_at_the_clause_end_is_no_commitment() -> None:
    assert "resolve" not in counted("They wrote to us again, and we won't respond.")


def test_no_response_to_threats_is_defiance() -> None:
    assert {"defiance", "resolve"} <= counted("We will not respond to threats.")


def test_a_response_to_threats_plainly_is_no_stance() -> None:
    assert "concession" not in counted("The agency responds to threats within the hour.")


@pytest.mark.parametrize(
    "text", ["We're opening the clinic within weeks.", "We're rebuilding the bridge within days."]
)
def test_a_plan_within_a_plural_span_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're opening the clinic in the winter of our discontent.",
        "We're opening the clinic in the new district.",
    ],
)
def test_an_idiom_or_a_place_is_no_plan(text: str) -> None:
    assert "resolve" not in counted(text)


def test_just_to_please_is_still_a_purpose_of_ones_own() -> None:
    assert "defiance" not in counted("I'm not here just to please you.")
