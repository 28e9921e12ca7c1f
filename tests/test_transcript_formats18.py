"""Transcripts, round 18 (studying blindtx19): each rule beside a look-alike that must
not change."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a header's fields in mixed case name the roles that speak in capitals -----------------

_PROTECTION = (
    "RECORD OF INTERVIEW\n\n"
    "Applicant: Tomas Varga\n\n"
    "Case officer: Helen Brightwell\n\n"
    "Interpreter: Lidia Serrano (Spanish–English, accreditation no. 2201)\n\n"
    "Legal representative: Noor Haddad, Eastside Law Centre\n\n"
    "CASE OFFICER: Good morning. Can you hear the interpreter?\n\n"
    "INTERPRETER: Yes, we understand each other.\n\n"
    "APPLICANT: Sí, la entiendo.\n\n"
    "LEGAL REPRESENTATIVE: For the record, the bundle is at tab 2.\n\n"
    "CASE OFFICER: Noted. Why did you leave?\n\n"
    "APPLICANT: Me fui en marzo.\n\n"
    "INTERPRETER: I left in March.\n"
)


def test_header_fields_in_mixed_case_name_the_roles_in_capitals() -> None:
    got = lines(_PROTECTION)
    # the fields name; they say nothing
    assert got["Applicant: Tomas Varga"] == "narrator"
    assert got["Case officer: Helen Brightwell"] == "narrator"
    assert got["Legal representative: Noor Haddad, Eastside Law Centre"] == "narrator"
    assert got["CASE OFFICER: Good morning. Can you hear the interpreter?"] == "Helen Brightwell"
    assert got["APPLICANT: Me fui en marzo."] == "Tomas Varga"
    assert got["INTERPRETER: I left in March."] == "Lidia Serrano"
    assert got["LEGAL REPRESENTATIVE: For the record, the bundle is at tab 2."] == "Noor Haddad"


def test_a_name_said_once_then_its_surname_in_capitals_still_speaks() -> None:
    # "Lester Holt:" once, then "HOLT:": the label is the name, and it speaks
    text = (
        "Lester Holt: Good evening and welcome to the debate.\n\n"
        "SMITH: Thank you, Lester.\n\n"
        "HOLT: First question. Why now?\n\n"
        "SMITH: Because the time is right.\n\n"
        "HOLT: And the cost?\n"
    )
    got = lines(text)
    assert got["Lester Holt: Good evening and welcome to the debate."] == "Lester Holt"


def test_a_role_in_mixed_case_that_speaks_a_sentence_keeps_its_turn() -> None:
    # "Host: Welcome back." is a turn, not a field naming a host
    text = (
        "Host: Welcome back to the show.\n\n"
        "GUEST: Thanks for having me.\n\n"
        "HOST: Tell us about the farm.\n\n"
        "GUEST: It's small.\n\n"
        "HOST: How small?\n"
    )
    got = lines(text)
    assert got["Host: Welcome back to the show."] != "narrator"
    assert got["GUEST: It's small."] == "GUEST"


def test_a_form_of_label_value_lines_is_no_transcript_of_its_fields() -> None:
    # a form whose fields are never said in capitals: nothing is named from them
    text = (
        "VOLUNTEER SIGN-UP\n\n"
        "Coordinator: Helen Brightwell\n\n"
        "Deputy coordinator: Tomas Varga\n\n"
        "Shift: Saturday morning\n\n"
        "Contact: the front desk\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


# -- minutes' side labels with the speaker's initials and surname in parentheses -----------

_BARGAINING = (
    "JOINT NEGOTIATING COMMITTEE - Session 3\n"
    "Management side: Harriet Voss (HR Director), Gideon Marsh (Operations)\n"
    "Union side: Delphine Achebe (Branch Secretary), Mateo Ruiz (steward)\n"
    "ITEM 1 - BREAKS\n"
    "MGT (H. Voss): We can move on the break, not to forty minutes.\n"
    "TU (D. Achebe): How far?\n"
    "MGT (G. Marsh): Thirty, if the timetable allows.\n"
    "TU (M. Ruiz): With respect, the timetable is the problem.\n"
    "MGT (H. Voss): Then we'll look at the timetable.\n"
)


def test_a_side_label_with_initials_and_surname_is_the_person_the_header_names() -> None:
    got = lines(_BARGAINING)
    assert got["MGT (H. Voss): We can move on the break, not to forty minutes."] == "Harriet Voss"
    assert got["TU (D. Achebe): How far?"] == "Delphine Achebe"
    # one side, two people: the initials and surname tell them apart
    assert got["MGT (G. Marsh): Thirty, if the timetable allows."] == "Gideon Marsh"
    assert got["TU (M. Ruiz): With respect, the timetable is the problem."] == "Mateo Ruiz"


def test_initials_before_a_word_the_text_never_names_leave_the_label() -> None:
    # a cell block in a custody log, not a person: "Wing" is named nowhere else
    text = (
        "OFFICER (B. Wing): Count is clear.\n\n"
        "CONTROL: Copy, count clear.\n\n"
        "OFFICER (B. Wing): Moving to the yard.\n\n"
        "CONTROL: Copy.\n"
    )
    got = lines(text)
    assert got["OFFICER (B. Wing): Count is clear."] == "OFFICER"


def test_an_initial_names_only_the_header_person_it_matches() -> None:
    # "J. Marsh" is not Gideon Marsh, the one Marsh the header names
    text = (
        "Management side: Gideon Marsh (Operations)\n"
        "MGT (J. Marsh): We can move on the break.\n"
        "TU: How far?\n"
        "MGT (J. Marsh): Thirty minutes.\n"
        "TU: Not enough.\n"
    )
    got = lines(text)
    assert got["MGT (J. Marsh): Thirty minutes."] != "Gideon Marsh"


# -- a body camera's record: ranks abbreviated, a subject's code named when asked ----------

_BODYCAM = (
    "BODY-WORN CAMERA TRANSCRIPT\n"
    "Wearer: Deputy Kendra Vale, #4471\n"
    "Also present: Deputy Luis Ortega, #5210\n"
    "LEGEND: MS-1 = male subject 1; FS = female subject\n"
    "23:47:09  DEP. VALE (#4471): Sheriff's Office! Hands where I can see them.\n"
    "23:47:12  MS-1: They're up, they're up.\n"
    "23:47:30  DEP. ORTEGA (#5210): I've got the passenger side.\n"
    "23:48:02  DEP. VALE (#4471): Sir, what's your name?\n"
    "23:48:04  MS-1: Lyle. Lyle Pacquet.\n"
    "23:48:06  DEP. VALE (#4471): Lyle, do you have ID on you?\n"
    "23:48:08  FS: He was just giving me a ride.\n"
)


def test_an_abbreviated_rank_takes_the_full_name_the_header_gives() -> None:
    got = lines(_BODYCAM)
    assert got["23:47:09  DEP. VALE (#4471): Sheriff's Office! Hands where I can see them."] == (
        "Kendra Vale"
    )
    assert got["23:47:30  DEP. ORTEGA (#5210): I've got the passenger side."] == "Luis Ortega"


def test_a_subjects_code_is_the_name_it_gives_when_asked_on_all_its_lines() -> None:
    got = lines(_BODYCAM)
    assert got["23:48:04  MS-1: Lyle. Lyle Pacquet."] == "Lyle Pacquet"
    # before the question too: one person, one name
    assert got["23:47:12  MS-1: They're up, they're up."] == "Lyle Pacquet"
    # never asked, never named
    assert got["23:48:08  FS: He was just giving me a ride."] == "FS"


def test_an_answer_that_only_mentions_a_name_names_no_one() -> None:
    # "It's Tom Bell who voted ..." answers with a sentence about someone else
    text = (
        "OFFICER: What's your name?\n\n"
        "WITNESS 1: It's Tom Bell who voted against the gate, ask him.\n\n"
        "OFFICER: I asked your name.\n\n"
        "WITNESS 1: Not telling.\n"
    )
    got = lines(text)
    assert got["WITNESS 1: Not telling."] == "WITNESS 1"


def test_a_name_asked_of_a_named_speaker_changes_nothing() -> None:
    # an interview where the host asks a guest already named by the label
    text = (
        "HOST: And what's your name?\n\n"
        "Jo Penrose: Dana Kowalczyk, I'm her sister.\n\n"
        "HOST: Welcome.\n\n"
        "Jo Penrose: Thanks.\n"
    )
    got = lines(text)
    assert got["Jo Penrose: Thanks."] == "Jo Penrose"


# -- a numbered speaker introducing themself in the welcome's own sentence -----------------

_PODCAST = (
    "Harbour Talk ep 12.mp3\n"
    "Transcribed by Quillnote.ai\n\n"
    "Speaker 1  0:00\n"
    "Okay, we're rolling. Welcome back to Harbour Talk, I'm Rafe Okonjo-Lind, and today"
    " I'm out on the water.\n"
    "Speaker 2  0:14\n"
    "Twenty-two this March.\n"
    "Speaker 1  0:16\n"
    "Twenty-two. Can you introduce yourself?\n"
    "Speaker 2  0:19\n"
    "Sure, yeah. I'm Dana, Dana Kowalczyk. I run a shellfish farm.\n"
)


def test_a_numbered_speaker_named_in_the_welcomes_sentence_and_when_asked() -> None:
    got = lines(_PODCAST)
    assert got["Twenty-two. Can you introduce yourself?"] == "Rafe Okonjo-Lind"
    # asked to introduce herself, she does: all her lines, the first ones too
    assert got["Twenty-two this March."] == "Dana Kowalczyk"


def test_a_welcome_then_a_state_of_mind_names_no_one() -> None:
    text = (
        "Speaker 1: Welcome to the meeting, I'm Not Sure we have quorum, honestly.\n\n"
        "Speaker 2: We do.\n\n"
        "Speaker 1: Then let's start. I'm not sure of much today.\n\n"
        "Speaker 2: Fine.\n"
    )
    got = lines(text)
    assert got["Speaker 1: Then let's start. I'm not sure of much today."] == "Speaker 1"


# -- a quiz's contestants list: a roll, read for the contestants' full names -------------------

_QUIZ = (
    "QUIZ NIGHT - Episode 14\n\n"
    "Quizmaster: Orlando Fane\n\n"
    "Contestants: Rowena Fairley (tram driver, Port Ellis); Basil Oakhurst (retired"
    " librarian); Tamsin Ogle (student)\n\n"
    "QM: Welcome! Question one. Which instrument has bellows?\n\n"
    "BASIL: The concertina?\n\n"
    "QM: Correct! Ten points, Basil.\n\n"
    "TAMSIN: Can I just say, we called it a squeezebox.\n\n"
    "QM: You can, Tamsin.\n"
)


def test_a_contestants_list_is_narration_and_names_the_contestants() -> None:
    got = lines(_QUIZ)
    assert (
        got[
            "Contestants: Rowena Fairley (tram driver, Port Ellis); Basil Oakhurst (retired"
            " librarian); Tamsin Ogle (student)"
        ]
        == "narrator"
    )
    assert got["BASIL: The concertina?"] == "Basil Oakhurst"
    assert got["TAMSIN: Can I just say, we called it a squeezebox."] == "Tamsin Ogle"


def test_a_given_name_label_with_no_list_keeps_its_label() -> None:
    # a chat of first names, no roll naming them: nothing to expand to
    text = (
        "BASIL: Are we on for Friday?\n\n"
        "TAMSIN: Yes, at the Harbour Inn.\n\n"
        "BASIL: Great, see you there.\n\n"
        "TAMSIN: Bring Rowena Fairley's book back.\n"
    )
    got = lines(text)
    assert got["BASIL: Great, see you there."] == "BASIL"


# -- an air-traffic record in columns: TIME, FROM (a call sign), TO, TEXT -------------------

_ATC = (
    "REGIONAL AIRPORT - PARTIAL TRANSCRIPT OF ATC COMMUNICATIONS\n"
    "Frequencies: Harbour Tower 118.45 (TWR); Harbour Ground 121.80 (GND)\n"
    "Aircraft: N482KT, Piper PA-28 (pilot in command: Gerrit Vanslow); SKY219, Dash 8\n"
    "TIME       FROM     TO       TEXT\n"
    "14:02:11   N482KT   GND      Harbour Ground, November two kilo tango, taxi.\n"
    "14:02:19   GND      N482KT   Two kilo tango, taxi via Alpha, hold short of Bravo.\n"
    "14:02:26   N482KT   GND      Two seven via Alpha, hold short Bravo.\n"
    "14:06:31   SKY219   TWR      Tower, Skyline two one nine, final two seven.\n"
    "14:06:35   TWR      SKY219   Skyline two one nine, cleared to land.\n"
    "14:07:02   TWR      N482KT   Two kilo tango, confirm you are holding short?\n"
    "14:07:24   N482KT   TWR      Holding. Sorry, I think I misread the hold line.\n"
    "14:07:46   SKY219   TWR      Going around, Skyline two one nine.\n"
)


def test_an_aircrafts_call_sign_speaks_from_the_from_column() -> None:
    got = lines(_ATC)
    assert got["14:06:31   SKY219   TWR      Tower, Skyline two one nine, final two seven."] == (
        "SKY219"
    )
    assert got[
        "14:02:19   GND      N482KT   Two kilo tango, taxi via Alpha, hold short of Bravo."
    ] == ("GND")


def test_a_call_sign_is_the_pilot_its_item_names_a_position_no_one() -> None:
    got = lines(_ATC)
    assert got["14:07:24   N482KT   TWR      Holding. Sorry, I think I misread the hold line."] == (
        "Gerrit Vanslow"
    )
    # "Harbour Tower 118.45 (TWR)": a frequency's name, no holder
    assert got["14:06:35   TWR      SKY219   Skyline two one nine, cleared to land."] == "TWR"


def test_a_flight_timetable_in_columns_has_no_speakers() -> None:
    # a departures board: call signs in a column, but no one talks
    text = (
        "DEPARTURES\n"
        "TIME    FLIGHT   GATE   REMARKS\n"
        "09:10   SKY219   B4     Boarding\n"
        "09:25   NZ402    A1     On time\n"
        "09:40   SKY221   B6     Delayed to 10:15\n"
        "09:55   NZ402    A2     Gate change\n"
        "10:05   QF17     C3     On time\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


# -- a verbatim record laid out by its agenda: numbered headings in capitals ----------------

_MINUTES = (
    "TOWN OF HARBOURVIEW - VERBATIM RECORD\n"
    "Mayor: Annika Lund (Chair)\n"
    "1. CALL TO ORDER\n"
    "CHAIR: I'll call the meeting to order. Do we have quorum?\n"
    "CLERK: We do, Your Worship.\n"
    "2. PUBLIC COMMENT - ITEM 6, LANE PARKING BYLAW\n"
    "CHAIR: We have one resident registered.\n"
    "RESIDENT: The lane is dangerous at night.\n"
    "3. ADJOURNMENT\n"
    "CHAIR: Motion to adjourn? Thank you, everyone.\n"
    "ITEM 4 - UNIFORM ALLOWANCE\n"
    "Deferred to the next session by agreement.\n"
)


def test_an_agendas_numbered_headings_end_the_turn_above_them() -> None:
    got = lines(_MINUTES)
    assert got["2. PUBLIC COMMENT - ITEM 6, LANE PARKING BYLAW"] == "narrator"
    assert got["3. ADJOURNMENT"] == "narrator"
    # a heading no label follows: the minute's note below it is no one's words
    assert got["ITEM 4 - UNIFORM ALLOWANCE"] == "narrator"
    assert got["Deferred to the next session by agreement."] == "narrator"
    assert got["CHAIR: Motion to adjourn? Thank you, everyone."] == "Annika Lund"


def test_one_numbered_line_in_capitals_stays_the_speakers() -> None:
    # a caption typed in capitals: one numbered line is a speaker's, no agenda
    text = (
        "ANCHOR: GOOD EVENING.\n"
        "REPORTER: GOOD EVENING.\n"
        "ANCHOR: TONIGHT'S TOP STORY\n"
        "1. THE STORM\n"
        "AND WHAT IT MEANS FOR YOUR COMMUTE.\n"
        "REPORTER: THE ROADS ARE CLOSED.\n"
        "ANCHOR: FOR HOW LONG?\n"
        "REPORTER: UNTIL MORNING, WE'RE TOLD.\n"
        "ANCHOR: THANK YOU.\n"
    )
    got = lines(text)
    assert got["1. THE STORM"] == "ANCHOR"
    assert got["AND WHAT IT MEANS FOR YOUR COMMUTE."] == "ANCHOR"


def test_a_numbered_list_said_in_sentences_stays_the_speakers() -> None:
    text = (
        "CHAIR: Two points before we start.\n"
        "1. We need a quorum.\n"
        "2. We need a clerk.\n"
        "CLERK: Both present.\n"
        "CHAIR: Good.\n"
    )
    got = lines(text)
    assert got["1. We need a quorum."] == "CHAIR"
    assert got["2. We need a clerk."] == "CHAIR"


# -- the Congressional Record: its chair, its headings and its clerk's roll call -----------

_RECORD = (
    "S4417        CONGRESSIONAL RECORD - SENATE        November 3, 2026\n"
    "The Senate met at 10 a.m. and was called to order by the Honorable RUBEN CASTELLO,"
    " a Senator from the State of Vantar.\n"
    "MORNING BUSINESS\n"
    "The PRESIDING OFFICER. The Senate will be in a period of morning business.\n"
    "Mr. HOLLIS. Mr. President, I suggest the absence of a quorum.\n"
    "The PRESIDING OFFICER. The clerk will call the roll.\n"
    "The legislative clerk proceeded to call the roll.\n"
    "Mr. HOLLIS. Mr. President, I ask unanimous consent that the quorum call be rescinded.\n"
    "The PRESIDING OFFICER. Without objection, it is so ordered.\n"
    "TRIBUTE TO THE KESTREL FIRE COMPANY\n"
    "HON. EVERETT J. HOLLIS\n"
    "Mr. HOLLIS. Mr. President, I rise to honor the Kestrel Fire Company.\n"
    "I yield the floor.\n"
    "RECESS\n"
    "Thereupon, the Senate, at 12:31 p.m., recessed until 2:15 p.m.\n"
)


def test_the_records_chair_is_who_called_the_senate_to_order() -> None:
    got = lines(_RECORD)
    assert got["The PRESIDING OFFICER. Without objection, it is so ordered."] == ("Ruben Castello")


def test_the_records_headings_and_the_clerks_roll_call_are_narration() -> None:
    got = lines(_RECORD)
    assert got["The legislative clerk proceeded to call the roll."] == "narrator"
    assert got["TRIBUTE TO THE KESTREL FIRE COMPANY"] == "narrator"
    assert got["HON. EVERETT J. HOLLIS"] == "narrator"
    assert got["RECESS"] == "narrator"
    assert got["Thereupon, the Senate, at 12:31 p.m., recessed until 2:15 p.m."] == "narrator"
    assert got["I yield the floor."] != "narrator"


def test_a_line_in_capitals_outside_the_record_stays_the_speakers() -> None:
    # a podcast, not the Record: a shout typed in capitals goes on the turn
    text = (
        "HOST: Did you win in the end?\n"
        "GUEST: We won the cup, on penalties.\n"
        "UNBELIEVABLE SCENES\n"
        "HOST: Amazing. And the final?\n"
        "GUEST: Next week.\n"
    )
    got = lines(text)
    assert got["UNBELIEVABLE SCENES"] == "GUEST"


def test_a_chair_called_to_order_in_prose_names_no_other_role() -> None:
    # a meeting's minutes: "called to order by" names the chair, not THE CLERK
    text = (
        "The meeting was called to order by Mayor Dana Whitcombe at 7 p.m.\n\n"
        "THE CLERK: All members are present.\n\n"
        "THE MAYOR: Thank you. First item.\n\n"
        "THE CLERK: The budget.\n\n"
        "THE MAYOR: Discussion?\n"
    )
    got = lines(text)
    assert got["THE CLERK: The budget."] != "Dana Whitcombe"


# -- radio commentary: minute marks, its excerpt field, a post named after a semicolon ------

_COMMENTARY = (
    "RADIO HARBOURSIDE - MATCH COMMENTARY TRANSCRIPT\n"
    "Commentary: Desmond Archer; summariser: Lou Fenn; touchline: Bridget Oyelade\n"
    "Excerpt: 58th minute to full time. Labels by the station's archive team.\n"
    "58'\n"
    "[Archer] Rovers still lead by one, and he's brought down! Free kick.\n"
    "[Fenn] That's a booking all day long.\n"
    "90+4'\n"
    "[Archer] Let's go down to Bridget on the touchline. Bridget?\n"
    "[Touchline] Des, the Rovers bench are furious.\n"
    "[Archer] Thanks, Bridget.\n"
)


def test_a_matchs_minute_marks_and_its_excerpt_field_are_narration() -> None:
    got = lines(_COMMENTARY)
    assert got["58'"] == "narrator"
    assert got["90+4'"] == "narrator"
    assert got["Excerpt: 58th minute to full time. Labels by the station's archive team."] == (
        "narrator"
    )


def test_a_post_named_in_a_headers_field_after_a_semicolon() -> None:
    got = lines(_COMMENTARY)
    assert got["[Touchline] Des, the Rovers bench are furious."] == "Bridget Oyelade"


def test_a_posts_field_that_names_no_one_leaves_the_label() -> None:
    # "touchline: wet and heavy" describes the pitch, no person
    text = _COMMENTARY.replace("touchline: Bridget Oyelade", "touchline: wet and heavy")
    got = lines(text)
    assert got["[Touchline] Des, the Rovers bench are furious."] == "Touchline"


def test_a_video_timecode_alone_is_narration_a_time_in_speech_is_not() -> None:
    text = (
        "TC 00:13:42:10\n"
        "HOST: Welcome back. We're live at 10:15 tonight.\n"
        "GUEST: Thanks for having me.\n"
        "HOST: Let's begin.\n"
        "GUEST: Gladly.\n"
    )
    got = lines(text)
    assert got["TC 00:13:42:10"] == "narrator"
    assert got["HOST: Welcome back. We're live at 10:15 tonight."] == "HOST"


# -- a news story's box of questions and answers ---------------------------------------------

_STORY_BOX = (
    "THE HARBOUR COURIER\n\n"
    "Board votes to raise the Marigold wreck\n\n"
    "By Keziah Drummond, Harbour Correspondent\n\n"
    "The Harbour Board voted 7-2 on Monday night to raise the wreck of the coaster Marigold.\n\n"
    '"We owe it to the families," board chair Odile Brannan told the Courier after the vote.\n\n'
    "Two members voted against, citing the estimated bill.\n\n"
    "Q&A: What happens next?\n\n"
    "Q: When will the work start?\n\n"
    "A: The board says divers will begin a survey in March.\n\n"
    "Q: Who pays?\n\n"
    "A: The board will seek two-thirds of the cost from a heritage fund.\n\n"
    "Additional reporting by Tomas Vey.\n"
)


def test_a_storys_q_and_a_box_is_no_interview() -> None:
    got = lines(_STORY_BOX)
    assert got["Q: Who pays?"] == "narrator"
    assert got["A: The board says divers will begin a survey in March."] == "narrator"


def test_a_q_and_a_interview_under_a_q_and_a_title_still_speaks() -> None:
    # the answers say "I": a person answers, whatever the title calls it
    text = (
        "Q&A: Dolores Vance on her new book\n\n"
        "By Sam Ortiz\n\n"
        "Q: Why this book now?\n\n"
        "A: I had been carrying it for ten years.\n\n"
        "Q: Was it hard to write?\n\n"
        "A: I rewrote the ending four times.\n"
    )
    got = lines(text)
    assert got["A: I rewrote the ending four times."] != "narrator"
    assert got["Q: Was it hard to write?"] != "narrator"


# -- a novel's remembered exchange, written as a script, at the margin ---------------------

_NOVEL = (
    "The ferry was late again, and Margery had stopped pretending she minded. She stood at"
    " the rail with the cup going cold in her hands and watched the harbour lights come up"
    " one by one, as if someone on shore were counting them for her.\n\n"
    "\"You told my mother I'd be on the nine o'clock.\"\n\n"
    '"Both," said Ferris. "Both can be true."\n\n'
    "MARGERY: Tell me about the letter.\n\n"
    "FERRIS: There isn't a letter.\n\n"
    "MARGERY: There's always a letter.\n\n"
    "That was how it had gone, the last time, she remembered.\n\n"
    "She put the cup down on the rail and watched it.\n\n"
    '"Tell me about the letter, Ferris," she said now.\n'
)


def test_the_novels_prose_after_a_script_run_is_narration() -> None:
    got = lines(_NOVEL)
    assert got["That was how it had gone, the last time, she remembered."] == "narrator"
    assert got['"Tell me about the letter, Ferris," she said now.'] == "narrator"


def test_a_short_interview_under_a_long_intro_keeps_its_last_answer() -> None:
    # a transcript after an introduction: the last answer runs on in paragraphs of its own
    text = (
        "The farm sits at the end of a gravel road, two miles past the last house, and the"
        " family has worked it since 1902. We spoke to its owner about the drought, the"
        " price of feed, and why she will not sell to the developers who keep calling.\n\n"
        "HOST: Welcome.\n\n"
        "GUEST: Thanks for having me.\n\n"
        "HOST: Why not sell?\n\n"
        "GUEST: Because it was my grandmother's.\n\n"
        "She bought the north field with egg money.\n\n"
        "And I'm not going to be the one who lets it go.\n"
    )
    got = lines(text)
    assert got["She bought the north field with egg money."] == "GUEST"
    assert got["And I'm not going to be the one who lets it go."] == "GUEST"


# -- a post's label named by an attendance field that qualifies it ("Town Clerk:") ----------

_COUNCIL = (
    "TOWN OF HARBOURVIEW - VERBATIM RECORD\n"
    "Mayor: Annika Lund (Chair)\n"
    "Town Clerk: Rosa Delacroix-Ng\n"
    "Vice Chair: Thabo Mbeki\n"
    "CHAIR: I'll call the meeting to order. Madam Clerk, do we have quorum?\n"
    "CLERK: We do, Your Worship.\n"
    "CHAIR: Thank you. First item.\n"
    "CLERK: The parking bylaw.\n"
)


def test_a_posts_label_takes_the_holder_of_the_field_that_qualifies_it() -> None:
    got = lines(_COUNCIL)
    assert got["CLERK: We do, Your Worship."] == "Rosa Delacroix-Ng"


def test_a_vice_chairs_field_names_no_chair() -> None:
    text = _COUNCIL.replace("Mayor: Annika Lund (Chair)\n", "")
    got = lines(text)
    assert got["CHAIR: Thank you. First item."] != "Thabo Mbeki"


# -- a record's foot: its certificate, its signatures, its end mark with the page ------------

_SIGNED_RECORD = (
    "RECORD OF INTERVIEW\n\n"
    "CASE OFFICER: Are you well enough to continue?\n\n"
    "APPLICANT: Yes.\n\n"
    "CASE OFFICER: Then we will stop there for today.\n\n"
    "APPLICANT: Thank you.\n\n"
    "Certified a true record.\n\n"
    "Read back to the applicant through the interpreter and signed: E. Mabote / H. Lind\n\n"
    "END OF TRANSCRIPT                              Page 1 of 1\n"
)


def test_a_records_certificate_signatures_and_end_mark_are_narration() -> None:
    got = lines(_SIGNED_RECORD)
    assert got["Certified a true record."] == "narrator"
    assert (
        got["Read back to the applicant through the interpreter and signed: E. Mabote / H. Lind"]
        == "narrator"
    )
    assert got["END OF TRANSCRIPT                              Page 1 of 1"] == "narrator"
    assert got["APPLICANT: Thank you."] == "APPLICANT"


def test_a_speaker_saying_what_they_signed_keeps_the_turn() -> None:
    text = (
        "CASE OFFICER: Did you sign the paper?\n\n"
        "APPLICANT: No.\n\n"
        "CASE OFFICER: Are you sure?\n\n"
        "APPLICANT: I never signed: Fausto signed it for me.\n"
    )
    got = lines(text)
    assert got["APPLICANT: I never signed: Fausto signed it for me."] == "APPLICANT"


def test_a_voice_overs_label_keeps_its_mark() -> None:
    text = (
        "QUIZ NIGHT - Episode 14\n\n"
        "V/O ANNOUNCER: From the Harbour Studios, it's Quiz Night!\n\n"
        "QM: Thank you! Question one.\n\n"
        "BASIL: The concertina?\n\n"
        "QM: Correct!\n\n"
        "V/O ANNOUNCER: Welcome back to Quiz Night!\n"
    )
    got = lines(text)
    assert got["V/O ANNOUNCER: Welcome back to Quiz Night!"] == "V/O ANNOUNCER"
    assert got["QM: Correct!"] == "QM"


def test_a_voice_over_described_after_the_name_is_the_name() -> None:
    text = (
        "NARRATOR (V/O): The town was quiet that winter.\n\n"
        "MAUDE: Is anyone there?\n\n"
        "NARRATOR (V/O): No one answered.\n\n"
        "MAUDE: Hello?\n"
    )
    got = lines(text)
    assert got["NARRATOR (V/O): No one answered."] == "NARRATOR"


def test_an_adjournment_with_its_times_and_an_archival_note_are_narration() -> None:
    text = (
        "MGT: We can move to thirty minutes.\n"
        "TU: Not enough.\n"
        "ADJOURNMENT FOR CAUCUS \u2014 10:12 to 10:40\n"
        "TU: We can recommend thirty-five.\n"
        "MGT: Agreed.\n"
        "Transcript for archival use. KSRW Community Radio.\n"
    )
    got = lines(text)
    assert got["ADJOURNMENT FOR CAUCUS \u2014 10:12 to 10:40"] == "narrator"
    assert got["Transcript for archival use. KSRW Community Radio."] == "narrator"
    assert got["MGT: Agreed."] == "MGT"


def test_a_speaker_naming_a_break_in_a_sentence_keeps_the_turn() -> None:
    text = (
        "MGT: We can move to thirty minutes.\n"
        "TU: Not enough.\n"
        "MGT: Then a break for caucus, from 10:12 to 10:40.\n"
        "TU: Fine.\n"
    )
    got = lines(text)
    assert got["MGT: Then a break for caucus, from 10:12 to 10:40."] == "MGT"
