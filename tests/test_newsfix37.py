"""The reviewers' mends of stop 36's news attribution rules: look-alikes of the rules of
tests/test_news37.py that must keep their speaker (or stay as written), and the slow
paths of its name rules, each read once per text."""

from __future__ import annotations

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# A described speaker may hold a "to" ("a source close to the talks", "an aide to the
# senator"): only "to" right before the verb ("a chance to say") makes no speaker.


def test_a_source_close_to_the_talks_is_the_he_after_it() -> None:
    text = (
        "Talks between Chancellor Rupert Hale and union leaders resumed on Thursday.\n\n"
        "A source close to the negotiations said a deal was near. "
        '"They are ninety percent of the way there," he said.'
    )
    assert speakers(text) == [
        ("A source close to the negotiations", '"They are ninety percent of the way there,"')
    ]


def test_an_aide_to_the_senator_is_the_she_after_it() -> None:
    text = (
        "Sen. Mark Ellery has not decided whether to run for governor.\n\n"
        "An aide to the senator told reporters that a decision would come in June. "
        '"He wants to talk to his family first," she said.'
    )
    assert speakers(text)[0][0] == "An aide to the senator"


# Writings as speakers: the author is the one named after "by" or "from" with a title or
# role before the name, never one the role is of ("the mother of Jenna Albright"), and
# never the author of an earlier writing of that kind when another came after it.


def test_a_letter_written_by_someones_mother_is_not_theirs() -> None:
    text = (
        "The trial of Kyle Denton entered its second week on Monday.\n\n"
        "A letter written by the mother of Jenna Albright was read to the jury. "
        '"My daughter was my whole world," the letter said.'
    )
    assert speakers(text) == [("the letter", '"My daughter was my whole world,"')]


def test_a_letter_sent_by_lawyers_for_someone_is_not_theirs() -> None:
    text = (
        "Prosecutors on Tuesday released a letter sent by lawyers for Harlan Weiss to the "
        'judge.\n\n"Our client has been denied a fair hearing," the letter said.'
    )
    assert speakers(text) == [("the letter", '"Our client has been denied a fair hearing,"')]


def test_an_email_sent_by_an_aide_to_a_senator_is_not_the_senators() -> None:
    text = (
        "An email sent by an aide to Senator Paul Greer was leaked on Monday.\n\n"
        '"We need to slow this down," the email said.'
    )
    assert speakers(text) == [("the email", '"We need to slow this down,"')]


def test_a_letter_by_someones_mother_named_beside_is_hers() -> None:
    text = (
        "Kieran Doyle, 31, admitted the attack.\n\n"
        "A letter written by Doyle's mother, Sandra Doyle, was handed to the judge. "
        '"He was a good boy until the drugs," the letter said.'
    )
    assert speakers(text) == [("Sandra Doyle", '"He was a good boy until the drugs,"')]


def test_a_second_letter_unsigned_is_not_the_first_letters_author() -> None:
    text = (
        "In January the council received a letter from Mayor Doug Ferris asking for more "
        "time.\n\n"
        'Last week a second letter arrived, this one unsigned. "You have been warned," the '
        "letter said."
    )
    assert speakers(text) == [("the letter", '"You have been warned,"')]
