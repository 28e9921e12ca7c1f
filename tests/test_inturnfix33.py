"""Quotations inside transcript turns, review of round 33: look-alikes of its rules that
must not move a quotation to someone who did not say it."""

from __future__ import annotations

from conftest import quoted_after
from conftest import quoted_in_meeting as quoted


def speakers(*turns: str) -> set[str]:
    return {s for s, _ in quoted(*turns)}


# 1. A title and a surname that is also a common word, set off before its speech verb
# ("Dr. Price, the surgeon on call, told me,"), is still a person.


def test_a_titled_surname_set_off_before_its_verb_still_speaks() -> None:
    turn = (
        "Tess Moreno: Dr. Price, the surgeon on call, told me, "
        '"You need to rest for six weeks." The price of the scans was shocking.\n'
    )
    assert quoted(turn) == [("Dr. Price", "You need to rest for six weeks")]


def test_a_titled_surname_with_a_phrase_before_its_verb_still_speaks() -> None:
    turn = (
        'Tess Moreno: Governor Brown, in his speech, said, "We will not raise taxes." '
        "He wore a brown suit.\n"
    )
    assert quoted(turn) == [("Governor Brown", "We will not raise taxes")]


# 2. A capitalised word that only opens its sentence ("Dispatch sent us a message that
# says,", "Somebody sent me a text that says,") is no sender's name.


def test_a_sentence_opening_word_sending_a_message_is_no_name() -> None:
    turn = (
        'Tess Moreno: At two, Dispatch sent us a message that says, "Occupants on two." '
        'Then Somebody sent me a text that says, "Stairs blocked." Management sent us a '
        'memo that says, "No overtime." Someone in accounting sent me a memo that says, '
        '"No."\n'
    )
    assert not {"Dispatch", "Somebody", "Management", "Someone"} & speakers(turn)


def test_a_name_written_inside_a_sentence_still_sends() -> None:
    turn = (
        "Tess Moreno: I asked Hamid about the masks. Hamid sent me a message that says, "
        '"Masks done Thursday."\n'
    )
    assert quoted(turn) == [("Hamid", "Masks done Thursday")]


# 3. A group or a pronoun in "X in Place, who wrote in to say," ("Farmers in Iowa",
# "Somebody in Ohio") is no one named.


def test_a_group_in_a_place_who_wrote_is_no_one_named() -> None:
    turn = (
        'Tess Moreno: Farmers in Iowa, who wrote in to say, "We are hurting." '
        'Somebody in Ohio, who wrote to me, said, "Help."\n'
    )
    assert not {"Farmers", "Somebody"} & speakers(turn)


def test_a_listener_named_in_a_place_still_writes() -> None:
    turn = (
        "Tess Moreno: We finish with a listener, Margaret in Halifax, who wrote in to say, "
        '"I finally have a fig."\n'
    )
    assert quoted(turn) == [("Margaret", "I finally have a fig")]


# 4. A place or a programme as a clause's subject ("When Medicare started", "Ohio lost
# members") is no unknown person: "he" may still be the participant of the turns before.


_DEBATE = (
    "Moderator: Governor Whitfield, two minutes.\n"
    "Daniel Whitfield: Thank you. We cut taxes and the state grew.\n"
    "Moderator: Senator Alvarez?\n"
)


def test_a_place_as_subject_keeps_he_and_she_from_the_turns_before() -> None:
    turns = (
        "Maria Alvarez: The state did not grow. Ohio lost jobs. When Medicare started, he "
        'said, "This is socialism."\n',
        "Moderator: Governor, a response?\n",
        "Daniel Whitfield: Nonsense. In 2012 Iraq collapsed and Syria followed. She said, "
        '"We should stay out."\n',
        'Maria Alvarez: Detroit went bankrupt on his watch. He said, "Let it fail."\n',
    )
    assert quoted_after(_DEBATE, *turns) == [
        ("Daniel Whitfield", "This is socialism"),
        ("Maria Alvarez", "We should stay out"),
        ("Daniel Whitfield", "Let it fail"),
    ]


# 5. "My friend Ethan and I ... and said,": the speaker is one of those who said it, so
# the words are no one else's.


def test_my_named_friend_and_i_said_is_no_one_elses() -> None:
    turn = (
        "Tess Moreno: My friend Ethan and I looked at it and said, "
        '"That is a forgery." Our coach, Dale, and I sat down and said, "Enough."\n'
    )
    assert quoted(turn) == []


def test_my_named_friend_alone_still_said_it() -> None:
    turn = 'Tess Moreno: My friend Ethan looked at it and said, "That is a forgery."\n'
    assert quoted(turn) == [("Ethan", "That is a forgery")]


def test_my_wife_and_i_said_is_no_one_elses() -> None:
    turn = 'Tess Moreno: My wife and I went to the council and said, "Fix the road."\n'
    assert quoted(turn) == []


# 6. A name no list knows as a verb's object, taken up by "him" ("The owner hired Jamal in
# May and then promoted him. He said,"), is not the next "he": the subject is.


def test_a_name_as_an_object_taken_up_by_him_is_not_the_next_he() -> None:
    turn = (
        "Tess Moreno: The owner hired Jamal in May and then promoted him. He said, "
        '"You earned it."\n'
    )
    assert "Jamal" not in speakers(turn, "Paul Okafor: And Jamal? Jamal said nothing.\n")


def test_a_name_opening_a_clause_taken_up_by_him_is_still_the_next_he() -> None:
    turn = (
        "Tess Moreno: Marcus kept saying it was fine. Then Marcus came round and I showed "
        'him the letter. He said, "That coach knows what he is doing."\n'
    )
    assert quoted(turn) == [("Marcus", "That coach knows what he is doing")]


# 7. A place before "my Uncle Frank Moss" ("Back in Leeds, my Uncle Frank Moss took the
# call") is no person with a role set after it.


def test_a_place_before_a_possessive_is_no_person_named() -> None:
    turn = (
        "Tess Moreno: Back in Leeds, my Uncle Frank Moss took the call. He said, "
        '"Nobody told us."\n'
    )
    assert "Leeds" not in speakers(turn)


def test_an_adverb_before_a_possessive_is_no_person_named() -> None:
    turn = 'Tess Moreno: Sadly, our Uncle Frank Moss took the call. He said, "Nobody told us."\n'
    assert "Sadly" not in speakers(turn)
