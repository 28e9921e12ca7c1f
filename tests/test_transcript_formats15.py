"""Transcripts, round 17: the causes of a studied set's misses, each rule on an invented
input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a Q&A whose interviewee's surname has letters beyond Latin-1 -------------------------

_QA = (
    "THE WEEKEND CONVERSATION\n"
    "'Bread is patience you can eat': Zofia Wąsowska on thirty years at Harrow Mill\n"
    "By Ansel Preddy\n\n"
    "Zofia Wąsowska, 64, has run the bakery at Harrow Mill since 1994. We spoke in her "
    "kitchen. This interview has been edited for length.\n\n"
    "Q: Why bread?\n"
    "A: Because my mother baked it and I could not stop.\n\n"
    "Q: Any regrets?\n"
    "A: The hours. Never the bread.\n"
)


def test_a_lede_name_with_extended_latin_letters_answers() -> None:
    got = lines(_QA)
    # the lede names her twice, the mill once in the headline and once in the lede:
    # "Wąsowska" is a surname, not a word the name pattern stops at
    assert got["A: The hours. Never the bread."] == "Zofia Wąsowska"
    assert got["Q: Any regrets?"] == "Ansel Preddy"


def test_an_faq_naming_such_a_person_stays_unnamed() -> None:
    # a page of questions that calls itself no interview names no side
    faq = (
        "Harrow Mill Bakery: frequently asked questions\n"
        "Zofia Wąsowska runs the bakery. Zofia Wąsowska answers mail on Mondays.\n\n"
        "Q: Do you deliver?\nA: Only within the village.\n\n"
        "Q: Is the bread vegan?\nA: The rye is; the brioche is not.\n"
    )
    got = lines(faq)
    assert got["A: Only within the village."] in {"A", "narrator"}
    assert got["Q: Do you deliver?"] in {"Q", "narrator"}


# -- initials labels: a middle name left out, a double-barrelled surname ------------------

_ORAL_HISTORY = (
    "Riverside Mills Oral History Project\n"
    "Interview with Anselm Okoro-Vance\n"
    "Interviewer: Marguerite Iona Fenwick\n"
    "Date: May 2, 2025\n\n"
    "MF: This is Marguerite Fenwick, and I'm here with Anselm. Where were you born?\n"
    "AOV: In the mill cottages, 1939.\n"
    "MF: When did you start work?\n"
    "AOV: At fourteen, sweeping the weaving shed.\n"
)


def test_initials_take_the_header_names() -> None:
    got = lines(_ORAL_HISTORY)
    # "MF" leaves the middle name out; "AOV" spells both halves of the surname
    assert got["MF: When did you start work?"] == "Marguerite Iona Fenwick"
    assert got["AOV: At fourteen, sweeping the weaving shed."] == "Anselm Okoro-Vance"
    assert got["Interviewer: Marguerite Iona Fenwick"] == "narrator"


def test_a_three_letter_surname_label_is_still_a_surname() -> None:
    text = (
        "Morning Desk, 4 March\nHost: Dana Cox\nGuest: Peter Lund\n\n"
        "COX: Good morning. Peter, the budget?\n"
        "LUND: It's late again.\n"
        "COX: Why?\n"
        "LUND: The council can't agree.\n"
    )
    got = lines(text)
    assert got["COX: Why?"] == "Dana Cox"
    assert got["LUND: The council can't agree."] == "Peter Lund"


def test_an_acronym_label_takes_no_stray_triple() -> None:
    # a venue of three capitalised words in a field is no one's initials for "CEO"
    text = (
        "Quarterly call\nVenue: Portmoor Maritime Museum\n\n"
        "CEO: Revenue rose four percent.\n"
        "CFO: Costs rose three.\n"
        "CEO: So we grew.\n"
        "CFO: A little.\n"
    )
    got = lines(text)
    assert got["CEO: So we grew."] == "CEO"


# -- a record line naming the show's roles, a title and an office around the name ---------

_PHONE_IN = (
    'WKRN 1040 AM \u2014 "THE OPEN LINE"\n'
    "Host: Roy Abernathy   Guest: Dr. Sunita Rao-Whitfield, County Health Officer\n\n"
    "HOST: Welcome back. Dennis in Ashford, you're on the air.\n"
    "CALLER: Hi Roy, yeah, Dennis here, longtime listener. Am I covered?\n"
    "GUEST: Yes, you are covered.\n"
    "CALLER: Okay, good.\n"
    "HOST: Next up, we've got a caller from Grange Hill. Go ahead.\n"
    "CALLER: I don't want to say my name. Why aren't schools closing?\n"
    "GUEST: Closures don't slow flu much.\n"
    "HOST: Thanks for the call. One more before the break. Marguerite in Pell City.\n"
    "CALLER: Hello? Am I on?\n"
    "HOST: You're on, Marguerite.\n"
    "CALLER: Is it safe to get both shots at once?\n"
    "GUEST: For most people your age, yes.\n"
    "HOST: Marguerite, thank you. We'll be right back.\n"
)


def test_a_record_line_names_a_titled_guest() -> None:
    got = lines(_PHONE_IN)
    assert got["GUEST: Yes, you are covered."] == "Sunita Rao-Whitfield"
    assert got["HOST: Welcome back. Dennis in Ashford, you're on the air."] == "Roy Abernathy"
    assert (
        got["Host: Roy Abernathy   Guest: Dr. Sunita Rao-Whitfield, County Health Officer"]
        == "narrator"
    )


def test_each_call_is_announced_and_named_on_its_own() -> None:
    got = lines(_PHONE_IN)
    # "Dennis here": his own name; "Marguerite in Pell City." puts the next call through
    assert got["CALLER: Okay, good."] == "Dennis"
    assert got["CALLER: I don't want to say my name. Why aren't schools closing?"] == "CALLER"
    assert got["CALLER: Is it safe to get both shots at once?"] == "Marguerite"
    assert got["CALLER: Hello? Am I on?"] == "Marguerite"


def test_you_are_on_the_air_inside_a_call_keeps_the_call_whole() -> None:
    # the host answers the caller's "Am I on?" by name: the same call, the same caller
    text = (
        "GARDEN HOUR\nHost: Lou Brandt\n\n"
        "LOU: Katie, who's next?\nPRODUCER KATIE: Line four.\n"
        "CALLER: Hello? Am I on?\n"
        "LOU: You're on the air, Herb. Go ahead.\n"
        "CALLER: I have moles.\n"
        "LOU: Herb, treat the grubs.\n"
        "CALLER: Okay, thanks.\n"
    )
    got = lines(text)
    assert got["CALLER: Hello? Am I on?"] == "Herb"
    assert got["CALLER: Okay, thanks."] == "Herb"


def test_a_form_with_fields_spaced_apart_is_no_transcript() -> None:
    # a planning notice lays out its fields as a record; no one speaks in it
    text = (
        "PLANNING NOTICE 24/0113\n"
        "Applicant: Dr. Jane Roe, Architect   Agent: Tom Ray\n"
        "Site: 12 Quay Street, Portmoor\n\n"
        "The council has received an application to convert the former chandlery into "
        "four flats. Comments may be made until 30 April.\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


# -- a programme's fields, timed ------------------------------------------------------------

_PROGRAMME = (
    "Harbour Futures Day 2027\n\n"
    "Date: Friday, 5 March 2027\nVenue: Portmoor Maritime Museum\n\n"
    "PROGRAMME\n\n"
    "9:00 Welcome\n"
    "Speaker: Cllr Hazel Vurt, Leader, Portmoor Borough Council\n\n"
    "9:15 Keynote\n"
    "Speaker: Prof. Dominic Achterberg, Institute for Coastal Change\n\n"
    "10:15 Panel: Who Pays for Coastal Defence?\n"
    "Moderator: Leila Haddad, environment editor, The Portmoor Mercury\n\n"
    "11:45 Workshop A: Saltmarsh restoration \u2014 Facilitator: Dr. Ana Prieto\n"
    "11:45 Workshop B: Insurance and flood risk \u2014 Facilitator: Gregor Tait\n\n"
    "14:00 Closing conversation\n"
    "Host: Leila Haddad\n"
    "Contact: events@harbourfutures.example\n"
)


def test_a_timed_programme_is_no_transcript() -> None:
    got = lines(_PROGRAMME)
    assert set(got.values()) == {"narrator"}


def test_a_timed_panel_that_talks_stays_a_transcript() -> None:
    # the same times and roles, but the lines say something: turns
    text = (
        "Harbour Futures Day 2027: the panel, transcribed\n\n"
        "10:15 Moderator: Leila Haddad here. Who pays for coastal defence?\n"
        "10:16 Panellist: Sam Okoro. We all do, through our rates.\n"
        "10:18 Moderator: Is that fair?\n"
        "10:19 Panellist: It is what we have.\n"
    )
    got = lines(text)
    assert got["10:18 Moderator: Is that fair?"] != "narrator"
    assert got["10:19 Panellist: It is what we have."] != "narrator"


# -- a deposition's running head names the witness; a reporting firm's footer -----------

_DEPOSITION = (
    "                                                  Page 22\n"
    "         MARISOL ANNE QUIROGA - 11/04/2026\n\n"
    "                    EXAMINATION\n"
    "BY MR. LINDQVIST:\n"
    "      Q.   Good morning. Where do you work?\n"
    "      A.   At the Harbor depot.\n"
    "      Q.   Since when?\n"
    "      A.   Since 2019.\n"
    "               MS. OYELARAN:  Objection to form.\n\n"
    "                                                  Page 23\n"
    "         MARISOL ANNE QUIROGA - 11/04/2026\n\n"
    "      Q.   Who was your manager?\n"
    "      A.   Dale Pruitt.\n"
    "               MR. LINDQVIST:  Let's take a break.\n\n"
    "                      Harborline Reporting Group, LLC\n"
    "                 (555) 301-7700 | depos@harborline.example\n"
)


def test_a_depositions_running_head_names_the_witness() -> None:
    got = lines(_DEPOSITION)
    # (in the capitals the head gives, where no mention writes the name otherwise)
    assert got["A.   Dale Pruitt."].lower() == "marisol anne quiroga"
    assert got["A.   At the Harbor depot."].lower() == "marisol anne quiroga"
    # the head at each page's top is no one's words
    assert got["MARISOL ANNE QUIROGA - 11/04/2026"] == "narrator"


def test_a_reporting_firms_footer_is_narration() -> None:
    got = lines(_DEPOSITION)
    assert got["Harborline Reporting Group, LLC"] == "narrator"
    assert got["(555) 301-7700 | depos@harborline.example"] == "narrator"


def test_a_firm_named_in_a_last_sentence_stays_spoken() -> None:
    text = (
        "INTERVIEWER: Where do you work now?\n"
        "GUEST: For a reporting firm.\n"
        "INTERVIEWER: Which one?\n"
        "GUEST: I'm with Harborline Reporting Group, LLC, these days.\n"
        "You can call me at (555) 301-7700 any time.\n"
    )
    got = lines(text)
    assert got["You can call me at (555) 301-7700 any time."] == "GUEST"


# -- a broadcast's host alone above the introduction; a long copyright and caveat ---------

_RADIO = (
    "Farmers Watch A Warm Winter\n"
    "November 19, 2026 4:38 PM ET\n\n"
    "DELPHINE ARKWRIGHT, HOST:\n\n"
    "Orchards are blooming in November, and that is bad news. Ravi Okonjo reports.\n\n"
    "RAVI OKONJO, BYLINE: On Tomas Wirth's orchard, the buds are pink.\n\n"
    "TOMAS WIRTH: This should be asleep.\n\n"
    "OKONJO: Wirth has grown apples here since 1990.\n\n"
    "WIRTH: A frost in January and those buds die.\n\n"
    "OKONJO: For Meridian Radio, I'm Ravi Okonjo.\n\n"
    "(SOUNDBITE OF MUSIC)\n\n"
    "Copyright \u00a9 2026 Meridian Radio, Inc. All rights reserved. Visit our website terms "
    "of use and permissions pages at www.meridian.example for further information.\n\n"
    "Accuracy and availability of Meridian transcripts may vary. Transcript text may be "
    "revised to correct errors or match updates to audio. Audio on meridian.example may be "
    "edited after its original broadcast or publication. The authoritative record of "
    "Meridian's programming is the audio record.\n"
)


def test_a_hosts_label_alone_above_the_intro_speaks_it() -> None:
    got = lines(_RADIO)
    assert got["DELPHINE ARKWRIGHT, HOST:"] == "DELPHINE ARKWRIGHT"
    intro = "Orchards are blooming in November, and that is bad news. Ravi Okonjo reports."
    assert got[intro] == "DELPHINE ARKWRIGHT"


def test_a_long_copyright_and_caveat_close_the_transcript() -> None:
    got = lines(_RADIO)
    assert got["OKONJO: For Meridian Radio, I'm Ravi Okonjo."] != "narrator"
    assert all(v == "narrator" for k, v in got.items() if k.startswith(("Copyright", "Accuracy")))


def test_a_heading_with_a_role_and_no_inline_labels_stays_narration() -> None:
    # a festival's page: a name and a role alone above a paragraph, no transcript's labels
    text = (
        "Harvest Festival 2026\n\n"
        "DELPHINE ARKWRIGHT, DIRECTOR:\n\n"
        "The festival runs for three days on the green. Stalls open at nine.\n\n"
        "RAVI OKONJO, TREASURER:\n\n"
        "Accounts are published each spring at the library.\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


def test_a_speakers_long_last_paragraph_on_copyright_stays_theirs() -> None:
    text = (
        "HOST: What do you teach?\n\n"
        "GUEST: Law.\n\n"
        "HOST: Which law?\n\n"
        "GUEST: Mostly contracts.\n\n"
        "Copyright is the part I love, though: my students argue about who owns a photo "
        "a monkey took, and I let them argue for the whole hour, because the argument is "
        "the lesson. Nobody owns it, in the end, and that surprises them every single "
        "year, which is why I keep teaching it and why I keep the photo on my office door.\n"
    )
    got = lines(text)
    assert got[text.strip().split("\n")[-1]] == "GUEST"


def test_a_transcripts_review_note_closes_it() -> None:
    text = (
        "Interviewer: Ada Lin\n\n"
        "AL: Where were you born?\n"
        "RM: In the mill cottages.\n"
        "AL: Thank you.\n"
        "Transcript reviewed and approved by narrator, 14 August 2025. Copyright Mill Library.\n"
    )
    got = lines(text)
    assert got[text.strip().split("\n")[-1]] == "narrator"
    # a speaker's words about a transcript, in their own voice, stay theirs
    spoken = text.replace(
        "Transcript reviewed and approved by narrator, 14 August 2025. Copyright Mill Library.",
        "RM: The transcript was wrong.\nTranscript reviewed by my lawyer, I said, and I stand.",
    )
    got = lines(spoken)
    assert got["Transcript reviewed by my lawyer, I said, and I stand."] != "narrator"


# -- a member of the public who names himself, one who does not ---------------------------

_COUNCIL = (
    "CITY OF ASHGROVE - REGULAR MEETING OF THE CITY COUNCIL\n"
    "PRESENT: Mayor Ines Farraday; Councilmembers Quill, Brisco\n\n"
    "MAYOR FARRADAY: We'll open public comment. Please come to the microphone.\n"
    "PUBLIC SPEAKER: Good evening, my name is Norbert Ellingsen, I live on Crane Avenue. "
    "I'm here about the parking garage.\n"
    "MAYOR FARRADAY: Thank you. Next speaker.\n"
    "PUBLIC SPEAKER: Hi. I'd rather not give my name. My neighbour, Ann Cole, agrees with "
    "me that the library should open later.\n"
    "MAYOR FARRADAY: Thank you. Public comment is closed.\n"
)


def test_a_public_speaker_who_names_himself_is_that_person() -> None:
    got = lines(_COUNCIL)
    first = next(k for k in got if k.startswith("PUBLIC SPEAKER: Good evening"))
    second = next(k for k in got if k.startswith("PUBLIC SPEAKER: Hi."))
    assert got[first] == "Norbert Ellingsen"
    # the next one declines; a neighbour she names is not she
    assert got[second] == "PUBLIC SPEAKER"


def test_the_speaker_of_a_house_stays_one_person() -> None:
    # "SPEAKER" alone presides: one person, whatever a turn's first words say
    text = (
        "HOUSE OF ASSEMBLY - Tuesday\n\n"
        "SPEAKER: Order. I'm Tom Barlow's successor in this chair, and I call the member.\n"
        "MR. OKAFOR: Thank you. I rise on the budget.\n"
        "SPEAKER: The member's time has expired.\n"
        "MR. OKAFOR: I'll sit down.\n"
    )
    got = lines(text)
    assert (
        got["SPEAKER: Order. I'm Tom Barlow's successor in this chair, and I call the member."]
        == got["SPEAKER: The member's time has expired."]
    )


# -- an FAQ page's links below the answers -------------------------------------------------

_FAQ = (
    "Frequently Asked Questions \u2014 Ridgeline Community Solar\n\n"
    "Q: What is a community solar garden?\n"
    "A: A shared solar array that members subscribe to.\n\n"
    "Q: How much will I save?\n"
    "A: Most subscribers save between 8% and 12%.\n\n"
    "Subscriber Agreement: Download (PDF, 210 KB)\n"
    "Rate Sheet: Download (PDF, 88 KB)\n"
)


def test_an_faq_pages_download_links_leave_it_a_page() -> None:
    got = lines(_FAQ)
    assert set(got.values()) == {"narrator"}


def test_a_briefing_under_an_faq_heading_with_a_moderator_stays_a_transcript() -> None:
    # a moderator who speaks below the answers: a briefing, not a page
    text = _FAQ.replace(
        "Subscriber Agreement: Download (PDF, 210 KB)\nRate Sheet: Download (PDF, 88 KB)\n",
        "MODERATOR: Thank you all for coming.\n",
    )
    got = lines(text)
    assert got["MODERATOR: Thank you all for coming."] != "narrator"


# -- given names in capitals alone above the turns ------------------------------------------

_PODCAST = (
    "Crumb & Kettle \u2014 Episode 87\nTranscript\n\n"
    "[THEME MUSIC]\n\n"
    "LENA\nWelcome back to the show. I'm Lena Okafor.\n\n"
    "JONAH\nAnd I'm Jonah Pell, and I brought a starter into the studio.\n\n"
    "LENA\nIt's bubbling. Why is it bubbling?\n\n"
    "JONAH\nThat means it's happy, Lena.\n\n"
    "LENA\nOur guest today is Tomasz Wierzba. Welcome.\n\n"
    "TOMASZ\nThank you for having me. I think your starter is hungry.\n\n"
    "JONAH\nWow. Okay.\n\n"
    "TOMASZ\nIt is fine, I promise you.\n"
)


def test_given_names_alone_above_the_turns_are_speakers() -> None:
    got = lines(_PODCAST)
    # (named as the lines write them)
    assert got["It's bubbling. Why is it bubbling?"] == "LENA"
    assert got["That means it's happy, Lena."] == "JONAH"
    assert got["It is fine, I promise you."] == "TOMASZ"
    assert got["LENA"] == "LENA"


def test_headings_in_capitals_above_paragraphs_stay_narration() -> None:
    # a recipe's sections in capitals come back, say "you", and name no one
    text = (
        "Grandma's Rye\n\n"
        "INGREDIENTS\nYou need rye flour, water and salt.\n\n"
        "METHOD\nYou mix it and you wait.\n\n"
        "INGREDIENTS\nFor the second loaf you need more salt.\n\n"
        "METHOD\nYou bake it for an hour.\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


# -- an interview's lede naming its one person once, and an island twice ------------------

_CONVERSATION = (
    "The Tidewater Ledger \u2014 Sunday Conversations\n\n"
    "The ferry captain who kept Marlow Island connected through three winters.\n"
    "By Dana Whitcombe\n\n"
    "For eleven years, Oksana Petrenko-Hale has piloted the only ferry between Marlow "
    "Island and the mainland town of Easton Quay. This conversation has been edited.\n\n"
    "Q: How did you start?\n"
    "A: As a deckhand, for one summer.\n\n"
    "Q: And now?\n"
    "A: Eleven winters later, I'm still here.\n"
)


def test_the_one_person_a_lede_names_answers() -> None:
    got = lines(_CONVERSATION)
    # the island is named twice, but it is no one; the town follows "of": a place
    assert got["A: Eleven winters later, I'm still here."] == "Oksana Petrenko-Hale"
    assert got["Q: And now?"] == "Dana Whitcombe"


def test_a_lede_naming_two_people_once_names_no_side() -> None:
    text = _CONVERSATION.replace(
        "For eleven years, Oksana Petrenko-Hale has piloted",
        "For eleven years, Oksana Petrenko-Hale and Tomas Reyes have piloted",
    )
    got = lines(text)
    assert got["A: Eleven winters later, I'm still here."] == "A"


def test_a_programme_with_a_description_and_parking_lines_is_no_transcript() -> None:
    text = _PROGRAMME.replace(
        "Contact: events@harbourfutures.example\n",
        "Description: Why defences fail, and what three years of surveys taught us.\n"
        "Parking: Lot C, free after registration. Shuttle every 20 minutes.\n"
        "Contact: events@harbourfutures.example\n",
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


def test_an_exchange_answered_with_names_stays_a_transcript() -> None:
    # the answers are names, but the questions ask in lower case
    text = (
        "HOST: Who's on the panel tonight?\n"
        "GUEST: Dana Cox, Peter Lund\n"
        "HOST: And who chairs it?\n"
        "GUEST: Ann Lee\n"
    )
    got = lines(text)
    assert got["GUEST: Ann Lee"] == "GUEST"
    assert got["HOST: And who chairs it?"] == "HOST"


# -- a surname label from the start, a longer one joining later ----------------------------

_ORAL_HISTORY_WIFE = (
    "Quarry Towns Oral History Project\n"
    'Interviewee: Walter T. "Buzz" Haraldsen\nInterviewer: Corinne Abelard\n'
    "Also present: Ruth Haraldsen (interviewee's wife), who joins partway through.\n\n"
    "INTERVIEWER: Would you say your full name for the tape?\n\n"
    "HARALDSEN: Walter Thorvald Haraldsen.\n\n"
    "INTERVIEWER: When did you start at the quarry?\n\n"
    "HARALDSEN: 1951. I was sixteen.\n\n"
    "RUTH HARALDSEN: [from the kitchen] He was fifteen!\n\n"
    "HARALDSEN: She'll tell you it was at the church supper. She's wrong.\n\n"
    "RUTH HARALDSEN: It was the church supper.\n"
)


def test_a_longer_label_joining_later_is_someone_else() -> None:
    got = lines(_ORAL_HISTORY_WIFE)
    walter = got["HARALDSEN: 1951. I was sixteen."]
    assert walter != got["RUTH HARALDSEN: It was the church supper."]
    # the header's name, its nickname in quotes left out
    assert walter == "Walter T. Haraldsen"


def test_a_header_name_with_a_nickname_names_and_does_not_speak() -> None:
    got = lines(_ORAL_HISTORY_WIFE)
    assert got["Interviewer: Corinne Abelard"] == "narrator"
    assert got["INTERVIEWER: When did you start at the quarry?"] == "Corinne Abelard"


def test_a_full_label_then_its_surname_is_one_person() -> None:
    text = (
        "LESTER HOLT: Good evening from Hofstra.\n\n"
        "DONALD TRUMP: Thank you, Lester.\n\n"
        "HOLT: Let's begin with jobs.\n\n"
        "TRUMP: Our jobs are fleeing.\n"
    )
    got = lines(text)
    assert got["HOLT: Let's begin with jobs."] == got["LESTER HOLT: Good evening from Hofstra."]


# -- an earnings call's lists of participants under headings -------------------------------

_CALL = (
    "Lumen Solar Corp. (LMS) Q3 2025 Earnings Call Transcript\n\n"
    "Company Participants\n"
    "Felicity Braun - Vice President, Investor Relations\n"
    "Margaret Oyelaran - Chief Executive Officer\n\n"
    "Conference Call Participants\n"
    "Ravi Deshpande - Halberd Securities\n\n"
    "Operator\nGood afternoon, and welcome to our call.\n\n"
    "Felicity Braun\nThank you, operator. With me today is Margaret.\n\n"
    "Margaret Oyelaran\nThanks, Felicity. We had a quarter of two stories.\n\n"
    "Operator\nOur first question comes from Ravi Deshpande.\n\n"
    "Ravi Deshpande\nHi, thanks. How much of your backlog is at risk?\n\n"
    "Margaret Oyelaran\nVery little of it, Ravi, I can tell you.\n\n"
    "Ravi Deshpande\nGot it. And should we think of this as the trough?\n\n"
    "Margaret Oyelaran\nI don't want to call a trough, Ravi.\n\n"
    "Operator\nThis concludes our question-and-answer session. You may now disconnect.\n"
)


def test_a_list_of_participants_under_its_heading_is_narration() -> None:
    got = lines(_CALL)
    assert got["Company Participants"] == "narrator"
    assert got["Conference Call Participants"] == "narrator"
    assert got["Ravi Deshpande - Halberd Securities"] == "narrator"
    assert got["Very little of it, Ravi, I can tell you."] == "Margaret Oyelaran"
    assert got["Hi, thanks. How much of your backlog is at risk?"] == "Ravi Deshpande"


# -- a focus group's round of first names ----------------------------------------------------

_FOCUS_GROUP = (
    "HOLLIS RESEARCH GROUP \u2014 Rider Focus Group 3\n"
    "Respondents: 4 (R1\u2013R4). Moderator: Hollis staff (MOD).\n\n"
    "MOD (00:00:12): OK, welcome. Let's go around and say your first name and how you get "
    "to work.\n"
    "R1 (00:00:25): I'm Gail. I take the 22 bus from Fairmount.\n"
    "R2 (00:00:31): Tomás. I drive to the park-and-ride.\n"
    "R3 (00:00:38): I'll pass on the name, if that's OK. I bike.\n"
    "R4 (00:00:44): Sure. I take the Green Line.\n\n"
    "MOD (00:00:51): How reliable has your trip been?\n"
    "R1 (00:01:02): The bus, terrible. The train, fine.\n"
    "R2 (00:01:09): The train is fine until it isn't.\n"
    "R4 (00:01:15): Same for me.\n"
)


def test_numbered_respondents_take_the_first_names_they_give() -> None:
    got = lines(_FOCUS_GROUP)
    assert got["R1 (00:01:02): The bus, terrible. The train, fine."] == "Gail"
    assert got["R2 (00:01:09): The train is fine until it isn't."] == "Tomás"
    # one passes on the name; another answers "Sure.", which is no name
    assert got["R3 (00:00:38): I'll pass on the name, if that's OK. I bike."] == "R3"
    assert got["R4 (00:01:15): Same for me."] == "R4"


def test_a_participant_code_with_no_name_asked_stays_a_code() -> None:
    text = (
        "Study 12, interview 7. Interviewer: Rhiannon Kell\n\n"
        "INTERVIEWER: Tell me about the clinic.\n"
        "P07: Busy. Always busy.\n"
        "INTERVIEWER: And the staff?\n"
        "P07: Kind, mostly.\n"
    )
    got = lines(text)
    assert got["P07: Busy. Always busy."] == "P07"


# -- a Q&A asking in its magazine's name ------------------------------------------------------

_MAGAZINE = (
    "HALFLIGHT MAGAZINE \u203a CULTURE \u203a INTERVIEWS\n\n"
    "Rhiannon Calloway-Price on the Book She Was Told Not to Write\n\n"
    "By Jasper Okwuosa | Photographs by Mei-Lin Forsythe\nNovember 2, 2025\n\n"
    "**Halflight:** When did you first read the letters?\n\n"
    "**Rhiannon Calloway-Price:** I was thirty-four, which is embarrassing.\n\n"
    "**Halflight:** What are you working on now?\n\n"
    "**Rhiannon Calloway-Price:** Something with no letters in it.\n"
)


def test_the_magazines_label_asks_as_its_writer() -> None:
    got = lines(_MAGAZINE)
    assert got["**Halflight:** What are you working on now?"] == "Jasper Okwuosa"
    assert got["**Rhiannon Calloway-Price:** Something with no letters in it."] == (
        "Rhiannon Calloway-Price"
    )


def test_the_magazines_label_with_no_byline_stays_as_written() -> None:
    text = _MAGAZINE.replace("By Jasper Okwuosa | Photographs by Mei-Lin Forsythe\n", "")
    got = lines(text)
    assert got["**Halflight:** What are you working on now?"] == "Halflight"


# -- a state Hansard: subject headings, the Speaker named as she takes the chair ----------

_HANSARD = (
    "LEGISLATIVE ASSEMBLY OF NEW ALBANY\nPARLIAMENTARY DEBATES (HANSARD)\n\n"
    "The SPEAKER (Hon. Colleen Maybury) took the chair at 9.30 am and read prayers.\n\n"
    "QUESTIONS WITHOUT NOTICE\n\n"
    "Housing \u2014 Social Housing Waiting List\n\n"
    "Mr DOWLING (Kessock) (14:02): My question is to the Minister for Housing.\n\n"
    "The Hon. P. ANAND (Minister for Housing) (14:03): I thank the member.\n\n"
    "Opposition members interjecting.\n\n"
    "The SPEAKER: Order! The member for Kessock will hear the answer.\n\n"
    "The Hon. P. ANAND: As I was saying, we have built 612 homes.\n\n"
    "Housing \u2014 Rental Bond Scheme\n\n"
    "Ms HARTIGAN (Glenmorrow) (14:09): Will the minister extend the scheme?\n\n"
    "The Hon. P. ANAND (Minister for Housing) (14:09): It is under review.\n\n"
    "Mr Dowling interjecting.\n\n"
    "The SPEAKER: The member for Kessock is warned.\n"
)


def test_a_hansards_subject_headings_are_narration() -> None:
    got = lines(_HANSARD)
    assert got["Housing \u2014 Social Housing Waiting List"] == "narrator"
    assert got["Housing \u2014 Rental Bond Scheme"] == "narrator"
    first = "Mr DOWLING (Kessock) (14:02): My question is to the Minister for Housing."
    assert got[first].lower().endswith("dowling")
    assert got["Ms HARTIGAN (Glenmorrow) (14:09): Will the minister extend the scheme?"] != (
        "narrator"
    )


def test_interjections_with_a_full_stop_are_narration() -> None:
    got = lines(_HANSARD)
    assert got["Opposition members interjecting."] == "narrator"
    assert got["Mr Dowling interjecting."] == "narrator"


def test_the_speaker_is_whom_the_record_seats_in_the_chair() -> None:
    got = lines(_HANSARD)
    assert got["The SPEAKER: The member for Kessock is warned."] == "Colleen Maybury"


def test_a_speakers_short_line_with_a_dash_stays_theirs() -> None:
    text = (
        "HOST: What does the town need?\n\n"
        "GUEST: Houses. Lots of them.\n\n"
        "Jobs \u2014 and more jobs\n\n"
        "HOST: Thank you.\n\n"
        "GUEST: My pleasure.\n"
    )
    got = lines(text)
    assert got["Jobs \u2014 and more jobs"] == "GUEST"


_EARNINGS = (
    "Helvar Health (HLVR) Q2 2026 Earnings Call Transcript\n\n"
    "Operator\n\nGood day, and welcome to our call. I'll hand over to Tobias.\n\n"
    "Tobias Wren -- Chief Executive Officer\n\nThanks. We had a strong quarter, I think.\n\n"
    "Operator\n\nOur first question comes from Kieran Maddox.\n\n"
    "Kieran Maddox -- Tillman Securities -- Analyst\n\nHey, congrats. How should we think "
    "about 2027?\n\n"
    "Tobias Wren -- Chief Executive Officer\n\nCarefully. I'd call it a year of proof.\n\n"
    "Kieran Maddox -- Tillman Securities -- Analyst\n\nUnderstood. Thanks.\n\n"
    "Operator\n\nThis concludes our call. You may disconnect.\n\n"
    "Call participants:\n"
    "Tobias Wren -- Chief Executive Officer\n"
    "Kieran Maddox -- Tillman Securities -- Analyst\n"
)


def test_a_short_reply_in_capitalised_words_below_a_name_is_speech() -> None:
    got = lines(_EARNINGS)
    assert got["Understood. Thanks."] == "Kieran Maddox"
    # the closing list of participants stays narration
    assert got["Call participants:"] == "narrator"


def test_a_voice_tag_surname_first_is_the_persons_name() -> None:
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:03.000\n<v Adaeze Okonkwo>Morning all, can you hear me?</v>\n\n"
        "00:00:04.000 --> 00:00:05.000\n<v Lindqvist, Henrik (Finance)>Yep, loud and clear.</v>\n\n"
        "00:00:06.000 --> 00:00:08.000\n<v Adaeze Okonkwo>Great. One item today.</v>\n\n"
        "00:00:09.000 --> 00:00:10.000\n<v Lindqvist, Henrik (Finance)>Go on.</v>\n"
    )
    got = lines(text)
    assert got["<v Lindqvist, Henrik (Finance)>Go on.</v>"] == "Henrik Lindqvist"
    assert got["<v Adaeze Okonkwo>Great. One item today.</v>"] == "Adaeze Okonkwo"


def test_two_notes_on_a_line_of_their_own_are_narration() -> None:
    text = (
        "MAYOR ROE: Scissors! Who has the scissors? (Laughter.)\n\n"
        "AUDIENCE: Here!\n\n"
        "(The ribbon is cut.) (Applause.)\n\n"
        "MAYOR ROE: Thank you all.\n"
    )
    got = lines(text)
    assert got["(The ribbon is cut.) (Applause.)"] == "narrator"
    assert got["MAYOR ROE: Thank you all."] == "MAYOR ROE"


def test_a_reporting_firms_name_in_capitals_closes_a_transcript() -> None:
    text = (
        "BY MR. HALE:\n"
        "     Q.   Where were you?\n"
        "     A.   At home.\n"
        "     Q.   Thank you. Nothing further.\n\n"
        "          NORTHGATE COURT REPORTING \u2014 CERTIFIED SHORTHAND REPORTERS\n"
    )
    got = lines(text)
    assert got["NORTHGATE COURT REPORTING \u2014 CERTIFIED SHORTHAND REPORTERS"] == "narrator"
    assert got["Q.   Thank you. Nothing further."] != "narrator"


_REMARKS = (
    "Remarks by Governor Moreland at the Harbor Bridge Opening\n\n"
    "GOVERNOR MORELAND: Thank you. I want to thank Mayor Colin Ferris for that "
    "introduction, and for not mentioning that I got lost. (Laughter.)\n\n"
    "MAYOR FERRIS: I was going to! (Laughter.)\n\n"
    "GOVERNOR MORELAND: Now, this bridge took nine years.\n"
)


def test_a_titled_label_takes_the_name_a_speaker_gave_it_before() -> None:
    got = lines(_REMARKS)
    assert got["MAYOR FERRIS: I was going to! (Laughter.)"] == "Colin Ferris"


def test_a_name_with_another_title_leaves_the_label_as_written() -> None:
    text = _REMARKS.replace("Mayor Colin Ferris", "Senator Dana Ferris")
    got = lines(text)
    assert got["MAYOR FERRIS: I was going to! (Laughter.)"] == "MAYOR FERRIS"


def test_a_ministers_office_and_name_in_parentheses_label_her_turn() -> None:
    text = (
        "House of Assembly\nOral Answers to Questions\n\n"
        "1. Callum Jessop (Dunmore North) (Ind): What progress has the programme made?\n\n"
        "The Minister for Housing (Eleanor Pritchard-Voss): It has delivered 4,212 homes.\n\n"
        "Callum Jessop: Not one in Dunmore North.\n\n"
        "Eleanor Pritchard-Voss: Two sites break ground in April.\n\n"
        "Mr Speaker: Order. I call the shadow Minister.\n\n"
        "Nadia Farouk (Westwater) (Opp): When will the review end?\n\n"
        "Eleanor Pritchard-Voss: Before the summer, as I said.\n"
    )
    got = lines(text)
    first = "The Minister for Housing (Eleanor Pritchard-Voss): It has delivered 4,212 homes."
    assert got[first] == "Eleanor Pritchard-Voss"


def test_an_office_in_a_sentence_with_a_name_in_parentheses_is_no_label() -> None:
    # a committee's name is no office; a news story's sentence is no label
    text = (
        "The Committee for Housing (Stage Two): papers are due Friday.\n\n"
        "The minister said the programme was on course.\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}


def test_a_tabled_question_and_its_heading_are_narration() -> None:
    text = (
        "House of Assembly\nOral Answers to Questions\n\n"
        "Mr Speaker: Order. Questions to the Minister.\n\n"
        "Eleanor Pritchard-Voss: The programme is on course.\n\n"
        "Callum Jessop: It is not, in my constituency.\n\n"
        "Eleanor Pritchard-Voss: Two sites break ground in April.\n\n"
        "Rural Broadband\n"
        "2. Callum Jessop (Dunmore North) (Ind): What recent discussions the Minister has "
        "had with providers. [904113]\n\n"
        "Mr Speaker: I call the Minister.\n\n"
        "Eleanor Pritchard-Voss: Weekly ones.\n"
    )
    got = lines(text)
    assert got["Rural Broadband"] == "narrator"
    tabled = next(k for k in got if k.startswith("2. Callum Jessop"))
    assert got[tabled] == "narrator"
    # a speaker's numbered point, with no order paper's reference, stays theirs
    spoken = text.replace(
        "Rural Broadband\n2. Callum Jessop (Dunmore North) (Ind): What recent discussions "
        "the Minister has had with providers. [904113]",
        "2. Costs: we will publish them.",
    )
    assert lines(spoken)["2. Costs: we will publish them."] != "narrator"


def test_a_hosts_sign_off_below_her_name_is_hers() -> None:
    text = _PODCAST + (
        "\nLENA\nThat's our show. Crumb & Kettle is produced by Marisol Duarte. "
        "See you next week.\n\n"
        "Crumb & Kettle is produced by Marisol Duarte.\n"
    )
    got = lines(text)
    sign_off = "That's our show. Crumb & Kettle is produced by Marisol Duarte. See you next week."
    assert got[sign_off] == "LENA"
    # the same credit set off at the end, under no name, closes the transcript
    assert got["Crumb & Kettle is produced by Marisol Duarte."] == "narrator"


def test_a_podcast_guests_second_paragraph_goes_on_with_his_turn() -> None:
    text = _PODCAST.replace(
        "TOMASZ\nIt is fine, I promise you.\n",
        "TOMASZ\nIt is fine, I promise you.\n\nWhen I opened the bakery, people asked why "
        "the bread was sour.\n",
    )
    got = lines(text)
    assert got["When I opened the bakery, people asked why the bread was sour."] == "TOMASZ"


def test_a_newspaper_conversations_narration_between_turns_stays_narration() -> None:
    # full names in capitals, then surnames: the writer's paragraph between is no one's
    text = (
        "THE LANTERN \u2014 IN CONVERSATION\n\n"
        "ROSS GAFFNEY\nI was nineteen when I left. I never meant to come back.\n\n"
        "ANA PRIETO\nAnd yet here you are. Why?\n\n"
        "GAFFNEY\nMy mother got ill, and I stayed.\n\n"
        "Ten years later we met again, in the same kitchen.\n\n"
        "PRIETO\nDo you regret it?\n\n"
        "GAFFNEY\nNot for a minute, I think.\n"
    )
    got = lines(text)
    assert got["Ten years later we met again, in the same kitchen."] == "narrator"


# -- a cockpit recorder's legend naming its crew in parentheses --------------------------

_CVR = (
    "COCKPIT VOICE RECORDER TRANSCRIPT (EXCERPT)\n\n"
    "LEGEND\n"
    "CAPT    Voice identified as the Captain (Capt. Harold Veen), pilot flying\n"
    "F/O     Voice identified as the First Officer (F/O Amira Szabo), pilot monitoring\n"
    "ATC     Radio transmission from Kestrel Approach controller\n"
    "FA      Interphone, flight attendant (Joanne Pryce)\n"
    "CAM     Cockpit area microphone sound or source\n\n"
    "TIME       SOURCE   CONTENT\n"
    "14:02:11   CAPT     okay, before landing checklist when you're ready.\n"
    "14:02:14   F/O      before landing. gear down, three green.\n"
    "14:02:17   CAPT     three green.\n"
    "14:02:20   FA       hi, it's Joanne, everything okay up there?\n"
    "14:02:26   F/O      we're fine, secure the cabin.\n"
)


def test_a_recorders_crew_take_the_names_its_legend_gives() -> None:
    got = lines(_CVR)
    assert got["14:02:17   CAPT     three green."] == "Harold Veen"
    assert got["14:02:26   F/O      we're fine, secure the cabin."] == "Amira Szabo"
    assert got["14:02:20   FA       hi, it's Joanne, everything okay up there?"] == "Joanne Pryce"
    # the legend itself is narration
    assert got["CAPT    Voice identified as the Captain (Capt. Harold Veen), pilot flying"] == (
        "narrator"
    )


_POLICE = (
    "RECORD OF TAPED INTERVIEW\nPerson interviewed: Liam PORTER\n\n"
    "DC MORAN: This interview is being recorded. I'm Detective Constable Jessica Moran.\n"
    "DC MORAN: And your solicitor, can you introduce yourself?\n"
    "SOLICITOR: Anil Desai, of Desai and Company, solicitor for Mr Porter.\n"
    "DC MORAN: Liam, do you understand the caution?\n"
    "SUSPECT: Yeah.\n"
    "SOLICITOR: I'd like a private consultation with my client, please.\n"
)


def test_a_post_asked_to_introduce_itself_takes_the_name_it_gives() -> None:
    got = lines(_POLICE)
    assert got["SOLICITOR: I'd like a private consultation with my client, please."] == (
        "Anil Desai"
    )


def test_a_post_not_asked_its_name_stays_as_written() -> None:
    text = _POLICE.replace("And your solicitor, can you introduce yourself?", "Go on.")
    got = lines(text)
    assert got["SOLICITOR: I'd like a private consultation with my client, please."] == (
        "SOLICITOR"
    )


def test_the_chairman_is_whom_the_record_says_presides() -> None:
    text = (
        "    HEARING ON RURAL BROADBAND\n\n"
        "    The subcommittee met, pursuant to call, at 10:04 a.m., in Room 2123,\n"
        "Hon. Raymond Talbot [chairman of\nthe subcommittee] presiding.\n\n"
        "    The CHAIRMAN. The subcommittee will come to order.\n"
        "    Mrs. MERCER. Thank you, Mr. Chairman.\n"
        "    The CHAIRMAN. Mr. Vogt, you are recognized.\n"
        "    Mr. VOGT. Thank you.\n"
    )
    got = lines(text)
    assert got["The CHAIRMAN. Mr. Vogt, you are recognized."] == "Raymond Talbot"
    # a chairman named in brackets who is not presiding names no label
    absent = text.replace("presiding.", "absent.")
    assert lines(absent)["The CHAIRMAN. Mr. Vogt, you are recognized."] == "The CHAIRMAN"


def test_a_header_line_with_two_fields_and_a_recording_note_names_both() -> None:
    text = (
        "Voices of the Valley \u2014 Oral History Project\n"
        "Interviewer: Sofía Marín. Interpreter: Lucía Paredes (Quechua\u2013English). "
        "Recorded 9 July 2026.\n\n"
        "[Interviewer]: Could you tell us your name?\n"
        "[Mrs. Quispe]: Ñuqaq sutiy Hilaria Quispe.\n"
        "[Interviewer]: Who taught you?\n"
        "[Mrs. Quispe]: Mamaypa mamanmi.\n"
        "[Translator]: My grandmother.\n"
    )
    got = lines(text)
    assert got["[Interviewer]: Who taught you?"] == "Sofía Marín"
    # the header's interpreter is the label's translator: one job, two words
    assert got["[Translator]: My grandmother."] == "Lucía Paredes"
    header = next(k for k in got if k.startswith("Interviewer: Sofía"))
    assert got[header] == "narrator"


def test_a_header_name_with_its_initials_and_a_bar_names_the_role() -> None:
    text = (
        "Study: Returning to Work (Protocol 2025-118)\n"
        "Interviewer: Ruth Castellanos (RC) | Participant 7 (P7), female, 41, teacher\n\n"
        "Interviewer: Thanks for making time. What was your work like?\n\n"
        "Participant 7: Sure. I taught chemistry.\n\n"
        "Interviewer: And then?\n\n"
        "Participant 7: Then I got ill.\n"
    )
    got = lines(text)
    assert got["Interviewer: And then?"] == "Ruth Castellanos"
    header = next(k for k in got if k.startswith("Interviewer: Ruth"))
    assert got[header] == "narrator"
    # with a sentence after the bar the line is no header: "HOST: Welcome | ..." speaks
    spoken = text.replace("Interviewer: Ruth Castellanos (RC) |", "Interviewer: Welcome back |")
    assert lines(spoken)["Interviewer: And then?"] == "Interviewer"


def test_a_numbered_speaker_introducing_himself_for_the_recording_is_named() -> None:
    text = (
        "Speaker 1: Okay, it's recording. Thanks for the time. For the recording, I'm "
        "Rafael Duarte, I'm with the county housing office.\n"
        "Speaker 2: Sure. Happy to.\n"
        "Speaker 1: How has the year been?\n"
        "Speaker 2: Expensive.\n"
    )
    got = lines(text)
    assert got["Speaker 1: How has the year been?"] == "Rafael Duarte"
    # "I'm" with no such words before it, and an unknown name, names no one
    plain = text.replace("For the recording, I'm Rafael Duarte", "Honestly, I'm Very Tired")
    assert lines(plain)["Speaker 1: How has the year been?"] == "Speaker 1"


def test_header_lines_with_two_described_fields_name_the_roles_below() -> None:
    show = (
        "WDTN Midday\n"
        "Host: Gina Ferro | Guest: Dr. Renee Solis, superintendent, Valley District\n\n"
        "[00:12:31] Host: We're back. Dr. Solis, the budget?\n"
        "[00:12:40] Guest: It is tight, I won't pretend otherwise.\n"
        "[00:13:27] Host: Say more.\n"
        "[00:13:30] Guest: We cut two buses.\n"
    )
    got = lines(show)
    assert got["[00:13:27] Host: Say more."] == "Gina Ferro"
    group = (
        "Focus group 4\n"
        "Moderator: Paula Kwan (Brightline Research). Note-taker: Eli Strand (not audible).\n\n"
        "MODERATOR: Okay, welcome, everybody. What's the worst part of your trip?\n"
        "RON: The bus, every time.\n"
        "MODERATOR: Does that happen often?\n"
        "RON: Daily.\n"
    )
    got = lines(group)
    assert got["MODERATOR: Does that happen often?"] == "Paula Kwan"
    header = next(k for k in got if k.startswith("Moderator: Paula"))
    assert got[header] == "narrator"


def test_a_witness_asked_to_state_and_spell_her_name_is_named() -> None:
    text = (
        "SENATE HEALTH COMMITTEE\n\n"
        "SEN. OKAFOR: Our next witness has been sworn. Please state your name for the record "
        "and spell your last name.\n"
        "WITNESS: Marisol Ortega, O-R-T-E-G-A.\n"
        "SEN. OKAFOR: Go ahead, Ms. Ortega.\n"
        "WITNESS: I've owned my pharmacy for 22 years.\n"
    )
    got = lines(text)
    assert got["WITNESS: I've owned my pharmacy for 22 years."] == "Marisol Ortega"
    unasked = text.replace(
        "Please state your name for the record and spell your last name.", "Go on."
    )
    assert lines(unasked)["WITNESS: I've owned my pharmacy for 22 years."] == "WITNESS"


# -- a speaker key's codes opening the turns, no colon -----------------------------------------

_KEYED = (
    "ODRC virtual press conference on the cyclone response\nGeneva, 24 October 2025\n\n"
    "Speaker key:\n"
    "CÅ   Clara Åberg\n"
    "HA   Dr Hamid Azizi\n"
    "NO   Noor Osei\n\n"
    "00:00:04\n"
    "CÅ Good afternoon from Geneva. Welcome to this press conference.\n"
    "HA Thank you, Clara. The headline is this: 2.1 million people are in need.\n"
    "CÅ Thank you. Noor, can you tell us what you're seeing?\n"
    "NO Yes, thank you. I was in a shelter in Patenga yesterday.\n"
    "CÅ Thank you, Noor.\n"
)


def test_a_speaker_keys_codes_open_the_turns() -> None:
    got = lines(_KEYED)
    assert got["HA Thank you, Clara. The headline is this: 2.1 million people are in need."] == (
        "Hamid Azizi"
    )
    assert got["NO Yes, thank you. I was in a shelter in Patenga yesterday."] == "Noor Osei"
    assert got["CÅ Thank you, Noor."] == "Clara Åberg"
    assert got["Speaker key:"] == "narrator"
    assert got["HA   Dr Hamid Azizi"] == "narrator"


def test_capitals_opening_lines_with_no_key_stay_prose() -> None:
    text = (
        "Field notes, day 3\n\n"
        "NO Entry signs were up at the camp gate.\n"
        "HA Long Bay was closed to boats.\n"
        "We walked back along the shore.\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}
