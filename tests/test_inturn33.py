"""Quotations inside transcript turns, round 33 (studied on blindturns4): a described
person called by a full name right after the description."""

from __future__ import annotations

from conftest import quoted_after

# A club meeting: a chair and two members.
_MEETING = (
    "Nora Vance: Good evening. We have Tess Moreno and Paul Okafor with us tonight.\n"
    "Tess Moreno: Thank you, Nora.\n"
    "Paul Okafor: Thank you.\n"
)
_OKAFOR = "Paul Okafor: I have nothing to add to that for now.\n"


def quoted(*turns: str) -> list[tuple[str, str]]:
    return quoted_after(_MEETING, *turns, _OKAFOR)


# 1. "a terrifying man called Gareth Owusu, used to say,": the name given to the
# description speaks, not the description.


def test_a_person_called_by_a_full_name_speaks_under_the_name() -> None:
    turn = (
        "Tess Moreno: My drama teacher, a terrifying man called Gareth Owusu, used to say, "
        '"Every museum has one word that wants to destroy you," and that is mine.\n'
    )
    assert quoted(turn) == [("Gareth Owusu", "Every museum has one word that wants to destroy you")]


def test_a_person_named_by_a_full_name_after_a_title_of_kindness() -> None:
    turn = (
        "Tess Moreno: Our director, a kind woman named Imelda Crane, stopped the "
        'rehearsal and said, "Nobody laughs at this line."\n'
    )
    assert quoted(turn) == [("Imelda Crane", "Nobody laughs at this line")]


def test_a_person_who_called_an_office_does_not_become_it() -> None:
    # "called" as phoning: the office she phoned is no name for her
    turn = (
        "Tess Moreno: Last week, a woman called Social Services, and said, "
        '"Nobody has checked on him."\n'
    )
    assert "Social Services" not in {s for s, _ in quoted(turn)}


def test_a_description_opening_its_sentence_keeps_called_as_a_verb() -> None:
    turn = (
        'Tess Moreno: A neighbour called Town Hall, then told me, "The road is shut."\n'
    )
    assert "Town Hall" not in {s for s, _ in quoted(turn)}


def test_a_thing_called_by_a_name_is_no_person_named() -> None:
    # a band or a company called something is not a person the rule names
    turn = (
        "Tess Moreno: There was a band called Arcade Fire, and the crowd sang "
        '"Wake up" all night long.\n'
    )
    assert quoted(turn) == []
