"""Transcripts, round 16: the causes of a studied set's misses, each rule on an invented
input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from test_transcript_formats import lines

# -- an arbitration's labels and examination headings ---------------------------------------

_ARBITRATION = (
    "IN THE MATTER OF THE ARBITRATION BETWEEN\nCITY OF ORLAND\nand\nTEAMSTERS LOCAL 9\n\n"
    "Arbitrator: Maeve T. Quarrington\n"
    "APPEARANCES:  For the City: Colm Everard, Esq.    For the Union: Ines Padgett\n\n"
    "Arbitrator QUARRINGTON. We're on the record. Call your witness.\n"
    "Mr. EVERARD. The City calls Ruth Ambler.\n"
    "          RUTH AMBLER, having been duly sworn, testified as follows:\n"
    "                    DIRECT EXAMINATION BY MR. EVERARD:\n"
    "Q. What is your job?\n"
    "A. I run the depot.\n"
    "Ms. PADGETT. Objection.\n"
    "Arbitrator QUARRINGTON. Overruled.\n"
    "Q. (By Mr. Everard) Go on.\n"
    "A. The truck left at six.\n"
    "                    CROSS-EXAMINATION BY MS. PADGETT:\n"
    "Q. Were you there at six?\n"
    "A. No.\n"
)


def test_an_examination_heading_names_who_asks() -> None:
    got = lines(_ARBITRATION)
    assert got["DIRECT EXAMINATION BY MR. EVERARD:"] == "narrator"
    assert got["CROSS-EXAMINATION BY MS. PADGETT:"] == "narrator"
    assert got["RUTH AMBLER, having been duly sworn, testified as follows:"] == "narrator"
    # the lawyer the heading names asks, by the full name the appearances give
    assert got["Q. What is your job?"] == "Colm Everard"
    assert got["Q. Were you there at six?"] == "Ines Padgett"
    # the label in the congressional style and the heading's capitals: one person
    assert got["Mr. EVERARD. The City calls Ruth Ambler."] == "Colm Everard"
    assert got["A. The truck left at six."].lower() == "ruth ambler"


def test_an_arbitrator_labels_like_a_member() -> None:
    got = lines(_ARBITRATION)
    assert got["Arbitrator QUARRINGTON. Overruled."] == "Maeve T. Quarrington"
    # the header's field naming the arbitrator speaks no words
    assert got["Arbitrator: Maeve T. Quarrington"] == "narrator"
