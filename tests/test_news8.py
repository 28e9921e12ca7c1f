"""Narrated news prose, round 8: lettering and titles that are no speech, and speakers
that a pronoun, a description or a byline stands for. Invented texts; each rule has a
case it applies to and, where it could overreach, one it must leave alone."""

from __future__ import annotations

from rhetoscope import split_speakers


def quotes(text: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, quoted text) of each quotation segment in ``text``."""
    return [
        (s.speaker, s.kind, text[s.start : s.end])
        for s in split_speakers(text)
        if s.kind == "quote"
    ]


# Lettering on display (signs, banners, walls) is no one's speech.


def test_capitals_on_a_sign_are_no_speech() -> None:
    text = (
        'Protesters carried placards reading "SAVE THE PIER" and "NO MORE DELAYS" past '
        'the harbor office.\n\n"We will be back next week," said Rosa Tilling, who led them.'
    )
    assert quotes(text) == [
        ("Rosa Tilling", "quote", '"We will be back next week,"'),
    ]


def test_capitals_painted_on_a_wall_are_no_speech() -> None:
    text = 'Someone had spray-painted "KEEP OUT — FLOOD ZONE" on the seawall overnight.'
    assert quotes(text) == []


def test_a_shouted_quote_in_capitals_stays_speech() -> None:
    text = '"GET OUT OF THE WATER," the lifeguard shouted at the swimmers.'
    assert quotes(text)[0][0] == "the lifeguard"


def test_a_sign_in_lower_case_is_left_alone() -> None:
    # A quotation in ordinary case keeps its reading: many news texts quote signs as words.
    text = 'Nell Ashby held a sign reading "Fix the pier now" as she spoke to the board.'
    assert [k for _, k, _ in quotes(text)] == ["quote"]


# A quotation in title case that no cue attributes is a title.


def test_an_uncued_title_is_no_speech() -> None:
    text = (
        'Her second album, released in 2009 after her debut "Salt and Tin," sold poorly. '
        'When "Harbor Lights Again" came out, it sold better.'
    )
    assert quotes(text) == []


def test_an_uncued_question_in_capitals_stays_speech() -> None:
    text = 'The clerk looked up from the ledger.\n\n"Mr. Oduya?"'
    assert [k for _, k, _ in quotes(text)] == ["quote"]


# A pronoun after a speaker introduced only by a description stands for that description,
# not for someone named earlier.

_NAMED_FIRST = (
    'Mayor Ann Lee defended the budget. "It is balanced," she said.\n\n'
    "Councilman Tom Vale voted against it.\n\n"
)


def test_a_pronoun_after_a_described_speaker_is_the_description() -> None:
    text = _NAMED_FIRST + (
        "A nurse who works at the county clinic, and who asked not to be named, said the "
        'cuts would close two wards. "We are already short," she said.'
    )
    assert quotes(text)[-1][:2] == ("A nurse", "quote")


def test_a_described_speaker_after_an_opening_phrase() -> None:
    text = _NAMED_FIRST + (
        "Outside the town hall on Monday, a man who had just paid his water bill said he "
        'was angry. "Nobody asked us," he said.'
    )
    assert quotes(text)[-1][:2] == ("a man", "quote")


def test_a_named_speaker_between_takes_the_pronoun_back() -> None:
    text = _NAMED_FIRST + (
        'A nurse at the clinic said the cuts were deep. Lee disagreed. "We kept every '
        'ward open," she said.'
    )
    assert quotes(text)[-1][0] == "Ann Lee"


def test_a_description_of_the_other_gender_is_passed_over() -> None:
    text = _NAMED_FIRST + 'A man at the meeting said little. "It is fair," she said.'
    assert quotes(text)[-1][0] == "Ann Lee"


# A byline names the writer, who is "I" (or "this reporter") in the narration.

_INTERVIEW = (
    "A potter at ninety\n\nBy Mara Quist\n\nIvo Brandt still fires his kiln every Sunday.\n\n"
    '"Clay forgives nothing," Brandt said.\n\n'
)


def test_the_writer_of_a_byline_asks_the_questions() -> None:
    text = _INTERVIEW + '"Not even a crack?" I asked.\n\n"Not even that," he said.'
    assert quotes(text)[-2:] == [
        ("Mara Quist", "quote", '"Not even a crack?"'),
        ("Ivo Brandt", "quote", '"Not even that,"'),
    ]


def test_this_reporter_is_the_writer_of_the_byline() -> None:
    text = _INTERVIEW + '"Why Sundays?" this reporter asked.'
    assert quotes(text)[-1][:2] == ("Mara Quist", "quote")


def test_without_a_byline_i_is_the_narrator() -> None:
    text = 'Ivo Brandt still fires his kiln.\n\n"Not even a crack?" I asked.'
    assert quotes(text)[-1][:2] == ("narrator", "quote")


# A body named in capitals speaks as a whole, "of ..." and all.


def test_a_named_body_with_of_speaks_a_partial_quote() -> None:
    text = (
        "The Marlow State Department of Water Resources said in a statement that the dam "
        'was "structurally sound" but that its spillway "needs work."'
    )
    assert [(s, k) for s, k, _ in quotes(text)] == [
        ("Marlow State Department of Water Resources", "quote"),
        ("Marlow State Department of Water Resources", "quote"),
    ]


def test_a_body_after_a_preposition_is_no_speaker() -> None:
    text = 'Ann Lee wrote to the Marlow Department of Health that the plan was "a start."'
    assert quotes(text)[0][0] == "Ann Lee"


# A role holder named with another office keeps it: "the mayor" is not the councilman in
# focus, and "Councilman" says "he".

_COUNCIL = (
    'Mayor Ruth Ober said the pool would close. "It leaks," she said.\n\n'
    "Councilman Tom Vale wants it open through August, a plan the mayor dismissed on "
)


def test_the_mayor_is_not_the_councilman_in_focus() -> None:
    text = _COUNCIL + 'Monday as "wishful thinking."'
    assert quotes(text)[-1][:2] == ("Ruth Ober", "quote")


def test_she_after_the_mayor_is_not_the_councilman() -> None:
    text = _COUNCIL + 'Monday as "wishful thinking."\n\n"The pumps are done," she said.'
    assert quotes(text)[-1][:2] == ("Ruth Ober", "quote")


def test_a_councilman_is_he() -> None:
    text = "Councilman Tom Vale spoke last.\n\n" + '"Keep it open," he said.'
    assert quotes(text)[-1][0] == "Tom Vale"


def test_a_relative_clause_judging_as_names_its_subject() -> None:
    text = (
        'Dr. Ida Pell heads the clinic. "We need a van," Pell said.\n\n'
        'Tom Vale backed a new ward instead, an idea that Pell described as "a luxury."'
    )
    assert quotes(text)[-1][:2] == ("Ida Pell", "quote")


def test_a_plain_judgement_as_stays_with_the_subject() -> None:
    text = 'Ida Pell met Tom Vale on Monday. Vale dismissed the plan as "a stunt."'
    assert quotes(text)[-1][0] == "Tom Vale"


# "came the reply": the other side of the exchange answers.


def test_came_the_reply_is_the_other_party() -> None:
    text = (
        'Nora Baines scored twice. "I just kept shooting," Baines said.\n\n'
        'Her coach, Rita Odell, laughed. "She never listens to me," Odell said.\n\n'
        '"Good thing, too," came the reply.'
    )
    assert quotes(text)[-1][:2] == ("Nora Baines", "quote")


def test_came_the_reply_with_no_one_before_falls_back() -> None:
    text = 'Rita Odell laughed. "She never listens," Odell said.\n\n"Never," came the reply.'
    # only one person has spoken: the usual reading of a quotation with no cue
    assert quotes(text)[-1][1] == "quote"


# A nickname inside a name is no quotation.


def test_a_nickname_inside_a_name_is_no_speech() -> None:
    text = 'Harold "Hal" Brisco, who ran the ferry for forty years, died on Sunday.'
    assert quotes(text) == []


def test_a_one_word_quote_after_a_name_and_verb_stays_speech() -> None:
    text = 'Asked about the vote, Hal Brisco said "Never" and walked off.'
    assert [k for _, k, _ in quotes(text)] == ["quote"]


# Two men alternate: "His teammate ... he said" is the other one, not the one "his" is.

_RACE = (
    "Piet Arnaud won the stage after Tomas Ekberg paced him up the last climb. Ekberg "
    'finished ninth.\n\n"I owe him the race," Arnaud said.\n\n'
)


def test_his_teammate_is_the_other_man() -> None:
    text = _RACE + 'His teammate shrugged off the praise. "It was the plan," he said.'
    assert quotes(text)[-1][:2] == ("Tomas Ekberg", "quote")


def test_a_plain_subject_keeps_the_speaker() -> None:
    text = _RACE + 'Arnaud shrugged off the question. "It was the plan," he said.'
    assert quotes(text)[-1][0] == "Piet Arnaud"


def test_a_tie_with_no_one_else_named_falls_back() -> None:
    text = (
        'Piet Arnaud won the stage.\n\n"I owe my team," Arnaud said.\n\n'
        'His coach smiled later. "He earned it," she said.'
    )
    assert quotes(text)[-1][1] == "quote"
