"""Transcripts, round 22 reviewed: the look-alikes of its rules that must keep their
speakers, and an exhibit's note read in linear time, each beside the case the round's
rules are for."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rhetoscope.speakers.transcript import court
from rhetoscope.speakers.transcript.shared import _Label
from test_transcript_formats import lines

# -- new voices below a short rule: a scene's break, not the record's footer ---------------


def test_new_voices_below_a_short_scene_break_still_speak() -> None:
    # "-----" breaks a play's scenes as well as a call record's notes: "DOCTOR:" and
    # "RECEPTIONIST:" are written as the turns above are, so they speak
    text = (
        "SHORT PLAY: THE WAITING ROOM\n"
        "\n"
        "NURSE: Next, please.\n"
        "\n"
        "MAN: That's me.\n"
        "\n"
        "NURSE: Name?\n"
        "\n"
        "MAN: Abel Kline.\n"
        "-----\n"
        "DOCTOR: Mr. Kline has waited four hours.\n"
        "RECEPTIONIST: Three and a half.\n"
    )
    got = lines(text)
    assert got["DOCTOR: Mr. Kline has waited four hours."] == "DOCTOR"
    assert got["RECEPTIONIST: Three and a half."] == "RECEPTIONIST"
    # a record's field below it, written otherwise than the turns' labels, is still the
    # record's
    notes = text.replace("RECEPTIONIST: Three and a half.\n", "").replace(
        "DOCTOR: Mr. Kline has waited four hours.", "Notes: second act follows."
    )
    assert lines(notes)["Notes: second act follows."] == "narrator"


def test_a_councillor_below_a_short_rule_after_the_items_still_speaks() -> None:
    text = (
        "Meeting: Parks Committee\n"
        "Date: 4 March\n"
        "-----\n"
        "CHAIR: Let's begin. Item one is the playground.\n"
        "CLLR OKAFOR: The contractor has finished the fencing.\n"
        "CHAIR: Good. Any objections?\n"
        "CLLR BRENNAN: None from me.\n"
        "-----\n"
        "CLLR HOLT: The skate park lights remain broken since the storm.\n"
        "CLLR VANCE: Noted, the repair request went in on Friday.\n"
    )
    got = lines(text)
    assert got["CLLR HOLT: The skate park lights remain broken since the storm."] == "CLLR HOLT"
    assert got["Date: 4 March"] == "narrator"


# -- voices' first lines above a short rule, in lower case --------------------------------


def test_voices_typed_in_lower_case_above_a_short_rule_still_speak() -> None:
    # every field above the rule is a label below: the voices' first lines, no record's
    # header (a record's note on a party stands among fields that label no turn)
    text = (
        "Host: welcome all, we start in a minute\n"
        "Guest: hi everyone, glad to be here\n"
        "-----\n"
        "HOST: Okay, we're live. Tell us about the project.\n"
        "GUEST: It started as a hobby.\n"
        "HOST: And now?\n"
        "GUEST: Now it's a company of twelve.\n"
    )
    got = lines(text)
    assert got["Host: welcome all, we start in a minute"] == "Host"
    assert got["Guest: hi everyone, glad to be here"] == "Guest"


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
