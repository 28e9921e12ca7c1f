"""Transcripts, round 11: the commonest published layouts, each on an invented input."""

from __future__ import annotations

from rhetoscope import split_speakers
from rhetoscope.speakers.transcript import split_turns
from test_transcript_formats import lines


def test_minutes_motion_fields_are_no_speakers() -> None:
    text = (
        "GREEN LANE ALLOTMENT SOCIETY\n"
        "Minutes of the committee meeting\n"
        "Present: Ann Bell (Chair), Tom Ode (Treasurer)\n"
        "\n"
        "1. Water butts\n"
        "The committee discussed the broken water butts.\n"
        "Motion: Replace two water butts before spring.\n"
        "Moved: Bell. Seconded: Ode.\n"
        "Vote: Carried, 5-0.\n"
        "\n"
        "2. Any other business\n"
        "Motion: Hold the show in August.\n"
        "Moved: Ode. Seconded: Bell.\n"
        "Vote: Carried, 4-1.\n"
    )
    assert split_turns(text) is None
    assert {s.speaker for s in split_speakers(text) if s.kind == "turn"} == set()


def test_q_and_a_named_when_the_lede_says_who_asked_whom() -> None:
    text = (
        "Bakery Trade Weekly\n"
        "\n"
        "Chef Lucia Ferrante opened her third bakery in March. Reporter Tom Achebe asked her "
        "how she keeps the bread consistent.\n"
        "\n"
        "Q. How many loaves a day?\n"
        "A. About nine hundred on a Saturday.\n"
        "Q. And the starter?\n"
        "A. The same one since 2009.\n"
    )
    got = lines(text)
    assert got["Q. How many loaves a day?"] == "Tom Achebe"
    assert got["A. The same one since 2009."] == "Lucia Ferrante"


def test_initials_label_takes_the_full_name_the_lede_paragraph_gives() -> None:
    text = (
        "THE SUNDAY LETTER\n"
        "\n"
        "Hello all: this week I caught up with Marta Quist, who has kept bees on the roof of "
        "the old library for eleven years and now sells the honey at the Saturday market, "
        "which is where I found her. Questions are mine, answers are hers.\n"
        "\n"
        "AB: How many hives now?\n"
        "MQ: Six, and one very angry queen.\n"
        "AB: Do the neighbours mind?\n"
        "MQ: Not since I started giving them honey.\n"
    )
    got = lines(text)
    assert got["MQ: Six, and one very angry queen."] == "Marta Quist"
    assert got["AB: How many hives now?"] == "AB"


def test_zoom_participant_named_after_a_device_is_a_speaker() -> None:
    text = (
        "Saved from Zoom\n"
        "\n"
        "[Ana Ruiz] 09:00:01 Morning, everyone.\n"
        "[Ben Cole] 09:00:04 Morning.\n"
        "[iPad (2)] 09:00:07 Hi, it's Dev, on the tablet.\n"
        "[Ana Ruiz] 09:00:10 Welcome, Dev.\n"
        "[iPad (2)] 09:00:12 Thanks.\n"
        "[inaudible] 09:00:14\n"
    )
    got = lines(text)
    assert got["[iPad (2)] 09:00:07 Hi, it's Dev, on the tablet."] == "iPad (2)"
    assert got["[iPad (2)] 09:00:12 Thanks."] == "iPad (2)"
    assert got["[Ana Ruiz] 09:00:10 Welcome, Dev."] == "Ana Ruiz"


def test_office_label_takes_the_name_the_attendance_line_gives_the_office() -> None:
    text = (
        "TOWN OF ELMSFORD\n"
        "Present: Mayor Dana Whit; Town Clerk Omar Sayed; Councilor Jo Penn.\n"
        "\n"
        "MAYOR WHIT: We are on item four.\n"
        "TOWN CLERK: Two cards tonight, Madam Mayor.\n"
        "MAYOR WHIT: Thank you.\n"
        "TOWN CLERK: The first is Ray Bolt.\n"
    )
    got = lines(text)
    assert got["TOWN CLERK: Two cards tonight, Madam Mayor."] == "Omar Sayed"
    assert got["MAYOR WHIT: Thank you."] == "Dana Whit"


def test_paragraph_set_off_after_a_single_spaced_transcript_is_the_writers() -> None:
    text = (
        "Five minutes with a ferry captain\n"
        "\n"
        "Q: How long have you run the crossing?\n"
        "A: Twenty-two years this June.\n"
        "Q: Worst weather?\n"
        "A: January 2014. We stayed in port for four days.\n"
        "\n"
        "Ida Brenn captains the Lowmere ferry and chairs the local lifeboat trust.\n"
    )
    got = lines(text)
    assert got["A: January 2014. We stayed in port for four days."] == "A"
    assert got["Ida Brenn captains the Lowmere ferry and chairs the local lifeboat trust."] == (
        "narrator"
    )


def test_paragraph_after_a_blank_line_goes_on_where_turns_are_double_spaced() -> None:
    text = (
        "HOST: Welcome back.\n"
        "\n"
        "GUEST: Thanks for having me.\n"
        "\n"
        "HOST: Tell us about the harbour.\n"
        "\n"
        "GUEST: It silted up in the eighties.\n"
        "\n"
        "Nobody dredged it for twenty years.\n"
    )
    assert lines(text)["Nobody dredged it for twenty years."] == "GUEST"


def test_subheading_above_a_label_in_a_speech_is_narration() -> None:
    text = (
        "Read the governor's full remarks\n"
        "\n"
        "GOV. ANA LIND: Thank you all for coming.\n"
        "(APPLAUSE)\n"
        "On schools:\n"
        "LIND: Every child deserves a teacher who stays.\n"
        "AUDIENCE MEMBER: Yes!\n"
        "On the budget:\n"
        "LIND: We will balance it.\n"
        "Here is what we will do:\n"
        "cut the waste first.\n"
    )
    got = lines(text)
    assert got["On schools:"] == "narrator"
    assert got["On the budget:"] == "narrator"
    assert got["Here is what we will do:"] == got["LIND: We will balance it."] != "narrator"


def test_a_tape_side_line_in_an_oral_history_is_narration() -> None:
    text = (
        "INTERVIEWER: Where did you grow up?\n"
        "OKON: On the river, in a house on stilts.\n"
        "[End of Tape 2, Side A]\n"
        "Tape 2, Side B\n"
        "INTERVIEWER: We're recording again.\n"
        "OKON: Good.\n"
    )
    assert lines(text)["Tape 2, Side B"] == "narrator"


def test_label_with_a_title_after_a_comma_and_a_voice_note() -> None:
    text = (
        "CARA VOSS, CBN NEWS ANCHOR (voice-over): Good evening. Tonight, the flood.\n"
        "VOSS: We begin on the river.\n"
        "TED OYE, CBN CORRESPONDENT: The water is still rising here.\n"
        "VOSS: Thank you, Ted.\n"
    )
    got = lines(text)
    assert (
        got["CARA VOSS, CBN NEWS ANCHOR (voice-over): Good evening. Tonight, the flood."]
        == (got["VOSS: We begin on the river."])
    )
    assert "Voss" in got["VOSS: We begin on the river."].title()
