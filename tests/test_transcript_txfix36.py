"""Transcripts, round 22 reviewed: the look-alikes of its rules that must keep their
speakers, and an exhibit's note read in linear time, each beside the case the round's
rules are for."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rhetoscope.speakers.transcript import court
from rhetoscope.speakers.transcript.shared import _Label

# -- an exhibit's note, many of them -------------------------------------------------------


def test_many_exhibit_notes_are_read_in_one_pass() -> None:
    # each note searched the text below it for its heading: quadratic, minutes at this
    # size; the headings read once, it takes well under a second
    text = "EXHIBIT list follows.\n" + "Mr. HALE. A letter here. (See exhibit 7.)\n" * 40_000
    assert court.exhibited_below(text, []) == []


def _plain(text: str, labels: list[_Label]) -> list[_Label]:
    # the plain form: each note's heading searched in the text below it
    for note in court._SEE_EXHIBIT.finditer(text):
        heading = re.compile(rf"^[^\S\n]*EXHIBIT[^\S\n]+{note['n']}[^\S\n]*$", re.M).search(
            text, note.end()
        )
        if heading is None:
            continue
        spoke = {label.name for label in labels if label.start < heading.start()}
        after = (label for label in labels if label.start > heading.start())
        resumed = next((label.start for label in after if label.name in spoke), len(text))
        kept = [label for label in labels if not heading.start() < label.start < resumed]
        return sorted(
            [*kept, _Label(heading.start(), heading.start(), "", speaks=False)],
            key=lambda label: label.start,
        )
    return labels


_exhibit_pieces = st.sampled_from(
    [
        "\n", " ", "(See exhibit 1.)", "(see Exhibit 12)", "EXHIBIT 1", "EXHIBIT 12", "EXHIBIT 2",
        "EXHIBIT 01", "x", "A. ", "B. ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_exhibit_pieces, max_size=20).map("".join))
@example("(See exhibit 1.)\nA. x\nEXHIBIT 1\nB. x\nA. x\n")
@example("EXHIBIT 1\n(See exhibit 1.)\nEXHIBIT 12\nEXHIBIT 1\n")
def test_an_exhibits_heading_is_found_as_by_a_search_below_each_note(text: str) -> None:
    labels = [
        _Label(m.start(), m.end(), m.group()[0], speaks=True)
        for m in re.finditer(r"^[AB]\. ", text, re.M)
    ]
    assert court.exhibited_below(text, labels) == _plain(text, labels)
