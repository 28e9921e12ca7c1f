"""Quotations inside transcript turns, sixth round (invented transcripts): a moderator's
"you said" put to the one who answers next, and more ways to quote the one addressed
("you mentioned", "what you mean")."""

from __future__ import annotations

import pytest

from conftest import DEBATE as _DEBATE
from rhetoscope import split_speakers


def quoted(*turns: str, opening: str = _DEBATE) -> list[tuple[str, str]]:
    """The quote segments cut out of ``turns`` after ``opening``: (speaker, words)."""
    text = opening + "".join(turns)
    segments = split_speakers(text)
    return [(s.speaker, text[s.start : s.end].strip('",')) for s in segments if s.kind == "quote"]


# 1. A moderator who names no one: "you said" quotes the one who answers next, unless
# the turn names someone else.


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (
                'Mara Quist: On schools. You talked about quote "fixing recess". What is it?\n',
                "Tom Okafor: It means longer breaks.\n",
            ),
            [("Tom Okafor", "fixing recess")],
        ),
        (
            (
                'Mara Quist: You mentioned "a tax holiday". What did you mean?\n',
                "Ruth Vale: A summer without sales tax.\n",
            ),
            [("Ruth Vale", "a tax holiday")],
        ),
        # the turn puts its question to someone else than the one who speaks next: not
        # the one who answers, but the one the turn addresses (round 28)
        (
            (
                'Mara Quist: You said "no new taxes". President Vale, is that so?\n',
                "Tom Okafor: May I answer that first?\n",
            ),
            [("Ruth Vale", "no new taxes")],
        ),
        # nobody speaks after the turn
        (('Mara Quist: You said "no new taxes". We are out of time.\n',), []),
    ],
)
def test_a_moderators_you_is_the_one_who_answers(
    turns: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert quoted(*turns) == expected


# 2. "What you mean", "you mentioned", "you ever called ... and said": the one addressed
# said it.


@pytest.mark.parametrize(
    "turn",
    [
        'Tom Okafor: I\'m not sure what you mean, "pay a fair share," when you raise taxes.\n',
        'Tom Okafor: You mentioned "pay a fair share" twice tonight.\n',
    ],
)
def test_more_ways_to_quote_the_one_addressed(turn: str) -> None:
    assert quoted(turn) == [("Ruth Vale", "pay a fair share")]


# 3. A speech verb with no subject of its own ("and saying,", "to stand up and say,")
# speaks for the subject opening its sentence: "he" or "she", a participant's office, or
# the addressee's body; not when another subject stands between them.


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "Tom Okafor: She went to Ohio and stood before the workers, saying, "
            '"Your jobs are safe." They were not.\n',
            [("Ruth Vale", "Your jobs are safe.")],
        ),
        (
            'Tom Okafor: If the president had the courage to stand up and say, "I was '
            'wrong," we would be better off.\n',
            [("Ruth Vale", "I was wrong")],
        ),
        (
            "Mara Quist: Governor Okafor, your campaign ran ads all week, saying, "
            '"Vale raised taxes." Is that fair?\n',
            [("Tom Okafor's campaign", "Vale raised taxes.")],
        ),
        ('Tom Okafor: She called me and I hung up, saying, "Not now."\n', []),
    ],
)
def test_a_subjectless_cue_speaks_for_its_sentences_subject(
    turn: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted(turn) == expected


# 4. A named text speaks for its authors: a document's name, whole even when its title
# opens with a word no name opens with, and a source the quotation is read from; not
# the speaker's own text.


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            'Tom Okafor: The No Farm Left Behind Act says, "Every farm gets a loan." It works.\n',
            [("No Farm Left Behind Act", "Every farm gets a loan.")],
        ),
        (
            'Tom Okafor: It is written in the book of Ruth, "Where you go, I will go."\n',
            [("the book of Ruth", "Where you go, I will go.")],
        ),
        (
            "Mara Quist: I quote to you from Article II of the state Constitution. Quote: "
            '"The governor shall serve four years." Governor?\n',
            [("Article II of the state Constitution", "The governor shall serve four years.")],
        ),
        ('Tom Okafor: I quote from my book about the Ohio River: "Work is a prayer."\n', []),
    ],
)
def test_a_named_text_speaks(turn: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(turn) == expected


# 5. A verb of receiving between the cue and the quotation: its subject got the words
# from someone else, who is not named.


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "Tom Okafor: When Ann Dorsey wrote to the mayor, she received back on the first "
            'of May - "The road will not be fixed this year." Nothing was done.\n',
            [],
        ),
        (
            'Tom Okafor: Ann Dorsey wrote to the mayor, "Please fix the road." Nothing was done.\n',
            [("Ann Dorsey", "Please fix the road.")],
        ),
    ],
)
def test_words_received_are_not_the_receivers(turn: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(turn) == expected
