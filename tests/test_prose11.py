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
