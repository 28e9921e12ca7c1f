"""Lexicons 1.21.0 (second part): defiance in debate and news speech: a flat denial of
what the other side said ("That's just not the facts", "Wrong.", "What he said just isn't
true", "He's simply wrong"), a disagreement pressed ("I strongly disagree", "I disagree
with that"), the charge denied ("I deny that"), the record put straight, the claim waved
away ("Give me a break"), a stand on one's record and decisions ("I'll stand by those
decisions"). Each family with look-alikes that must not fire: questions, negations,
reports of others, admissions, qualified truths, neutral differences. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted


def defiant(text: str) -> bool:
    return "defiance" in counted(text)


# --- the verdict's subject: the adversary's pronoun, the speaker's "I think", another's
# words in a free relative ---


@pytest.mark.parametrize(
    "text",
    [
        "He's just wrong.",
        "They're simply wrong about the tariffs.",
        "Senator, you are flat wrong.",
        "And I think it's a myth.",
        "Everything he just said is false.",
        "What my opponent is telling you is a complete fabrication.",
        "That's a bunch of malarkey.",
    ],
)
def test_a_verdict_on_the_adversary_or_his_words_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm just wrong about that sometimes.",
        "What I said was just wrong.",
        "Nothing he said is false.",
        "I hope he's simply wrong about the storm.",
        "I know they were simply wrong to trust us.",
        "He said it was simply false.",
    ],
)
def test_an_admission_a_grant_a_hope_or_a_report_is_no_verdict(text: str) -> None:
    assert not defiant(text)


# --- another's words as the object of a saying: the verdict after them is the speaker's ---


@pytest.mark.parametrize(
    "text",
    [
        "Candy, what the governor said just isn't true.",
        "What he told you tonight is simply false.",
        "He says I raised taxes, and that's not true.",
        "She claims we hid the report, and that is simply not the case.",
    ],
)
def test_a_verdict_after_anothers_words_is_the_speakers(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "He said that was not true.",
        "The minister says the figures are simply false.",
        "They thought that what we planned was not true to the party.",
    ],
)
def test_a_verdict_inside_a_report_stays_the_reporteds(text: str) -> None:
    assert not defiant(text)


def test_a_thought_free_relative_still_reports_its_clause() -> None:
    # "what the interviewers thought was plausible": *what* is the subject of the thought
    assert "hedging" not in counted("He went beyond what his interviewers thought was plausible.")


# --- a truth negated of another's claim ---


@pytest.mark.parametrize(
    "text",
    [
        "That's just not the facts.",
        "Sorry, but that is not the facts.",
        "Those are not the facts.",
        "It is not a fact.",
        "That's not correct.",
        "That isn't so.",
        "They're not correct, and the record shows it.",
        "Nothing Governor Lane just said is true.",
        "None of that is accurate.",
    ],
)
def test_a_truth_denied_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's not entirely accurate.",
        "That's not quite correct.",
        "It's not so much the money as the time.",
        "Is that not correct?",
        "That is not correct, the spokesman said.",
        "It is not correct to assume the worst.",
    ],
)
def test_a_softened_qualified_asked_or_reported_truth_is_no_denial(text: str) -> None:
    assert not defiant(text)


# --- the verdict said alone ---


@pytest.mark.parametrize(
    "text", ["Wrong.", "No, wrong.", "Wrong, Senator.", "False.", "Absolutely false.", "Not so."]
)
def test_a_verdict_said_alone_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text", ["Wrong choice.", "Wrong?", "Wrong, he did it.", "Not so fast.", "False alarm."]
)
def test_a_verdict_before_a_noun_asked_or_with_a_clause_is_not_alone(text: str) -> None:
    assert not defiant(text)


# --- the charge denied in the first person ---


@pytest.mark.parametrize(
    "text",
    [
        "I deny that.",
        "I deny it, and I always will.",
        "We deny the allegations in their entirety.",
        "I deny that I ever met him.",
    ],
)
def test_the_charge_denied_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "He denies it.",
        "I don't deny that we made mistakes.",
        "You can't deny that.",
        "They deny us the vote.",
        "If I deny it, nobody believes me.",
    ],
)
def test_anothers_denial_a_denial_denied_or_deny_as_withhold_is_not(text: str) -> None:
    assert not defiant(text)


# --- the record put straight by the speaker ---


@pytest.mark.parametrize(
    "text",
    [
        "Let me set the record straight.",
        "Well, first, uh, let me set the record straight.",
        "So let's get the record straight.",
        "I just have to correct the record here.",
        "Just to correct the record, the senator voted against it twice.",
        "Let me again try to correct the record on the matter of the islands.",
    ],
)
def test_the_record_put_straight_by_the_speaker_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "David Brock, founder of Correct the Record, called on the senator.",
        "She logged on to her account to correct the record against him.",
        "She should correct the record.",
        "I accept that my testimony was inaccurate, and I want to correct the record.",
        "Will you set the record straight?",
    ],
)
def test_a_group_anothers_correction_an_own_correction_or_a_question_is_not(
    text: str,
) -> None:
    assert not defiant(text)


# --- a disagreement pressed on the other side ---


@pytest.mark.parametrize(
    "text",
    [
        "I disagree.",
        "I strongly disagree.",
        "Well, I fundamentally disagree with that.",
        "I disagree, strongly disagree with that.",
        "I disagree completely with the senator on this point.",
        "I disagree with the premise of your question.",
        "I disagree that we need a hundred thousand troops in Europe.",
        "I disagree with Mr. Perot that the answer is a gas tax.",
        "I couldn't disagree with her more.",
        "Let me sharply disagree with the President on sharing the technology.",
        "I don't agree.",
        "I don't agree with the senator that the island is lost.",
    ],
)
def test_a_disagreement_pressed_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Vice President and I disagree on this.",
        "On that question the Vice President and I disagree.",
        "Where we disagree is in the means.",
        "Honest people can disagree.",
        "May I disagree with the premise of your question?",
        "I disagree with him on this, because the data are thin.",
        "I disagree with the governor in how to do it.",
        "I would disagree with it.",
        "I don't disagree with that.",
        "I couldn't agree more.",
        "We don't agree on everything.",
        "I don't necessarily agree.",
        "If you don't agree, vote for the other man.",
        "I disagreed with the administration.",
    ],
)
def test_a_difference_stated_a_question_a_hedge_or_agreement_is_not(text: str) -> None:
    assert not defiant(text)


def test_a_booster_beside_a_rebuttal_is_no_resolve() -> None:
    assert "resolve" not in counted("Obviously, I disagree with this notion that we did nothing.")


# --- the claim waved away, a stand on one's record and decisions ---


@pytest.mark.parametrize(
    "text",
    [
        "Oh, give me a break.",
        "A hundred trillion dollars, give me a break.",
        "There's a reason he's bringing up all this malarkey.",
        "We reject those claims, which are meritless.",
        "I'll stand on my record on that.",
        "I'll stand by those decisions, because they were right.",
        "I will stand by every vote I've cast on this.",
        '"I stand by everything I said during the campaign," he said.',
    ],
)
def test_a_claim_waved_away_or_a_stand_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you give me a break on the price?",
        "Give me a break from the noise.",
        "We will stand by our allies.",
        "He will stand by his decision.",
        "If I stand by my decision, I lose the vote.",
    ],
)
def test_a_rest_asked_for_an_ally_supported_or_anothers_stand_is_not(text: str) -> None:
    assert not defiant(text)


# --- the adversary challenged to prove a claim ---


@pytest.mark.parametrize(
    "text",
    [
        "Show me one accomplishment toward Medicare that he has made.",
        "Name one law enforcement group that came out in support of you.",
        "I would ask him to name one president who led this nation into war.",
        "Find me a single economist who agrees with him.",
        "Point to one bill he passed.",
    ],
)
def test_a_challenge_to_prove_a_claim_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you name one thing you respect in your opponent?",
        "I can name one example.",
        "Let me name one thing we did right.",
        "They asked me to show them around.",
    ],
)
def test_a_question_an_offer_or_a_plain_showing_is_no_challenge(text: str) -> None:
    assert not defiant(text)


# --- the floor held against an interruption ---


@pytest.mark.parametrize(
    "text",
    [
        "Let me finish.",
        "Let me finish, please.",
        "Mr. President, I'm still speaking.",
        "Senator, I'd ask you to let me finish my answer.",
    ],
)
def test_the_floor_held_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let me finish by thanking the League of Women Voters.",
        "It's a long subject, and you wouldn't let me finish tonight.",
        "Will you let me finish?",
        "I'm speaking to you tonight as a father.",
    ],
)
def test_closing_words_a_complaint_or_a_question_is_no_floor_held(text: str) -> None:
    assert not defiant(text)


# --- an opening quotation mark opens a clause ---


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe disagree strongly with those claims,\u201d she said.",
        '"I completely disagree with the assertion," he said.',
        "\u201cI stand by everything I said during the campaign,\u201d he said.",
    ],
)
def test_a_quotation_opens_the_speakers_clause(text: str) -> None:
    assert defiant(text)


# --- "not true" qualified or a self-reproach denied is no rebuttal ---


@pytest.mark.parametrize(
    "text",
    [
        "That's not true of the suburbs.",
        "It isn't true for the older plants.",
        "It's not true that I never made mistakes.",
        "It isn't true that we didn't try.",
    ],
)
def test_a_qualified_truth_or_a_denied_self_reproach_is_no_rebuttal(text: str) -> None:
    assert not defiant(text)


@pytest.mark.parametrize(
    "text", ["That's not true, Senator.", "It is not true that everyone knows how to fix it."]
)
def test_not_true_of_a_claim_stays_a_rebuttal(text: str) -> None:
    assert defiant(text)


# --- another's expectation that the speaker will yield, mocked in a question ---


@pytest.mark.parametrize(
    "text",
    [
        "You think I'm going to change?",
        '"You think I\'m going to change?"',
        "They think we'll fold by Friday?",
        "Did management really think we'd just fold after one week?",
        "You think I'm scared of some kid on the internet?",
        "Does anyone think we will back down?",
    ],
)
def test_an_expectation_of_our_yielding_mocked_is_defiance(text: str) -> None:
    assert defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you think we'll win?",
        "What do you think we should do?",
        "Do you think we're meeting our obligations properly?",
        "I think we'll fold?",
        "You think I'm going to change.",
    ],
)
def test_a_sincere_question_our_own_guess_or_a_statement_is_no_taunt(text: str) -> None:
    assert not defiant(text)


# --- review of the branch (rvdefy): misfires on news narration, email, minutes, fiction ---


@pytest.mark.parametrize(
    "text",
    [
        # 1: a sincere question of a future, no give-way expected
        "You think I'll need a coat tonight?",
        "You think we'll be done by Friday?",
        "So you think we'll get a raise this year?",
        "Your mother thinks we'd like the new house?",
        '"You think we\'ll ever see him again?" she asked quietly.',
        "Do you really think I'll get the job?",
        # 2: a prompt, an instruction, a request
        "Researchers asked each participant to name one thing they were grateful for.",
        "The teacher asked the children to name one animal that lives in the ocean.",
        "Mr. Liu asked the board to name one member to the search committee.",
        "Name one person who helped you this year and thank them tonight.",
        "Show me one of the samples before you send the whole batch.",
        "Point to one of the pictures on the card and say its name.",
        "Cite one source from the reading in your answer.",
        # 3: an outcome narrated, a belief corrected by an explainer
        "The company said deliveries would resume Monday, but that was not the case.",
        "She hoped the storm would pass by morning. That was not the case.",
        "But that wasn't the case, and the plant closed two years later.",
        # 4: a thing, not a claim, found wrong
        "I checked the shipping address on the order and it's not correct.",
        "Please try the old password again; it is not correct.",
        # 5: the record corrected clerically or of one's own words
        "I'd like to correct the record to reflect that Councilmember Ruiz voted no on item four.",
        "I need to correct the record: the figure I gave earlier was off by a million.",
        # 6: a request, a claim for money, an objection refused
        "After careful review, we deny this claim because the damage predates the policy.",
        "I deny that request for an extension, since the deadline was set in March.",
        "Counsel, I've heard your objection, and I deny it.",
        "I deny it to myself every morning.",
        # 8: a pseudo-cleft reports what was said
        "What the senator said was that the report is a complete fabrication.",
        # 9: a quoted label, a nested quotation of others
        "Forty percent of respondents answered 'I strongly disagree' when shown the statement.",
        "\u201cWhat we\u2019re seeing is a revolt of parents who are saying, \u2018we are not "
        "going to do this.\u2019\u201d",
        # 10: agreement as strong as can be
        "I can't agree with that more, Sarah.",
        "I can't agree with you more on that.",
        # 12: a verdict qualified
        "Wrong, but not a crime.",
        # 13: another's verdict paraphrased
        "The minister called the report meritless and said he would not resign.",
        # a conditional is no stand
        "I would stand by that decision if the board agreed.",
    ],
)
def test_review_misfires_are_not_defiance(text: str) -> None:
    assert not defiant(text)


@pytest.mark.parametrize(
    "text",
    [
        # 7: the source's paraphrased words in news stay reported
        "The coach said Jones will not play on Sunday, and that's final.",
        "Smith said the plant will close in June, and that's not negotiable.",
    ],
)
def test_review_and_thats_after_a_news_report_stays_reported(text: str) -> None:
    assert not counted(text)


@pytest.mark.parametrize(
    "text",
    [
        # 11: the broken-off "don't -" negates nothing after the dash
        "I don't - let me finish, sir.",
        # misses the rules should cover
        "Name me one thing he has done for this state.",
        "Give me one example of a tax he has cut.",
        "You think I'm afraid of him?",
        "Did the governor really think we'd just go home quietly?",
        "I don't agree that's the right approach.",
        # kept: the real-debate and clear cases of the same rules
        "Name one regulation this agency has repealed in the last five years.",
        "Senator, that's simply not the case, and you know it.",
        "That is not correct.",
        "Senator, it's not true.",
        "Let me set the record straight about his votes.",
        "I deny that I ever met him.",
        "We categorically deny that any player was paid.",
        "I deny it.",
        "\u201cI fundamentally disagree,\u201d Bednarek said.",
    ],
)
def test_review_misses_and_kept_cases_are_defiance(text: str) -> None:
    assert defiant(text)
