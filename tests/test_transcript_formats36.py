"""Transcripts, round 22 (stop 35): the causes of a studied set's misses (blindtx23), each rule on
an invented input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from test_transcript_formats import lines

# -- an FAQ page whose answer quotes someone ------------------------------------------------

_FAQ_QUOTING = (
    "Millbrook Library — Frequently Asked Questions\n"
    "\n"
    "Q: How many books can I borrow?\n"
    "A: Twelve at a time, for three weeks.\n"
    "\n"
    "Q: What did readers ask for last year?\n"
    'A: Longer hours. One reader wrote: "I would come every evening if I could."\n'
    "\n"
    "Q: Is there parking?\n"
    "A: Yes, behind the building.\n"
)


def test_a_quotation_inside_an_faq_answer_leaves_the_page_nobodys() -> None:
    got = lines(_FAQ_QUOTING)
    assert got["Q: What did readers ask for last year?"] == "narrator"
    assert got["A: Yes, behind the building."] == "narrator"


def test_an_faq_headed_interview_whose_answer_says_i_stays_a_transcript() -> None:
    # the expert speaks as herself outside the quotation: an interview, as before
    text = _FAQ_QUOTING.replace("A: Longer hours.", "A: I think longer hours.")
    got = lines(text)
    assert got["A: Yes, behind the building."] == "A"
    assert got["Q: Is there parking?"] == "Q"


# -- a long "Persons:" line listing who is on the recording -------------------------------

_BODYCAM = (
    "RIVERTON POLICE DEPARTMENT\n"
    "BODY-WORN CAMERA TRANSCRIPT\n"
    "Persons: OFC. HALE (Officer Dana Hale); OFC. MORROW (Officer Kenji Morrow); "
    "DRIVER (later identified as Tom Reyes); PASSENGER (not identified, adult female); "
    "DISPATCH (radio, not identified)\n"
    "\n"
    "OFC. HALE: Evening. Licence and registration, please.\n"
    "DRIVER: Sure, it's in the glovebox.\n"
    "OFC. MORROW: Keep your hands where I can see them, please.\n"
    "DRIVER: Okay, okay.\n"
    "OFC. MORROW: Thank you.\n"
)


def test_a_long_persons_line_names_the_labels_it_lists() -> None:
    got = lines(_BODYCAM)
    assert got["OFC. MORROW: Thank you."] == "Kenji Morrow"
    assert got["OFC. HALE: Evening. Licence and registration, please."] == "Dana Hale"


def test_a_long_line_of_prose_naming_an_officer_names_no_label() -> None:
    # a lede's sentence mentions the officer in passing: no roll, the label stays
    text = _BODYCAM.replace(
        "Persons: OFC. HALE",
        "The stop was filmed on a night when OFC. HALE",
    )
    assert lines(text)["OFC. MORROW: Thank you."] == "OFC. MORROW"


# -- initials beside a surname with a capital inside ("McAllister (RM)") -------------------

_NEGOTIATION = (
    "PAY TALKS — SESSION 2 — NOTE\n"
    "Management: Rhona McAllister (RM), Operations Director; Ian O'Brien (IO), HR\n"
    "Union: Jo Kerr (JK), Branch Secretary\n"
    "\n"
    "RM: We have looked at the numbers again.\n"
    "JK: And?\n"
    "IO: Three point eight from October.\n"
    "RM: That is our best offer.\n"
)


def test_initials_beside_a_mc_surname_take_its_full_name() -> None:
    got = lines(_NEGOTIATION)
    assert got["RM: That is our best offer."] == "Rhona McAllister"
    assert got["IO: Three point eight from October."] == "Ian O'Brien"
    assert got["JK: And?"] == "Jo Kerr"


def test_initials_a_mc_surname_does_not_spell_name_no_one() -> None:
    # "HR" are a department's letters, not "Rhona McAllister"'s: the label stays
    text = _NEGOTIATION.replace("Rhona McAllister (RM)", "Rhona McAllister (HR)")
    assert lines(text)["RM: That is our best offer."] == "RM"


# -- a transcript's "LEGEND:" and "Conventions:" fields ------------------------------------

_LEGENDED = (
    "FOCUS GROUP 3 — TRANSCRIPT\n"
    "Conventions: pauses over two seconds are marked; overlapping speech is not.\n"
    "LEGEND:\n"
    "M = moderator; P1-P3 = participants\n"
    "\n"
    "M: Let's start with the bus times.\n"
    "P1: They changed them without telling anyone.\n"
    "P2: The seven-fifteen is gone.\n"
    "M: And the evening buses?\n"
    "P1: Fine, mostly.\n"
)


def test_a_legend_and_conventions_field_above_the_turns_are_narration() -> None:
    got = lines(_LEGENDED)
    assert got["LEGEND:"] == "narrator"
    assert got["M = moderator; P1-P3 = participants"] == "narrator"
    assert got["Conventions: pauses over two seconds are marked; overlapping speech is not."] == (
        "narrator"
    )
    assert got["P2: The seven-fifteen is gone."] == "P2"


def test_a_legend_line_inside_a_turn_stays_the_speakers() -> None:
    # a speaker reads out a map's legend mid-turn: the turn goes on
    text = _LEGENDED.replace(
        "M: And the evening buses?\n",
        "M: Look at the map.\nLegend: the blue line is the old route.\nAnd the evening buses?\n",
    )
    assert lines(text)["Legend: the blue line is the old route."] == "M"


# -- an air-traffic record in columns, its legend's codes set off by a dash ----------------

_ATC = (
    "KELBY AIRPORT — ATC VOICE COMMUNICATIONS TRANSCRIPT\n"
    "LEGEND:\n"
    "TWR  — Kelby Tower, local controller Mara Vostok\n"
    "SKY42 — Skyline 42 (ATR 72), captain Owen Brandt, pilot flying\n"
    "GX7 — private Piper G-GXXV, pilot Lena Holm\n"
    "GND — Kelby Ground (controller not identified)\n"
    "----------------------------------------\n"
    "1002:10  SKY42   Kelby Tower, Skyline four two, ten miles final.\n"
    "1002:18  TWR     Skyline four two, continue, one ahead.\n"
    "1002:25  GX7     Tower, Golf X-ray Seven, we have a rough engine.\n"
    "1002:31  TWR     Golf X-ray Seven, say your position.\n"
    "1002:40  GX7     Holding at Alpha, request to vacate.\n"
    "1002:52  GND     Golf X-ray Seven, taxi to the apron via Charlie.\n"
    "1003:01  SKY42   Going around, Skyline four two.\n"
)


def test_a_dashed_legend_names_the_person_or_station_each_code_stands_for() -> None:
    got = lines(_ATC)
    assert got["1002:18  TWR     Skyline four two, continue, one ahead."] == "Mara Vostok"
    assert got["1003:01  SKY42   Going around, Skyline four two."] == "Owen Brandt"
    assert got["1002:40  GX7     Holding at Alpha, request to vacate."] == "Lena Holm"
    # no controller named: the station the legend spells the code out as
    assert got["1002:52  GND     Golf X-ray Seven, taxi to the apron via Charlie."] == (
        "Kelby Ground"
    )
    assert got["GX7 — private Piper G-GXXV, pilot Lena Holm"] == "narrator"


def test_a_dashed_legend_that_names_no_one_leaves_the_codes_as_written() -> None:
    # what a code stands for in lower case words only ("ground frequency") names no one
    text = _ATC.replace("Kelby Tower, local controller Mara Vostok", "tower frequency").replace(
        "Kelby Ground (controller not identified)", "ground frequency"
    )
    got = lines(text)
    assert got["1002:18  TWR     Skyline four two, continue, one ahead."] == "TWR"
    assert got["1002:52  GND     Golf X-ray Seven, taxi to the apron via Charlie."] == "GND"
    assert got["1003:01  SKY42   Going around, Skyline four two."] == "Owen Brandt"


# -- a numbered speaker naming themself "for the notes" ------------------------------------

_OTTER = (
    "Residents Association Sync\n"
    "\n"
    "Speaker 1  00:03\n"
    "Okay, we're recording. So, for the notes, I'm Ravi Okonjo, I'm chairing today.\n"
    "\n"
    "Speaker 2  00:11\n"
    "Can everyone hear me?\n"
    "\n"
    "Speaker 1  00:14\n"
    "Yes. First item is the bins.\n"
    "\n"
    "Speaker 2  00:20\n"
    "They were late again.\n"
)


def test_a_numbered_speaker_naming_themself_for_the_notes_takes_that_name() -> None:
    got = lines(_OTTER)
    assert got["Yes. First item is the bins."] == "Ravi Okonjo"
    assert got["They were late again."] == "Speaker 2"


def test_a_numbered_speaker_saying_what_they_are_for_the_notes_keeps_the_number() -> None:
    # "I'm Not Sure" is no name: common words the text writes in lower case
    text = _OTTER.replace("I'm Ravi Okonjo, I'm chairing today.", "I'm Not Sure, not yet sure.")
    assert lines(text)["Yes. First item is the bins."] == "Speaker 1"


# -- a participant's numbered code abbreviating the field ("Participant: ... (P31)") -------

_NUMBERED_CODE = (
    "Labour Migration Project — interview LMP-031\n"
    "Interviewer: Hanne Lind (INT)\n"
    "Participant: Rosa Aguilar Mora (P31), consented to use of full name\n"
    "Observer: Ann Lee (BCC2)\n"
    "\n"
    "INT: How did you come to work here?\n"
    "P31: My cousin already worked in the greenhouses.\n"
    "INT: Was it hard?\n"
    "P31: Twelve hours a day.\n"
    "BCC2: Noted for the council.\n"
)


def test_a_numbered_code_abbreviating_the_field_names_its_person() -> None:
    got = lines(_NUMBERED_CODE)
    assert got["P31: Twelve hours a day."] == "Rosa Aguilar Mora"
    assert got["INT: Was it hard?"] == "Hanne Lind"


def test_a_numbered_code_abbreviating_no_field_names_no_one() -> None:
    # "BCC2" is a council's code, not the start of "Observer": it stays as written
    assert lines(_NUMBERED_CODE)["BCC2: Noted for the council."] == "BCC2"


# -- a quiz's numbered contestants ("CONTESTANT 1:") ----------------------------------------

_QUIZ = (
    "BRAINSTORM — production transcript\n"
    "Host: Gus Lowe\n"
    "\n"
    "00:00:24  HOST: Welcome. In seat one, a librarian.\n"
    "00:00:31  CONTESTANT 1: Hi, Gus!\n"
    "00:00:34  HOST: And in seat two, a pilot.\n"
    "00:00:37  CONTESTANT 2: Delighted to be here.\n"
    "00:00:40  HOST: Which river flows through Carrowby?\n"
    "[BUZZ]\n"
    "00:00:44  CONTESTANT 2: The Ember.\n"
)


def test_a_numbered_contestants_label_is_a_label() -> None:
    got = lines(_QUIZ)
    assert got["00:00:44  CONTESTANT 2: The Ember."] == "CONTESTANT 2"
    assert got["00:00:31  CONTESTANT 1: Hi, Gus!"] == "CONTESTANT 1"
    assert got["00:00:40  HOST: Which river flows through Carrowby?"] == "Gus Lowe"


def test_a_results_cards_numbered_contestants_and_players_are_no_speakers() -> None:
    # the look-alike: "Label: value" lines of a card, numbered, no one talking
    text = (
        "QUIZ NIGHT — RESULTS CARD\n"
        "\n"
        "Round 1: General knowledge\n"
        "Contestant 1: Fenella Drax, 14 points\n"
        "Contestant 2: Ferdinand Achebe, 12 points\n"
        "Contestant 3: Ana Ruiz, 9 points\n"
        "Player 1: 22 points overall\n"
        "Player 2: 19 points overall\n"
    )
    got = lines(text)
    assert got["Contestant 2: Ferdinand Achebe, 12 points"] == "narrator"
    assert got["Player 2: 19 points overall"] == "narrator"


# -- numbered labels named by the header's numbered roll -----------------------------------


def test_a_numbered_label_takes_the_name_its_roles_roll_numbers_so() -> None:
    text = _QUIZ.replace(
        "Host: Gus Lowe\n",
        "Host: Gus Lowe\n"
        "Contestants: (1) Fenella Drax, librarian; (2) Ferdinand Achebe-Kaur, pilot;"
        " (3) to be announced\n",
    )
    got = lines(text)
    assert got["00:00:31  CONTESTANT 1: Hi, Gus!"] == "Fenella Drax"
    assert got["00:00:44  CONTESTANT 2: The Ember."] == "Ferdinand Achebe-Kaur"


def test_a_numbered_list_under_another_field_names_no_contestant() -> None:
    # "Prizes:" numbers trophies, not the contestants: the labels stay as written
    text = _QUIZ.replace(
        "Host: Gus Lowe\n",
        "Host: Gus Lowe\nPrizes: (1) Fenella Drax Trophy; (2) Ferdinand Achebe, a holiday\n",
    )
    got = lines(text)
    assert got["00:00:31  CONTESTANT 1: Hi, Gus!"] == "CONTESTANT 1"
    assert got["00:00:44  CONTESTANT 2: The Ember."] == "CONTESTANT 2"


# -- an exhibit printed in the Record below its heading ------------------------------------

_RECORD = (
    "CONGRESSIONAL RECORD — SENATE\n"
    "\n"
    "Mr. HALVERN. Madam President, I ask that a letter be printed in the Record.\n"
    "The PRESIDING OFFICER. Without objection, it is so ordered.\n"
    "(See exhibit 1.)\n"
    "Mr. HALVERN. I yield the floor.\n"
    "Mrs. OSTRANDER. Madam President, I suggest the absence of a quorum.\n"
    "EXHIBIT 1\n"
    "LANARK WATER ASSOCIATION,\n"
    "Dear Senator Halvern: On behalf of our members, we urge passage of the bill.\n"
    "Sincerely,\n"
    "Ada Frame, Director.\n"
)


def test_an_exhibit_the_record_refers_to_is_printed_not_said() -> None:
    got = lines(_RECORD)
    assert got["EXHIBIT 1"] == "narrator"
    assert got["Dear Senator Halvern: On behalf of our members, we urge passage of the bill."] == (
        "narrator"
    )
    assert got["Ada Frame, Director."] == "narrator"
    assert got["Mr. HALVERN. I yield the floor."] == "Mr. HALVERN"


def test_a_speaker_after_the_exhibit_speaks_again() -> None:
    text = _RECORD + "Mr. HALVERN. Madam President, I thank the Association.\n"
    got = lines(text)
    assert got["Mr. HALVERN. Madam President, I thank the Association."] == "Mr. HALVERN"
    assert got["Sincerely,"] == "narrator"


# -- a letter's salutation read out in a turn ("Dear Senator Halvern:") --------------------


def test_a_salutation_read_out_is_no_label_and_renames_no_one() -> None:
    text = (
        _RECORD.replace("(See exhibit 1.)\n", "")
        .replace("EXHIBIT 1\n", "")
        .replace("I suggest the absence of a quorum.", "I will read the letter I received.")
    )
    got = lines(text)
    # the letter is hers, read out; "Senator Halvern" is no speaker's longer name
    assert got["Dear Senator Halvern: On behalf of our members, we urge passage of the bill."] == (
        "Mrs. OSTRANDER"
    )
    assert got["Mr. HALVERN. I yield the floor."] == "Mr. HALVERN"


def test_a_name_that_starts_with_dear_is_still_a_label() -> None:
    text = (
        "Dearbhla Quinn: Welcome to the show.\n"
        "Tom Ash: Thanks for having me.\n"
        "Dearbhla Quinn: Let's begin.\n"
    )
    assert lines(text)["Dearbhla Quinn: Let's begin."] == "Dearbhla Quinn"


# -- an excerpt's end ("— End of excerpt —", "Excerpt ends. Full minutes ...") ---------------

_COUNCIL_EXCERPT = (
    "CITY OF HALLAM — COUNCIL MEETING, VERBATIM EXCERPT\n"
    "\n"
    "Mayor Roe: All in favor?\n"
    "Councilmember Ash: Aye.\n"
    "Mayor Roe: Motion carries.\n"
    "Excerpt ends. Full minutes are available from the Office of the City Clerk.\n"
)


def test_an_excerpts_end_closes_the_transcript() -> None:
    got = lines(_COUNCIL_EXCERPT)
    assert got["Excerpt ends. Full minutes are available from the Office of the City Clerk."] == (
        "narrator"
    )
    got = lines(
        _COUNCIL_EXCERPT.replace(
            "Excerpt ends. Full minutes", "\u2014 End of excerpt \u2014\nFull minutes"
        )
    )
    assert got["\u2014 End of excerpt \u2014"] == "narrator"
    assert got["Mayor Roe: Motion carries."] == "Mayor Roe"


def test_excerpt_ends_said_within_the_turns_stays_the_speakers() -> None:
    # read out by the mayor, a label below it: no closing line
    text = _COUNCIL_EXCERPT.replace(
        "Mayor Roe: All in favor?\n",
        "Mayor Roe: I read the clause.\nExcerpt ends. That is all it says.\nAll in favor?\n",
    )
    assert lines(text)["Excerpt ends. That is all it says."] == "Mayor Roe"


# -- a deposition's "THE REPORTER" named by "Reported by:" ---------------------------------

_DEPOSITION = (
    "DEPOSITION OF ANA RUIZ\n"
    "APPEARANCES: Tom Hale, Esq., for Plaintiff.\n"
    "Reported by: Sunita Pell, CSR No. 4471\n"
    "\n"
    "BY MR. HALE:\n"
    "     Q.   Please state your name.\n"
    "     A.   Ana Ruiz.\n"
    "          THE REPORTER:  I'm sorry, could you repeat that?\n"
    "     A.   Ana Ruiz.\n"
)


def test_the_reporter_is_the_one_the_header_says_reported() -> None:
    got = lines(_DEPOSITION)
    assert got["THE REPORTER:  I'm sorry, could you repeat that?"] == "Sunita Pell"


def test_a_briefings_reporters_stay_many_under_a_reported_by_line() -> None:
    # "REPORTER" with no article is each reporter in turn: no one's name
    text = (
        "WHITE HOUSE BRIEFING\n"
        "Reported by: Sunita Pell\n"
        "\n"
        "MS. LANE: Good afternoon.\n"
        "REPORTER: Will the President sign the bill?\n"
        "MS. LANE: He will.\n"
        "REPORTER: When?\n"
        "MS. LANE: Friday.\n"
    )
    assert lines(text)["REPORTER: When?"] == "REPORTER"


# -- a note's numbered section headings between turns ("2. Adjournment") -------------------

_SECTIONED_NOTE = (
    "PAY TALKS — NEAR-VERBATIM NOTE\n"
    "\n"
    "1. Opening\n"
    "RM: Thanks for coming back.\n"
    "JK: That's movement, but it's not five.\n"
    "\n"
    "2. Adjournment\n"
    "JK: Can we have twenty minutes?\n"
    "RM: Of course.\n"
    "\n"
    "3. Resumed\n"
    "JK: We'll take it to a ballot.\n"
    "RM: Understood.\n"
)


def test_numbered_section_headings_between_turns_are_narration() -> None:
    got = lines(_SECTIONED_NOTE)
    assert got["2. Adjournment"] == "narrator"
    assert got["3. Resumed"] == "narrator"
    assert got["RM: Of course."] == "RM"


def test_a_numbered_list_a_speaker_reads_out_stays_the_speakers() -> None:
    # the items run on under her label, no blank line above each: they are her words
    text = (
        "PAY TALKS — NOTE\n"
        "\n"
        "RM: Our offer has three parts.\n"
        "1. Pay\n"
        "2. Hours\n"
        "3. Holidays\n"
        "JK: And the split shifts?\n"
        "RM: Next week.\n"
    )
    got = lines(text)
    assert got["2. Hours"] == "RM"
    assert got["3. Holidays"] == "RM"


# -- a call record's fields above a short rule ("-----") -----------------------------------

_CALL_RECORD = (
    "TENANTS' ADVICE LINE — CALL RECORD\n"
    "Call ID: 26-11-0193   Date: 17/11/2026\n"
    "Call handler: Femi Ade (CH)\n"
    "Caller: not given at start (see transcript)\n"
    "Consent to record: Yes (automated message)\n"
    "-----\n"
    "CH: Advice line, you're speaking to Femi, how can I help?\n"
    "CALLER: Hi, it's about my flat, the mould's come back.\n"
    "CH: Sorry to hear that. Is it private?\n"
    "CALLER: Yes.\n"
)


def test_a_call_records_fields_above_a_short_rule_are_the_records() -> None:
    got = lines(_CALL_RECORD)
    assert got["Caller: not given at start (see transcript)"] == "narrator"
    assert got["Consent to record: Yes (automated message)"] == "narrator"
    assert got["CALLER: Yes."] == "CALLER"


def test_voices_above_a_short_rule_that_go_on_below_it_speak() -> None:
    # a radio log's first lines: "ROVER:" opens turns below the rule as written
    text = (
        "ROVER: Radio check, over\n"
        "BASE: Loud and clear\n"
        "-----\n"
        "ROVER: Moving to the north gate now.\n"
        "BASE: Copy that.\n"
    )
    got = lines(text)
    assert got["ROVER: Radio check, over"] == "ROVER"
    assert got["BASE: Loud and clear"] == "BASE"


def test_a_dashed_legend_naming_a_device_leaves_its_code_as_written() -> None:
    # "Cockpit Area Microphone" is no station nor aircraft: "CAM" stays "CAM"
    text = (
        "CVR TRANSCRIPT\n"
        "LEGEND:\n"
        "CAM — Cockpit Area Microphone\n"
        "HOT — Flight Crew Interphone\n"
        "-1 — Voice identified as the Captain\n"
        "-2 — Voice identified as the First Officer\n"
        "----------\n"
        "1641:12  HOT-1   okay, descent checklist complete.\n"
        "1641:20  HOT-2   checklist complete, I have the radios.\n"
        "1641:25  CAM     what was that?\n"
        "1641:30  HOT-1   you have control.\n"
        "1641:33  HOT-2   I have control.\n"
    )
    got = lines(text)
    assert got["1641:25  CAM     what was that?"] == "CAM"
    assert got["1641:30  HOT-1   you have control."] == "Captain"


def test_numbered_points_set_off_in_an_interviews_answers_stay_the_speakers() -> None:
    # set off by blank lines, a label below each, but no section 1 above the turns:
    # the interviewee's points, not the note's sections
    text = (
        "Interview with Ana Ruiz, by Tom Hale\n"
        "\n"
        "Q: What are your rules for writing?\n"
        "\n"
        "A: Only two.\n"
        "\n"
        "1. Write every day\n"
        "\n"
        "Q: And the second?\n"
        "\n"
        "A: Never explain.\n"
        "\n"
        "2. Read everything\n"
        "\n"
        "Q: Thanks.\n"
    )
    got = lines(text)
    assert got["1. Write every day"] == "Ana Ruiz"
    assert got["2. Read everything"] == "Ana Ruiz"


def test_a_speakers_line_above_a_short_rule_in_other_capitals_still_speaks() -> None:
    # "MODERATOR: Welcome all" opens in a capital, as speech does: no record's field
    text = (
        "MODERATOR: Welcome all\n"
        "PANEL: Thanks\n"
        "-----\n"
        "Moderator: First question.\n"
        "Panel: Go ahead.\n"
        "Moderator: Why now?\n"
    )
    got = lines(text)
    assert got["MODERATOR: Welcome all"] == "MODERATOR"
    assert got["Moderator: Why now?"] == "Moderator"


def test_a_person_after_the_last_short_rule_speaks() -> None:
    # a given name's label below the rule opens no footer, a record's field would
    text = (
        "HOST: Good evening and welcome.\n"
        "GUEST: Glad to be here.\n"
        "HOST: Let's begin.\n"
        "-----\n"
        "Ana: Thanks everyone for listening.\n"
    )
    got = lines(text)
    assert got["Ana: Thanks everyone for listening."] == "Ana"
    notes = text.replace("Ana: Thanks everyone for listening.", "Notes: surname withheld.")
    assert lines(notes)["Notes: surname withheld."] == "narrator"


# -- a credits field keying each voice, one by its role in words ("(summariser)") ----------

_COMMENTARY = (
    "LIVE COMMENTARY TRANSCRIPT\n"
    "Commentary: Ned Farrow (PBP) and Ruth Gale (summariser)\n"
    "\n"
    "PBP: Corner on the left, swung in... cleared.\n"
    "SUMMARISER: They have to be braver at the near post.\n"
    "PBP: Free kick now, twenty yards out.\n"
    "SUMMARISER: This is the chance.\n"
)


def test_a_code_beside_a_role_keyed_item_names_its_person() -> None:
    got = lines(_COMMENTARY)
    assert got["PBP: Free kick now, twenty yards out."] == "Ned Farrow"
    assert got["SUMMARISER: This is the chance."] == "Ruth Gale"


def test_a_bodys_code_beside_a_role_no_turn_goes_by_names_no_one() -> None:
    # "(observer)" keys no turns: "BCC" is the council's code, as round 21 holds
    text = (
        "APPROACH CONTROL - RECORDED COMMUNICATIONS\n"
        "Present: Ann Lee (BCC) and Tom Ash (observer)\n"
        "\n"
        "APP: Skyline three one, descend to four thousand.\n"
        "SKY31: Down to four thousand, Skyline three one.\n"
        "APP: Skyline three one, contact ground.\n"
        "BCC: Noted, thank you.\n"
    )
    assert lines(text)["BCC: Noted, thank you."] == "BCC"
