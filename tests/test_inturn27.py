"""Quotations inside transcript turns, round 27 (invented transcripts): marks a typist
paired wrongly or typed straight, a description's name, and the cues of speech the
turns use that the rules did not read."""

from __future__ import annotations

import pytest

from conftest import quoted_after

# Two debaters who speak alike and a moderator who speaks less: peers.
_DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget, as I did "
    "in my state for eight years, and I will keep the schools open in every county.\n"
    "Ruth Vale: I have balanced four budgets already, and I have kept the schools open "
    "in every county of this country, and I will do it again for four more years.\n"
) * 3
_OKAFOR = "Tom Okafor: I will answer that gladly.\n"
_VALE = "Ruth Vale: I will answer that gladly.\n"

# A radio interview: a host and two guests.
_INTERVIEW = (
    "Nell Brody: Good morning. With me are the novelist Owen Pike and the critic Sara "
    "Lund.\n"
    "Owen Pike: Good morning, Nell.\n"
    "Sara Lund: Good morning.\n"
)


def quoted(*turns: str, opening: str = _DEBATE) -> list[tuple[str, str]]:
    return quoted_after(opening, *turns)


# 1. A stretch between two quotations that a missing mark paired wrongly opens with a
# space after its opening mark (and closes after a space, or not at all): the speaker's
# words, not a quotation.


def test_mispaired_stretch_stays_in_the_turn() -> None:
    turn = (
        'Ruth Vale: When the leaders said, "We will sign the pledge and keep it. She '
        'said, "Me too." When they said, "We will cut the grants." She said, "Me too."\n'
    )
    got = quoted(turn, _OKAFOR)
    assert all(not words.startswith(" ") for _, words in got)
    assert ("Tom Okafor", "When they said,") not in got
    assert not any("When they said" in words for _, words in got)


def test_mispaired_unclosed_stretch_stays_in_the_turn() -> None:
    turn = 'Ruth Vale: And he says, " That is not true. I have sat down with both sides.\n'
    assert quoted(turn, _OKAFOR) == []


def test_sloppy_space_inside_a_closed_quotation_still_quotes() -> None:
    # '" No."': a space after the opening mark, but the words close on the mark
    turn = 'Ruth Vale: I asked him in January. He said, " No." And that was that.\n'
    assert [(who, words.strip()) for who, words in quoted(turn, _OKAFOR)] == [("Tom Okafor", "No")]


# 2. A transcript typed with straight single marks and no curly ones quotes in them
# (British style); its apostrophes stay apostrophes.


def test_straight_single_marks_quote_in_a_british_transcript() -> None:
    turn = (
        "Sara Lund: My editor, Jane Toller, read the first chapter and she rang me up "
        "and said, 'You'll get letters.' And I did.\n"
    )
    got = [(who, words.strip("'.")) for who, words in quoted(turn, opening=_INTERVIEW)]
    assert got == [("Jane Toller", "You'll get letters")]


def test_straight_apostrophes_alone_quote_nothing() -> None:
    turn = (
        "Sara Lund: My editor, Jane Toller, said it's the 'best' thing I'd written since "
        "the '90s, and she wasn't wrong, but rock 'n' roll it isn't.\n"
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert not any("90s" in words or words == "n" for _, words in got)


def test_straight_marks_are_apostrophes_where_curly_ones_quote() -> None:
    # a text with curly single marks of its own: its straight ones are apostrophes
    turn = (
        "Sara Lund: It\u2019s called \u2018Quiet\u2019. My editor, Jane Toller, rang "
        "me up and said, 'You'll get letters.'\n"
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert not any("get letters" in words for _, words in got)


# 3. A description of a person with a name after it, past the place or body it belongs
# to ("My old editor at the Courier, Lionel Pryce,") or after "called", is that name; a
# later "my father" is the name an earlier "My father, Manuel Ortega," gave; a
# description after a contracted "is" ("Priya's a smart woman") is no one new.


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        ("My old editor at the Ledger, Lionel Pryce, who hired me, had a rule.", "Lionel Pryce"),
        ("A retired miner, a man called Barnaby Quell, wrote to me.", "Barnaby Quell"),
    ],
)
def test_description_with_a_name_after_it_is_the_name(lead: str, who: str) -> None:
    turn = f'Sara Lund: {lead} He used to say, "Review the book they wrote."\n'
    assert quoted(turn, opening=_INTERVIEW) == [(who, "Review the book they wrote")]


def test_a_place_after_a_description_is_no_name() -> None:
    turn = (
        "Sara Lund: The mayor of Albany, New York, opened the new library. He used to say, "
        '"Review the book they wrote."\n'
    )
    assert ("New York", "Review the book they wrote") not in quoted(turn, opening=_INTERVIEW)


def test_the_same_description_again_is_the_name_it_was_given() -> None:
    turn = (
        "Sara Lund: My father, Manuel Ortega, was a fisherman for forty years. The other "
        "men would shout. My father, never. He sat very quiet, and he always said to me, "
        '"The sea does not read the newspaper."\n'
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert got == [("Manuel Ortega", "The sea does not read the newspaper")]


def test_a_description_after_a_contracted_is_brings_no_one_in() -> None:
    turn = (
        "Owen Pike: Priya Anand is the budget director. Priya's a smart woman. But she "
        'testified in January, and she told us, "The revenue is better than we expected."\n'
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert ("a smart woman", "The revenue is better than we expected") not in got
