"""Quotations inside transcript turns, eighth round (invented transcripts): words quoted
back from the turns just before, and "he" after "a reporter came up to him"."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers

_DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget, as I did "
    "in my state for eight years.\n"
    "Ruth Vale: President Vale will answer that. I have balanced four budgets already.\n"
) * 3


def quoted(*turns: str, opening: str = _DEBATE) -> list[tuple[str, str]]:
    """The quote segments cut out of ``turns`` after ``opening``: (speaker, words)."""
    text = opening + "".join(turns)
    return [
        (s.speaker, text[s.start : s.end].strip('",.?'))
        for s in split_speakers(text)
        if s.start >= len(opening) and s.kind == "quote"
    ]


# 1. Words quoted back from a turn just before are the words of the one who said them
# there: in their own turn, or in a quotation cut out for someone.


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (
                "Tom Okafor: My opponent has offered reckless and costly plans for years.\n",
                'Mara Quist: Governor Vale, "reckless and costly" plans?\n',
            ),
            [("Tom Okafor", "reckless and costly")],
        ),
        # one long word is enough
        (
            (
                "Tom Okafor: Frankly, her budget is dishonest.\n",
                'Mara Quist: That word, "dishonest", is strong. Governor Vale?\n',
            ),
            [("Tom Okafor", "dishonest")],
        ),
        # words of a quotation cut out before: the one it was cut out for
        (
            (
                'Ruth Vale: Dr. Lena Marsh told us, "We are running on fumes and luck."\n',
                'Tom Okafor: Yes. "Fumes and luck" is how the staff put it too.\n',
            ),
            [("Lena Marsh", "We are running on fumes and luck"), ("Lena Marsh", "Fumes and luck")],
        ),
    ],
)
def test_words_quoted_back_are_theirs_who_said_them(
    turns: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert quoted(*turns) == expected


@pytest.mark.parametrize(
    "turns",
    [
        # the speaker's own words again
        (
            "Tom Okafor: We need honest budgets in this state.\n",
            "Mara Quist: Thank you.\n",
            'Tom Okafor: Again, "honest budgets" matter.\n',
        ),
        # a short word is anyone's
        (
            "Tom Okafor: That is a lie.\n",
            'Ruth Vale: I will not use the word "lie" here.\n',
        ),
        # a name for a thing: 'the "walk in the park" deal'
        (
            "Tom Okafor: The so-called walk in the park was a failure.\n",
            'Ruth Vale: The "walk in the park" deal was never signed.\n',
        ),
        # words no turn before says
        ('Ruth Vale: Some call it "a tax on hope" and leave it there.\n',),
    ],
)
def test_words_no_one_else_said_just_before_stay_in_the_turn(turns: tuple[str, ...]) -> None:
    assert quoted(*turns) == []


# 2. "A reporter came up to him ..., he said": "he" is not the reporter but the one
# "him" goes back to; in a debater's turn with no one else named, the other debater.


def test_he_after_him_is_not_the_one_who_came_up_to_him() -> None:
    turn = (
        "Ruth Vale: Did you watch that rally? A reporter came up to him with a question "
        'and he said, "Back off." Shameful.\n'
    )
    assert quoted(turn) == [("Tom Okafor", "Back off")]


def test_he_after_him_is_the_person_named_before() -> None:
    turn = (
        "Ruth Vale: I met Peter Ortega in Dayton last spring. A reporter came up to him "
        'with a question, and he said, "Not today." Then he left.\n'
    )
    assert quoted(turn) == [("Peter Ortega", "Not today")]
