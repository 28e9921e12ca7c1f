"""Transcripts, round 9: the layouts of never-studied texts, each on an invented input."""

from __future__ import annotations

from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines

_HOW_TO = (
    "How to repot a fern\n"
    "Warning: Wear gloves; the soil may hold fungus.\n"
    "Step 1: Water the fern the night before.\n"
    "Step 2: Ease it out of the old pot.\n"
    "Tip: A butter knife loosens the roots.\n"
    "Q: Can I use garden soil?\n"
    "A: No, it packs too tightly.\n"
    "Q: When is the best time?\n"
    "A: In spring, as new fronds open.\n"
)


def test_a_how_to_with_steps_callouts_and_a_short_faq_is_no_transcript() -> None:
    assert split_turns(_HOW_TO) is None


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in split_turns(text) or []]


_SESSION = (
    "Project: Library kiosk redesign\n"
    "Moderator: Ines Barros\n"
    "\n"
    "Moderator: Thanks for coming in. Shall we start?\n"
    "Participant: Sure, go ahead.\n"
    "Moderator: Open the search screen, please.\n"
    "Participant: Done. It is slow.\n"
)


def test_a_role_named_in_the_header_under_a_title_field_names_its_turns() -> None:
    assert _speakers(_SESSION) == ["Ines Barros", "Participant", "Ines Barros", "Participant"]


_LESSON = (
    "Teacher: Amal Haddad\n"
    "\n"
    "Teacher: Books open at page ten, please.\n"
    "Student 1: Which chapter, miss?\n"
    "Teacher: Chapter two. Who remembers the ending?\n"
    "Student 2: The boat sinks.\n"
    "Student 1: No, it floats away.\n"
)


def test_numbered_students_are_speakers_and_the_teacher_is_named_by_the_header() -> None:
    assert _speakers(_LESSON) == [
        "Amal Haddad",
        "Student 1",
        "Amal Haddad",
        "Student 2",
        "Student 1",
    ]


_INTERVIEW = (
    "'Rivers need room': Omar Lindqvist\n"
    "Nell Garber\n"
    "\n"
    "Omar Lindqvist, who has run the flood board for six years, spoke about levees. In a"
    " conversation with Nell Garber, he spoke about what comes next. Edited excerpts:\n"
    "\n"
    "Q: Will the levees hold?\n"
    "A: This year, yes.\n"
    "Q: And next year?\n"
    "A: Only if we widen the channel.\n"
)


def test_in_a_conversation_with_a_name_then_he_the_name_asks() -> None:
    assert _speakers(_INTERVIEW) == ["Nell Garber", "Omar Lindqvist"] * 2


_BOLD_QA = (
    "Ada Penrose-Hale: 'I paint at night'\n"
    "Interview by Tom Reddy\n"
    "\n"
    "Ada Penrose-Hale was born in Leeds. Her new show opens this week.\n"
    "\n"
    "**When do you work?**\n"
    "\n"
    "After midnight, mostly.\n"
    "\n"
    "**Why then?**\n"
    "\n"
    "The house is quiet.\n"
    "\n"
    "**What comes next?**\n"
    "\n"
    "A bigger canvas.\n"
)


def test_bold_questions_under_an_interview_by_credit_are_the_two_sides() -> None:
    got = lines(_BOLD_QA)
    assert got["**Why then?**"] == "Tom Reddy"
    assert got["The house is quiet."] == "Ada Penrose-Hale"


_POLICE = (
    "RECORD OF TAPED INTERVIEW\n"
    "Interviewing officer: DC 5120 Maria KOVAC\n"
    "\n"
    "10:02 DC KOVAC: This interview is being recorded.\n"
    "SUSPECT: Fine.\n"
    "DC KOVAC: Where were you on Friday?\n"
    "SUSPECT: No comment.\n"
)


def test_a_police_rank_and_a_surname_in_capitals_take_the_header_full_name() -> None:
    assert _speakers(_POLICE)[0] == "Maria Kovac"


_TRIBUNAL = (
    "EMPLOYMENT TRIBUNALS\n"
    "Before: Employment Judge Leah Morrow\n"
    "Representation: Claimant: Ms Ruth Okafor (counsel). Respondent: Mr Dan Pell (counsel).\n"
    "\n"
    "MS JANE TROTT, sworn\n"
    "Cross-examined by Ms Okafor\n"
    "\n"
    "Counsel: You managed the claimant?\n"
    "Witness: I did.\n"
    "Counsel: For how long?\n"
    "Witness: Two years.\n"
    "EJ Morrow: We will break there.\n"
)


def test_counsel_and_witness_labels_are_the_examiner_and_the_sworn_witness() -> None:
    got = lines(_TRIBUNAL)
    assert got["Counsel: For how long?"] == "Ruth Okafor"
    assert got["Witness: Two years."].lower().endswith("jane trott")
    assert got["EJ Morrow: We will break there."] == "Leah Morrow"
    assert got[_TRIBUNAL.split("\n")[2]] == "narrator"


_HOUSE = (
    "Ms VELLA (Northbank) (14:02): My question is to the minister. Will rents fall?\n"
    "\n"
    "Mr ORR: They will, Speaker.\n"
    "\n"
    "Opposition members interjecting\u2014\n"
    "\n"
    "Some hon. members: Hear, hear!\n"
    "\n"
    "An hon. member: When?\n"
    "\n"
    "Mr ORR: Next year, as I said.\n"
)


def test_a_house_record_s_members_in_lower_case_speak_and_interjecting_is_narration() -> None:
    got = lines(_HOUSE)
    assert got["Some hon. members: Hear, hear!"] == "Some hon. members"
    assert got["An hon. member: When?"] == "An hon. member"
    assert got["Opposition members interjecting\u2014"] == "narrator"
    assert got["Mr ORR: Next year, as I said."] == "Mr ORR"


_BRIEFING = (
    "Daily briefing by Lena Marsh, Spokesperson for the Agency.\n"
    "\n"
    "Spokesperson: Good afternoon. Questions?\n"
    "Question: Is the road open?\n"
    "Spokesperson: Since this morning, yes.\n"
    "Question: And the bridge?\n"
    "Spokesperson: Not yet.\n"
)


def test_a_spokesperson_label_takes_the_name_the_introduction_gives_the_role() -> None:
    assert _speakers(_BRIEFING)[:2] == ["Lena Marsh", "Question"]


_RECORD = (
    "INTERVIEWER: Are you ready?\n"
    "WITNESS ONE: I am.\n"
    "INTERVIEWER: Then we begin.\n"
    "10:14 INTERVIEW SUSPENDED\n"
    "10:20 INTERVIEW RESUMED\n"
    "INTERVIEWER: Go on.\n"
    "WITNESS ONE: That is all.\n"
    "* * *\n"
    "ENDS\n"
)


def test_a_record_s_procedure_lines_and_closing_marks_are_narration() -> None:
    got = lines(_RECORD)
    for line in ("10:14 INTERVIEW SUSPENDED", "10:20 INTERVIEW RESUMED", "* * *", "ENDS"):
        assert got[line] == "narrator", line


_TIGHT = (
    "Nia: Morning, all. Numbers first.\n"
    "Omar: Up six percent.\n"
    "Nia: Good. Omar, the platform?\n"
    "Omar:Thanks, Nia. The migration is done.\n"
)


def test_a_label_with_no_space_after_its_colon_labels_where_the_name_labels_others() -> None:
    assert _speakers(_TIGHT) == ["Nia", "Omar", "Nia", "Omar"]


def test_a_word_and_a_colon_with_no_space_is_no_label_in_prose() -> None:
    text = "Ratio:Three parts flour to one of butter.\nMix well.\nBake for an hour.\n"
    assert split_turns(text) is None


_FOCUS = (
    "FOCUS GROUP 2\n"
    "Moderator (M): Lisa Brandt, Northfield Research\n"
    "Respondents:\n"
    "R1 \u2013 F, 30, renter\n"
    "R2 \u2013 M, 55, owner\n"
    "\n"
    "M: What do you pay for heating?\n"
    "R1: Too much.\n"
    "R2: About the same as last year.\n"
    "M: Thanks. Next question.\n"
)


def test_a_focus_group_key_names_the_moderator_and_its_respondent_list_is_narration() -> None:
    got = lines(_FOCUS)
    assert got["M: What do you pay for heating?"] == "Lisa Brandt"
    assert got["R1 \u2013 F, 30, renter"] == "narrator"
    assert got["Respondents:"] == "narrator"
    assert got["R1: Too much."] == "R1"


# Review of round 8, finding 1: a voice-over is not the interviewee
_FILM = (
    "DRY SEASON: transcript\n"
    "\n"
    "This film includes an interview with Tomas Varga, a beekeeper.\n"
    "\n"
    "NARRATOR: The hives have thinned every year.\n"
    "\n"
    "TOMAS VARGA: I lost a third of them.\n"
    "\n"
    "NARRATOR: His neighbours lost more.\n"
)


def test_a_film_narrator_beside_the_interviewee_s_own_label_keeps_its_label() -> None:
    assert _speakers(_FILM) == ["NARRATOR", "TOMAS VARGA", "NARRATOR"]


# Review of round 8, finding 2: an abstract's "In this interview, X" names a person only
_ABSTRACT = (
    "In this interview, {who} talks about the ferry.\n\nQ: Is it late?\nA: Often.\n"
    "Q: Why?\nA: Tides.\n"
)


def test_in_this_interview_a_possessive_names_no_one() -> None:
    assert _speakers(_ABSTRACT.format(who="Portland's harbour master")) == ["Q", "A", "Q", "A"]


def test_in_this_interview_a_title_is_left_out_of_the_name() -> None:
    assert _speakers(_ABSTRACT.format(who="Governor Ines Carver"))[1] == "Ines Carver"


# Review of round 8, finding 3: a poll's or a study's author is no interviewer
def test_a_poll_conducted_for_a_paper_by_a_firm_names_no_interviewer() -> None:
    text = (
        "A survey, conducted for the Courier by Delta Polling, finds trust falling. We spoke"
        " with the mayor.\n\nQ: Are you worried?\nA: No.\nQ: Not at all?\nA: Not at all.\n"
    )
    assert _speakers(text)[0] == "Q"


def test_an_interview_conducted_in_a_language_by_a_name_names_the_interviewer() -> None:
    text = (
        "Interview with Rosa Vidal, conducted in Portuguese by Ana Lima.\n\n"
        "Q: Where were you born?\nA: In Braga.\nQ: When?\nA: In 1950.\n"
    )
    assert _speakers(text)[:2] == ["Ana Lima", "Rosa Vidal"]


# Review of round 8, finding 4: a results roundup repeating names bare is no debate
def test_a_roundup_repeating_marked_names_bare_above_reports_is_narration() -> None:
    text = (
        "Council results\n\n"
        "Kit Marlow (Eastfield) (Grn)\nHeld the seat by 300 votes.\n\n"
        "Jon Abbot (Westmoor) (Ind)\nLost after two terms.\n\n"
        "Kit Marlow\nShe will chair the housing board.\n\n"
        "Jon Abbot\nHe plans to run again.\n"
    )
    assert split_turns(text) is None


# Review of round 8, finding 5: an office's initials are defined by an attendance line only
def test_an_office_in_a_release_s_prose_defines_no_initials() -> None:
    text = (
        "Bolt Ltd today named Ravi Shah (Chief Operating Officer) to its board.\n\n"
        "COO: what does the role cover? Operations.\n"
        "CEO: who reports to whom? The COO reports to the CEO.\n"
        "COO: and the budget? It is set yearly.\n"
    )
    assert "Ravi Shah" not in _speakers(text)


def test_an_attendance_line_defines_an_office_s_initials() -> None:
    text = (
        "Present: Ruth Pike (Deputy Head), Ian Moss (Chair)\n\n"
        "DH: Attendance is up.\nChair: Good. Anything else?\nDH: No.\n"
    )
    assert _speakers(text)[0] == "Ruth Pike"
