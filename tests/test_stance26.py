"""Lexicons 1.21.0: stance as the readers of real debate speech mark it (stop 26, read from
benchmarks/data/stance_debates2 and stance_news): "I think" before a duty hedges it and
no hedge makes a duty resolve; necessities foreseen, facts insisted on or assured,
conditions, the talk's own steps and "I must say" are no commitments; negated beliefs
are hedges; "I agree" grants a point; a debater's refusals, limits, rebuttals and
welcomed challenges are defiance; to negotiate is no giving way; another's confidence is
not the speaker's. Then the review of those rules: its look-alikes and misses, in the
first person too (a belief denied that states a conviction or rejects, agreement read
with its clause, a stand's words in another sense, pledges assured, the speaker's
confidence, steps of the talk). Every sentence here is invented, or a reviewer's input
(some quote real debates)."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted


def terms(text: str, category: str) -> set[str]:
    """The terms of ``text`` counted as ``category``."""
    matches = rhetoscope.analyze(text).matches
    return {m.term for m in matches.itertuples() if m.category == category}


# --- "I think" before a duty hedges it; "I believe" before one states a conviction ---


@pytest.mark.parametrize(
    "text",
    [
        "I think we have to seize the moment.",
        "I also think that we should give more visas to engineers.",
        "I think all of us should respect the court.",
        "If he lied to the committee, I think he should resign.",
        "I think we've got to be careful with the budget.",
        "I would say that everybody should be heard before a verdict.",
    ],
)
def test_i_think_before_a_duty_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I believe that we have to end the earmarks.",
        "I believe citizens ought to be allowed to vote by mail.",
        "I think we all know the roads are in bad shape.",
        "That, I think, is a mistake.",
    ],
)
def test_a_conviction_a_booster_or_a_verdict_after_i_think_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think we have to seize the moment.",
        "I believe that we have to end the earmarks.",
        "I think we must act now.",
        "So I think we are going to have to change the pension rules.",
    ],
)
def test_a_hedged_or_believed_duty_of_ours_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["I must refuse the offer.", "We have to do better, and we will.", "I think we will win."],
)
def test_my_own_must_and_a_pledge_stay_resolve_and_i_think_we_will_stays_hedged(
    text: str,
) -> None:
    expected = "hedging" if text.startswith("I think") else "resolve"
    assert expected in counted(text)


# --- necessities foreseen and spoken duties ---


@pytest.mark.parametrize(
    "text",
    [
        "We're going to have to use more gas and more coal.",
        "We will have got to find the money somewhere.",
        "We got to have health care for every family.",
        "We gotta cut the waste out.",
    ],
)
def test_a_necessity_foreseen_or_a_spoken_duty_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["We're going to build the plant in Ohio.", "We'll have the road open by May."],
)
def test_a_commitment_to_act_or_to_have_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- facts insisted on or assured ---


@pytest.mark.parametrize(
    "text",
    [
        "In fact, we had a long talk about our mothers one day.",
        "In fact, I'm for shrinking the size of the agency.",
        "But I can tell you this.",
        "I can assure you that if we had not acted, we would have been blamed.",
    ],
)
def test_a_fact_insisted_on_or_assured_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_in_fact_boosting_a_commitment_and_an_assurance_of_our_course_stay_resolve() -> None:
    assert "in fact" in terms("In fact, we will finish the bridge this year.", "resolve")
    assert "i can assure you" in terms("I can assure you we will finish the job.", "resolve")


# --- a condition, the talk's own steps, a hedged performative ---


@pytest.mark.parametrize(
    "text",
    [
        "If we're going to have a voucher plan, it ought to be run by the states.",
        "If we're gonna win this, each of us must do more.",
        "And I'll stop, Tom.",
        "But I'll respond to a couple of things you mentioned.",
        "Well, the program, I must say, is not one I would brag about.",
        "I must point out that the figures are wrong.",
    ],
)
def test_a_condition_a_step_of_the_talk_or_i_must_say_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're going to have a voucher plan in every state.",
        "We will stop the pipeline.",
        "We will respond to any attack on our allies.",
        "I must protect the people of this state.",
    ],
)
def test_commitments_that_look_like_them_stay_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- negated beliefs ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe that our relative strength is increasing.",
        "No, I don't believe it's going to happen.",
        "I do not think that they are.",
        "We do not believe the fire has spread.",
    ],
)
def test_a_negated_belief_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe in trickle-down government.",
        "I don't believe that.",
        "I don't believe a word of it.",
    ],
)
def test_a_creed_rejected_or_a_claim_disbelieved_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


# --- agreement granted ---


@pytest.mark.parametrize(
    "text",
    [
        "I agree with the president on that.",
        "Now, the senator and I do agree, this is a great country.",
        "There is one thing in his answer that we certainly agree on.",
        "I would agree that integrity is not a party issue.",
    ],
)
def test_agreement_stated_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If we agree on the budget, we can move on.",
        "We agree to disagree.",
        "Do you agree with the governor?",
        "I don't agree with you.",
    ],
)
def test_a_condition_an_impasse_a_question_or_a_disagreement_is_no_concession(
    text: str,
) -> None:
    assert "concession" not in counted(text)


# --- a debater's stand ---


@pytest.mark.parametrize(
    "text",
    [
        "I would not agree to any treaty that we cannot verify.",
        "I will not agree to another debate.",
        "That's where I draw the line.",
        "That is a misstatement of my position.",
        "So I welcome that challenge.",
        "I welcome a debate in the Senate about wages.",
        "And I have every right in the world to defend my record.",
    ],
)
def test_a_debaters_stand_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We need to draw the line between news and opinion.",
        "They have every right to protest.",
        "We welcome the new members of the board.",
    ],
)
def test_look_alikes_of_a_stand_are_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- negotiating ---


@pytest.mark.parametrize(
    "text",
    [
        "We have to use them to negotiate our trade deals.",
        "We have been negotiating with the union for months.",
    ],
)
def test_to_negotiate_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


def test_negotiation_refused_is_defiance() -> None:
    assert "defiance" in counted("We will not negotiate with a gun to our head.")


# --- confidence ---


@pytest.mark.parametrize(
    "text",
    [
        "It's important for NATO to be strong and confident.",
        "When you are proud and confident of your strength, you do not bluster.",
    ],
)
def test_anothers_confidence_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are confident the supply will meet demand.",
        "I'm quite confident of that.",
        "We are proud and confident of our record.",
    ],
)
def test_the_speakers_confidence_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- the review of 1.21.0 (rvstance): its inputs, first person included ---


@pytest.mark.parametrize(
    "text",
    [
        "I do not believe we should raise the retirement age.",
        "I do not believe we should have either compulsory arbitration or seizure.",
        "I don't believe we ought to pay our bills through inflation, through a phony "
        "interest rate.",
        "I don't believe we ought to have amnesty.",
        "I don't believe that bureaucrats in Washington should tell someone whether they can "
        "use contraceptives or not.",
        "I just don't believe we ought to be out there running down teachers.",
        "So I don't believe that we need to do what you've suggested here.",
        "We don't believe that law enforcement should delegate their responsibilities to "
        "private enterprise.",
    ],
)
def test_a_belief_denied_before_a_duty_is_a_conviction_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe for a minute that he cares about working families.",
        "I don't believe a single word of it.",
        "I don't believe that's true, and neither do the American people.",
        "I don't believe you, Marcus.",
        "I don't believe him.",
        "I don't believe this!",
        "We do not believe in bailouts.",
        "I don't believe, like the vice president does, in huge government.",
        "I don't believe, like my opponent does, in bigger government.",
        "I don't believe, I know, that the lawsuits are driving up costs.",
        "I don't believe, I know - that the lawsuits are causing health care costs to rise.",
    ],
)
def test_a_belief_denied_that_rejects_or_is_corrected_to_knowledge_is_no_hedge(
    text: str,
) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We do not believe the fire has reached the highway.",
        "I do not believe the President has the authority to do this.",
        "I don't believe you will like the new rules.",
        "I don't believe that it's going to rain.",
        "I don't believe, frankly, that the plant will reopen.",
    ],
)
def test_a_belief_denied_before_an_open_claim_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's not often that I agree with the governor, but he's right about this.",
        "I never thought I'd agree with Newt Gingrich on anything.",
        "I can't believe I agree with you.",
        "I can't believe I'm saying this, but I agree with the governor.",
        "I couldn't agree more with the senator.",
        "I could not agree with you more.",
        "I basically agree with Dick Cheney.",
        "We absolutely agree with the court's decision and will comply fully.",
        "There is one thing in his answer that we certainly agree on.",
        "I have to agree with the senator.",
        "And for the most part I agree with Senator McCain on many of the steps.",
    ],
)
def test_agreement_granted_in_any_spoken_form_is_a_concession_not_defiance(text: str) -> None:
    found = counted(text)
    assert "concession" in found and "defiance" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Whether or not I agree with the ruling, I will respect it.",
        "I don't think we agree on that.",
        "Unless we agree on a budget by Friday, the government shuts down.",
        "Once we agree on the price, we'll sign the contract.",
        "We agree on nothing except the date of the next meeting.",
        "I agree with almost nothing in his plan.",
        "By signing below, I agree to the terms and conditions of the lease.",
        "I'd agree if they paid for the extra hours.",
        "I agree with Tom, let's push the launch to March.",
        "Americans are mad, and I agree with them.",
        "Not that I agree with him.",
    ],
)
def test_agreement_that_grants_the_other_side_nothing_is_no_concession(text: str) -> None:
    counted_terms = terms(text, "concession") | terms(text, "defiance")
    assert not any("agree" in term for term in counted_terms)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't agree to that.",
        "I'd never agree to a deal like that.",
        "I can't agree to a deal that sells out our workers.",
        "We'll never agree to those terms.",
        "I will not agree to any tax increase on the middle class.",
    ],
)
def test_an_agreement_refused_in_any_spoken_form_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet Union may not agree to an inspection system.",
        "If we don't agree to their terms, the talks end.",
    ],
)
def test_anothers_refusal_or_a_refusal_in_a_condition_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_consent_to_the_other_sides_terms_stays_a_concession() -> None:
    assert terms("We agree to your terms.", "concession") == {"agree to your terms"}


@pytest.mark.parametrize(
    "text",
    [
        "That was a misstatement on my part, and I regret it.",
        "The senator later acknowledged a misstatement about his military record.",
        "The company restated its accounts after a misstatement of revenue in 2019.",
        "I draw the line between my work and my family, so please don't call after six.",
        "Where we draw the line on overtime is a question for the board.",
        "The question is where we draw the line.",
        "We welcome the debate team from Lincoln High, who won the state title.",
        "Tonight we welcome the contest winners to the stage.",
        "We welcome the debate on this important issue and look forward to working with all sides.",
        "We welcome you to tonight's debate.",
        "We have every right to be proud of our record.",
        "After the final whistle the coach told reporters: We have every right to be proud of "
        "what this team achieved.",
    ],
)
def test_a_stands_words_in_another_sense_are_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "That is a misstatement, of course, of my position.",
        "I would like to correct a misstatement of fact by the President.",
        "That's exactly where I draw the line.",
        "That's where we draw the line.",
        "I draw the line at lying to the voters.",
        "I welcome that comparison any day of the week.",
        "I welcome a debate in Congress about wages in this country.",
        "We welcome the fight.",
        "Senator, I have every right to decline to answer that question.",
        "We have every right to be here.",
    ],
)
def test_a_stand_in_the_first_person_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can assure you that the bridge will reopen by June.",
        "I can assure you that no family will be left behind.",
        "I can tell you that every one of those jobs will stay in Ohio.",
        "I can tell you right now, the safety of our students is my first priority.",
        "I can assure you that if I'm elected, every one of those taxes will be reviewed.",
        "But I can assure you that if I'm elected president, the whole spectrum of taxes will "
        "be gone through carefully.",
        "And I can tell you right now the security of your young men and women are my first "
        "priority.",
        "I feel very, very confident about our chances.",
        "I feel very, very confident about our chances on Tuesday.",
        "I, for one, remain confident that the jury will see the truth.",
        "I have always been extremely confident in this team.",
        "We at the ministry are confident the dam will hold.",
        "We will respond to each act of aggression with overwhelming force.",
        "We will respond to some of the worst abuses with criminal charges.",
        "Police Chief Ortiz told reporters: We will stop, search and question anyone carrying a "
        "weapon near the stadium.",
        "I will stop.",
        "I'll stop, I promise.",
        "I must tell my daughter the truth before she hears it from someone else.",
    ],
)
def test_a_pledge_the_speakers_confidence_or_duty_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can assure you that if we had known, we would have acted sooner.",
        "I can assure you that no decision has been made.",
        "I can tell you that tomorrow morning, a lot of people in Hempstead will wake up and "
        "find that the price of gas is over $4 a gallon.",
        "I can tell you that if you were to elect him, you know what you're going to get.",
        "Investors remain confident that the merger will close by June.",
        "I think the generals are confident.",
        "We will respond to each of your questions in writing.",
        "And I'll stop, Tom, and you didn't even wave.",
        "I'll respond to some of the things he said.",
        "I must tell you, this is the hardest decision I have made.",
        "I must remind the members that the vote is at noon.",
        "I must remind him the Democrats have controlled the Congress for 22 years.",
        "Under our rules, I must ask this question of you.",
    ],
)
def test_a_fact_assured_anothers_confidence_or_a_step_of_the_talk_is_no_resolve(
    text: str,
) -> None:
    assert "resolve" not in counted(text)
