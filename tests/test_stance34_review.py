"""Review of lexicons 1.28.0 (stop 34): look-alikes the round's families or an older rule
took, fixed by cause. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted

# --- a third person's doubt (or certainty) is that person's stance ---


@pytest.mark.parametrize(
    "text",
    [
        "My grandfather was a farmer. He never had any doubt.",
        "She has no doubt that the bridge will hold.",
        "The general had no doubts.",
        "Okafor had no doubt about the verdict.",
        "The witness has some doubts about the timeline.",
        "Frankly, they have serious doubts.",
    ],
)
def test_a_third_persons_doubt_is_not_the_speakers(text: str) -> None:
    assert counted(text) & {"resolve", "hedging"} == set()
    matches = rhetoscope.analyze(text).matches
    doubt = matches[matches["term"].str.startswith("doubt")]
    assert doubt["detail"].str.contains("third person").all()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I have no doubt.", "resolve"),
        ("We never had any doubt.", "resolve"),
        ("There is no doubt about it.", "resolve"),
        ("I have my doubts.", "hedging"),
        # an ally's certainty about the speaker's side, endorsed
        ("She never had any doubt that we would finish the season.", "resolve"),
    ],
)
def test_the_speakers_own_doubt_stays(text: str, category: str) -> None:
    assert category in counted(text)


def test_the_adverb_no_doubt_after_a_third_person_is_no_doubt_of_theirs() -> None:
    matches = rhetoscope.analyze("He has no doubt heard the news by now.").matches
    assert not matches["detail"].str.contains("third person").any()


# --- 'what I want to do is' + a step of the talk (a host's, a moderator's, a chair's) ---


@pytest.mark.parametrize(
    "text",
    [
        "What I'd like to do is remind our viewers that the lines are open.",
        "What I want to do is walk you through the figures.",
        "What I'd like to do is hear from the mayor first.",
        "What I want to do is direct this question to the chief constable.",
        "What we'd like to do is take a short break.",
        "What I'd like to do is take a couple of questions from the floor.",
        "What I want to do is summarize where the committee stands.",
        "What I want to do is have each of you respond in turn.",
        "What I want to do is be clear about what the motion says.",
        "What I want to do is play a clip from the hearing.",
        "What I'd like to do is yield the rest of my time.",
    ],
)
def test_a_step_of_the_talk_announced_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "What I want to do is cut the rates for small firms.",
        "What we want to do is build the new clinic by spring.",
    ],
)
def test_a_course_announced_stays_resolve(text: str) -> None:
    assert "resolve" in counted(text)


# --- a course the speaker has decided is no question put ---


@pytest.mark.parametrize(
    "text",
    [
        "We decided what we're going to do back in March.",
        "I've already decided how we will fund the library.",
    ],
)
def test_the_speakers_decision_taken_keeps_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We haven't decided what we're going to do.",
        "The board decided what we will do with the site.",
    ],
)
def test_a_decision_still_to_take_or_anothers_is_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


# --- "X and I share": a view, a goal or a concern, not a thing ---


@pytest.mark.parametrize(
    "text",
    [
        "My husband and I do share a bank account.",
        "My cousin and I both share a love of sailing.",
        "Dana and I do share the same office on the third floor.",
        "My sister and I both share a room with a view of the harbour.",
    ],
)
def test_a_thing_shared_is_no_concession(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The councillor and I both share a concern about the bus routes.",
        "The chairman and I do share the view that the levy must go.",
    ],
)
def test_a_view_or_concern_shared_with_another_is_a_concession(text: str) -> None:
    assert "concession" in counted(text)
