"""Quotations inside transcript turns, fifth round (invented transcripts): closing marks
glued to the next word, "I remember a lady ... told me", relative cues ("my mom, who
said:"), bare "said" in a list of quotations, and Q:/A: interviews."""

from __future__ import annotations

import pytest

from conftest import DEBATE as _DEBATE
from rhetoscope import split_speakers


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


# 3. A relative clause of speech right before the quotation quotes the phrase it
# describes: a participant by office, the speaker's own people, a described person, a
# text with its named source ("the headline in the Daily Star that said,").


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        (
            "Mara Quist: Good night. I leave you with the words of my mom, who said: "
            '"Go vote; it will make you feel strong."\n',
            ["Mara Quist's mom"],
        ),
        (
            "Tom Okafor: I mean, this is the president who said "
            '"The deficit is gone," and it was not.\n',
            ["Ruth Vale"],
        ),
        (
            "Ruth Vale: Our cities felt abandoned. I remember the headline in the Daily Star "
            'that said, "Okafor to Harbor City: Drop Dead." It hurt.\n',
            ["the headline in the Daily Star"],
        ),
        (
            "Tom Okafor: My faith guides me. There is a passage of the Bible that says, "
            '"Faith without works is dead." I believe it.\n',
            ["a passage of the Bible"],
        ),
        (
            "Ruth Vale: I met a nurse in Toledo who told me, "
            '"We cannot keep up." That is why I act.\n',
            ["a nurse in Toledo"],
        ),
    ],
)
def test_a_relative_clause_quotes_what_it_describes(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


@pytest.mark.parametrize(
    "turn",
    [
        # a text with no named source is no speaker ("the resolution that said")
        'Tom Okafor: They passed the resolution that said, "Disarm or else." I agreed.\n',
        # a thing described is no one
        'Tom Okafor: We have a plan that says, "Every child reads." It works.\n',
        # "the president" of one's own office is the speaker: nothing cut out
        'Ruth Vale: I am the president who said "We will balance it," and I did.\n',
    ],
)
def test_a_relative_clause_of_no_one_stays_in_the_turn(turn: str) -> None:
    assert quoted(turn) == []


# 4. A bare "said" between two quotations lists what the first one's speaker said.


def test_a_bare_said_between_quotations_goes_on_with_the_speaker() -> None:
    turn = (
        'Tom Okafor: This is the president who said "The deficit is gone," said '
        '"Mission accomplished," said we were safe.\n'
    )
    assert quoted(turn) == ["Ruth Vale", "Ruth Vale"]


def test_a_bare_said_after_the_speakers_own_words_quotes_no_one() -> None:
    turn = 'Tom Okafor: I said "No new taxes," said "Not now," and meant it.\n'
    assert quoted(turn) == []


# 5. A busy moderator: two debaters within a quarter of each other stay a pair when the
# moderator speaks at most three quarters as much as the second of them, so "you said"
# and "he said" still find the other debater.

_BUSY = (
    "Mara Quist: Governor Okafor, two minutes on the budget. Let me remind you both "
    "of the rules.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget, as I did "
    "in my state for eight years, and I will do it again in Washington.\n"
    "Ruth Vale: President Vale will answer that. I have balanced four budgets already "
    "and I will balance four more, and the people know it.\n"
) * 3


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        (
            'Tom Okafor: When I closed the border, you said, "He is reckless."\n',
            ["Ruth Vale"],
        ),
        (
            "Ruth Vale: When he was told the number, he said, "
            '"It is what it is." That is the truth.\n',
            ["Tom Okafor"],
        ),
    ],
)
def test_a_busy_moderator_leaves_the_debaters_a_pair(turn: str, speakers: list[str]) -> None:
    assert quoted(turn, opening=_BUSY) == speakers


def test_three_who_speak_alike_are_no_pair() -> None:
    three = (
        "Mara Quist: I will cut taxes and I will balance the budget, as I did in my state.\n"
        "Tom Okafor: I will cut taxes and I will balance the budget, as I did in my state.\n"
        "Ruth Vale: I will cut taxes and I will balance the budget, as I did in my state.\n"
    ) * 3
    turn = 'Ruth Vale: When he was told the number, he said, "It is what it is."\n'
    assert quoted(turn, opening=three) == []


# 6. "He said" with no one mentioned in the turn is a single name the turns just before
# said spoke, though no first name list knows it ("What did Volkov tell you?").


@pytest.mark.parametrize(
    ("turns", "speakers"),
    [
        (
            (
                "Mara Quist: Governor Okafor, you met the envoy. What did Volkov tell you?\n",
                'Tom Okafor: He said, "We will not move the troops." And they moved them.\n',
            ),
            ["Volkov"],
        ),
        (
            (
                "Ruth Vale: I was there when Brandtner said it could not be done.\n",
                'Mara Quist: Governor?\nTom Okafor: Well, he said, "It cannot be done."\n',
            ),
            ["Brandtner"],
        ),
    ],
)
def test_he_said_finds_a_surname_said_to_speak_before(
    turns: tuple[str, ...], speakers: list[str]
) -> None:
    assert quoted(*turns) == speakers


@pytest.mark.parametrize(
    "turns",
    [
        # a word the document writes in lower case is no one ("Budget")
        (
            "Mara Quist: And what did Budget say? The budget is the question.\n",
            'Tom Okafor: He said, "Cut it." I will not.\n',
        ),
        # someone mentioned in the turn itself comes first
        (
            "Mara Quist: What did Volkov tell you?\n",
            'Tom Okafor: I asked the mayor of Ames, and he said, "No."\n',
        ),
    ],
)
def test_he_said_takes_no_common_word_or_earlier_name_over_the_turn(
    turns: tuple[str, ...],
) -> None:
    got = quoted(*turns)
    assert "Volkov" not in got and "Budget" not in got


# 7. The same rules in a Q:/A: interview, where the guest quotes others.

_INTERVIEW = (
    "Interview with Dolores Vance, conducted by Sam Ortiz.\n\n"
    "Q: Thank you for coming. How did you start?\n\n"
    "A: I started in a small shop in Dayton, where I worked for many years.\n\n"
)


@pytest.mark.parametrize(
    ("turns", "speakers"),
    [
        (
            (
                "Q: What did Volkov tell you at the summit?\n\n",
                'A: He said, "We will not move." And they moved.\n\n',
            ),
            ["Volkov"],
        ),
        (
            (
                "Q: Did anyone warn you?\n\n",
                'A: I remember a teacher in Toledo told me, "Never borrow." I borrowed.\n\n',
            ),
            ["a teacher in Toledo"],
        ),
        (
            (
                "Q: Who taught you?\n\n",
                'A: The words of my uncle, who said: "Measure twice." I still do.\n\n',
            ),
            ["Dolores Vance's uncle"],
        ),
        (
            (
                "Q: Did you marry?\n\n",
                'A: When I asked Ann to marry me, she said, "Fine. "I said, "Good. "We did.\n\n',
            ),
            ["Ann"],
        ),
        # the guest's "he" with no one named is not the interviewer
        (
            ("Q: What happened next?\n\n", 'A: Then he said, "Sell the shop." I did not.\n\n'),
            [],
        ),
    ],
)
def test_an_interview_guest_quotes_others(turns: tuple[str, ...], speakers: list[str]) -> None:
    assert quoted(*turns, opening=_INTERVIEW) == speakers
