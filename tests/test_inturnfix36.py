"""The in-turn quotation round 36's rules on look-alikes its review found: each test
fails on the round's branch and keeps the round's own cases."""

from __future__ import annotations

from conftest import quoted_in_meeting as quoted

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
