"""Transcripts, round 7: the layouts of never-studied texts, each on an invented input."""

from __future__ import annotations

from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines

_HEARING = (
    "                    WATER RIGHTS REVIEW\n"
    "    The Subcommittee met at 9:30 a.m., Hon. Mara Quist, Chairwoman of the\n"
    "Subcommittee, presiding.\n"
    "         OPENING STATEMENT OF HON. MARA QUIST, U.S. REPRESENTATIVE\n"
    "                          FROM IDAHO\n"
    "    The Chairwoman. The hearing will come to order. Our witness is\n"
    "Mr. Paul Ferro of the Basin Authority. Mr. Ferro.\n"
    "          STATEMENT OF PAUL FERRO, DIRECTOR, BASIN AUTHORITY\n"
    "    Mr. Ferro. Thank you. The basin is short of water for the third\n"
    "year running.\n"
    "    The Chairwoman. How short?\n"
    "    Mr. Ferro. About a fifth.\n"
)


def test_an_indented_hearing_opens_turns_with_title_and_surname() -> None:
    got = lines(_HEARING)
    assert got["year running."] == got["Mr. Ferro. About a fifth."] == "Paul Ferro"


def test_a_hearing_statement_heading_and_its_wrapped_line_are_narration() -> None:
    got = lines(_HEARING)
    assert got["OPENING STATEMENT OF HON. MARA QUIST, U.S. REPRESENTATIVE"] == "narrator"
    assert got["FROM IDAHO"] == "narrator"


def test_the_chair_is_the_person_the_opening_says_presides() -> None:
    got = lines(_HEARING)
    assert got["The Chairwoman. How short?"] == "Mara Quist"


def test_prose_paragraphs_opening_with_a_title_and_surname_make_no_turns() -> None:
    text = (
        "    Dr. Lee. That was the name on the door when the clinic opened.\n"
        "    The town had waited years for a doctor of its own.\n"
        "    Mr. Hale. Nobody could remember his first name, only the hat.\n"
    )
    assert split_turns(text) is None


_SHOW = (
    "NIGHT DESK WITH TOBIAS KERN\nGuest: Mira Solberg\n\n(APPLAUSE)\n\n"
    "TOBIAS\nWelcome! You wrote a book about owls.\n\n"
    "MIRA\nI did. Nine years of owls.\n\n(LAUGHTER)\n\n"
    "TOBIAS\n(to the audience)\nNine years!\n\n"
    "MIRA\nThey are worth it.\n"
)


def test_first_names_in_capitals_above_blank_separated_speech_are_a_show_script() -> None:
    got = lines(_SHOW)
    assert got["Nine years!"] == got["Welcome! You wrote a book about owls."] == "Tobias Kern"
    assert got["They are worth it."] == "Mira Solberg"
    assert got["(LAUGHTER)"] == got["(to the audience)"] == "narrator"


def test_recurring_headings_in_capitals_are_no_show_script() -> None:
    text = (
        "Two soups for winter, from Nora Vale\n\n"
        "INGREDIENTS\nTwo leeks, a potato, stock.\n\n"
        "METHOD\nSweat the leeks, add the rest, simmer.\n\n"
        "INGREDIENTS\nLentils, a carrot, cumin.\n\n"
        "METHOD\nSimmer everything for forty minutes.\n"
    )
    assert split_turns(text) is None


def test_initials_take_the_full_name_they_are_defined_beside() -> None:
    text = (
        "call notes -- Petra Lund (PL), retired nurse\n"
        "by phone, tues. DW = me (Dana Wilde). on record\n\n"
        "DW: when did you retire\n"
        "PL: In March. After thirty years.\n"
        "DW: why then\n"
        "PL: The night shifts. I was done.\n"
    )
    got = lines(text)
    assert got["PL: In March. After thirty years."] == "Petra Lund"
    assert got["DW: why then"] == "Dana Wilde"


def test_q_and_a_take_the_names_of_a_lede_that_says_one_spoke_with_her() -> None:
    text = (
        "A lighthouse keeper signs off\n"
        "For thirty years, Ilse Marwick has kept the light at Gull Point. "
        "Oren Platt spoke with her before the last night. It has been edited for length.\n\n"
        "Q. Will you miss it?\n"
        "A. Every night.\n"
        "Q. And the storms?\n"
        "A. Not one of them.\n"
    )
    got = lines(text)
    assert got["Q. Will you miss it?"] == got["Q. And the storms?"] == "Oren Platt"
    assert got["A. Every night."] == "Ilse Marwick"


def test_a_role_with_its_label_in_parentheses_names_that_label() -> None:
    text = (
        "Study transcript, wave 1\n"
        "Interviewer (I): Tove Ask\n"
        "Participant (P2): male, 51, driver\n\n"
        "I: How long is your shift?\n"
        "P2: Ten hours, most days.\n"
        "I: And breaks?\n"
        "P2: One, if I am lucky.\n"
    )
    got = lines(text)
    assert got["I: How long is your shift?"] == got["I: And breaks?"] == "Tove Ask"
    assert got["P2: Ten hours, most days."] == "P2"


def test_a_numbered_speaker_answering_say_your_name_takes_the_name() -> None:
    text = (
        "Ilka Moss  0:01\nThanks for coming. Can you say your name for the record?\n\n"
        "Speaker 2  0:06\nSure. I'm Tarek Vold, I run the night bakery.\n\n"
        "Ilka Moss  0:12\nHow long have you run it?\n\n"
        "Speaker 2  0:15\nNine years this spring.\n"
    )
    assert lines(text)["Nine years this spring."] == "Tarek Vold"


def test_a_numbered_speaker_saying_what_they_are_keeps_the_number() -> None:
    text = (
        "Ilka Moss  0:01\nThanks for coming. Can you say your name for the record?\n\n"
        "Speaker 2  0:06\nSure. I'm Very Tired today, honestly.\n\n"
        "Ilka Moss  0:12\nHow long have you run it?\n\n"
        "Speaker 2  0:15\nNine years this spring.\n"
    )
    assert lines(text)["Nine years this spring."] == "Speaker 2"


def test_her_in_me_and_her_notes_is_the_one_person_the_notes_name() -> None:
    text = (
        "Notes - Prof. Greta Holm, hydrologist. Coffee, 3/2.\n\n"
        "Me: is the aquifer dropping\n"
        "Her: Every year. About a metre.\n"
        "Me: since when\n"
        "Her: Since the new wells.\n"
    )
    got = lines(text)
    assert got["Her: Every year. About a metre."] == "Greta Holm"
    assert got["Me: since when"] == "Me"


# Round 7 review: each rule narrowed where it misnamed or lost speech


def test_a_dateline_alone_on_its_line_names_no_one() -> None:
    text = (
        "Markets live: stocks slide\n\n"
        "LONDON\nThe London Stock Exchange opened lower.\n\n"
        "PARIS\nShares in Paris Saint-Germain's sponsors slipped.\n\n"
        "LONDON\nBy midday the FTSE had recovered.\n\n"
        "PARIS\nThe CAC 40 closed down.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_cue_is_not_named_by_a_name_said_below_the_introduction() -> None:
    text = (
        "Bookish, episode 40. Maya talks to the novelist Tom Kern.\n\n"
        "MAYA\nWelcome. Your book opens with a quote from Maya Angelou.\n\n"
        "TOM\nIt does.\n\nMAYA\nWhy that quote?\n\nTOM\nBecause it fits.\n"
    )
    assert "Maya Angelou" not in lines(text).values()


def test_spoke_with_her_names_the_asker_without_the_word_before() -> None:
    for lead in ("Reporter", "On Monday", "The Gazette's"):
        text = (
            f"Eastfield Mayor Maria Lopez took office in January. {lead} Hollis Grant spoke "
            "with her about housing.\n\nQ: What is your first priority?\n\nA: Housing.\n\n"
            "Q: And the budget?\n\nA: Tight.\n"
        )
        assert lines(text)["Q: And the budget?"] == "Hollis Grant"


def test_spoke_with_her_names_no_tail_of_a_longer_name() -> None:
    text = (
        "Eastfield Mayor Maria Lopez took office in January. Mary Ann Smith spoke with her "
        "about housing.\n\nQ: What is your first priority?\n\nA: Housing.\n\n"
        "Q: And the budget?\n\nA: Tight.\n"
    )
    assert lines(text)["Q: And the budget?"] != "Ann Smith"


def test_spoke_with_her_leaves_the_answer_unnamed_when_the_lede_names_two() -> None:
    text = (
        "Tom Reed held the seat for twenty years before Maria Lopez beat him in January. "
        "Hollis Grant spoke with her about her first months.\n\n"
        "Q: What surprised you?\n\nA: The paperwork.\n\nQ: And the budget?\n\nA: Tight.\n"
    )
    assert lines(text)["A: Tight."] == "A"


def test_her_in_notes_is_not_a_name_in_passing_nor_the_note_taker() -> None:
    for intro in (
        "Texts with my sister after we finished reading Sally Rooney's new novel.",
        "Chat with my sister, after I emailed Peter Walsh at the council.",
        "Notes by Jane Roe, 3 May. Phone call with the ward nurse.",
    ):
        notes = "Me: how many last night\nHer: two for thirty\nMe: normal?\nHer: it is now\n"
        text = f"{intro}\n\n{notes}"
        assert lines(text)["Her: it is now"] == "Her"


def test_a_numbered_speaker_saying_where_they_are_from_keeps_the_number() -> None:
    text = (
        "Speaker 1: Thanks. Could you say your name and tell us a bit about yourself?\n\n"
        "Speaker 2: Sure. I'm Puerto Rican, I grew up in the Bronx.\n\n"
        "Speaker 1: What brought you here?\n\n"
        "Speaker 2: Work, mostly.\n"
    )
    assert lines(text)["Speaker 2: Work, mostly."] == "Speaker 2"


def test_indented_paragraphs_opening_with_a_recurring_title_are_prose() -> None:
    for first, second in (("Mr. Hale", "Dr. Ortiz"), ("The Chairman", "Mr. Darcy")):
        text = (
            f"    {first}. That is how my neighbour signs his notes.\n\n"
            f"    {second}. The same goes for the dentist on our street.\n\n"
            f"    {first}. Again, his latest note arrived on Monday.\n\n"
            f"    {second}. Again the name, again the blush.\n"
        )
        assert split_turns(text) is None


def test_a_wrapped_line_opening_statement_of_stays_in_the_turn() -> None:
    text = (
        "CHAIRMAN WHITLOCK: I will read the opening\n"
        "STATEMENT OF THE COMMITTEE, which was agreed yesterday:\n"
        "WE SUPPORT THE BILL.\n"
        "DR. LEE: Thank you, Mr. Chairman.\n"
        "CHAIRMAN WHITLOCK: Please go ahead.\n"
        "DR. LEE: The reservoirs are low.\n"
    )
    got = lines(text)
    assert got["WE SUPPORT THE BILL."] == got["CHAIRMAN WHITLOCK: I will read the opening"]
    assert got["WE SUPPORT THE BILL."] != "narrator"


def test_a_place_keyed_in_parentheses_names_no_label() -> None:
    text = (
        "Focus group 3\nModerator (M): Sanna Holm\nLocation (NY): New York City\n\n"
        "M: Welcome, everyone.\nNY: Thanks. Glad to be here.\n"
        "M: Let's start with introductions.\nNY: I'm a teacher.\n"
    )
    got = lines(text)
    assert got["NY: I'm a teacher."] == "NY"
    assert got["M: Welcome, everyone."] == "Sanna Holm"
