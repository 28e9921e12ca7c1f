"""Rules for spoken text (lexicons 1.8.0): disfluencies, questions after a statement,
courtesy, procedures and predictions, contradictions, owned wrong choices, litotes,
prohibitions, and a few negation details. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from rhetoscope.stance.disfluency import _fluent
from rhetoscope.text import token_norms


def categories(text: str) -> list[str]:
    matches = rhetoscope.analyze(text).matches
    return sorted(m.category for m in matches.itertuples() if m.category)


def kinds(text: str) -> set[str]:
    return set(categories(text))


def fluent(text: str) -> str | None:
    norms = token_norms(text)
    kept = _fluent(norms)
    return None if kept is None else " ".join(norms[i] for i in kept)


# Disfluencies ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We- we'll open the depot.", "we 'll open the depot ."),
        ("They'll, uh, they'll vote on Monday.", "they 'll vote on Monday .".lower()),
        ("The council has, um, agreed to wait.", "the council has agreed to wait ."),
        ("It went into, uh, into the river.", "it went into the river ."),
        ("That's really, that's a stretch.", "that 's a stretch ."),
        ("The depot is closed, uh.", "the depot is closed ."),
    ],
)
def test_fillers_stutters_and_restarts_are_left_out(text: str, expected: str) -> None:
    assert fluent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We will never, never sell the farm.",  # emphasis, not a stutter
        "No, no, we signed it.",
        "I guess what I'm saying is, I'm tired.",  # a clause, not a restart
        "It's not, it's never been about money.",  # a negator in between
    ],
)
def test_repetitions_that_carry_meaning_stay(text: str) -> None:
    assert fluent(text) is None


def test_a_stutter_no_longer_splits_an_entry_or_a_rule() -> None:
    # "I'll, I'll have to" is one obligation forecast, no commitment
    assert "resolve" not in kinds("I'll, I'll have to check with the clerk.")
    # "has, uh, decided to" is the board's act, through the filler
    assert "concession" not in kinds("The parks board has, uh, decided to postpone the vote.")
    # a hedge split by a filler is found again
    assert "hedging" in kinds("I'm not, uh, sure that the pipe will hold.")


# A statement before a question -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm not sure I caught that, did you say Tuesday?", "hedging"),
        ("I could be wrong, but the ferry leaves at six?", "hedging"),
        ("We're behind on the roof, I'll grant you that, but two months?", "concession"),
        ("I don't know, maybe, who can say, right?", "hedging"),
        ("If I read the chart right, and maybe I don't, the tank was empty by noon?", "hedging"),
    ],
)
def test_a_first_person_clause_before_a_question_is_stated(text: str, category: str) -> None:
    assert category in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will you step down, or will you fight on?",
        "Are we as ready as we must be if we're going to win?",  # opens as a question
        "The question we have to answer is, who pays for the bridge?",  # not I / we
    ],
)
def test_a_real_question_still_counts_nothing(text: str) -> None:
    assert categories(text) == []


# Courtesy, procedure and prediction are no commitment -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure you'll all join me in thanking the volunteers.",
        "I'm sure the clerk has the minutes somewhere.",
        "I know the mayor from our school days.",
        "I know a lot of you waited in the rain tonight.",
        "I know it's been a hard month for the growers.",
        "We'll take a couple more questions.",
        "I'll be straight with you.",
        "We'll know more on Thursday.",
        "I'll get fined if I say more.",
        "If we don't fix the pump, we'll be underwater by spring.",
    ],
)
def test_courtesy_procedure_and_prediction_are_not_resolve(text: str) -> None:
    assert "resolve" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure we'll finish the bridge by May.",
        "I know exactly what the town needs.",
        # (1.23.0: "I know how to fix the harbour" is no longer here: the readers of
        # stance_debates4 mark a claim of competence no resolve, 3 of 3; see
        # tests/test_stance29.py)
        "We'll take every step to keep the school open.",
        "If elected, I'll be a mayor for every street.",
    ],
)
def test_certainty_and_commitment_of_ones_own_stay_resolve(text: str) -> None:
    assert "resolve" in kinds(text)


def test_a_booster_of_a_give_way_is_no_resolve() -> None:
    assert categories("We'd certainly be willing to meet them halfway.") == ["concession"]


# Flat contradictions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That's flatly false.",
        "That number is simply wrong.",
        "This is a myth, pure and simple.",
        "Look, that's just untrue.",
        "Well, it's total fiction.",
        "Her claim is completely inaccurate.",
    ],
)
def test_a_flat_contradiction_is_defiance(text: str) -> None:
    assert "defiance" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was wrong to close the library.",  # a moral judgement, no adverb
        "What's wrong with the boiler?",
        "We fixed the things that were wrong.",  # a relative clause
        "I saw that it was wrong.",
        "That's not false.",
    ],
)
def test_not_every_verdict_is_a_contradiction(text: str) -> None:
    assert "defiance" not in kinds(text)


def test_a_dash_ends_a_reported_clause() -> None:
    assert "defiance" in kinds("My rival says the mill lost money- that's simply false.")


# Owned wrong choices, litotes, prohibitions ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We hired the wrong contractor.",
        "I honestly picked the wrong week to launch.",
        "I made the wrong call on the budget.",
    ],
)
def test_a_wrong_choice_owned_is_a_concession(text: str) -> None:
    assert kinds(text) == {"concession"}


def test_another_s_wrong_choice_is_not_ours() -> None:
    assert "concession" not in kinds("They hired the wrong contractor.")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to stand here and tell you everything is fine.",
        "I won't pretend that things went perfectly.",
        "I can't tell you everything went smoothly.",
    ],
)
def test_refusing_to_claim_all_is_well_is_an_admission(text: str) -> None:
    assert kinds(text) == {"concession"}


def test_standing_here_lets_the_negator_reach_the_act() -> None:
    found = categories("I'm not going to stand here and apologize for the plan.")
    assert "concession" not in found and "defiance" in found


@pytest.mark.parametrize(
    "text",
    [
        "You will not close our clinic!",
        "And we say to the developers, you won't pave over my street.",
    ],
)
def test_a_prohibition_to_the_other_side_is_defiance_and_resolve(text: str) -> None:
    assert {"defiance", "resolve"} <= kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You won't believe our prices.",
        "I hope you won't take my seat.",
    ],
)
def test_not_every_you_will_not_is_a_prohibition(text: str) -> None:
    assert "defiance" not in kinds(text)


# Negation details ------------------------------------------------------------------


def test_a_hedge_of_appearance_stays_a_hedge_after_a_subject_negator() -> None:
    assert categories("Nobody at the ministry seems to notice.") == ["hedging"]


def test_a_progressive_entry_after_we_with_its_negator_is_a_commitment() -> None:
    assert {"defiance", "resolve"} <= kinds("We lost the first leg, but we are not done.")


def test_a_demand_made_of_us_is_anothers() -> None:
    assert "concession" not in kinds("I've read the calls for me to resign.")


def test_spoken_them_matches_the_entries() -> None:
    assert "defiance" in kinds("Let 'em try.")


def test_a_quantity_that_keeps_rising_is_no_persistence() -> None:
    assert "defiance" not in kinds("If nothing changes, prices are going to keep going up.")
    assert "defiance" in kinds("We are going to keep fighting.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We were second best on the night, no excuses.", {"concession"}),
        ("I'm not gonna make excuses for the second half.", {"concession"}),
        ("The numbers don't lie.", {"defiance"}),
        ("Fine, you've convinced me.", {"concession"}),
        ("I will not yield on this point.", {"defiance", "resolve"}),
        ("I'm not retiring.", {"defiance", "resolve"}),
        ("We're not dropping it.", {"defiance", "resolve"}),
        ("We will not stop until the road is fixed.", {"defiance", "resolve"}),
        ("I'll try, but no promises.", {"hedging", "resolve"}),
        ("We'll see you next week.", set()),
        ("The yield on the bond fell.", set()),
    ],
)
def test_small_families_of_1_8(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The answer, of course, is that the bridge is old.",
        "Of course, we are a small county.",
        "Could we have moved faster? Of course, and I said so.",
        "I know that you keep saying that, but the school is full.",
        "I know both of them from the council.",
    ],
)
def test_discourse_of_course_and_acknowledgment_are_not_resolve(text: str) -> None:
    assert "resolve" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    ["We will of course defend the harbour.", "Of course we're going to finish the road."],
)
def test_of_course_boosting_a_commitment_stays_resolve(text: str) -> None:
    assert "resolve" in kinds(text)


def test_of_course_beside_a_refusal_stays_resolve() -> None:
    assert "resolve" in kinds("We stand firm, of course.")


def test_the_addressees_side_reports_like_a_third_person() -> None:
    assert "concession" not in kinds(
        "Mayor, two members of your own council say you should resign."
    )


def test_a_colon_introducing_the_question_frames_it() -> None:
    assert categories("And I feel that I must ask you: will you close the mill?") == []


@pytest.mark.parametrize(
    "text",
    [
        "I believe that we have to return to basics.",
        "That, I think, is a mistake.",
        "I think my opponent is simply wrong about the tax figures.",
        "I think we all know America is going through tough times.",
        "I believe we were right to pass the bill.",
    ],
)
def test_a_deliberative_i_think_asserts_an_opinion_and_is_no_hedge(text: str) -> None:
    assert "hedging" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think the strike will be over by Friday.",
        "I think, and I could be wrong, that the bond measure passes.",
        "I think we should probably wait.",
        # 1.21.0: a duty after "I think" is the opinion it hedges (the readers of real
        # speech); these two were no hedges before
        "I think that we have to return to basics.",
        # (1.29.0: "I would say first of all that..." announces a step of the talk, as
        # stance_debates marks d562; the duty after a plain "I would say that" stays hedged)
        "I would say that we must keep our word.",
    ],
)
def test_a_tentative_i_think_stays_a_hedge(text: str) -> None:
    assert "hedging" in kinds(text)


@pytest.mark.parametrize("text", ["Maybe we can do it.", "I hope we can do it."])
def test_a_commitment_right_after_a_hedge_is_hedged_not_resolve(text: str) -> None:
    assert kinds(text) == {"hedging"}


def test_a_commitment_after_a_deliberative_i_think_stays_resolve() -> None:
    # 1.21.0: "I think we must act now" (the case here before) is a hedged duty now
    assert kinds("That, I think, is a mistake, and we will fix it.") == {"resolve"}


@pytest.mark.parametrize(
    "text",
    [
        "If we have to choose, I think we would pick Smith.",  # the duty is in the if-clause
        "I think it will rain, and you should bring an umbrella.",  # another clause
        "I think it should arrive tomorrow.",  # an epistemic "should"
        "I think the store is right next to the bank.",  # "right" of place
    ],
)
def test_a_deliberative_i_think_needs_the_duty_or_verdict_in_its_own_clause(text: str) -> None:
    assert "hedging" in kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Should I resign? I'm not sure.", {"hedging"}),  # doubt is no refusal
        ("Will we back down? I don't know.", {"hedging"}),
        ("You want me to apologize? I won't.", {"defiance", "resolve"}),
    ],
)
def test_only_a_refusal_answers_ones_own_question(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will not get into another war in the Middle East.", {"resolve"}),
        ("I won't go further into debt.", {"resolve"}),
        ("I'm not going to get into that.", set()),
        ("I won't get into the details.", set()),
    ],
)
def test_declining_to_answer_needs_a_matter_of_the_talk(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected
