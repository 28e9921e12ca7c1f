"""Lexicons 1.27.0: stance as the readers of real debate speech mark it (stop 33, read from
benchmarks/data/stance_debates8 and checked over the speech of the debates and the
polnear-train documents), each family beside the look-alikes it must not match. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- opposition declared with an intensifier: resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "I'm absolutely opposed to a national sales tax.",
        "I am totally opposed to it.",
        "I'm absolutely, adamantly opposed to that.",
        "We are strongly opposed to closing the base.",
    ],
)
def test_opposition_declared_with_an_intensifier_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm opposed to the death penalty.",  # a position, no intensifier
        "I'm not totally opposed to it.",
        "Are you totally opposed to it?",
        "Some senators are so vehemently opposed to the bill that they walked out.",
        "It was a measure strongly opposed by the unions.",
    ],
)
def test_a_plain_denied_asked_or_anothers_opposition_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- "I think about" a thing: considering, not a hedge; an amount after it still is ---


@pytest.mark.parametrize(
    "text",
    [
        "You know, I think about my grandmother.",
        "And so when I think about what we need to do, we have a long way to go.",
        "I think about it every day.",
        "I think about one thing: jobs.",
    ],
)
def test_thinking_about_a_thing_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think about 40 percent of them will vote.",
        "Many of them closed, I think about half of them.",
        "I think about two thousand people came.",
        "I think, about the tax, we were right.",
        "I think it's about time.",
    ],
)
def test_an_amount_guessed_or_a_claim_after_i_think_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- "I do think": an emphatic "do" does not end the hedge ---


def test_i_do_think_framing_a_claim_is_a_hedge() -> None:
    assert "hedging" in counted("But I do think we need to find out where it happens.")


def test_i_do_think_before_a_verdict_asserts_an_opinion_as_i_think_does() -> None:
    assert "hedging" not in counted("I do think we were right to pass it.")


@pytest.mark.parametrize(
    "text",
    ["I do think of myself as a moderate.", "I do think about it, every single day."],
)
def test_i_do_think_of_or_about_a_thing_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


# --- a charge denied on the evidence, more wordings: defiance; not under a condition ---


@pytest.mark.parametrize(
    "text",
    [
        "There isn't any evidence that the money was diverted - none whatsoever.",
        "The field was searched, and there wasn't one single iota of evidence of it.",
        "Not one shred of evidence was introduced at that hearing.",
    ],
)
def test_evidence_denied_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If there isn't any evidence, the judge will let him go.",
        "If there is no evidence, the judge will let him go.",
        "Isn't there any evidence of that?",
        "The police said there wasn't any evidence of a break-in.",
    ],
)
def test_evidence_denied_under_a_condition_asked_or_reported_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- another's claim framed as spin, whoever says it: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "He wants you to believe that I can't be president.",
        "The prosecution wants you to believe my client is a monster.",
        "And then we're asked to believe that they would pay it back.",
    ],
)
def test_a_claim_framed_as_spin_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wants you to believe in yourself.",
        "My coach wants us to believe in the system.",
        "He wants you to think about it before you sign.",
        "The teacher wants you to think for yourself.",
        "I would like you to think about that.",
        "We are asked to believe in miracles every Sunday.",
        "The senator said his rival wants you to believe the economy is fine.",
    ],
)
def test_encouragement_a_request_or_a_report_is_no_spin(text: str) -> None:
    assert "defiance" not in counted(text)


# --- "and I'm sorry to tell you": bad news announced, no apology ---


@pytest.mark.parametrize(
    "text",
    [
        "And I'm sorry to tell you that, you know, there is a record here.",
        "And I am sorry to say the plant will close next year.",
        "And I'm sorry, but marching is not a question of patriotism.",
    ],
)
def test_sorry_to_tell_is_no_apology(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We failed our customers, and I'm sorry.",
        "I let you down, and I'm sorry to the family.",
        "I was wrong, and I'm sorry, but we will rebuild.",
    ],
)
def test_and_im_sorry_after_a_failure_stays_an_apology(text: str) -> None:
    assert "concession" in counted(text)


# --- a claim about the speaker mocked with "somehow": defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "And that is the continued claim that somehow I am the villain here.",
        "Obviously, I disagree with this notion that somehow we did nothing.",
        "Now, my opponent suggests that somehow, you know, I'm too young for the job.",
    ],
)
def test_a_claim_mocked_with_somehow_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I knew that somehow I would find a way.",
        "I hope that somehow my son will forgive me.",
        "My coach had this idea that somehow we could win it all.",
        "Three down at half-time, and somehow we came back.",
        "She said that somehow I would find a way.",
        "I wanted to somehow say thank you to my mother.",
        "The doctor's suggestion that somehow the pills would help proved right.",
    ],
)
def test_somehow_in_a_hope_or_a_story_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- postponement with a conditional: a hedge, as "I'll think about it" ---


@pytest.mark.parametrize(
    "text",
    [
        "If they asked me to send troops, frankly, I would have to think about it.",
        "I'd have to look at it again before I vote.",
        "We'd need to study it.",
    ],
)
def test_a_conditional_postponement_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You would have to think about it.",
        "I would never have to think about money again.",
        "I would have to consider that a victory.",
    ],
)
def test_anothers_or_a_denied_need_to_think_or_a_judgment_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


# --- agreement stated by denying a quarrel: concession ---


@pytest.mark.parametrize(
    "text",
    [
        "I have no disagreement with the governor's position on that.",
        "Well, I don't have any quarrel with that.",
    ],
)
def test_a_quarrel_denied_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You said you had no quarrel with the President.",
        "He has no quarrel with the plan.",
        "I have a real disagreement with the governor on that.",
        "If I have no disagreement with the plan, I'll sign it.",
    ],
)
def test_anothers_or_a_stated_quarrel_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


# --- a plan of one's own for an act: resolve, as "I have a plan to" ---


@pytest.mark.parametrize("text", ["I have a plan for doing that.", "I have a plan for that."])
def test_a_plan_for_an_act_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a plan for that?",
        "If I have a plan for that, will you back it?",
        "He said I have a plan for that.",
    ],
)
def test_a_plan_asked_conditioned_or_reported_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- "clearly": resolve only when it boosts a commitment, as "certainly" ---


@pytest.mark.parametrize(
    "text",
    [
        "We need a commander in chief who clearly sets the mission.",
        "We can replace the car in those places where it clearly is not efficient.",
        "It ought to be on a clearly defined line.",
    ],
)
def test_clearly_as_a_manner_or_a_fact_judged_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text", ["We will clearly fight for every job.", "Clearly, we will never give up."]
)
def test_clearly_boosting_a_commitment_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- a description of one's record rejected: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "Let me begin by saying that my plan is not what the president described.",
        "That's not what the Constitution says.",
    ],
)
def test_a_description_rejected_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Isn't that what the president described?",
        "That is exactly what the president described.",
        "Is that not what the governor said last year?",
    ],
)
def test_a_description_asked_about_or_confirmed_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- "you're the one who" in thanks or praise: no blame turned back ---


@pytest.mark.parametrize(
    "text",
    [
        "You're the one who asked me to come tonight.",
        "You are the one that made this possible.",
        "You're the one who taught me to read.",
    ],
)
def test_you_are_the_one_in_thanks_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're the one that takes all the money from Wall Street.",
        "You're the one who gave us this mess.",
        "You're the one who brought us into this war.",
    ],
)
def test_you_are_the_one_in_a_retort_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)
