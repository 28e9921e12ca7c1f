"""Stop 36's mends found by its crash hunt: a place check and the full names a name may
stand for are looked up instead of scanning the text or every full name per name (many
names in one text made both quadratic); outputs as before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import split_speakers
from rhetoscope.speakers.addressee import checks
from rhetoscope.speakers.names import Mention, Names, _contains, _initials_dropped

_pieces = st.sampled_from(
    ["Ann", "Lee", "Ann Lee", "Lee's", "Lee-Ross", " ", ", ", "out of ", "at ", "x", "2",
     "\n", "Ann Ann", "é", "’s", "-", "Ann Lee2"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_pieces, max_size=14).map("".join),
    st.sampled_from(["Ann", "Ann Lee", "Ann Ann", "Lee-Ross", "Ann Lee2"]),
)
def test_a_name_is_found_where_one_scan_for_it_finds_it(text: str, name: str) -> None:
    scan = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-]|['\u2019]s\b)")
    checks._word_places.cache_clear()
    assert checks._written_at(name, text) == [m.start() for m in scan.finditer(text)]


def test_many_places_named_once_each_are_looked_up_not_scanned_for() -> None:
    """Each of n people quoted once, "a flight out of Hensley Farm7 strip": the text's
    words are indexed once (one scan of its words), not once per name."""
    turns = [
        f'ANA: a flight out of Hensley Farm{i} strip. Hensley Farm{i} said, "Go."'
        for i in range(60)
    ]
    text = "\n\n".join([*turns, "BO: Fine."]) + "\n"
    calls = 0
    scan = checks._WORD_RUN

    class Counting:
        def finditer(self, *args: object) -> object:
            nonlocal calls
            calls += 1
            return scan.finditer(*args)

    checks._word_places.cache_clear()
    checks._WORD_RUN = Counting()  # type: ignore[assignment]
    try:
        split_speakers(text)
    finally:
        checks._WORD_RUN = scan
    # one index of the text's words (not one per name), and one look at each name's words
    assert calls <= 5 + 60


def test_an_overlapping_name_before_a_pronoun_does_not_crash() -> None:
    text = 'OWEN: Arthur Ms. Hale\'s "We won," he said.\nQ: ok.\n'
    segments = split_speakers(text)
    assert [s.speaker for s in segments if s.kind == "turn"] == ["OWEN", "Q"]


_words = st.sampled_from(["Ann", "Lee", "Patel", "J.", "Nisha", "Rajiv", "Lee-Ross"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_words, min_size=2, max_size=3).map(tuple), max_size=8),
    st.lists(_words, min_size=0, max_size=2).map(tuple),
)
def test_full_names_holding_a_name_are_the_ones_a_look_at_each_finds(
    fulls: list[tuple[str, ...]], key: tuple[str, ...]
) -> None:
    mentions = [Mention(10 * i, 10 * i + 5, " ".join(full), full) for i, full in enumerate(fulls)]
    names = Names(mentions)
    bare = _initials_dropped(key)
    expected = list(
        dict.fromkeys(
            names._surface[full]
            for full_bare, full in names._full.items()
            if _contains(full, key) or _contains(full_bare, bare)
        )
    )
    assert names._holders(key) == expected
