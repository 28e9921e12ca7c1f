"""Lexicons 1.28.0: stance as the readers of real debate speech mark it (stop 34, read from
benchmarks/data/stance_debates9 and checked over the speech of the debates and the
polnear-train documents), each family beside the look-alikes it must not match. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- the speaker's own plan or proposals put forward: resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "I've proposed a plan that can clean it up within four years.",
        "I have put forward a plan to make sure we free ourselves from foreign oil.",
        "I've laid out a plan by which we can win.",
        "And I have proposals to simplify it.",
        "I've got proposals to make sure Medicare is there for them.",
    ],
)
def test_a_plan_or_proposals_put_forward_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You have proposed a plan combining tax increases and cuts.",  # another's
        "Have I proposed a plan to do that?",
        "If I have proposals to cut it, will you vote for them?",
        "He said I've put forward a plan to cut taxes.",
        "I haven't proposed a plan to raise taxes.",
        "I have a proposal to make: let's vote.",  # a step of the talk
        "I have a proposal to make to the committee.",
    ],
)
def test_anothers_asked_denied_or_a_proposal_to_make_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- an attack on the speaker named to rebut it: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "Of course, the vice president is questioning my patriotism.",
        "You have questioned my integrity for a month.",
        "Senator Dole has criticized me for working with the U.N.",
        "You even plotted how to attack me for going to Russia.",
    ],
)
def test_an_attack_on_the_speaker_named_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not questioning his patriotism.",  # the speaker's own restraint
        "Don't blame me for asking.",
        "He didn't criticize me for that.",
        "Nobody attacked me for that.",
        "Thank you for not attacking me for my age.",
        "They never questioned my integrity.",
        "The bowler hit me for six in the nets.",  # a blow, not a charge
        "Why would anyone question my judgment on that?",
    ],
)
def test_an_attack_denied_thanked_or_a_blow_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- the listener's memory appealed to: no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "You might remember the stock market started to decline.",
        "As you may recall, there was a fight over affirmative action.",
        "Some of you may remember the riots there.",
        "You may have seen your premiums go up.",
    ],
)
def test_the_listeners_memory_appealed_to_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I might remember it wrong.",  # the speaker's own memory
        "You may be right about that.",
        "You might want to check that.",
        "You might remember that, but perhaps it was later.",  # another hedge beside it
    ],
)
def test_the_speakers_doubt_beside_or_another_may_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- another's proposal attributed with "as X suggests": no hedge of the speaker's ---


@pytest.mark.parametrize(
    "text",
    [
        "I am not going to roll over, as Mr. Mondale suggests, and give them something.",
        "It gets larger, not smaller as the President suggests.",
    ],
)
def test_anothers_proposal_attributed_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["As the evidence suggests, it works.", "The data suggests it may work."],
)
def test_evidence_that_suggests_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- a commitment asked about ("the question is what we're going to do"): no resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "The question is what we're going to do in the future.",
        "Now the issue is what we're going to do about it.",
        "People follow our campaigns, trying to get hints about what we will do.",
        "You will decide how we will spend it.",
    ],
)
def test_a_commitment_asked_about_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here's what we're going to do: cut taxes.",
        "What we're going to do is cut taxes.",
        "I'll tell you what we'll do: we'll cut taxes.",
        "Let me tell you how we're going to pay for it.",
        "The question is what we're going to do, and we will cut taxes.",
    ],
)
def test_a_plan_announced_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- the course announced as "what I want to do is": resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "And what I want to do is continue the tax cuts.",
        "What I want to do is to send flexibility to the local folks.",
        "What we want to do is to replenish the Trust Fund.",
        "And what I would like to do is see the Guard deployed differently.",
        "What I want to do is give every family a tax credit.",
        "What I want to do is get rid of the loopholes.",
        "What I want to do is make sure that every child can read.",
    ],
)
def test_the_course_announced_as_what_i_want_to_do_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "What I want to do is ask you both a question.",  # a moderator's step of the talk
        "What I'd like to do is to talk about the economy.",
        "What I'd like to do is move to the next question.",
        "What I want to do is get both of you to respond to that.",
        "What I'd like to do is give each of you a minute.",
        "What I want to do is go to the audience now.",
        "What I'd like to do is let the governor respond.",
        "What I want to do is make a point about the record.",
        "Is that what you want to do?",
        "He said what he wants to do is cut taxes.",
        "I don't know what I want to do.",
    ],
)
def test_a_step_of_the_talk_or_anothers_wish_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- a charge of taking money denied outright: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "I have not taken a single penny from any country, whatsoever, ever.",
        "I haven't taken a penny of foreign money.",
        "I've never accepted a dime from them.",
    ],
)
def test_a_charge_of_taking_money_denied_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He hasn't taken a penny from them.",  # another's record
        "Have I taken a penny from them?",
        "If I have not taken a penny, why would they pay me?",
        "I've never received a cent in royalties, sadly.",  # no charge answered
    ],
)
def test_anothers_asked_or_a_complaint_of_no_money_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- agreement with another stated with a shared subject ("X and I are in agreement") ---


@pytest.mark.parametrize(
    "text",
    [
        "I think the Vice President and I are in general agreement on what we have to do.",
        "Now, Governor Romney and I do share a deep interest in small-business growth.",
        "The governor and I both share that goal.",
    ],
)
def test_agreement_with_a_shared_subject_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor and I are not in agreement on that.",
        "I'm a Southerner, and I share the basic beliefs of my region.",  # no pair
        "He said he and I are in agreement.",
    ],
)
def test_agreement_denied_reported_or_a_belief_shared_with_no_one_is_no_concession(
    text: str,
) -> None:
    assert "concession" not in counted(text)


# --- agreement stated by denying a disagreement: concession ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't disagree with anything that the President said, except he waited four years.",
        "I certainly don't disagree that we ought to get our troops home.",
        "I wouldn't disagree with that.",
    ],
)
def test_a_disagreement_denied_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't disagree more.",  # the strongest disagreement
        "I couldn't disagree with her more.",
        "He doesn't disagree with that.",
        "Do you disagree with that?",
    ],
)
def test_couldnt_disagree_more_anothers_or_asked_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


# --- a plan, an ad or words pinned on the speaker disowned: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "That is not my plan.",
        "It's uh, that wasn't my ad.",
        "You may keep calling it a tax cut, but that's not my plan.",
        "Those are not my words.",
    ],
)
def test_a_record_pinned_on_the_speaker_disowned_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's not my plan to run again.",  # an intention denied
        "That's not my idea of fun.",
        "That's not my job.",
        "Is that not my plan?",
        "He said that's not my plan.",
        "That's my plan.",
    ],
)
def test_an_intention_denied_asked_reported_or_owned_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- every form of "it's essential that we" is a duty urged, as that one is ---


@pytest.mark.parametrize(
    "text",
    [
        "That's why it's essential we win.",
        "It is essential that we extend freedom, extend it to all the world.",
        "It's vital that we do so.",
        "It is imperative that we act.",
    ],
)
def test_a_duty_of_ours_urged_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["We will win, and it's essential that we do.", "It's necessary we win."],
)
def test_a_commitment_beside_it_or_its_necessary_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)
