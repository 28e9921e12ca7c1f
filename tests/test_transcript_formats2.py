"""Transcripts, round 2: one invented fixture per layout rule, and prose they must spare."""

from __future__ import annotations

from rhetoscope import split_speakers
from test_transcript_formats import lines


def test_congressional_titles_before_a_surname_open_turns() -> None:
    text = (
        "    Senator PIKE. The committee will come to order.\n"
        "    Mr. LANE. Thank you, Senator.\n"
        "    Senator PIKE. Begin, please.\n"
    )
    got = lines(text)
    assert got["Senator PIKE. The committee will come to order."] == "Senator PIKE"
    assert got["Mr. LANE. Thank you, Senator."] == "Mr. LANE"


def test_a_presiding_role_takes_the_name_before_its_state() -> None:
    text = (
        "        NORA HEWITT, Vermont, Chairman\n"
        "BO TRENT, Ohio\n\n"
        "    The CHAIRMAN. We are here on ferries.\n"
        "    Mr. TRENT. Thank you.\n"
        "    The CHAIRMAN. Go on.\n"
    )
    assert lines(text)["The CHAIRMAN. We are here on ferries."] == "NORA HEWITT"


def test_a_bold_question_with_its_label_inside_the_bold() -> None:
    text = (
        "**Q: How did you start?**\n\n**A:** By accident.\n\n"
        "**Q: And now?**\n\n**A:** Still here.\n"
    )
    got = lines(text)
    assert got["**Q: How did you start?**"] == "Q"
    assert got["**A:** By accident."] == "A"


def test_a_title_and_surname_label_takes_the_full_name_of_the_header() -> None:
    text = (
        "PRESENT: Mayor Lena Okoro; Councilmember Ravi Patel\n\n"
        "MAYOR OKORO: We are called to order.\n"
        "COUNCILMEMBER PATEL: Present.\n"
        "MAYOR OKORO: Item one.\n"
    )
    got = lines(text)
    assert got["MAYOR OKORO: We are called to order."] == "Lena Okoro"
    assert got["COUNCILMEMBER PATEL: Present."] == "Ravi Patel"


def test_initials_take_the_one_full_name_with_them() -> None:
    text = (
        "call notes, JD = Jane Dunn, KL = Kim Lowe\n\n"
        "JD: how many units\nKL: 312.\nJD: since when\nKL: last year\n"
    )
    got = lines(text)
    assert got["JD: how many units"] == "Jane Dunn"
    assert got["KL: 312."] == "Kim Lowe"


def test_two_people_of_one_surname_leave_the_label_as_it_is() -> None:
    text = (
        "Present: Ann Cole and her brother Tom Cole.\n\n"
        "MS. COLE: Hello.\nMR. COLE: Hi.\nMS. COLE: Bye.\n"
    )
    assert lines(text)["MS. COLE: Hello."] == "MS. COLE"


def test_a_capitalised_common_word_is_no_first_name() -> None:
    text = (
        "The panel met. Then Reyes spoke, and then the vote.\n\n"
        "REYES: First point.\nLANG: Second.\nREYES: Third.\n"
    )
    assert lines(text)["REYES: First point."] == "REYES"


def test_staff_heads_the_title_block_and_speaks_after_it() -> None:
    text = (
        "PRESENT: Mayor Lena Okoro\nSTAFF: Clerk Ida Moss\n\n"
        "MAYOR OKORO: Order.\nCLERK MOSS: Quorum.\nMAYOR OKORO: Adjourned.\n"
        "STAFF: This meeting is concluded.\n"
    )
    got = lines(text)
    assert got["STAFF: Clerk Ida Moss"] == "narrator"
    assert got["CLERK MOSS: Quorum."] == "Ida Moss"
    assert got["STAFF: This meeting is concluded."] == "STAFF"


def test_prose_with_a_senator_and_bold_text_stays_prose() -> None:
    text = (
        "Senator Hale met voters on Friday. **Note: polls close at 8.**\n\n"
        "Senator HALE. is how the record spells it, a clerk said.\n\n"
        "The vote is on Tuesday.\n"
    )
    assert {s.speaker for s in split_speakers(text) if s.kind == "turn"} == set()


def test_a_presiding_role_named_beside_a_place_is_not_the_place() -> None:
    text = (
        "Hearing in the Hart Building, Hon. Nora Hewitt, Chairman, presiding.\n\n"
        "    The CHAIRMAN. Order.\n    Mr. TRENT. Thanks.\n    The CHAIRMAN. Go on.\n"
    )
    assert lines(text)["The CHAIRMAN. Order."] == "Nora Hewitt"


def test_the_interviewee_is_the_person_the_lede_names_by_surname_most() -> None:
    text = (
        "*By Sam Ortiz*\n\n"
        "Ida Kern runs the last mill on Front Street. Kern, 80, opened it on Front Street "
        "in 1970. Kern still works daily. The interview has been edited for length.\n\n"
        "**Q: Why stay?**\n\n**A:** Habit.\n\n**Q: And next?**\n\n**A:** More of it.\n"
    )
    got = lines(text)
    assert got["**A:** Habit."] == "Ida Kern"
    assert got["**Q: Why stay?**"] == "Sam Ortiz"


def test_a_lede_naming_the_host_who_spoke_with_a_guest_names_q_and_a() -> None:
    text = (
        "On Tuesday, host Ana Reis spoke with Tom Vale, who retired this month. "
        "The following transcript has been lightly edited.\n\n"
        "Q. Tom, how was it?\nA. Quiet.\nQ. Any regrets?\nA. None.\n"
    )
    got = lines(text)
    assert got["Q. Tom, how was it?"] == "Ana Reis"
    assert got["A. Quiet."] == "Tom Vale"


def test_the_byline_writer_prefixed_by_an_outlet_is_not_the_interviewee() -> None:
    text = (
        "*By Jo Hart*\n\n"
        "Ida Kern kept bees for years. Kern, 67, spoke with the Ledger-Sentinel's Jo Hart "
        "at her farm. The conversation has been edited for length.\n\n"
        "**Q:** When?\n\n**A:** April.\n\n**Q:** Then?\n\n**A:** May.\n"
    )
    assert lines(text)["**A:** April."] == "Ida Kern"


def test_the_court_is_the_judge_the_caption_names() -> None:
    text = (
        "BEFORE THE HONORABLE MAE J. ORR\n\n"
        "THE COURT: Be seated.\nMR. LUM: Thank you.\nTHE COURT: Proceed.\n"
    )
    assert lines(text)["THE COURT: Be seated."] == "MAE J. ORR"


def test_an_inquest_names_its_examiner_and_its_affirmed_witness() -> None:
    text = (
        "Before Senior Coroner Ann Pike\n\n"
        "THE CORONER:  Good morning.\n"
        "MS LEE:  I call Mr Hal Dunn.\n"
        "              MR HAL DUNN (affirmed)\n"
        "                  Questions from MS LEE\n"
        "Q.  Where were you?\nA.  At work.\nQ.  All day?\nA.  Yes.\n"
    )
    got = lines(text)
    assert got["MR HAL DUNN (affirmed)"] == got["Questions from MS LEE"] == "narrator"
    assert got["THE CORONER:  Good morning."] == "Ann Pike"
    assert got["Q.  Where were you?"] == "MS LEE"
    assert got["A.  At work."] == "MR HAL DUNN"


def test_abbreviated_interview_labels_take_the_header_names() -> None:
    text = (
        "HOME FRONT INTERVIEW SERIES\n\n"
        "Subject: Mrs. Ada Kowal, welder, Harbor Point Shipyard No. 2\n"
        "Interviewer: Mr. Hal Lind\n\n"
        "Int.: How did you start?\n\nAns.: By accident.\n\nInt.: And then?\n\nAns.: Welding.\n"
    )
    got = lines(text)
    assert got["Int.: How did you start?"] == "Mr. Hal Lind"
    assert got["Ans.: By accident."] == "Mrs. Ada Kowal"


def test_an_oral_history_narrator_header_names_the_respondent() -> None:
    text = (
        "Narrator: Rosa Vaz (b. 1938)\nInterviewer: Cal Fern\n\n"
        "INTERVIEWER: Where were you born?\n\nRESPONDENT: Lowell.\n\n"
        "INTERVIEWER: When?\n\nRESPONDENT: 1938.\n"
    )
    got = lines(text)
    assert got["Narrator: Rosa Vaz (b. 1938)"] == "narrator"
    assert got["RESPONDENT: Lowell."] == "Rosa Vaz"
    assert got["INTERVIEWER: When?"] == "Cal Fern"


def test_a_first_line_title_in_capitals_with_a_colon_is_no_turn() -> None:
    text = (
        "STATE TOURNAMENT: SECOND ROUND\nMarch 3\n\nCoach Deb Hill\n\n"
        "THE MODERATOR: Questions.\n\nCOACH HILL: Proud of them.\n\nQ. Why?\n\n"
        "COACH HILL: Effort.\n"
    )
    got = lines(text)
    assert got["STATE TOURNAMENT: SECOND ROUND"] == got["March 3"] == "narrator"
    assert got["COACH HILL: Proud of them."] == "Deb Hill"


def test_a_news_paragraph_naming_a_speaker_in_full_leaves_an_excerpts_label() -> None:
    text = (
        "Governor Mary Fallow spoke on Sunday about the race, a long paragraph of news "
        "prose that a reporter wrote about the interview, well past a header line's length "
        "of characters.\n\nTAPPER: Is he right?\n\nFALLOW: He is.\n\nTAPPER: Why?\n"
    )
    assert lines(text)["FALLOW: He is."] == "FALLOW"


def test_a_briefings_q_with_one_space_opens_a_reporters_turn() -> None:
    text = (
        "Press Briefing by Press Secretary Ana Ruiz\n\n1:32 P.M. EDT\n\n"
        "MS. RUIZ: Good afternoon.\n\nQ Thanks. Is he going?\n\nMS. RUIZ: He is.\n\n"
        "Q And when?\n\nMS. RUIZ: Friday.\n\n2:06 P.M. EDT\n"
    )
    got = lines(text)
    assert got["Q Thanks. Is he going?"] == got["Q And when?"] == "Q"
    assert got["2:06 P.M. EDT"] == "narrator"


def test_webvtt_cue_timings_are_narration() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:02.140 --> 00:00:08.880\nJo Okoro: Welcome, everybody.\n\n"
        "2\n00:00:09.010 --> 00:00:12.300\nRay Mehta: Happy to be here.\n\n"
        "3\n00:00:12.450 --> 00:00:19.720\nJo Okoro: Let's start.\n"
    )
    got = lines(text)
    assert got["00:00:09.010 --> 00:00:12.300"] == "narrator"
    assert got["Ray Mehta: Happy to be here."] == "Ray Mehta"


def test_a_paragraph_opening_with_q_street_is_no_transcript() -> None:
    text = "Q Street was closed on Monday.\n\nThe mayor said it would reopen.\n"
    assert {s.kind for s in split_speakers(text)} <= {"narration", "quote"}


def test_one_off_fields_above_the_first_recurring_speaker_are_the_title_block() -> None:
    text = (
        "Semifinal: Ridge State 71, Lakeport 68\nProject: Library Needs Assessment\n\n"
        "ANNOUNCER: Live from Spokane!\n\n"
        "COACH LEE: Proud of them.\n\nQ. Why?\n\nCOACH LEE: Effort.\n"
    )
    got = lines(text)
    assert got["Semifinal: Ridge State 71, Lakeport 68"] == "narrator"
    assert got["Project: Library Needs Assessment"] == "narrator"
    assert got["ANNOUNCER: Live from Spokane!"] == "ANNOUNCER"
    assert got["COACH LEE: Proud of them."] == "COACH LEE"


def test_a_full_name_label_said_once_before_its_surname_recurs_speaks() -> None:
    text = (
        "LESTER HOLT: Good evening from Hofstra\n\nDONNA ROE: Thank you Lester\n\n"
        "HOLT: First question.\n\nROE: Jobs.\n\nHOLT: Next.\n\nROE: Trade.\n"
    )
    got = lines(text)
    assert got["LESTER HOLT: Good evening from Hofstra"] == "LESTER HOLT"
    assert got["DONNA ROE: Thank you Lester"] == "DONNA ROE"


# Round 3: a reviewer's findings


def test_a_full_name_label_whose_first_name_is_a_common_word_keeps_it() -> None:
    text = (
        "Participants: Ann Cole; Will Cole; moderator Dana Reyes\n\n"
        "REYES: Welcome. I will begin.\n\n"
        "WILL COLE: Thank you, Dana.\n\n"
        "ANN COLE: Glad to be here.\n\n"
        "REYES: First question.\n\n"
        "WILL COLE: I will answer.\n"
    )
    got = lines(text)
    assert got["WILL COLE: Thank you, Dana."] == "WILL COLE"
    assert got["ANN COLE: Glad to be here."] == "ANN COLE"


def test_two_labels_of_one_surname_stay_two_people() -> None:
    text = (
        "Present: John Smith, applicant; Chair Ana Ruiz\n\n"
        "CHAIR RUIZ: We will come to order.\n\n"
        "MR. SMITH: I'm here about the fence.\n\n"
        "MRS. SMITH: And I'm his wife.\n\n"
        "CHAIR RUIZ: Thank you both.\n\n"
        "MR. SMITH: It is six feet.\n\n"
        "MRS. SMITH: Within the limit.\n"
    )
    got = lines(text)
    assert got["MR. SMITH: I'm here about the fence."] != got["MRS. SMITH: And I'm his wife."]
    assert got["MRS. SMITH: And I'm his wife."] != "John Smith"


def test_a_name_in_passing_names_no_label() -> None:
    place = (
        "Remarks at the John F. Kennedy Center for the Performing Arts\n\n"
        "KENNEDY: Good evening.\n\n"
        "AUDIENCE MEMBER: We love you!\n\n"
        "KENNEDY: Thank you.\n"
    )
    assert lines(place)["KENNEDY: Good evening."] == "KENNEDY"
    wrapped = (
        "WASHINGTON (AP) -- The former president's son, Eric Trump, warmed up the\n"
        "crowd on Saturday before his father took the stage. What follows is an\n"
        "excerpt from the remarks.\n\n"
        "TRUMP: Thank you. What a crowd.\n\n"
        "AUDIENCE: Four more years!\n\n"
        "TRUMP: You're right about that.\n"
    )
    assert lines(wrapped)["TRUMP: Thank you. What a crowd."] == "TRUMP"


def test_title_fields_compare_a_label_only_with_names_sharing_a_word(monkeypatch) -> None:
    from rhetoscope.speakers.transcript import headers

    calls = []
    contains = headers._contains
    monkeypatch.setattr(
        headers, "_contains", lambda big, small: calls.append(1) or contains(big, small)
    )
    once = [f"SPEAKER{i} ALPHA{i}: Said once.\n\n" for i in range(200)]
    twice = [f"VOICE{i} BETA{i}: Said twice.\n\n" for i in range(200)] * 2
    split_speakers("".join(once + twice))
    assert len(calls) < 2000  # not 200 x 200


def test_the_most_named_in_a_lede_counts_its_words_once() -> None:
    import itertools
    import string
    import time

    from rhetoscope.speakers.transcript.interview import _most_named

    letters = string.ascii_uppercase
    names = [
        f"{a}{b.lower()}{c.lower()}ola {d}{e.lower()}ine"
        for a, b, c, d, e in itertools.islice(itertools.product(letters, repeat=5), 3000)
    ]
    intro = "This interview has been edited. " + " ".join(f"{n} met." for n in names)
    began = time.perf_counter()
    _most_named(intro, "")
    assert time.perf_counter() - began < 0.5  # one pass over the lede per name took 2 s


def test_a_once_said_opening_turn_without_final_punctuation_speaks() -> None:
    wrapped = (
        "Senate hearing, March 3\n\n"
        "ANNOUNCER: Ladies and gentlemen, please welcome the chair of the\n"
        "committee and the ranking member.\n\n"
        "CHAIR: The committee will come to order.\n\n"
        "WITNESS: Thank you.\n\n"
        "CHAIR: Please begin.\n\n"
        "WITNESS: The request is modest.\n"
    )
    got = lines(wrapped)
    assert got["ANNOUNCER: Ladies and gentlemen, please welcome the chair of the"] == "ANNOUNCER"
    assert got["committee and the ranking member."] == "ANNOUNCER"
    asr = (
        "HECKLER: Shame on you\n\n"
        "SPEAKER PELOSI: The gentleman will suspend.\n\n"
        "REP. JORDAN: I yield back.\n\n"
        "SPEAKER PELOSI: The gentleman yields back.\n\n"
        "REP. JORDAN: Thank you.\n"
    )
    assert lines(asr)["HECKLER: Shame on you"] == "HECKLER"


def test_the_bench_takes_the_presiding_judge_not_a_headline_or_a_lower_court() -> None:
    headline = (
        "Judge Ada Vale Denies Motion In Dock Case\n\n"
        "THE COURT: Be seated.\n\nMR. HALE: We move to dismiss.\n\n"
        "THE COURT: Denied.\n\nMR. HALE: Thank you.\n"
    )
    assert lines(headline)["THE COURT: Be seated."] == "THE COURT"
    appeal = (
        "Appeal from the ruling of Judge Tom Reed, Circuit Court\n"
        "Oral argument before the Honorable Rosa Santos, Presiding\n\n"
        "THE COURT: Proceed.\n\nMR. HALE: May it please the court.\n\n"
        "THE COURT: Go ahead.\n\nMR. HALE: Thank you.\n"
    )
    assert lines(appeal)["THE COURT: Proceed."] == "Rosa Santos"


def test_an_emails_subject_names_no_interviewee() -> None:
    text = (
        "From: Dana Reyes <dreyes@example.org>\nTo: Metro Desk\n"
        "Subject: Transcript Mayor Bianchi\nDate: June 3, 2026\n\n"
        "Here is the transcript from this morning.\n\n"
        "Q: Will the bridge reopen?\n\nA: In the spring.\n\nQ: And the cost?\n\nA: Four million.\n"
    )
    got = lines(text)
    assert got["A: In the spring."] != "Transcript Mayor Bianchi"
    assert got["To: Metro Desk"] == got["Subject: Transcript Mayor Bianchi"] == "narrator"


def test_questions_from_a_group_name_no_questioner() -> None:
    text = (
        "Town hall with Mayor Lorenzo Bianchi\n\n"
        "MAYOR BIANCHI: I'll take questions now.\n\n"
        "Questions from Residents\n\n"
        "Q: When will the bridge reopen?\n\nMAYOR BIANCHI: In the spring.\n\n"
        "Q: And the library?\n\nMAYOR BIANCHI: June.\n"
    )
    assert lines(text)["Q: When will the bridge reopen?"] == "Q"


def test_a_full_name_found_takes_the_spelling_of_the_label_that_gives_it() -> None:
    text = (
        "Evening News transcript\nAnchor: Tara Vance\n\n"
        "TV: Good evening.\n\nTARA VANCE: Tonight, the storm.\n\n"
        "TV: We'll be right back.\n\nTARA VANCE: Welcome back.\n"
    )
    got = lines(text)
    assert got["TV: Good evening."] == got["TARA VANCE: Tonight, the storm."] == "TARA VANCE"


def test_a_title_blocks_field_among_other_lines_stays_narration() -> None:
    text = (
        "Transit Talk, episode 4\n"
        "Court Reporter:  Jan Okon, court reporter\n"
        "Group 3: parents of children under twelve\n\n"
        "HOST: Welcome.\n\nGUEST: Thanks.\n\nHOST: Go on.\n\nGUEST: Sure.\n"
    )
    assert lines(text)["Court Reporter:  Jan Okon, court reporter"] == "narrator"


def test_a_header_line_above_a_lower_case_note_still_names() -> None:
    text = (
        "notes, call 3/14\n"
        "JD = me (Jo Dunn)   KL = Kim Lowe, chair, Tenants Union\n"
        "on record except where marked\n\n"
        "JD: how many units\nKL: 312.\nJD: since when\nKL: last year\n"
    )
    assert lines(text)["JD: how many units"] == "Jo Dunn"


# Round 3: layouts of blindtx4 (invented fixtures)


def test_a_research_interviews_i_takes_the_interviewer_header() -> None:
    text = (
        "Study: Night work\nInterviewer: Ruth Bell\nDate: 2 May 2025\n\n"
        "I: Could you tell me about your shifts?\nR: Four nights on.\n"
        "I: And the children?\nR: My mother has them.\n"
    )
    got = lines(text)
    assert got["I: Could you tell me about your shifts?"] == "Ruth Bell"
    assert got["R: Four nights on."] == "R"


def test_a_numbered_speaker_or_host_is_named_by_its_own_introduction() -> None:
    text = (
        "Speaker 1 (00:00:03):\nWelcome back to Night Talk. I'm Cole Prady, and my guest.\n\n"
        "Speaker 2 (00:00:16):\nThanks, Cole.\n\n"
        "Speaker 1 (00:00:24):\nLet's begin.\n\n"
        "Speaker 2 (00:00:31):\nSure.\n"
    )
    got = lines(text)
    assert got["Let's begin."] == "Cole Prady"
    assert got["Sure."] == "Speaker 2"
    live = (
        "HOST: Okay, we're live! Hi chat. I'm Jo Moreno, and today a guest.\n"
        "GUEST: Hi everyone.\nHOST: First question.\nGUEST: Go on.\n"
    )
    assert lines(live)["HOST: First question."] == "Jo Moreno"


def test_a_focus_groups_moderator_header_with_an_affiliation_names_the_moderator() -> None:
    text = (
        "FOCUS GROUP TRANSCRIPT\nSite: Eastgate Centre, Room B\n"
        "Moderator: Dana Pike (Brightline Research)\nParticipants: P1, P2.\n\n"
        "Moderator: Thanks for coming.\nP1: Happy to.\nModerator: First question.\nP2: Sure.\n"
    )
    got = lines(text)
    assert got["Moderator: Dana Pike (Brightline Research)"] == "narrator"
    assert got["Site: Eastgate Centre, Room B"] == "narrator"
    assert got["Moderator: First question."] == "Dana Pike"


def test_a_legend_names_a_numbered_role() -> None:
    text = (
        "BODY-WORN CAMERA TRANSCRIPT\n"
        "Speakers: OFFICER 1 = Officer Jo Tran (Badge 4). OFFICER 2 = second officer.\n\n"
        "OFFICER 1: Evening. Engine off, please.\nDRIVER: Sure.\n"
        "OFFICER 2: Plate light is out.\nOFFICER 1: License, please.\nDRIVER: Here.\n"
    )
    got = lines(text)
    assert got["OFFICER 1: Evening. Engine off, please."] == "Jo Tran"
    assert got["OFFICER 2: Plate light is out."] == "OFFICER 2"
    assert got["DRIVER: Sure."] == "DRIVER"


def test_a_school_boards_titles_take_the_present_lists_names() -> None:
    text = (
        "Present: Board President Carla Whit; Trustees Elena Garza and Dan Petra; "
        "Superintendent Dr. Ray Lowe.\n\n"
        "President Whit: Item seven.\n\nSuperintendent Lowe: Staff recommends it.\n\n"
        "Trustee Garza: A question.\n\nSuperintendent Lowe: Go ahead.\n"
    )
    got = lines(text)
    assert got["Superintendent Lowe: Staff recommends it."] == "Ray Lowe"
    assert got["Trustee Garza: A question."] == "Elena Garza"


def test_a_storys_list_of_candidates_is_no_transcript() -> None:
    text = (
        "Three candidates, one seat\nBy Eli Banks\n\n"
        "Voters will choose a new council member on Tuesday.\n"
        "Here is where the candidates stand.\n"
        "Mark Okoro: A former teacher, Okoro, 41, supports fourplexes.\n"
        "Jan Liu: A lawyer, Liu, 55, favors building near transit.\n"
        "Frank Dell: A retired firefighter, Dell, 67, runs on safety.\n"
        "Polls open at 7 a.m.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_screenplays_cues_speak_the_line_below_and_action_is_narration() -> None:
    text = (
        "HIGH WATER\nby A. Writer\n\n"
        "INT. DINER - NIGHT\n"
        "Rain. JUNE PARK (40s, tired) wipes the counter.\n"
        "JUNE\nWe're closed.\n"
        "A man enters. LEO PARK (20s, her brother) drips on the mat.\n"
        "LEO (CONT'D)\nIt's me.\n"
        "JUNE\n(not looking up)\nI know.\n"
        "She sighs.\n"
        "LEO\nI need help.\n"
        "CUT TO:\n"
    )
    got = lines(text)
    assert got["JUNE"] == got["We're closed."] == got["I know."] == "June Park"
    assert got["It's me."] == "Leo Park"
    for narration in ("INT. DINER - NIGHT", "(not looking up)", "She sighs.", "CUT TO:"):
        assert got[narration] == "narrator"
    assert got["HIGH WATER"] == "narrator"


def test_capitals_alone_on_lines_of_a_story_are_no_screenplay() -> None:
    text = "MARKETS\nStocks rose on Monday.\nBONDS\nYields fell.\nMARKETS\nOil was flat.\n"
    assert set(lines(text).values()) == {"narrator"}


def test_bold_questions_after_an_interview_lede_are_the_writers_and_answers_the_subjects() -> None:
    text = (
        "# Why the chief walked away\n"
        "*By Ana Roy, Staff Writer | Nov. 22, 2026*\n"
        "Mara Solis spent 26 years with the Easton Fire Department. Solis, 58, sat down "
        "with Ana Roy near her home in East Easton. The conversation has been edited for "
        "length and clarity.\n\n"
        "**Why did you resign?**\nI was asked to sign numbers I didn't believe.\n\n"
        "**Who asked?**\nI won't name people.\n\n"
        "**What now?**\nI will testify.\n\n"
        "*Mara Solis's statement is available at the city clerk's office.*\n"
    )
    got = lines(text)
    assert got["**Why did you resign?**"] == "Ana Roy"
    assert got["I won't name people."] == "Mara Solis"
    assert got["*Mara Solis's statement is available at the city clerk's office.*"] == "narrator"


def test_bold_questions_of_an_faq_are_nobodys() -> None:
    text = (
        "Library FAQ\n\n**When are you open?**\nNine to five.\n\n"
        "**Can I renew online?**\nYes.\n\n**Is parking free?**\nYes, after six.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_committees_question_numbers_stand_before_the_label() -> None:
    text = (
        "Oral evidence\nMembers present: Dame Ann Lorne (Chair); Tom Bright.\n\n"
        "Q121 Chair: Good morning. Are warnings good enough?\n"
        "Professor Halvorsen: For rivers, yes.\n"
        "Q122 Tom Bright: And for cities?\n"
        "Professor Halvorsen: Less so.\n"
    )
    got = lines(text)
    assert got["Q121 Chair: Good morning. Are warnings good enough?"] == "Dame Ann Lorne"
    assert got["Q122 Tom Bright: And for cities?"] == "Tom Bright"


def test_an_outlets_label_takes_the_writer_the_lede_gives_it() -> None:
    text = (
        "THE BAY REVIEW: CONVERSATIONS\n"
        "She spoke with The Bay Review's Mark Wendt in her studio. This interview has been "
        "condensed and edited.\n\n"
        "THE BAY REVIEW: Why say yes?\n\nOKONJO: Stubbornness.\n\n"
        "THE BAY REVIEW: And then?\n\nOKONJO: We built it.\n"
    )
    assert lines(text)["THE BAY REVIEW: Why say yes?"] == "Mark Wendt"


def test_a_headers_name_takes_the_spelling_of_the_label_equal_to_it() -> None:
    text = (
        "Presidential Debate\nModerator: Lester Holt\n\n"
        "LESTER HOLT: Good evening.\n\nCLINTON: Thank you.\n\n"
        "HOLT: Two minutes.\n\nCLINTON: Well.\n\nHOLT: Thanks.\n"
    )
    got = lines(text)
    assert got["HOLT: Two minutes."] == got["LESTER HOLT: Good evening."] == "LESTER HOLT"


def test_a_listicles_bold_tips_are_headings() -> None:
    text = (
        "# Five ways to cut your grocery bill\n\nPrices are up again.\n\n"
        "**Tip 1: Plan your meals before you shop**\n\nWrite a list.\n\n"
        "**Tip 2: Buy store brands**\n\nThey are cheaper.\n\n"
        "**Tip 3: Shop the perimeter**\n\nProduce is cheaper in season.\n"
    )
    assert set(lines(text).values()) == {"narrator"}
