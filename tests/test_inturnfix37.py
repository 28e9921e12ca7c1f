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
