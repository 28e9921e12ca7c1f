"""Quotations inside transcript turns, fifth round (invented transcripts): closing marks
glued to the next word, "I remember a lady ... told me", relative cues ("my mom, who
said:"), bare "said" in a list of quotations, and Q:/A: interviews."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers

_DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget, as I did "
    "in my state for eight years.\n"
    "Ruth Vale: President Vale will answer that. I have balanced four budgets already.\n"
) * 3


def quoted(*turns: str, opening: str = _DEBATE) -> list[str]:
    """The speakers of the quote segments cut out of ``turns`` after ``opening``."""
    text = opening + "".join(turns)
    return [s.speaker for s in split_speakers(text) if s.kind == "quote"]


# 1. A closing mark with its space on the wrong side ('a speech. "I said') still closes
# its sentence: the "I said" after it introduces the next quotation, not this one.


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        (
            "Tom Okafor: We met at a barbecue. Ann Dorsey said, \"Come on over. You'll like "
            'him. "So I said all right. And I did.\n',
            ["Ann Dorsey"],
        ),
        (
            'Tom Okafor: When I asked Ann to marry me, she said, "Fine, so long as I never '
            'give a speech. "I said, "Okay, you got a deal. "She laughed.\n',
            ["Ann"],
        ),
        # spaced as usual, the cue after the quotation is still the speaker's own
        (
            'Tom Okafor: I told them the truth. "We will win," I said, and we won.\n',
            [],
        ),
        # a mark glued to the next word after no full stop is no glued closing
        (
            'Tom Okafor: They call it a "tax "cut, but I said it was not.\n',
            [],
        ),
    ],
)
def test_a_glued_closing_mark_ends_its_sentence(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


# 2. "I remember a lady in Houston told me,": the lady tells; the one who remembers does
# not.


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        (
            "Ruth Vale: We test early. I remember a teacher in Dayton, Ohio, told me, "
            '"Reading is the new civil right," and she was right.\n',
            ["a teacher in Dayton"],
        ),
        (
            "Ruth Vale: We test early. I recall when a farmer in Ames told me, "
            '"Rain is all we ask."\n',
            ["a farmer in Ames"],
        ),
        # the one who remembers and tells is the speaker: nothing is cut out
        (
            'Ruth Vale: I remember in Dayton I told them, "Reading comes first."\n',
            [],
        ),
    ],
)
def test_i_remember_someone_told_me(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers
