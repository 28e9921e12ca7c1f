"""Lexicons 1.13.0: spoken *kind of / sort of* hedges, failures of timing and extent owned,
what we could have done better, assent to one's own question about a fault, *I'm done
apologizing*, candour frames, refusals *for no X*, a decision kept in the plain present
("the school stays open"), a party named in one word brushed aside, a third person's act
told with a pronoun, and the new booster, hedge, admission and refusal entries. Every
sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted

# --- kind of / sort of as spoken hedges -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I kind of like the new schedule.",
        "We sort of ran out of road in the third quarter.",
        "Honestly, it was kind of a mess.",
        "Is the plan working? Sort of.",
        "The numbers are, uh, kind of soft this month.",
    ],
)
def test_kind_of_after_a_subject_copula_or_boundary_is_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "What kind of question is that?",
        "This kind of weapon has no place in the city.",
        "There are all kind of statistics out there.",
        "We need a 1990s kind of turnaround.",
        "He is the very sort of leader we need.",
    ],
)
def test_kind_of_as_a_noun_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


# --- failures of timing and extent owned ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We closed the bridge too late.",
        "I moved too slowly on the staffing.",
        "We did not respond quickly enough.",
        "Frankly, we didn't act fast enough, and families paid for it.",
        "I think we waited too long.",
    ],
)
def test_own_failure_of_timing_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "They moved too late.",
        "If we wait, we will be too late.",
        "We arrived too late to vote.",
        "It is never too late.",
        "We did enough.",
    ],
)
def test_timing_of_others_warnings_and_going_clauses_concede_nothing(text: str) -> None:
    assert "concession" not in counted(text)


# --- could have done better -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I guess we could've explained the fare rise better.",
        "We could have warned people sooner.",
        "I could have handled the launch differently.",
    ],
)
def test_what_we_could_have_done_better_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


def test_what_others_could_have_done_better_is_theirs() -> None:
    assert "concession" not in counted("The regulators could've warned people sooner, frankly.")


# --- assent to one's own question about a fault -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could we have planned the rollout better? Sure.",
        "Did I make mistakes? Of course.",
        "Was our first season a mess? Yeah, kind of.",
        "Am I ashamed of that interview? Yes.",
    ],
)
def test_assent_to_own_question_about_a_fault_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am I standing again? Of course.",
        "Could you have planned it better? Sure.",
        "Could we have planned the rollout better? No.",
    ],
)
def test_assent_without_a_fault_or_to_another_concedes_nothing(text: str) -> None:
    assert "concession" not in counted(text)


# --- I'm done apologizing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I'm done apologizing for our fans.", "We're done compromising.", "I'm done with retreat."],
)
def test_done_with_a_give_way_refuses_it(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)
    assert "concession" not in counted(text)


def test_done_in_a_time_clause_refuses_nothing() -> None:
    assert "defiance" not in counted("Once we're done negotiating the lease, we'll move in.")


# --- candour frames ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to sit here and pretend the merger went smoothly.",
        "I'm not gonna stand here and act like I understand the tax code.",
    ],
)
def test_not_pretending_is_an_admission(text: str) -> None:
    assert counted(text) == {"concession"}


def test_not_sitting_still_for_it_is_still_a_refusal() -> None:
    assert {"defiance", "resolve"} <= counted("I'm not going to sit here and take it.")


# --- refusals for no X, turning around --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I ain't selling for no developer.",
        "We're not backing off for anybody.",
        "We will not turn around.",
    ],
)
def test_refusal_to_anyone_is_defiance_and_resolve(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)


def test_for_a_plain_object_the_clause_goes_on() -> None:
    assert "defiance" not in counted("I'm not running for anything.")


# --- a decision kept in the plain present -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The night bus stays.",
        "The library stays open.",
        "They can shout all they like. The statue stays.",
        "I've read every letter, and it stays.",
    ],
)
def test_a_decision_kept_is_resolve_and_defiance(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd vote for it if the sunset clause stays.",
        "I honestly don't know whether the coach stays.",
        "When guests come, they stay a week.",
        "The money stays in the county.",
    ],
)
def test_stays_in_a_subordinate_or_going_clause_is_nothing(text: str) -> None:
    assert not {"defiance", "resolve"} & counted(text)


# --- brushing aside a party named in one word -------------------------------------------


def test_whatever_a_named_party_says_is_brushed_aside() -> None:
    assert "defiance" in counted("We open the plant in June, whatever Brussels says.")


def test_whatever_you_say_is_no_defiance() -> None:
    assert "defiance" not in counted("Whatever you say, boss.")


# --- a third person's act told with a pronoun -------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["They always fold.", "He caved on the budget.", "She backed down in the end."],
)
def test_a_third_persons_give_way_is_not_the_speakers(text: str) -> None:
    assert "concession" not in counted(text)


def test_we_give_way_is_ours() -> None:
    assert "concession" in counted("We backed down in the end.")


# --- entries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The evidence is unambiguous.", "resolve"),
        ("Let me be crystal clear about the pension.", "resolve"),
        ("We're rebuilding the pier, and that's a promise.", "resolve"),
        ("I'm staying to finish the job.", "resolve"),
        ("In my judgment the bridge is safe.", "hedging"),
        ("We assess with low confidence that the fire was arson.", "hedging"),
        ("The ferry runs Monday, barring storms.", "hedging"),
        ("Ninety days, maybe. Don't hold me to that.", "hedging"),
        ("We cut corners on the inspections.", "concession"),
        ("They were stronger today, simple as that.", "concession"),
        ("I'll give you this much: the design is bold.", "concession"),
        ("We've conceded enough.", "defiance"),
        ("I don't regret the vote.", "defiance"),
        ("I don't agree with that.", "defiance"),
        ("I will keep talking until I can no longer speak.", "defiance"),
        ("We're prepared to revisit the shift rota.", "concession"),
    ],
)
def test_new_entries(text: str, category: str) -> None:
    assert category in counted(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("It is not crystal clear who signed it.", "resolve"),
        ("We gather every May at the memorial.", "hedging"),
        ("We made a mistake, plain and simple.", "resolve"),
        ("We're prepared to revisit the shift rota.", "resolve"),
    ],
)
def test_new_entries_guards(text: str, category: str) -> None:
    assert category not in counted(text)


# --- guards added after review ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do we have a better plan? Yes.",
        "Should we invest more in schools? Absolutely.",
        "Do we need more police officers? Yes.",
    ],
)
def test_assent_to_a_question_about_the_future_is_no_admission(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text", ["Could we have done better? Sure.", "Should we have acted sooner? Yes."]
)
def test_assent_to_a_question_about_what_was_done_admits(text: str) -> None:
    assert "concession" in counted(text)


def test_sitting_here_and_acting_on_rumours_is_a_refusal() -> None:
    assert {"defiance", "resolve"} <= counted("I'm not going to sit here and act on rumours.")


@pytest.mark.parametrize(
    "text",
    [
        "As soon as we're done negotiating, we will sign.",
        "Now that we're done negotiating, we will sign.",
    ],
)
def test_done_after_as_soon_as_or_now_that_refuses_nothing(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize("text", ["It is kind of you to come.", "That was kind of them."])
def test_kind_of_a_person_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        '"The minister may be right," conceded Sarah Kim, an economist.',
        '"We refuse," vowed Tom Smith.',
        '"We refuse," vowed the union leader.',
    ],
)
def test_a_cue_verb_before_its_subject_is_no_stance_of_the_narrator(text: str) -> None:
    matches = rhetoscope.analyze(text).matches
    assert not [m for m in matches.itertuples() if m.speaker == "narrator" and m.category]


def test_a_match_ending_inside_a_contraction_shows_the_whole_word() -> None:
    text = "We won't back down. We\u2019re gonna win."
    matches = rhetoscope.analyze(text).matches
    shown = set(matches["text"])
    assert {"We won't", "We\u2019re gonna"} <= shown
    for m in matches.itertuples():
        assert text[m.start : m.end] == m.text
