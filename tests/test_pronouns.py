"""Pronoun cues ("he said", "she added") in prose: which person they refer to. Invented
texts; each rule has a case it applies to and one it must leave alone."""

from __future__ import annotations

from rhetoscope import split_speakers


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


# A quotation inside an opening subordinate clause does not hide the main clause's subject.


def test_a_quotation_inside_an_opening_clause_leaves_the_main_subject_in_focus() -> None:
    text = (
        '"We will do it," Ann Vale said. When Ruth Ober pointed out that critics call the '
        'plan "a tax on work," Vale seized on the phrase. "It is no such thing," she said.'
    )
    assert speakers(text)[-1] == ("Ann Vale", '"It is no such thing,"')


def test_the_person_of_an_opening_clause_without_a_main_subject_named_stays_in_focus() -> None:
    text = (
        '"We will do it," Ann Vale said. When Ruth Ober called the plan "a tax on work," '
        'the crowd booed. "It is no such thing," she said.'
    )
    # no main-clause person: the clause's own subject remains the most salient
    assert speakers(text)[-1] == ("Ruth Ober", '"It is no such thing,"')


# "X did something and said," in prose: the subject of the clause holding both verbs.


def test_he_smiled_and_said_after_a_clause_where_someone_else_asked() -> None:
    text = (
        "Mayor Tom Ruiz spoke first. When Ann Lee asked about the plant, he smiled and "
        'said, "We are ready."'
    )
    assert speakers(text) == [("Tom Ruiz", '"We are ready."')]


def test_he_looked_and_said_after_the_narrator_asked() -> None:
    text = (
        "Last month, when I asked Senator Tom Ruiz if he would run, he looked into my "
        'camera, furrowed his brow and said, "I am going to endorse you!"'
    )
    assert speakers(text) == [("Tom Ruiz", '"I am going to endorse you!"')]


def test_a_name_with_two_verbs_after_a_clause_speaks() -> None:
    text = (
        "Mayor Tom Ruiz spoke first. After Ann Lee told him the news, Ruiz paused, looked "
        'up and replied: "We are ready."'
    )
    assert speakers(text) == [("Tom Ruiz", '"We are ready."')]


def test_a_cue_with_its_own_subject_after_and_is_not_coordinated() -> None:
    text = (
        "Mayor Tom Ruiz spoke first. When I asked about the plant, Ruiz paused and Ann "
        'Lee said, "We are ready."'
    )
    assert speakers(text) == [("Ann Lee", '"We are ready."')]


# The subject of the sentence before, when it speaks a quotation there, is the centre a
# subject pronoun continues, over people named more often a little further back.


def test_he_continues_the_subject_who_spoke_in_the_sentence_before() -> None:
    text = (
        "The filing accuses Tom Ruiz of trying to silence Dan Ober. Ruiz has sued Ober "
        "twice. Ruiz wants Ober to pay. Ruiz's lawyer, Al Gray, said Ober was "
        '"looking for attention." He said Ober had signed a pledge that is "standard '
        'practice in every company."'
    )
    assert speakers(text)[-1] == ("Al Gray", '"standard practice in every company."')


def test_a_speaking_subject_of_the_other_gender_is_no_centre() -> None:
    text = (
        '"We will appeal," Ann Lee said on Monday. Her lawyer, Al Gray, said the ruling was '
        '"a mistake." Later, she said the court had ignored "every fact we gave it."'
    )
    assert speakers(text)[1:] == [
        ("Al Gray", '"a mistake."'),
        ("Ann Lee", '"every fact we gave it."'),
    ]
