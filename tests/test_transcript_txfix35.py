"""Transcripts, round 21's review: look-alikes of the round's rules that must not change
(each failed on the round's branch)."""

from __future__ import annotations

from test_transcript_formats import lines


def test_a_meeting_chats_one_off_timed_senders_still_speak() -> None:
    # one sender comes back, the others post once, no line ends a sentence: a chat's
    # export, not a programme's timed slots
    text = (
        "Meeting chat - Budget review\n"
        "10:02 Ana Ruiz: can everyone see the slides\n"
        "10:02 Ben Cole: yes\n"
        "10:03 Mia Tran: yes, all good\n"
        "10:05 Raj Mehta: sorry, joining from the car\n"
        "10:07 Ana Ruiz: ok starting now\n"
    )
    got = lines(text)
    assert got["10:02 Ben Cole: yes"] == "Ben Cole"
    assert got["10:05 Raj Mehta: sorry, joining from the car"] == "Raj Mehta"
    assert got["10:07 Ana Ruiz: ok starting now"] == "Ana Ruiz"


def test_a_two_day_programmes_repeated_slots_are_still_no_turns() -> None:
    # the look-alike: labels that come back, timed, but as they were ("Lunch: Refectory")
    text = (
        "HARBOUR HERITAGE WEEKEND\n"
        "Saturday\n"
        "09:30  Registration: Main Foyer\n"
        "10:00  Agnes Ferrow: Wrecks of the outer bank\n"
        "11:00  Colm Reddy: The last sailmakers\n"
        "12:30  Lunch: Refectory\n"
        "Sunday\n"
        "09:30  Registration: Main Foyer\n"
        "10:00  Joss Pemberton: Lighthouse keepers' logs\n"
        "12:30  Lunch: Refectory\n"
        "14:00  Walk: The harbour wall\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_legends_name_with_a_badge_number_after_it_still_names_the_code() -> None:
    text = (
        "BODY CAMERA TRANSCRIPT\n"
        "OFFICER 1 = Officer Ray Holt 1876; OFFICER 2 = Officer Nadia Trammell 2231\n"
        "\n"
        "OFFICER 1: Step out of the car, please.\n"
        "DRIVER: What for?\n"
        "OFFICER 2: Just do as he says.\n"
        "OFFICER 1: Thank you.\n"
        "DRIVER: Fine.\n"
    )
    got = lines(text)
    assert got["OFFICER 1: Step out of the car, please."] == "Ray Holt"
    assert got["OFFICER 2: Just do as he says."] == "Nadia Trammell"


def test_a_pause_noted_as_following_inserts_nothing() -> None:
    # "[A long pause follows]": no colon, no material inserted; the speaker goes on
    text = (
        "MAYOR'S ADDRESS - TRANSCRIPT\n"
        "\n"
        "MAYOR REYES: Thank you all for coming tonight. This has been a hard year.\n"
        "\n"
        "[A long pause follows]\n"
        "\n"
        "And that is why, after a great deal of thought, I will not seek a second term.\n"
        "\n"
        "COUNCILMEMBER TATE: Madam Mayor, I think I speak for all of us.\n"
        "\n"
        "MAYOR REYES: Thank you, Jim.\n"
    )
    got = lines(text)
    line = "And that is why, after a great deal of thought, I will not seek a second term."
    assert got[line] == "MAYOR REYES"


def test_a_speakers_labelled_last_line_about_errors_in_this_transcript_stays_his() -> None:
    text = (
        "HEARING ON THE HARBOUR LEASE\n"
        "\n"
        "CHAIR WELLS: Mr. Ortiz, your statement.\n"
        "\n"
        "MR. ORTIZ: Thank you, Chair. The lease was signed in 2019.\n"
        "\n"
        "MS. PARK: Has the rent changed?\n"
        "\n"
        "MR. ORTIZ: It has not. And there may be errors or gaps in this transcript of last "
        "week's session that I want corrected.\n"
    )
    last = (
        "MR. ORTIZ: It has not. And there may be errors or gaps in this transcript of last "
        "week's session that I want corrected."
    )
    assert lines(text)[last] == "MR. ORTIZ"


def test_a_single_spaced_plays_wrapped_speech_goes_on_below_its_first_line() -> None:
    text = (
        "THE NIGHT FERRY\n"
        "A play in one act\n"
        "CHARACTERS\n"
        "JUNE HALLORAN, a ferry captain\n"
        "MARCUS BELL, a passenger\n"
        "The deck of a small ferry. Night. JUNE at the wheel.\n"
        "JUNE\n"
        "Tickets, please. All of them, and the dog's as well, if\n"
        "that is your dog under the bench.\n"
        "MARCUS\n"
        "I lost mine at the quay.\n"
        "JUNE\n"
        "Then you swim.\n"
        "MARCUS\n"
        "You wouldn't.\n"
        "MARCUS gets up. He looks over the rail.\n"
    )
    got = lines(text)
    assert got["that is your dog under the bench."] == "June Halloran"
    assert got["MARCUS gets up. He looks over the rail."] == "narrator"


def test_a_hosts_greeting_in_lower_case_above_the_turns_still_speaks() -> None:
    # the field's place, a lower-case line with a full stop, but a greeting: said
    text = (
        "Podcast: Kitchen Table, ep. 4\n"
        "Host: hi everyone, welcome back. today is a short one.\n"
        "GUEST: Thanks for having me.\n"
        "HOST: So, sourdough. Where did it start for you?\n"
        "GUEST: My grandmother's starter.\n"
        "HOST: Amazing.\n"
    )
    got = lines(text)
    assert got["Host: hi everyone, welcome back. today is a short one."] != "narrator"
