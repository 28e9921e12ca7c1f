"""Transcripts, round 17 reviewed: look-alikes of the round's rules that must not fire,
each beside the case the rule is for."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a running head naming the proceeding, not the witness ---------------------------------

_HEARING = (
    "SUPERIOR COURT OF THE STATE OF OREGON\n\n"
    "SUPPRESSION HEARING - 02/14/2026\n\n"
    "THE COURT: Call your witness.\n\n"
    "MR. VANCE: The defense calls Deputy Ora Finch.\n\n"
    "Q. Where were you posted?\n\n"
    "A. On Route 9.\n\n"
    "SUPPRESSION HEARING - 02/14/2026\n\n"
    "Q. What did you see?\n\n"
    "A. A truck with no plates.\n"
)


def test_a_running_head_naming_the_hearing_names_no_witness() -> None:
    got = lines(_HEARING)
    # the head says what the day is, not who answers: "HEARING" is no one's name
    assert "HEARING" not in got["A. A truck with no plates."]
    assert "HEARING" not in got["A. On Route 9."]
    assert got["SUPPRESSION HEARING - 02/14/2026"] == "narrator"


# -- a phone-in's calls: a place in the news is no call put through -------------------------


def test_a_place_in_the_hosts_news_puts_no_call_through() -> None:
    text = (
        "HOST: Welcome back to City Desk. Lines are open.\n\n"
        "CALLER: Hi, this is Frank in Dunmore. The detour is a mess.\n\n"
        "HOST: That's rough, Frank. Flooding in Riverton. Go ahead, you're still with us?\n\n"
        "CALLER: Yeah. They should have phased it.\n\n"
        "HOST: Thanks Frank. Okay, Linda in Hale. Go ahead.\n\n"
        "CALLER: Hi. The buses can't use the detour.\n"
    )
    got = lines(text)
    # "Flooding in Riverton." is news: Frank is still on the line
    assert got["CALLER: Yeah. They should have phased it."] == "Frank"
    # "Okay, Linda in Hale." puts the next call through, after "Okay,"
    assert got["CALLER: Hi. The buses can't use the detour."] != "Frank"


def test_a_name_given_late_in_a_call_names_the_caller_from_there_on() -> None:
    # the host puts a new call through in words no rule reads ("Go ahead, sir."): the
    # name given unasked there is not the earlier caller's
    text = (
        "HOST: Garden Hour, lines are open. You're on the air.\n\n"
        "CALLER: Hi! My tomatoes have yellow leaves.\n\n"
        "HOST: That's early blight. Pull those leaves.\n\n"
        "CALLER: Oh no. Should I cover them?\n\n"
        "HOST: Yes, tonight. Thanks for calling. Go ahead, sir.\n\n"
        "CALLER: Yeah, Dennis here, longtime listener. My roses have black spots.\n"
    )
    got = lines(text)
    assert (
        got["CALLER: Yeah, Dennis here, longtime listener. My roses have black spots."] == "Dennis"
    )
    assert got["CALLER: Oh no. Should I cover them?"] != "Dennis"
    assert got["CALLER: Hi! My tomatoes have yellow leaves."] != "Dennis"


# -- a longer label heard later is the same person unless the two talk to each other ------


def test_a_clips_full_label_after_the_surname_is_the_same_person() -> None:
    text = (
        "SUNDAY BRIEFING\n\n"
        "MARSH: Joining me now is Senator Dale Corwin. Thanks for coming.\n\n"
        "CORWIN: Glad to be here.\n\n"
        "MARSH: Here's what you said last week.\n\n"
        "(BEGIN VIDEO CLIP)\n\n"
        "SEN. DALE CORWIN (D-OR): We will not vote for this bill.\n\n"
        "(END VIDEO CLIP)\n\n"
        "MARSH: Has that changed?\n\n"
        "CORWIN: No. I still believe that.\n"
    )
    got = lines(text)
    assert (
        got["CORWIN: No. I still believe that."]
        == got["SEN. DALE CORWIN (D-OR): We will not vote for this bill."]
    )


# -- a label many share: only a self-introduction names the turn ---------------------------


def test_a_name_pointed_at_by_a_floor_speaker_is_not_theirs() -> None:
    text = (
        "TOWN HALL ON ROADS\n\n"
        "MODERATOR: Questions from the floor.\n\n"
        "AUDIENCE MEMBER: It's Ned Hollis who voted to close the depot, and I want to know why.\n\n"
        "MODERATOR: Councilman Hollis?\n\n"
        "HOLLIS: I voted for a balanced budget.\n\n"
        "AUDIENCE MEMBER: Hi, I'm Rosa Dunmore, from Elm Street. The potholes are worse.\n\n"
        "HOLLIS: I understand.\n"
    )
    got = lines(text)
    pointed = (
        "AUDIENCE MEMBER: It's Ned Hollis who voted to close the depot, and I want to know why."
    )
    assert got[pointed] == "AUDIENCE MEMBER"
    introduced = "AUDIENCE MEMBER: Hi, I'm Rosa Dunmore, from Elm Street. The potholes are worse."
    assert got[introduced] == "Rosa Dunmore"


# -- a round of first names: a bare word answering the other question is no name ----------


def test_a_respondents_bare_word_that_answers_the_question_is_no_name() -> None:
    text = (
        "Focus group - commuter survey, session 2\n\n"
        "MOD: Let's go around. Say your first name and how you get to work.\n\n"
        "R1: Carpool. My neighbour drives us both.\n\n"
        "R2: Anouk. I take the 22 bus.\n\n"
        "MOD: What would make you switch?\n\n"
        "R1: Cheaper parking, I guess.\n\n"
        "R2: A faster bus.\n"
    )
    got = lines(text)
    assert got["R1: Cheaper parking, I guess."] == "R1"
    assert got["R2: A faster bus."] == "Anouk"


# -- a roll call's names answer under labels of their own: no programme --------------------


def test_a_roll_call_standing_alone_is_spoken() -> None:
    text = (
        "ROLL CALL - PARKS BOARD, 3 JUNE\n\n"
        "SECRETARY: Mina Soto\n"
        "SOTO: Here\n"
        "SECRETARY: Carl Engel\n"
        "ENGEL: Present\n"
        "SECRETARY: Joan Pike\n"
        "PIKE: Here\n"
    )
    got = lines(text)
    assert got["ENGEL: Present"] == "ENGEL"
    assert got["SECRETARY: Carl Engel"] == "SECRETARY"


# -- a place's three words in a header field share no initials with a speaker -------------


def test_a_venues_initials_leave_the_interviewers_name_alone() -> None:
    text = (
        "Oral history project, tape 9\n"
        "Interviewer: Ruth Halloran\n"
        "Narrator: Samir Osei\n"
        "Venue: Regent Assembly Hall, side room\n\n"
        "RH: When did you first play here?\n\n"
        "SO: In 1971. I was terrified.\n\n"
        "RH: And the last time?\n\n"
        "SO: Last spring.\n"
    )
    got = lines(text)
    assert got["RH: And the last time?"] == "Ruth Halloran"
    assert got["SO: Last spring."] == "Samir Osei"


# -- a podcast under given names in capitals: a producer's note set off is no one's words --


def test_a_producers_note_between_a_podcasts_turns_is_narration() -> None:
    text = (
        "MAYA\nWelcome back to Late Shift. I'm Maya Brandt.\n\n"
        "OWEN\nAnd I'm Owen Lusk.\n\n"
        "MAYA\nToday we're talking about night buses.\n\n"
        "Producer's note: this episode was recorded in March.\n\n"
        "OWEN\nLet's start with the numbers.\n"
    )
    got = lines(text)
    assert got["Producer's note: this episode was recorded in March."] == "narrator"
    assert got["Today we're talking about night buses."] == "MAYA"


# -- a header field with a note of the recording after the name ----------------------------


def test_a_header_field_with_the_recordings_date_after_names_the_label() -> None:
    text = (
        "Interview with a ferry pilot, Orkney\n"
        "Interviewer: Isla Munro\n"
        "Interpreter: Tomas Veer. Recorded 4 May 2026.\n\n"
        "INTERVIEWER: When did the storm come?\n"
        "INTERPRETER: He says it came at dawn.\n"
        "INTERVIEWER: Where did you shelter?\n"
        "INTERPRETER: In the harbour office.\n"
    )
    got = lines(text)
    assert got["Interpreter: Tomas Veer. Recorded 4 May 2026."] == "narrator"
    assert got["INTERPRETER: In the harbour office."] == "Tomas Veer"


def test_a_name_then_a_sentence_of_speech_stays_a_turn() -> None:
    text = (
        "HOST: Welcome to the show.\n"
        "GUEST: Thanks. Glad to be here.\n"
        "HOST: Tell me about the album.\n"
        "GUEST: Recorded it in a barn, mostly at night.\n"
    )
    got = lines(text)
    assert got["GUEST: Recorded it in a barn, mostly at night."] == "GUEST"


def test_a_floor_speaker_giving_their_name_with_names_is_named() -> None:
    text = (
        "MODERATOR: Questions from the floor.\n\n"
        "AUDIENCE MEMBER: Hi. My name's Lina Okorie-Vance, I teach at Elm Primary. When?\n\n"
        "MODERATOR: Next question.\n\n"
        "AUDIENCE MEMBER: What about the buses?\n"
    )
    got = lines(text)
    asked = "AUDIENCE MEMBER: Hi. My name's Lina Okorie-Vance, I teach at Elm Primary. When?"
    assert got[asked] == "Lina Okorie-Vance"


def test_an_unidentified_speaker_later_is_not_the_named_speaker() -> None:
    # a role's label shortened is no person's name: "UNIDENTIFIED SPEAKER" is someone else
    text = (
        "MAYOR: Next speaker.\n"
        "SPEAKER: Hi. My name is Wen Adair. I'm with the library friends.\n"
        "MAYOR: Thank you.\n"
        "SPEAKER: Thank you.\n"
        "CLERK: Our last card is Dolores.\n"
        "UNIDENTIFIED SPEAKER: She left!\n"
        "MAYOR: All right.\n"
    )
    got = lines(text)
    assert got["SPEAKER: Thank you."] != got["UNIDENTIFIED SPEAKER: She left!"]


def test_a_bare_name_in_a_round_others_introduce_themselves_in_names() -> None:
    text = (
        "MOD: Let's go around. Say your first name and how you get to work.\n"
        "R1: I'm Gail. I take the 22 bus.\n"
        "R2: Dev. Green Line, all the way.\n"
        "MOD: How reliable is it?\n"
        "R2: Fine until it isn't.\n"
    )
    got = lines(text)
    assert got["R2: Fine until it isn't."] == "Dev"


def test_a_name_and_a_day_said_once_is_no_running_head() -> None:
    text = (
        "CERTIFIED COPY\n\n"
        "GRANT PELLER - 04/11/2026\n\n"
        "Q. Where do you work?\n\n"
        "A. At the depot.\n\n"
        "Q. Since when?\n\n"
        "A. Since 2019.\n"
    )
    got = lines(text)
    # filed once above the questions, not at each page's top: no witness named by it
    assert got["A. Since 2019."].lower() != "grant peller"


def test_the_host_handing_the_line_to_another_name_ends_the_call() -> None:
    text = (
        "HOST: Welcome back to City Desk. Lines are open.\n\n"
        "CALLER: Hi, this is Frank in Dunmore. The detour is a mess.\n\n"
        "HOST: That's rough, Frank.\n\n"
        "CALLER: They should have phased it.\n\n"
        "HOST: Thanks for that. Linda, go ahead.\n\n"
        "CALLER: The buses can't use the detour at all.\n"
    )
    got = lines(text)
    assert got["CALLER: They should have phased it."] == "Frank"
    assert got["CALLER: The buses can't use the detour at all."] != "Frank"
