"""Transcripts, round 20 reviewed: the look-alikes of its rules that must keep their
speakers, each beside the case the round's rules are for."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a transcript's second part below a rule, its voices new ------------------------------


def test_new_voices_coming_back_below_the_last_rule_still_speak() -> None:
    # a briefing's statement, a rule, then the questions: "Q:" and "A:" come back, so
    # they are turns, not the record's footer of fields
    text = (
        "MINISTER BRANDT: Good morning. I want to update everyone on the Harlow Bridge.\n"
        "Repairs are on schedule and we expect the bridge to reopen in spring.\n"
        "\n"
        "----------------------------------------\n"
        "\n"
        "Q: What is the final cost of the repairs?\n"
        "A: Twelve million dollars, within the original budget.\n"
        "Q: Will the toll return after the reopening?\n"
        "A: No. The toll was abolished in 2019 and stays abolished.\n"
    )
    got = lines(text)
    assert got["Q: What is the final cost of the repairs?"] == "Q"
    assert got["A: No. The toll was abolished in 2019 and stays abolished."] == "A"
    assert got["Repairs are on schedule and we expect the bridge to reopen in spring."] == (
        "MINISTER BRANDT"
    )


def test_a_forums_second_panel_below_a_rule_still_speaks() -> None:
    text = (
        "HOST: Welcome to the forum. Tonight we look at housing and rents.\n"
        "LEE: Thanks for having me. We have built 400 homes this year.\n"
        "HOST: And the waiting list?\n"
        "LEE: It is still long, I admit that.\n"
        "\n"
        "--------------------------------------------------\n"
        "\n"
        "ODUYA: Housing supply lags demand by about a decade in this region.\n"
        "KAMARA: Rents rose nine percent last year, the fastest rise on record.\n"
        "ODUYA: That figure hides a wide regional spread.\n"
    )
    got = lines(text)
    assert got["ODUYA: Housing supply lags demand by about a decade in this region."] == "ODUYA"
    assert got["KAMARA: Rents rose nine percent last year, the fastest rise on record."] == (
        "KAMARA"
    )


# -- an unpunctuated chat above a closing rule -----------------------------------------------


def test_an_unpunctuated_chat_above_a_closing_rule_still_speaks() -> None:
    # a record's header above its rule gives each field once; labels coming back are turns
    text = (
        "Mia: u coming tonight\n"
        "Jay: yeah after work\n"
        "Mia: cool bring chips\n"
        "Jay: ok which ones\n"
        "------------------------------\n"
        "Exported from Messages\n"
    )
    got = lines(text)
    assert got["Mia: u coming tonight"] == "Mia"
    assert got["Jay: ok which ones"] == "Jay"


# -- a hearing's wrapped lines that are all names -------------------------------------------


def test_a_wrapped_line_of_names_in_a_hearing_stays_the_speakers() -> None:
    # "The CHAIRMAN." makes it a parliament's record, whose headings alone on a line are
    # the record's; a line of a wrapped sentence made of names is no heading
    text = (
        "    The CHAIRMAN. The Committee will come to order. Our witness is the\n"
        "Secretary of Transportation.\n"
        "    Secretary HALE. Thank you, Mr. Chairman. Last year the Department\n"
        "worked closely with the\n"
        "Federal Railroad Administration and the\n"
        "Surface Transportation Board\n"
        "on the new safety rules, and I am glad to report progress.\n"
        "    The CHAIRMAN. Thank you. Senator Okafor.\n"
        "    Senator OKAFOR. Madam Secretary, when will the rules take effect?\n"
        "    Secretary HALE. In March.\n"
    )
    got = lines(text)
    assert got["Federal Railroad Administration and the"] == "Secretary HALE"
    assert got["Surface Transportation Board"] == "Secretary HALE"


# -- a short interview under a story, introduced as one ----------------------------------------


def test_a_short_interview_introduced_under_a_story_keeps_its_turns() -> None:
    # the answers say no "I", but the paragraph above the questions says it is an
    # interview: not a reader's box
    text = (
        "Kelby's new harbourmaster on dredging and ferries\n"
        "By Odile Marchbanks, Staff Writer\n"
        "\n"
        "Captain Ines Ravel took over the harbour in October. Her predecessor, Tom Ashby, "
        'said she was "the obvious choice". The port authority chair said the appointment '
        "was unanimous.\n"
        "\n"
        "We spoke to Ravel on the quay on Tuesday. The interview has been edited for length.\n"
        "\n"
        "Q: When does dredging start?\n"
        "A: February. The channel is two metres too shallow at low water.\n"
        "\n"
        "Q: Will ferry fares rise?\n"
        "A: Not this year. Fees for private moorings will rise by four percent.\n"
    )
    got = lines(text)
    assert got["A: February. The channel is two metres too shallow at low water."] != "narrator"
    assert got["Q: Will ferry fares rise?"] != "narrator"


# -- a short exchange above a record's blanks to sign ---------------------------------------


def test_an_oath_said_above_blanks_to_sign_still_speaks() -> None:
    # a form's printed questions say no "I" or "you"; an oath's exchange does, the
    # blanks below it being for signatures
    text = (
        "SWEARING-IN OF NEW COUNCILLOR\n"
        "\n"
        "CLERK: Please raise your right hand. Do you swear to faithfully discharge the "
        "duties of councillor?\n"
        "COUNCILLOR MARSH: I do, so help me God.\n"
        "\n"
        "Signed: ____________________\n"
        "Witnessed: ____________________\n"
    )
    got = lines(text)
    assert got["COUNCILLOR MARSH: I do, so help me God."] == "COUNCILLOR MARSH"


# -- a speaker's last line about a recording stopped ------------------------------------------


def test_a_speakers_last_line_about_a_recording_stopped_stays_theirs() -> None:
    # a meeting export's system line is "Ada Brennan stopped transcription", alone; a
    # sentence going on after "stopped recording" is said
    text = (
        "Brennan, Ada   0:03\n"
        "Morning all. Let's start with the launch.\n"
        "\n"
        "Okafor, Tom   0:15\n"
        "The build is green. Marketing signed off yesterday.\n"
        "\n"
        "Brennan, Ada   0:40\n"
        "Great. One last thing before we go.\n"
        "Legal Review stopped recording client calls last week.\n"
    )
    got = lines(text)
    assert got["Legal Review stopped recording client calls last week."] == "Ada Brennan"


# -- an origin said by a numbered speaker, a place's possessive said back -----------------------


def test_an_origin_is_no_name_though_another_says_the_places_possessive() -> None:
    text = (
        "Speaker 1  0:02\n"
        "Welcome to the show. Tell us where you're from.\n"
        "\n"
        "Speaker 2  0:10\n"
        "Well, I'm Boston Irish, born in Dorchester, raised in Quincy.\n"
        "\n"
        "Speaker 1  0:18\n"
        "And Boston's changed a lot since then?\n"
        "\n"
        "Speaker 2  0:25\n"
        "Completely. The neighbourhood is unrecognisable.\n"
    )
    got = lines(text)
    assert got["Well, I'm Boston Irish, born in Dorchester, raised in Quincy."] == "Speaker 2"


# -- a phone-number sender saying when a holiday starts ----------------------------------------


def test_a_holiday_from_a_time_names_no_phone_number_sender() -> None:
    # "hi it's Bex from downstairs" introduces Bex; "it's Ramadan from tomorrow" says when
    text = (
        "02/03/2026, 07:02 - Ann Roe: Training is moved to 7 tonight\n"
        "02/03/2026, 07:03 - +44 7700 900318: hi all it's Ramadan from tomorrow so I'll skip"
        " the food after\n"
        "02/03/2026, 07:05 - Ann Roe: no problem, thanks for saying\n"
        "02/03/2026, 07:06 - +44 7700 900318: thanks\n"
        "02/03/2026, 07:07 - +44 7700 900211: It's Easter from next week, is training still on?\n"
        "02/03/2026, 07:08 - Ann Roe: yes as normal\n"
    )
    got = lines(text)
    assert got["02/03/2026, 07:06 - +44 7700 900318: thanks"] == "+44 7700 900318"
    assert got[
        "02/03/2026, 07:07 - +44 7700 900211: It's Easter from next week, is training still on?"
    ] == ("+44 7700 900211")


# -- a parliament's record told by its own notes, not by a word in someone's speech --------


def test_interjecting_said_in_a_turn_makes_no_parliament_of_the_transcript() -> None:
    # a speaker's list of items in capitals alone on their lines stays theirs: only a
    # line noting members interjecting (no label on it) makes the text a parliament's
    # record, whose headings alone on a line are narration
    text = (
        "HOST: Thanks for interjecting there, Dana. What does the plan cover?\n"
        "\n"
        "GUEST: Two things, and I will name them:\n"
        "Rents And Wages\n"
        "Schools And Roads\n"
        "\n"
        "HOST: Thank you.\n"
    )
    got = lines(text)
    assert got["Rents And Wages"] == "GUEST"
    assert got["Schools And Roads"] == "GUEST"
    record = (
        "The SPEAKER: Order! The member for Kelby has the call.\n"
        "\n"
        "Mr HOLLOWAY: Thank you, Speaker. The minister has not answered.\n"
        "\n"
        "Opposition members interjecting\u2014\n"
        "\n"
        "Supplementary Question\n"
        "\n"
        "Mr HOLLOWAY: When will the bridge reopen?\n"
    )
    got = lines(record)
    assert got["Supplementary Question"] == "narrator"
    assert got["Mr HOLLOWAY: When will the bridge reopen?"] != "narrator"
