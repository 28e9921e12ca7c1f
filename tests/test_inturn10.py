"""Quotations inside transcript turns, tenth round (invented transcripts): stricter
rules, each a quotation that stays in the turn rather than going to a guessed person."""

from __future__ import annotations

import pytest

from conftest import quoted_after

_LONG = (
    "We have work to do on jobs, on schools, on health care, and on the debt that "
    "weighs on every family in this country. "
) * 3
# Three debaters who speak alike (no pair) and a moderator who speaks less.
_THREE = (
    "Jim Lane: Good evening. Governor Bell, the first question is yours.\n"
    f"Tom Bell: Thank you, Jim. {_LONG}{_LONG}\n"
    "Jim Lane: Senator Reyes.\n"
    f"Ana Reyes: Thank you. {_LONG}{_LONG}\n"
    "Jim Lane: Mr. Ford.\n"
    f"Sam Ford: Thank you. {_LONG}{_LONG}\n"
    "Jim Lane: Governor Bell, a follow-up.\n"
)
_MODERATOR_NEXT = "Jim Lane: Thank you. Senator Reyes, your response.\n"
_REYES_NEXT = "Ana Reyes: I meant every word of it.\n"


def quoted(*turns: str, opening: str = _THREE) -> list[tuple[str, str]]:
    return quoted_after(opening, *turns)


# 1. "You" is the one who speaks next only when the turn puts a question to them: one
# who asks speaks less than the one who answers, or ends the turn asking. A debater's
# "you said" before the moderator speaks again quotes no moderator.


@pytest.mark.parametrize(
    "turn",
    [
        'Tom Bell: You said, "Nothing will change." But everything changes.\n',
        'Tom Bell: And you say, "Trust me." Well, I do not.\n',
    ],
)
def test_debaters_you_is_not_the_moderator_who_speaks_next(turn: str) -> None:
    assert quoted(turn, _MODERATOR_NEXT, _REYES_NEXT) == []


def test_moderators_you_is_the_debater_who_answers() -> None:
    turn = 'Jim Lane: You said, "Nothing will change." What did you mean by it?\n'
    assert quoted(turn, _REYES_NEXT) == [("Ana Reyes", "Nothing will change")]


def test_a_turn_ending_in_a_question_asks_the_one_who_speaks_next() -> None:
    # a questioner who speaks more than the one asked, as on a panel of several
    turn = f'Tom Bell: {_LONG} You said, "We will verify." Will you verify it?\n'
    quiet = "Ann Holt: I will, and I said so.\n"
    assert quoted(turn, quiet) == [("Ann Holt", "We will verify")]


# 2. A name standing as the object of a preposition of place before the cue is where the
# speakers are, no speaker: "Everybody in Ohio said," quotes no Ohio.

_TWO = (
    "Anna Kowal: Senator Vale, the first question is yours.\n"
    "Martin Vale: Thank you, Anna. I have been clear about taxes all along.\n"
    "Anna Kowal: Governor Okafor.\n"
    "Grace Okafor: Thank you. Let me talk about what we did in my state.\n"
)


@pytest.mark.parametrize(
    "turn",
    [
        'Martin Vale: Everybody in Ohio said, "Enough."\n',
        'Martin Vale: People in Ohio told me, "Fix the roads."\n',
        'Martin Vale: Families across Michigan say, "We can\'t pay."\n',
        'Martin Vale: Everyone from Maine to Hawaii says, "Enough."\n',
        'Martin Vale: The sign at the rally for Senator Brown said, "Jobs now."\n',
    ],
)
def test_a_place_before_the_cue_is_no_speaker(turn: str) -> None:
    assert quoted(turn, opening=_TWO) == []


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        ('Martin Vale: A farmer in Iowa told me, "Fix the roads."\n', "A farmer in Iowa"),
        ('Martin Vale: Churchill said in London, "Never give in."\n', "Churchill"),
    ],
)
def test_a_speaker_with_a_place_keeps_it(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn, opening=_TWO)] == [who]


# 3. A debater's "he" with no one mentioned is the other debater, but not when the
# sentence before it or its own names someone no first name list knows: "I met Putin in
# Helsinki. He said," is Putin's, whom the tool cannot name, so it stays in the turn.

_LINE = (
    "We have work to do on jobs, on schools, on health care, and on the debt that "
    "weighs on every family in this country. "
) * 3
_PEERS = (
    "Anna Kowal: Good evening. Senator Vale, the first question is yours.\n"
    f"Martin Vale: Thank you, Anna. {_LINE}\n"
    "Anna Kowal: Governor Okafor, your response.\n"
    f"Tom Okafor: Thank you. {_LINE}\n"
    "Anna Kowal: Senator Vale.\n"
)
_THANKS = "Anna Kowal: Thank you both.\n"


@pytest.mark.parametrize(
    "turn",
    [
        'Martin Vale: I met Putin in Helsinki. He said, "We are partners."\n',
        'Martin Vale: I read a book by Kissinger last year. He wrote, "Power is a drug."\n',
        'Martin Vale: Let me tell you about Ike. He said, "Beware the complex."\n',
    ],
)
def test_debaters_he_after_someone_else_named_stays(turn: str) -> None:
    assert quoted(turn, _THANKS, opening=_PEERS) == []


@pytest.mark.parametrize(
    "turn",
    [
        'Martin Vale: He is wrong about taxes in Ohio. He said, "We need more taxes."\n',
        "Martin Vale: He ran the Federal Reserve plan into the ground for the state. "
        'He said, "We need more taxes."\n',
        # a day and a programme name no one (review finding)
        'Martin Vale: My opponent went to Detroit on Tuesday. He said, "We need more taxes."\n',
        'Martin Vale: He is wrong about funding for Medicare. He said, "We need more taxes."\n',
    ],
)
def test_debaters_he_among_places_and_things_is_the_other(turn: str) -> None:
    assert quoted(turn, _THANKS, opening=_PEERS) == [("Tom Okafor", "We need more taxes")]


# 4. A relative clause ("that said", "which says") speaks for the noun it follows, not
# for the subject of the sentence: "Senator Brown got a letter from a girl in Ohio that
# said," is no quoting of Senator Brown; "Senator Brown is the one that said," is.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            "Martin Vale: Senator Brown got a letter from a girl in Ohio that said, "
            '"Help my dad."\n',
            ["a girl in Ohio"],
        ),
        ('Martin Vale: Senator Brown showed me the poll that said, "Nobody wins."\n', []),
        ('Martin Vale: Senator Brown is the one that said, "We will win."\n', ["Senator Brown"]),
    ],
)
def test_a_relative_clause_speaks_for_its_noun(turn: str, who: list[str]) -> None:
    assert [w for w, _ in quoted(turn, opening=_TWO)] == who


# 5. A present "you say" after another "you" of its sentence, joined by "and", tells
# what anyone does ("You go to any diner and you say,"); "you said" is the addressee's.


@pytest.mark.parametrize(
    "turn",
    [
        'Martin Vale: You go to any diner in Ohio and you say, "How are you doing?"\n',
        'Martin Vale: You look a family in the eye and you say, "We did our best."\n',
    ],
)
def test_generic_you_say_stays(turn: str) -> None:
    assert quoted(turn, _THANKS, opening=_PEERS) == []


def test_you_did_and_you_said_is_the_other_debater() -> None:
    turn = 'Martin Vale: You raised taxes and you said, "It was needed."\n'
    assert quoted(turn, _THANKS, opening=_PEERS) == [("Tom Okafor", "It was needed")]
