"""Transcripts, round 17 reviewed: look-alikes of the round's rules that must not fire,
each beside the case the rule is for."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a running head naming the proceeding, not the witness ---------------------------------

_HEARING = (
    "SUPERIOR COURT OF THE STATE OF OREGON\n\n"
    "SUPPRESSION HEARING - 02/14/2026\n\n"
    "THE COURT: Call your witness.\n\n"
    "MR. VANCE: The defense calls Deputy Ora Finch.\n\n"
    "Q. Where were you posted?\n\n"
    "A. On Route 9.\n\n"
    "SUPPRESSION HEARING - 02/14/2026\n\n"
    "Q. What did you see?\n\n"
    "A. A truck with no plates.\n"
)


def test_a_running_head_naming_the_hearing_names_no_witness() -> None:
    got = lines(_HEARING)
    # the head says what the day is, not who answers: "HEARING" is no one's name
    assert "HEARING" not in got["A. A truck with no plates."]
    assert "HEARING" not in got["A. On Route 9."]
    assert got["SUPPRESSION HEARING - 02/14/2026"] == "narrator"
