"""Lexicons 1.19.0: families mined from the misses of all labelled sets at once
(benchmarks/stance_misses.py), each recurring across at least three sets. Every sentence
here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import stance_categories as counted


@pytest.mark.parametrize(
    "text",
    [
        "I was probably wrong about the vote.",
        "We were probably too slow on the refunds.",
        "We probably were wrong about the timing.",
        "I probably blew it with the donors.",
        "I probably got that one wrong.",
    ],
)
def test_an_admission_under_probably_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I probably will, if the weather holds.",
        "I probably would vote the same way again.",
        "They probably had their reasons.",
        "I was probably at home that night.",
        "Would we probably have noticed?",
        "I probably got nothing wrong on the test.",
        "I probably overdid it at the gym yesterday.",
        "We were probably too late to get tickets anyway.",
    ],
)
def test_probably_without_an_owned_past_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're prepared to resume talks next week.",
        "I'd be willing to resume talks after the vote.",
    ],
)
def test_an_offer_with_its_subject_kept_apart_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


def test_an_offer_refused_is_defiance() -> None:
    found = counted("We are simply not prepared to water down the bill.")
    assert "defiance" in found and "concession" not in found


def test_a_stay_at_a_hotel_is_no_resolve() -> None:
    assert "resolve" not in counted("We're staying at a hotel near the station.")


@pytest.mark.parametrize(
    "text",
    ["We are never going back to the table.", "I'm not going back to the table until they pay."],
)
def test_a_return_to_the_table_refused_is_defiance_and_resolve(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll open the depot in June. I don't care who complains.",
        "We're winning this seat, and I do not care what anybody says.",
    ],
)
def test_talk_brushed_aside_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


def test_dares_in_a_row_are_answered_once() -> None:
    text = "They can sue us, they can ban us, and we will still march on Friday."
    assert "defiance" in counted(text)


def test_an_offer_in_a_row_is_no_dare() -> None:
    text = "You can pick it up Monday, you can pay later, and we'll have it ready."
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "With respect to the budget, the figures are in the annex.",
        "I said I was done with politics, and I meant it.",
        "We'll be back out there on Monday.",
    ],
)
def test_look_alikes_are_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_be_back_out_is_no_withdrawal() -> None:
    assert "concession" not in counted("We'll be back out there on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "I probably shouldn't say this, but the room was half empty.",
        "Add up all the new roads he wants to build.",
        "Please welcome, with great respect, our two candidates.",
    ],
)
def test_real_text_look_alikes_count_nothing(text: str) -> None:
    assert not counted(text) & {"concession", "defiance"}


@pytest.mark.parametrize(
    "text",
    [
        "We've reached a tentative deal with the drivers.",
        "We reached a tentative agreement with the union last night.",
    ],
)
def test_settlements_reached_are_concessions(text: str) -> None:
    assert "concession" in counted(text)


def test_a_loss_of_a_person_is_no_concession() -> None:
    assert "concession" not in counted("I lost my father last spring.")


# The 1.19.0 review (real text and probes): each family below was removed or narrowed
# because its new matches were right less than 8 times in 10 on everyday text.


@pytest.mark.parametrize(
    "text",
    [
        "Take all the time you want.",
        "Feel free to spend all the time you want on the exercise",
        "You can add all the money you want.",
        "You can eat all the cake you want at the party.",
    ],
)
def test_all_the_x_you_want_is_an_offer_not_a_dare(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "My office will hand the files to the court by Friday.",
        "My office will be closed on Monday for the holiday",
        "Our team will lose on Saturday, I fear",
        "This company will become the biggest in Africa",
    ],
)
def test_an_institution_with_a_future_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Predators hunt prey they think they can take",
        "People commit crimes because they think they can get away with it",
        "They thought they could win, and they did.",
    ],
)
def test_they_think_they_can_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I probably walked ten miles yesterday",
        "We probably crushed them",
        "I probably made the right call",
        "I guess we probably succeeded",
        "We probably should raise taxes on the rich",
        "I probably should call my mother tonight",
        "i probably should not be using the unsafe functions?...",
        "We probably voted no on that one.",
        "I probably wasn't home that night.",
        "I was probably too young to remember.",
        "Did I get it right? I probably didn't.",
    ],
)
def test_a_hedged_past_without_a_fault_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're staying here for two nights before flying to Rome",
        "We're staying in China for a week on vacation",
        "Guess we're staying here after all",
        "I'm still staying right here.",
    ],
)
def test_a_stay_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's not what we wanted so let's fix it",
        "It's not what we wanted for dinner, but the kids ate",
        "The result wasn't everything I wanted.",
    ],
)
def test_not_what_we_wanted_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    ["The defendant is prepared to plead not guilty", "Iran is prepared to compromise"],
)
def test_a_third_partys_offer_is_not_the_speakers_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The teacher called me naive in third grade",
        "You'd have called me crazy because it is crazy",
        "People said we were finished, and they were right",
        "The doctor said I was done with chemo",
        "They called us troublemakers at the council meeting.",
    ],
)
def test_names_and_verdicts_reported_are_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text", ["I'm not going back in time", "We are not going back in time to fix it."]
)
def test_not_going_back_in_time_is_no_stance(text: str) -> None:
    assert not counted(text) & {"defiance", "resolve"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going back in until the fire department says it's safe.",
        "We're not going back in there, it smells awful.",
    ],
)
def test_not_going_back_in_is_no_stance(text: str) -> None:
    assert not counted(text) & {"defiance", "resolve"}


@pytest.mark.parametrize(
    "text",
    [
        "I lost, then I won the next three sets.",
        "Where are you? Sorry, I lost.",
        "I lost the case, and my client will appeal.",
    ],
)
def test_a_loss_told_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm prepared to plead not guilty and take it to trial.",
        "We are willing to plead not guilty.",
    ],
)
def test_a_plea_of_not_guilty_offered_stays_defiance(text: str) -> None:
    found = counted(text)
    assert "defiance" in found and "concession" not in found


@pytest.mark.parametrize(
    "text",
    [
        "With all due respect, I beg to state that I am a student.",
        "With all due respect, of course.",
        "With respect, Mr. Chairman, I yield back.",
        "With all due respect, sir, I am writing to request a refund.",
        "Players must treat officials with respect, or they will be sent off.",
        "With respect, I want to thank the chair for her patience.",
    ],
)
def test_with_respect_as_a_formula_is_no_defiance(text: str) -> None:
    assert "defiance" not in counted(text)


def test_a_row_with_a_clause_that_presses_nobody_is_no_dare() -> None:
    assert "defiance" not in counted("They can lock us up, they can go home, and we'll be back")


def test_no_amount_of_a_neutral_noun_is_no_defiance() -> None:
    assert "defiance" not in counted("No amount of rain is going to stop the parade")


def test_a_long_row_of_dares_is_answered_once() -> None:
    import rhetoscope

    text = "They can lock us up, " * 2000 + "and we'll be back."
    matches = rhetoscope.analyze(text).matches
    assert (matches.category == "defiance").sum() <= 1


def test_no_entry_copies_one_sets_wording() -> None:
    defiance = Path(__file__).parent.parent / "lexicons" / "defiance.tsv"
    assert "what the bears" not in defiance.read_text(encoding="utf-8")


def _stance_misses():
    import importlib.util

    path = Path(__file__).parent.parent / "benchmarks" / "stance_misses.py"
    spec = importlib.util.spec_from_file_location("stance_misses", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("stance_misses", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_mining_script_refuses_held_out_sets() -> None:
    mining = _stance_misses()
    assert mining.held_out(Path("tests/data/stance_blind5.tsv"))
    assert mining.held_out(Path("tests/data/stance_blind18.tsv"))
    assert mining.held_out(Path("tests/data/stance_blind19.tsv"))
    # stop 26 studied stance_debates2, stop 27 stance_debates3, stop 29 stance_debates4,
    # stop 30 stance_debates5, stop 31 stance_debates6, stop 32 stance_debates7, stop 33
    # stance_debates8, stop 34 stance_debates9, stop 35 stance_debates10; the eleventh
    # is held out
    assert mining.held_out(Path("benchmarks/data/stance_debates11/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates10/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates9/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates8/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates7/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates6/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates5/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates4/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates3/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_debates2/gold.tsv"))
    assert not mining.held_out(Path("benchmarks/data/stance_news/gold.tsv"))
    assert mining.held_out(Path("/work/heldout/anything.tsv"))
    assert not mining.held_out(Path("tests/data/stance_blind17.tsv"))


def test_the_mining_script_refuses_a_link_to_a_held_out_set(tmp_path: Path) -> None:
    target = tmp_path / "stance_blind5.tsv"
    target.write_text("", encoding="utf-8")
    link = tmp_path / "renamed.tsv"
    link.symlink_to(target)
    assert _stance_misses().held_out(link)


def test_the_mining_script_needs_a_minimum_count() -> None:
    mining = _stance_misses()
    rows = [
        mining.Row(f"set{i}", str(i), "x", frozenset({"resolve"}), frozenset(), frozenset({"cue"}))
        for i in range(3)
    ]
    assert mining.candidates(rows, "resolve", 3, 0.8) == []
    assert mining.candidates(rows, "resolve", 3, 0.8, min_count=3)
