"""Lexicons 1.29.0: stance as the readers of real debate speech mark it (stop 35, read from
benchmarks/data/stance_debates10 and checked over the speech of the debates and the
polnear-train documents), each family beside the look-alikes it must not match. Every
sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- a claim put in the speaker's mouth denied, with its clause: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "I didn't say we had the worst schools in the world.",
        "I have never said I oppose nuclear power.",
        "No, I never said he was a crook.",
        "I didn't say either of those things.",
        "We never said there were no troops there.",
    ],
)
def test_a_claim_put_in_the_speakers_mouth_denied_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I didn't say anything at the time.",
        "I never said goodbye to him.",
        "I didn't say much at the meeting.",
        "I never said I loved her, and I regret it.",  # a story told
        "He never said we would win.",  # another's
        "Did I say I would?",
        "If I didn't say I was grateful, I should have.",
        "I never said I wouldn't run again.",  # an intention clarified
        "We never said we would give up the land.",
        "I didn't say it well.",
    ],
)
def test_a_story_another_a_question_or_a_condition_is_no_rebuttal(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a view pinned on the speaker disowned: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "That is not my view, and it ought to be stated clearly on the record.",
        "That's not my value system.",
        "You can call it a tax cut for the rich, but that's not my view.",
    ],
)
def test_a_view_pinned_on_the_speaker_disowned_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's not my view alone; the generals hold it too.",  # shared
        "Is that not my view?",
        "He says that's not my view.",
        "My view is that we should wait.",
    ],
)
def test_a_view_shared_asked_or_reported_is_no_rebuttal(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a charge of taking money denied outright (money from): defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "I never got any money from that country.",
        "I don't get money from foreign governments.",
        "I have never taken a dime from the oil companies.",
    ],
)
def test_a_charge_of_taking_money_denied_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He doesn't get money from them, he says.",  # another's
        "Do you get money from the unions?",
        "I don't make money from my blog; it's a hobby.",  # a living told
        "I didn't make any money from that book.",
        "I got money from my parents for college.",
    ],
)
def test_anothers_asked_or_money_made_is_no_rebuttal(text: str) -> None:
    assert "defiance" not in counted(text)


# --- the speaker's own duty or obligation taken on: resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "I have a solemn duty to protect the American people.",
        "I've got an obligation to make sure the government works for you.",
        "But I have an obligation to fight for those schools.",
    ],
)
def test_the_speakers_own_duty_taken_on_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a duty to inform you that the meeting is adjourned.",  # a chair's
        "I have an obligation to disclose that I own shares in the firm.",
        "We have a duty to protect our children.",  # a duty urged
        "Do I have an obligation to answer that?",
        "I don't have an obligation to answer that.",
        "He has a duty to protect us.",
        "You said I have a responsibility to fix it.",
    ],
)
def test_a_step_of_the_talk_a_duty_urged_asked_or_anothers_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- "I would say this: / further / first of all" announcing a step of the talk: no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "I would say this: that we expect to pick up some seats in the Senate.",
        "Third, I would say this with regard to the report: our standing is high.",
        "I would say further that the charge misses the mark.",
        "Well, I would say first of all that the statement will not help us.",
    ],
)
def test_i_would_say_announcing_a_step_of_the_talk_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would say that everybody should be heard before a verdict.",
        "So I would say our prestige is not so high.",
        "I would say almost everything I see comes from one side.",
        "Well, I would say first of all, I think, it's a very good question.",
    ],
)
def test_i_would_say_before_a_claim_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- a step of the talk hoped for: no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "We have done a lot more, and I hope we get a chance to talk about it.",
        "We have a good package, which I hope we will discuss later.",
        "I hope we'll have a chance to get into that tonight.",
        "Jim, I hope that we can come back to the subject of schools.",
    ],
)
def test_a_step_of_the_talk_hoped_for_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope we can win this war.",
        "I hope we can talk to the Russians.",  # a talk with another side
        "I hope we can come back to the table with Iran.",
        "I hope we can get the Russians to talk about arms control.",
        "I hope we will never return to those days.",
    ],
)
def test_a_hope_for_an_outcome_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- a refusal to let the other side have its way, with "not going to": defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to allow that to happen.",
        "I'm not going to allow our elections to be stolen.",
        "We're not going to legitimize you.",
        "And I'm not going to stand for somebody saying that.",
        "We're not going to let up the pressure until they comply.",
    ],
)
def test_a_refusal_with_not_going_to_let_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to let you down.",  # a promise
        "We're not going to let those families go hungry.",
        "We're not going to let anybody fall through the cracks.",
        "We are not going to let a few bad weeks define this company.",  # circumstances
        "We're not going to let this setback get us down.",
    ],
)
def test_a_promise_not_to_let_someone_down_is_resolve_not_defiance(text: str) -> None:
    found = counted(text)
    assert "resolve" in found
    assert "defiance" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Are we not going to let them vote?",
        "He said I'm not going to let them in.",
        "They're not going to allow it.",  # another's
        "I'm not going to let him walk home alone in the dark.",  # a permission to one's own
        "We're not going to allow the children to stay up late.",
    ],
)
def test_a_question_reported_anothers_or_a_permission_is_no_refusal(text: str) -> None:
    assert "defiance" not in counted(text)


# --- "lay down my arms": the persons of "lay down our arms" ---


def test_refusing_to_lay_down_my_arms_is_defiance() -> None:
    assert "defiance" in counted(
        "And I am not going to lay down my arms in the middle of the campaign."
    )


def test_laying_down_our_weapons_is_concession() -> None:
    assert "concession" in counted("We laid down our weapons and went home.")


# --- a future that commits to nothing: a result forecast, a need denied: no resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "And if it gets overturned, then we'll end up with the courts deciding it.",
        "Or we're going to end up losing the best care in the world.",
        "If we do that, we won't have to take military action.",
    ],
)
def test_a_result_forecast_or_a_need_denied_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll end the war.",
        "We will not have a draft.",
        "We won't have to raise taxes, and we will balance the budget.",
    ],
)
def test_a_course_or_a_pledge_beside_them_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- a role-play "If I'm the president right now": no course under the office sought ---


@pytest.mark.parametrize(
    "text",
    [
        "If I'm the president right now, I'm worried.",
        "If I'm president today, I'd be nervous about the markets.",
    ],
)
def test_a_role_play_as_president_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_course_under_the_office_sought_stays_resolve() -> None:
    assert "resolve" in counted(
        "If I'm the president, we're going to have direct access to doctors."
    )


# --- the question answered is a step of the talk: no resolve ---


@pytest.mark.parametrize(
    "text",
    [
        "Help me with the question and I'll try to answer it.",
        "Barbara, I'll try to answer your question.",
        "I'll answer that question first.",
        "I'll try to respond to that.",
    ],
)
def test_answering_the_question_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will answer any attack with force.",
        "We will try to respond to the crisis.",
        "I'll try to fix it.",
    ],
)
def test_a_course_with_answer_or_respond_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- present-tense thanks after "you're the one who": no blame turned back ---


@pytest.mark.parametrize(
    "text",
    [
        "You're the one who makes this possible.",
        "Mom, you are the one that keeps us going.",
        "You're the one who gives me hope.",
        "You're the one that I love.",
    ],
)
def test_present_tense_thanks_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're the one that sent the pictures around.",
        "You're the one who makes the rules here, so change them.",
    ],
)
def test_blame_turned_back_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- support withheld in the primary, a record narrated: no defiance ---


def test_support_withheld_in_the_primary_is_no_defiance() -> None:
    assert "defiance" not in counted("I did not support him in the primary, but I voted for him.")


@pytest.mark.parametrize(
    "text",
    ["I did not support the bill.", "I did not support the war, and I said so in the primary."],
)
def test_a_position_denied_stays_defiance(text: str) -> None:
    assert "defiance" in counted(text)


# --- sarcastic praise of a harm done: no credit given ---


@pytest.mark.parametrize(
    "text",
    [
        "She did a great job of destroying the state.",
        "He did a terrific job of wrecking our schools.",
    ],
)
def test_sarcastic_praise_of_a_harm_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text", ["He did a good job of working with the governors.", "She did a great job."]
)
def test_credit_given_stays_a_concession(text: str) -> None:
    assert "concession" in counted(text)


# --- a conviction intensified, "I feel very strongly / passionately": resolve, no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "That's what I feel passionately about.",
        "But I feel very strongly about that.",
        "I feel so strongly about this issue.",
    ],
)
def test_a_conviction_intensified_is_resolve_not_a_hedge(text: str) -> None:
    found = counted(text)
    assert "resolve" in found
    assert "hedging" not in found


@pytest.mark.parametrize(
    "text",
    ["I don't feel very strongly about it.", "Do I feel passionately about this?"],
)
def test_a_conviction_denied_or_asked_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_feeling_is_no_hedge() -> None:
    assert "hedging" not in counted("I feel very deeply sympathetic for the families.")


# --- blame for the trouble turned away: defiance ---


@pytest.mark.parametrize(
    "text",
    [
        "Again, see, I didn't create this problem.",
        "Just remember, I didn't create this mess.",
        "We did not start this war, but we will finish it.",
    ],
)
def test_blame_for_the_trouble_turned_away_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He didn't create this mess.",  # another's
        "Did I create this problem?",
        "I created this problem and I will fix it.",  # owned
        "If I didn't cause the crisis, who did?",
    ],
)
def test_anothers_asked_owned_or_conditioned_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a person not known is acquaintance, no hedge ---


@pytest.mark.parametrize(
    "text",
    ["And so I don't know the man well, but I've been disappointed in him.", "I don't know her."],
)
def test_a_person_not_known_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text", ["I don't know her position on that.", "I don't know if he will come."]
)
def test_a_matter_not_known_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- "a little bit later / earlier", a time of the talk: no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "Homeland security, which we'll talk about a little bit later.",
        "I see we still have a little bit more time.",
    ],
)
def test_a_time_of_the_talk_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text", ["It's a little bit more expensive.", "It came a little bit later than we hoped."]
)
def test_an_approximation_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)
