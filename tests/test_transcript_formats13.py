"""Transcripts, round 15: the causes of a studied set's misses, each rule on an invented
input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from rhetoscope.speakers.fullnames import full_names
from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines

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
        "Participants: Jonah R. Ashdown, appellant; Iris Quell, observer\n"
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


# -- a support chat mailed as text -------------------------------------------------------

_SUPPORT_CHAT = (
    "From: Tallgrass Energy <noreply@tallgrass.example>\n"
    "To: o.brandvold@example.com\n"
    "Subject: Your chat with us\n"
    "Hi Odalys,\n"
    "Here is a copy of your chat.\n"
    "Account holder: Odalys Brandvold   Account #: ****2210\n"
    "Chat started: Mon Mar 03 2025 08:01:00\n"
    "08:01:00 | System: You are now chatting with our assistant.\n"
    "08:01:04 | Assistant Bot: Hello! What can I help with?\n"
    "08:01:30 | Odalys: my bill doubled this month\n"
    "08:02:10 | System: Renzo P. has joined the chat.\n"
    "08:02:15 | Renzo P.: Hi Odalys, let me look at the meter reads.\n"
    "08:03:40 | Odalys: ok thanks\n"
    "it was estimated last month i think\n"
    "08:04:02 | Renzo P.: Yes, it was. I've asked for a real read.\n"
    "08:05:00 | System: Renzo P. has left the chat.\n"
    "Chat ended: Mon Mar 03 2025 08:05:00\n"
)


def test_a_time_set_off_by_a_bar_opens_a_chats_label() -> None:
    got = lines(_SUPPORT_CHAT)
    assert got["08:01:04 | Assistant Bot: Hello! What can I help with?"] == "Assistant Bot"
    assert got["08:02:15 | Renzo P.: Hi Odalys, let me look at the meter reads."] == "Renzo P"
    # an untimed line goes on with the message above it
    assert got["it was estimated last month i think"] == "Odalys Brandvold"


def test_a_chats_system_notices_and_its_end_are_narration() -> None:
    got = lines(_SUPPORT_CHAT)
    assert got["08:01:00 | System: You are now chatting with our assistant."] == "narrator"
    assert got["08:02:10 | System: Renzo P. has joined the chat."] == "narrator"
    assert got["Chat ended: Mon Mar 03 2025 08:05:00"] == "narrator"


def test_a_given_name_label_takes_the_full_name_of_the_account_line() -> None:
    # the mail's greeting ("Hi Odalys,") is no full name, nor is the address's
    # "brandvold" a word written in lower case
    got = lines(_SUPPORT_CHAT)
    assert got["08:01:30 | Odalys: my bill doubled this month"] == "Odalys Brandvold"


def test_a_given_name_label_stays_when_two_full_names_share_it() -> None:
    header = "Present: Odalys Brandvold, Odalys Quintero\n"
    assert full_names(["Odalys"], header, header) == {}
    # and a role is no one's given name
    header = "Moderator Renzo Pellegrini\n"
    assert full_names(["Moderator"], header, header) == {}


def test_a_schedule_with_times_and_bars_is_no_transcript() -> None:
    text = (
        "Spring Volunteer Day\n"
        "09:00 | Registration: Front lobby, coffee and name tags\n"
        "09:30 | Welcome: Director Ann Lee opens the day\n"
        "10:00 | Workshop: Planting native shrubs in the east beds\n"
        "12:00 | Lunch: Provided in the hall\n"
    )
    assert split_turns(text) is None


def test_a_dramas_system_voice_without_times_still_speaks() -> None:
    text = (
        "SYSTEM: Warning. Reactor pressure rising.\n"
        "PILOT: Vent it.\n"
        "SYSTEM: Venting now.\n"
        "PILOT: Good.\n"
    )
    assert lines(text)["SYSTEM: Venting now."] == "SYSTEM"


# -- the lines that close a transcript -----------------------------------------------------

_TURNS = (
    "Parish Hall Committee\n\n"
    "CHAIR PELL: We are in session.\n"
    "MS. ORRIN: The roof estimate came in.\n"
    "CHAIR PELL: How much?\n"
    "MS. ORRIN: Eleven thousand.\n"
    "CHAIR PELL: We are adjourned.\n"
)


def test_a_certificate_and_its_signature_close_the_transcript() -> None:
    text = _TURNS + (
        "CERTIFICATE\n"
        "I, Wynne Tallis, Parish Clerk, certify that the foregoing is a true record.\n"
        "/s/ Wynne Tallis\n"
        "Wynne Tallis, CSR No. 4410\n"
    )
    got = lines(text)
    for line in (
        "CERTIFICATE",
        "I, Wynne Tallis, Parish Clerk, certify that the foregoing is a true record.",
        "/s/ Wynne Tallis",
        "Wynne Tallis, CSR No. 4410",
    ):
        assert got[line] == "narrator", line


def test_the_minutes_sign_off_closes_the_transcript() -> None:
    text = _TURNS + "Meeting adjourned at 8:40 p.m.\nRespectfully submitted, Ivo Brant, Secretary\n"
    got = lines(text)
    assert got["Meeting adjourned at 8:40 p.m."] == "narrator"
    assert got["Respectfully submitted, Ivo Brant, Secretary"] == "narrator"


def test_credits_a_copyright_ends_and_a_transcription_firm_close_the_transcript() -> None:
    text = _TURNS + (
        "Parish Notes is produced by Hollin Audio. Not legal advice. \u00a9 2025 Hollin LLC.\n"
    )
    assert lines(text)[text.splitlines()[-1]] == "narrator"
    text = _TURNS + "Fastcopy by Larkspur Transcripts\n"
    assert lines(text)["Fastcopy by Larkspur Transcripts"] == "narrator"
    text = _TURNS + "The series is funded by the Hall Trust. Transcript by volunteers.\n"
    assert lines(text)[text.splitlines()[-1]] == "narrator"


def test_a_writers_line_and_the_line_below_an_editors_note_close_it() -> None:
    text = (
        _TURNS + "Tamsin Rook is the Gazette's features editor. Reach her at trook@example.org.\n"
    )
    assert lines(text)[text.splitlines()[-1]] == "narrator"
    text = _TURNS + (
        "This interview has been condensed and edited for clarity.\n"
        '"Low Water" screens again Friday at the Roxy.\n'
    )
    got = lines(text)
    assert got['"Low Water" screens again Friday at the Roxy.'] == "narrator"


def test_a_speakers_last_words_like_closing_lines_stay_his() -> None:
    # in the speaker's voice, or not right below an editor's note, or labelled
    text = _TURNS + "You can reach me at pell@example.org with questions.\n"
    assert lines(text)[text.splitlines()[-1]] != "narrator"
    text = _TURNS + "And the hall adjourned at last, as it always does.\n"
    assert lines(text)[text.splitlines()[-1]] != "narrator"
    text = _TURNS + "MS. ORRIN: I certify the figures above myself.\n"
    assert lines(text)["MS. ORRIN: I certify the figures above myself."] == "MS. ORRIN"
    text = _TURNS.replace("We are adjourned.", "The minutes are \u00a9 2025 the parish, I'm told.")
    assert lines(text)["CHAIR PELL: The minutes are \u00a9 2025 the parish, I'm told."] != (
        "narrator"
    )


# -- Q and A named by a magazine's interview -------------------------------------------------


def test_a_nickname_in_quotes_leaves_the_interviewees_name_whole() -> None:
    text = (
        "Ridgefield Monthly | Winter\n"
        "Back to the Bench\n"
        'After 20 years at sea, Capt. Marguerite "Peg" Solvang is back teaching physics. '
        "Senior writer Aldo Brisk sat down with her.\n\n"
        "Q: Why come back?\n"
        "A: The students. Always the students.\n"
        "Q: And the lab?\n"
        "A: Older than I am.\n\n"
        "This interview has been condensed and edited.\n"
    )
    got = lines(text)
    assert got["A: The students. Always the students."] == "Marguerite Solvang"
    assert got["Q: Why come back?"] == "Aldo Brisk"


def test_an_interviews_q_is_the_byline_beside_an_interpreters_label() -> None:
    text = (
        "Festival Talks\n"
        "By Oona Pellegrin\n"
        "We met Kenji Arakawa the day after the premiere, with the interpreter Mei Soda.\n\n"
        "Q: Why so little dialogue?\n"
        "KENJI ARAKAWA (through interpreter): I trust faces.\n"
        "MEI SODA (interpreter): He means the actors.\n"
        "Q: Will you work in English?\n"
        "ARAKAWA [in English]: Maybe. Slowly.\n\n"
        "This interview has been translated, condensed and edited.\n"
    )
    got = lines(text)
    assert got["Q: Why so little dialogue?"] == "Oona Pellegrin"
    assert got["ARAKAWA [in English]: Maybe. Slowly."] == "KENJI ARAKAWA"


def test_a_briefings_q_with_several_answering_stays_q() -> None:
    # no word calls it an interview: the reporters asking are many
    text = (
        "Storm Briefing\n"
        "By County Press Office\n\n"
        "CHIEF ROWE: Good afternoon.\n"
        "Q: When do roads reopen?\n"
        "DIRECTOR AMAYA: Tomorrow at noon.\n"
        "Q: And schools?\n"
        "CHIEF ROWE: Closed through Friday.\n"
    )
    assert lines(text)["Q: When do roads reopen?"] == "Q"


def test_a_bracketed_capitalised_name_is_no_labels_note() -> None:
    # "[Name]" opens a label of its own; only a lower-case note in brackets follows a name
    text = "[Ann Lee] Hello there.\n[Bo Ray] Hi.\n[Ann Lee] Ready?\n[Bo Ray] Yes.\n"
    assert lines(text)["[Bo Ray] Hi."] == "Bo Ray"


# -- a committee's evidence and a briefing's reporters ----------------------------------------


def test_a_committees_labels_with_long_and_nested_parentheses() -> None:
    text = (
        "Standing Committee on Rural Transport\n"
        "EVIDENCE\n"
        "Chair: Mr. Hollis Brandvik\n\n"
        "The Chair (Mr. Hollis Brandvik (Lakehead\u2014Rainy River, Lib.)): I call this "
        "meeting to order.\n"
        "Ms. Odile Marchetti (Assistant Deputy Minister, Rail Safety, Department of "
        "Transport and Infrastructure): Thank you, Mr. Chair.\n"
        "The Chair: Thank you. Mr. Pruitt.\n"
        "Mr. Galen Pruitt (Kenora, CPC): How many crossings are unsafe?\n"
        "Ms. Odile Marchetti: About two hundred.\n"
        "Mr. Galen Pruitt: Two hundred. Thank you.\n"
        "The Chair: Thank you, Mr. Pruitt.\n"
    )
    got = lines(text)
    first = "The Chair (Mr. Hollis Brandvik (Lakehead\u2014Rainy River, Lib.)): I call this "
    assert got[first + "meeting to order."] == "Hollis Brandvik"
    assert got["The Chair: Thank you. Mr. Pruitt."] == "Hollis Brandvik"
    witness = next(line for line in got if line.startswith("Ms. Odile Marchetti ("))
    assert got[witness] == "Ms. Odile Marchetti"


def test_prose_with_a_long_parenthesis_and_a_colon_is_no_label() -> None:
    text = (
        "The committee heard from officials (including two from the rail safety branch "
        "of the department): they said little.\n"
        "Members were unimpressed. The chair adjourned early.\n"
    )
    assert split_turns(text) is None


def test_a_briefings_reporters_are_named_question_by_question() -> None:
    text = (
        "FLOOD BRIEFING\n"
        "Speakers: Mayor Ilse Varga; Fire Chief Tom Ekwueme\n\n"
        "MAYOR VARGA: The river crests tonight.\n"
        "Q: Hi, Nadia Roth, Channel 9. When will the levee be checked?\n"
        "CHIEF EKWUEME: At first light.\n"
        "Q: Nadia again. Who checks it?\n"
        "CHIEF EKWUEME: The Corps of Engineers.\n"
        "Q: Will schools open?\n"
        "MAYOR VARGA: No.\n"
    )
    got = lines(text)
    assert got["Q: Hi, Nadia Roth, Channel 9. When will the levee be checked?"] == "Nadia Roth"
    assert got["Q: Nadia again. Who checks it?"] == "Nadia Roth"
    # a question whose reporter gives no name stays Q
    assert got["Q: Will schools open?"] == "Q"


def test_again_names_only_a_reporter_named_before() -> None:
    text = (
        "FLOOD BRIEFING\n\n"
        "MAYOR VARGA: The river crests tonight.\n"
        "Q: Nadia again. Who checks the levee?\n"
        "CHIEF EKWUEME: The Corps.\n"
        "Q: Thanks. And the schools?\n"
        "MAYOR VARGA: Closed.\n"
    )
    assert lines(text)["Q: Nadia again. Who checks the levee?"] == "Q"


# -- callers and audience members named in their label -------------------------------------


def test_a_shared_roles_label_names_its_one_holder_in_parentheses() -> None:
    text = (
        "HOST: Let's go to the phones.\n"
        "CALLER (WALTER): Morning. The bus route is a mess.\n"
        "GUEST: We hear you.\n"
        "CALLER (INAUDIBLE): Hello? Hello?\n"
        "HOST: Lost him.\n"
        "AUDIENCE MEMBER (Philippa Crane, Friends of the Dunes): Thank you both.\n"
        "AUDIENCE MEMBER 2: When is the vote?\n"
        "GUEST: In June.\n"
    )
    got = lines(text)
    assert got["CALLER (WALTER): Morning. The bus route is a mess."] == "Walter"
    # a note on the voice names no one
    assert got["CALLER (INAUDIBLE): Hello? Hello?"] == "CALLER"
    assert got["AUDIENCE MEMBER (Philippa Crane, Friends of the Dunes): Thank you both."] == (
        "Philippa Crane"
    )
    assert got["AUDIENCE MEMBER 2: When is the vote?"] == "AUDIENCE MEMBER 2"


def test_a_given_name_in_parentheses_after_a_name_or_a_role_one_holds_names_no_one() -> None:
    text = (
        "HOST (WALTER): Welcome back.\n"
        "TED (Caller): Thanks for having me.\n"
        "HOST (WALTER): Go ahead.\n"
        "TED (Caller): It's the buses.\n"
    )
    got = lines(text)
    assert got["HOST (WALTER): Welcome back."] == "HOST"
    assert got["TED (Caller): Thanks for having me."] == "TED"


def test_a_numbered_step_in_capitals_is_no_label() -> None:
    text = (
        "How to repot an orchid\n"
        "STEP 1: Water the plant a day before.\n"
        "STEP 2: Ease it out of the pot.\n"
        "STEP 3: Trim dead roots.\n"
    )
    assert split_turns(text) is None


# -- a meeting's dial-in ---------------------------------------------------------------------

_DIALLED = (
    "[Ines Varga] 10:00:01\n"
    "Okay, let's start the retro.\n\n"
    "[Call-in User_2] 10:00:09\n"
    "Hi all, it's Linda, I'm on the train.\n\n"
    "[Ines Varga] 10:00:14\n"
    "Welcome, Linda. What went well?\n\n"
    "[Call-in User_2] 10:00:20\n"
    "The release, mostly.\n\n"
    "[Tomas Reyk] 10:00:31\n"
    "Agreed.\n"
)


def test_a_dial_in_who_gives_her_name_is_named_all_meeting() -> None:
    got = lines(_DIALLED)
    assert got["Hi all, it's Linda, I'm on the train."] == "Linda"
    assert got["The release, mostly."] == "Linda"


def test_a_dial_in_who_gives_no_name_stays_as_labelled() -> None:
    text = _DIALLED.replace("Hi all, it's Linda, I'm on the train.", "Hi all, on the train.")
    text = text.replace("Welcome, Linda.", "Welcome.")
    assert lines(text)["The release, mostly."] == "Call-in User_2"


# -- a host named by how the others answer him ----------------------------------------------

_RADIO = (
    "THE HON RUTH ELLICOTT MP\n"
    "RADIO INTERVIEW - VALLEY DRIVE WITH WALTER BRISBY\n\n"
    "HOST: Minister, welcome.\n"
    "RUTH ELLICOTT: Good morning, Walter, and hello to your listeners.\n"
    "HOST: The rail line. When?\n"
    "RUTH ELLICOTT: Next year.\n"
    "HOST: A caller now. Go ahead.\n"
    "CALLER: Hi Walter, hi Minister. Why so slow?\n"
    "RUTH ELLICOTT: Steel prices.\n"
)


def test_a_host_answered_by_given_name_takes_the_headers_full_name() -> None:
    assert lines(_RADIO)["HOST: The rail line. When?"] == "Walter Brisby"


def test_a_host_answered_by_name_once_or_by_a_name_two_people_share_stays_host() -> None:
    once = _RADIO.replace("Hi Walter, hi Minister.", "Hi Minister.")
    assert lines(once)["HOST: The rail line. When?"] == "HOST"
    shared = _RADIO.replace("THE HON RUTH ELLICOTT MP\n", "THE HON RUTH ELLICOTT MP\nWALTER KAY\n")
    assert lines(shared)["HOST: The rail line. When?"] == "HOST"


def test_a_label_many_hold_is_not_named_by_address() -> None:
    text = (
        "MORNINGS WITH WALTER BRISBY\n\n"
        "CALLER: Morning.\n"
        "HOST: Morning, Walter, go ahead.\n"
        "CALLER: Well.\n"
        "HOST: Thanks, Walter. Next.\n"
        "CALLER: Hi.\n"
    )
    assert lines(text)["CALLER: Morning."] == "CALLER"


# -- a court transcript's appearances and page stamps ---------------------------------------


def test_an_appearance_for_a_party_is_no_label_and_a_filing_stamp_is_narration() -> None:
    text = (
        "UNITED STATES BANKRUPTCY COURT\n"
        "APPEARANCES:\n"
        "For the Debtor: Rosa Velde, Esq.\n"
        "For Northgate Savings Bank: Omar Pruett, Esq.\n\n"
        "THE COURT: Good morning. Mr. Pruett?\n"
        "MR. PRUETT: The bank asks for relief from the stay because the debtor has\n"
        "Case 25-10442-abc    Doc 88    Filed 04/02/25    Page 3 of 7\n"
        "missed four payments.\n"
        "THE COURT: Ms. Velde?\n"
        "MS. VELDE: We cure next week.\n"
        "THE COURT: Page 4 of 7 of the exhibit, then.\n"
    )
    got = lines(text)
    assert got["For Northgate Savings Bank: Omar Pruett, Esq."] == "narrator"
    assert got["Case 25-10442-abc    Doc 88    Filed 04/02/25    Page 3 of 7"] == "narrator"
    assert got["missed four payments."] == "Omar Pruett"
    # said in a turn, a page's number is the speaker's
    assert got["THE COURT: Page 4 of 7 of the exhibit, then."] != "narrator"


def test_initials_that_spell_a_preposition_are_still_a_label() -> None:
    text = "NF: Ready?\nTO : Yes.\nNF: Go on.\nTO : Three hundred sites.\n"
    assert lines(text)["TO : Three hundred sites."] == "TO"


# -- a membership meeting ---------------------------------------------------------------------


def test_a_member_from_the_floor_is_a_label_and_a_ceo_one_person() -> None:
    text = (
        "Harbor Credit Union Annual Meeting\n\n"
        "Chair Lise Amundsen: We are in session. A motion on the minutes?\n"
        "Member from floor: So moved.\n"
        "Chair Lise Amundsen: Our CEO will report.\n"
        "CEO Tobiah Quist-Ferro: Assets grew four percent.\n"
        "Member of the public: Will the branch close?\n"
        "CEO Quist-Ferro: No, it will not.\n"
    )
    got = lines(text)
    assert got["Member from floor: So moved."] == "Member from floor"
    assert got["Member of the public: Will the branch close?"] == "Member of the public"
    assert (
        got["CEO Quist-Ferro: No, it will not."]
        == got["CEO Tobiah Quist-Ferro: Assets grew four percent."]
    )


def test_a_newsletters_member_fields_make_no_transcript() -> None:
    text = (
        "Riverside Co-op Newsletter\n"
        "Member perks: ten percent off bulk goods every Tuesday.\n"
        "Member nights: a potluck on the first Friday of each month.\n"
        "Member fees: forty dollars a year, payable at the desk.\n"
    )
    assert split_turns(text) is None


# -- remarks at a bill signing ----------------------------------------------------------------

_SIGNING = (
    "OFFICE OF THE GOVERNOR\n"
    "REMARKS BY GOVERNOR ODALYS FENWICK-RAE AT SIGNING OF THE CLEAN WELLS ACT\n\n"
    "SENATOR PRUETT: Good morning! (Applause.) I'm State Senator Amos Pruett, and this "
    "bill started with a letter. (Applause.)\n"
    "(Applause.)\n"
    "THE GOVERNOR: Thank you, Amos. Let's sign it. (Applause.)\n"
    "Q: Governor, who pays?\n"
    "THE GOVERNOR: The state does.\n"
)


def test_a_once_speakers_line_ending_in_a_note_is_speech() -> None:
    got = lines(_SIGNING)
    first = next(line for line in got if line.startswith("SENATOR PRUETT:"))
    # he introduces himself in his own words
    assert got[first] == "Amos Pruett"


def test_the_governor_is_named_by_a_headline_in_capitals() -> None:
    assert lines(_SIGNING)["THE GOVERNOR: The state does."] == "Odalys Fenwick-Rae"


def test_a_headline_in_capitals_without_a_name_names_no_one() -> None:
    text = _SIGNING.replace(
        "REMARKS BY GOVERNOR ODALYS FENWICK-RAE AT SIGNING OF THE CLEAN WELLS ACT",
        "REMARKS BY THE GOVERNOR AT SIGNING OF THE CLEAN WELLS ACT",
    )
    assert lines(text)["THE GOVERNOR: The state does."] == "THE GOVERNOR"


def test_a_self_introduction_of_another_surname_names_no_titled_label() -> None:
    text = _SIGNING.replace("I'm State Senator Amos Pruett", "I'm here with Senator Amos Lowe")
    first = next(line for line in lines(text) if line.startswith("SENATOR PRUETT:"))
    assert lines(text)[first] == "SENATOR PRUETT"


def test_a_legends_side_is_the_one_the_roll_lists_as_appearing_for_it() -> None:
    text = (
        "Hearing Officer: Petra Vollmer\n"
        "Participants: Jonah R. Ashdown, appellant; Iris Quell, Compliance Lead, for the board\n"
        "Key: HO = Hearing Officer; APP = Appellant; BD = Board witness\n\n"
        "HO: We are on the record.\n"
        "APP: Thank you.\n"
        "BD: The board relies on its letter.\n"
        "HO: Noted.\n"
    )
    assert lines(text)["BD: The board relies on its letter."] == "Iris Quell"
    # appearing for another side names no one
    other = text.replace("for the board", "for the union")
    assert lines(other)["BD: The board relies on its letter."] == "BD"


def test_a_header_field_ending_in_a_firms_abbreviation_is_no_speech() -> None:
    text = (
        "TRANSCRIPT OF HEARING\n"
        "Court Reporter: Lakeshore Reporting, Inc.\n"
        "Proceedings recorded by stenography.\n\n"
        "THE COURT: Be seated.\n"
        "MS. VELDE: Good morning.\n"
        "THE COURT: Proceed.\n"
        "MS. VELDE: Thank you.\n"
    )
    got = lines(text)
    assert got["Court Reporter: Lakeshore Reporting, Inc."] == "narrator"
    assert got["Proceedings recorded by stenography."] == "narrator"


def test_a_given_name_like_per_still_opens_a_label() -> None:
    text = "Per Olsen: Good evening.\nAnna Berg: Hello.\nPer Olsen: Shall we?\nAnna Berg: Yes.\n"
    assert lines(text)["Per Olsen: Shall we?"] == "Per Olsen"


def test_a_capitalised_role_word_before_a_name_is_no_given_name() -> None:
    header = "Joining us: Interpreter Mei Soda, from the embassy\n"
    assert full_names(["Interpreter"], header, header) == {}


def test_a_briefing_edited_for_clarity_with_three_officials_keeps_q() -> None:
    text = (
        "Storm Briefing\n"
        "By Dana Whitcombe\n"
        "This transcript was edited for clarity.\n\n"
        "CHIEF ROWE: Good afternoon.\n"
        "Q: When do roads reopen?\n"
        "DIRECTOR AMAYA: Tomorrow at noon.\n"
        "Q: And schools?\n"
        "MAYOR LIND: Closed through Friday.\n"
    )
    assert lines(text)["Q: When do roads reopen?"] == "Q"


def test_a_note_closing_the_transcript_stays_a_stage_direction() -> None:
    text = _TURNS + "(Whereupon, the committee adjourned at 8:40 p.m.)\n"
    segments = split_turns(text) or []
    note = text.index("(Whereupon")
    assert any(s.kind == "narration" and s.start == note for s in segments)


def test_a_host_answered_by_a_title_is_not_named_by_it() -> None:
    text = (
        "MINISTER FOR ROADS\n"
        "RADIO INTERVIEW - MORNINGS ON 2XY\n\n"
        "HOST: Welcome.\n"
        "GUEST: Thank you, Minister, for the call.\n"
        "HOST: Roads?\n"
        "GUEST: Yes, Minister, the roads.\n"
    )
    assert lines(text)["HOST: Roads?"] == "HOST"


# -- review of round 15 ----------------------------------------------------------------------


def test_a_label_opening_with_from_or_to_is_still_a_speaker() -> None:
    text = (
        "CHAIR: Thank you all for coming. The council will take questions.\n"
        "FROM THE FLOOR: When will the consultation close?\n"
        "CHAIR: At the end of March.\n"
        "FROM THE FLOOR: And will there be another meeting?\n"
        "CHAIR: Yes, in April.\n"
    )
    assert lines(text)["FROM THE FLOOR: When will the consultation close?"] == "FROM THE FLOOR"
    text = (
        "TO LAM: We welcome the delegation to Hanoi.\n"
        "BLINKEN: Thank you, General Secretary.\n"
        "TO LAM: Trade has grown every year.\n"
        "BLINKEN: And we expect it to keep growing.\n"
    )
    got = lines(text)
    assert got["TO LAM: Trade has grown every year."] == "TO LAM"
    assert got["BLINKEN: Thank you, General Secretary."] == "BLINKEN"


def test_a_last_turns_sign_off_line_stays_the_speakers() -> None:
    head = "CHAIR: The next item is public comment.\n\nMS. BRANDT: One question.\n\n"
    got = lines(
        head + "CHAIR: It is set for March 3.\n"
        "Written comments should be sent to planning@rivertown.gov before then.\n"
    )
    assert got["Written comments should be sent to planning@rivertown.gov before then."] == (
        "CHAIR"
    )
    got = lines(
        "THE COURT: Counsel?\n\nMR. PRUETT: Nothing further.\n\nTHE COURT: Very well.\n"
        "The clerk will certify the foregoing order to the probation office.\n"
    )
    assert got["The clerk will certify the foregoing order to the probation office."] == (
        "THE COURT"
    )
    got = lines(
        "INTERVIEWER: And the mural?\n\nMORALES: That was much later.\n"
        "The gallery still prints the label: Untitled, (c) 1998 Ana Morales.\n"
    )
    assert got["The gallery still prints the label: Untitled, (c) 1998 Ana Morales."] == ("MORALES")


def test_readers_questions_answered_by_two_officials_are_not_the_bylines() -> None:
    text = (
        "Your questions on the flood recovery, answered\n\nBy Jane Doe\n\n"
        "We asked readers what they wanted to know about the recovery. Mayor Ann Lee and "
        "Fire Chief Omar Ross answered. This Q&A has been edited for length.\n\n"
        "Q: When will the bridge reopen?\n\nLEE: We expect it in August.\n\n"
        "Q: Who pays for damaged basements?\n\nROSS: FEMA covers some of it.\n\n"
        "Q: Is the water safe?\n\nLEE: Yes, testing came back clean.\n"
    )
    assert lines(text)["Q: Is the water safe?"] == "Q"


def test_a_callers_place_in_parentheses_is_no_name() -> None:
    text = (
        "HOST: You're on Open Line. Go ahead.\n"
        "CALLER (Des Moines, Iowa): Hi, I want to talk about the ethanol mandate.\n"
        "HOST: Go on.\n"
        "CALLER (Des Moines, Iowa): It costs us.\n"
    )
    assert lines(text)["CALLER (Des Moines, Iowa): It costs us."] == "CALLER"


def test_a_machine_logs_levels_are_no_speakers() -> None:
    for bar in ("|", "-"):
        text = (
            "Deployment log, March 3\n\n"
            f"19:14:05 {bar} INFO: Backup started on db-01.\n"
            f"19:14:09 {bar} WARN: Disk at 91 percent.\n"
            f"19:15:30 {bar} INFO: Backup finished in 85 seconds.\n"
            f"19:16:02 {bar} ERROR: Replica lag above threshold.\n"
            f"19:20:44 {bar} INFO: Replica caught up.\n"
        )
        assert lines(text)[f"19:16:02 {bar} ERROR: Replica lag above threshold."] == "narrator"


def test_a_host_is_not_named_after_a_namesake_the_header_talks_about() -> None:
    text = (
        "TALKBACK TUESDAY\n"
        "Today's topic: Prime Minister Mark Carney's first budget.\n\n"
        "HOST: Good morning, you're on Talkback. First caller, go ahead.\n\n"
        "CALLER: Morning, Mark. I think the budget does nothing for renters.\n\n"
        "HOST: Why do you say that?\n\n"
        "CALLER: Because the housing money doesn't start until 2027.\n\n"
        "HOST: Fair point. Next caller.\n\n"
        "CALLER: Hello, Mark. I run a small shop and the tax change helps me.\n\n"
        "HOST: Good to hear. Thanks for calling.\n"
    )
    assert lines(text)["HOST: Fair point. Next caller."] == "HOST"


def test_a_chat_name_is_not_the_namesake_of_a_topic_field() -> None:
    text = (
        "Book club chat\nTopic: Michelle Obama memoir\n\n"
        "Michelle: Did everyone finish Becoming?\nRaj: Almost, two chapters left.\n"
        "Michelle: Same time next week?\nRaj: Yes.\n"
    )
    assert lines(text)["Michelle: Same time next week?"] == "Michelle"
    text = (
        "Support chat transcript\nCustomer: Daniel Price\nAccount: 44810\n\n"
        "Daniel: Hi, my router keeps dropping the connection.\n"
        "Agent: Sorry to hear that. Have you restarted it?\n"
        "Daniel: Twice.\nAgent: Thanks.\n"
    )
    assert lines(text)["Daniel: Twice."] == "Daniel Price"


def test_a_question_opening_with_a_name_at_a_company_is_still_q() -> None:
    text = (
        "The following interview with Ron Hall, who worked at Apple for twenty years, has "
        "been edited for length.\n\n"
        "Q: Steve Jobs at Apple. What was he like to work for?\n\n"
        "A: Demanding. But he listened, if you had data.\n\n"
        "Q: And after?\n\nA: Calmer.\n"
    )
    assert lines(text)["Q: Steve Jobs at Apple. What was he like to work for?"] != "Steve Jobs"


def test_an_abbreviation_in_brackets_ends_no_sentence_of_a_header_field() -> None:
    text = (
        "Community meeting on the library expansion\n"
        "Start: 7 p.m. (approx.)\n"
        "Location: Oak Room (2nd fl.)\n\n"
        "CHAIR: Welcome, everyone. Let's begin.\n\n"
        "MS. LEE: Thank you.\n\n"
        "CHAIR: First item.\n\n"
        "MS. LEE: Ready.\n"
    )
    assert lines(text)["Start: 7 p.m. (approx.)"] == "narrator"
