"""Transcripts, round 21 (blindtx22 studied): each rule beside a look-alike that must not
change."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a stage play printed single-spaced under its cast list -----------------------------------

_PLAY = (
    "THE NARROW FIELD\n"
    "A play in one act by Lowri Castellan\n"
    "CHARACTERS\n"
    "NELL ABERFOYLE, a farmer, fifties\n"
    "TOBY ABERFOYLE, her nephew\n"
    "DR. SILAS MARCHBANK, the vet\n"
    "\n"
    "ACT ONE\n"
    "A barn. Night. NELL is mending a halter.\n"
    "\n"
    "TOBY\n"
    "Is the ewe still down?\n"
    "NELL\n"
    "(not looking up) Since noon.\n"
    "TOBY\n"
    "You should have rung me.\n"
    "MARCHBANK enters with his bag.\n"
    "MARCHBANK\n"
    "Evening, Nell. Where is she?\n"
    "NELL\n"
    "Back stall. Mind the step.\n"
    "MARCHBANK\n"
    "I've seen worse.\n"
    "Blackout.\n"
)


def test_a_single_spaced_plays_cues_speak_with_the_cast_lists_names() -> None:
    got = lines(_PLAY)
    assert got["Is the ewe still down?"] == "Toby Aberfoyle"
    assert got["(not looking up) Since noon."] == "Nell Aberfoyle"
    assert got["Evening, Nell. Where is she?"] == "Silas Marchbank"  # cued by surname
    # stage directions, the cast list and the headings are no one's words
    assert got["MARCHBANK enters with his bag."] == "narrator"
    assert got["NELL ABERFOYLE, a farmer, fifties"] == "narrator"
    assert got["Blackout."] == "narrator"


def test_a_cast_lists_rehearsal_call_sheet_is_no_play() -> None:
    # the same cast list above the names alone on their lines, with times below them
    text = (
        "THE NARROW FIELD - rehearsal calls\n"
        "CAST\n"
        "NELL ABERFOYLE, a farmer, fifties\n"
        "TOBY ABERFOYLE, her nephew\n"
        "\n"
        "NELL\n"
        "Monday 10:00, Act One\n"
        "TOBY\n"
        "Monday 14:00, Act One\n"
        "NELL\n"
        "Tuesday 10:00, Act Two\n"
        "TOBY\n"
        "Tuesday 14:00, Act Two\n"
    )
    assert set(lines(text).values()) == {"narrator"}
    # the same with full stops: nobody talks to anybody
    stopped = text.replace(", Act One\n", ", Act One.\n").replace(", Act Two\n", ", Act Two.\n")
    assert set(lines(stopped).values()) == {"narrator"}


def test_headings_in_capitals_under_a_cast_list_are_no_cues() -> None:
    # a review lists the cast, then its sections in capitals: none comes back as a cue
    text = (
        "Review: The Narrow Field at the Corn Exchange\n"
        "CAST\n"
        "NELL ABERFOYLE, played by Ruth Dane\n"
        "TOBY ABERFOYLE, played by Sam Ilori\n"
        "\n"
        "STAGING\n"
        "The barn is built on a revolve. It works.\n"
        "PERFORMANCES\n"
        "Dane is superb as Nell. Ilori is less sure.\n"
        "VERDICT\n"
        "Go, and take a coat.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


# -- a programme's timed slots: a speaker and a talk's title, a meal and its room ------------

_SLOTS = (
    "SOUTH SHORE FISHERIES FORUM 2027\n"
    "Programme - Day 1\n"
    "\n"
    "09:30    Welcome and keynote\n"
    "          Chair: Dr. Ilse Fenwick\n"
    "11:00    Session A: Stocks (Room 2)\n"
    "          Chair: Prof. Amos Tregarth\n"
    "          11:00  Rhiannon Vale: Crab pot bycatch in shallow bays\n"
    "          11:20  Piotr Lesniak: Ten years of cod tagging\n"
    "          11:40  Q&A: Open floor\n"
    "12:30    Lunch: Refectory\n"
    "14:00    Panel: Who owns the quota\n"
    "          Moderator: Hester Quinn (Radio Southshore)\n"
    "Contact: forum@southshore.example\n"
)


def test_a_programmes_timed_speakers_and_talk_titles_are_no_turns() -> None:
    got = lines(_SLOTS)
    assert set(got.values()) == {"narrator"}


def test_a_chats_timed_senders_who_come_back_still_speak() -> None:
    # times to the minute and short lines with no full stop, as a programme's, but the
    # senders come back: a chat
    text = (
        "10:02  Gwen Osei: anyone on the rota this weekend\n"
        "10:03  Tom Reyes: me saturday\n"
        "10:05  Gwen Osei: great, sunday then\n"
        "10:06  Tom Reyes: ask Ada\n"
    )
    got = lines(text)
    assert got["10:03  Tom Reyes: me saturday"] == "Tom Reyes"
    assert got["10:05  Gwen Osei: great, sunday then"] == "Gwen Osei"


# -- a header's key: several fields on one line, each code its own field's ------------------

_KEYED = (
    "HALDEN RESEARCH CENTRE - Interview transcript H-207\n"
    "Interviewer: Mira Castell (MC)    Interpreter: Jonas Brevik (INTERP)    Respondent: "
    "Aster Nuñez Pardo (R)\n"
    "\n"
    "MC: Thank you for coming. How did you come to Halden?\n"
    "INTERP: Obrigado por ter vindo. Como veio parar a Halden?\n"
    "R: Vim de comboio. Demorou dois dias.\n"
    "INTERP: I came by train. It took two days.\n"
    "MC: Were you alone?\n"
    "INTERP: Estava sozinha?\n"
    "R: Não, com o meu irmão.\n"
    "INTERP: No, with my brother.\n"
)


def test_each_field_on_a_header_line_names_its_own_code() -> None:
    got = lines(_KEYED)
    assert got["INTERP: I came by train. It took two days."] == "Jonas Brevik"
    assert got["R: Vim de comboio. Demorou dois dias."] == "Aster Nuñez Pardo"
    assert got["MC: Were you alone?"] == "Mira Castell"


def test_codes_on_one_header_line_that_abbreviate_no_part_name_no_one() -> None:
    # the look-alike: a station's and a council's abbreviations after their names, two
    # fields on one line; "APP" is not the start of "Station", "BCC" not "Observer"'s
    text = (
        "APPROACH CONTROL - RECORDED COMMUNICATIONS\n"
        "Station: Kelby Approach (APP)    Observer: Ann Lee (BCC)    Relief: Tom Ash (R)\n"
        "\n"
        "APP: Skyline three one, descend to four thousand.\n"
        "SKY31: Down to four thousand, Skyline three one.\n"
        "APP: Skyline three one, contact ground.\n"
        "SKY31: Ground, Skyline three one.\n"
        "BCC: Noted, thank you.\n"
    )
    got = lines(text)
    assert got["APP: Skyline three one, contact ground."] == "APP"
    assert got["BCC: Noted, thank you."] == "BCC"


# -- a header's "Languages:" field ------------------------------------------------------------


def test_a_headers_languages_field_is_narration() -> None:
    text = (
        "HALDEN RESEARCH CENTRE - Interview transcript H-208\n"
        "Interviewer: Mira Castell    Respondent: Aster Pardo\n"
        "Languages: English / Portuguese. The respondent's words are given in Portuguese.\n"
        "Recorded 3 May 2026, Halden library. Extract.\n"
        "\n"
        "MIRA CASTELL: How did you come to Halden?\n"
        "ASTER PARDO: De comboio.\n"
        "MIRA CASTELL: Alone?\n"
        "ASTER PARDO: Com o meu irmão.\n"
    )
    got = lines(text)
    field = "Languages: English / Portuguese. The respondent's words are given in Portuguese."
    assert got[field] == "narrator"
    assert got["Recorded 3 May 2026, Halden library. Extract."] == "narrator"
    assert got["ASTER PARDO: De comboio."] == "ASTER PARDO"


def test_languages_read_out_inside_a_turn_stay_the_speakers() -> None:
    # the look-alike: a speaker lists the school's offer, her turn going on below
    text = (
        "HEAD: Welcome, everyone. Here is what we teach.\n"
        "Languages: French, Spanish and, from next year, Mandarin.\n"
        "And all of them to the final year.\n"
        "PARENT: What about Latin?\n"
        "HEAD: Not yet, I'm afraid.\n"
    )
    got = lines(text)
    assert got["Languages: French, Spanish and, from next year, Mandarin."] == "HEAD"


# -- a legend spelling out a call sign with its own number ------------------------------------

_ATC = (
    "KELBY INCIDENT BOARD\n"
    "Transcript of recorded air-ground communications - Kelby Tower\n"
    "Legend: TWR = Kelby Tower; SKF218 = Skyfold 218 (A320); HLX5 = Helix Air 5 (DH8D); "
    "CTR3 = Sector 4 (Kelby Centre)\n"
    "\n"
    "TIME       FROM     TO       TEXT\n"
    "0412:03    TWR      SKF218   Skyfold two one eight, runway two seven, cleared to land.\n"
    "0412:09    SKF218   TWR      Cleared to land two seven, Skyfold two one eight.\n"
    "0412:31    HLX5     TWR      Kelby Tower, Helix five, holding point two seven.\n"
    "0412:35    TWR      HLX5     Helix five, hold position.\n"
    "0412:39    HLX5     TWR      Holding position, Helix five.\n"
    "0412:44    CTR3     TWR      Tower, Centre, traffic for you at four thousand.\n"
    "0412:50    TWR      CTR3     Copied, Centre.\n"
)


def test_a_legends_call_sign_spelled_out_with_its_number_names_the_voice() -> None:
    got = lines(_ATC)
    assert got[
        "0412:09    SKF218   TWR      Cleared to land two seven, Skyfold two one eight."
    ] == ("Skyfold 218")
    assert got["0412:39    HLX5     TWR      Holding position, Helix five."] == "Helix Air 5"


def test_a_legends_code_beside_another_number_is_no_call_sign_spelled_out() -> None:
    # the look-alike: "CTR3 = Sector 4": a sector's number, not the code's own
    got = lines(_ATC)
    assert got["0412:44    CTR3     TWR      Tower, Centre, traffic for you at four thousand."] == (
        "CTR3"
    )


# -- a speaker key's line, however long ------------------------------------------------------

_KEY = (
    "KELBY POLICE - BODY-WORN CAMERA TRANSCRIPT\n"
    "KEY: OFC. MARSH = Officer Lena Marsh (#2210); OFC. QUAYLE = Officer Tobin Quayle "
    "(#1876); DRIVER = operator of stopped vehicle; DISPATCH = KPD radio; UM = unidentified "
    "male (passenger)\n"
    "\n"
    "[00:00:14] OFC. MARSH: Evening. Your rear plate light's out.\n"
    "[00:00:19] DRIVER: Oh. I didn't know that.\n"
    "[00:00:25] OFC. QUAYLE: Hands where I can see them, please.\n"
    "[00:00:31] DRIVER: Sure.\n"
    "[00:00:36] OFC. MARSH: Thanks. Back in a minute.\n"
    "[00:00:44] OFC. QUAYLE: Nobody said you were in trouble.\n"
)


def test_a_long_speaker_key_line_names_its_codes() -> None:
    got = lines(_KEY)
    assert got["[00:00:25] OFC. QUAYLE: Hands where I can see them, please."] == "Tobin Quayle"
    assert got["[00:00:19] DRIVER: Oh. I didn't know that."] == "DRIVER"  # a role, no name


def test_a_long_note_setting_a_code_equal_is_no_key() -> None:
    # the look-alike: a long caveat line that is no key; an equation in it names no label
    text = (
        "KELBY POLICE - BODY-WORN CAMERA TRANSCRIPT\n"
        "Note: this transcript was prepared by the records unit from the camera's audio, and "
        "where the audio is unclear the transcriber has written UNIT = Tobin Quayle's unit; it "
        "is not evidence of identity.\n"
        "\n"
        "[00:00:14] UNIT: Evening. Your rear plate light's out.\n"
        "[00:00:19] DRIVER: Oh. I didn't know that.\n"
        "[00:00:25] UNIT: Licence, please.\n"
        "[00:00:31] DRIVER: Sure.\n"
    )
    got = lines(text)
    assert got["[00:00:25] UNIT: Licence, please."] == "UNIT"


# -- a role in parentheses after a listed name, an affiliation after it -----------------------


def _panel(listed: str) -> str:
    return (
        "# Panel: Who Owns the Quay? - Full Transcript\n"
        f"**Panelists:** {listed}; Abel Moreno-Sike (Quay Tenants); Orla Finch (Port Board)\n"
        "---\n"
        "\n"
        "**Moderator:** Good evening. What is the quay for?\n"
        "**Moreno-Sike:** For the people who live on it.\n"
        "**Finch:** And for the jobs it keeps.\n"
        "**Moderator:** Let's stay with jobs. How many?\n"
        "**Finch:** Nine hundred today.\n"
    )


def test_a_role_in_parentheses_before_an_affiliation_names_the_moderator() -> None:
    got = lines(_panel("Ines Castell (moderator, *Quay Courier*)"))
    assert got["**Moderator:** Let's stay with jobs. How many?"] == "Ines Castell"


def test_a_former_role_in_parentheses_names_no_moderator() -> None:
    # the look-alike: the role is not the person's now, nor first in the parentheses
    got = lines(_panel("Ines Castell (formerly moderator, *Quay Courier*)"))
    assert got["**Moderator:** Let's stay with jobs. How many?"] == "Moderator"


# -- a councillor's abbreviated title -----------------------------------------------------


def _council_panel(listed: str) -> str:
    return (
        "# Panel: Who Owns the Quay? - Full Transcript\n"
        f"**Panelists:** {listed}; Orla Finch (Port Board)\n"
        "---\n"
        "\n"
        "**Finch:** The quay is for the jobs it keeps.\n"
        "**Cllr. Wielgus:** Jobs. Full stop.\n"
        "**Finch:** Nine hundred of them.\n"
        "**Cllr. Wielgus:** Not enough.\n"
    )


def test_a_councillors_abbreviated_title_and_surname_take_the_listed_name() -> None:
    got = lines(_council_panel("Cllr. Tomasz Wielgus"))
    assert got["**Cllr. Wielgus:** Not enough."] == "Tomasz Wielgus"


def test_two_listed_councillors_of_one_surname_leave_the_label_as_written() -> None:
    # the look-alike: the list gives two people the label may be
    got = lines(_council_panel("Cllr. Tomasz Wielgus; Cllr. Anna Wielgus"))
    assert got["**Cllr. Wielgus:** Not enough."] == "Cllr. Wielgus"


# -- a WebVTT voice tag with a class ---------------------------------------------------------

_VTT = (
    "WEBVTT\n"
    "\n"
    "1\n"
    "00:00:01.000 --> 00:00:04.000\n"
    "<v Hanne Solvik>Okay, we're recording.\n"
    "\n"
    "2\n"
    "00:00:05.100 --> 00:00:07.000\n"
    "<v Desmond Achter>Loud and clear.\n"
    "\n"
    "3\n"
    "00:00:07.300 --> 00:00:09.900\n"
    "<v Hanne Solvik>Three applications left.\n"
    "\n"
    "4\n"
    "00:00:10.500 --> 00:00:12.700\n"
    "<v.loud Desmond Achter>Quarry Lane is the strongest.\n"
    "\n"
    "5\n"
    "00:00:13.000 --> 00:00:14.900\n"
    "<v Hanne Solvik>Noted.\n"
    "<c.yellow>Agreed by all.</c>\n"
)


def test_a_voice_tag_with_a_class_names_its_voice() -> None:
    got = lines(_VTT)
    assert got["<v.loud Desmond Achter>Quarry Lane is the strongest."] == "Desmond Achter"


def test_a_class_tag_that_is_no_voice_names_no_one() -> None:
    # the look-alike: "<c.yellow>" styles the text; the line is the voice above's
    got = lines(_VTT)
    assert got["<c.yellow>Agreed by all.</c>"] == "Hanne Solvik"


# -- a transcript's caveat, its errors named before the transcript ---------------------------

_CALL = (
    "Kelby Tools Q3 2026 Earnings Call Transcript\n"
    "Call participants:\n"
    "Ana Reyes -- Head of Investor Relations\n"
    "Tom Ash -- Chief Executive Officer\n"
    "\n"
    "Operator\n"
    "Good day, and welcome to the call. Please go ahead.\n"
    "Ana Reyes -- Head of Investor Relations\n"
    "Thank you, operator. With me is Tom Ash, our CEO.\n"
    "Tom Ash -- Chief Executive Officer\n"
    "Thanks, Ana. Revenue was up 9%.\n"
    "Operator\n"
    "That concludes the call.\n"
    "Ana Reyes -- Head of Investor Relations\n"
    "Thanks, everyone. {last}\n"
    "Duration: 31 minutes\n"
    "{caveat}\n"
)


def test_a_caveat_naming_the_errors_before_this_transcript_closes_it() -> None:
    caveat = (
        "This article is a transcript of this conference call produced for Kelby Markets. "
        "While we strive for our best, there may be errors, omissions, or inaccuracies in "
        "this transcript."
    )
    got = lines(_CALL.format(last="Talk soon.", caveat=caveat))
    assert got[caveat] == "narrator"
    assert got["Duration: 31 minutes"] == "narrator"


def test_a_speakers_last_words_about_errors_in_the_transcript_stay_hers() -> None:
    # the look-alike: the speaker's own last line, about another transcript
    last = "The minutes may contain errors, so please check the transcript."
    got = lines(_CALL.format(last="Talk soon.", caveat=last).replace("Duration: 31 minutes\n", ""))
    assert got[last] == "Ana Reyes"


# -- a show's credit for a voice off screen ----------------------------------------------------

_SHOW = (
    '"QUIZ OR BUST" - Series 2, Episode 4\n'
    "As-broadcast transcript\n"
    "HOST: Lucan Merry\n"
    "ANNOUNCER (V.O.): {credit}\n"
    "\n"
    "ANNOUNCER (V.O.): It's time for... Quiz or Bust! And here's your host!\n"
    "HOST: Thank you! Tonight's contestants - from Lowmoor, it's Priya Vant!\n"
    "PRIYA: Hi! Hi, Mum!\n"
    "HOST: First question, Priya.\n"
    "PRIYA: Go on then.\n"
)


def test_a_credit_for_the_voice_off_screen_names_the_announcer() -> None:
    got = lines(_SHOW.format(credit="Tilly Spragg"))
    assert got["ANNOUNCER (V.O.): Tilly Spragg"] == "narrator"
    assert got["ANNOUNCER (V.O.): It's time for... Quiz or Bust! And here's your host!"] == (
        "Tilly Spragg"
    )


def test_the_voice_off_screen_speaking_at_the_top_is_no_credit() -> None:
    # the look-alike: the announcer's first words, a sentence, in the credit's place
    got = lines(_SHOW.format(credit="Welcome to the studio."))
    assert got["ANNOUNCER (V.O.): Welcome to the studio."] == "ANNOUNCER"


# -- a record's note on a role in lower case -----------------------------------------------

_RECORD = (
    "HARBOURLINE - CALL RECORD\n"
    "Call ID: HL-26-0881    Date: 19/09/2026\n"
    "Call taker: Bettina Auld (ID 4471)\n"
    "Caller: {note}\n"
    "\n"
    "TRANSCRIPT\n"
    "CALL TAKER: Harbourline, you're through to Bettina. Take your time.\n"
    "CALLER: Hi. Sorry. I don't know why I rang.\n"
    "CALL TAKER: That's okay. You don't need a reason.\n"
    "CALLER: It's just everything.\n"
)


def test_a_records_lower_case_note_on_the_caller_is_no_turn() -> None:
    note = "declined to give name. Age approx. 40s. Consented to recording."
    got = lines(_RECORD.format(note=note))
    assert got[f"Caller: {note}"] == "narrator"
    assert got["TRANSCRIPT"] == "narrator"
    assert got["CALLER: It's just everything."] == "CALLER"


def test_a_callers_first_words_typed_in_lower_case_still_speak() -> None:
    # the look-alike: a machine's unpunctuated, asking line in the note's place
    note = "hello is anyone there?"
    got = lines(_RECORD.format(note=note))
    assert got[f"Caller: {note}"] != "narrator"


# -- a police record's driver asked his name --------------------------------------------------

_STOP = (
    "KELBY POLICE - BODY-WORN CAMERA TRANSCRIPT\n"
    "\n"
    "[00:00:14] OFC. MARSH: Evening. Your rear plate light's out.\n"
    "[00:00:19] DRIVER: Oh. I didn't know that.\n"
    "[00:00:41] OFC. MARSH: {question}\n"
    "[00:00:43] DRIVER: Wendell. Wendell Ashby.\n"
    "[00:00:47] [{note}]\n"
    "[00:02:30] OFC. MARSH: You're good. Get the light fixed.\n"
    "[00:02:38] DRIVER: I will. Thank you, officer.\n"
)


def test_a_driver_asked_his_name_is_the_name_he_gives() -> None:
    got = lines(_STOP.format(question="What's your name, sir?", note="Driver hands over papers."))
    assert got["[00:02:38] DRIVER: I will. Thank you, officer."] == "Wendell Ashby"


def test_a_driver_naming_someone_unasked_stays_the_driver() -> None:
    # the look-alike: the officer asks whose car it is; the name is the owner's
    got = lines(_STOP.format(question="Whose car is this?", note="Driver hands over papers."))
    assert got["[00:02:38] DRIVER: I will. Thank you, officer."] == "DRIVER"


def test_an_answered_name_takes_the_middle_initial_the_record_gives() -> None:
    note = "Licence identifies driver as Wendell T. Ashby."
    got = lines(_STOP.format(question="What's your name, sir?", note=note))
    assert got["[00:02:38] DRIVER: I will. Thank you, officer."] == "Wendell T. Ashby"


def test_two_middle_initials_leave_the_answered_name_as_said() -> None:
    # the look-alike: the record gives two people of that name, father and son
    note = "Car registered to Wendell R. Ashby; licence identifies driver as Wendell T. Ashby."
    got = lines(_STOP.format(question="What's your name, sir?", note=note))
    assert got["[00:02:38] DRIVER: I will. Thank you, officer."] == "Wendell Ashby"


# -- a timed note that the recording ends, a footer below it --------------------------------

_ENDING = (
    "KELBY POLICE - BODY-WORN CAMERA TRANSCRIPT\n"
    "\n"
    "[00:00:14] OFC. MARSH: Evening. Your rear plate light's out.\n"
    "[00:00:19] DRIVER: Oh. I didn't know that.\n"
    "[00:02:30] OFC. MARSH: Get the light fixed.\n"
    "[00:02:38] DRIVER: I will. Thank you, officer.\n"
    "[00:02:49] {end}\n"
    "Page 1 of 1 - KPD Records Unit - Released under request PR-26-0912\n"
)


def test_a_footer_below_a_timed_recording_ends_note_is_narration() -> None:
    got = lines(_ENDING.format(end="[Recording ends.]"))
    assert got["Page 1 of 1 - KPD Records Unit - Released under request PR-26-0912"] == "narrator"


def test_a_timed_line_saying_when_recording_ends_is_no_note() -> None:
    # the look-alike: unbracketed words under a time, the driver's going on
    text = _ENDING.format(end="Recording ends when you say so, right?")
    got = lines(text)
    assert got["[00:02:49] Recording ends when you say so, right?"] != "narrator"


# -- a numbered speaker named by the one who takes up its question ----------------------------

_SYNC = (
    "Weekly sync - Kelby Library Renovation\n"
    "Thu, Oct 8, 2026 9:31AM\n"
    "\n"
    "Speaker 1  00:02\n"
    "Okay, we're recording. Quentin, the contractor?\n"
    "\n"
    "Quentin Farrow  00:07\n"
    "Sure. Halberd came back with a revised quote.\n"
    "\n"
    "Speaker 1  01:05\n"
    "{question}\n"
    "\n"
    "Quentin Farrow  01:08\n"
    "{reply}\n"
    "\n"
    "Speaker 1  01:26\n"
    "Okay. Action items next week.\n"
    "\n"
    "Quentin Farrow  01:30\n"
    "Fine by me.\n"
)


def test_a_numbered_speaker_is_the_name_its_question_is_answered_with() -> None:
    got = lines(_SYNC.format(question="How much is it up?", reply="Good question, Ines. Eleven."))
    assert got["Okay. Action items next week."] == "Ines"


def test_a_third_person_asked_on_names_no_numbered_speaker() -> None:
    # the look-alike: the reply hands the question to someone else by name
    got = lines(_SYNC.format(question="Who's taking minutes?", reply="Well, Marta, you did."))
    assert got["Okay. Action items next week."] == "Speaker 1"


# -- a briefing's reporter called on by given name ---------------------------------------------

_BRIEFING = (
    "OFFICE OF THE PREMIER\n"
    "Press Briefing by Press Secretary Anders Halvor\n"
    "\n"
    "MR. HALVOR:  Good morning. The Premier travels to Dunmore on Friday.\n"
    "{call}\n"
    "Q    Thanks, Anders. Is the deficit target aspirational or a target?\n"
    "MR. HALVOR:  It's a target.\n"
    "Q    On Dunmore, will the Premier announce new money?\n"
    "MR. HALVOR:  I'm not going to get ahead of the Premier.\n"
)


def test_a_reporter_called_on_by_given_name_asks_the_next_question() -> None:
    got = lines(_BRIEFING.format(call="With that -- Greta."))
    assert got["Q    Thanks, Anders. Is the deficit target aspirational or a target?"] == "Greta"
    # the next reporter, called on by no one, stays Q
    assert got["Q    On Dunmore, will the Premier announce new money?"] == "Q"


def test_a_name_ending_the_turn_with_no_call_names_no_reporter() -> None:
    # the look-alike: a thank-you to someone, no words calling on the next question
    got = lines(_BRIEFING.format(call="My thanks to Greta."))
    assert got["Q    Thanks, Anders. Is the deficit target aspirational or a target?"] == "Q"


def test_a_reporter_handed_the_floor_with_go_ahead_stays_q() -> None:
    # the look-alike the studied briefings' readers keep "Q": "Go ahead, Dana."
    got = lines(_BRIEFING.format(call="Go ahead, Dana."))
    assert got["Q    Thanks, Anders. Is the deficit target aspirational or a target?"] == "Q"


# -- material inserted into a hearing's record --------------------------------------------------

_HEARING = (
    "HEARING BEFORE THE COMMITTEE ON TRANSPORT\n"
    "\n"
    "Senator FREER. Madam Chairman, I ask that the Eastline letter be entered into the record.\n"
    "The CHAIRMAN. Without objection.\n"
    "{note}\n"
    "EASTLINE RAIL SERVICES, April 29. Dear Dr. Okafor: The materials will be provided in due "
    "course. Sincerely, Corwin Hale.\n"
    "The CHAIRMAN. The committee stands adjourned.\n"
    "Senator FREER. Thank you.\n"
)


def test_a_letter_inserted_into_the_record_is_no_ones_words() -> None:
    got = lines(_HEARING.format(note="[The information referred to follows:]"))
    letter = (
        "EASTLINE RAIL SERVICES, April 29. Dear Dr. Okafor: The materials will be provided in "
        "due course. Sincerely, Corwin Hale."
    )
    assert got[letter] == "narrator"
    assert got["The CHAIRMAN. The committee stands adjourned."] != "narrator"


def test_a_paragraph_below_a_note_of_laughter_goes_on_with_the_turn() -> None:
    # the look-alike: a bracketed note that inserts nothing; the chairman reads on
    got = lines(_HEARING.format(note="[Laughter.]"))
    letter = (
        "EASTLINE RAIL SERVICES, April 29. Dear Dr. Okafor: The materials will be provided in "
        "due course. Sincerely, Corwin Hale."
    )
    assert got[letter] != "narrator"


def test_a_witnesss_prepared_statement_inserted_stays_the_witnesss() -> None:
    # the look-alike: the studied hearings give a prepared statement to its witness
    text = (
        "HEARING BEFORE THE COMMITTEE ON TRANSPORT\n"
        "\n"
        "The CHAIRMAN. Mr. Smith, please proceed.\n"
        "Mr. SMITH. Thank you. I will summarise.\n"
        "[The prepared statement of Mr. Smith follows:]\n"
        "Chairman Brandt and members, thank you for the opportunity to testify.\n"
        "The CHAIRMAN. Thank you.\n"
        "Mr. SMITH. Thank you.\n"
    )
    got = lines(text)
    assert got["Chairman Brandt and members, thank you for the opportunity to testify."] != (
        "narrator"
    )


# -- a council's closing note on where its transcript comes from -------------------------------

_MINUTES = (
    "KELBY CITY COUNCIL - VERBATIM MINUTES\n"
    "\n"
    "MAYOR ROE: We're on item five. All in favor? Carries.\n"
    "COUNCILMEMBER ASH: Thank you, Mayor.\n"
    "MAYOR ROE: We're adjourned at 7:41.\n"
    "{last}\n"
)


def test_a_note_transcribed_from_the_recording_closes_the_minutes() -> None:
    last = "Transcribed from the official audio recording. Approved by Council. Attest: Ann Lee"
    got = lines(_MINUTES.format(last=last))
    assert got[last] == "narrator"


def test_the_mayors_last_words_about_a_transcript_stay_hers() -> None:
    # the look-alike: "transcribed from" in the chair's own sentence, no recording
    last = "Transcribed from my notes, that is the motion as carried."
    got = lines(_MINUTES.format(last=last))
    assert got[last] == "MAYOR ROE"


# -- a reporting firm's footer with its telephone after a star ---------------------------------

_DEPOSITION = (
    "DEPOSITION OF MARGARET VOSS\n"
    "\n"
    "BY MR. CALDERA:\n"
    "     Q.   Ms. Voss, you signed the dock log that day?\n"
    "     A.   I did.\n"
    "     Q.   Who kept the log?\n"
    "     A.   The firm on the sign.\n"
    "{tail}"
)


def test_a_reporting_firms_footer_with_its_telephone_is_narration() -> None:
    got = lines(_DEPOSITION.format(tail="          KELBY COURT REPORTING  *  (555) 010-4400\n"))
    assert got["KELBY COURT REPORTING  *  (555) 010-4400"] == "narrator"


def test_the_firms_name_read_out_by_the_witness_stays_hers() -> None:
    # the look-alike: the witness reads the firm's sign aloud under her own label (a
    # footer unlabelled inside the text is a page's, as a deposition prints one a page)
    tail = "     THE WITNESS:  KELBY COURT REPORTING  *  (555) 010-4400, it said.\n"
    got = lines(_DEPOSITION.format(tail=tail))
    assert got["THE WITNESS:  KELBY COURT REPORTING  *  (555) 010-4400, it said."] != "narrator"


# -- a time of day ending a wrapped sentence ----------------------------------------------------

_RECORD_TIMES = (
    "DEPOSITION OF MARGARET VOSS\n"
    "\n"
    " 1             THE VIDEOGRAPHER:  {said}\n"
    " 2   11:10 a.m.\n"
    " 3   BY MR. CALDERA:\n"
    " 4        Q.   Ms. Voss, you signed the dock log that day?\n"
    " 5        A.   I did.\n"
    " 6        Q.   And the entry at four?\n"
    " 7        A.   Mine too.\n"
    " 8             THE VIDEOGRAPHER:  We are going off the record.\n"
)


def test_a_time_ending_the_videographers_wrapped_sentence_is_said() -> None:
    got = lines(_RECORD_TIMES.format(said="We're back on the record at"))
    assert got["2   11:10 a.m."] == "THE VIDEOGRAPHER"


def test_a_time_below_a_finished_sentence_is_the_records_mark() -> None:
    # the look-alike: the sentence ended above; the time alone is the record's
    got = lines(_RECORD_TIMES.format(said="We're back on the record."))
    assert got["2   11:10 a.m."] == "narrator"


def _subject(question: str, answer: str) -> str:
    return (
        "PORT KELBY POLICE - BODY-WORN CAMERA RECORDING\n"
        "\n"
        "[00:00:31] OFFICER: Sir? Can you step over here for me?\n"
        "[00:00:34] SUBJECT: I didn't do anything. I live here.\n"
        f"[00:00:37] OFFICER: Okay. {question}\n"
        f"[00:00:42] SUBJECT: {answer}\n"
        "[00:00:47] OFFICER: Okay. We got a call about car doors.\n"
        "[00:00:52] SUBJECT: That's my car.\n"
    )


def test_a_police_records_subject_asked_his_name_is_the_name_he_gives() -> None:
    got = lines(_subject("What's your name?", "Calvin. Calvin Orte. O-R-T-E."))
    assert got["[00:00:52] SUBJECT: That's my car."] == "Calvin Orte"


def test_a_subject_asked_where_he_lives_names_no_one() -> None:
    # the look-alike: a street's name answering another question
    got = lines(_subject("Where do you live?", "Calder Row. Calder Row, number ten."))
    assert got["[00:00:52] SUBJECT: That's my car."] == "SUBJECT"


# -- a header's second field with its role noted in parentheses ----------------------------------

_PHONE_IN = (
    "KELBY FM - FIX IT FRIDAY\n"
    "{header}\n"
    "\n"
    "HOST: Morning, Kelby! Lines are open.\n"
    "CALLER: Hi Gwen. My storm door slams like a gunshot.\n"
    "HOST: Check the closer's screw first.\n"
    "CALLER: That's it? A screw?\n"
)


def test_a_header_field_with_its_role_noted_in_parentheses_is_narration() -> None:
    header = "Host: Gwen Pardoe. Producer (screening calls): Nils Ahearn."
    got = lines(_PHONE_IN.format(header=header))
    assert got[header] == "narrator"
    assert got["HOST: Check the closer's screw first."] == "Gwen Pardoe"


def test_a_hosts_opening_sentence_in_the_headers_place_still_speaks() -> None:
    # the look-alike: the host's words, a sentence, then a question in parentheses
    header = "Host: Welcome back. Producer (on the line): are you there?"
    got = lines(_PHONE_IN.format(header=header))
    assert got[header] != "narrator"
