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
    "WKRN 1040 AM \u2014 \"THE OPEN LINE\"\n"
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
    assert got[
        "Host: Roy Abernathy   Guest: Dr. Sunita Rao-Whitfield, County Health Officer"
    ] == "narrator"


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
