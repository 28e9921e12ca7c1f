"""The in-turn quotation round 36's rules on look-alikes its review found: each test
fails on the round's branch and keeps the round's own cases."""

from __future__ import annotations

from conftest import quoted_in_meeting as quoted
from rhetoscope import split_speakers
from rhetoscope.speakers.addressee import checks

# 1. A name in the sentences after a quotation that speaks of someone else names that
# one, the one pointed at or warned of, not the person described who spoke.


def test_a_name_after_a_quotation_that_speaks_of_someone_is_not_its_speakers() -> None:
    turns = (
        'Tess Moreno: My son pointed and shouted, "Look, it\'s him!" That was Tom Hanks, '
        "walking right past us.\n",
        'Tess Moreno: My father said, "Don\'t trust that man." His name was Victor Kane.\n',
        'Tess Moreno: My wife said, "Look who is here!" That was Ruth Baker, of course.\n',
    )
    for turn, described in zip(turns, ("son", "father", "wife"), strict=True):
        assert [who for who, _ in quoted(turn)] == [f"Tess Moreno's {described}"]


def test_a_name_after_a_quotation_of_no_one_else_still_names_its_speaker() -> None:
    turn = (
        'Tess Moreno: My grandmother always said, "Butter fixes everything." Her name '
        "was Hildegard Schultz.\n"
    )
    assert quoted(turn) == [("Hildegard Schultz", "Butter fixes everything")]


# 2. "Then," and a phrase that names a source or someone else ("from the back of the
# hall", "from my wife", "in my reply", "the whole room") go on with no one just quoted.


def test_then_with_a_source_or_someone_else_in_the_phrase_is_not_continued() -> None:
    turn = (
        'Tess Moreno: Paul Okafor stood up and said, "This plan is a disgrace." Then, '
        'from the back of the hall, "Shame!" And then, from my wife, "Sit down." Then, '
        'in my reply, "Never." Then, the whole room, "Thank you."\n'
    )
    assert quoted(turn) == [("Paul Okafor", "This plan is a disgrace")]


def test_then_with_a_pause_still_continues_the_one_just_quoted() -> None:
    turn = (
        'Tess Moreno: Paul Okafor said, "We start now." Then, after a pause, "Or later." '
        'And then, to me, "You go first."\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Paul Okafor"] * 3


# 3. A person described at the head of a nested quotation's clause speaks it only when
# nothing between makes another subject: "My dad thinks the agent said", "My husband and
# the man from the bank said".


def test_a_described_person_who_thinks_another_said_it_is_not_its_speaker() -> None:
    turn = (
        "Tess Moreno: Paul Okafor told me, \"My dad thinks the agent said 'sold' just to "
        'scare us off." I believe him.\n'
    )
    found = {words: who for who, words in quoted(turn)}
    assert found["'sold'"] == "the agent"


def test_two_people_saying_it_together_is_not_the_first_ones() -> None:
    turn = (
        'Tess Moreno: Paul Okafor said, "My husband and the man from the bank said '
        "'fine' together.\" Hm.\n"
    )
    found = {words: who for who, words in quoted(turn)}
    assert found["'fine'"] != "Paul Okafor's husband"


def test_a_described_person_with_a_place_phrase_still_speaks() -> None:
    turn = "Tess Moreno: Paul Okafor said, \"The chap at the till says 'cash only' on Sundays.\"\n"
    found = {words: who for who, words in quoted(turn)}
    assert found["'cash only'"] == "the chap"


# 4. "According to" a place or a body a first name opens, or to one who read the words
# out, is no one's words.


def test_according_to_a_place_or_a_body_opened_by_a_first_name_is_no_ones() -> None:
    turn = (
        'Tess Moreno: According to Victoria Station, "all trains are delayed." According '
        'to Henry Ford Hospital, "the patient is stable."\n'
    )
    assert quoted(turn) == []


def test_according_to_one_who_read_the_words_out_is_not_theirs() -> None:
    turn = (
        "Tess Moreno: According to Tom Hale, who read the letter out at the meeting, "
        '"the council regrets the delay." That was the council\'s letter.\n'
    )
    assert quoted(turn) == []


def test_according_to_a_person_still_gives_the_quotation() -> None:
    turn = 'Tess Moreno: According to Judge Amy Harris, in her ruling, "the ordinance is void."\n'
    assert quoted(turn) == [("Amy Harris", "the ordinance is void")]


# 5. "Gardeners always tell you": whether the text writes the word inside a sentence
# is read once per word and text, not once per quotation (quadratic in a long turn).


def test_a_kind_of_people_is_looked_up_once_per_text() -> None:
    searches = []
    for n in (60, 240):
        text = "Nora Vance: Hello.\nTess Moreno: " + 'Gardeners always tell you "water it." ' * n
        text += "\nPaul Okafor: Thanks.\n"
        checks.mid_sentence.cache_clear()
        segments = split_speakers(text)
        assert not [s for s in segments if s.kind == "quote" and s.speaker == "Gardeners"]
        searches.append(checks.mid_sentence.cache_info().misses)
    assert searches[0] == searches[1] <= 2  # whole-text searches: not one per quotation
