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
    "TOMASZ BRZESKI\nThanks. Hi, I'm Tom, a third-year, and I want the bar open later.\n\n"
    "YLVA HANNART\nHi, I'm Ylva. I run the choir, and I want practice rooms.\n\n"
    "ODILE\nThank you both. A question from the floor. Yes, you at the back.\n\n"
    "QUESTION FROM THE FLOOR\nHi, my name's Jack, I'm in first year. What about the library?\n\n"
    "YLVA\nI'd keep it open all night in exams.\n\n"
    "TOM\nSo would I, if we can pay the staff.\n\n"
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
    # the short name one gave as one's own below the full name ("I'm Tom") is that person
    assert got["So would I, if we can pay the staff."] == "TOMASZ BRZESKI"


def test_a_question_from_the_floor_is_a_turn_of_its_own() -> None:
    got = lines(_HUSTINGS)
    # (named by the asker's own words it is not: a label many share takes no name from
    # its own words, as "Audience questioner: My name is Ben Smith" in a debate's gold)
    assert got["Hi, my name's Jack, I'm in first year. What about the library?"] == (
        "QUESTION FROM THE FLOOR"
    )


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


# -- transcripts in columns: counter, voice, words --------------------------------------------

_TAPED = (
    "RECORD OF TAPED INTERVIEW\n"
    "Person interviewed: Dylan Ross PARFITT\n"
    "Interviewing officer(s): DC 1180 Mina OSGOOD\n\n"
    "Tape counter times   Person speaking   Text\n"
    "0000   OSGOOD    This interview is being recorded. I'm DC Mina Osgood.\n"
    "0008   PARFITT   Dylan Ross Parfitt.\n"
    "0012   OSGOOD    Where were you on Friday night?\n"
    "0016   PARFITT   No comment.\n"
    "0020\u20130410    Questions were put to PARFITT about his car. He replied no comment.\n"
    "0411   OSGOOD    Anything to add?\n"
    "0414   PARFITT   No.\n"
    "         Interview concluded.\n"
)


def test_a_taped_interview_in_columns_is_a_transcript() -> None:
    got = lines(_TAPED)
    assert got["0000   OSGOOD    This interview is being recorded. I'm DC Mina Osgood."] == (
        "Mina Osgood"
    )
    assert got["0016   PARFITT   No comment."].lower().endswith("parfitt")
    # the record's summary of a counter range, and its closing line, are no one's words
    assert got[
        "0020\u20130410    Questions were put to PARFITT about his car. He replied no comment."
    ] == ("narrator")
    assert got["Interview concluded."] == "narrator"
    assert got["Tape counter times   Person speaking   Text"] == "narrator"


_CVR = (
    "LEGEND\n"
    "CAM     Cockpit area microphone voice or sound source\n"
    "HOT     Flight crew audio panel voice or sound source\n"
    "RDO     Radio transmission from N12AB\n"
    "DEP     Radio transmission from Denver Departure\n"
    "-1      Voice identified as the Captain\n"
    "-2      Voice identified as the First Officer\n"
    "-?      Voice unidentified\n\n"
    "TIME   SOURCE   CONTENT\n"
    "0902:10   CAM     [sound of engine start]\n"
    "0902:15   HOT-1   okay, flaps set.\n"
    "0902:18   HOT-2   flaps fifteen, checked.\n"
    "0902:30   DEP     November one two alpha bravo, climb and maintain one zero thousand.\n"
    "0902:34   RDO-2   up to one zero thousand, one two alpha bravo.\n"
    "0902:40   CAM-?   [unintelligible] *\n"
    "0902:44   HOT-1   we're through five thousand.\n"
)


def test_a_recorders_legend_names_its_voices() -> None:
    got = lines(_CVR)
    assert got["0902:15   HOT-1   okay, flaps set."] == "Captain"
    assert got["0902:34   RDO-2   up to one zero thousand, one two alpha bravo."] == (
        "First Officer"
    )
    assert (
        got["0902:30   DEP     November one two alpha bravo, climb and maintain one zero thousand."]
        == "Denver Departure"
    )
    # a sound the area microphone picked up is the recorder's note; an unknown voice stays
    assert got["0902:10   CAM     [sound of engine start]"] == "narrator"
    assert got["0902:40   CAM-?   [unintelligible] *"] == "CAM-?"


def test_a_timetable_in_columns_is_no_transcript() -> None:
    text = (
        "Conference day one\n\n"
        "0900   REGISTRATION   Main hall foyer\n"
        "0930   KEYNOTE        Auditorium A\n"
        "1030   BREAK          Terrace\n"
        "1100   PANEL          Room 2\n"
        "1230   BREAK          Terrace\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


# -- an IRC log --------------------------------------------------------------------------------

_IRC = (
    "=== Logs for #tidepool-dev ===\n"
    "People: wren = Wren Okafor; j_mbeki = Jabu Mbeki\n\n"
    "[09:00:01] <wren> #startmeeting tidepool sync\n"
    "[09:00:01] <MeetBot> Meeting started. The chair is wren.\n"
    "[09:00:09] <j_mbeki> morning\n"
    "[09:00:12] * wren waves\n"
    "[09:00:20] -!- pkoval [~pk@192.0.2.4] has joined #tidepool-dev\n"
    "[09:00:31] <j_mbeki> the build is green again, I fixed the cache key\n"
    "[09:00:40] <wren> nice. #endmeeting\n"
)


def test_an_irc_log_is_a_transcript_of_its_nicks() -> None:
    got = lines(_IRC)
    # the roster in the header names the nicks
    assert got["[09:00:01] <wren> #startmeeting tidepool sync"] == "Wren Okafor"
    assert got["[09:00:31] <j_mbeki> the build is green again, I fixed the cache key"] == (
        "Jabu Mbeki"
    )
    # a bot posts as itself; an action is its nick's
    assert got["[09:00:01] <MeetBot> Meeting started. The chair is wren."] == "MeetBot"
    assert got["[09:00:12] * wren waves"] == "Wren Okafor"
    # the server's notice is no one's words
    assert got["[09:00:20] -!- pkoval [~pk@192.0.2.4] has joined #tidepool-dev"] == "narrator"


def test_times_before_angle_brackets_in_prose_are_no_log() -> None:
    text = "The schedule was tight.\n[09:00] <draft> was all the memo said.\nNobody replied.\n"
    assert set(lines(text).values()) == {"narrator"}


# -- an office alone after the office with a name ---------------------------------------------


def test_an_office_alone_is_the_one_who_holds_it_not_another_office() -> None:
    text = (
        "PAROLE HEARING\n\n"
        "PRESIDING COMMISSIONER ABARA: We're on the record.\n"
        "DEPUTY COMMISSIONER LINDQVIST: Good morning.\n"
        "PRESIDING COMMISSIONER: Please state your name.\n"
        "INMATE ROWE: Tomas Rowe.\n"
        "DEPUTY COMMISSIONER: How long have you been in the program?\n"
        "INMATE ROWE: Three years.\n"
        "PRESIDING COMMISSIONER: Thank you.\n"
    )
    got = lines(text)
    assert got["PRESIDING COMMISSIONER: Please state your name."] == (
        "PRESIDING COMMISSIONER ABARA"
    )
    assert got["DEPUTY COMMISSIONER: How long have you been in the program?"] == (
        "DEPUTY COMMISSIONER LINDQVIST"
    )


# -- short answers among talk ----------------------------------------------


def test_short_answers_among_talk_stay_a_transcript() -> None:
    text = (
        "Maria Lopez: Did you see the truck?\n"
        "John Roe: No.\n"
        "Maria Lopez: Not at all?\n"
        "John Roe: Never.\n"
        "Maria Lopez: Fine.\n"
        "John Roe: Right.\n"
    )
    assert lines(text)["John Roe: Never."] == "John Roe"


# -- a play's lines quoted in a review ---------------------------------------------------------

_REVIEW = (
    "Review: 'Low Tide' at the Quay Theatre\n"
    "By Ama Serwaa\n\n"
    'There is a moment near the end of "Low Tide," the new two-hander at the Quay, when '
    "the brothers finally stop circling each other and the whole evening narrows to a "
    "kitchen table, a kettle and a letter that neither of them will open first.\n\n"
    "     NED: You read it.\n"
    "     TOBY: It's addressed to you.\n"
    "     NED: It's addressed to both of us.\n\n"
    "It's a quiet exchange, and the actors play it without a flicker of sentiment.\n\n"
    '"Low Tide" runs through May 3.\n\n'
    "CAST & CREDITS\n"
    "Ned: Olu Bankole\n"
    "Toby: Rhodri Pask\n"
)


def test_prose_below_an_indented_excerpt_is_the_critics_again() -> None:
    got = lines(_REVIEW)
    assert got["NED: It's addressed to both of us."] == "NED"
    assert got["TOBY: It's addressed to you."] == "TOBY"
    assert got["It's a quiet exchange, and the actors play it without a flicker of sentiment."] == (
        "narrator"
    )
    assert got["Ned: Olu Bankole"] == "narrator"


def test_an_indented_court_transcript_keeps_its_wrapped_speech() -> None:
    text = (
        "                IN THE MATTER OF THE ARBITRATION BETWEEN\n\n"
        "            ARBITRATOR:  We're back on the record.  It's 10:30.\n"
        "  Ms. Vance, you were in the middle of your cross of\n"
        "  the grievant.\n"
        "            MS. VANCE:  Thank you, Arbitrator.\n"
        "            MR. OKAFOR:  Objection.  The document speaks for\n"
        "  itself.\n"
        "            ARBITRATOR:  Overruled.\n"
    )
    got = lines(text)
    assert got["the grievant."] == "ARBITRATOR"
    assert got["itself."] == "MR. OKAFOR"


# -- names a header gives: a short given name, a headline's "And", a retired rank ---------------


def test_a_short_given_name_takes_the_hosts_full_name() -> None:
    text = (
        "THE MILL POND FILES\nEpisode 2\nHosted by Rosalind Achebe. A Fenwick Audio production.\n\n"
        "ROS: This week, the missing ledger.\n"
        "DET. (RET.) IVOR PRYCE: I remember that ledger.\n"
        "ROS: Tell me about it.\n"
        "PRYCE: It was green.\n"
    )
    got = lines(text)
    assert got["ROS: Tell me about it."] == "Rosalind Achebe"
    # a retired officer's label is a label, and the surname alone is that person
    assert got["PRYCE: It was green."] == got["DET. (RET.) IVOR PRYCE: I remember that ledger."]
    assert got["PRYCE: It was green."] != "Rosalind Achebe"


def test_a_short_form_needs_a_credited_name() -> None:
    # "Ros" starts a name only mentioned in a sentence: no full name given
    text = (
        "We met Rosalind Achebe's neighbours.\n\n"
        "ROS: This week, the missing ledger.\n"
        "PRYCE: I remember that ledger.\n"
        "ROS: Tell me about it.\n"
        "PRYCE: It was green.\n"
    )
    assert lines(text)["ROS: Tell me about it."] == "ROS"


def test_a_headlines_and_parts_two_full_names() -> None:
    text = (
        "Deputy Secretary Ines Marwick-Dale And Foreign Minister Tomas Ekdahl at a Press "
        "Availability\n\n"
        "DEPUTY SECRETARY MARWICK-DALE: Good afternoon.\n"
        "FOREIGN MINISTER EKDAHL: Thank you.\n"
        "DEPUTY SECRETARY MARWICK-DALE: We'll take questions.\n"
    )
    got = lines(text)
    assert got["DEPUTY SECRETARY MARWICK-DALE: Good afternoon."] == "Ines Marwick-Dale"
    assert got["FOREIGN MINISTER EKDAHL: Thank you."] == "Tomas Ekdahl"


# -- reporters named by the chair, by themselves, and following up -----------------------------

_PRESSER = (
    "JOINT PRESS AVAILABILITY\n\n"
    "MINISTER ROE: Thank you all for coming.\n"
    "MODERATOR: We'll take questions. First, Hanna Sorvik, Nordic Wire.\n"
    "QUESTION: Thank you. Minister, will the port reopen?\n"
    "MINISTER ROE: In March.\n"
    "MODERATOR: Next one. Lita.\n"
    "QUESTION: Is that a firm date?\n"
    "MINISTER ROE: It is.\n"
)


def test_a_reporter_the_chair_calls_by_name_and_outlet_asks() -> None:
    got = lines(_PRESSER)
    assert got["QUESTION: Thank you. Minister, will the port reopen?"] == "Hanna Sorvik"
    # a given name alone, as a chair addresses a regular, leaves the label as written
    assert got["QUESTION: Is that a firm date?"] == "QUESTION"


def test_a_reporter_who_names_themselves_with_an_outlet_or_after_thanks() -> None:
    text = (
        "NEWS CONFERENCE\n\n"
        "ROE: Let's go to questions.\n"
        "Q: Hi, Ben Ardito with Coast Today. Is the valve the same one?\n"
        "SOLBERG: Same part number, different lot.\n"
        "Q: And how many of that lot are left?\n"
        "SOLBERG: I'll get back to you.\n"
        "ROE: Phone line. Lucy, you're on.\n"
        "Q: Thanks, Dana. Lucy Amari, Orbit Weekly. What are the payloads?\n"
        "SOLBERG: Two instruments.\n"
        "Q: (Off mic) Is one of them Korean?\n"
    )
    got = lines(text)
    assert got["Q: Hi, Ben Ardito with Coast Today. Is the valve the same one?"] == "Ben Ardito"
    # (a question following up is that question's label again: who asks it, the text
    # does not say)
    assert got["Q: And how many of that lot are left?"] == "Q"
    assert got["Q: Thanks, Dana. Lucy Amari, Orbit Weekly. What are the payloads?"] == (
        "Lucy Amari"
    )
    assert got["Q: (Off mic) Is one of them Korean?"] == "Q"


# -- an appellate argument's caption and headings; a speech's closing marks ---------------------

_ARGUMENT = (
    "IN THE SUPREME COURT OF THE STATE OF ERIE\n"
    "- - - - - - - - - - - - - - - - - - x\n"
    "ODELL MILLS, INC.,                 :\n"
    "               Appellant,          :   No. A24-0071\n"
    "          v.                       :\n"
    "ERIE WATER BOARD,                  :\n"
    "               Respondent.         :\n"
    "- - - - - - - - - - - - - - - - - - x\n"
    "                  P R O C E E D I N G S\n"
    "          CHIEF JUSTICE AMUNDSEN: We'll hear Odell Mills first.\n"
    "             ORAL ARGUMENT OF PIA HOLT\n"
    "                ON BEHALF OF THE APPELLANT\n"
    "          MS. HOLT: May it please the Court.\n"
    "          JUSTICE ROY: Counsel, why now?\n"
    "          MS. HOLT: Because the rule is new.\n"
)


def test_an_appellate_caption_and_argument_headings_are_narration() -> None:
    got = lines(_ARGUMENT)
    assert got["Respondent.         :"] == "narrator"
    assert got["- - - - - - - - - - - - - - - - - - x"] == "narrator"
    assert got["ORAL ARGUMENT OF PIA HOLT"] == "narrator"
    assert got["ON BEHALF OF THE APPELLANT"] == "narrator"
    assert got["MS. HOLT: Because the rule is new."] == "Pia Holt"


def test_a_speechs_closing_marks_are_narration() -> None:
    text = (
        "SEN. ROE: Thank you all for coming.\n"
        "(APPLAUSE)\n"
        "SEN. ROE: We will win this.\n"
        "(APPLAUSE)\n"
        "# # #\n"
        "Paid for by Roe for Senate.\n"
    )
    got = lines(text)
    assert got["# # #"] == "narrator"
    assert got["Paid for by Roe for Senate."] == "narrator"


def test_a_letter_spaced_certificate_closes_a_transcript() -> None:
    text = (
        "THE COURT: We're adjourned.\n"
        "THE CLERK: All rise.\n"
        "THE COURT: Thank you.\n"
        "               (Proceedings concluded at 2:47 p.m.)\n"
        "                          C E R T I F I C A T E\n"
        "I certify that the foregoing is a correct transcript of the proceedings.\n"
    )
    assert lines(text)["C E R T I F I C A T E"] == "narrator"


def test_a_caller_named_with_a_place_is_that_caller() -> None:
    text = (
        "DALE ROSS (HOST): You're on the air.\n"
        "CALLER (MARNIE, BAKERSFIELD): Hi Dale, long time listener.\n"
        "ROSS: Go ahead.\n"
        "MARNIE: So my grandfather had this radio.\n"
        "ROSS: And?\n"
    )
    got = lines(text)
    assert got["CALLER (MARNIE, BAKERSFIELD): Hi Dale, long time listener."] == "Marnie"
    # a code in the parentheses is no one's name
    profile = (
        "Participant (P3): female, 38, project coordinator\n\n"
        "I: How do you manage mornings?\n"
        "P3: Badly. [laughs]\n"
        "I: Say more.\n"
        "P3: We leave at seven.\n"
    )
    assert lines(profile)["Participant (P3): female, 38, project coordinator"] != "P3"


def test_the_defendant_is_the_party_the_caption_names() -> None:
    text = (
        "                     UNITED STATES DISTRICT COURT\n"
        "UNITED STATES OF AMERICA,            )  Case No. 1:24-cr-00101\n"
        "          Plaintiff,                 )\n"
        "     vs.                             )\n"
        "MARTA ILSE VOGEL,                    )  Monday, June 3, 2024\n"
        "          Defendant.                 )\n"
        "        BEFORE THE HONORABLE PAUL R. ODUYA\n\n"
        "          THE COURT: Ms. Vogel, do you understand the charge?\n"
        "          THE DEFENDANT: I do, Your Honor.\n"
        "          THE COURT: Be seated.\n"
    )
    got = lines(text)
    assert got["THE DEFENDANT: I do, Your Honor."] == "Marta Ilse Vogel"
    # a party that is no person names no one
    assert (
        lines(text.replace("THE DEFENDANT", "THE PLAINTIFF"))["THE PLAINTIFF: I do, Your Honor."]
        == "THE PLAINTIFF"
    )


def test_a_numbered_speaker_saying_this_is_a_name_said_back_is_that_name() -> None:
    text = (
        "Priya Raman  00:04\nOkay, we're recording. Who signed for the delivery?\n\n"
        "Speaker 2  00:38\nYeah, sorry, this is Hank from receiving. I signed for it.\n\n"
        "Priya Raman  00:51\nNo, that's okay, Hank. Where is it now?\n\n"
        "Speaker 2  00:55\nIn the walk-in cooler.\n\n"
        "Priya Raman  01:02\nGreat.\n"
    )
    got = lines(text)
    assert got["In the walk-in cooler."] == "Hank"
    # a name nobody says back names no one
    alone = text.replace("No, that's okay, Hank.", "No, that's okay.")
    assert lines(alone)["In the walk-in cooler."] == "Speaker 2"


def test_a_markdown_image_and_its_caption_in_a_turn_are_narration() -> None:
    text = (
        "# Slow trains\n\n"
        "**Ana Ruiz:** Why the train?\n"
        "**Tom Bell:** Because people forget I'm there.\n\n"
        "![A conductor at dawn](dawn.jpg)\n"
        "*A conductor at dawn near Fukaura. Photograph: Tom Bell*\n\n"
        "**Ana Ruiz:** Last question.\n"
        "**Tom Bell:** Go on.\n"
    )
    got = lines(text)
    assert got["![A conductor at dawn](dawn.jpg)"] == "narrator"
    assert got["*A conductor at dawn near Fukaura. Photograph: Tom Bell*"] == "narrator"
    assert got["**Tom Bell:** Because people forget I'm there."] == "Tom Bell"


def test_a_pull_quote_and_the_links_after_the_editors_note_are_narration() -> None:
    text = (
        "By Sam Whitlow\n\n"
        "Q: Why cut the combat?\n"
        "A: The playtesters refused to fight. One said she was the visitor.\n"
        "Q: Brave.\n"
        "A: Or stupid.\n\n"
        '"Why would I kill the crabs? I\'m the visitor." \u2014 a playtester in Aix\n\n'
        "Q: What's next?\n"
        "A: Sleep.\n\n"
        "This interview has been edited and condensed for clarity.\n"
        "Lanternwake is out now on PC and Switch.\n"
        "Related: The 25 best cosy games of 2024\n"
    )
    got = lines(text)
    assert got['"Why would I kill the crabs? I\'m the visitor." \u2014 a playtester in Aix'] == (
        "narrator"
    )
    assert got["Lanternwake is out now on PC and Switch."] == "narrator"
    assert got["Related: The 25 best cosy games of 2024"] == "narrator"
    assert got["A: Sleep."] != "narrator"


def test_an_office_in_full_and_abbreviated_is_one_holder() -> None:
    text = (
        "WATER DISTRICT BOARD\nStaff: Ines Varga, General Manager; Mae Roe, Board Clerk\n\n"
        "Chair Lind: Staff report.\n"
        "General Manager Varga: Staff recommends the increase.\n"
        "Chair Lind: How much per household?\n"
        "GM Varga: About four dollars.\n"
        "Chair Lind: Thank you.\n"
    )
    got = lines(text)
    assert got["General Manager Varga: Staff recommends the increase."] == "Ines Varga"
    assert got["GM Varga: About four dollars."] == "Ines Varga"


def test_a_wikis_category_footer_closes_the_transcript() -> None:
    text = (
        "GIDEON: Which element has the symbol W?\n"
        "PRIYA: Tungsten!\n"
        "GIDEON: Correct.\n"
        "TOM: Drat.\n"
        "[Break. Transcript resumes with Round 3 on the next page.]\n"
        "Categories: Quiz transcripts \u00b7 Series 4 episodes\n"
    )
    assert lines(text)["Categories: Quiz transcripts \u00b7 Series 4 episodes"] == "narrator"


def test_a_shows_production_credit_closes_the_transcript() -> None:
    text = (
        "HOST: Next time: the second witness.\n"
        "GUEST: I'll be there.\n"
        "HOST: Thanks.\n"
        "GUEST: Bye.\n"
        "[MUSIC: THEME OUT]\n"
        "The Mill Pond Files is produced by Fenwick Audio. Executive producer: Ann Lee.\n"
    )
    got = lines(text)
    assert got[
        "The Mill Pond Files is produced by Fenwick Audio. Executive producer: Ann Lee."
    ] == ("narrator")


def test_an_irc_log_without_times_and_irssis_padded_nicks() -> None:
    text = (
        "<wren> shall we start?\n"
        "< j_mbeki> yes, I'm here\n"
        "<@wren> first item: the cache key\n"
        "<j_mbeki> fixed it this morning, we're green\n"
        "<wren> great, thanks\n"
    )
    got = lines(text)
    assert got["< j_mbeki> yes, I'm here"] == "j_mbeki"
    assert got["<@wren> first item: the cache key"] == "wren"
    # a page's source is no log
    page = "<p> First paragraph here.\n<b> Bold words.\n<p> Another paragraph.\n<li> An item.\n"
    assert set(lines(page).values()) == {"narrator"}


def test_a_column_record_with_names_in_title_case() -> None:
    text = (
        "Tape counter times   Person speaking   Text\n"
        "0000   Osgood    This interview is being recorded.\n"
        "0008   Parfitt   Dylan Parfitt.\n"
        "0012   Osgood    Where were you on Friday?\n"
        "0016   Parfitt   No comment.\n"
    )
    assert lines(text)["0012   Osgood    Where were you on Friday?"] == "Osgood"


def test_a_question_naming_its_examiner_in_brackets_changes_who_asks() -> None:
    text = (
        "DIRECT EXAMINATION BY MR. EVERARD:\n"
        "Q. What is your job?\n"
        "A. I run the depot.\n"
        "Q. (By Ms. Padgett) Were you there at six?\n"
        "A. No.\n"
        "Q. Why not?\n"
        "A. I was ill.\n"
    )
    got = lines(text)
    assert got["Q. What is your job?"] == "MR. EVERARD"
    assert got["Q. (By Ms. Padgett) Were you there at six?"] == "Ms. Padgett"
    assert got["Q. Why not?"] == "Ms. Padgett"


def test_a_boards_formal_turns_without_i_or_you_stay_a_transcript() -> None:
    text = (
        "Chair Lind: The meeting is called to order at seven in the evening.\n"
        "Clerk Roe: All five directors are present for the record tonight.\n"
        "Chair Lind: Item one is the rate increase proposed by the staff.\n"
        "Director Fields: Motion to approve the increase as presented by staff.\n"
        "Director Okafor: Second.\n"
        "Chair Lind: The motion carries on a vote of four to one.\n"
    )
    assert lines(text)["Director Okafor: Second."] == "Director Okafor"


def test_a_quotation_the_speaker_goes_on_from_is_no_pull_quote() -> None:
    text = (
        "Q: What did the playtesters say?\n"
        "A: They refused to fight.\n\n"
        '"Why would I kill the crabs?" \u2014 that\'s what one of them told us.\n\n'
        "Q: Brave.\n"
        "A: Or stupid.\n"
    )
    got = lines(text)
    assert got['"Why would I kill the crabs?" \u2014 that\'s what one of them told us.'] == "A"


def test_a_speakers_first_line_in_title_case_is_no_headline_when_the_label_recurs() -> None:
    text = (
        "THE MILL POND FILES\nHosted by Rosalind Achebe.\n\n"
        "ROS: Previously on The Mill Pond Files.\n"
        "In 1998 a ledger went missing from the mill.\n\n"
        "ROS: This week, the ledger.\n"
        "PRYCE: I remember it.\n"
        "ROS: Tell me.\n"
    )
    got = lines(text)
    assert got["ROS: Previously on The Mill Pond Files."] == "Rosalind Achebe"
    assert got["In 1998 a ledger went missing from the mill."] == "Rosalind Achebe"


def test_a_parties_label_takes_the_full_name_with_its_middle_name() -> None:
    text = (
        "PAROLE CONSIDERATION HEARING\n"
        "In the matter of the hearing of:\n"
        "TOMAS EMIL ROWE, CDCR Number K-11111\n\n"
        "PANEL PRESENT:\nADA ABARA, Presiding Commissioner\n"
        "OTHERS PRESENT:\nTOMAS ROWE, Inmate\n\n"
        "PRESIDING COMMISSIONER ABARA: Please state your name.\n"
        "INMATE ROWE: Tomas Emil Rowe.\n"
        "PRESIDING COMMISSIONER ABARA: Thank you.\n"
        "INMATE ROWE: Thank you.\n"
    )
    got = lines(text)
    assert got["INMATE ROWE: Tomas Emil Rowe."] == "Tomas Emil Rowe"
    assert got["PRESIDING COMMISSIONER ABARA: Thank you."] == "Ada Abara"


def test_a_chats_short_lower_case_messages_stay_a_transcript() -> None:
    text = (
        "Bea Lund: omw\n"
        "Gwen Osei: k\n"
        "Bea Lund: traffic\n"
        "Gwen Osei: lol\n"
        "Bea Lund: 5 min\n"
        "Gwen Osei: ok\n"
    )
    assert lines(text)["Gwen Osei: lol"] == "Gwen Osei"


def test_two_offices_before_one_surname_stay_two_people() -> None:
    from rhetoscope.speakers.fullnames import full_names

    header = "Present: Ada Smith, Town Clerk; Staff: Lee Roe, General Manager\n"
    got = full_names(["SENATOR SMITH", "GOVERNOR SMITH"], header, header)
    assert got == {}
    assert full_names(["GENERAL MANAGER ROE", "GM ROE"], header, header) == {
        "GENERAL MANAGER ROE": "Lee Roe",
        "GM ROE": "Lee Roe",
    }


# -- review of round 16: listings in columns, an interview indented as a whole --------------


def test_a_listing_or_a_log_in_columns_is_no_transcript() -> None:
    text = (
        "Conference programme, day one\n\n"
        "0900   Registration   coffee and pastries in the foyer\n"
        "0930   Keynote   opening remarks by the chair\n"
        "1030   Panel   climate finance after the summit\n"
        "1200   Lunch   served in the main hall\n"
        "1330   Panel   adaptation in coastal towns\n"
        "1500   Keynote   closing remarks by the host\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_an_interview_indented_as_a_whole_keeps_its_answers_paragraphs() -> None:
    intro = (
        "In this week's conversation, our editor sat down with the novelist Mara Quint to "
        "talk about her new book, her years as a night nurse in Leeds, and why she stopped "
        "writing poetry after her first collection came out. The interview has been edited."
    )
    text = (
        f"{intro}\n\n"
        "  EDITOR: Where did the book start?\n"
        "  QUINT: With a smell, honestly. Disinfectant and toast.\n\n"
        "That was the night shift. You learn to eat at four in the morning.\n\n"
        "  EDITOR: And the poetry?\n"
        "  QUINT: I stopped because I was repeating myself.\n\n"
        "I still read it every day, though.\n"
    )
    got = lines(text)
    assert got["That was the night shift. You learn to eat at four in the morning."] != "narrator"
    assert got["I still read it every day, though."] != "narrator"
