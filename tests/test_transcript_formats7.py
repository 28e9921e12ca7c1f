"""Transcripts, round 9: the layouts of never-studied texts, each on an invented input."""

from __future__ import annotations

from rhetoscope.speakers.transcript import split_turns

_HOW_TO = (
    "How to repot a fern\n"
    "Warning: Wear gloves; the soil may hold fungus.\n"
    "Step 1: Water the fern the night before.\n"
    "Step 2: Ease it out of the old pot.\n"
    "Tip: A butter knife loosens the roots.\n"
    "Q: Can I use garden soil?\n"
    "A: No, it packs too tightly.\n"
    "Q: When is the best time?\n"
    "A: In spring, as new fronds open.\n"
)


def test_a_how_to_with_steps_callouts_and_a_short_faq_is_no_transcript() -> None:
    assert split_turns(_HOW_TO) is None
