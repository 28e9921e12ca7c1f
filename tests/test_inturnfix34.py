"""Quotations inside transcript turns, review of round 34: look-alikes of its rules that
must not take a quotation from the one who said it, nor give it to someone who did not."""

from __future__ import annotations

from conftest import quoted_in_meeting as quoted

# 1. A report of one's own person, then the reporter speaking again in a clause of their
# own ("He said his son was fine, and then he told me,"): the reporter's words, not
# someone unnamed's.


def test_the_reporter_speaking_again_after_a_report_keeps_the_words() -> None:
    turn = (
        "Tess Moreno: I met Tom Baker last week. He said his son was doing fine, and then "
        'he told me, "I am leaving the firm in June."\n'
    )
    assert quoted(turn) == [("Tom Baker", "I am leaving the firm in June")]


def test_she_said_after_her_mothers_silence_is_hers() -> None:
    turn = (
        "Tess Moreno: I spoke to Linda Price. She told me her mother never said a word "
        'about it, and then she said, "I found the letters in the attic."\n'
    )
    assert quoted(turn) == [("Linda Price", "I found the letters in the attic")]


def test_her_grandmothers_saying_is_still_not_hers() -> None:
    turn = (
        'Tess Moreno: Linda Price told me that her grandmother always said, "Never borrow money."\n'
    )
    assert quoted(turn) == []


# 2. "I read that Senator Paula Hicks said," before a quotation whose cue follows it: the
# one named said it, not the speaker ("I ... said" is the speaker's only with no other
# subject of the verb).


def test_i_read_that_a_named_person_said_gives_the_words_to_them() -> None:
    turn = (
        "Tess Moreno: I read that Senator Paula Hicks said, "
        '"The bill is dead." She said it on Tuesday.\n'
    )
    assert quoted(turn) == [("Paula Hicks", "The bill is dead")]


def test_i_was_there_when_a_named_person_told_them_is_theirs() -> None:
    turn = 'Tess Moreno: I was there when Tom Baker told them, "We are closing." He cried.\n'
    assert quoted(turn) == [("Tom Baker", "We are closing")]


def test_my_own_call_before_a_reply_still_stays_in_the_turn() -> None:
    turn = (
        "Tess Moreno: Captain Lindgren was on the bridge. I called him at 0743 and said, "
        '"Request tug push." He acknowledged.\n'
    )
    assert quoted(turn) == []


# 3. A sign-off only closes a letter when it opens its own sentence or line: "All You
# Need Is Love, Beatles Fans." is signed by no one.


def test_love_inside_a_title_is_no_sign_off() -> None:
    turn = 'Tess Moreno: The poster said, "All You Need Is Love, Beatles Fans."\n'
    assert "Beatles Fans" not in {s for s, _ in quoted(turn)}


def test_a_card_signed_with_love_is_still_the_signers() -> None:
    turn = 'Tess Moreno: The card read, "Thinking of you all. Love, Mary Ellis."\n'
    assert quoted(turn) == [("Mary Ellis", "Thinking of you all. Love, Mary Ellis")]


# 4. "my first husband" is not the husband the speaker names now ("My husband, Tom Reid,").


def test_a_first_husband_is_not_the_husband_named() -> None:
    turn = (
        "Tess Moreno: My husband, Tom Reid, is away. My first husband used to say, "
        '"Never marry twice."\n'
    )
    assert "Tom Reid" not in {s for s, _ in quoted(turn)}


def test_a_late_husband_is_still_the_husband_named() -> None:
    first = "Tess Moreno: My husband, Ernesto Castellano, planted those beds in 1998.\n"
    later = 'Tess Moreno: And my late husband used to say, "A fence is a promise."\n'
    assert quoted(first, later) == [("Ernesto Castellano", "A fence is a promise")]


# 5. A quotation punctuated as a clause of its own, then "in quotes" ('Ann Cole said, "We
# are fine," in quotes,'): the speaker vouching for the wording, not a word as a word.


def test_a_punctuated_quotation_in_quotes_is_still_said() -> None:
    turn = 'Tess Moreno: Ann Cole said, "We are fine," in quotes, and then she hung up.\n'
    assert quoted(turn) == [("Ann Cole", "We are fine")]


def test_a_word_in_quotes_is_still_a_word_as_a_word() -> None:
    turn = 'Tess Moreno: Ann Cole keeps saying "synergy" in quotes at every meeting.\n'
    assert quoted(turn) == []


# 6. A state said of one's own person, then "and" a speech verb ("She explained that her
# husband was away and asked,"): the verb goes with the report, the reporter asks.


def test_a_state_then_and_asked_is_the_reporters_question() -> None:
    turn = (
        "Tess Moreno: Maria Santos came in on Monday. She explained that her husband was "
        'away and asked, "Can you cover the shift?"\n'
    )
    assert quoted(turn) == [("Maria Santos", "Can you cover the shift")]


def test_someone_at_the_door_who_said_it_is_still_not_the_reporter() -> None:
    turn = (
        "Tess Moreno: Doris Abernathy told me that somebody was at her door and said, "
        '"You should move out."\n'
    )
    assert quoted(turn) == []


def test_her_boss_coming_in_and_saying_it_is_still_not_the_reporter() -> None:
    turn = (
        "Tess Moreno: Doris Abernathy told me that her boss came in and said, "
        '"You should move out."\n'
    )
    assert "Doris Abernathy" not in {s for s, _ in quoted(turn)}


# 7. "She sent me a note that said," left to no one by the pronoun rules, with someone
# described but not named between the name the attribution found and the cue ("their
# assistant called."): she may be that one, so not the name.


def test_a_described_one_between_keeps_the_note_from_the_name_before() -> None:
    turn = (
        "Tess Moreno: After the meeting with Pat Lee, their assistant called. She sent me "
        'a note that said, "Cancelled."\n'
    )
    assert "Pat Lee" not in {s for s, _ in quoted(turn)}


def test_an_agency_rep_between_keeps_the_note_from_the_one_hired() -> None:
    turn = (
        "Tess Moreno: We hired Sam Quinn through an agency. The agency rep was lovely. "
        'She once sent home a note that said, "Welcome aboard."\n'
    )
    assert "Sam Quinn" not in {s for s, _ in quoted(turn)}


# 8. '"...," and he added, "..."' after a cue spoken to another ("The judge told the
# defendant,"): the one told may be the one adding, so the words are not chained on.


def test_he_added_after_words_told_to_another_is_not_chained_on() -> None:
    turn = (
        'Tess Moreno: The judge told the defendant, "Stand up," and he added, "Your '
        'Honor, I object."\n'
    )
    assert quoted(turn) == [("The judge", "Stand up")]


def test_he_added_after_words_told_to_me_still_goes_on() -> None:
    turn = 'Tess Moreno: Mr. Lee told me, "Sit down," and then he added, "Now." So I sat.\n'
    assert quoted(turn) == [("Mr. Lee", "Sit down"), ("Mr. Lee", "Now")]


# 9. "He has a line he quotes all the time:": a line borrowed is another's, not his.


def test_a_line_he_quotes_is_not_his_own_saying() -> None:
    turn = (
        "Tess Moreno: Tom Baker loves Churchill. He has a line he quotes all the time: "
        '"Never give in."\n'
    )
    assert "Tom Baker" not in {s for s, _ in quoted(turn)}


def test_a_line_he_uses_is_still_his_own_saying() -> None:
    turn = (
        "Tess Moreno: Tom Baker coaches the juniors. He has a line he uses with every kid, "
        '"Eyes up, feet quiet."\n'
    )
    assert quoted(turn) == [("Tom Baker", "Eyes up, feet quiet")]


# 10. A comma, then "and" the speech verb ("told me someone had taken his bike, and
# asked,"): the verb goes with the report, set off from the clause reported.


def test_comma_and_asked_after_a_report_is_the_reporters_question() -> None:
    turn = (
        "Tess Moreno: Tom Baker told me someone had taken his bike, and asked, "
        '"Can I borrow yours?"\n'
    )
    assert quoted(turn) == [("Tom Baker", "Can I borrow yours")]
