"""The clean-ups of stop 32: rewritten patterns match exactly where the ones they
replace did; one list of abbreviated titles serves reported sources and gaps."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import stance_categories as counted
from rhetoscope import split_speakers
from rhetoscope.speakers.attribution.resolve import _AGE_AFTER_NAME

_AGES = st.sampled_from("7 9 79 179 797 \u0667\u0669".split())
# what may follow a name: a comma, "a" or "an", an age, "-year-old", and near misses
_AFTER_NAMES = st.tuples(
    st.sampled_from(["", ",", ", ", ",\n  ", " "]),
    st.sampled_from(["", "a ", "an ", "a", "the "]),
    st.sampled_from("@ @ 1@ @7 7 79 x".split()),  # (@: the age looked for)
    st.sampled_from(["", ",", " ", "0,", "-", "-year-old", "-year-olds", "-year-old,", "-year"]),
    st.text(max_size=3),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(age=_AGES, text=_AFTER_NAMES)
def test_one_age_pattern_matches_where_the_pattern_built_for_each_age_did(
    age: str, text: str
) -> None:
    text = text.replace("@", age)
    # (the pattern once compiled for every "the 79-year-old" it resolved)
    per_age = re.compile(rf",\s*(?:an?\s+)?{age}(?:,|-year-old\b)").match(text)
    shared = _AGE_AFTER_NAME.match(text)
    assert (per_age is not None) == (shared is not None and shared["age"] == age)


def test_the_79_year_old_is_not_someone_aged_179_or_790() -> None:
    text = (
        "Tom Reed, 179, and Jo Hale, a 790-year-old tree, stood by. Mabel Thorne, a "
        '79-year-old widow, answered from the back.\n\n"Not there," the 79-year-old said.'
    )
    quoted = [s.speaker for s in split_speakers(text) if s.kind == "quote"]
    assert quoted == ["Mabel Thorne"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("We will never surrender, Lt. Col. Ann Roe vowed.", "defiance"),
        ("We made a mistake, Prof. Ames admitted.", "concession"),
    ],
)
def test_a_source_with_any_abbreviated_title_closing_the_sentence_is_a_report(
    text: str, category: str
) -> None:
    # (the titles whose period a gap crosses are the ones a closing source may have)
    assert category not in counted(text)
