"""Lexicons 1.18.0: what separated the tool from a reader on unseen spoken text (the
misses of stance_blind16, grouped by cause). Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope


def counted(text: str) -> set[str]:
    """The categories a text counts (matches with a category)."""
    matches = rhetoscope.analyze(text).matches
    return {m.category for m in matches.itertuples() if m.category and m.category != "analogy"}


@pytest.mark.parametrize(
    "text",
    [
        "I have no idea what the vote count is, and I'm not going to guess.",
        "We won't be responding to that op-ed.",
        "I will not dignify this with a reply.",
        "The committee asked me twice; I'm not answering it again.",
    ],
)
def test_a_reply_withheld_is_no_commitment(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will not dignify this with a reply.",
        "The committee asked me twice; I'm not answering it again.",
    ],
)
def test_a_reply_withheld_from_a_charge_is_defiance(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will respond to every letter by Friday.",
        "I'll answer it in writing.",
        "I'm going to guess the winner.",
    ],
)
def test_replies_promised_are_not_refusals(text: str) -> None:
    assert "defiance" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fire me, then. I'll still be right about the budget.",
        "Impeach me again if you like.",
        "Go ahead and subpoena us.",
        "Fine, suspend me. The story stands.",
        "Anyone who wants to challenge our borders: try us.",
        "Kick me out, I'll start my own caucus.",
    ],
)
def test_a_punitive_imperative_is_a_dare(text: str) -> None:
    assert "defiance" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call me tomorrow about the invoice.",
        "Sue me? For what?",
        "Try us on Monday, the shop is closed today.",
        "Charge me for the extra bag, it's fine.",
        "Sue me for the cost of the fence and we'll settle it in court.",
        "The landlord said he might sue us.",
    ],
)
def test_requests_and_threats_reported_are_no_dares(text: str) -> None:
    assert "defiance" not in counted(text)
