"""Lexicons 1.27.0, review fixes: the misfires a review of stop 33's families found in
look-alike sentences of news narration, reviews, coaching and interviews (a claim about
others weighed with "somehow", thinking in a manner urged, an approximate share after "I
think about"), each beside the family's own reading, which must stay. Every sentence here
is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- "somehow": a claim about others reported or weighed is no rebuttal ---


@pytest.mark.parametrize(
    "text",
    [
        "The data suggests that somehow the birds navigate by the magnetic field.",
        "Investigators are examining the claim that somehow the fire started in the kitchen.",
        "The new evidence implies that somehow the funds were moved before the audit.",
        "There's a myth that somehow bats are blind, but they can see quite well.",
        "Her lawyer dismissed the allegation that somehow she had profited from the sale.",
        "The witness's statement that somehow the door was unlocked was not challenged.",
    ],
)
def test_a_claim_about_others_with_somehow_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "And that is the continued claim that somehow I am the villain here.",
        "Now, again this statement that somehow, I wanted to destroy it.",
        "The mayor keeps implying that somehow our budget caused the shortfall.",
        "Now, my opponent suggests that somehow, you know, I'm too young for the job.",
    ],
)
def test_a_claim_about_the_speakers_side_with_somehow_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- spin: thinking in a manner urged frames no claim ---


@pytest.mark.parametrize(
    "text",
    [
        "The coach wants you to think positively about every game.",
        "The museum wants you to think differently about art.",
        "Our coach always wants us to think positive.",
        "This book wants you to think critically about history.",
        "The marketing team wants us to think bigger this quarter.",
    ],
)
def test_thinking_in_a_manner_urged_is_no_spin(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He wants you to believe that I can't be president.",
        "He wants you to think I changed my position.",
        "They want you to believe only the bad news.",
    ],
)
def test_a_claim_framed_as_spin_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- "you are asked to believe": an instruction to jurors or students, no spin ---


@pytest.mark.parametrize(
    "text",
    [
        "As jurors, you are asked to believe the testimony only if it is credible.",
        "In this course you are asked to believe nothing without evidence.",
        "You were asked to believe the witness or not, and you chose.",
    ],
)
def test_an_instruction_to_believe_is_no_spin(text: str) -> None:
    assert "defiance" not in counted(text)


def test_we_are_asked_to_believe_stays_spin() -> None:
    text = "For years we were asked to believe that the factory was safe, and it wasn't."
    assert "defiance" in counted(text)


# --- "I think about" an approximate share is still a hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "I think about one in five families is behind on rent.",
        "I think about one out of every three stores will close.",
        "I think about as many as a third of the members will vote no.",
        "I think about as much as half the money is gone.",
    ],
)
def test_i_think_about_an_approximate_share_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


def test_i_think_about_one_thing_is_still_considering() -> None:
    assert "hedging" not in counted("I think about one thing: jobs.")
