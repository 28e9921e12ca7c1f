"""Transcripts, round 19 (stop 32): the causes of a studied set's misses (blindtx20), each rule on
an invented input, with the look-alikes that must stay as they were."""

from __future__ import annotations

from test_transcript_formats import lines

# -- an IRC log timed "19:02", no brackets --------------------------------------------------

_IRC_BARE_TIMES = (
    "--- Log opened Mon Mar 02 20:00:01 2026\n"
    "20:00 -!- Topic for #quarry-ops: rota on the wiki\n"
    "20:01 <pell> evening, anyone seen the backup job?\n"
    "20:01 <@ossie> it failed at 02:00, disk full\n"
    "20:02 <pell> again? I cleared it on Friday\n"
    "20:02  * ossie sighs\n"
    "20:03 <ossie> pell: I'll resize the volume tonight\n"
)


def test_an_irc_log_timed_without_brackets_is_read_by_its_nicks() -> None:
    got = lines(_IRC_BARE_TIMES)
    # "20:01" is the message's time, not a deposition's page and line number
    assert got["20:01 <pell> evening, anyone seen the backup job?"] == "pell"
    assert got["20:01 <@ossie> it failed at 02:00, disk full"] == "ossie"
    assert got["20:02  * ossie sighs"] == "ossie"
    assert got["20:00 -!- Topic for #quarry-ops: rota on the wiki"] == "narrator"


_DEPOSITION = (
    "12:1    Q.  Where were you that evening?\n"
    "12:2    A.  At the depot, until nine.\n"
    "12:3    Q.  Who else was there?\n"
    "12:4    A.  Nobody. I locked up.\n"
    "12:5    Q.  Did you see the van leave?\n"
    "12:6    A.  No.\n"
)


def test_a_depositions_page_and_line_numbers_still_lead_its_q_and_a() -> None:
    got = lines(_DEPOSITION)
    # no "<nick>" after the numbers: the numbers are still the page's, Q still asks
    asked = got["12:1    Q.  Where were you that evening?"]
    assert asked != "narrator"
    assert asked != got["12:2    A.  At the depot, until nine."]


def test_a_timetable_with_angle_brackets_once_is_no_log() -> None:
    text = (
        "Evening programme\n"
        "19:00 Doors open\n"
        "19:30 <Keynote> The quarry at a hundred\n"
        "20:15 Questions from the floor\n"
    )
    assert set(lines(text).values()) == {"narrator"}


# -- a stage play's cue for a role its cast list describes ------------------------------------

_PLAY = (
    "THE LAST FERRY\n"
    "A play in one act\n"
    "CHARACTERS\n"
    "NELL PRYCE, a ferry pilot\n"
    "OWEN PRYCE, her brother\n"
    "THE HARBOURMASTER, a tired man\n"
    "\n"
    "                    NELL\n"
    "You've tied her up wrong again.\n"
    "\n"
    "                    OWEN\n"
    "I tied her up the way Dad did.\n"
    "\n"
    "                    THE HARBOURMASTER\n"
    "The last crossing's cancelled. Storm warning.\n"
    "\n"
    "                    NELL\n"
    "Then I'll take her out myself.\n"
    "\n"
    "                    OWEN\n"
    "You won't.\n"
    "\n"
    "                    THE HARBOURMASTER\n"
    "Nobody sails tonight.\n"
)


def test_a_plays_described_role_cues_its_lines() -> None:
    got = lines(_PLAY)
    assert got["The last crossing's cancelled. Storm warning."] == "THE HARBOURMASTER"
    assert got["You've tied her up wrong again."] == "Nell Pryce"
    assert got["I tied her up the way Dad did."] == "Owen Pryce"


_CONTENTS = (
    "PARISH BULLETIN\n"
    "NOTICES, page one\n"
    "EVENTS, page two\n"
    "\n"
    "NOTICES\n"
    "The hall is closed on Monday.\n"
    "\n"
    "EVENTS\n"
    "Choir practice moves to Thursday.\n"
    "\n"
    "NOTICES\n"
    "Flowers are needed for Sunday.\n"
    "\n"
    "EVENTS\n"
    "The fair raised four hundred pounds.\n"
)


def test_a_bulletins_contents_and_headings_are_no_cast() -> None:
    # headings listed with a comma above are no characters: no one's name is given in full
    assert set(lines(_CONTENTS).values()) == {"narrator"}


# -- a stage play's direction on the cue's line ------------------------------------------------


def test_a_cue_with_a_direction_on_its_line_still_cues() -> None:
    text = _PLAY.replace(
        "                    OWEN\nYou won't.", "                    OWEN (quietly)\nYou won't."
    ) + ("\n                    NELL\nWe'll see about that.\n")
    got = lines(text)
    assert got["You won't."] == "Owen Pryce"
    assert got["                    OWEN (quietly)".strip()] == "Owen Pryce"


def test_a_bulletins_headings_with_a_note_stay_narration() -> None:
    text = (
        "FERRY HALTED (updated)\n\n"
        "The last crossing was cancelled on Friday after a storm warning.\n\n"
        "ROADS CLOSED (updated)\n\n"
        "The coast road shut at six, the council said.\n\n"
        "FERRY HALTED (updated)\n\n"
        "Crossings resume on Monday.\n\n"
        "ROADS CLOSED (updated)\n\n"
        "The road reopened at noon.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


# -- an IRC nick its own message introduces by full name ---------------------------------------

_IRC_INTRODUCED = _IRC_BARE_TIMES + (
    "20:04 <tbrennan> hi all, Tamsin Brennan here, covering the on-call rota this week\n"
    "20:05 <ossie> welcome Tamsin\n"
    "20:05 <tbrennan> thanks. the volume is resized\n"
    "20:06 <pell> this is Gareth Lowe's script, I only run it\n"
)


def test_an_irc_nick_is_named_by_its_own_introduction() -> None:
    got = lines(_IRC_INTRODUCED)
    assert got["20:05 <tbrennan> thanks. the volume is resized"] == "Tamsin Brennan"
    # a full name another nick writes, or one the nick is not made of, names no one
    assert got["20:06 <pell> this is Gareth Lowe's script, I only run it"] == "pell"
    assert got["20:05 <ossie> welcome Tamsin"] == "ossie"


# -- a programme's speakers with their talks' titles after a dash -----------------------------

_PROGRAMME = (
    "THIRD HARBOUR HISTORY DAY\n"
    "Programme — Saturday 3 October 2026\n"
    "Venue: Quay Hall, Portmoor College\n"
    "Organiser: Portmoor Trust\n"
    "\n"
    "09:00  Registration and coffee\n"
    "09:30  Welcome: Prof. Ines Moray, Head of School\n"
    '09:45  Keynote: Dr. Bram Tullis — "Ropes and Records: The Quay Ledgers"\n'
    "Chair: Dr. Anders Lutz\n"
    "10:45  Break\n"
    '11:00  Panel: "Who Owns the Quayside?"\n'
    "Moderator: Alma Reyes (Portmoor Trust)\n"
    "Panellists: Piet Harlow (Portmoor Port Board); Dr. Selma Ovett (Portmoor College)\n"
    "Q&A: 20 minutes\n"
    "12:30  Lunch (Quay Hall foyer)\n"
    "13:30  Short papers, Session A\n"
    'Speaker: Orla Finch — "Nets and Knots of the Old Quay"\n'
    'Speaker: Dr. Tam Brody — "Erosion and the Drowned Church at Kellow"\n'
    "Discussant: Prof. Ines Moray\n"
    "15:00  Closing remarks: Alma Reyes\n"
    '"The quay belongs to whoever mends it." — Alma Reyes\n'
    "Note: All sessions will be recorded. Tell the organisers if you would rather not be.\n"
    "Accessibility: Quay Hall has step-free access and a hearing loop.\n"
    "Booking: harbourday.example/book\n"
)


def test_a_programmes_speakers_with_talk_titles_are_no_turns() -> None:
    got = lines(_PROGRAMME)
    # "Speaker: Orla Finch \u2014 "Nets ..."" names a person as "Chair: ..." does: the fields
    # are a programme's, and no field's label speaks the lines below it
    assert got["Accessibility: Quay Hall has step-free access and a hearing loop."] == "narrator"
    assert got["Booking: harbourday.example/book"] == "narrator"
    assert got["Discussant: Prof. Ines Moray"] == "narrator"


def test_a_host_naming_a_guest_and_her_book_still_speaks() -> None:
    text = (
        'HOST: Ruth Abel \u2014 "The Tide Clock" is her new book. Welcome, Ruth.\n'
        "RUTH ABEL: Thank you. I wrote it over one winter.\n"
        "HOST: Why a clock?\n"
        "RUTH ABEL: Because we all keep time by the sea.\n"
    )
    got = lines(text)
    assert got["HOST: Why a clock?"] == "HOST"
    assert got["RUTH ABEL: Because we all keep time by the sea."] == "RUTH ABEL"
