"""Transcripts, round 10: the layouts of never-studied texts, each on an invented input."""

from __future__ import annotations

from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines

_SHOOTING_SCRIPT = (
    "HARBOUR LIGHTS\n"
    "A short film, narrated by Peter Quayle\n"
    "\n"
    "1. EXT. QUAY \u2014 DAWN\n"
    "Fog over the boats.\n"
    "\n"
    "NARRATOR (V.O.)\n"
    "Every morning the boats went out.\n"
    "\n"
    "NELL GARTH\n"
    "I mended nets here for forty years.\n"
    "\n"
    "2. INT. NET LOFT \u2014 DAY\n"
    "\n"
    "NARRATOR (V.O.)\n"
    "Now the loft is empty.\n"
    "\n"
    "NELL GARTH\n"
    "It was never quiet then.\n"
    "\n"
    "FADE TO BLACK.\n"
)


def test_a_script_with_numbered_scene_headings_is_read_as_a_script() -> None:
    got = lines(_SHOOTING_SCRIPT)
    assert got["I mended nets here for forty years."] == "NELL GARTH"
    assert got["It was never quiet then."] == "NELL GARTH"
    assert got["Fog over the boats."] == "narrator"
    assert got["FADE TO BLACK."] == "narrator"


def test_a_documentarys_narrator_takes_the_name_its_credit_gives() -> None:
    assert lines(_SHOOTING_SCRIPT)["Now the loft is empty."] == "Peter Quayle"


_PLAY = (
    "THE LONG TABLE\n"
    "a play in one act\n"
    "\n"
    "CHARACTERS\n"
    "EDITH MOSS, seventies\n"
    "RAY MOSS, her son\n"
    "\n"
    "ACT ONE\n"
    "\n"
    "[A farmhouse kitchen. Rain.]\n"
    "\n"
    "RAY\n"
    "You never lock the gate.\n"
    "\n"
    "EDITH\n"
    "[not turning] Who would come?\n"
    "\n"
    "RAY\n"
    "Anyone.\n"
    "[He sits down heavily at the table.]\n"
    "\n"
    "EDITH\n"
    "Then let them.\n"
)


def test_a_character_the_cast_list_names_keeps_a_line_said_once() -> None:
    # review round 10, finding 2: a postman speaks once; a one-off heading does not
    text = _PLAY.replace("RAY MOSS, her son\n", "RAY MOSS, her son\nA POSTMAN\n").replace(
        "RAY\nAnyone.", "POSTMAN\nParcel for Moss. Sign here, please.\n\nRAY\nAnyone."
    )
    got = lines(text)
    assert got["Parcel for Moss. Sign here, please."] == "POSTMAN"
    assert got["You never lock the gate."] == "Ray Moss"
    assert got["ACT ONE"] == "narrator"


def test_a_stage_play_with_a_cast_list_and_act_headings_is_read_as_a_script() -> None:
    got = lines(_PLAY)
    assert got["You never lock the gate."] == "Ray Moss"
    assert got["[not turning] Who would come?"] == "Edith Moss"
    assert got["Then let them."] == "Edith Moss"
    assert got["ACT ONE"] == "narrator"
    assert got["CHARACTERS"] == "narrator"
    assert got["[He sits down heavily at the table.]"] == "narrator"


_MAIL_THREAD = (
    "From: Tara Quist <tara@example.org>\n"
    "To: Bram Oyelaran <bram@example.org>\n"
    "Subject: RE: Boiler at the hall\n"
    "\n"
    "Hi Bram,\n"
    "The engineer came. Parts due Monday.\n"
    "Tara\n"
    "\n"
    "From: Bram Oyelaran <bram@example.org>\n"
    "Sent: Tuesday, 4 June 2024 09:12\n"
    "To: Tara Quist <tara@example.org>\n"
    "Subject: Boiler at the hall\n"
    "\n"
    "Any news on the boiler?\n"
    "Bram\n"
)


def test_an_email_threads_header_fields_are_no_speakers() -> None:
    assert set(lines(_MAIL_THREAD).values()) == {"narrator"}


_CHAT = (
    '[02/05/2024, 18:01:10] Ola Brenn created group "Choir car share"\n'
    "[02/05/2024, 18:02] Ola Brenn: Who needs a lift on Thursday?\n"
    "[02/05/2024, 18:04] Kit Amadi: Me please, from the station\n"
    "[02/05/2024, 18:05] +44 7700 900123: Me too if there's room\n"
    "[02/05/2024, 18:06] Ola Brenn: Fine. Plan:\n"
    "- 6:40 at the station\n"
    "- 6:50 at the church\n"
    "[02/05/2024, 18:30:02] Kit Amadi left\n"
)


def test_a_chat_exports_dated_messages_are_turns_and_its_system_lines_narration() -> None:
    got = lines(_CHAT)
    assert got["[02/05/2024, 18:04] Kit Amadi: Me please, from the station"] == "Kit Amadi"
    assert got["- 6:50 at the church"] == "Ola Brenn"
    assert got['[02/05/2024, 18:01:10] Ola Brenn created group "Choir car share"'] == "narrator"
    assert got["[02/05/2024, 18:30:02] Kit Amadi left"] == "narrator"


def test_a_chat_sender_known_by_number_keeps_the_number() -> None:
    got = lines(_CHAT)
    assert got["[02/05/2024, 18:05] +44 7700 900123: Me too if there's room"] == "+44 7700 900123"


def test_an_android_chat_export_with_a_dash_after_the_time_is_read_too() -> None:
    text = (
        "3/5/24, 9:01 PM - Ola Brenn: Rehearsal moved to 7\n"
        "3/5/24, 9:03 PM - Kit Amadi: Thanks, noted\n"
        "3/5/24, 9:04 PM - Ola Brenn: Bring the blue folders\n"
    )
    got = lines(text)
    assert got["3/5/24, 9:03 PM - Kit Amadi: Thanks, noted"] == "Kit Amadi"
    assert got["3/5/24, 9:04 PM - Ola Brenn: Bring the blue folders"] == "Ola Brenn"


def test_a_press_release_phone_number_is_no_label() -> None:
    text = (
        "Media contact\n"
        "+44 20 7946 0000: press office, weekdays.\n"
        "Call: 020 7946 0001\n"
        "The library reopens on Monday.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_quoted_title_field_is_no_speaker_and_the_legend_below_names_the_initials() -> None:
    text = (
        "Viva examination, transcript\n"
        'Thesis: "Soil carbon in upland farms"\n'
        "Candidate: Mina Sorel (MS)\n"
        "Examiner: Dr. Paul Rhee (PR)\n"
        "\n"
        "PR: Good morning. Shall we begin?\n"
        "MS: Morning. Yes.\n"
        "PR: Tell us about chapter two.\n"
        "MS: It covers the sampling.\n"
    )
    assert "Thesis" not in {s.speaker for s in split_turns(text) or []}
    got = lines(text)
    assert got["MS: It covers the sampling."] == "Mina Sorel"
    assert got["PR: Tell us about chapter two."] == "Paul Rhee"


def test_an_emergency_calls_header_names_the_dispatcher_and_the_caller() -> None:
    text = (
        "COUNTY EMERGENCY CALL TRANSCRIPT\n"
        "Call-taker: Dispatcher Jo Pike (ID 9)\n"
        "Caller: Ana Brill (identified during call)\n"
        "\n"
        "21:01:02  DISPATCHER:  911, what is your emergency?\n"
        "21:01:05  CALLER:  My neighbour fell off a ladder.\n"
        "21:01:09  DISPATCHER:  Is he awake?\n"
        "21:01:11  CALLER:  Yes, he's talking.\n"
    )
    got = lines(text)
    assert got["21:01:09  DISPATCHER:  Is he awake?"] == "Jo Pike"
    assert got["21:01:11  CALLER:  Yes, he's talking."] == "Ana Brill"
    assert got["Caller: Ana Brill (identified during call)"] == "narrator"


def test_a_bodycam_header_names_the_numbered_officers_and_leaves_voices_as_written() -> None:
    text = (
        "Body-Worn Camera Transcript\n"
        "Camera: Officer 1, Ofc. Dan Reyes (#221)\n"
        "Also present: Officer 2, Sgt. Lee Park (#19); driver (MALE VOICE)\n"
        "\n"
        "[00:00:10] OFFICER 1: Evening. Licence, please.\n"
        "[00:00:14] MALE VOICE: Sure. Here.\n"
        "[00:00:20] OFFICER 2: Want me on the other side?\n"
        "[00:00:22] OFFICER 1: Yeah.\n"
        "[00:00:25] MALE VOICE: Was I speeding?\n"
    )
    got = lines(text)
    assert got["[00:00:22] OFFICER 1: Yeah."] == "Dan Reyes"
    assert got["[00:00:20] OFFICER 2: Want me on the other side?"] == "Lee Park"
    assert got["[00:00:25] MALE VOICE: Was I speeding?"] == "MALE VOICE"


def test_two_header_fields_on_one_line_name_the_interviewer_and_the_interpreter() -> None:
    text = (
        "ORAL HISTORY PROJECT\n"
        "Interviewer: Ben Oduya. Interpreter: Rita Gomez.\n"
        "Recorded at her home.\n"
        "\n"
        "BEN ODUYA: Where were you born?\n"
        "INTERPRETER: [in Spanish] ¿Dónde nació?\n"
        "PILAR SOTO: [in Spanish] En Lima.\n"
        "INTERPRETER: In Lima.\n"
        "BEN ODUYA: Thank you.\n"
    )
    got = lines(text)
    assert got["INTERPRETER: In Lima."] == "Rita Gomez"
    assert got["Interviewer: Ben Oduya. Interpreter: Rita Gomez."] == "narrator"
    assert got["Recorded at her home."] == "narrator"


def test_a_role_label_naming_its_speaker_in_parentheses_takes_the_name() -> None:
    text = (
        "VERBATIM MINUTES\n"
        "\n"
        "MAYOR HOLM: The hearing is open. First speaker, Ms. Voss.\n"
        "PUBLIC SPEAKER (NINA VOSS): Good evening. I live on Oak Row.\n"
        "MAYOR HOLM: Thank you. Next.\n"
        "AIDE (OWEN TALLIS, CLERK): That is the last card, Mayor.\n"
        "TALLIS: The hearing is closed.\n"
    )
    got = lines(text)
    assert got["PUBLIC SPEAKER (NINA VOSS): Good evening. I live on Oak Row."] == "Nina Voss"
    assert got["AIDE (OWEN TALLIS, CLERK): That is the last card, Mayor."] == "Owen Tallis"
    assert got["TALLIS: The hearing is closed."] == "Owen Tallis"


def test_a_role_or_place_in_parentheses_after_a_name_leaves_the_name() -> None:
    text = (
        "JO RAY (NEWS ANCHOR): Good evening.\n"
        "TED (Caller): Hi, Jo.\n"
        "JO RAY (NEWS ANCHOR): Go ahead, Ted.\n"
        "TED (Caller): It's about the bridge.\n"
    )
    got = lines(text)
    assert got["JO RAY (NEWS ANCHOR): Go ahead, Ted."] == "JO RAY"
    assert got["TED (Caller): It's about the bridge."] == "TED"


def test_a_premier_is_a_title_and_a_spaced_thirty_ends_the_transcript() -> None:
    text = (
        "TRANSCRIPT \u2014 Premier Ana Lisk media availability\n"
        "\n"
        "PREMIER LISK: Good morning. One statement, then questions.\n"
        "REPORTER: When is the vote?\n"
        "PREMIER LISK: Thursday.\n"
        "\u2014 30 \u2014\n"
    )
    got = lines(text)
    assert got["PREMIER LISK: Thursday."] == "Ana Lisk"
    assert got["\u2014 30 \u2014"] == "narrator"


_HEARING = (
    "1              SUPERIOR COURT OF THE COUNTY OF ELM\n"
    "2            Hon. Clara Whitfield, Judge \u2014 Department 4\n"
    "3    APPEARANCES: For the People, Dan Hale, Deputy District\n"
    "4    Attorney.\n"
    "5              THE COURT:  We're on the record.  Mr. Hale,\n"
    "6    call your witness.\n"
    "7              MR. HALE:  The People call Officer Ted Byrne.\n"
    "8              THE CLERK:  Raise your right hand.\n"
    "9                        TED BYRNE,\n"
    "10   called as a witness by the People, having been duly\n"
    "11   sworn, testified as follows:\n"
    "12        Q.   Did you go to the store?\n"
    "13        A.   No.  That was Detective Lowe.\n"
    "14        Q.   Who went with him?\n"
    "15        A.   Nobody.\n"
    "16             THE COURT:  Thank you.\n"
)


def test_a_captions_hon_name_comma_judge_names_the_bench() -> None:
    assert lines(_HEARING)["16             THE COURT:  Thank you."] == "Clara Whitfield"


def test_an_oath_wrapped_over_two_numbered_lines_is_narration() -> None:
    got = lines(_HEARING)
    assert got["9                        TED BYRNE,"] == "narrator"
    assert got["11   sworn, testified as follows:"] == "narrator"
    assert got["15        A.   Nobody."] == "TED BYRNE"


def test_an_answer_with_two_spaces_after_its_first_sentence_is_no_headline() -> None:
    assert lines(_HEARING)["13        A.   No.  That was Detective Lowe."] == "TED BYRNE"


_CHANNEL = (
    "#ops-oncall\n"
    "Tuesday, May 7th\n"
    "Rina Vos  9:58 AM\n"
    "anyone seeing timeouts on login?\n"
    "Teo Marsh  9:59 AM\n"
    "yes, since 9:50\n"
    "Alertbot  APP  10:00 AM\n"
    ":rotating_light: Triggered: login p95 > 2s\n"
    ":eyes: 3 :+1: 2\n"
    "Rina Vos  10:02 AM\n"
    "rolling back the deploy now\n"
    "2 replies\n"
    "Last reply 10:20 AM\n"
    "Teo Marsh  10:25 AM\n"
    "recovered, thanks all\n"
)


def test_a_chat_apps_messages_are_its_own_and_reactions_and_reply_counts_narration() -> None:
    got = lines(_CHANNEL)
    assert got[":rotating_light: Triggered: login p95 > 2s"] == "Alertbot"
    assert got[":eyes: 3 :+1: 2"] == "narrator"
    assert got["2 replies"] == "narrator"
    assert got["Last reply 10:20 AM"] == "narrator"
    assert got["rolling back the deploy now"] == "Rina Vos"
    assert got["recovered, thanks all"] == "Teo Marsh"


def test_an_arbitrator_is_a_role_the_caption_names() -> None:
    text = (
        "IN THE MATTER OF THE ARBITRATION BETWEEN\n"
        "Before: Nora Plaice, Arbitrator\n"
        "\n"
        "ARBITRATOR:  We're on the record.\n"
        "MR. ODUM:  Thank you.  I call Ms. Reed.\n"
        "ARBITRATOR:  Go ahead.\n"
        "MR. ODUM:  Ms. Reed, where do you work?\n"
    )
    assert lines(text)["ARBITRATOR:  Go ahead."] == "Nora Plaice"


def test_a_dashed_end_of_transcript_and_an_italic_production_credit_are_narration() -> None:
    text = (
        "HOST: Welcome back to the show.\n"
        "GUEST: Thanks for having me.\n"
        "HOST: Let's start with the budget.\n"
        "GUEST: It's tight this year.\n"
        "\u2014 End of transcript \u2014\n"
        "*Open Ledger is produced by Tallow Audio. \u00a9 2024 Tallow Audio.*\n"
    )
    got = lines(text)
    assert got["\u2014 End of transcript \u2014"] == "narrator"
    assert got["*Open Ledger is produced by Tallow Audio. \u00a9 2024 Tallow Audio.*"] == "narrator"


def test_step_lines_inside_an_interviews_answer_keep_it_a_transcript() -> None:
    # review round 9, finding 1
    text = (
        "Interview with Dr. Ana Ruiz, transplant surgeon.\n"
        "\n"
        "Q: Walk us through it.\n"
        "A: There are a few steps.\n"
        "Step 1: we match the donor.\n"
        "Step 2: we schedule.\n"
        "Q: How long does it take?\n"
        "A: About six hours.\n"
    )
    got = lines(text)
    assert got["A: About six hours."] == "Ana Ruiz"
    assert got["Step 2: we schedule."] == "Ana Ruiz"


def test_a_header_like_answer_after_its_role_has_spoken_is_a_turn() -> None:
    # review round 9, finding 2: unpunctuated speech-to-text turns
    text = (
        "Interviewer: Tom Baker\n"
        "Narrator: Esperanza Ruelas\n"
        "\n"
        "Interviewer: Okay we are recording\n"
        "Narrator: Okay\n"
        "Interviewer: State your full name for the record\n"
        "Narrator: Esperanza Maria Ruelas\n"
        "Interviewer: And where were you born?\n"
        "Narrator: In Fresno, in 1941.\n"
    )
    got = lines(text)
    assert got["Narrator: Esperanza Maria Ruelas"] == "Esperanza Ruelas"
    assert got["Interviewer: Tom Baker"] == "narrator"


def test_a_company_before_an_office_in_capitals_is_no_persons_name() -> None:
    # review round 9, finding 3
    text = (
        "Acme CEO interview\n"
        "Conducted at Acme HQ\n"
        "\n"
        "Q: How was the quarter?\n"
        "CEO: Better than expected.\n"
        "Q: And next year?\n"
        "CEO: We will hire.\n"
    )
    assert lines(text)["CEO: We will hire."] == "CEO"


def test_a_given_name_and_a_surname_in_capitals_in_a_list_still_name_the_label() -> None:
    text = (
        "PLANNING COMMITTEE - MINUTES\n"
        "Present: Councillor Ravi JONES, Councillor Ann PIKE\n"
        "\n"
        "JONES: The application is too large.\n"
        "PIKE: I disagree.\n"
        "JONES: Then we should defer.\n"
        "PIKE: Agreed.\n"
    )
    assert lines(text)["JONES: Then we should defer."] == "Ravi Jones"


def test_an_interview_with_an_outlet_or_a_passing_name_names_neither_side() -> None:
    # review round 9, finding 4
    text = (
        "Mayor Lena Ortiz took office in January. In an interview with Channel 4, she said"
        " the budget was tight. In a conversation with Mark Dale, he said otherwise.\n"
        "\n"
        "Q: Is the budget tight?\n"
        "A: Very.\n"
        "Q: How tight?\n"
        "A: We cut ten percent.\n"
    )
    got = lines(text)
    assert got["Q: How tight?"] == "Q"
    assert got["A: We cut ten percent."] == "A"


def test_a_callout_between_turns_is_narration_and_one_inside_a_turn_the_speakers() -> None:
    # review round 9, finding 5
    text = (
        "HOST: Before we start, a word from a listener.\n"
        "Reminder: Tickets go on sale Friday.\n"
        "HOST: Thanks. Now to our guest.\n"
        "GUEST: Glad to be here. Three things.\n"
        "Note: the first is money.\n"
        "And the second is time.\n"
        "Important: we lost audio for a minute here.\n"
        "GUEST: As I was saying, the river rose fast.\n"
    )
    got = lines(text)
    assert got["Reminder: Tickets go on sale Friday."] == "narrator"
    assert got["Important: we lost audio for a minute here."] == "narrator"
    assert got["Note: the first is money."] == "GUEST"


def test_a_typed_unknown_speaker_label_is_its_own_turn_not_the_last_speakers() -> None:
    text = (
        "Jo: ok lets start. the fair first\n"
        "Dave: I'll do the BBQ again\n"
        "??: is it the same as last year with the tombola\n"
        "Jo: yes all the same\n"
    )
    assert lines(text)["??: is it the same as last year with the tombola"] == "??"


def test_a_note_or_an_outlet_in_parentheses_after_a_role_names_no_one() -> None:
    # review round 10, finding 1: a bracket names a person only with a known given name
    # or a surname the text writes elsewhere
    text = (
        "MS. WAITE: Good afternoon. I have two announcements.\n"
        "REPORTER (FOX NEWS): Will the President veto the bill?\n"
        "MS. WAITE: He has been clear that he would.\n"
        "QUESTION (NEW YORK TIMES): Is the question of tariffs settled?\n"
        "MS. WAITE: Not yet.\n"
        "REPORTER (OFF CAMERA): Mr President, on Ukraine?\n"
        "MS. WAITE: We will keep our commitments.\n"
        "CROWD (CHANTING LOUDLY): No more wars!\n"
        "REPORTER (IN SPANISH): Y la frontera?\n"
    )
    got = lines(text)
    assert got["REPORTER (FOX NEWS): Will the President veto the bill?"] == "REPORTER"
    assert got["QUESTION (NEW YORK TIMES): Is the question of tariffs settled?"] == "QUESTION"
    assert got["REPORTER (OFF CAMERA): Mr President, on Ukraine?"] == "REPORTER"
    assert got["CROWD (CHANTING LOUDLY): No more wars!"] == "CROWD"
    assert got["REPORTER (IN SPANISH): Y la frontera?"] == "REPORTER"


def test_a_role_and_a_name_mid_paragraph_are_prose_not_a_header_field() -> None:
    # review round 10, finding 3: after a sentence's end, a field needs its colon
    text = (
        "Episode 212 was recorded live. Host Jane Smith was away, so Tom Reed filled in.\n"
        "\n"
        "HOST: Good morning and welcome back.\n"
        "\n"
        "GUEST: Thanks for having me.\n"
        "\n"
        "HOST: Let's start with the election.\n"
    )
    assert lines(text)["HOST: Let's start with the election."] == "HOST"


def test_a_side_answering_with_a_name_after_the_call_began_is_a_turn() -> None:
    # review round 10, finding 4: once a header role has spoken, "Caller: Name" answers
    text = (
        "911 call, transcript released by the county.\n"
        "\n"
        "Dispatcher: 911 what's the address of your emergency\n"
        "Caller: Maria Lopez\n"
        "Dispatcher: Ma'am what's the address\n"
        "Caller: 14 Elm Street my husband isn't breathing\n"
    )
    assert lines(text)["Caller: Maria Lopez"] == "Caller"


def test_a_sentence_opening_last_reply_in_a_turn_is_speech_not_a_thread_note() -> None:
    # review round 10, finding 5: a chat's note gives a time or a day after it
    text = (
        "INTERVIEWER: Did the ministry ever answer your letters?\n"
        "\n"
        "DR. OKAFOR: They did, eventually. The first answer took nine months.\n"
        "\n"
        "Last reply came in May, two years on.\n"
        "\n"
        "INTERVIEWER: What did it say?\n"
    )
    assert lines(text)["Last reply came in May, two years on."] == "DR. OKAFOR"


def test_a_date_and_time_read_out_in_a_turn_is_speech_outside_a_chat_export() -> None:
    # review round 10, finding 6: a dated line is a system line only in a chat's export
    text = (
        "DETECTIVE: Tell me about that night.\n"
        "\n"
        "SUSPECT: I was home. I called my brother.\n"
        "\n"
        "DETECTIVE: The phone records show a call at:\n"
        "\n"
        "12/03/2024, 23:14\n"
        "\n"
        "SUSPECT: That was him calling me.\n"
    )
    assert lines(text)["12/03/2024, 23:14"] == "DETECTIVE"


def test_an_honorific_without_a_full_stop_is_no_part_of_a_role_named_in_a_header() -> None:
    # the header's role field ("Dispatcher Ms Renee Pell") names the role without "Ms"
    text = (
        "Emergency call record\n"
        "Call-taker: Dispatcher Ms Renee Pell (ID 412)\n"
        "\n"
        "DISPATCHER: 911, what is the address of your emergency?\n"
        "CALLER: It is 14 Elm Street, please hurry.\n"
        "DISPATCHER: Help is on the way. Stay on the line.\n"
        "CALLER: Okay, I am staying.\n"
    )
    assert lines(text)["DISPATCHER: Help is on the way. Stay on the line."] == "Renee Pell"
