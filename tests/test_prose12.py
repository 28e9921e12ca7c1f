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


def test_a_cue_in_a_closed_object_relative_clause_is_not_the_quotations() -> None:
    text = (
        "The host drew attention again.\n\n"
        "Walter Grimes's aside that the volunteers, whom Nora Pell praised in her address, "
        'were "well rested" drew criticism.\n'
    )
    assert speakers(text) == ["Walter Grimes"]


def test_an_open_object_relative_clause_keeps_its_cue() -> None:
    text = (
        "The firms disagree.\n\n"
        "One study put the figure at $2 billion, which Walter Grimes called "
        '"a disgrace" on Monday.\n'
    )
    assert speakers(text) == ["Walter Grimes"]


def test_a_possessors_words_then_the_verbs_subjects_judgement() -> None:
    text = (
        "The board met on Monday.\n\n"
        'In a statement, Harold Vance called Lena Ortiz\'s assertion of a "clean record" '
        'over her career "false and misleading."\n'
    )
    assert speakers(text) == ["Lena Ortiz", "Harold Vance"]


def test_a_verb_judging_a_possessors_words_keeps_its_subject() -> None:
    text = 'The board met on Monday.\n\nHarold Vance called Lena Ortiz\'s remarks "childish."\n'
    assert speakers(text) == ["Harold Vance"]


def test_a_quoted_transcript_line_labelled_with_a_full_name() -> None:
    text = (
        "The panel discussed the plan on Sunday night.\n\n"
        '"Karen Ortiz: Seriously, about this. The plan will pay for itself."\n'
    )
    assert speakers(text) == ["Karen Ortiz"]


def test_a_quoted_heading_with_a_colon_names_no_one() -> None:
    text = (
        "The panel discussed the plan on Sunday night, and a banner was shown.\n\n"
        '"Breaking News: the plan will pay for itself," Harold Vance said.\n'
    )
    assert speakers(text) == ["Harold Vance"]


def test_the_subject_of_an_infinitive_of_speech_speaks() -> None:
    text = (
        "The results came in late on Tuesday.\n\n"
        "Walter Grimes won the east by a wide margin, while Karen Ortiz took the west with "
        'a strong showing that led her to declare that the race was "all but over."\n'
    )
    assert speakers(text) == ["Karen Ortiz"]


def test_one_urged_to_speak_says_the_urgers_words() -> None:
    text = (
        "The results came in late on Tuesday.\n\n"
        'Walter Grimes urged Karen Ortiz to call the result "a fluke" in her speech.\n'
    )
    assert speakers(text) == ["Walter Grimes"]


def test_a_surname_the_text_follows_as_an_actor_is_a_person() -> None:
    text = (
        "The convention closed on Thursday night.\n\n"
        "Brandt gestured to the crowd. Brandt launched into his speech, and Brandt "
        "mentioned his rival twice.\n\n"
        '"We show anger," said Karen Ortiz, a delegate.\n\n'
        'When Brandt finally wrapped up \u2014 "I will win for you!" \u2014 the balloons fell.\n'
    )
    assert speakers(text) == ["Karen Ortiz", "Brandt"]


def test_a_place_that_acts_is_no_person() -> None:
    text = (
        "The vote was close.\n\nWhen Iowa voted, Iowa surprised everyone, and Iowa "
        'delivered.\n\n"We won," said Karen Ortiz. Then Iowa celebrated, "at last."\n'
    )
    assert "Iowa" not in speakers(text)


def test_one_described_speaker_is_he_not_the_last_name() -> None:
    text = (
        "Many delegates came to the hall on Monday.\n\n"
        '"We are here," said Paul Brandt, the chairman.\n\n'
        "One California delegate said he tried to give away guest passes to friends. He "
        'found no taker, he said. "Not even one," he said.\n'
    )
    assert speakers(text) == ["Paul Brandt", "One California delegate"]


def test_a_closing_cue_with_an_appositive_name_and_a_time_after_it() -> None:
    text = (
        "The agency looked into the matter last year.\n\n"
        'The agency did not find "ties of any consequence," aside from the two men knowing '
        'each other "casually" at work, said the agency\'s director, Karen Ortiz, on Monday.\n'
    )
    assert speakers(text) == ["Karen Ortiz", "Karen Ortiz"]
