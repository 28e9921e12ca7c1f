"""Transcripts, round 18 reviewed: look-alikes of the round's rules that must not fire,
each beside the case the rule is for."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a Q&A interview answering for an office: "we", never "I" --------------------------------


def test_a_q_and_a_interview_answering_as_we_still_speaks() -> None:
    # the chief answers for the district: "we" is a person's voice too, no story's box
    text = (
        "Q&A: Fire Chief Dana Whitcombe on the coming wildfire season\n\n"
        "We spoke with Chief Whitcombe about what residents should expect.\n\n"
        "Q: How ready is the district this year?\n\n"
        "A: We have forty more seasonal firefighters than last summer.\n\n"
        "Q: What should homeowners do now?\n\n"
        "A: Clear brush within thirty feet of the house.\n"
    )
    got = lines(text)
    assert got["A: We have forty more seasonal firefighters than last summer."] != "narrator"
    assert got["Q: What should homeowners do now?"] != "narrator"
