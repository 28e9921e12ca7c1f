"""Transcripts, round 19 reviewed: the IRC log's look-alikes that must not speak, each
beside the case the round's rules are for."""

from __future__ import annotations

from test_transcript_formats import lines

# -- an irssi log's own lines between and after the messages --------------------------------

_IRSSI = (
    "--- Log opened Wed Apr 15 09:00:00 2026\n"
    "09:00 -!- Irssi: Join to #garden-club was synced in 1 secs\n"
    "09:02 <rhea> morning\n"
    "09:03 <tomasz> morning rhea\n"
    "09:04 <rhea> anyone free saturday?\n"
    "--- Day changed Thu Apr 16 2026\n"
    "10:10 <tomasz> I am, what time\n"
    "10:12 <rhea> ten, at the gate\n"
    "10:13 <tomasz> see you there\n"
    "Note: tomasz left the club in May.\n"
    "--- Log closed Thu Apr 16 11:00:00 2026\n"
)


def test_an_irc_logs_own_lines_are_no_messages_words() -> None:
    got = lines(_IRSSI)
    assert got["10:10 <tomasz> I am, what time"] == "tomasz"
    # a message is never wrapped onto a line of its own: the log's lines are no one's
    assert got["--- Day changed Thu Apr 16 2026"] == "narrator"
    assert got["Note: tomasz left the club in May."] == "narrator"
    assert got["--- Log closed Thu Apr 16 11:00:00 2026"] == "narrator"


def test_a_messages_wrapped_rest_stays_its_writers() -> None:
    text = (
        "[19:02] <rhea> has anyone looked at the backup job? it failed again and I\n"
        "think the disk is full, but I can't log in from here\n"
        "[19:03] <tomasz> I'll look, give me five minutes\n"
        "[19:05] <tomasz> yes, disk full\n"
        "[19:06] <rhea> can you prune the snapshots?\n"
    )
    assert lines(text)["think the disk is full, but I can't log in from here"] == "rhea"


def test_a_chat_read_into_a_transcript_leaves_its_turns_speaking() -> None:
    # the log is a part of the text only: the labels around it still speak
    text = (
        "HOST: Ellen kept the chat from that night. Ellen?\n"
        "ELLEN: I'll read it. It went like this.\n"
        "[21:02] <mo> is the gate locked\n"
        "[21:03] <kit> no\n"
        "[21:03] <mo> then who has the key\n"
        "[21:04] <kit> ask the warden\n"
        "HOST: And did anyone ask?\n"
        "ELLEN: Nobody did. That was the trouble.\n"
    )
    got = lines(text)
    assert got["HOST: And did anyone ask?"] == "HOST"
    assert got["ELLEN: Nobody did. That was the trouble."] == "ELLEN"


# -- a nick's introduction that names someone else, or a place ------------------------------

_OPS = (
    "[08:00] <london_ops> morning, this is London Bridge reporting in\n"
    "[08:01] <leeds_ops> morning\n"
    "[08:01] <london_ops> two trains cancelled, signal fault\n"
    "[08:02] <leeds_ops> noted\n"
    "[08:02] <ann_k> hi all, I'm Ann Kerr's deputy, she's off today\n"
    "[08:03] <ann_k> the depot is short of drivers\n"
    "[08:03] <london_ops> will update at nine\n"
    "[08:04] <dkovac> Dmitri Kovac here, covering the desk\n"
    "[08:05] <dkovac> nothing from the depot yet\n"
)


def test_a_nick_takes_no_place_or_anothers_name_it_introduces() -> None:
    got = lines(_OPS)
    # the nick is made of the name: an initial and the surname
    assert got["[08:05] <dkovac> nothing from the depot yet"] == "Dmitri Kovac"
    # "london_ops" shares a word with "London Bridge", but is no initial and surname
    assert got["[08:01] <london_ops> two trains cancelled, signal fault"] == "london_ops"
    # "I'm Ann Kerr's deputy": someone else's name, though the nick is made of it
    assert got["[08:03] <ann_k> the depot is short of drivers"] == "ann_k"


# -- a client's own lines, written as actions -------------------------------------------------


def test_a_clients_star_lines_are_no_ones_actions() -> None:
    text = (
        "Session Start: Tue Apr 14 19:00:00 2026\n"
        "[19:00] * Now talking in #allotment-club\n"
        "[19:00] * Topic is 'shed rota on the board'\n"
        "[19:02] <rhea> hi all, who has the key to the shed this week?\n"
        "[19:02] <tomasz> I do, left it under the pot\n"
        "[19:04] * rhea goes to look\n"
        "[19:10] <rhea> found it, thanks\n"
    )
    got = lines(text)
    # "Now" and "Topic" write no message: the client's notices, not actions
    assert got["[19:00] * Now talking in #allotment-club"] == "narrator"
    assert got["[19:00] * Topic is 'shed rota on the board'"] == "narrator"
    assert got["[19:04] * rhea goes to look"] == "rhea"


# -- a numbered deposition with a chat log as its exhibit -------------------------------------


def test_a_numbered_depositions_chat_exhibit_leaves_its_line_numbers() -> None:
    text = (
        "                                                        Page 44\n"
        " 1   Q.   Let me show you Exhibit 12, the chat log.\n"
        " 2        Do you recognise it?\n"
        " 3   A.   Yes. It's our team channel.\n"
        " 4   Q.   Who is dan?\n"
        " 5   A.   That's me.\n"
        " 6   Q.   Did you fix the count?\n"
        " 7   A.   I did, the next morning.\n"
        " 8   Q.   Who told you it was short?\n"
        " 9   A.   Mia. It's in the log.\n"
        "10   Q.   Nothing further.\n"
        "\n"
        "EXHIBIT 12\n"
        "[09:14] <dan> is the pallet count right\n"
        "[09:15] <mia> no, two short\n"
        "[09:15] <dan> fix it before audit\n"
        "[09:16] <mia> will do\n"
    )
    got = lines(text)
    # the log's times are no line numbers, but the deposition's numbers still are
    assert got["3   A.   Yes. It's our team channel."] != "narrator"
    assert got["4   Q.   Who is dan?"] != got["5   A.   That's me."]
    assert got["[09:15] <mia> no, two short"] == "mia"


# -- a screenplay's shot directions in capitals ----------------------------------------------


def test_a_screenplays_insert_and_super_cue_no_one() -> None:
    text = (
        "INT. DINER - NIGHT\n\n"
        "Rain on the windows. MARGO BELL (40s) wipes the counter.\n\n"
        "MARGO\nWe're closed.\n\n"
        "TED (O.S.)\nDoor was open.\n\n"
        "MARGO (without looking)\nThen shut it behind you.\n\n"
        "INSERT (close on the till)\nThe drawer is empty.\n\n"
        "TED\nI'm not here for the money.\n\n"
        "SUPER (over black)\nThree years later.\n\n"
        "MARGO\nYou again.\n"
    )
    got = lines(text)
    assert got["Then shut it behind you."] == "Margo Bell"
    # a shot and a caption on screen, in capitals like a cue: the script's, narration
    assert got["The drawer is empty."] == "narrator"
    assert got["Three years later."] == "narrator"
    assert got["I'm not here for the money."] == "TED"
