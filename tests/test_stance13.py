"""Lexicons 1.12.0: plain refusals of the speaker's own conduct ("I'm not signing.",
"We're not trading him."), a give-way another party expects of the speaker's side and
refused in the next sentence, procedural futures, a bare apology after a failure owned,
and hedged admissions. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import stance_categories as counted


def terms(text: str) -> set[tuple[str, str]]:
    """(category, term) of the counted matches."""
    matches = rhetoscope.analyze(text).matches
    return {(m.category, m.term) for m in matches.itertuples() if m.category}


@pytest.mark.parametrize(
    "text",
    [
        "I'm not signing.",
        "We're not leaving.",
        "The council can fine us if it likes. We're not moving.",
        "We're not selling him.",
        "I'm not deleting the post.",
        "Nah, I ain't renaming the shop.",
        "I'm not changing a single word.",
        "I'm not rewriting my column, period.",
        "We will not go back.",
        "I won't do it, not for any price.",
        "I'm not gonna sign it.",
        "We ain't going nowhere.",
    ],
)
def test_plain_refusal_is_defiance_and_resolve(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)


@pytest.mark.parametrize(
    "text",
    [
        # verbs of saying, thinking, trying, declining to answer
        "I'm not saying.",
        "I'm not suggesting that.",
        "We're not asking him.",
        "I'm not kidding.",
        "I won't comment.",
        "I'm not going to speculate.",
        # the clause goes on: a purpose, a manner, a repetition, a limit
        "We're not doing enough.",
        "I won't do it again.",
        "I'm not running for reelection.",
        "We're not making progress fast enough.",
        "We are not doing that today.",
        # a plain or indefinite object: a pledge as often as a refusal
        "I will not cut benefits.",
        "I'm not going to raise taxes.",
        "We won't threaten anybody.",
        # not the speaker's own clause, or not a negated progressive or future
        "If we're not growing, we're shrinking.",
        "They're not signing.",
        # resistance negated gives way; patience is no refusal
        "If the club wants to sack me, that's their right. I won't fight it.",
        "We ain't panicking.",
        "We're not gonna rush it.",
        # a question
        "Are we not leaving?",
        # after a comma the clause goes on
        "I am not going to exploit, for political purposes, his youth.",
    ],
)
def test_plain_refusal_guards(text: str) -> None:
    assert "defiance" not in counted(text)


def test_plain_refusal_then_restatement_counts_once() -> None:
    # the refusal counts in its sentence; rule 18's "Full stop." adds nothing beside it
    matches = rhetoscope.analyze("We're not closing the clinic. Full stop.").matches
    counted_ = matches[matches.category != ""]
    assert sorted(counted_.category) == ["defiance", "resolve"]
    assert set(counted_.term) == {"i 'm not ...ing"}


def test_plain_refusal_leaves_other_rules_alone() -> None:
    # the coercion refused in the passive keeps its own match (a key of the plain
    # refusal must not hide the "not be" key)
    assert ("defiance", "be ...ed back") in terms("We will not be starved back to work.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a give-way another party expects of us, refused next: defiance, not concession
        (
            "Management thinks we're gonna throw in the towel. We're not.",
            {"defiance", "resolve"},
        ),
        ("The owners want us to give up. We won't.", {"defiance", "resolve"}),
        ("My publisher wants me to apologize. No.", {"defiance", "resolve"}),
    ],
)
def test_expected_give_way_refused(text: str, expected: set[str]) -> None:
    assert counted(text) == expected


def test_expected_give_way_not_refused_is_not_defiance() -> None:
    # without the refusal the give-way is left as it was
    assert "defiance" not in counted("Management thinks we're gonna throw in the towel.")


@pytest.mark.parametrize(
    "text",
    [
        "We'll take a ten-minute recess and come back for the hearing.",
        "Operator, we'll take the next question, please.",
        "We'll go to a short break and come back with questions.",
        "We'll have more later in the week.",
        "We'll say more tomorrow.",
        "I'll get it to you this afternoon.",
        "We'll get to the mailbag after the break.",
        "I'll check the logs and write to the committee.",
        "We'll be live-streaming the postgame right here.",
        "We'll take it one game at a time.",
        "We'll know after the scan.",
    ],
)
def test_procedural_futures_are_no_resolve(text: str) -> None:
    assert "resolve" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll be back tomorrow, and the day after.",
        "We'll take the fight to the courts.",
        "I'll get it done.",
    ],
)
def test_commitments_stay_resolve(text: str) -> None:
    assert "resolve" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I fought for this plant for three years. I lost. I'm sorry.",
        "Our response was far too slow, and the tenants paid for it. I'm sorry.",
        "We messed up the bus routes. Parents, I'm sorry.",
    ],
)
def test_bare_apology_after_failure(text: str) -> None:
    assert ("concession", "i 'm sorry .") in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry.",
        "Okay. I'm sorry. We have just a little bit of time left.",
        "I'm obliged to cut you off there under the rules. I'm sorry.",
        "Did we lose? I'm sorry.",
        "We won the cup. Oh, I'm sorry.",
    ],
)
def test_bare_apology_guards(text: str) -> None:
    assert ("concession", "i 'm sorry .") not in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "I probably should've read the contract.",
        "I probably shouldn't have said what I said.",
        "Maybe I should've read the forms more carefully.",
        "We perhaps should have waited.",
    ],
)
def test_hedged_admission_is_hedge_and_concession(text: str) -> None:
    assert {"concession", "hedging"} <= counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "You probably should have read the contract.",
        "Whether we should have waited is another matter.",
    ],
)
def test_hedged_admission_guards(text: str) -> None:
    assert "concession" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd write that check again tomorrow.",
        "I voted for it, and I'd vote for it again tomorrow.",
        "We would sign that deal again.",
    ],
)
def test_the_same_again_is_defiance(text: str) -> None:
    assert ("defiance", "i 'd ... again") in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to fly again, but who knows.",
        "I'd have to look at the numbers again.",
        "If you're asking whether I'd vote for it again, no.",
        "I'd never work in this industry again.",
        "I'd check the figures again before the vote.",
    ],
)
def test_the_same_again_guards(text: str) -> None:
    assert ("defiance", "i 'd ... again") not in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody's taking this cup from us.",
        "No one is going to take our land from us.",
        "You're not taking this farm from me.",
        "They'll never take our dignity away from us.",
    ],
)
def test_what_is_ours_refused(text: str) -> None:
    assert "defiance" in counted(text)


def test_a_polite_request_is_no_refusal() -> None:
    assert "defiance" not in counted("But I hope you won't take my five seconds away from me.")


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was taken into custody at approximately 4:40 this morning.",
        "Test scores were up roughly three points district-wide.",
        "Containment's at about 40 percent.",
        "Capex lands somewhere between $800 and $850 million.",
    ],
)
def test_approximate_quantity_is_no_hedge(text: str) -> None:
    assert "hedging" not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly two thousand people attended, give or take a few hundred.",
        "I believe the figure was roughly twelve million.",
        "We think revenue will land somewhere around four billion.",
    ],
)
def test_approximation_owned_stays_a_hedge(text: str) -> None:
    assert "hedging" in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "They told me to sign the NDA and shut up. I didn't, and I won't.",
        "I didn't then and I'm not going to now.",
        "We never have and we never will.",
    ],
)
def test_didnt_and_wont(text: str) -> None:
    assert {"defiance", "resolve"} <= counted(text)


def test_didnt_and_wont_needs_the_clause_end() -> None:
    assert "defiance" not in counted("We didn't and we won't raise taxes.")


def test_an_admission_restated_is_no_refusal() -> None:
    # rule 18 reads no denial into an admission ("we weren't good enough")
    assert "defiance" not in counted("We weren't good enough, end of story. No excuses from me.")
