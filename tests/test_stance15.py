"""Lexicons 1.14.0: indirect questions, would-have-done-differently, fights given up,
accusations with a give-way noun, "no choice but to fight", elliptical "Could be",
views granted to the hearer, claims dismissed as said before, ironic assent, "keep
saying", and the new families (refusing to deny, the candour "I won't lie,", "you win",
"come around", points granted under a modal, questions left unanswered, meetings and
tentative agreements that are no hedges). Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted

# --- indirect questions -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The press keeps asking whether we'll back down on the tariffs.",
        "She asked me if I would resign.",
        "Voters have been asking whether the council will cave.",
        "They asked if we're going to surrender the seat.",
    ],
)
def test_a_give_way_asked_about_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


def test_an_indirect_question_ends_at_its_comma() -> None:
    found = counted("Fans keep asking whether there's a sequel, and honestly I don't know yet.")
    assert "hedging" in found


def test_wondering_aloud_stays_the_speakers() -> None:
    assert "concession" in counted("I wonder if we should just compromise on the date.")


# --- would have done it differently ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Knowing what we know now, we would have handled the recall differently.",
        "In hindsight I'd have approached the merger differently.",
        "I'd do the whole launch differently next time.",
    ],
)
def test_what_we_would_do_differently_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't have done a single thing differently.",
        "The appeals court would see the case differently.",
        "They would have handled it differently.",
        "Would you have voted differently?",
    ],
)
def test_not_what_we_would_do_differently(text: str) -> None:
    assert "concession" not in counted(text)


def test_hindsight_is_no_certainty() -> None:
    assert "resolve" not in counted("If we'd known then what we know now, we'd have waited.")


# --- a fight given up -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We won't contest the election result any further.",
        "I'm not going to fight the suspension anymore.",
        "We will no longer oppose the rezoning.",
    ],
)
def test_a_fight_given_up_is_a_concession_not_a_commitment(text: str) -> None:
    found = counted(text)
    assert "concession" in found and "resolve" not in found and "defiance" not in found


@pytest.mark.parametrize(
    "text",
    [
        "We will never stop fighting for these families.",
        "They are no longer fighting.",
        "We don't have any more time for this.",
    ],
)
def test_not_a_fight_given_up(text: str) -> None:
    assert "concession" not in counted(text)


# --- accusations and "no choice but to" -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This is a surrender to the banks.",
        "That's nothing but a capitulation to the lobbyists.",
        "They call it a deal. I call it surrender.",
    ],
)
def test_a_give_way_noun_predicated_of_anothers_act_is_an_accusation(text: str) -> None:
    found = counted(text)
    assert "defiance" in found and "concession" not in found


def test_a_give_way_noun_denied_or_asked_is_no_accusation() -> None:
    assert counted("Is this a surrender?") == set()
    assert "concession" in counted("Our retreat from the coast was orderly.")


@pytest.mark.parametrize(
    "text",
    [
        "We have no choice but to fight.",
        "We had no alternative but to resist.",
        "I have no option but to stand my ground.",
    ],
)
def test_no_choice_but_to_resist_is_resolve_and_defiance(text: str) -> None:
    found = counted(text)
    assert {"resolve", "defiance"} <= found and "concession" not in found


def test_no_choice_but_to_give_way_stays_a_concession() -> None:
    assert "concession" in counted("We had no choice but to withdraw the bill.")


# --- hedges: Could be, granted views, meetings, tentative agreements --------------------


@pytest.mark.parametrize(
    "text", ["Could be a fluke.", "Could be next week, could be next year.", "Could be it's fine."]
)
def test_an_elliptical_could_be_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize("text", ["Could be worse.", "Could be better?"])
def test_could_be_worse_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may think you can outspend us.",
        "Some might argue the tax is too low.",
        "We'll see you all next Thursday.",
        "We'll see them in the final.",
        "The union and the county reached a tentative agreement overnight.",
    ],
)
def test_not_the_speakers_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may be right about the bridge.",
        "You might say we got lucky.",
        "We'll see.",
        "We'll see what the board decides.",
    ],
)
def test_still_the_speakers_hedge(text: str) -> None:
    assert "hedging" in counted(text)


def test_a_view_brushed_aside_stays_defiance() -> None:
    assert "defiance" in counted("Whatever you may think, we are building the road.")


# --- claims said before, ironic assent, keep saying -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My rival says the plant will close. He said that last spring too.",
        "They said that before, and the plant is still open.",
        "The pundits call the race over. They said that about the last two.",
    ],
)
def test_a_claim_dismissed_as_said_before_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We said that too.",
        "He said that he would come too.",
        "Last week you said that before we vote, the committee should meet.",
    ],
)
def test_not_a_claim_said_before(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oh sure, the budget's balanced, Carl.",
        "Oh, great, another task force.",
        "Oh please.",
        "Oh come on, every bill is the end of the world with you.",
        "Oh yeah, because that went so well in March.",
    ],
)
def test_ironic_assent_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    ["Oh, great! Thank you so much.", "Oh yeah, I remember that night.", "Oh sure, thanks."],
)
def test_sincere_assent_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_what_others_keep_saying_is_theirs() -> None:
    assert "concession" not in counted("The papers keep saying we'll fold by June.")
    assert "defiance" in counted("We keep saying we will never give up.")


# --- families ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I won't deny that the rollout was rough.",
        "We're not going to deny it.",
        "I can't deny that we misjudged the mood.",
    ],
)
def test_refusing_to_deny_admits(text: str) -> None:
    found = counted(text)
    assert "concession" in found and "resolve" not in found and "defiance" not in found


def test_refusing_to_deny_others_something_is_no_admission() -> None:
    assert "concession" not in counted("We won't deny anyone a hearing.")


def test_the_candour_frame_commits_to_nothing() -> None:
    assert "resolve" not in counted("It hurts, I won't lie, it really does.")
    assert "resolve" not in counted("I won't lie to you: the numbers are bad.")


@pytest.mark.parametrize(
    "text",
    [
        "Okay, fine. You win.",
        "Alright, you win, the old logo was better.",
        "I've come around on the bike lanes.",
        "We came round, in the end.",
        "Honestly, they might have a point about the parking.",
    ],
)
def test_giving_the_argument_away_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


def test_a_point_granted_under_a_modal_stays_a_hedge() -> None:
    assert {"concession", "hedging"} <= counted("You may have a point there.")


def test_you_win_as_a_condition_is_no_concession() -> None:
    assert "concession" not in counted("If you win, you keep the trophy.")


@pytest.mark.parametrize(
    "text",
    [
        "I decline to answer on the advice of my attorney.",
        "I will not be answering that question today.",
        "You still haven't answered the question, minister.",
    ],
)
def test_a_question_left_unanswered_on_purpose_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I answered the question yesterday.",
        "I don't answer to the board.",
        "That was not the answer that we wanted.",
    ],
)
def test_answering_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)
