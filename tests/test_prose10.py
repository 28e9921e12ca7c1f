"""Narrated prose, round 10: words that open a sentence capitalised but name no one,
and the speakers rules reach past them. Invented texts; each rule has a case it
applies to and, where it could overreach, one it must leave alone."""

from __future__ import annotations

from rhetoscope import split_speakers


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation segment in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


def speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in quotes(text)]


# A verb of command, an ordinal or an adverb opening a sentence is no speaker.


def test_a_verb_of_command_opening_a_sentence_is_no_speaker() -> None:
    text = 'Mondale spoke next. Let us leave out the word "scientific" for a moment.'
    assert speakers(text) == ["unknown"]


def test_an_object_pronoun_is_no_verb_of_a_body_opening_a_sentence() -> None:
    text = 'Let us leave out the word "freeze," and talk about the budget.'
    assert "Let" not in speakers(text)


def test_an_ordinal_opening_a_sentence_is_no_speaker() -> None:
    text = 'First, the Joint Chiefs of Staff, in their review, said, "We need more troops."'
    assert speakers(text) == ["the Joint Chiefs of Staff"]


def test_an_adverb_with_a_comma_before_a_name_leaves_the_name() -> None:
    text = 'Finally, Pat Okafor said, "We need more troops."'
    assert speakers(text) == ["Pat Okafor"]


def test_first_lady_stays_a_title() -> None:
    text = 'First Lady Michelle Obama said, "We go high."'
    assert speakers(text) == ["Michelle Obama"]


# A body named in capitals with its "of", opening its clause, speaks as named.


def test_a_body_with_its_of_speaks_as_named() -> None:
    text = 'Second, the Joint Chiefs of Staff said, "We need more troops."'
    assert speakers(text) == ["the Joint Chiefs of Staff"]


def test_a_person_of_a_body_still_speaks() -> None:
    text = (
        "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told "
        'reporters, "We will stay."'
    )
    assert speakers(text) == ["Aris Shirvanian"]


# A speech verb without a subject of its own shares its sentence's subject.


def test_a_speech_verb_after_a_comma_shares_the_subject() -> None:
    text = (
        "Harry Truman had a sign on his desk. "
        "First, the Joint Chiefs of Staff went to the President, said, "
        '"Don\'t put those troops there."'
    )
    assert quotes(text)[-1][0] == "Joint Chiefs of Staff"


def test_a_speech_verb_after_and_shares_the_subject() -> None:
    text = (
        'Ann Lee spoke first. Then the union leaders went to the mayor and said, "Pay the drivers."'
    )
    assert quotes(text)[-1][0] == "the union leaders"


def test_a_speech_verb_whose_subject_is_not_found_is_no_ones() -> None:
    text = 'Ann Lee spoke first. Going to the mayor, and tired of waiting, said, "Pay us."'
    assert quotes(text)[-1][0] == "unknown"


def test_a_bare_speech_verb_takes_a_name_opening_its_sentence() -> None:
    text = (
        "The crowd chanted for minutes. Okafor gestured as if to stop the ruckus, then "
        'leaned in and boomed: "Let\'s win in November."'
    )
    assert quotes(text)[-1][0] == "Okafor"
