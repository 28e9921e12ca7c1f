"""Quotations inside transcript turns, the review of round 32: look-alikes its rules took
for someone's words (an answer after a question, a text read out after another was
named, a word that opens a sentence before "himself", a title before "it was written
by")."""

from __future__ import annotations

from conftest import quoted_after

# A radio interview: a host and a guest.
_SHOW = (
    "Amy Lindqvist: Welcome back. My guest is Carl Dunmore, a retired firefighter.\n"
    "Carl Dunmore: Thanks for having me, Amy.\n"
)
_HOST = "Amy Lindqvist: We'll be right back after this.\n"


def quoted(*turns: str) -> list[tuple[str, str]]:
    return quoted_after(_SHOW, *turns, _HOST)


# 1. A question, its asker's cue, then words with no cue: the answer, most often another's,
# not the second half of the asker's quotation.


def test_the_answer_after_a_question_is_not_the_askers() -> None:
    turn = (
        'Carl Dunmore: Then my wife called the station. "Is he alive?" she asked. '
        "\"He's fine, ma'am, he's on the truck.\" That was the dispatcher.\n"
    )
    assert quoted(turn) == [("Carl Dunmore's wife", "Is he alive")]


def test_a_reply_to_a_question_she_said_stays_in_the_turn() -> None:
    turn = (
        'Carl Dunmore: My captain\'s wife opened the door. "What do you want?" she said. '
        '"We need to talk to your husband." She let us in.\n'
    )
    assert [words for _, words in quoted(turn)] == ["What do you want"]


def test_a_split_statement_still_goes_on_with_its_speaker() -> None:
    turn = (
        'Carl Dunmore: My mother was tough. "You can have the car," she told me. "But you '
        'pay for the gas." That was her way.\n'
    )
    assert quoted(turn) == [
        ("Carl Dunmore's mother", "You can have the car"),
        ("Carl Dunmore's mother", "But you pay for the gas"),
    ]


# 2. "Let me read it." after a text named with its author: the author's words only when
# that text is the one just named, not one named before another sentence brought up
# another text.


def test_a_text_read_out_after_another_was_brought_up_is_not_the_first_ones() -> None:
    turn = (
        "Carl Dunmore: I got an email from the chief, Dana Pruitt, on Friday, and then I "
        'called the state. They sent me the rules. Let me read it. "No volunteer shall '
        'drive an engine without a license."\n'
    )
    assert not any(who == "Dana Pruitt" for who, _ in quoted(turn))


def test_a_text_read_out_right_after_its_author_is_named_is_the_authors() -> None:
    turn = (
        "Carl Dunmore: I got an email from the chief, Dana Pruitt, on Friday. Let me read "
        'it. "No volunteer shall drive an engine without a license."\n'
    )
    assert quoted(turn) == [("Dana Pruitt", "No volunteer shall drive an engine without a license")]


# 3. A surname before "himself" or "herself" is a person by that name, without the word
# that opens the sentence before it.


def test_the_word_opening_the_sentence_is_no_part_of_the_name_before_himself() -> None:
    turn = (
        "Carl Dunmore: The whole department was angry. Even Okonkwo himself posted last "
        'night. He wrote, "I was wrong about the levy."\n'
    )
    assert quoted(turn) == [("Okonkwo", "I was wrong about the levy")]


def test_then_before_a_surname_and_herself_is_no_part_of_her_name() -> None:
    turn = (
        "Carl Dunmore: We waited all day. Then Brannigan herself called me. She said, "
        '"I\'m not running."\n'
    )
    assert quoted(turn) == [("Brannigan", "I'm not running")]


# 4. A title before "and it's written by NAME" names a work, not words its author said.


def test_a_song_title_before_its_writer_is_no_quotation_of_hers() -> None:
    turn = (
        'Carl Dunmore: The station played the song "Hold On," and it\'s written by Mary '
        "Lanigan, all summer long.\n"
    )
    assert quoted(turn) == []


def test_a_statement_before_its_signer_is_still_the_signers() -> None:
    turn = (
        'Carl Dunmore: We got a letter. It said, "We regret the error and will pay the '
        "claim,\" and that's signed by the fire commissioner, Tom Reddick.\n"
    )
    assert quoted(turn) == [("Tom Reddick", "We regret the error and will pay the claim")]


# 5. A form of address after "And" at the turn's very start, or right after a quotation's
# closing mark: "you" is the one addressed there, not one addressed before nor the chair.

_HALL = (
    "Rita Gomez: We'll open public comment. Councilwoman Reyes and Officer Diaz are here.\n"
    "Ana Reyes: Thank you, Mayor.\n"
    "Luis Diaz: Glad to be here.\n"
)
_MAYOR = "Rita Gomez: Thank you. Next speaker.\n"


def test_and_a_title_opening_the_turn_addresses_the_one_you_is() -> None:
    turn = 'Ruth Abbott: And Councilwoman Reyes, you said, "The road is a priority." Was it?\n'
    assert quoted_after(_HALL, turn, _MAYOR) == [("Ana Reyes", "The road is a priority")]


def test_a_title_after_a_quotations_closing_mark_addresses_the_one_you_is() -> None:
    turn = (
        'Ruth Abbott: Now Councilwoman Reyes, my neighbor told me, "The police never come." '
        'But Officer Diaz, you told my son, "Go home or else." Is that policy?\n'
    )
    assert ("Luis Diaz", "Go home or else") in quoted_after(_HALL, turn, _MAYOR)


# 6. "You emailed me a copy of the audit, which says," / "you posted their letter": a text
# the one addressed passed on, to whomever, or another's, says no words of theirs.

_DEBATE = (
    "Jane Ruiz: Welcome. Our candidates are Tom Hale and Lisa Park.\n"
    "Tom Hale: Thank you, Jane.\n"
    "Lisa Park: Thank you.\n"
)
_CLOSE = "Lisa Park: I have nothing to add.\n"


def test_a_copy_emailed_to_me_says_nothing_of_the_one_addressed() -> None:
    turn = (
        'Jane Ruiz: Mr. Hale, you emailed me a copy of the audit, which says, "The city '
        'overspent by four million." Is that right?\n'
    )
    assert quoted_after(_DEBATE, turn, _CLOSE) == []


def test_a_flyer_texted_to_voters_and_their_letter_posted_are_no_ones() -> None:
    turn = (
        'Jane Ruiz: Ms. Park, you texted voters a flyer that reads, "Hale will raise your '
        'taxes." And Mr. Hale, you posted their letter, "We endorse Lisa Park," on your '
        "page.\n"
    )
    assert quoted_after(_DEBATE, turn, _CLOSE) == []


def test_you_texted_me_is_still_the_one_addressed() -> None:
    turn = 'Lisa Park: Tom, you texted me, "Call me tonight," and never picked up.\n'
    assert quoted_after(_DEBATE, turn, _CLOSE) == [("Tom Hale", "Call me tonight")]
