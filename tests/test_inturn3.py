"""Quotations inside transcript turns, third round: "he said" and "she said" read in the
debate (invented transcripts)."""

from __future__ import annotations

import pytest

from conftest import DEBATE as _DEBATE
from rhetoscope import split_speakers


def quoted(*turns: str) -> list[str]:
    """The speakers of the quote segments cut out of ``turns`` after the debate opening."""
    text = _DEBATE + "".join(turns)
    return [s.speaker for s in split_speakers(text) if s.kind == "quote"]


# 1. "He" or "she" is no thing: a word the document writes after "the" at the end of a
# phrase ("the Harbor,", "the Bench.") is a place or an institution.


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        # with no person in the turn, "he" is the other debater (rule 3), not the thing
        (
            "Ruth Vale: I name judges who will not rule from the Tower, who will read the law. "
            'But his friends know that in the primary he said, "I am a judge of the people."\n',
            ["Tom Okafor"],
        ),
        (
            "Tom Okafor: I name judges who will not rule from the Tower, who will read the law. "
            'But his friends know that in the primary he said, "I am a judge of the people."\n',
            [],
        ),
    ],
)
def test_a_pronoun_is_no_thing_named_after_the(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


def test_a_name_written_after_the_can_still_speak_by_name() -> None:
    turn = 'Tom Okafor: We met the Tower, who runs the port. Tower said, "Ship it."\n'
    assert quoted(turn) == ["Tower"]


# 2. "He said" / "she said" that attribution leaves to no one is the last person the turn
# mentions before it, when the pronoun agrees: a description, "my mother" (the
# speaker's), a titled name.


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        (
            "Ruth Vale: I was in Toledo, and a nurse stopped me in the hall and she said, "
            '"We cannot keep up." That is why I act.\n',
            ["a nurse"],
        ),
        (
            "Ruth Vale: Last week the mayor of a small town came to see me, and he said, "
            '"Our roads are falling apart." We will fix them.\n',
            ["the mayor of a small town"],
        ),
        (
            "Tom Okafor: My mother worked nights. She was tired, but she never complained. "
            'And she said, "Finish what you start." I did.\n',
            ["Tom Okafor's mother"],
        ),
        (
            "Ruth Vale: I visited the farm of an old friend of mine. He said, "
            '"The rain never came." It is hard.\n',
            ["an old friend"],
        ),
    ],
)
def test_a_pronoun_is_the_person_the_turn_mentioned_last(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


@pytest.mark.parametrize(
    "turn",
    [
        # the pronoun disagrees with the one mentioned last: no one
        'Ruth Vale: A woman in the front row stood up. Then he said, "Sit down." I did not.\n',
        # a person mentioned far before the pronoun
        "Ruth Vale: A farmer wrote to me. "
        + "We have talked about trade and about the price of feed and seed for years. " * 6
        + 'Then he said, "Enough." I agree.\n',
    ],
)
def test_a_pronoun_with_no_agreeing_person_close_before_quotes_no_one(turn: str) -> None:
    assert quoted(turn) == []


# 3. With no one mentioned in the turn, "he said" / "she said" is the other debater, or
# the one the turns just before said spoke.


def test_a_pronoun_with_no_one_in_the_turn_is_the_other_debater() -> None:
    turn = 'Ruth Vale: Last spring he said, "Taxes will fall for everyone." They rose.\n'
    assert quoted(turn) == ["Tom Okafor"]


def test_the_other_debater_must_agree_with_the_pronoun() -> None:
    turn = 'Ruth Vale: Last spring she said, "Taxes will fall for everyone." They rose.\n'
    assert quoted(turn) == []


def test_a_pronoun_is_the_one_the_turns_before_said_spoke() -> None:
    turns = (
        "Tom Okafor: Ask Dr. Hallam. Dr. Hallam said the opposite.\n",
        "Ruth Vale: That is not true.\n",
        'Tom Okafor: He said very clearly, "The plan works." Then he changed his mind.\n',
    )
    assert quoted(*turns) == ["Dr. Hallam"]


def test_a_person_only_named_in_the_turns_before_is_no_one_to_quote() -> None:
    turns = (
        "Mara Quist: Senator Ferris visited the plant last week.\n",
        'Tom Okafor: And he said, "The plant stays open." It closed.\n',
    )
    # Senator Ferris is not known to be a he, and was not said to speak: no one.
    assert quoted(*turns) == []


def test_a_moderator_saying_he_said_is_no_debater() -> None:
    turn = 'Mara Quist: Yesterday he said, "I will not debate again." Your answer?\n'
    assert quoted(turn) == []


# 4. "X did something and said, ..." : the subject of the clause whose second verb is the
# speech cue (a name, a description, or "he"/"she" read as in rule 2).


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        (
            "Tom Okafor: I showed Dumont the figures. And Dumont pushed them away and said, "
            '"Numbers do not vote." He was wrong.\n',
            ["Dumont"],
        ),
        (
            "Ruth Vale: I was at a fair in Erie and a teacher came up to me with her "
            'class and said, "We need books." We will buy them.\n',
            ["a teacher"],
        ),
        (
            "Tom Okafor: I was fishing with the sheriff of the county, and he pointed at the "
            'river, and said, "That is where the mill dumps." We closed it.\n',
            ["the sheriff of the county"],
        ),
    ],
)
def test_the_subject_of_and_said_is_the_speaker(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


@pytest.mark.parametrize(
    "turn",
    [
        # the speaker's own words
        'Tom Okafor: I went to the plant in Erie and said, "We will keep it open." We did.\n',
        # a thing is no speaker
        'Tom Okafor: The plant closed in May and said, "Goodbye, Erie." So read the sign.\n',
        # "she" that no one before agrees with
        "Tom Okafor: My brother drove to Erie, and she waved at him, and said, "
        '"Welcome home." It was nice.\n',
    ],
)
def test_and_said_without_a_speaker_quotes_no_one(turn: str) -> None:
    assert quoted(turn) == []


# 5. A "speaker" holding a modal or a negation is a sentence that states a rule.


@pytest.mark.parametrize(
    ("turn", "speakers"),
    [
        ('Tom Okafor: A Governor should never say "never." I learned that.\n', []),
        ('Tom Okafor: No Senator can say "trust me" and mean it.\n', []),
        ('Tom Okafor: Governor Perkins told me, "Never again." I agree.\n', ["Governor Perkins"]),
    ],
)
def test_a_speaker_with_a_modal_is_no_speaker(turn: str, speakers: list[str]) -> None:
    assert quoted(turn) == speakers


def test_a_name_that_is_also_a_modal_still_speaks() -> None:
    turn = 'Tom Okafor: The columnist Ada Will wrote, "Freedom is on the march." Not here.\n'
    assert quoted(turn) == ["Ada Will"]


# 6. An interview is no debate: a guest's "he" is not the interviewer the guest talks to,
# whether or not the guest addresses them by name.

_INTERVIEW = (
    "JOHN SMITH: Good evening. You met the minister last week. What did Volkov tell you?\n\n"
    "MARY JONES: {answer}\n\n"
    "JOHN SMITH: And what did you answer?\n\n"
    "MARY JONES: I told him we would not accept it.\n"
)


@pytest.mark.parametrize(
    "answer",
    [
        'Well, John, it was a long meeting. He said, "We are not going to withdraw."',
        'It was a long meeting. He said, "We are not going to withdraw."',
    ],
)
def test_a_guests_he_is_not_the_interviewer(answer: str) -> None:
    segments = split_speakers(_INTERVIEW.format(answer=answer))
    assert "JOHN SMITH" not in [s.speaker for s in segments if s.kind == "quote"]


def test_a_debater_addressed_by_name_is_not_he() -> None:
    turn = 'Ruth Vale: Well, Tom, you know what he said. He said, "Taxes will rise."\n'
    assert "Tom Okafor" not in quoted(turn)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("My father always said,", "Tom Okafor's father"),
        ("my grandmother used to tell me,", "Tom Okafor's grandmother"),
        ("My old coach told me:", "Tom Okafor's old coach"),
    ],
)
def test_one_of_the_speakers_own_people_quoted(words: str, speaker: str) -> None:
    turn = f'Tom Okafor: I learned it young. {words} "Never give up on people."\n'
    assert quoted(turn) == [speaker]


@pytest.mark.parametrize(
    "words",
    ["My staff said,", "My plan said,", "I told my father,"],
)
def test_not_one_of_the_speakers_people(words: str) -> None:
    turn = f'Tom Okafor: I learned it young. {words} "Never give up on people."\n'
    assert quoted(turn) == []


def test_he_in_a_long_turn_is_the_person_it_just_named() -> None:
    story = "We talked for a long while about the plant and the town and the river. " * 80
    turn = f'Tom Okafor: {story}I met a farmer in Ohio and he said, "Keep it open." {story}\n'
    assert quoted(turn) == ["a farmer in Ohio"]


def test_he_in_a_long_turn_naming_no_one_lately_stays_in_the_turn() -> None:
    story = "We talked for a long while about the plant and the town and the river. " * 80
    turn = f'Tom Okafor: I met a farmer in Ohio. {story}He said, "Keep it open."\n'
    assert quoted(turn) == []
