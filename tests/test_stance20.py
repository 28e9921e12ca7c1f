"""Lexicons 1.19.0: families mined from the misses of all labelled sets at once
(benchmarks/stance_misses.py), each recurring across at least three sets. Every sentence
here is invented."""

from __future__ import annotations

import pytest

from conftest import stance_categories as counted


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I probably misjudged the mood in the room.",
        "I think we probably weren't ready for the snow.",
        "I probably shouldn't have said it on air.",
        "Did I get it right? I probably didn't.",
        "We were probably too slow on the refunds.",
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
    ],
)
def test_probably_without_an_owned_past_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are, in principle, prepared to resume talks next week.",
        "The union is probably willing to drop the overtime demand.",
        "My client is prepared to settle.",
    ],
)
def test_an_offer_with_its_subject_kept_apart_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)


def test_an_offer_refused_is_defiance() -> None:
    found = counted("We are simply not prepared to water down the bill.")
    assert "defiance" in found and "concession" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I'm still staying right here.",
        "We're staying at the table, whatever they offer.",
        "We are staying in Europe, whatever the tariffs do.",
    ],
)
def test_staying_on_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


def test_staying_until_a_demand_is_met_is_defiance() -> None:
    assert "defiance" in counted("Our pickets are staying on the line until the council hears us.")


def test_a_stay_at_a_hotel_is_no_resolve() -> None:
    assert "resolve" not in counted("We're staying at a hotel near the station.")


def test_a_return_refused_is_defiance_and_resolve() -> None:
    found = counted("The nurses are not going back to work until the wards are staffed.")
    assert {"defiance"} <= found


def test_a_plain_return_is_no_stance() -> None:
    assert not counted("The nurses are going back to work on Monday.") & {
        "defiance",
        "concession",
    }


@pytest.mark.parametrize(
    "text",
    [
        "We'll open the depot in June. I don't care who complains.",
        "We're winning this seat, and I do not care what anybody says.",
        "No amount of shouting from the gallery is going to change that.",
    ],
)
def test_talk_brushed_aside_and_pressure_defied_are_defiance(text: str) -> None:
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
        "They can build all the walls they want; we'll be here.",
        "With respect, Senator, that is not what the report says.",
        "With all due respect, that number is wrong.",
        "Everybody said I was washed up after the surgery.",
        "They called us troublemakers at the council meeting.",
    ],
)
def test_dares_rebuttals_and_quoted_verdicts_are_defiance(text: str) -> None:
    assert "defiance" in counted(text)


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
        "My office will hand the files to the court by Friday.",
        "This club will be back in the top flight.",
    ],
)
def test_the_speakers_institution_with_a_future_is_resolve(text: str) -> None:
    assert "resolve" in counted(text)


def test_a_presumption_mocked_is_defiance() -> None:
    assert "defiance" in counted("They think they can buy this town with a few billboards.")


@pytest.mark.parametrize(
    "text",
    [
        "I lost, the voters chose her, and that is that.",
        "We've reached a tentative deal with the drivers.",
        "It isn't everything we asked for, but we'll take it.",
    ],
)
def test_defeats_settlements_and_aims_given_up_are_concessions(text: str) -> None:
    assert "concession" in counted(text)


def test_a_loss_of_a_person_is_no_concession() -> None:
    assert "concession" not in counted("I lost my father last spring.")
