"""Transcripts, round 8: the layouts of never-studied texts, each on an invented input."""

from __future__ import annotations

from test_transcript_formats import lines

_DEPOSITION = (
    "Excerpts from the Deposition of Lena Ortiz\n"
    "\n"
    "22:1                     LENA ORTIZ,\n"
    "22:2     having been first duly sworn, testified as follows:\n"
    "22:3     BY MS. PARK:\n"
    "22:4         Q.  Where were you on the night of the fire? Please\n"
    "22:5     take your time.\n"
    "22:6         A.  At home with my brother.\n"
    "22:7         Q.  All night?\n"
    "22:8         A.  Until about two. Then I drove to the\n"
    "22:9     warehouse.\n"
)


def test_page_and_line_numbers_of_a_deposition_excerpt_are_not_speech() -> None:
    got = lines(_DEPOSITION)
    assert got["22:6         A.  At home with my brother."] == "Lena Ortiz"
    assert got["22:5     take your time."].upper().endswith("PARK")
    assert got["22:9     warehouse."] == "Lena Ortiz"
