"""Transcripts, round 18 reviewed: look-alikes of the round's rules that must not fire,
each beside the case the rule is for."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a Q&A interview answering for an office: "we", never "I" --------------------------------


def test_a_q_and_a_interview_answering_as_we_still_speaks() -> None:
    # the chief answers for the district: "we" is a person's voice too, no story's box
    text = (
        "Q&A: Fire Chief Dana Whitcombe on the coming wildfire season\n\n"
        "We spoke with Chief Whitcombe about what residents should expect.\n\n"
        "Q: How ready is the district this year?\n\n"
        "A: We have forty more seasonal firefighters than last summer.\n\n"
        "Q: What should homeowners do now?\n\n"
        "A: Clear brush within thirty feet of the house.\n"
    )
    got = lines(text)
    assert got["A: We have forty more seasonal firefighters than last summer."] != "narrator"
    assert got["Q: What should homeowners do now?"] != "narrator"


# -- an agenda's heading in a last turn that goes on in the speaker's voice -----------------


def test_a_list_read_out_in_capitals_ending_the_text_stays_the_speakers() -> None:
    text = (
        "SCHOOL BOARD - REGULAR MEETING\n\n"
        "CHAIR: We'll hear the superintendent's report.\n\n"
        "MEMBER DIAZ: Can we hear the priorities first?\n\n"
        "SUPERINTENDENT: Thank you. Three priorities tonight.\n\n"
        "1. HIRE TWENTY NEW TEACHERS\n\n"
        "2. REPAIR THE EAST WING ROOF\n\n"
        "None of this is cheap, and I want to be honest with the board about that.\n"
    )
    got = lines(text)
    assert got["2. REPAIR THE EAST WING ROOF"] == "SUPERINTENDENT"
    assert (
        got["None of this is cheap, and I want to be honest with the board about that."]
        == "SUPERINTENDENT"
    )


def test_a_list_read_out_in_capitals_before_the_next_label_stays_the_speakers() -> None:
    text = (
        "ALL-HANDS MEETING - TRANSCRIPT\n\n"
        "CEO: Three goals for next quarter, as on the slide:\n\n"
        "1. SHIP VERSION 4\n\n"
        "2. HIRE 20 ENGINEERS\n\n"
        "CFO: On the second one, we're close.\n\n"
        "CEO: Questions?\n"
    )
    got = lines(text)
    assert got["1. SHIP VERSION 4"] == "CEO"
    assert got["2. HIRE 20 ENGINEERS"] == "CEO"


def test_a_letters_signature_in_the_record_leaves_the_senator_speaking() -> None:
    # the Record's last speech reads a letter into the Record, signed in capitals, and goes on
    text = (
        "Mr. REYES. Mr. President, I suggest the absence of a quorum.\n\n"
        "The PRESIDING OFFICER. The clerk will call the roll.\n\n"
        "Mr. REYES. Mr. President, I ask that the quorum call be rescinded.\n\n"
        "Mr. DANFORTH. Mr. President, I will read a letter from the ambulance corps.\n\n"
        "Thank you for your support of our crews over many years.\n\n"
        "MARGARET T. ELLISON\n\n"
        "Chief of Operations\n\n"
        "Mr. President, this letter speaks for itself. I yield the floor.\n"
    )
    got = lines(text)
    assert got["Mr. President, this letter speaks for itself. I yield the floor."] == (
        "Mr. DANFORTH"
    )
    assert got["MARGARET T. ELLISON"] == "Mr. DANFORTH"


# -- one-line turns under a story's quotations, the last speaker going on -------------------

_INTRO = (
    "The following is a transcript of the afternoon briefing given by the governor's"
    " spokesperson in the press room of the State Capitol on Thursday. The briefing lasted"
    " eleven minutes and took two questions before the statement was read.\n\n"
)


def test_a_statement_read_out_in_quoted_paragraphs_stays_the_speakers() -> None:
    text = (
        _INTRO + "REPORTER: Is the governor signing the water bill?\n\n"
        "SPOKESPERSON: Yes. Here is her statement in full:\n\n"
        '"Today we deliver clean water to forty towns.\n\n'
        '"I thank the legislature for its work."\n\n'
        "That's the statement. Thank you all.\n"
    )
    got = lines(text)
    assert got['"Today we deliver clean water to forty towns.'] == "SPOKESPERSON"
    assert got["That's the statement. Thank you all."] == "SPOKESPERSON"


def test_a_last_answer_running_on_in_the_first_person_under_quotes_stays_the_speakers() -> None:
    text = (
        '"We were never told": residents on the night the river rose\n\n'
        '"It came up through the floorboards," said Tom Ashby, 71, who has lived on Mill'
        " Lane for forty years, when the station reached him the next morning. His neighbour"
        " said nobody had knocked on any door in the street that night.\n\n"
        "PRESENTER: Did anyone warn you?\n\n"
        "ASHBY: No. Not a text, not a knock, nothing.\n\n"
        "We sat upstairs with the dog until the lifeboat came at four.\n\n"
        "They were all ruined, the photographs. Forty years of them.\n"
    )
    got = lines(text)
    assert got["We sat upstairs with the dog until the lifeboat came at four."] == "ASHBY"


# -- a mixed-case label naming someone in a sentence, not a header's field ------------------


def test_a_moderator_greeting_a_guest_by_name_is_no_header_field() -> None:
    text = (
        "CANDIDATES' FORUM\n\n"
        "Moderator: Jane Ruiz, thank you for joining us.\n\n"
        "MODERATOR: And now the first question.\n\n"
        "RUIZ: Thank you. I'm glad to be here.\n\n"
        "MODERATOR: Why are you running?\n"
    )
    got = lines(text)
    assert got["Moderator: Jane Ruiz, thank you for joining us."] != "narrator"


# -- a witness's last answer saying who signed, not a record's signature line ---------------


def test_a_witness_saying_who_signed_ends_no_record() -> None:
    text = (
        "DEPOSITION OF CARL MENDEZ\n\n"
        "Q. Did you see the form before it was filed?\n\n"
        "A. Yes, it came back to me.\n\n"
        "Q. Whose name was on it?\n\n"
        "A. The foreman signed: Peter Lang, with the date next to it.\n"
    )
    got = lines(text)
    assert got["A. The foreman signed: Peter Lang, with the date next to it."] != "narrator"
