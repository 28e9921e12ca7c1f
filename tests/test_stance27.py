"""Lexicons 1.22.0: stance as the readers of real debate speech mark it (stop 27, read from
benchmarks/data/stance_debates3 and checked over the speech of the 35 debates). Every
sentence here is invented, or quotes a debate for a construction found there many
times."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted


def terms(text: str, category: str) -> set[str]:
    """The terms of ``text`` counted as ``category``."""
    matches = rhetoscope.analyze(text).matches
    return {m.term for m in matches.itertuples() if m.category == category}


# --- the conditional pledge: "I would" + an act the speaker undertakes ---


@pytest.mark.parametrize(
    "text",
    [
        "I would restore the weekly press conference.",
        "And so, I would pick judges who read the law as written.",
        "But I would certainly not raise the gas tax.",
        "I wouldn't sign a budget that cuts the veterans' hospitals.",
        "I'd get rid of that loophole from day one.",
        "What I would do is appoint an inspector for every port.",
        "One thing I'd do is close the tax shelters.",
        "Well, I would repeal it and replace it.",
    ],
)
def test_a_conditional_pledge_is_resolve(text: str) -> None:
    assert "i would + a course" in terms(text, "resolve")


@pytest.mark.parametrize(
    "text",
    [
        # framing the speaker's words, judging or disclaiming
        "I would point out that the deficit doubled.",
        "I'd refer you to the department on that.",
        "I'd dispute that characterisation strongly.",
        "I wouldn't promise it tonight.",
        # a hedge of degree
        "I wouldn't go that far.",
        "I wouldn't read too much into one poll.",
        "I'd push back on the premise of the question.",
        # thought, wish, state, the past
        "I would assume it goes on on both sides.",
        "I would very much like to bring the troops home.",
        "I'd just as soon keep the government out of it.",
        "I would be glad to answer that.",
        "I would have voted against it.",
        "I'd been in public life for years.",
        "I'd asked for a commission from the start.",
        # a condition, another's clause, a question
        "If I had a dollar for every label, I'd qualify for a tax break.",
        "I'd take it back if I could.",
        "He said I would raise your taxes.",
        "Everyone knew that I would run.",
        "Would I run again?",
        "I would never get to talk about my plans.",
    ],
)
def test_no_act_undertaken_after_i_would_is_no_pledge(text: str) -> None:
    assert "i would + a course" not in terms(text, "resolve")


@pytest.mark.parametrize(
    "text",
    [
        "I think I would win that vote.",  # hedged before
        "I'd probably phase it in over two terms.",  # hedged after
        "I would compromise on the schedule.",  # a concession it governs
    ],
)
def test_a_hedged_pledge_or_one_to_give_way_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


def test_a_refusal_in_the_conditional_is_resolve_and_defiance() -> None:
    assert {"resolve", "defiance"} <= counted("I would never surrender the canal.")


def test_the_same_again_and_would_differently_keep_their_own_readings() -> None:
    assert terms("I'd vote for it again tomorrow.", "defiance") == {"i 'd ... again"}
    assert "resolve" not in counted("I voted for it, and I'd vote differently today.")


# --- a wish for others is no hedge; "I would say to" addresses; "I will say" frames ---


@pytest.mark.parametrize(
    "text",
    [
        "I hope the Congress will fully fund this bill.",
        "And I hope that he'll be out of office very shortly.",
        "We hope that their leadership takes the right decision.",
        "I hope it's going to be a fair election.",
        "I hope that will happen.",
        "I hope you will read our plans.",
    ],
)
def test_a_wish_for_others_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope we can do it.",
        "I hope as president that I've earned your trust.",
        "I hope so.",
        "I would hope that the senator will be a leader on this.",
        "I hope to finish the bridge by June.",
    ],
)
def test_a_hope_for_ones_own_course_or_i_would_hope_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would say to that person what I say to every family.",
        "And I'd say to the Reform party, take a look at our platform.",
    ],
)
def test_i_would_say_to_someone_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


def test_i_would_say_before_a_claim_stays_a_hedge() -> None:
    assert "hedging" in counted("I would say the recovery is fragile.")


@pytest.mark.parametrize(
    "text",
    [
        "But I will say, we are not doing the job we should be doing.",
        "Here's what I'll say about the $87 billion.",
        "I will say to you right now what I said in the primary.",
        "And I'll say something about the health law, which he wants to repeal.",
    ],
)
def test_i_will_say_frames_what_is_said(text: str) -> None:
    assert "resolve" not in counted(text)


def test_we_will_say_no_stays_a_refusal() -> None:
    assert "resolve" in counted("We will say no to the lobbyists.")


# --- "the fact is", "it is clear": a fact insisted on, resolve only beside a commitment ---


@pytest.mark.parametrize(
    "text",
    [
        "The fact is that there have been markets shut to us.",
        "The fact is, the take-home pay of a typical family is lower than in 1929.",
        "But it's clear they're there.",
        "It is clear to me that the party wants a new leader.",
    ],
)
def test_a_fact_insisted_on_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fact is, I will accept it.",
        "I wrote every word of that book and I'll say so in any court you like.",
    ],
)
def test_a_commitment_beside_the_fact_is_or_a_stand_said_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- a person or a claim disbelieved is a rebuff (defiance); a creed rejected is none ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe him.",
        "I don't believe a single word of it.",
        "I don't believe that at all.",
        "And I don't believe that at all I do believe there are rights and wrongs.",
        "I don't believe that's true.",
    ],
)
def test_a_person_or_a_claim_disbelieved_is_defiance(text: str) -> None:
    assert counted(text) == {"defiance"}


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe in trickle-down government.",
        "I don't believe, I know, that the lawsuits are frivolous.",
        "I don't believe it is.",
        "I don't believe that our strength is increasing.",
        "I don't believe it is fair to slap a 50-cent-a-gallon tax on drivers.",
    ],
)
def test_a_creed_rejected_or_a_claim_left_open_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- not knowing what another does, or why: no hedge; where they got a figure: a taunt ---


@pytest.mark.parametrize(
    "text",
    [
        "I don't know why he doesn't do it, but it's worth asking the question.",
        "I don't know how you align yourself with that movement.",
        "I have no idea what you're talking about.",
        "I don't know where he comes from.",
    ],
)
def test_not_knowing_what_another_does_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't know where he comes up with these numbers.",
        "I don't know where you got that number.",
        "Well, I don't know where my opponent got that figure.",
    ],
)
def test_not_knowing_where_another_got_a_figure_is_a_taunt(text: str) -> None:
    assert counted(text) == {"defiance"}


@pytest.mark.parametrize(
    "text",
    [
        "I don't know what the final cost will be.",
        "I don't know if I'll run again.",
        "We don't know who the rebels are.",
        "I don't know where the money would come from.",
    ],
)
def test_the_speakers_own_ignorance_stays_a_hedge(text: str) -> None:
    assert counted(text) == {"hedging"}


# --- another said to be right: a point granted (concession) ---


@pytest.mark.parametrize(
    "text",
    [
        "Senator Hale is absolutely right, we cannot allow that.",
        "But she is absolutely right.",
        "And Mr. Bush is right - the two go hand in hand.",
        "Senator Dole is correct.",
        "Governor Reyes was right that the bridge needs repair.",
        "He's absolutely right about the deficit.",
    ],
)
def test_another_said_to_be_right_is_a_point_granted(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "If he's absolutely right, we lose the vote.",
        "He is not right about that.",
        "On pay for teachers, Arkansas is right near the very bottom.",
        "I think the President was correct in ordering these flights.",
        "The decision was absolutely right.",
        "I actually said she's exactly right when you asked.",
        "Is Senator Hale right?",
        "The critics say he is absolutely right.",
    ],
)
def test_no_point_granted_without_a_person_said_to_be_right(text: str) -> None:
    assert "concession" not in counted(text)


# --- what will be, pledged on the speaker's tenure ---


@pytest.mark.parametrize(
    "text",
    [
        "It will remain strong, so long as I'm the president.",
        "That's going to change when I'm president of the United States.",
        "There will be no unilateral disarmament under my administration.",
        "Under my plan, every senior will get prescription drugs.",
        "As long as I am your president, Iran will not get a nuclear weapon.",
    ],
)
def test_a_future_tied_to_the_speakers_tenure_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You'll pay more under his plan.",
        "Will it change when you're president?",
        "When I was president, we cut taxes, and it will show.",
        "Prices will rise when the president signs it.",
        "It remained strong while I was president.",
    ],
)
def test_no_tenure_no_future_or_a_question_is_no_tenure_pledge(text: str) -> None:
    assert "resolve" not in counted(text)


# --- the talk's own steps: a courtesy of answering, the point one will make ---


@pytest.mark.parametrize(
    "text",
    [
        "I'll be glad to take a shot at it.",
        "I'll be glad to respond.",
        "I'd rather answer her question first and then I'll be glad to.",
        "And the last point I'll make, because we started on energy.",
        "The final point I'll make is about the budget.",
    ],
)
def test_a_courtesy_of_answering_or_the_point_one_makes_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll make sure every child can read.",
        "We will make the tough choices.",
        "Tough choices will be required, choices I am prepared to make.",
    ],
)
def test_make_with_its_own_object_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- evidentials with a dummy subject; another's uncertainty is no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "It's my understanding that the governor approves of the plan.",
        "We still have a deficit under each of their plans, as I understand them.",
    ],
)
def test_an_evidential_of_understanding_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our allies know it - they're not certain what we're going to do.",
        "He wasn't sure whether they were aligned with us.",
    ],
)
def test_anothers_uncertainty_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["I'm not sure.", "We're not certain the bridge will hold.", "It's not certain he'll come."],
)
def test_the_speakers_uncertainty_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- admissions: gone along with, misunderstood; the speaker's record misrepresented ---


@pytest.mark.parametrize(
    "text",
    [
        "I didn't want to do it and I went along with it.",
        "I guess I had misunderstood the governor's previous position.",
    ],
)
def test_going_along_or_a_misunderstanding_owned_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


def test_going_along_in_a_comparison_is_no_refusal() -> None:
    text = "My message is something people want to hear, more than just going along with them."
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You're running ads that misportray completely my position on immigration.",
        "Mr. Nixon misstates my figures constantly.",
        "That is a rank mischaracterization.",
        "In his last litany of misstatements.",
    ],
)
def test_the_speakers_record_misrepresented_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He twisted arms and got six Democrats to vote the other way.",
        "I thought it distorted the market and created inflation.",
        "He has a responsibility not to misstate the case.",
    ],
)
def test_a_distortion_of_something_else_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


# --- a disagreement pressed: after a spoken dash, with the other one named ---


@pytest.mark.parametrize(
    "text",
    [
        "The - and I just fundamentally disagree.",
        "I just disagree with Mr. Perot.",
        "And I don't agree with them.",
        "And if he's unwilling to do it, if he says ideology doesn't matter, I don't agree "
        "with him.",
    ],
)
def test_a_disagreement_with_the_other_one_named_is_pressed(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I disagree with him on this.",
        "Senator Kennedy and I disagree.",
        "The senator - and I disagree with him on this - voted no.",
        "I disagree with Senator McCain in how to do it.",
    ],
)
def test_a_neutral_difference_stays_none(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_report_in_a_second_if_clause_ends_at_its_comma() -> None:
    text = "And if he's late, if he says we'll fold, we won't."
    assert "resolve" in counted(text)


# --- a comparison of chances is no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "Three-quarters of them said it makes us less likely to hire people.",
        "Our border patrol will be more likely to focus on doing their job.",
    ],
)
def test_more_or_less_likely_compares_chances(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text", ["The vote will likely slip to May.", "The bill will most likely pass."]
)
def test_likely_of_the_speakers_own_forecast_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- "I know I / we": certain of a course only before a future, an ability or a duty ---


@pytest.mark.parametrize(
    "text",
    [
        "I know that I wouldn't be standing here if it weren't for this country.",
        "And I know that we did give back authority to the people.",
        "I know that we're under time constraints.",
    ],
)
def test_knowing_a_fact_about_oneself_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["I know we can do a better job.", "I know we're going to win Ohio.", "I know I will."],
)
def test_knowing_ones_course_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- a belief held in what we can do is a conviction, no hedge ---


@pytest.mark.parametrize(
    "text",
    [
        "And I believe that we can bind our wounds.",
        "And I believe that we can together do things within the grasp of Americans.",
    ],
)
def test_a_belief_in_what_we_can_do_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe we can win.",
        "I think we can bind our wounds.",
        "I believe, and I could be wrong, that we can do it.",
        "I believe the economy can recover.",
    ],
)
def test_a_doubt_or_a_belief_about_another_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


# --- the review of 1.22.0 (rvstance27): the misfires found on emails, fiction, hearings,
# minutes and news, each fixed by a general rule ---


@pytest.mark.parametrize(
    "text",
    [
        # the habitual past
        "Every summer when I was a boy, I would walk down to the creek and catch frogs.",
        "Growing up, I would spend hours at the public library.",
        "I would usually stay late on Thursdays to close out the books.",
        # "I'd" = "I had"
        "By the time he called, I'd already left the house.",
        "I'd always wanted to see the ocean, and now here it was.",
        "I'd sent the letter two days before the news came.",
        "I'd spent every penny I had on that car.",
        # framing, courtesy, procedure and guessing verbs
        "Senator, I would echo what the chairman said about the importance of this program.",
        "I would thank the ranking member for her courtesy throughout this process.",
        "I would second the motion offered by Councilwoman Diaz.",
        "I would move that the minutes of the March meeting be approved as distributed.",
        "I would question the premise of that study.",
        "I would defer to legal on whether we can share the contract.",
        "I'd reckon we're about halfway through the migration at this point.",
        "I would wager that most voters have not read the bill.",
        # courtesy and idioms
        "Thanks, Priya, I wouldn't mind a second pair of eyes on the draft.",
        "I wouldn't blame you for leaving early.",
        "I wouldn't trust him with the keys to a lawn mower.",
        "I'd go crazy sitting up there slow dancing that one.",
        # advice and the hypothetical
        "In your shoes, I'd sell the shares tomorrow.",
        "Were I in his place, I would fire the board.",
    ],
)
def test_a_past_habit_a_had_a_frame_or_advice_is_no_pledge(text: str) -> None:
    assert "i would + a course" not in terms(text, "resolve")


@pytest.mark.parametrize(
    "text",
    [
        "As president, I would close the loophole on the first day.",
        "I'd cut the payroll tax for every small business in this state.",
        "I would always defend the Second Amendment.",
        "What I would do is bring both parties into the room.",
    ],
)
def test_a_pledge_stays_beside_the_new_exclusions(text: str) -> None:
    assert "i would + a course" in terms(text, "resolve")


@pytest.mark.parametrize(
    "text",
    [
        "I honestly don't know where she got the money, Senator, I was not involved.",
        "I don't know where they got the servers from, but the invoice is missing.",
        "We don't know where they are holding the hostages.",
        "I don't know what they will decide on Tuesday, so let's prepare both versions.",
        "I don't know where he is right now; I have not spoken to him since March.",
    ],
)
def test_not_knowing_where_another_is_or_what_they_got_stays_a_hedge(text: str) -> None:
    assert counted(text) == {"hedging"}


@pytest.mark.parametrize(
    "text",
    [
        "I don't believe it! We actually won the lottery!",
        "She stared at the telegram and whispered, I just don't believe it.",
        "I don't believe that's the case, Senator, but I would have to check the records.",
        "I don't believe that's correct, but let me check with my staff.",
    ],
)
def test_surprise_or_a_verdict_left_to_be_checked_is_no_rebuff(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_verdict_left_to_be_checked_stays_a_hedge() -> None:
    text = "I don't believe that's the case, Senator, but I would have to check the records."
    assert "i do n't believe" in terms(text, "hedging")


@pytest.mark.parametrize(
    "text",
    [
        "She was right there in the doorway when the lights went out.",
        "He was right in the middle of dinner when the phone rang.",
        "She is right here, officer, she never left the house.",
        "Mr. Lee was correct in the first half of the game and erratic in the second.",
        "Assuming she is correct about the dates, the contract expired last year.",
    ],
)
def test_right_of_place_or_time_or_supposed_grants_no_point(text: str) -> None:
    assert "he is right" not in terms(text, "concession")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Thompson is right, and I said so at the time.",
        "Councilman Reyes is right about the traffic study, and staff will revise it.",
        "He is right in his reading of the statute.",
    ],
)
def test_a_point_granted_to_any_titled_person(text: str) -> None:
    assert "he is right" in terms(text, "concession")


def test_a_disagreement_pressed_with_a_mayor_named() -> None:
    assert "defiance" in counted("I just disagree with Mayor Thompson.")


@pytest.mark.parametrize(
    "text",
    [
        "We're going to say to our seniors, our promises will be promises kept.",
        "We'll say what we mean and do what we say.",
        "We will say to the world that America keeps its word.",
        "I'll be glad to take on the onboarding of the new hires next month.",
        "We will be pleased to discuss the terms with your attorney.",
    ],
)
def test_a_message_pledged_or_an_undertaking_is_no_step_of_the_talk(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will say this: the plan is sound.",
        "Here's what I'll say to you right now, the plan is sound.",
        "I'll be glad to take a shot at it.",
        "I'll be happy to talk about that.",
    ],
)
def test_the_talks_own_steps_stay_no_commitment(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I misstated my availability in yesterday's email, apologies, I am out on Friday.",
        "I think I misrepresented my team's numbers in the deck.",
        "I regret my misstatements to this committee and I want to correct the record.",
    ],
)
def test_the_speakers_own_misstatement_is_no_rebuttal(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "He misrepresents my record on veterans every single night.",
        "He is misrepresenting my record on veterans, and he knows it.",
        "My opponent has misrepresented my record on the environment.",
    ],
)
def test_the_speakers_record_misrepresented_by_him_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is more likely that the outage was caused by the config change.",
        "More likely, the vote will slip to next week.",
    ],
)
def test_more_likely_as_a_guess_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


def test_more_likely_to_compares_chances_no_hedge() -> None:
    assert "hedging" not in counted("It makes them less likely to hire people.")


@pytest.mark.parametrize(
    "text",
    [
        "Critics warn that under my administration the deficit will explode.",
        "In my term paper, the second chapter will cover the methods.",
        "In my plans for the trip, the first stop will be Lisbon.",
    ],
)
def test_a_forecast_reported_or_no_tenure_is_no_tenure_pledge(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under my plan, nobody will lose their insurance.",
        "Under my plan, no family earning less than two hundred thousand dollars will pay more.",
        "During my term as governor, the schools will get their funding.",
    ],
)
def test_a_tenure_pledge_with_a_negative_subject_is_resolve(text: str) -> None:
    assert "it will ... under my tenure" in terms(text, "resolve")


def test_one_tenure_pledge_per_framed_clause() -> None:
    text = (
        "Most people will receive more money under my plan because they will receive "
        "benefits, which may be taxed, which will be taxed."
    )
    matches = rhetoscope.analyze(text).matches
    assert [m.term for m in matches.itertuples() if m.category == "resolve"].count(
        "it will ... under my tenure"
    ) == 1


def test_a_tenure_pledge_goes_on_in_the_clause_joined_by_and() -> None:
    text = "Veterans get good care under my administration, and they will continue to do so."
    assert "it will ... under my tenure" in terms(text, "resolve")


def test_more_likely_for_compares_chances_no_hedge() -> None:
    assert "hedging" not in counted("In fact it makes it less likely for them to come here.")


def test_not_certain_to_is_the_speakers_odds_a_hedge() -> None:
    assert "hedging" in counted("He's not certain to win the runoff.")
