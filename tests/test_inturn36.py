"""Quotations inside transcript turns, round 36 (studied on blindturns6): "According
to" a named person, the quotation right after; each rule with look-alikes that must not
change."""

from __future__ import annotations

from conftest import quoted_in_meeting as quoted

# 1. "According to our timekeeper, Sunil Kapoor, '...'": the quotation is the
# complement of "according to"; the "to" before the name is no preposition of place.


def test_according_to_a_name_gives_the_quotation_right_after_to_that_name() -> None:
    turn = (
        "Tess Moreno: According to Piotr Kowalczyk, who was working alongside him, "
        '"Around half ten the foreman came round." Did you say that?\n'
    )
    assert quoted(turn) == [("Piotr Kowalczyk", "Around half ten the foreman came round")]


def test_according_to_a_role_then_its_name() -> None:
    turn = (
        "Tess Moreno: According to our timekeeper, Sunil Kapoor, "
        '"she put the last dumpling down four seconds before the buzzer." So no penalty.\n'
    )
    assert quoted(turn) == [
        ("Sunil Kapoor", "she put the last dumpling down four seconds before the buzzer")
    ]


def test_according_to_a_name_with_a_phrase_set_off_after_it() -> None:
    turn = (
        "Tess Moreno: According to our founder, Ambrose Kettle, in his address at the "
        'first meeting, "a beekeeper who hides disease is a thief." It is in the minutes.\n'
    )
    assert quoted(turn) == [("Ambrose Kettle", "a beekeeper who hides disease is a thief")]


def test_according_to_a_name_who_heard_someone_else_say_it_is_not_theirs() -> None:
    turn = (
        "Tess Moreno: According to Tom Hale, who heard the mayor say it, "
        '"we will build the bridge." I doubt it.\n'
    )
    assert quoted(turn) == []


def test_according_to_a_name_then_a_clause_of_its_own_is_not_this_rule() -> None:
    # the quotation is a word inside another clause, no complement of "according to"
    turn = 'Tess Moreno: According to Tom Hale, the plan was "bold." I doubt it.\n'
    assert quoted(turn) == []


def test_according_to_a_document_or_a_place_names_no_one() -> None:
    turn = (
        'Tess Moreno: According to Paragraph Four, "the tenant shall pay." '
        'And according to Google Maps, "Ridge Loop" is closed.\n'
    )
    assert quoted(turn) == []


def test_according_to_a_person_a_title_named_after_it_stays_in_the_turn() -> None:
    turn = 'Tess Moreno: According to Tom Hale, "Ridge Loop" is closed for the winter.\n'
    assert quoted(turn) == []
