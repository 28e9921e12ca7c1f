"""Transcripts, round 4: a second reviewer's findings, each on a shortened input."""

from __future__ import annotations

from rhetoscope import split_speakers
from test_transcript_formats import lines


def test_an_article_quoting_a_screenplay_excerpt_keeps_its_quotations() -> None:
    text = (
        "The screenplay opens like this:\n\n"
        "INT. KITCHEN - MORNING\n\nANNA\nYou're late.\n\nBEN\nI know.\n\nANNA\nAgain.\n\n"
        'Critics called it spare. "It tells you everything," said Dana Cole, a professor.\n'
    )
    got = split_speakers(text)
    assert {s.speaker for s in got if s.kind == "quote"} == {"Dana Cole"}
    assert {s.speaker for s in got if s.kind != "quote"} == {"narrator"}


def test_a_reports_int_and_ext_sections_are_no_screenplay() -> None:
    text = (
        "Home inspection report, 14 Oak Lane, prepared for Dana Reyes\n\n"
        "EXT. SIDING AND TRIM\n\nCONDITION\nGood overall.\n\nRECOMMENDATION\nRepaint.\n\n"
        "INT. KITCHEN\n\nCONDITION\nHinges are worn.\n\nRECOMMENDATION\nReplace the hinges.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_screenplays_wrapped_speech_runs_to_the_blank_line() -> None:
    text = (
        "FADE IN:\n\nINT. DINER - NIGHT\n\nRain. MARGO BELL (50s, tired) wipes the counter.\n\n"
        "MARGO\nWe're closed. The sign says so,\nand I mean it tonight.\n\n"
        "TEDDY\n(shaking off rain)\nI only need coffee. One cup,\nthen I'm gone.\n\n"
        "MARGO\nSit down.\n"
    )
    got = lines(text)
    assert got["and I mean it tonight."] == got["We're closed. The sign says so,"] == "Margo Bell"
    assert got["then I'm gone."] == "TEDDY"
    assert got["(shaking off rain)"] == "narrator"


def test_a_self_introduction_further_in_names_only_a_person() -> None:
    text = (
        "Speaker 1: Can you tell me where you grew up?\n\n"
        "Speaker 2: Sure. I'm African American, and I grew up on the south side.\n\n"
        "Speaker 1: What was school like?\n\nSpeaker 2: Crowded.\n"
    )
    assert lines(text)["Speaker 2: Crowded."] == "Speaker 2"
    guest = (
        "HOST: Where is your family from?\n\n"
        "GUEST: Thanks. Well, I'm Mexican American, and my parents came here in 1979.\n\n"
        "HOST: And you?\n\nGUEST: I was born here.\n"
    )
    assert lines(guest)["GUEST: I was born here."] == "GUEST"
    named = (
        "Speaker 1: Welcome back. I'm Colin Prady, and today we talk bees.\n\n"
        "Speaker 2: Thanks for having me.\n\nSpeaker 1: How did you start?\n\n"
        "Speaker 2: I'm Not Sure, honestly.\n"
    )
    got = lines(named)
    assert got["Speaker 1: How did you start?"] == "Colin Prady"
    assert got["Speaker 2: I'm Not Sure, honestly."] == "Speaker 2"


def test_a_possessive_never_renames_a_persons_own_label() -> None:
    text = (
        "Interview with Taylor Swift\n\n"
        "We spoke with Taylor Swift about Taylor Swift's Eras Tour and the new album.\n\n"
        "Q: How did the tour change you?\n\nTAYLOR SWIFT: It made me slower.\n\n"
        "Q: And the album?\n\nTAYLOR SWIFT: It is done.\n"
    )
    assert lines(text)["TAYLOR SWIFT: It is done."] == "TAYLOR SWIFT"


def test_speakers_saying_their_own_names_are_no_list_of_profiles() -> None:
    text = (
        "Public comment, March 3\n\n"
        "Maria Lopez: Good evening. My name is Maria Lopez and I live on Elm Street.\n\n"
        "Tom Becker: Tom Becker, 14 Oak Lane. The crossing is dangerous.\n\n"
        "Priya Nair: Hi, I'm Priya Nair, Ward 3. I agree with Ms. Lopez.\n"
    )
    got = lines(text)
    assert got["Tom Becker: Tom Becker, 14 Oak Lane. The crossing is dangerous."] == "Tom Becker"
    forum = (
        "Candidate forum, District 4\n\n"
        "Ana Ruiz: I'm Ana Ruiz. I've served six years, and Ruiz is a name people know.\n\n"
        "Ben Cole: Thank you. I'm Ben Cole, a small-business owner.\n\n"
        "Dee Park: Dee Park here. I'm a nurse.\n"
    )
    assert lines(forum)["Dee Park: Dee Park here. I'm a nurse."] == "Dee Park"


def test_a_once_said_turn_of_an_export_without_blank_lines_speaks() -> None:
    text = (
        "Weekly sync, March 3\n"
        "Dana Price: can everyone hear me\n"
        "Alice Moreno: yes we can hear you\n"
        "Ben Carter: loud and clear\n"
        "Alice Moreno: ok first item is the budget\n"
        "Ben Carter: we are over by ten percent\n"
    )
    assert lines(text)["Dana Price: can everyone hear me"] == "Dana Price"


def test_an_faqs_bold_questions_need_a_named_interviewee() -> None:
    text = (
        "Preparing for your job interview\n\n"
        "Our careers team answers common questions. Read this interview guide before you apply.\n\n"
        "**What should I wear to the interview?**\n\nBusiness casual is fine.\n\n"
        "**How long does it take?**\n\nAbout an hour.\n\n"
        "**Will I meet the team?**\n\nUsually, yes.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_labelled_bold_questions_keep_their_labels() -> None:
    text = (
        "Kara Swisher talks to Marc Andreessen\n\n"
        "This interview has been edited for length and clarity.\n\n"
        "**KARA SWISHER: Why did you leave the board?**\n\n"
        "MARC ANDREESSEN: Because I wanted to build again.\n\n"
        "**KARA SWISHER: Any regrets?**\n\nMARC ANDREESSEN: None.\n\n"
        "**KARA SWISHER: What next?**\n\nMARC ANDREESSEN: Sleep.\n"
    )
    got = lines(text)
    assert got["**KARA SWISHER: Any regrets?**"] == "KARA SWISHER"
    assert got["MARC ANDREESSEN: None."] == "MARC ANDREESSEN"


def test_a_speakers_recited_italic_line_is_no_closing_note() -> None:
    text = (
        "MAYOR LEE: Thank you all.\n\nREPORTER: Any last words?\n\n"
        "MAYOR LEE: Let me close with a line from the poet my mother loved:\n\n"
        "*Do not go gentle into that good night.*\n"
    )
    assert lines(text)["*Do not go gentle into that good night.*"] == "MAYOR LEE"
    writer = text.replace("*Do not go gentle into that good night.*", "*Ana Roy covers the city.*")
    assert lines(writer)["*Ana Roy covers the city.*"] == "narrator"
    edited = text.replace("*Do not", "*This interview was edited. Do not")
    assert lines(edited)["*This interview was edited. Do not go gentle into that good night.*"] == (
        "narrator"
    )


def test_a_legend_leaves_the_role_word_out() -> None:
    text = (
        "Oral history, tape 3\nKey: Q = Interviewer Tom Baker; A = Dolores Vance\n\n"
        "Q: Where were you born?\n\nA: In Tulsa.\n\nQ: And then?\n\nA: Dallas.\n"
    )
    assert lines(text)["Q: And then?"] == "Tom Baker"


def test_a_question_number_stands_only_before_a_persons_label() -> None:
    text = (
        "Trivia night answers\n\n"
        "Q12 Capital: Canberra is the capital of Australia.\n\n"
        "Q13 River: The Nile is the longest.\n\n"
        "Q14 Planet: Jupiter is the largest.\n\n"
        "Q15 Capital: Ottawa is the capital of Canada.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_committees_question_number_before_the_chair_keeps_the_label() -> None:
    text = (
        "Select Committee on the Constitution\nOral evidence, 12 March 2025\n\n"
        "Q12 The Chair: Good morning, Professor Holt.\n\n"
        "Professor Holt: Thank you for having me.\n\n"
        "Q13 The Chair: Can you set out the main concern?\n\n"
        "Professor Holt: The bill gives ministers too much power.\n"
    )
    got = lines(text)
    assert got["Q13 The Chair: Can you set out the main concern?"] == "The Chair"
    assert got["Professor Holt: Thank you for having me."] == "Professor Holt"


def test_a_possessive_never_renames_a_label_the_intro_names_as_a_person() -> None:
    may = (
        "Interview: Theresa May\n\n"
        "Theresa May's Downing Street Years, her memoir, is out. We spoke with Theresa May.\n\n"
        "Q: Why write it now?\n\nTHERESA MAY: Because enough time has passed.\n\n"
        "Q: Any regrets?\n\nTHERESA MAY: Of course.\n"
    )
    assert lines(may)["THERESA MAY: Of course."] == "THERESA MAY"
    west = (
        "Emily West on fame\n\nWe caught up at Emily West's Nashville Home last week.\n\n"
        "Q: How does it feel?\n\nEMILY WEST: Wonderful.\n\nQ: And the record?\n\n"
        "EMILY WEST: It is personal.\n"
    )
    assert lines(west)["EMILY WEST: It is personal."] == "EMILY WEST"


def test_a_self_introduction_is_confirmed_only_as_a_name() -> None:
    echoed = (
        "Oral history interview, recorded May 2024.\n\n"
        "Speaker 1: Can you tell me what it meant to grow up African American?\n\n"
        "Speaker 2: Sure. I'm African American, and I grew up on Cottage Grove.\n\n"
        "Speaker 1: And church?\n\nSpeaker 2: Church was everything to us.\n"
    )
    assert lines(echoed)["Speaker 2: Church was everything to us."] == "Speaker 2"
    addressed = (
        "Speaker 1: Welcome. Who are you?\n\n"
        "Speaker 2: Well, I'm Dana Whitlock, and I keep bees.\n\n"
        "Speaker 1: Thanks, Dana. How many hives?\n\nSpeaker 2: Forty.\n"
    )
    assert lines(addressed)["Speaker 2: Forty."] == "Dana Whitlock"


def test_a_self_introduction_further_in_needs_a_known_given_name() -> None:
    text = (
        "Speaker 1: Where did you grow up?\n\n"
        "Speaker 2: Sure. I'm Puerto Rican, and I grew up in the Bronx.\n\n"
        "Speaker 1: And school?\n\nSpeaker 2: Crowded.\n"
    )
    assert lines(text)["Speaker 2: Crowded."] == "Speaker 2"
    tired = (
        "HOST: Welcome back. How are you?\n\n"
        "GUEST: Hello. Honestly, I'm Very Tired, and it shows.\n\n"
        "HOST: Why?\n\nGUEST: The baby.\n"
    )
    assert lines(tired)["GUEST: The baby."] == "GUEST"


def test_a_single_spaced_screenplay_keeps_its_action_lines_beside_a_blank_between_scenes() -> None:
    text = (
        "FADE IN:\nINT. DINER - NIGHT\nRain. MARGO BELL (50s, tired) wipes the counter.\n"
        "MARGO\nWe're closed.\nTeddy shakes off the rain and sits anyway.\n"
        "TEDDY\nI only need coffee.\nMargo pours it without a word.\n\n"
        "INT. DINER - LATER\nMARGO\nSit down.\nShe slides a plate of pie across.\n"
        "TEDDY\nThanks, Margo.\nHe eats slowly.\n"
    )
    got = lines(text)
    assert got["We're closed."] == "Margo Bell"
    assert got["Teddy shakes off the rain and sits anyway."] == "narrator"
    assert got["She slides a plate of pie across."] == "narrator"
    assert got["Thanks, Margo."] == "TEDDY"


def test_a_reports_dashed_section_headings_are_no_screenplay() -> None:
    text = (
        "HOME INSPECTION REPORT\n14 Oak Lane\n\nEXT. SIDING - NORTH WALL\n\n"
        "CONDITION\nGood overall.\n\nRECOMMENDATION\nRepaint.\n\n"
        "INT. KITCHEN - SINK BASE\n\nCONDITION\nHinges are worn.\n\n"
        "RECOMMENDATION\nReplace the hinges.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_an_faq_for_your_interview_with_a_company_is_no_interview() -> None:
    text = (
        "Careers at Northwind\n\n"
        "Preparing for your interview with Northwind Traders? Read this guide first.\n\n"
        "**What should I wear to the interview?**\n\nBusiness casual is fine.\n\n"
        "**How long does the process take?**\n\nThree to four weeks.\n\n"
        "**Can I reschedule?**\n\nYes, email the recruiter.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_recited_italic_line_with_a_writers_word_stays_the_speakers() -> None:
    text = (
        "MAYOR LEE: Thank you all for coming tonight.\n\n"
        "COUNCILMEMBER ROSS: Thank you, Mayor.\n\n"
        "MAYOR LEE: Let me close with the words my father kept on his desk:\n\n"
        "*Follow the money, and you will find the truth.*\n"
    )
    assert lines(text)["*Follow the money, and you will find the truth.*"] == "MAYOR LEE"
    reach = text.replace(
        "*Follow the money, and you will find the truth.*", "*Reach for the next play.*"
    )
    assert lines(reach)["*Reach for the next play.*"] == "MAYOR LEE"
    story = text.replace(
        "*Follow the money, and you will find the truth.*", "*Every story has a cost.*"
    )
    assert lines(story)["*Every story has a cost.*"] == "MAYOR LEE"
    writer = text.replace(
        "*Follow the money, and you will find the truth.*", "*Reach her at ana@example.org.*"
    )
    assert lines(writer)["*Reach her at ana@example.org.*"] == "narrator"


def test_a_room_field_above_single_newline_turns_stays_a_field() -> None:
    text = (
        "Design review, March 3\nRoom: the big table upstairs\n"
        "Alice Moreno: ok let's start with the numbers\nBen Carter: sure, revenue is up\n"
        "Alice Moreno: and costs?\nBen Carter: flat, mostly\n"
    )
    got = lines(text)
    assert got["Room: the big table upstairs"] == "narrator"
    assert got["Ben Carter: flat, mostly"] == "Ben Carter"


def test_a_title_line_in_capitals_ending_in_a_period_still_opens_a_screenplay() -> None:
    text = (
        "LOW TIDE\n\nWritten by\nCorinne Abara\n\nFINAL DRAFT.\n\nFADE IN:\n\n"
        "INT. DINER - NIGHT\n\nRain. MARGO BELL (50s, tired) wipes the counter.\n\n"
        "MARGO\nWe're closed.\n\nTEDDY\nI only need coffee.\n\nMARGO\nSit down.\n"
    )
    assert lines(text)["I only need coffee."] == "TEDDY"
