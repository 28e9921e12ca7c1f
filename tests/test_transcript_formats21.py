"""Transcripts, round 20 (studying blindtx21): each rule beside a look-alike that must
not change."""

from __future__ import annotations

from rhetoscope import split_speakers
from test_transcript_formats import lines

# -- a record in columns whose clock reads as a deposition's page and line ----------------

_TOWER = (
    "KELBY TOWER - LOCAL CONTROL\n"
    "Transcript of recorded radio communications, 22 May 2026\n"
    "LEGEND\n"
    "LC1      Kelby Tower local controller\n"
    "GC       Kelby Ground controller\n"
    "SKY31    Skyline flight 31\n"
    "N52RT    Pilot of civil aircraft N52RT\n"
    "TIME     FROM     TO       TEXT\n"
    "\n"
    "0910:12  LC1      SKY31    Skyline three one, line up and wait two seven.\n"
    "0910:17  SKY31    LC1      Line up and wait two seven, Skyline three one.\n"
    "0910:41  N52RT    LC1      Kelby Tower, November five two Romeo Tango, inbound.\n"
    "0910:48  LC1      N52RT    Five two Romeo Tango, say again the last part.\n"
    "0911:02  ---      ---      [sound of stuck microphone, approximately 6 seconds]\n"
    "0911:10  LC1      ALL      Aircraft transmitting on tower, check your microphone.\n"
    "0911:15  SKY31    LC1      Sorry about that, Tower, that was us.\n"
    "0912:05  GC       LC1      (Landline) Local, Ground. I've got a tug crossing.\n"
    "\n"
    "END OF TRANSCRIPT\n"
)


def test_a_column_records_clock_is_no_page_and_line_number() -> None:
    got = lines(_TOWER)
    # "0910:12" is the time of a row whose FROM column speaks, not "page 910, line 12"
    assert got["0910:12  LC1      SKY31    Skyline three one, line up and wait two seven."] == (
        "LC1"
    )
    assert got["0911:15  SKY31    LC1      Sorry about that, Tower, that was us."] == "SKY31"
    assert got["0912:05  GC       LC1      (Landline) Local, Ground. I've got a tug crossing."] == (
        "GC"
    )
    assert got["TIME     FROM     TO       TEXT"] == "narrator"
    assert got["END OF TRANSCRIPT"] == "narrator"


def test_a_depositions_page_and_line_numbers_still_open_its_lines() -> None:
    # the look-alike: "4:12" is page 4, line 12; the label after it speaks
    text = (
        "4:10   Q.  Where were you on the night of the fire?\n"
        "4:11   A.  At home. I was asleep.\n"
        "4:12   Q.  Did anyone see you there?\n"
        "4:13   A.  My sister. She was staying\n"
        "4:14   with me that week.\n"
        "4:15   Q.  And the next morning?\n"
        "4:16   A.  I went to work as usual.\n"
    )
    got = lines(text)
    assert got["4:11   A.  At home. I was asleep."] == "A"
    assert got["4:14   with me that week."] == "A"
    assert got["4:12   Q.  Did anyone see you there?"] == "Q"


# -- a stage play's cue by surname, the cast list giving the full name ---------------------

_PLAY = (
    "THE LOCKKEEPER\n"
    "a play in one act by Ines Marlowe\n"
    "CHARACTERS\n"
    "EDITH CORRAN, sixties, the lockkeeper\n"
    "TAM CORRAN, her nephew\n"
    "MR. AMBROSE FELL, from the canal trust\n"
    "                              SCENE ONE\n"
    "     (The lock cottage. EDITH at the window.)\n"
    "\n"
    "                              TAM\n"
    "          The boat's late again.\n"
    "\n"
    "                              EDITH\n"
    "          It's always late in fog.\n"
    "                    (She lights the lamp.)\n"
    "          Put the kettle on.\n"
    "\n"
    "     (A knock. FELL enters.)\n"
    "\n"
    "                              FELL\n"
    "          Mrs. Corran. The trust wants the keys.\n"
    "\n"
    "                              EDITH\n"
    "          Does it.\n"
    "\n"
    "                              FELL\n"
    "          It does.\n"
    "\n"
    "                              TAM\n"
    "          Then it can come for them.\n"
    "\n"
    "                              Blackout.\n"
)


def test_a_plays_cue_by_surname_takes_the_cast_lists_full_name() -> None:
    got = lines(_PLAY)
    assert got["FELL"] == "Ambrose Fell"  # "MR. AMBROSE FELL, from the canal trust"
    assert got["Mrs. Corran. The trust wants the keys."] == "Ambrose Fell"
    assert got["The boat's late again."] == "Tam Corran"
    assert got["Put the kettle on."] == "Edith Corran"
    assert got["(She lights the lamp.)"] == "narrator"
    assert got["MR. AMBROSE FELL, from the canal trust"] == "narrator"
    assert got["Blackout."] == "narrator"


def test_a_season_brochures_headings_in_capitals_are_no_cues() -> None:
    # the look-alike: a cast list, then headings in capitals coming back over listings
    text = (
        "SPRING SEASON AT THE WHARF THEATRE\n"
        "COMPANY\n"
        "EDITH CORRAN, artistic director\n"
        "MR. AMBROSE FELL, lighting\n"
        "\n"
        "MATINEES\n"
        "Saturdays at 2pm, from 4 April.\n"
        "\n"
        "EVENINGS\n"
        "Tuesday to Saturday at 7.30pm.\n"
        "\n"
        "MATINEES\n"
        "Sundays at 3pm in May.\n"
        "\n"
        "EVENINGS\n"
        "No performance on bank holidays.\n"
        "\n"
        "FELL\n"
        "Workshop on stage lighting, 12 May.\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


# -- a header's key: the code in parentheses abbreviates the person's part -----------------

_HELPLINE = (
    "HARBOUR LINE - CALL RECORD\n"
    "Call ref: HL-2026-0042    Date: 09/11/2026    Start: 23:41\n"
    "Call handler: Mairead Voss (CH)    Supervisor on shift: Tobias Grell\n"
    "------------------------------------------------------------\n"
    "\n"
    "CH [00:00:02]: Harbour Line, you're through to Mairead. Take your time.\n"
    "CALLER [00:00:09]: Hi. Sorry. I don't know why I'm ringing.\n"
    "CH [00:00:13]: That's alright. You've rung, and I'm here.\n"
    "CALLER [00:00:20]: My sister said I should.\n"
    "CH [00:00:27]: Your sister sounds like a sensible person.\n"
)

_INTERPRETED = (
    "EASTGATE LEGAL CENTRE - CLIENT INTERVIEW\n"
    'Present: Petra Lund, caseworker ("PL"); Samir Haddou, Arabic-English interpreter'
    ' ("INT"); the client ("CL")\n'
    "\n"
    "PL: Thanks for coming in. Could you ask him when he left?\n"
    "INT: [to client, in Arabic] He is asking when you left.\n"
    "CL: In the spring.\n"
    "INT: In the spring.\n"
    "PL: Did anyone travel with you?\n"
    "INT: Did anyone travel with you?\n"
)


def test_a_code_abbreviating_the_headers_part_is_that_persons() -> None:
    got = lines(_HELPLINE)
    # "Call handler: Mairead Voss (CH)": "CH" is the call handler's initials
    assert got["CH [00:00:13]: That's alright. You've rung, and I'm here."] == "Mairead Voss"
    got = lines(_INTERPRETED)
    # 'Samir Haddou, Arabic-English interpreter ("INT")': the role's first letters
    assert got["INT: In the spring."] == "Samir Haddou"
    assert got["CL: In the spring."] == "CL"  # "the client": no name given


def test_a_stations_or_a_bodys_code_in_parentheses_names_no_one() -> None:
    # the look-alike: a frequency's and a council's abbreviations after their names
    text = (
        "APPROACH CONTROL - RECORDED COMMUNICATIONS\n"
        "Frequencies: Kelby Approach (APP); Kelby Ground (GND)\n"
        "Observer: Ann Lee (BCC)\n"
        "\n"
        "APP: Skyline three one, descend to four thousand.\n"
        "SKY31: Down to four thousand, Skyline three one.\n"
        "APP: Skyline three one, contact ground.\n"
        "GND: Skyline three one, taxi to stand four.\n"
        "SKY31: Stand four, Skyline three one.\n"
        "BCC: Noted, thank you.\n"
    )
    got = lines(text)
    assert got["APP: Skyline three one, contact ground."] == "APP"
    assert got["GND: Skyline three one, taxi to stand four."] == "GND"
    assert got["BCC: Noted, thank you."] == "BCC"


# -- a numbered speaker's self-introduction, the name said again in the possessive ----------

_OTTER = (
    "Ep 12 - Reeds and Rain\n"
    "SPEAKERS\n"
    "Speaker 2, Juno Abernathy, Speaker 1\n"
    "\n"
    "Juno Abernathy  00:04\n"
    "Welcome back to Wet Ground. I'm Juno, and today I'm with someone who restores fens.\n"
    "\n"
    "Speaker 1  00:31\n"
    "Thanks, Juno. Yeah, so I'm Aoife Thurrock, I run the restoration side of things.\n"
    "\n"
    "Juno Abernathy  00:52\n"
    "What does that look like?\n"
    "\n"
    "Speaker 1  00:55\n"
    "A lot of wooden boards and a lot of volunteers in waders.\n"
    "\n"
    "Speaker 2  01:59\n"
    "Sorry, jumping in, we lost Aoife's mic for ten seconds. Can you say that again?\n"
    "\n"
    "Speaker 1  02:07\n"
    "Sure. Boards and volunteers.\n"
)


def test_a_numbered_speaker_named_by_herself_and_in_anothers_possessive() -> None:
    got = lines(_OTTER)
    # "I'm Aoife Thurrock" in her first turn, then "we lost Aoife's mic" from production
    assert got["Sure. Boards and volunteers."] == "Aoife Thurrock"
    assert got["Speaker 1  00:55"] == "Aoife Thurrock"
    assert got["Speaker 2  01:59"] == "Speaker 2"


def test_a_numbered_speakers_creed_is_no_name_though_another_says_its_possessive() -> None:
    # the look-alike: "I'm Church of England", then "the Church's view"
    text = (
        "Speaker 1  00:02\n"
        "Welcome back. Is faith part of the work for you?\n"
        "\n"
        "Speaker 2  00:09\n"
        "Sure. I'm Church of England, always have been, and it shapes how I see the fen.\n"
        "\n"
        "Speaker 1  00:20\n"
        "And what is the Church's view on the drainage, would you say?\n"
        "\n"
        "Speaker 2  00:31\n"
        "Honestly, I don't know. I think they'd leave it alone.\n"
    )
    got = lines(text)
    assert got["Honestly, I don't know. I think they'd leave it alone."] == "Speaker 2"


# -- an FAQ page's testimonials below its answers, each a quotation whole ------------------

_FAQ_PAGE = (
    "Wexham Allotment Society - Frequently Asked Questions\n"
    "\n"
    "Q: How do I join the waiting list?\n"
    "A: Fill in the form at the noticeboard by the main gate.\n"
    "\n"
    "Q: How long is the wait?\n"
    "A: Around eighteen months for a half plot.\n"
    "\n"
    "Q. What does it cost?\n"
    "A. £38 a year for a half plot. Water is included.\n"
    "\n"
    "What our members say:\n"
    'Hugo Pell (plot 14): "Best decision I ever made. My doctor agrees."\n'
    'Sinead Barr (plot 3B): "I came for the courgettes and stayed for the gossip."\n'
)


def test_an_faq_pages_testimonials_are_printed_not_spoken() -> None:
    # no turns: the page's questions and answers are narration, its testimonials quotes
    assert not [s for s in split_speakers(_FAQ_PAGE) if s.kind == "turn"]
    got = lines(_FAQ_PAGE)
    assert got["A: Around eighteen months for a half plot."] == "narrator"


def test_a_speaker_below_a_sessions_answers_still_speaks() -> None:
    # the look-alike: a live session's moderator closing below the answers, unquoted
    text = (
        "Residents' FAQ session - transcript\n"
        "\n"
        "Q: How do I join the waiting list?\n"
        "A: Fill in the form at the noticeboard by the main gate.\n"
        "\n"
        "Q: How long is the wait?\n"
        "A: Around eighteen months for a half plot.\n"
        "\n"
        "Moderator: Thanks, everyone. I think we'll close there.\n"
    )
    got = lines(text)
    assert got["Moderator: Thanks, everyone. I think we'll close there."] == "Moderator"
    assert got["A: Around eighteen months for a half plot."] == "A"


# -- a chat export's sender shown by phone number, named by their own first message --------

_GROUP = (
    '14/03/2026, 20:58 - Tamsin Rook created group "Lowmoor Rowing Club"\n'
    "14/03/2026, 21:04 - Tamsin Rook: Evening all! Saturday outing is ON, meet 7:15\n"
    "14/03/2026, 21:06 - Femi Adeyinka: See you there\n"
    "14/03/2026, 21:09 - +44 7700 900318: hi all this is Gil Ashdown, new number, please save\n"
    "14/03/2026, 21:10 - Tamsin Rook: Welcome back Gil!! Saved\n"
    "14/03/2026, 21:11 - +44 7700 900318: that's the new blade, before anyone asks\n"
    "14/03/2026, 21:12 - +44 7700 900411: this is Femi Adeyinka's old phone, I found it in a"
    " drawer\n"
    "14/03/2026, 21:13 - Femi Adeyinka: Ha, keep it\n"
    "14/03/2026, 21:14 - +44 7700 900411: will do\n"
)


def test_a_phone_number_sender_takes_the_name_of_their_own_introduction() -> None:
    got = lines(_GROUP)
    line = "14/03/2026, 21:11 - +44 7700 900318: that's the new blade, before anyone asks"
    assert got[line] == "Gil Ashdown"


def test_a_phone_number_sender_naming_anothers_phone_stays_a_number() -> None:
    # the look-alike: "this is Femi Adeyinka's old phone" names its owner, not the writer
    got = lines(_GROUP)
    assert got["14/03/2026, 21:14 - +44 7700 900411: will do"] == "+44 7700 900411"
    assert got["14/03/2026, 21:13 - Femi Adeyinka: Ha, keep it"] == "Femi Adeyinka"


# -- a hyphenated given name: its second half opens no name of its own ---------------------

_COUNCIL = (
    "CITY OF BRAMWICK - VERBATIM TRANSCRIPT\n"
    "PRESENT: Mayor Ottilie Sandqvist; Councilmembers Rafael Rios, Jean-Luc Mabry;"
    " City Clerk Perpetua Lowe\n"
    "\n"
    "MAYOR SANDQVIST: I call this meeting to order.\n"
    "COUNCILMEMBER RIOS: Here.\n"
    "COUNCILMEMBER MABRY: Present.\n"
    "MAYOR SANDQVIST: Councilmember Mabry, you have the floor.\n"
    "COUNCILMEMBER MABRY: Madam Mayor, a point of order.\n"
    "COUNCILMEMBER RIOS: Seconded.\n"
)


def test_a_hyphenated_given_name_is_the_members_whole_name() -> None:
    got = lines(_COUNCIL)
    # "Jean-Luc Mabry", not also "Luc Mabry", so the surname has one full name
    assert got["COUNCILMEMBER MABRY: Madam Mayor, a point of order."] == "Jean-Luc Mabry"
    assert got["COUNCILMEMBER RIOS: Seconded."] == "Rafael Rios"


def test_a_double_barrelled_surname_still_names_its_member() -> None:
    # the look-alike: the hyphen inside the surname, the given name before it
    text = _COUNCIL.replace("Jean-Luc Mabry", "Luc Dunne-Mabry").replace("MABRY", "DUNNE-MABRY")
    got = lines(text)
    assert got["COUNCILMEMBER DUNNE-MABRY: Madam Mayor, a point of order."] == "Luc Dunne-Mabry"


# -- a parliament's procedure recorded alone on a line -------------------------------------

_HANSARD = (
    "LEGISLATIVE ASSEMBLY - QUESTIONS WITHOUT NOTICE\n"
    "The SPEAKER (Hon. Callum Reddaway) took the chair at 14:00.\n"
    "\n"
    "Mr TREVANION (Eastmoor) (14:07): Will the minister table that letter?\n"
    "\n"
    "Mrs ODELL (Pellham) (14:07): Yes, I will table the letter this afternoon.\n"
    "\n"
    "Leave granted.\n"
    "\n"
    "Document tabled.\n"
    "\n"
    "The SPEAKER: Order! Question time has concluded.\n"
)


def test_a_parliaments_procedure_alone_on_a_line_is_the_records() -> None:
    got = lines(_HANSARD)
    assert got["Leave granted."] == "narrator"
    assert got["Document tabled."] == "narrator"
    assert got["Mrs ODELL (Pellham) (14:07): Yes, I will table the letter this afternoon."] != (
        "narrator"
    )


def test_a_council_chairs_motion_carried_stays_the_chairs() -> None:
    # the look-alike: no parliament's mark; the chair says it, a paragraph of their own
    text = (
        "TOWN OF HARBOURVIEW - VERBATIM RECORD\n"
        "\n"
        "CHAIR: All in favour of the parking bylaw? Any opposed?\n"
        "\n"
        "Motion carried.\n"
        "\n"
        "COUNCILLOR REID: Thank you, Chair.\n"
        "\n"
        "CHAIR: Next item.\n"
    )
    got = lines(text)
    assert got["Motion carried."] == "CHAIR"


# -- a news story's reader box of a question and its answer --------------------------------

_STORY = (
    "Harbour dredging plan splits fishing families\n"
    "By Odile Marchbanks, Staff Writer\n"
    "\n"
    "CORRIN - The port authority wants to dredge the north channel.\n"
    "\n"
    '"If they dredge it, the crab beds go with it," said Esme Tarrant, 61.\n'
    "\n"
    '"Without dredging, we lose the ferry," said Lionel Baskerfield, the director.\n'
    "\n"
    "The harbour committee will hold a public hearing on Dec. 3.\n"
    "\n"
    "Q: Can the public speak at the hearing?\n"
    "A: Yes. Residents may register to speak until Dec. 1.\n"
    "\n"
    "Correction: An earlier version of this story misstated the date of the hearing.\n"
)


def test_a_storys_reader_box_is_the_storys_not_a_transcript() -> None:
    got = lines(_STORY)
    assert got["Q: Can the public speak at the hearing?"] == "narrator"
    assert got["A: Yes. Residents may register to speak until Dec. 1."] == "narrator"
    assert got[
        "Correction: An earlier version of this story misstated the date of the hearing."
    ] == ("narrator")


def test_a_story_introducing_an_interview_in_q_and_a_keeps_its_turns() -> None:
    # the look-alike: a byline and attributions above, then an interview of many pairs
    text = _STORY.split("Q: ")[0] + (
        "Q: Why did you sign the petition?\n"
        "A: Because my father fished the north channel, and I want my son to.\n"
        "Q: Will you speak at the hearing?\n"
        "A: I will. I'll bring the pots.\n"
        "Q: And if the vote goes against you?\n"
        "A: Then we go to the ministry.\n"
    )
    got = lines(text)
    assert got["A: I will. I'll bring the pots."] == "A"
    assert got["Q: Will you speak at the hearing?"] == "Q"


# -- a name asked through an interpreter ----------------------------------------------------

_RELAYED = (
    "EASTGATE LEGAL CENTRE - CLIENT INTERVIEW\n"
    "Present: caseworker (HB); interpreter (INT); the client (CL)\n"
    "\n"
    "HB: Thanks for coming in. Could you ask him to state his full name for the record?\n"
    "INT: ¿Puede decir su nombre completo, por favor?\n"
    "CL: Rosendo Ilarraza Mejía.\n"
    "INT: Rosendo Ilarraza Mejía.\n"
    "HB: When did he leave?\n"
    "INT: ¿Cuándo salió usted?\n"
    "CL: En la primavera.\n"
    "INT: In the spring.\n"
)


def test_a_name_asked_through_the_interpreter_is_the_answerers() -> None:
    got = lines(_RELAYED)
    assert got["CL: En la primavera."] == "Rosendo Ilarraza Mejía"
    # the interpreter renders it: her own label, not the name she repeats
    assert got["INT: In the spring."] == "INT"


def test_an_answer_to_a_relayed_question_of_another_kind_names_no_one() -> None:
    # the look-alike: the question asks where he lives; the answer names a place
    text = (
        _RELAYED.replace("to state his full name for the record", "where he lives now")
        .replace("¿Puede decir su nombre completo, por favor?", "¿Dónde vive ahora?")
        .replace("CL: Rosendo Ilarraza Mejía.", "CL: Puerto Lenza.")
    )
    got = lines(text)
    assert got["CL: En la primavera."] == "CL"


# -- an earnings call's section headings above its lone labels ------------------------------

_CALL = (
    "Corvane Instruments (CRVN) Q3 2026 Earnings Call Transcript\n"
    "Prepared Remarks:\n"
    "Operator\n"
    "Good day, and welcome to the Corvane Instruments earnings call.\n"
    "Sunniva Harket -- Chief Executive Officer\n"
    "Thanks. It was a good quarter. Orders grew thirty-one percent.\n"
    "Rhiannon Castellane -- Chief Financial Officer\n"
    "Thank you, Sunniva. Revenue for the quarter was $214 million.\n"
    "Questions & Answers:\n"
    "Operator\n"
    "Our first question comes from Tobias Wren with Meridale Securities.\n"
    "Tobias Wren -- Meridale Securities -- Analyst\n"
    "How much of the growth was pulled forward?\n"
    "Sunniva Harket -- Chief Executive Officer\n"
    "Very little, Tobias.\n"
)


def test_a_calls_section_headings_above_its_lone_labels_are_narration() -> None:
    got = lines(_CALL)
    assert got["Prepared Remarks:"] == "narrator"
    assert got["Questions & Answers:"] == "narrator"
    assert got["Thank you, Sunniva. Revenue for the quarter was $214 million."] == (
        "Rhiannon Castellane"
    )


def test_a_label_alone_above_its_speech_still_speaks() -> None:
    # the look-alike: "Moderator:" alone on its line, the speech below it, no lone name
    text = (
        "TOWN HALL ON THE BRIDGE\n"
        "Moderator:\n"
        "Welcome, everyone. Let's begin with the first question.\n"
        "Resident:\n"
        "When will the bridge reopen?\n"
        "Moderator:\n"
        "The engineer will answer that.\n"
    )
    got = lines(text)
    assert got["Welcome, everyone. Let's begin with the first question."] == "Moderator"


# -- a call record's fields above its rule --------------------------------------------------

_RECORD = (
    "HARBOUR LINE - CALL RECORD (ANONYMISED)\n"
    "Call ref: HL-2026-0042    Date: 09/11/2026    Start: 23:41\n"
    "Call handler: Mairead Voss (CH)\n"
    "Caller: anonymous, consented to recording for training\n"
    "------------------------------------------------------------\n"
    "\n"
    "CH [00:00:02]: Harbour Line, you're through to Mairead. Take your time.\n"
    "CALLER [00:00:09]: Hi. Sorry. I don't know why I'm ringing.\n"
    "CH [00:00:13]: That's alright. You've rung, and I'm here.\n"
    "CALLER [00:00:20]: Thanks, Mairead.\n"
)


def test_a_records_fields_above_its_rule_are_the_records() -> None:
    got = lines(_RECORD)
    assert got["Caller: anonymous, consented to recording for training"] == "narrator"
    assert got["CALLER [00:00:20]: Thanks, Mairead."] == "CALLER"


def test_a_radio_logs_first_lines_above_a_rule_still_speak() -> None:
    # the look-alike: unpunctuated lines above a rule whose writers go on below it
    text = (
        "ROVER: Radio check from the north gate\n"
        "BASE: Loud and clear\n"
        "----------\n"
        "ROVER: Gate is locked, no sign of the van\n"
        "BASE: Copy, wait there\n"
        "ROVER: Waiting\n"
    )
    got = lines(text)
    assert got["ROVER: Radio check from the north gate"] == "ROVER"
    assert got["BASE: Loud and clear"] == "BASE"


def test_a_records_notes_below_its_last_rule_are_the_records() -> None:
    text = _RECORD + (
        "------------------------------------------------------------\n"
        "HANDLER NOTES: Caller disclosed job loss. No current risk disclosed.\n"
        "Record closed 00:01 10/11/2026 by M. Voss\n"
    )
    got = lines(text)
    assert got["HANDLER NOTES: Caller disclosed job loss. No current risk disclosed."] == (
        "narrator"
    )
    assert got["Record closed 00:01 10/11/2026 by M. Voss"] == "narrator"


def test_a_new_voice_below_a_break_still_speaks() -> None:
    # the look-alike: after the rule a guest speaks who was not heard above it
    text = _RECORD + (
        "------------------------------------------------------------\n"
        "SUPERVISOR: I'm taking over this call now. Are you still there?\n"
    )
    got = lines(text)
    assert got["SUPERVISOR: I'm taking over this call now. Are you still there?"] == "SUPERVISOR"


# -- a reporter's name and outlet after the given name of the one who called on them -------

_BRIEFING = (
    "PRESS BRIEFING BY PRESS SECRETARY DANA TALLIVER\n"
    "11:42 A.M.\n"
    "\n"
    "MS. TALLIVER: Good morning, everybody. Questions.\n"
    "\n"
    "Q    Does the Governor still expect the bridge to reopen by March?\n"
    "\n"
    "MS. TALLIVER: That is the target.\n"
    "\n"
    'Q    Dana -- Mark Ferreira, Coastal Ledger. The order says "no increase." Whose figure?\n'
    "\n"
    "MS. TALLIVER: The statistics office's figure, published each October.\n"
    "\n"
    "Q    Dana -- Harle Bridge, North Pier. Are those the same bearings?\n"
    "\n"
    "MS. TALLIVER: They are. Thanks, everybody.\n"
)


def test_a_reporters_name_after_a_dash_names_that_question() -> None:
    got = lines(_BRIEFING)
    line = 'Q    Dana -- Mark Ferreira, Coastal Ledger. The order says "no increase." Whose figure?'
    assert got[line] == "Mark Ferreira"
    assert got["Q    Does the Governor still expect the bridge to reopen by March?"] == "Q"


def test_a_place_after_a_dash_names_no_reporter() -> None:
    # the look-alike: "Harle Bridge, North Pier." is a place and its part, no one's name
    got = lines(_BRIEFING)
    assert got["Q    Dana -- Harle Bridge, North Pier. Are those the same bearings?"] == "Q"


# -- a meeting export's closing system line ------------------------------------------------

_TEAMS = (
    "Q4 Planning sync\n"
    "Imogen Faraday-Lusk started transcription\n"
    "\n"
    "Nandakumar, Priya   0:03\n"
    "Right, let's start. Jonah, where are we on space?\n"
    "\n"
    "Ekwueme, Jonah   0:10\n"
    "Ninety-four percent full as of Monday.\n"
    "\n"
    "Nandakumar, Priya   0:20\n"
    "OK. Quotes by Friday, then.\n"
    "\n"
    "Imogen Faraday-Lusk stopped transcription\n"
)


def test_a_meetings_stopped_transcription_line_is_the_exports() -> None:
    got = lines(_TEAMS)
    assert got["Imogen Faraday-Lusk stopped transcription"] == "narrator"
    assert got["OK. Quotes by Friday, then."] == "Priya Nandakumar"


def test_a_speaker_saying_they_stopped_recording_still_speaks() -> None:
    # the look-alike: the last speaker's own closing paragraph
    text = _TEAMS.replace(
        "Imogen Faraday-Lusk stopped transcription\n", "We stopped recording at that point.\n"
    )
    got = lines(text)
    assert got["We stopped recording at that point."] == "Priya Nandakumar"


# -- a feedback form's fields and printed questions, blanks to fill in ----------------------

_FORM = (
    "NORTHERN WETLANDS FORUM 2026\n"
    "Programme - Day 1\n"
    "10:00  Panel: Who pays for restoration?\n"
    "       Moderator: Keziah Monroe-Platt\n"
    "11:15  Break\n"
    "\n"
    "SESSION FEEDBACK FORM\n"
    "Name: ______________________\n"
    "Session attended: ______________________\n"
    "Q2: What would you change?\n"
    "A: ______________________________________________\n"
    "Comments:\n"
    "Please return this form to the registration desk.\n"
)


def test_a_forms_fields_and_printed_questions_are_no_turns() -> None:
    got = lines(_FORM)
    assert got["Q2: What would you change?"] == "narrator"
    assert got["10:00  Panel: Who pays for restoration?"] == "narrator"
    assert got["Please return this form to the registration desk."] == "narrator"


def test_an_interview_reading_out_a_form_keeps_its_turns() -> None:
    # the look-alike: blanks on the page, but the two voices come back
    text = (
        "SURVEY INTERVIEW 14\n"
        "Name: ______________________\n"
        "Date: ______________________\n"
        "\n"
        "INTERVIEWER: Did the session help you?\n"
        "RESPONDENT: Yes, I learned a lot about the bog.\n"
        "INTERVIEWER: What would you change?\n"
        "RESPONDENT: Longer breaks, honestly.\n"
    )
    got = lines(text)
    assert got["RESPONDENT: Longer breaks, honestly."] == "RESPONDENT"


# -- a questioner named in one turn, addressed by that name after the next ------------------

_TALK = (
    "WEBVTT\n"
    "\n"
    "1\n"
    "00:12:30.000 --> 00:12:38.000\n"
    "<v Hollis Brandt>Any questions? Yes, at the front.</v>\n"
    "\n"
    "2\n"
    "00:12:40.000 --> 00:12:46.300\n"
    "<v Questioner>Hi, I'm Oren Vasquez-Lind, I used to work for the water board.</v>\n"
    "\n"
    "3\n"
    "00:12:46.300 --> 00:12:51.000\n"
    "<v Questioner>Is it true the old Mill Cut still runs under Gable Street?</v>\n"
    "\n"
    "4\n"
    "00:12:51.000 --> 00:12:57.900\n"
    "<v Hollis Brandt>You'd know better than me, Oren. But yes, it does.</v>\n"
    "\n"
    "5\n"
    "00:12:58.000 --> 00:13:02.000\n"
    "<v Questioner>And the culvert under the market?</v>\n"
    "\n"
    "6\n"
    "00:13:02.000 --> 00:13:06.000\n"
    "<v Hollis Brandt>That one was filled in, I'm afraid.</v>\n"
)


def test_a_questioner_addressed_by_the_name_given_just_before_is_that_one() -> None:
    got = lines(_TALK)
    line = "<v Questioner>Is it true the old Mill Cut still runs under Gable Street?</v>"
    assert got[line] == "Oren Vasquez-Lind"


def test_a_questioner_the_answer_does_not_address_stays_a_questioner() -> None:
    # the look-alike: the next question's answer names no one; it may be anyone's
    got = lines(_TALK)
    assert got["<v Questioner>And the culvert under the market?</v>"] == "Questioner"


# -- an officer's label with an initial, then without it -----------------------------------

_BODYCAM = (
    "MARROWFIELD POLICE DEPARTMENT - BODY-WORN CAMERA TRANSCRIPT\n"
    "\n"
    "[01:12:31] OFC. PIKE: Sir, can you come over here for me?\n"
    "[01:12:35] UNKNOWN MALE 1: What for?\n"
    "[01:13:02] OFC. Y. RAMIREZ-TULL (#5530): Ma'am, did you see him touch any cars?\n"
    "[01:13:05] UNKNOWN FEMALE: I didn't see, I heard.\n"
    "[01:14:10] OFC. RAMIREZ-TULL: 4-Adam-12, can I get a return on a Haidt?\n"
    "[01:14:25] DISPATCH: 4-Adam-12, no wants, no warrants.\n"
)


def test_an_officers_label_without_the_initial_is_the_same_officer() -> None:
    got = lines(_BODYCAM)
    long = got["[01:13:02] OFC. Y. RAMIREZ-TULL (#5530): Ma'am, did you see him touch any cars?"]
    assert got["[01:14:10] OFC. RAMIREZ-TULL: 4-Adam-12, can I get a return on a Haidt?"] == long


def test_two_officers_of_one_surname_leave_the_bare_label_as_written() -> None:
    # the look-alike: "OFC. RAMIREZ" may be either Y. or T. Ramirez
    text = (
        _BODYCAM.replace("RAMIREZ-TULL (#5530)", "RAMIREZ")
        .replace("OFC. RAMIREZ-TULL:", "OFC. RAMIREZ:")
        .replace(
            "[01:13:05] UNKNOWN FEMALE: I didn't see, I heard.\n",
            "[01:13:05] OFC. T. RAMIREZ: Copy, I'll check the cars.\n",
        )
    )
    got = lines(text)
    assert got["[01:14:10] OFC. RAMIREZ: 4-Adam-12, can I get a return on a Haidt?"] == (
        "OFC. RAMIREZ"
    )


def test_a_footer_below_the_recordings_end_is_no_ones_words() -> None:
    text = _BODYCAM + (
        "[Recording ends 01:15:02]\nPage 1 of 1\nMPD Records Unit - Law Enforcement Sensitive\n"
    )
    got = lines(text)
    assert got["MPD Records Unit - Law Enforcement Sensitive"] == "narrator"
    assert got["[01:14:25] DISPATCH: 4-Adam-12, no wants, no warrants."] == "DISPATCH"


def test_a_speaker_saying_the_recording_ends_goes_on_speaking() -> None:
    # the look-alike: the words said, unbracketed, and the speaker's next line below them
    text = _BODYCAM + "Recording ends when I say so.\nKeep the camera on the car.\n"
    got = lines(text)
    assert got["Keep the camera on the car."] == "DISPATCH"


# -- an interpreter's signed declaration closing the record --------------------------------


def test_an_interpreters_declaration_closing_the_record_is_narration() -> None:
    text = _RELAYED + (
        "[Break 10:42-10:55]\n"
        "INTERPRETER'S DECLARATION: I, Samir Haddou, certify that I interpreted accurately"
        " throughout this interview.\n"
        "Signed: S. Haddou    Date: 05/11/2026\n"
    )
    got = lines(text)
    line = (
        "INTERPRETER'S DECLARATION: I, Samir Haddou, certify that I interpreted accurately"
        " throughout this interview."
    )
    assert got[line] == "narrator"


def test_an_interpreter_saying_the_declaration_aloud_still_speaks() -> None:
    # the look-alike: the words under the interpreter's own label, said on the record
    text = _RELAYED + (
        "INT: I, Samir Haddou, certify that I interpreted accurately throughout this interview.\n"
    )
    got = lines(text)
    line = "INT: I, Samir Haddou, certify that I interpreted accurately throughout this interview."
    assert got[line] == "INT"


def test_a_parliaments_headings_between_turns_are_the_records() -> None:
    text = _HANSARD.replace(
        "Mr TREVANION (Eastmoor) (14:07): Will the minister table that letter?\n",
        "Supplementary Question\n\nMr TREVANION (Eastmoor) (14:07): Will the minister table"
        " that letter?\n",
    ) + ("\nMINISTERIAL STATEMENTS\n")
    got = lines(text)
    assert got["Supplementary Question"] == "narrator"
    assert got["MINISTERIAL STATEMENTS"] == "narrator"


def test_a_members_unpunctuated_last_line_stays_theirs() -> None:
    # the look-alike: a member's own words in lower case, left without a full stop
    text = _HANSARD.replace(
        "Yes, I will table the letter this afternoon.\n",
        "Yes, I will table the letter this afternoon.\nand I commend the report to the House\n",
    )
    got = lines(text)
    assert got["and I commend the report to the House"] != "narrator"


def test_a_short_interview_under_a_story_keeps_its_turns() -> None:
    # the look-alike: two pairs only, but the answers speak in the first person
    text = _STORY.split("Q: ")[0] + (
        "Q: Why did you sign the petition?\n"
        "A: Because my father fished the north channel.\n"
        "Q: Will you speak at the hearing?\n"
        "A: I will. I'll bring the pots.\n"
    )
    got = lines(text)
    assert got["A: I will. I'll bring the pots."] == "A"


def test_a_narrator_below_a_rule_still_speaks() -> None:
    # the look-alike: a documentary's narrator, heard first after the rule, in no one's voice
    text = _RECORD + (
        "------------------------------------------------------------\n"
        "NARRATOR: Two years later, the helpline moved to a new building.\n"
    )
    got = lines(text)
    assert got["NARRATOR: Two years later, the helpline moved to a new building."] == "NARRATOR"


def test_a_moderators_unpunctuated_welcome_above_a_rule_still_speaks() -> None:
    # the look-alike: a header field, then the moderator's first words, then a rule
    text = (
        "Recorded: 3 May 2026\n"
        "Moderator: Welcome all to the bog forum\n"
        "----------\n"
        "Moderator: Our first speaker is Ifeoma Stradling.\n"
        "Ifeoma Stradling: Thank you. I run the restoration side.\n"
        "Moderator: And the cost?\n"
        "Ifeoma Stradling: Less than you'd think.\n"
    )
    got = lines(text)
    assert got["Moderator: Welcome all to the bog forum"] == "Moderator"


def test_a_speakers_line_ending_in_a_colon_above_a_lone_label_stays_theirs() -> None:
    # the look-alike: a sentence in lower case cut off by the next speaker's name alone
    text = _CALL.replace(
        "Thanks. It was a good quarter. Orders grew thirty-one percent.\n",
        "Thanks. It was a good quarter. Orders grew thirty-one percent.\nSo here's the thing:\n",
    )
    got = lines(text)
    assert got["So here's the thing:"] == "Sunniva Harket"


def test_a_phone_number_sender_giving_a_given_name_from_somewhere_is_that_one() -> None:
    text = _GROUP + (
        "14/03/2026, 21:20 - +44 7700 900555: hi it's Bex from downstairs, thanks for adding me\n"
        "14/03/2026, 21:21 - Tamsin Rook: Welcome Bex!\n"
        "14/03/2026, 21:22 - +44 7700 900555: is that the boiler?\n"
    )
    got = lines(text)
    assert got["14/03/2026, 21:22 - +44 7700 900555: is that the boiler?"] == "Bex"


def test_a_given_name_in_the_middle_of_a_numbers_message_names_no_one() -> None:
    # the look-alike: "it's Christmas from Friday" is a date, said mid-message
    text = _GROUP + (
        "14/03/2026, 21:20 - +44 7700 900555: ok so the hall shuts, it's Christmas from Friday\n"
        "14/03/2026, 21:22 - +44 7700 900555: is that the boiler?\n"
    )
    got = lines(text)
    assert got["14/03/2026, 21:22 - +44 7700 900555: is that the boiler?"] == "+44 7700 900555"
