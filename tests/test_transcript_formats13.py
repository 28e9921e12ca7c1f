"""Transcripts, round 15: the causes of a studied set's misses, each rule on an invented
input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from rhetoscope.speakers.fullnames import full_names
from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines


def _speakers(text: str) -> set[str]:
    return {s.speaker for s in split_turns(text) or []}


# -- names from a header's roll ------------------------------------------------------------

_LONG_ROLL = (
    "Present: Mayor Ada Quist; Trustees Bram Oyelaran, Cleo Fairweather, Dov Perlmutter "
    "and Esme Haverford (by phone). Staff: Tobias Wren, Parks Director; Una Kestrel, "
    "Village Clerk.\n"
)


def test_a_long_roll_line_names_the_titled_labels() -> None:
    text = (
        "VILLAGE OF NORTH ASHBY\nBOARD WORK SESSION\n"
        + _LONG_ROLL
        + "\nMAYOR QUIST: We're in session. Roll, please.\n"
        "VILLAGE CLERK: Trustee Oyelaran.\n"
        "TRUSTEE OYELARAN: Here.\n"
        "VILLAGE CLERK: Trustee Fairweather.\n"
        "TRUSTEE FAIRWEATHER: Here.\n"
        "PARKS DIRECTOR WREN: The pool opens in June.\n"
        "MAYOR QUIST: Good.\n"
    )
    got = lines(text)
    assert got["TRUSTEE OYELARAN: Here."] == "Bram Oyelaran"
    assert got["TRUSTEE FAIRWEATHER: Here."] == "Cleo Fairweather"
    # an office's name before the surname ends in its title
    assert got["PARKS DIRECTOR WREN: The pool opens in June."] == "Tobias Wren"
    # the office as a name's appositive on the roll
    assert got["VILLAGE CLERK: Trustee Oyelaran."] == "Una Kestrel"
    assert got["MAYOR QUIST: Good."] == "Ada Quist"


def test_a_long_line_of_prose_names_no_label() -> None:
    # a lede's long paragraph is no roll: the excerpt's labels stay as written
    prose = (
        "The council met on Tuesday, and Councilmember Bram Oyelaran, who chairs the "
        "budget committee, told reporters that the parks director, Tobias Wren, had asked "
        "for more money than the village could find this year.\n"
    )
    assert full_names(["COUNCILMEMBER OYELARAN"], prose, prose) == {}


def test_a_speakers_field_is_a_roll() -> None:
    header = (
        "Speakers: County Judge Hal Brisco; Emergency Management Coordinator Rhea "
        "Vantongeren; Fire Marshal Otto Quayle; Lena Stroud, hydrologist, River Forecast "
        "Center\n"
    )
    got = full_names(["COORDINATOR VANTONGEREN", "MS. STROUD"], header, header)
    assert got == {"COORDINATOR VANTONGEREN": "Rhea Vantongeren", "MS. STROUD": "Lena Stroud"}


def test_an_office_before_a_surname_needs_its_title_last() -> None:
    header = "Present: Bram Oyelaran, Tobias Wren\n"
    # "PARKS WREN" is no office's name: its last word before the surname is no title
    assert full_names(["PARKS WREN"], header, header) == {}
    assert full_names(["PARKS DIRECTOR WREN"], header, header) == {
        "PARKS DIRECTOR WREN": "Tobias Wren"
    }


def test_an_appositive_office_must_end_the_rolls_item() -> None:
    # "Una Kestrel, Village Clerk's assistant" holds no clerk's office
    header = "Staff: Una Kestrel, Village Clerk's assistant; Tobias Wren\n"
    assert full_names(["VILLAGE CLERK"], header, header) == {}
    # nor does a name in the prose of a line that is no roll
    prose = "Minutes taken by Una Kestrel, Village Clerk.\n"
    assert full_names(["VILLAGE CLERK"], prose, prose) == {}


def test_a_surname_label_takes_the_name_its_titled_label_was_given() -> None:
    text = (
        "Harbor District Candidate Forum\n"
        # (one long paragraph of prose, which full names are not read from)
        "This transcript was typed by volunteers from the radio broadcast. The candidates "
        "are the incumbent, Commissioner Petra Lindahl, and a harbor pilot who has never "
        "held office before.\n\n"
        "MODERATOR: Welcome. Commissioner, you begin.\n"
        "COMMISSIONER LINDAHL: Thank you for coming tonight.\n"
        "MODERATOR: Rebuttal, Commissioner.\n"
        "LINDAHL: Briefly, the dredging is funded.\n"
    )
    got = lines(text)
    assert got["COMMISSIONER LINDAHL: Thank you for coming tonight."] == "Petra Lindahl"
    assert got["LINDAHL: Briefly, the dredging is funded."] == "Petra Lindahl"


# -- roles a header spells out or a sentence names -----------------------------------------


def test_a_legends_role_takes_the_name_the_header_gives_that_role() -> None:
    text = (
        "BOARD OF LICENSING APPEALS\n"
        "Hearing Officer: Petra Vollmer\n"
        "Participants: Jonah R. Ashdown, appellant; Iris Quell, for the board\n"
        "Key: HO = Hearing Officer; APP = Appellant; BD = Board representative\n\n"
        "HO: We are on the record.\n"
        "APP: Thank you.\n"
        "BD: The board relies on its letter.\n"
        "HO: Noted.\n"
    )
    got = lines(text)
    assert got["HO: We are on the record."] == "Petra Vollmer"
    assert got["APP: Thank you."] == "Jonah R. Ashdown"
    # no one is written as the board's representative: the label stays as written
    assert got["BD: The board relies on its letter."] == "BD"


def test_a_legends_role_held_by_no_one_named_stays_the_role() -> None:
    # (the legend's words stay its name, as before)
    header = "Key: HO = Hearing Officer\nThe hearing officer was Petra Vollmer.\n"
    assert full_names(["HO"], header, header) == {"HO": "Hearing Officer"}


def test_a_field_names_an_office_only_as_its_whole_value() -> None:
    # "Hearing Officer: Petra Vollmer presiding" is no field holding a name alone
    header = "Key: HO = Hearing Officer\nHearing Officer: Petra Vollmer presiding over two\n"
    assert full_names(["HO"], header, header) == {"HO": "Hearing Officer"}


def test_the_moderator_named_with_a_job_before_the_name() -> None:
    text = (
        "Harbor District Candidate Forum\n"
        "The forum was moderated by Chamber president Lena Okonkwo-Baird. The candidates "
        "took questions from the audience.\n\n"
        "MODERATOR: Welcome, everyone.\n"
        "ABERNETHY: Thanks for having us.\n"
        "LINDAHL: Glad to be here.\n"
        "MODERATOR: First question.\n"
    )
    assert lines(text)["MODERATOR: Welcome, everyone."] == "Lena Okonkwo-Baird"
    hosted = text.replace(
        "moderated by Chamber president Lena Okonkwo-Baird",
        "hosted by adult services librarian Lena Okonkwo-Baird",
    ).replace("MODERATOR", "HOST")
    assert lines(hosted)["HOST: Welcome, everyone."] == "Lena Okonkwo-Baird"


def test_a_body_hosting_with_a_job_word_names_no_host() -> None:
    text = (
        "Harbor District Candidate Forum\n"
        "The forum was hosted by the Rotary Club and broadcast live.\n\n"
        "HOST: Welcome, everyone.\n"
        "ABERNETHY: Thanks for having us.\n"
        "LINDAHL: Glad to be here.\n"
        "HOST: First question.\n"
    )
    assert lines(text)["HOST: Welcome, everyone."] == "HOST"
