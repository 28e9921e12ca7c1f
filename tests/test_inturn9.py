"""Quotations inside transcript turns, ninth round (invented transcripts): a moderator's
"he" for the debater not being asked, a subjectless sentence going on with the one
before it, and a cleft naming who spoke."""

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


def quoted(*turns: str, opening: str = _DEBATE) -> list[tuple[str, str]]:
    return quoted_after(opening, *turns)


# 1. A moderator's "he" or "she", naming no one before it in the turn: the debater the
# moderator is not asking (the one who answers next is asked).


@pytest.mark.parametrize(
    "turn",
    [
        'Mara Quist: Well, but when she used the word "surplus" again-\n',
        'Mara Quist: She used the word "surplus" again. Did that bother you?\n',
    ],
)
def test_moderator_pronoun_is_the_debater_not_asked(turn: str) -> None:
    lead = ("Mara Quist: Thirty seconds, Governor.\n", _OKAFOR)
    assert quoted(*lead, turn, _OKAFOR) == [("Ruth Vale", "surplus")]


def test_moderator_pronoun_after_someone_named_stays() -> None:
    # "It is from Dolly in Harwick": the "she" is hers, whom no list knows, not a debater's
    turn = (
        "Mara Quist: The last question comes from the Internet. It is from Dolly in "
        'Harwick, Ohio. She says, "Where will you find the money?" Governor, you first.\n'
    )
    assert ("Ruth Vale", "Where will you find the money") not in quoted(turn, _OKAFOR)


# 2. A sentence opened by a participle has no subject of its own: it goes on with the
# one before it ("Now, he says ... . Actually just going to them and saying,").


def test_subjectless_sentence_goes_on_with_the_one_before() -> None:
    turn = (
        "Tom Okafor: She cut the schools budget by a third. Now, she says by trimming "
        "waste. Actually just going to the teachers and saying, "
        '"Your pay goes down this year, every one of you."\n'
    )
    assert quoted(turn, _VALE) == [("Ruth Vale", "Your pay goes down this year, every one of you")]


def test_subjectless_sentence_after_i_stays() -> None:
    turn = (
        "Tom Okafor: I went to the teachers last spring. Actually just going to them and "
        'saying, "Your pay goes up this year."\n'
    )
    assert quoted(turn, _VALE) == []


# 3. A cleft names who spoke: "It was Lincoln who said,".


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            'Tom Okafor: It was Lincoln who said, "A house divided cannot stand."\n',
            [("Lincoln", "A house divided cannot stand")],
        ),
        (
            "Tom Okafor: It was Plato or it was Aristotle, I forget which, that said, "
            '"The unexamined budget is not worth passing."\n',
            [("Plato", "The unexamined budget is not worth passing")],
        ),
        (
            'Tom Okafor: It was a long night. And then I said, "We will pass it."\n',
            [],
        ),
    ],
)
def test_cleft_names_who_spoke(turn: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(turn, _VALE) == expected


# 4. One a question comes from, named with their town, is the "she" who says it.


def test_question_from_someone_in_a_town() -> None:
    turn = (
        "Mara Quist: The last question comes from the Internet. It is from Dolly in "
        'Harwick, Ohio. She says, "Where will you find the money?" Governor, you first.\n'
    )
    assert quoted(turn, _OKAFOR) == [("Dolly", "Where will you find the money")]


def test_question_from_a_town_and_another_she_stays() -> None:
    turn = (
        "Mara Quist: It is from Dolly in Harwick, Ohio. Her sister wrote too, and she "
        'says, "Where will you find the money?"\n'
    )
    assert ("Dolly", "Where will you find the money") not in quoted(turn, _OKAFOR)


# 5. "I understood you to say that ... you might ... and say,": the one addressed.


def test_understood_you_to_say() -> None:
    turn = (
        "Mara Quist: President Vale, I understood you to say that if the plan worked, you "
        'might call the governors and say, "Here it is," which sounds like a boast.\n'
    )
    assert quoted(turn, _VALE) == [("Ruth Vale", "Here it is")]


def test_want_you_to_say_quotes_no_one() -> None:
    turn = 'Mara Quist: President Vale, I want you to say, "Here it is," if you can.\n'
    assert quoted(turn, _VALE) == []


# 6. A name opening a sentence that goes on to say something, with "quote" right before
# the quotation: the words of that name, not of one named inside ("Mr. Vale").


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "Tom Okafor: But the Harwick Ledger ran an editorial today saying they doubted "
            "Mrs. Vale could keep her promises, and they said she was the greatest quote "
            '"budget magician" of all time.\n',
            [("Harwick Ledger", "budget magician")],
        ),
        (
            "Tom Okafor: I ran an editorial today saying the budget was short, and I said "
            'she was the greatest quote "budget magician" of all time.\n',
            [],
        ),
    ],
)
def test_quote_of_the_sentence_subject(turn: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(turn, _VALE) == expected


# 7. The other debater's words under the forms a debater reports them in: the perfect and
# the progressive, "things like", whom and when, "my opponent's own words were".

_PLEDGE = '"I will never raise taxes."\n'


@pytest.mark.parametrize(
    "cue",
    [
        "She has said time and again,",
        "She keeps saying,",
        "She's been saying for months,",
        "She goes around saying,",
        "She says things like,",
        "She told the voters of Ohio,",
        "She said it again tonight:",
        "The other day she said that, quote,",
        "Her exact words were,",
        "In her own words,",
        "My opponent keeps telling people,",
        "My opponent's own words were,",
    ],
)
def test_the_other_debaters_words(cue: str) -> None:
    turn = f"Tom Okafor: I will cut taxes. {cue} {_PLEDGE}"
    assert quoted(turn, _VALE) == [("Ruth Vale", "I will never raise taxes")]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("I have said time and again,", []),
        ("In my own words,", []),
        ("My opponent says we should raise them, but I say,", []),
        ("She has her own ideas. I say,", []),
        ("I met John Pryor in Dayton last week. His words were,", ["John Pryor"]),
        ("I met John Pryor in Dayton last week. He's been saying for months,", ["John Pryor"]),
    ],
)
def test_own_words_and_a_third_persons(cue: str, expected: list[str]) -> None:
    turn = f"Tom Okafor: I will cut taxes. {cue} {_PLEDGE}"
    assert [who for who, _ in quoted(turn, _VALE)] == expected


# 8. A moderator's question to one debater: "you" forms, "your opponent", and a name set
# off before a clause with another subject ("President Vale, he says,"), which addresses.


@pytest.mark.parametrize(
    "cue",
    [
        "you've been saying for months,",
        "you keep saying,",
        "in your own words,",
        "your exact words were,",
    ],
)
def test_moderator_quotes_the_one_asked(cue: str) -> None:
    turn = f'Mara Quist: President Vale, {cue} "I will never raise taxes." Still true?\n'
    assert quoted(turn, _VALE) == [("Ruth Vale", "I will never raise taxes")]


@pytest.mark.parametrize(
    "cue",
    [
        "your opponent says,",
        "your opponent has said,",
        "he says,",
        "he has said,",
        "the governor says,",
        "Governor Okafor keeps saying,",
    ],
)
def test_moderator_quotes_the_other_debater(cue: str) -> None:
    turn = f'Mara Quist: President Vale, {cue} "You will raise taxes." Is he right?\n'
    assert quoted(turn, _VALE) == [("Tom Okafor", "You will raise taxes")]


def test_name_taken_up_by_its_own_pronoun_is_no_address() -> None:
    # "President Vale, she says,": she is President Vale, no one addressed
    turn = 'Tom Okafor: President Vale, she says, "I will never raise taxes."\n'
    assert quoted(turn, _VALE) == [("Ruth Vale", "I will never raise taxes")]


# 9. Who is quoted, named by the words introducing the quotation.

_WORDS = '"We shall never surrender."\n'


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("To quote Churchill,", [("Churchill", "We shall never surrender")]),
        ("Quoting Senator Pryor:", [("Senator Pryor", "We shall never surrender")]),
        ("Churchill's line was,", [("Churchill", "We shall never surrender")]),
        ("Reagan was right when he said,", [("Reagan", "We shall never surrender")]),
        ("To quote the Bible,", []),
        ("My answer was,", []),
    ],
)
def test_named_by_the_quoting_words(cue: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(f"Tom Okafor: I will cut taxes. {cue} {_WORDS}", _VALE) == expected


def test_name_opening_a_sentence_where_i_quote_stays() -> None:
    turn = (
        "Tom Okafor: Senator Pryor came to my office, and I said he was the greatest "
        'quote "budget magician" of all time.\n'
    )
    assert quoted(turn, _VALE) == []


# 10. "If she says," is what she might say: no one's words yet.


@pytest.mark.parametrize(
    "turn",
    [
        'Tom Okafor: If she says, "We will fix it," I will believe her.\n',
        'Mara Quist: If she says, "We will fix it," what do you say?\n',
    ],
)
def test_if_she_says_quotes_no_one(turn: str) -> None:
    assert quoted(turn, _OKAFOR) == []


# 11. "Her campaign says,": the body of the one "her" is.


def test_her_campaign_says() -> None:
    turn = f"Tom Okafor: I will cut taxes. Her campaign says, {_PLEDGE}"
    assert quoted(turn, _VALE) == [("Ruth Vale's campaign", "I will never raise taxes")]


def test_her_campaign_of_someone_named() -> None:
    turn = f"Tom Okafor: I met Mayor Linda Farrow in Dayton. Her own campaign says, {_PLEDGE}"
    assert quoted(turn, _VALE) == [("Mayor Linda Farrow's campaign", "I will never raise taxes")]


# 12. Speech to come is no one's words yet: "he will say:", "she may tell you,".


@pytest.mark.parametrize(
    "cue",
    [
        "I met Senator Pryor, and whatever he may think of it, he will say:",
        "I met Senator Pryor. Someday he'll say,",
        "Ask Senator Pryor and he may tell you,",
    ],
)
def test_speech_to_come_stays(cue: str) -> None:
    assert quoted(f"Tom Okafor: I will cut taxes. {cue} {_WORDS}", _VALE) == []


def test_habit_would_say_is_theirs() -> None:
    cue = "I worked for Senator Pryor for years. He would say,"
    turn = f"Tom Okafor: I will cut taxes. {cue} {_WORDS}"
    assert quoted(turn, _VALE) == [("Senator Pryor", "We shall never surrender")]


# 13. Words of the other debater's set in what she said ("She called the plan", "she said
# that the plan was"), and a name with "the" before it that the document gives in
# capitals ("according to the Harwick Ledger").

_DISASTER = '"a disaster for working people."\n'


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("She called the plan", ["Ruth Vale"]),
        ("She has described the plan as", ["Ruth Vale"]),
        ("She said that the plan was", ["Ruth Vale"]),
        ("She says the plan is", ["Ruth Vale"]),
        ("According to the Harwick Ledger, the plan is", ["the Harwick Ledger"]),
        ("She says the plan is fine, but I call it", []),
        ("She says the plan is fine, and the mayor called it", ["the mayor"]),
        ("She wrote a book,", []),
    ],
)
def test_words_set_in_what_she_said(cue: str, expected: list[str]) -> None:
    turn = f"Tom Okafor: I will cut taxes. {cue} {_DISASTER}"
    assert [who for who, _ in quoted(turn, _VALE)] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [('"Outrageous."', ["Ruth Vale"]), ('"outrageous."', ["Ruth Vale"]), ('"Fresh Start."', [])],
)
def test_one_capitalised_word_is_said_not_a_title(words: str, expected: list[str]) -> None:
    turn = f"Tom Okafor: I will cut taxes. She called the plan {words}\n"
    assert [who for who, _ in quoted(turn, _VALE)] == expected


# 14. A bare "and" (or "and then") between two quotations lists what the first one's
# speaker said.


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ('My opponent called the plan "reckless" and "costly."', ["reckless", "costly"]),
        (
            'My opponent said, "We will cut taxes." And then, "We will raise them."',
            ["We will cut taxes", "We will raise them"],
        ),
    ],
)
def test_and_lists_the_same_speakers_words(cue: str, expected: list[str]) -> None:
    got = quoted(f"Tom Okafor: I will cut taxes. {cue}\n", _VALE)
    assert got == [("Ruth Vale", words) for words in expected]


def test_and_then_i_said_is_mine() -> None:
    cue = 'My opponent said, "We will cut taxes." And then I said, "Show me the money."'
    got = quoted(f"Tom Okafor: I will cut taxes. {cue}\n", _VALE)
    assert got == [("Ruth Vale", "We will cut taxes")]


# 15. A text speaks for the one named as its author: "The email from Scott Tillman said,",
# "Scott Tillman sent me a text. It said,".

_ORDER = '"Start a file on her."\n'


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("The email from Scott Tillman said,", ["Scott Tillman"]),
        ("Scott Tillman sent me a text. It said,", ["Scott Tillman"]),
        ("We sent him a letter. It said,", []),
    ],
)
def test_text_speaks_for_its_author(cue: str, expected: list[str]) -> None:
    turn = f"Pavel Ostrander: {cue} {_ORDER}"
    hearing = (
        "Nell Ferris: Welcome back to the hearing. Mr. Ostrander, thank you for coming.\n"
        "Pavel Ostrander: Thank you. I am glad to help the panel where I can.\n"
    ) * 2
    got = quoted(turn, "Nell Ferris: Thank you.\n", opening=hearing)
    assert [who for who, _ in got] == expected


# 16. "You" as the one who spoke, in a longer frame.


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("You were quoted as saying,", ["Ruth Vale"]),
        ("You're the one who said,", ["Ruth Vale"]),
        ("It was you who said,", ["Ruth Vale"]),
        ("You went on television and said,", ["Ruth Vale"]),
        ("You know, I went on television and said,", []),
        ("When you go on television and said,", []),
    ],
)
def test_you_in_a_longer_frame(cue: str, expected: list[str]) -> None:
    turn = f"Tom Okafor: I will cut taxes. {cue} {_PLEDGE}"
    assert [who for who, _ in quoted(turn, _VALE)] == expected


@pytest.mark.parametrize(
    "cue",
    [
        'She calls her plan "Fresh Start for Families."',
        'She says her favorite book is "The Long Road Home."',
    ],
)
def test_a_title_set_in_what_she_said_stays(cue: str) -> None:
    assert quoted(f"Tom Okafor: I will cut taxes. {cue}\n", _VALE) == []


# 17. A question read out is its asker's: "She asks,", "This one is from Jenny Tate:".


@pytest.mark.parametrize(
    ("cue", "asker"),
    [
        ("The next question is from Jenny Tate. She asks,", "Jenny Tate"),
        ("We have a question from Jenny in Dayton. She wants to know,", "Jenny"),
        ("This one is from Jenny Tate:", "Jenny Tate"),
        ("Jenny Tate sent us this question:", "Jenny Tate"),
    ],
)
def test_question_read_out_is_the_askers(cue: str, asker: str) -> None:
    turn = f'Mara Quist: {cue} "Where will you find the money?" Governor, you first.\n'
    assert quoted(turn, _OKAFOR) == [(asker, "Where will you find the money")]
