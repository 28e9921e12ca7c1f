"""Shared fixtures: the bundled seed article and its analysis."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

import rhetoscope

# Test modules import the speaker rules while they are collected, before any fixture
# runs, and the rules' patterns come from the startup store (``patterns``): an empty
# one of the session's, never the user's (``_startup_store`` then gives each session
# its own).
_COLLECTION_STORE = tempfile.TemporaryDirectory(prefix="rhetoscope-store-")
os.environ["RHETOSCOPE_CACHE_DIR"] = _COLLECTION_STORE.name

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "massoud-2021.txt"
# The opening turns of an invented debate, before the turns a test of quotations adds.
DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget, as I did "
    "in my state for eight years.\n"
    "Ruth Vale: President Vale will answer that. I have balanced four budgets already.\n"
) * 3


def quoted_after(opening: str, *turns: str) -> list[tuple[str, str]]:
    """The quote segments cut out of ``turns`` after ``opening``: (speaker, words)."""
    text = opening + "".join(turns)
    return [
        (s.speaker, text[s.start : s.end].strip('",.?'))
        for s in rhetoscope.split_speakers(text)
        if s.start >= len(opening) and s.kind == "quote"
    ]


# A meeting's opening: a chair and two members, the transcript the in-turn quotation
# tests put their turns in (a member's closing turn after them).
MEETING = (
    "Nora Vance: Good evening. We have Tess Moreno and Paul Okafor with us tonight.\n"
    "Tess Moreno: Thank you, Nora.\n"
    "Paul Okafor: Thank you.\n"
)
_LAST_TURN = "Paul Okafor: I have nothing to add to that for now.\n"


def quoted_in_meeting(*turns: str) -> list[tuple[str, str]]:
    """``quoted_after`` for ``turns`` between the meeting's opening and a last turn."""
    return quoted_after(MEETING, *turns, _LAST_TURN)


@pytest.fixture(scope="session", autouse=True)
def _startup_store(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The startup store (``rhetoscope.store``) in a folder of the test session's own,
    for this process and the CLI's subprocesses: never the user's cache."""
    os.environ["RHETOSCOPE_CACHE_DIR"] = str(tmp_path_factory.mktemp("store"))
    os.environ.pop("RHETOSCOPE_NO_CACHE", None)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> rhetoscope.Analysis:
    return rhetoscope.analyze(seed_text, doc="massoud-2021")


def analogy_terms(text: str) -> list[tuple[str, str, str]]:
    """The analogy matches of ``text`` analysed alone: (frame term, era, years)."""
    matches = rhetoscope.analyze(text).matches
    found = matches[matches["category"] == "analogy"]
    return [(m.term, m.era, m.years) for m in found.itertuples()]


def stance_categories(text: str) -> set[str]:
    """The stance categories ``text`` analysed alone counts (matches with a category)."""
    matches = rhetoscope.analyze(text).matches
    return {m.category for m in matches.itertuples() if m.category and m.category != "analogy"}
