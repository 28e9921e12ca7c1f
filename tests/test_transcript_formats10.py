"""Transcripts, round 12: the commonest published layouts, each on an invented input."""

from __future__ import annotations

from rhetoscope.speakers.transcript import split_turns


def test_inquiry_questions_by_counsel_with_role_name_the_q() -> None:
    text = (
        "THE RIVERSIDE FLOOD INQUIRY\n"
        "Day 4\n"
        "\n"
        "          MR TOM HALE (sworn)\n"
        "     Questions by MS REED, COUNSEL TO THE INQUIRY\n"
        "\n"
        "THE CHAIR: Good morning. Ms Reed.\n"
        "Q. Mr Hale, you ran the pumping station?\n"
        "A. I did, for nine years.\n"
        "Q. Were the pumps tested?\n"
        "A. Every month.\n"
    )
    speakers = {s.speaker.upper() for s in split_turns(text) or []}
    assert "Q" not in speakers and "A" not in speakers
    assert any("REED" in s for s in speakers)
    assert any("HALE" in s for s in speakers)


def test_faq_page_q_and_a_are_nobodys() -> None:
    text = (
        "Frequently Asked Questions: Library Cards\n"
        "\n"
        "Q: Who can get a library card?\n"
        "A: Anyone who lives or works in the borough.\n"
        "\n"
        "Q: Can I renew online?\n"
        "A: Yes, up to three times.\n"
    )
    assert split_turns(text) is None
