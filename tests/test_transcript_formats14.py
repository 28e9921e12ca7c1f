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


# -- names alone above the turns, given names later -------------------------------------------

_HUSTINGS = (
    "THE LANTERN \u2014 LIVE\n"
    "Guild elections: the hustings, as it happened\n"
    "Chaired by Odile Farrant-Wick. Candidates: Tomasz Brzeski, Ylva Hannart.\n\n"
    "ODILE FARRANT-WICK\nRight, we're live. Each of you gets a minute. Tomasz?\n\n"
    "TOMASZ BRZESKI\nThanks. I'm a third-year and I want the bar open later.\n\n"
    "YLVA HANNART\nHi, I'm Ylva. I run the choir, and I want practice rooms.\n\n"
    "ODILE\nThank you both. A question from the floor. Yes, you at the back.\n\n"
    "QUESTION FROM THE FLOOR\nHi, my name's Jack, I'm in first year. What about the library?\n\n"
    "YLVA\nI'd keep it open all night in exams.\n\n"
    "TOMASZ\nSo would I, if we can pay the staff.\n\n"
    "ODILE\nThat's all we have time for.\n"
)


def test_names_alone_come_back_by_the_given_name() -> None:
    got = lines(_HUSTINGS)
    assert got["THE LANTERN \u2014 LIVE"] == "narrator"
    assert got["ODILE FARRANT-WICK"] == "ODILE FARRANT-WICK"
    assert got["Thank you both. A question from the floor. Yes, you at the back."] == (
        "ODILE FARRANT-WICK"
    )
    assert got["I'd keep it open all night in exams."] == "YLVA HANNART"
    assert got["So would I, if we can pay the staff."] == "TOMASZ BRZESKI"


def test_a_question_from_the_floor_is_the_asker_who_gives_a_name() -> None:
    got = lines(_HUSTINGS)
    assert got["Hi, my name's Jack, I'm in first year. What about the library?"] == "Jack"


def test_subheads_of_first_names_stay_narration() -> None:
    # a profile's sections, headed by names that never take turns: no transcript
    text = (
        "THE LANTERN\nWho runs the Guild\n\n"
        "ODILE FARRANT-WICK\nShe has chaired the Guild for two years and runs the budget.\n\n"
        "TOMASZ BRZESKI\nHe manages the bar and wants it open later on Fridays.\n\n"
        "YLVA HANNART\nShe runs the choir, which has doubled in size since spring.\n"
    )
    got = lines(text)
    assert got["ODILE FARRANT-WICK"] == "narrator"
    assert got["He manages the bar and wants it open later on Fridays."] == "narrator"
