"""Review of the sixth round of speaker rules: "he said" in a turn never its own
speaker, "X did something and said" only for someone, headlines that are turns, groups
without their opening adverbial, surnames with two offices, and the paragraph's person
over a role holder far back."""

from __future__ import annotations

import pytest

from rhetoscope import split_speakers


def quotes(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


def speakers(text: str) -> list[str]:
    return [s.speaker for s in split_speakers(text) if s.kind == "quote"]


# 1. A one-word label's titled name ("Mr. Trump" for TRUMP) is that participant: "he
# said" in TRUMP's turn is never TRUMP, though a turn before addressed him.


def _holt(trump: str) -> str:
    return (
        f"HOLT: Mr. Trump, your response on Russia?\n\nTRUMP: {trump}\n\nHOLT: Thank you.\n\n"
    ) * 2


def test_he_said_in_a_one_word_labelled_turn_is_not_its_speaker() -> None:
    text = _holt('Putin respects me. Nobody respected Obama. He said, "Trump is a genius."')
    assert "TRUMP" not in speakers(text)
    assert "Mr. Trump" not in speakers(text)


def test_he_said_after_another_titled_name_in_the_turn_is_that_one() -> None:
    text = _holt('I met Mr. Putin last year. He said, "Trump is a genius."')
    assert speakers(text) == ["Mr. Putin", "Mr. Putin"]


# 2. "X did something and said": the subject after an opening adverbial, and only
# someone: a participant, a titled name, a known first name, a person noun.

_QA = "Q: Tell me about the trial.\nA: It was long.\nQ: And then?\n"


def _answer(line: str) -> list[str]:
    return speakers(f"{_QA}A: {line}\nQ: Okay.\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Then my lawyer leaned over and said, "Careful."', ["A's lawyer"]),
        ('After the game Coach looked at me and said, "Good job."', ["Coach"]),
        ('I saw Mr. Lee at the bar. Finally he turned to me and said, "Go home."', ["Mr. Lee"]),
        ('Then John Smith looked at me and said, "Go home."', ["John Smith"]),
    ],
)
def test_and_said_finds_the_subject_after_an_opener(line: str, expected: list[str]) -> None:
    assert _answer(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        'Afterwards he came over and said, "Good job."',
        'Finally he turned to me and said, "Good job."',
    ],
)
def test_and_said_takes_no_sentence_opener_for_a_speaker(line: str) -> None:
    assert not {"Afterwards", "Finally"} & set(_answer(line))


def test_and_said_keeps_a_single_name_written_inside_a_sentence() -> None:
    line = (
        'We sent a man to meet with DeGaulle. And DeGaulle waved them off and said, "No, no, no."'
    )
    assert _answer(line) == ["DeGaulle"]


# 3. A headline is a line in Title Case or nothing but a quotation after its label: a
# first turn opening with a quotation is a turn, and an initialism's letters are no
# capitalised small words.

_REST = "A: I do. I still believe it today.\nQ: Why?\nA: Because it is true.\n"


def _turns(text: str) -> list[str]:
    return [s.speaker for s in split_speakers(text) if s.kind == "turn"]


def test_a_first_turn_opening_with_a_quotation_is_a_turn() -> None:
    text = 'Q: "The best is yet to come" -- that was your slogan. Do you still believe it?\n'
    assert _turns(text + _REST) == ["Q", "A", "Q", "A"]


def test_a_first_line_that_is_only_a_quotation_is_a_headline() -> None:
    assert _turns('Trump: "We will win"\nQ: Are you sure?\n' + _REST) == ["Q", "A", "Q", "A"]


def test_an_initialism_chanted_is_a_turn() -> None:
    text = (
        "MODERATOR: Welcome to the rally.\nAUDIENCE: U.S.A.! U.S.A.! U.S.A.!\n"
        "SMITH: Thank you all.\nMODERATOR: Let us begin.\n"
    )
    assert _turns(text) == ["MODERATOR", "AUDIENCE", "SMITH", "MODERATOR"]


def test_a_title_case_line_is_still_a_headline() -> None:
    text = "Smith: Vote For Me And Win The War In Asia\nQ: Are you sure?\n" + _REST
    assert _turns(text) == ["Q", "A", "Q", "A"]


# 4. "they" as a group that opens its sentence after an adverbial of time with no comma:
# the group, not the adverbial with it.


@pytest.mark.parametrize(
    ("opening", "group"),
    [
        ("Yesterday the union voted to strike.", "the union"),
        ("On Monday the senators met in private.", "the senators"),
        ("Yesterday, the union voted to strike.", "the union"),
        ("Many Republicans voted no.", "Many Republicans"),
        ("The senators met in private.", "The senators"),
    ],
)
def test_they_is_the_group_without_its_opening_adverbial(opening: str, group: str) -> None:
    assert speakers(f'{opening} "We are done talking," they said.') == [group]


def test_last_week_is_no_part_of_a_named_team() -> None:
    text = 'Last week the Lakers won again. "We are done talking," they said.'
    assert not any(s.startswith("Last") for s in speakers(text))


# 5. A surname the document gives two offices is two people: the bare surname stays
# itself; an honorific goes with any office, and an abbreviation is its office.


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Detective Harris arrested the suspect. Judge Harris, no relation, set bail.", "Harris"),
        ("Dr. Harris examined the suspect. Judge Harris set bail.", "Harris"),
        ("Detective Harris arrested the suspect. Mr. Harris then left.", "Detective Harris"),
        ("Sen. Harris spoke first. Senator Harris then left.", "Sen. Harris"),
    ],
)
def test_a_surname_with_two_offices_is_ambiguous(opening: str, expected: str) -> None:
    assert speakers(f'{opening} "Bail is set," Harris said.') == [expected]


# 6. "The president" in a paragraph that names one person is that person, though the
# text gave the role to someone else far back; with no one in the paragraph, the one
# role holder however far back.

_FILLER = "The weather in the region stayed mild through the week, and markets were calm. " * 38


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "In Kyiv, Volodymyr Zelensky thanked allies for their support. Speaking at a "
            'news conference, the president said, "We will win."',
            "Volodymyr Zelensky",
        ),
        ('Speaking at a news conference, the president said, "We will win."', "President Biden"),
    ],
)
def test_the_paragraphs_one_person_over_a_role_holder_far_back(
    paragraph: str, expected: str
) -> None:
    text = f"President Biden pledged aid.\n\n{_FILLER}\n\n{paragraph}"
    assert speakers(text) == [expected]
