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


_HANSARD = (
    "Oral Answers to Questions\n"
    "\n"
    "1. Ada Quill (Lowmere) (LD)\n"
    "What steps the Department is taking to reopen rural bus routes.\n"
    "\n"
    "The Minister for Transport (Owen Reece)\n"
    "We have funded forty routes this year and will fund more.\n"
    "\n"
    "Ada Quill\n"
    "Forty is not enough for my county.\n"
    "\n"
    "Owen Reece\n"
    "I will happily meet her to discuss it.\n"
    "\n"
    "Ada Quill\n"
    "I will hold him to that.\n"
)


def test_hansard_names_come_back_bare_after_their_marked_first_line() -> None:
    got = lines(_HANSARD)
    assert got["Forty is not enough for my county."] == "Ada Quill"
    assert got["I will happily meet her to discuss it."] == "Owen Reece"


def test_hansard_numbers_a_question_on_its_askers_first_line() -> None:
    got = lines(_HANSARD)
    assert got["What steps the Department is taking to reopen rural bus routes."] == "Ada Quill"


def test_initials_take_the_name_a_key_gives_in_parentheses_after_them() -> None:
    text = (
        "Our editor spoke with a beekeeper. Initials: MR (Mia Rowe), JT (Jon Teague).\n"
        "\n"
        "MR: How many hives?\n"
        "JT: Forty, give or take.\n"
        "MR: And this year?\n"
        "JT: Fewer. It was a cold spring.\n"
    )
    got = lines(text)
    assert got["JT: Fewer. It was a cold spring."] == "Jon Teague"
    assert got["MR: And this year?"] == "Mia Rowe"


_ORAL_HISTORY = (
    "ABSTRACT\n"
    "In this interview, Rosa Delgado recalls the cannery strike of 1959. The interview\n"
    "was conducted in Spanish by Tomas Ibarra for the county archive.\n"
    "\n"
    "INTERVIEWER: Where did you work then?\n"
    "\n"
    "NARRATOR: At the cannery on Front Street. My sister too.\n"
    "\n"
    "INTERVIEWER: And the strike?\n"
    "\n"
    "NARRATOR: We walked out in June.\n"
)


def test_an_oral_historys_abstract_names_its_interviewer_and_narrator() -> None:
    got = lines(_ORAL_HISTORY)
    assert got["INTERVIEWER: And the strike?"] == "Tomas Ibarra"
    assert got["NARRATOR: We walked out in June."] == "Rosa Delgado"


def test_a_documentarys_narrator_with_no_interview_named_keeps_its_label() -> None:
    text = (
        "RIVERS OF THE NORTH\n"
        "\n"
        "NARRATOR: The river freezes in November.\n"
        "\n"
        "GUIDE: We cross it on foot until April.\n"
        "\n"
        "NARRATOR: Then the ice breaks.\n"
    )
    assert lines(text)["NARRATOR: Then the ice breaks."] == "NARRATOR"


def test_an_offices_initials_take_the_name_the_attendance_list_gives_it() -> None:
    text = (
        "Minutes of the Board\n"
        "Present: Lea Marsh (Chair); Tom Okoro (Chief Executive Officer)\n"
        "In attendance: Ines Vidal (Chief Financial Officer)\n"
        "\n"
        "Chair: How long does the cash last?\n"
        "CFO: Nine months.\n"
        "CEO: Less if we hire.\n"
        "CFO: That is right.\n"
    )
    got = lines(text)
    assert got["CFO: That is right."] == "Ines Vidal"
    assert got["CEO: Less if we hire."] == "Tom Okoro"
