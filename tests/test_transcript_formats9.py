"""Transcripts, round 11: the commonest published layouts, each on an invented input."""

from __future__ import annotations

from rhetoscope import split_speakers
from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines


def test_minutes_motion_fields_are_no_speakers() -> None:
    text = (
        "GREEN LANE ALLOTMENT SOCIETY\n"
        "Minutes of the committee meeting\n"
        "Present: Ann Bell (Chair), Tom Ode (Treasurer)\n"
        "\n"
        "1. Water butts\n"
        "The committee discussed the broken water butts.\n"
        "Motion: Replace two water butts before spring.\n"
        "Moved: Bell. Seconded: Ode.\n"
        "Vote: Carried, 5-0.\n"
        "\n"
        "2. Any other business\n"
        "Motion: Hold the show in August.\n"
        "Moved: Ode. Seconded: Bell.\n"
        "Vote: Carried, 4-1.\n"
    )
    assert split_turns(text) is None
    assert {s.speaker for s in split_speakers(text) if s.kind == "turn"} == set()
