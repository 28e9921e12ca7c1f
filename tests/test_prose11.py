"""Narrated prose, round 11: groups a report cites in the plural without an article
("analysts at Moody's", "senior officials"), and firms whose names end in 's. Invented
texts; a quotation whose cue names a group never goes to the previous speaker."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers

_BEFORE = 'The union struck on Monday.\n\n"We will win," said Shawn Fain.\n\n'


def speakers(text: str) -> list[str]:
    return [s.speaker for s in split_speakers(text) if s.kind == "quote"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"It will cost billions," said analysts at Goldman Sachs.', "analysts at Goldman Sachs"),
        ('"It will cost billions," analysts at Goldman Sachs said.', "analysts at Goldman Sachs"),
        (
            'According to analysts at Moody\'s, the strike could cost "billions of dollars".',
            "analysts at Moody's",
        ),
        ('Senior officials called the plan "a disaster."', "Senior officials"),
        ('"It is over," officials said.', "officials"),
        ('"It is over," two economists said.', "two economists"),
    ],
)
def test_a_group_in_the_plural_speaks_not_the_previous_speaker(
    paragraph: str, speaker: str
) -> None:
    assert speakers(_BEFORE + paragraph + "\n") == ["Shawn Fain", speaker]


def test_a_firm_named_with_its_s_keeps_it() -> None:
    text = _BEFORE + '"It will cost billions," said a spokesman for Moody\'s.\n'
    assert speakers(text) == ["Shawn Fain", "a spokesman for Moody's"]


def test_a_group_before_in_keeps_its_whole_description() -> None:
    text = 'And critics in both parties compared the lapse to Rick Perry\'s "Oops" in 2012.\n'
    assert speakers(text) == ["critics in both parties"]


def test_a_group_with_its_place_after_in_speaks() -> None:
    text = _BEFORE + '"It is over," said officials in Ohio.\n'
    assert speakers(text) == ["Shawn Fain", "officials in Ohio"]


def test_a_day_after_a_described_group_is_no_part_of_it() -> None:
    text = _BEFORE + '"It is over," said economists at Goldman Sachs Tuesday.\n'
    assert speakers(text)[-1] == "economists at Goldman Sachs"


@pytest.mark.parametrize("place", ["above", "within", "him"])
def test_words_that_came_from_a_place_or_a_pronoun_name_no_speaker(place: str) -> None:
    text = _BEFORE + f'"It will pass," came a cry from {place}.\n'
    assert speakers(text)[-1] != place


def test_words_that_came_from_the_crowd_are_the_crowds() -> None:
    text = _BEFORE + '"Call the roll," came shouts from the crowd.\n'
    assert speakers(text)[-1] == "the crowd"


def test_a_document_it_reads_from_is_its_named_senders() -> None:
    text = 'Senator Ann Lee sent a letter to the board. "Resign," it read.\n'
    assert speakers(text) == ["Ann Lee"]


def test_german_low_and_high_quotation_marks_pair() -> None:
    text = "\u201eWir geben niemals auf\u201c, sagte Eva Braun. Dann ging sie.\n"
    quoted = [text[s.start : s.end] for s in split_speakers(text) if s.kind == "quote"]
    assert quoted == ["\u201eWir geben niemals auf\u201c"]


def test_a_possessive_with_claims_that_names_its_owner() -> None:
    text = 'Critics seized on Smith\'s claims that the dam was "perfectly safe."\n'
    assert speakers(text) == ["Smith"]
