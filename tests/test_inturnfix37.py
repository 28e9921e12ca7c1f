"""The in-turn quotation round 37's rules on look-alikes its review found (stop 36): each
test fails on the round's branch and keeps the round's own cases."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import quoted_in_meeting as quoted
from rhetoscope.speakers.addressee import checks

# 0. A name written only after a preposition of place, read from an index of the
# text's words: a scan of the whole text per name is quadratic in the names.


_NAME_PIECES = st.sampled_from(
    ["Tom", "Tom Hale", "Hale", "Tom-Hale", "Tom Hale's", "Hale's", " ", ", ", "at ", "xTom",
     "Tom\u2019s", "Tom's", "-", "'s", "\n", "in the "]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=16).map("".join), st.sampled_from(["Tom", "Tom Hale"]))
def test_a_name_is_found_where_the_plain_pattern_finds_it(text: str, name: str) -> None:
    plain = [
        m.start()
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-]|['\u2019]s\b)", text)
    ]
    assert checks._written_at(name, text) == plain


def test_many_names_each_read_once_not_the_whole_text_per_name() -> None:
    # 40,000 names in a text of two million characters: a scan of the text per name
    # would take many minutes
    names = [f"Zor{i:05d} Quax{i:05d}" for i in range(40_000)]
    text = " ".join(f"The barn stands near {n}." for n in names)
    checks._only_at_a_place.cache_clear()
    assert all(checks._only_at_a_place(n, text) for n in names)


# 1. A name written only after "at", "into", "past", "across" or "in" is a place only
# when no known first name opens it and no verb that takes a person stands before the
# preposition: "I looked at Maria Cole and she said," is Maria Cole's.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        ('I looked at Maria Cole and she said, "You are late again."', "Maria Cole"),
        ('I bumped into Sarah Kent in town. She said, "We are moving."', "Sarah Kent"),
        ('I shouted at Tom Blake, and he just said, "Calm down."', "Tom Blake"),
        (
            'I came across Jack Byrne in the archive and he said, "It was never filed."',
            "Jack Byrne",
        ),
    ],
)
def test_a_person_after_a_preposition_is_still_he_or_she(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(f"Tess Moreno: {turn}\n")] == [who]


def test_a_place_after_a_preposition_is_still_no_one() -> None:
    turn = 'Tess Moreno: The barn stands near Hollin Cross. He rang and said, "The gate is open."\n'
    assert quoted(turn) == []


# 2. A name set off by commas after a thing ("The letter, Tom, says"), a title or an
# office ("Your predecessor, Senator, said"), or a participant's first name after "your"
# is the one spoken to, not the one who said the words.


@pytest.mark.parametrize(
    "turn",
    [
        'The letter, Tom, says, "We regret the delay."',
        'The banner, Maria, said, "Save our library."',
        'The report, Tom, says, "Costs rose by a third."',
        'Your predecessor, Senator, said, "We will never cut this budget." Do you agree?',
        'The inspector, Minister, said, "The site is unsafe."',
        'The letter, Councillor, says, "We object strongly."',
        'Your own adviser, Paul, wrote, "The figures do not add up." Do you agree with him?',
    ],
)
def test_a_name_set_off_after_a_thing_or_as_a_title_is_the_one_spoken_to(turn: str) -> None:
    assert quoted(f"Tess Moreno: {turn}\n") == []


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        ('Our neighbour, Tom, said, "The fence is yours."', "Tom"),
        ('The caretaker, Harrow, told me, "We lock up at nine."', "Harrow"),
        ('Your brother, Tom, told me, "She is moving to Leeds."', "Tom"),
        ('Your brother, Dean, said, "I was in Leeds."', "Dean"),
        ('Our neighbour, Guy, said, "The hedge is mine."', "Guy"),
    ],
)
def test_a_person_set_off_after_a_role_still_speaks(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(f"Tess Moreno: {turn}\n")] == [who]


# 9. A title in Title Case set in what a described person named in apposition said ("The
# caretaker, Phil, asked whether we had seen "The Long Good Friday"") is no one's words.


def test_a_title_set_in_what_a_described_person_said_is_no_ones() -> None:
    turn = (
        "Tess Moreno: The caretaker, Phil, asked whether we had seen "
        '"The Long Good Friday" at the club.\n'
    )
    assert quoted(turn) == []


def test_a_phrase_set_in_what_a_described_person_said_is_still_theirs() -> None:
    turn = 'Tess Moreno: Our treasurer, Bronwyn, said it was "nowhere near as bad as we feared."\n'
    assert [w for w, _ in quoted(turn)] == ["Bronwyn"]


# 10. Another subject's speech between a described person's cue and the quotation ("The
# caretaker, Phil, told me that the council had said,"): nested, the inner one's words.


@pytest.mark.parametrize(
    ("turn", "not_who"),
    [
        ('The caretaker, Phil, told me that the council had said, "The hall must close."', "Phil"),
        ('My neighbour, Ruth, said her husband told her, "Never again."', "Ruth"),
        ('The chair, Rosalind, said that Tom Blake had told her, "I resign."', "Rosalind"),
        ('Our builder, Kevin, said the inspector told him, "Start again."', "Kevin"),
    ],
)
def test_a_nested_speaker_after_a_described_persons_cue_is_not_theirs(
    turn: str, not_who: str
) -> None:
    assert not_who not in [w for w, _ in quoted(f"Tess Moreno: {turn}\n")]


def test_the_described_persons_own_second_verb_is_still_theirs() -> None:
    turn = 'Tess Moreno: Our foreman, Gary, rang me after the storm and said, "Stay home."\n'
    assert [w for w, _ in quoted(turn)] == ["Gary"]


# 13. A participant's first name set off after a description ("Our chair, Nora, told
# me,") is that participant, as the name alone is elsewhere.


def test_a_participants_first_name_set_off_is_the_participant() -> None:
    got = quoted('Tess Moreno: Our chair, Nora, told me, "The budget is set."\n')
    assert [w for w, _ in got] == ["Nora Vance"]


def test_a_participant_set_off_after_your_who_does_not_answer_still_speaks() -> None:
    got = quoted('Tess Moreno: Your colleague, Nora, wrote, "The budget is set." Paul?\n')
    assert [w for w, _ in got] == ["Nora Vance"]


# 8. The turn before saying a participant did what the pronoun's cue says ("Tom asked me
# to ring the council." / "He asked,") makes "he" that participant only when the pronoun
# opens the turn and no one else is named after them.


@pytest.mark.parametrize(
    ("before", "turn"),
    [
        (
            "Nora Vance: Paul asked me to ring the council.\n",
            'Tess Moreno: I rang the council. He asked, "Who is calling?"\n',
        ),
        (
            "Nora Vance: Paul told the committee it was fine.\n",
            'Tess Moreno: I spoke to the surveyor yesterday. He told us, "It is not fine."\n',
        ),
        (
            "Nora Vance: Paul told me you spoke to Dmitri Volkov.\n",
            'Tess Moreno: He told me, "Never again."\n',
        ),
    ],
)
def test_he_after_another_opening_or_a_name_after_is_not_the_participant(
    before: str, turn: str
) -> None:
    assert "Paul Okafor" not in [w for w, _ in quoted(before, turn)]


def test_he_opening_the_turn_after_a_word_is_still_the_participant() -> None:
    got = quoted(
        "Nora Vance: Paul told the committee it was fine.\n",
        'Tess Moreno: Yes. He told us, "It is fine, I checked it myself."\n',
    )
    assert [w for w, _ in got] == ["Paul Okafor"]


# 6. A text that only says after a quotation ('"Read the sign." It says, "No entry."',
# '"..." The report says,') is not going on: a sign, another text, a thing spoken of.


@pytest.mark.parametrize(
    "after",
    [
        'It says, "No entry after six."',
        'The report says, "Delays were avoidable."',
    ],
)
def test_a_text_that_only_says_after_a_quotation_is_not_going_on(after: str) -> None:
    got = quoted(f'Tess Moreno: Tom Blake told me, "Read the sign." {after}\n')
    assert [w for w, _ in got] == ["Tom Blake"]


# 4. "a", "every" or "no" opening a time ("Every morning he would say,", "A week later he
# would say,") is no one of a kind: the pronoun's habit is still the one named.


@pytest.mark.parametrize(
    "turn",
    [
        'I worked for Tom Blake for years. Every morning he would say, "Coffee first."',
        'Tom Blake ran the shop. A week later he would say, "We never agreed to that."',
        'Tom Blake was there. A minute later he would write "urgent" on everything.',
    ],
)
def test_a_time_before_a_pronouns_habit_is_no_one_of_a_kind(turn: str) -> None:
    assert [w for w, _ in quoted(f"Tess Moreno: {turn}\n")] == ["Tom Blake"]


# 3. "who said" after a comma asks who only when what opens the sentence before the comma
# opens a question or names the one spoken to: "Do you remember Tom Blake, who said" is a
# relative clause, Tom Blake's words.


@pytest.mark.parametrize(
    "turn",
    [
        'Do you remember Tom Blake, who said, "We will never close"?',
        'Ask Tom Blake, who told me, "It is done"? He knows.',
        'What about the chairman, Tom Blake, who said "It is all in hand"?',
    ],
)
def test_a_relative_who_said_after_a_name_keeps_the_one_named(turn: str) -> None:
    assert [w for w, _ in quoted(f"Tess Moreno: {turn}\n")] == ["Tom Blake"]


@pytest.mark.parametrize(
    "turn",
    [
        'Right, Paul, who wrote "urgent" on the folder?',
        'Ms. Kent, who said, "We will never close"? It was your chairman.',
    ],
)
def test_who_said_after_one_spoken_to_still_names_no_one(turn: str) -> None:
    assert quoted(f"Tess Moreno: {turn}\n") == []


# 5. "you say" after a clause of the speaker's own or of what the one addressed did ("If
# I understand you correctly, you say,", "When you wrote to us, you say,") quotes the
# one addressed; it gives them no wording to say.


@pytest.mark.parametrize(
    "turn",
    [
        'If I understand you correctly, you say, "We never saw the memo." Is that right?',
        'When you wrote to the council, you say, "The road is dangerous." What did you mean?',
        'If I may read from your statement, you say, "I left at nine." When did you arrive?',
    ],
)
def test_you_say_after_a_clause_of_what_was_done_quotes_the_one_addressed(turn: str) -> None:
    got = quoted(f"Tess Moreno: {turn}\n", "Paul Okafor: I stand by it.\n")
    assert [w for w, _ in got] == ["Paul Okafor"]


# 7. A kind of text others write about one ("His school report says", "Her discharge
# notes say", "His sick note says") is not one's own page or notes.


@pytest.mark.parametrize(
    "turn",
    [
        'I saw Sarah Kent in hospital. Her discharge notes say, "Patient stable."',
        'Tom Blake went to the GP. His sick note says, "Unfit for work."',
        'Tom Blake came in. His medical notes say, "No allergies."',
        'Sarah\'s school report says, "Works hard."',
    ],
)
def test_a_text_others_write_about_one_is_not_ones_own(turn: str) -> None:
    assert quoted(f"Tess Moreno: {turn}\n") == []


def test_ones_own_diary_is_still_ones_own() -> None:
    got = quoted('Tess Moreno: Sarah Kent\'s diary says, "Met Tom at six."\n')
    assert [w for w, _ in got] == ["Sarah Kent"]


# 11. A call, a letter or a sight the turn before asks of ("Did anyone call Barclays?",
# "Have you seen Hamilton?") names a firm, a show or a place as often as a person: the
# answer's "he" is not a capitalised word after it.


@pytest.mark.parametrize(
    ("asked", "not_who"),
    [
        ("Arthur Lomax fixed the van. Did anyone call Barclays about the loan?", "Barclays"),
        ("Arthur Lomax booked the trip. Have you seen Hamilton yet?", "Hamilton"),
        ("Arthur Lomax ran the stall. Did you ring Wickes about the timber?", "Wickes"),
    ],
)
def test_a_firm_or_a_show_called_or_seen_is_not_he(asked: str, not_who: str) -> None:
    got = quoted(f"Tess Moreno: {asked}\n", 'Paul Okafor: I did. He said, "Monday."\n')
    assert not_who not in [w for w, _ in got]


# 12. A name for a thing or a title set in the clause "According to" a person opens ("the
# report called it "..."", "the film is "The Long Road Home"") is not that person's words.


@pytest.mark.parametrize(
    "turn",
    [
        'According to Tom Blake, the report called it "a shambles from start to finish."',
        'According to Tom Blake, the best film this year is "The Long Road Home."',
    ],
)
def test_a_name_or_a_title_in_an_according_to_clause_is_not_the_persons(turn: str) -> None:
    assert quoted(f"Tess Moreno: {turn}\n") == []
