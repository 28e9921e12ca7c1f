"""Narrated prose, round 12: month names that are given names too ("Senator April
Ross" and "April Ross" are one person, "in June Trump said" names Trump). Invented
texts."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers


def speakers(text: str) -> list[str]:
    return [s.speaker for s in split_speakers(text) if s.kind == "quote"]


def test_a_month_given_name_after_a_title_is_the_same_person_untitled() -> None:
    text = (
        "The council met on Monday.\n\n"
        'Senator April Ross spoke first. "We need roads," Senator April Ross said.\n\n'
        '"Bridges too," April Ross said.\n\n'
        '"Build them," Ross added.\n'
    )
    assert speakers(text) == ["April Ross"] * 3


@pytest.mark.parametrize("lead", ["In June", "Since May", "In early August", "Last May"])
def test_a_month_after_a_date_word_is_no_given_name(lead: str) -> None:
    text = f'Mayor Leo Park spoke first.\n\n{lead} Dana Whitlock told the board it was "late."\n'
    assert speakers(text) == ["Dana Whitlock"]


def test_a_day_opening_a_name_run_is_no_part_of_the_name() -> None:
    text = 'Mayor Leo Park spoke first.\n\nTuesday Dana Whitlock told the board it was "late."\n'
    assert speakers(text) == ["Dana Whitlock"]
