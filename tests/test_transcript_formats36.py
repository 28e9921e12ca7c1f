"""Transcripts, round 22 (stop 36): the causes of a studied set's misses (blindtx23), each rule on
an invented input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from test_transcript_formats import lines

# -- an FAQ page whose answer quotes someone ------------------------------------------------

_FAQ_QUOTING = (
    "Millbrook Library — Frequently Asked Questions\n"
    "\n"
    "Q: How many books can I borrow?\n"
    "A: Twelve at a time, for three weeks.\n"
    "\n"
    "Q: What did readers ask for last year?\n"
    'A: Longer hours. One reader wrote: "I would come every evening if I could."\n'
    "\n"
    "Q: Is there parking?\n"
    "A: Yes, behind the building.\n"
)


def test_a_quotation_inside_an_faq_answer_leaves_the_page_nobodys() -> None:
    got = lines(_FAQ_QUOTING)
    assert got["Q: What did readers ask for last year?"] == "narrator"
    assert got["A: Yes, behind the building."] == "narrator"


def test_an_faq_headed_interview_whose_answer_says_i_stays_a_transcript() -> None:
    # the expert speaks as herself outside the quotation: an interview, as before
    text = _FAQ_QUOTING.replace("A: Longer hours.", "A: I think longer hours.")
    got = lines(text)
    assert got["A: Yes, behind the building."] == "A"
    assert got["Q: Is there parking?"] == "Q"
