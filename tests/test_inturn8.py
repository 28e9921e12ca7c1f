"""Quotations inside transcript turns, eighth round (invented transcripts): words quoted
back from the turns just before, and "he" after "a reporter came up to him"."""

from __future__ import annotations

import pytest

from conftest import DEBATE as _DEBATE
from conftest import quoted_after

# A hearing: a panel chair and a witness, who speak alike.
_HEARING = (
    "Nell Ferris: Welcome back to the hearing. Mr. Ostrander, thank you for coming.\n"
    "Pavel Ostrander: Thank you. I am glad to help the panel where I can.\n"
) * 2


def quoted(*turns: str, opening: str = _DEBATE) -> list[tuple[str, str]]:
    return quoted_after(opening, *turns)


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
        # a title: "The Long Road" is no one's "long road"
        (
            "Tom Okafor: It is the long road ahead that matters.\n",
            'Ruth Vale: I read "The Long Road" last week. A fine book.\n',
        ),
        # a name for a thing: 'the "walk in the park" deal'
        (
            "Tom Okafor: The so-called walk in the park was a failure.\n",
            'Ruth Vale: The "walk in the park" deal was never signed.\n',
        ),
        # one word in marks, not as "the word": a scare quote
        (
            "Tom Okafor: We passed real reform in this state.\n",
            'Ruth Vale: His so-called "reform" cut schools.\n',
        ),
        # words set in a sentence as a name or a scare quote, not put forward as said
        (
            "Tom Okafor: My opponent has offered reckless and costly plans for years.\n",
            'Ruth Vale: We ended "reckless and costly" plans in my state.\n',
        ),
        (
            "Tom Okafor: My opponent has offered reckless and costly plans for years.\n",
            'Ruth Vale: What he calls "reckless and costly" is a school.\n',
        ),
        # words no turn before says
        ('Ruth Vale: Some call it "a tax on hope" and leave it there.\n',),
        # the words' source named after them: someone the turns did not quote
        (
            "Tom Okafor: The audit, they told me, is not final yet.\n",
            'Ruth Vale: Well, "not final yet" from the agency again.\n',
        ),
        # the speaker's own use of the words, or a denial of it
        (
            "Tom Okafor: Her staff is overstretched and the office knows it.\n",
            'Ruth Vale: With respect, sir, I\'ve been hearing "overstretched" for years.\n',
        ),
        (
            "Tom Okafor: Her staff is overstretched and the office knows it.\n",
            'Ruth Vale: Frankly I never said "overstretched" in my life.\n',
        ),
        # words someone else said in their own voice before: no one's
        (
            "Ruth Vale: This state needs a fair tax deal for working families.\n",
            "Tom Okafor: I agree, a fair tax deal is what we promised.\n",
            'Mara Quist: Governor Vale, "fair tax deal" by when?\n',
        ),
        (
            "Ruth Vale: A fair tax deal for working families.\n",
            "Tom Okafor: My plan is a fair tax deal.\n",
            'Ruth Vale: His "fair tax deal" cuts schools.\n',
        ),
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


def test_he_after_him_the_one_described_last_as_an_object_is_too_close_to_tell() -> None:
    # "him" may be the reporter, and "he" the reporter or the one who waved: no one
    turn = (
        "Ruth Vale: Did you watch that rally? He waved a reporter over and told him to wait, "
        'he said, "Not today." Shameful.\n'
    )
    assert quoted(turn) == []


def test_he_after_him_is_the_person_named_before() -> None:
    turn = (
        "Ruth Vale: I met Peter Ortega in Dayton last spring. A reporter came up to him "
        'with a question, and he said, "Not today." Then he left.\n'
    )
    assert quoted(turn) == [("Peter Ortega", "Not today")]


# 3. "Your campaign ran ads saying": the addressee's; "your husband called" no one's.


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        # one of the addressee's people may be a participant: no second name for them
        (
            'Mara Quist: Governor Vale, your husband called the plan "a mess", didn\'t he?\n',
            [],
        ),
        (
            "Mara Quist: Uh \u2013 Governor Okafor, your campaign has uh \u2013 run ads saying, "
            '"Okafor gets it done." Does he?\n',
            [("Tom Okafor's campaign", "Okafor gets it done")],
        ),
    ],
)
def test_your_bodies_are_the_addressees_your_people_no_ones(
    turn: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted(turn) == expected


# 4. "You say that you were described as ...": words about "you", not yours.


def test_you_described_as_quotes_no_one() -> None:
    turn = (
        "Mara Quist: Governor Vale, you say that in a meeting last fall you were described "
        'by a member of the board as "difficult". Who said that?\n'
    )
    assert quoted(turn) == []


# 5. Words quoted from a named author: "a famous line by Carl Sagan," and "an old line
# from Brillat-Savarin ... He wrote,"; "a line from" right before the quotation may name
# a film, which says nothing.


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            'Ruth Vale: There is a famous line by Carl Sagan, "Extraordinary claims require '
            'extraordinary evidence." We have none.\n',
            [("Carl Sagan", "Extraordinary claims require extraordinary evidence")],
        ),
        (
            "Ruth Vale: There's an old line from Brillat-Savarin that I think about. He wrote, "
            '"Tell me what you eat." I do.\n',
            [("Brillat-Savarin", "Tell me what you eat")],
        ),
        ('Ruth Vale: There is a line from Casablanca, "Round up the usual suspects."\n', []),
    ],
)
def test_a_line_by_an_author(turn: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(turn) == expected


# 6. Someone's text read out: "I'm going to read from her letter:", "She asked me to read
# a statement ..., and I'll do that now."


@pytest.mark.parametrize(
    "turn",
    [
        "Mara Quist: Chief Alma Reyes led the response, and she wrote to us last week. I'm "
        'going to read from her letter directly: "We waited forty minutes." Forty.\n',
        "Mara Quist: Chief Alma Reyes could not be with us today. She asked me to read a "
        'short statement, and I\'ll do that now. "We waited forty minutes." Thank you.\n',
    ],
)
def test_a_text_read_out_is_its_authors(turn: str) -> None:
    assert quoted(turn) == [("Chief Alma Reyes", "We waited forty minutes")]


# 7. One a relative clause set off by commas speaks of is no antecedent for a later
# "she": "Senator Fenwick, who has known the nominee for years, could not come. She".


def test_a_person_in_a_relative_clause_is_no_antecedent() -> None:
    turn = (
        "Mara Quist: Senator Alma Fenwick, who has known the nominee for years, is away. She "
        'asked me to read a short statement, and I\'ll do that now. "He is fair." Thank you.\n'
    )
    assert quoted(turn) == [("Senator Alma Fenwick", "He is fair")]


# 8. The attribution's speaker without a cue of its own, kept when the sentence quotes
# them: "They ... and said," for a body in the plural; the name with a speech verb after
# it ("Ada Voss, said on a podcast this week,"). A person's name is no "they".


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "Ruth Vale: The Joint Chiefs urged the governor to act. They went to him in May "
            'and said, "Move the troops." He did not.\n',
            [("Joint Chiefs", "Move the troops")],
        ),
        (
            "Mara Quist: Governor Vale, listen. Their leader, Ada Voss, said on a podcast "
            'this week, "Nobody can stop us." Can anyone?\n',
            [("Ada Voss", "Nobody can stop us")],
        ),
    ],
)
def test_the_sentence_quotes_the_speaker_found(turn: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(turn) == expected


def test_they_is_no_one_person() -> None:
    turn = (
        'Ruth Vale: Groucho Marx said, "Who do you believe?" They went to him in May and '
        'said, "Move the troops." He did not.\n'
    )
    assert quoted(turn) == [("Groucho Marx", "Who do you believe")]


# 9. "A man just briefly there who asked me one simple question:": the man.


def test_one_who_asked_a_question() -> None:
    turn = (
        "Ruth Vale: I talked to a man just briefly there who asked me one simple question: "
        '"Will my plant open again?" I said yes.\n'
    )
    assert quoted(turn) == [("a man", "Will my plant open again")]


# 10. A name opening a quotation by addressing someone ('I said, "Scott, I can't do
# that."') is a person a later "he" or "she" may go back to.


def test_he_is_the_one_a_quotation_before_addressed() -> None:
    turns = (
        'Pavel Ostrander: I said, "Scott, I can\'t fire somebody for getting hurt."\n',
        "Nell Ferris: And what did he say?\n",
        'Pavel Ostrander: He said, "Then find another reason." And he left.\n',
    )
    assert quoted(*turns, opening=_HEARING) == [("Scott", "Then find another reason")]


def test_a_quotation_addressing_no_one_gives_no_he() -> None:
    turns = (
        'Pavel Ostrander: I said, "Well, I can\'t fire somebody for getting hurt."\n',
        "Nell Ferris: And what did he say?\n",
        'Pavel Ostrander: He said, "Then find another reason." And he left.\n',
    )
    assert quoted(*turns, opening=_HEARING) == []


# 11. A name no first-name list knows, named in a turn before, takes its gender from the
# "She" or "He" opening the sentence after it: "My mentor, Consuelo Ibarra. She taught
# me" / ... "She would say,"; not from a pronoun further on.


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("She", [("Consuelo Ibarra", "Count it twice")]), ("He", [])],
)
def test_a_name_takes_the_gender_of_the_pronoun_after_it(
    pronoun: str, expected: list[tuple[str, str]]
) -> None:
    turns = (
        f"Pavel Ostrander: My mentor, Consuelo Ibarra. {pronoun} taught me the trade.\n",
        "Nell Ferris: Lovely.\n",
        'Pavel Ostrander: And she would say, "Count it twice." I still do.\n',
    )
    assert quoted(*turns, opening=_HEARING) == expected


@pytest.mark.parametrize(
    "named",
    [
        # the pronoun stands further on than the next sentence's start
        "My mentor, Consuelo Ibarra. Every spring we met, and she taught me the trade.",
        "My mentor, Consuelo Ibarra. We met in Lyon. She taught me the trade.",
    ],
)
def test_a_pronoun_further_on_gives_a_name_no_gender(named: str) -> None:
    turns = (
        f"Pavel Ostrander: {named}\n",
        "Nell Ferris: Lovely.\n",
        'Pavel Ostrander: And she would say, "Count it twice." I still do.\n',
    )
    assert quoted(*turns, opening=_HEARING) == []


# 12. A written text that speaks ("it said,") is its author's: "she wrote a memo ...,
# and it said,"; "It's an email from Scott to me." / "It says".


def test_a_memo_she_wrote_says_what_she_wrote() -> None:
    turn = (
        "Pavel Ostrander: Our vice president for operations, Linda Farrow, warned us. She "
        'wrote a memo to the team in April, and it said, "We will hear it last." We did.\n'
    )
    assert quoted(turn, opening=_HEARING) == [("Linda Farrow", "We will hear it last")]


def test_an_email_from_someone_says_what_they_wrote() -> None:
    turns = (
        "Pavel Ostrander: Yes. It's an email from Scott to me, sent in March.\n",
        "Nell Ferris: Would you read the subject line?\n",
        'Pavel Ostrander: It says "Ruiz - documentation."\n',
    )
    assert quoted(*turns, opening=_HEARING) == [("Scott", "Ruiz - documentation")]


def test_it_with_no_text_named_says_nothing() -> None:
    turn = 'Pavel Ostrander: I saw the sign. It said, "Closed." So I left.\n'
    assert quoted(turn, opening=_HEARING) == []


# 13. One named in a clause put before the subject ("When a farmer came in ...,") is no
# "he" when the turn named someone agreeing before it: the turn goes on with its topic.
# "He'd ... and say" is a habit of that "he".


def test_a_fronted_clause_keeps_the_topic() -> None:
    turn = (
        "Pavel Ostrander: My father, Emile Baptiste, ran the feed store. When a farmer "
        "came in and couldn't pay, he'd never make a scene. He'd just tear off the slip "
        'and say, "Settle up at harvest." They always did.\n'
    )
    assert quoted(turn, opening=_HEARING) == [("Emile Baptiste", "Settle up at harvest")]


def test_a_fronted_clause_with_no_one_before_it_gives_the_he() -> None:
    turn = (
        "Pavel Ostrander: I was at the store. When a farmer came in and couldn't pay, he "
        'said, "Settle up at harvest." He meant it.\n'
    )
    assert quoted(turn, opening=_HEARING) == [("a farmer", "Settle up at harvest")]


# 14. "The League of Clean Voters says that ... you are - and I'm quoting -": the one who
# says so, whose words the indirect speech goes on to quote; "I" is no one new.


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("the League of Clean Voters says", [("League of Clean Voters", "hopeless")]),
        ("I said", []),
    ],
)
def test_indirect_speech_going_on_to_quote(subject: str, expected: list[tuple[str, str]]) -> None:
    turn = (
        f"Mara Quist: Governor Vale, {subject} that on the environment you are - and I'm "
        'quoting - "hopeless." Are you?\n'
    )
    assert quoted(turn) == expected


# 15. One named after a preposition in a relative clause ("a litigant who appeared before
# Judge Odum, a Mr. Ramon Ibarra. He writes,") is no antecedent; the clause's subject is
# ("a letter that Thomas Jefferson wrote to John Adams. He wrote,").


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (
            "Nell Ferris: This one is from a litigant who appeared before Judge Odum in an "
            'appeal, a Mr. Ramon Ibarra of Marietta. He writes, "He was fair to me." Thanks.\n',
            [("Mr. Ramon Ibarra", "He was fair to me")],
        ),
        (
            "Nell Ferris: There is a letter that Thomas Jefferson wrote to John Adams late in "
            'life. He wrote, "I like the dreams of the future." Lovely.\n',
            [("Thomas Jefferson", "I like the dreams of the future")],
        ),
    ],
)
def test_one_after_a_preposition_in_a_relative_clause_is_no_antecedent(
    turn: str, expected: list[tuple[str, str]]
) -> None:
    opening = _HEARING + "Franklin Odum: Thank you, Chair.\n" * 2
    assert quoted(turn, opening=opening) == expected


# 16. "He's saying that his big, bold idea is, '...'": what "he" says it is.


def test_he_says_that_it_is() -> None:
    turn = (
        "Ruth Vale: For a year he has run on this plan. And now he's saying that his big, "
        'bold idea is, "Never mind." That is no plan.\n'
    )
    assert quoted(turn) == [("Tom Okafor", "Never mind")]


def test_he_says_that_it_is_a_description_without_the_comma() -> None:
    # 'his plan is "revenue neutral"': the words describe the plan; no quoting comma
    turn = (
        "Ruth Vale: For a year he has run on this plan. And now he's saying that his plan "
        'is "revenue neutral" and fair. That is no plan.\n'
    )
    assert quoted(turn) == []


def test_fillers_with_spaces_before_the_quotation_stay_linear() -> None:
    # each "uh" followed by two spaces could be split two ways: 30 of them must not
    # take 2**30 steps
    turn = "Mara Quist: Governor Okafor, your campaign has " + "uh  " * 30
    turn += 'run ads saying, "Okafor gets it done." Does he?\n'
    assert quoted(turn) == [("Tom Okafor's campaign", "Okafor gets it done")]
