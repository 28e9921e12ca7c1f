"""A debater's stand (defiance.tsv, 1.21.0) that is none in its sentence: a line drawn
between two things or asked about, not a limit set; a right to a feeling, claimed
against no challenge; evidence denied only under a condition (1.27.0); a claim about
others weighed with "somehow", thinking in a manner urged (review of 1.27.0)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import CONDITIONS, FIRST_PERSON

# "that's where I draw the line", "I draw the line at lying" set a limit; "I draw the line
# between my work and my family" draws a distinction, and "Where we draw the line on
# overtime is a question for the board", "we have to decide where we draw the line" ask
# where a limit lies. A "where" clause sets the limit only after "that's", "this is",
# "here's" ("that's exactly where I draw the line").
_LINES = frozenset({"i draw the line", "we draw the line", "draw the line at"})
_ASKING = frozenset({"where", "how", "whether"})
_POINTING = frozenset({"that", "this", "here"})
_POINTING_COPULAS = frozenset({"'s", "is", "was"})
_POINTING_ADVERBS = frozenset({"exactly", "precisely", "just", "right"})
_DISTINCTION = "a line drawn between two things, not a limit set"
_ASKED = "where a line lies asked, not a limit set"

# "I have every right to defend my record" asserts a right against a challenge; "We have
# every right to be proud of our record" claims a feeling no one contests.
_RIGHTS = frozenset(
    {"i have every right to", "we have every right to"}
    | {"i have every right in the world", "we have every right in the world"}
)
_FEELINGS = frozenset(
    "proud happy pleased glad grateful thankful excited thrilled delighted satisfied "
    "optimistic hopeful".split()
)
_DEGREES = frozenset({"very", "so", "quite", "more"})
_FEELING = "a right to a feeling, not asserted against a challenge"

# 1.27.0: "there is no evidence that ..." denies a charge; "If there isn't any evidence,
# the judge will drop the case" denies nothing, it sets a condition.
_CONDITIONS = CONDITIONS | {"whether"}
_CONDITIONED = "evidence denied under a condition, not a charge denied"

# Review of 1.27.0: a claim mocked with "somehow" is the speaker's rebuttal when the claim
# is about the speaker's side ("the claim that somehow I am the villain", "this notion that
# somehow we did not object"); "Investigators are examining the claim that somehow the fire
# started in the kitchen", "The data suggests that somehow the birds navigate by..." report
# or weigh a claim about others.
_OUR_SIDE = frozenset({"i", "me", "my", "we", "us", "our"})
_SOMEHOW_REACH = 8
_NOT_OURS = "a claim mocked with 'somehow' not about the speaker's side"
# Review of 1.27.0: spin is a claim the listener is to believe ("He wants you to believe
# that I can't be president"); thinking in a manner urged ("The coach wants you to think
# positively", "The museum wants you to think differently about art") frames no claim.
_SPIN_VERBS = frozenset({"think", "believe"})
_MANNERS = frozenset(
    "positive big bigger small smaller differently hard harder twice ahead outside long "
    "straight".split()
)
_NOT_ADVERBS = frozenset({"only", "really", "actually"})
_MANNER = "thinking in a manner urged, no claim framed as spin"


def _pointed_at(norms: Sequence[str], where: int) -> bool:
    """Whether "that's", "this is" or "here's" (and maybe an adverb) stands before the
    "where" at ``where``: "that's exactly where I draw the line"."""
    j = where - 1
    if j >= 0 and norms[j] in _POINTING_ADVERBS:
        j -= 1
    return j >= 1 and norms[j] in _POINTING_COPULAS and norms[j - 1] in _POINTING


def no_stand(norms: Sequence[str], hit: Hit, entry: Entry) -> str:
    """Why the stand of ``hit`` is none in its sentence, or "" (see ``_LINES``, ``_RIGHTS``)."""
    after = norms[hit.last : hit.last + 3]
    if entry.tokens[-1] == "evidence" and hit.first and norms[hit.first - 1] in _CONDITIONS:
        return _CONDITIONED
    if entry.tokens[-1] == "somehow" and _OUR_SIDE.isdisjoint(
        norms[hit.last : hit.last + _SOMEHOW_REACH]
    ):
        return _NOT_OURS
    if entry.tokens[-1] in _SPIN_VERBS and after[:1]:
        word = after[0]
        if word in _MANNERS or (word.endswith("ly") and word not in _NOT_ADVERBS):
            return _MANNER
    if entry.pattern in _LINES:
        if after[:1] == ["between"]:
            return _DISTINCTION
        # the word before the clause's subject ("where parents draw the line at")
        j = hit.first - 1 if entry.tokens[0] in FIRST_PERSON else hit.first - 2
        if j >= 0 and norms[j] in _ASKING and not _pointed_at(norms, j):
            return _ASKED
        return ""
    if entry.pattern in _RIGHTS:
        if after[:1] == ["to"]:
            after = norms[hit.last + 1 : hit.last + 4]  # "... in the world to be proud"
        feeling = [w for w in after[1:] if w not in _DEGREES and not w.endswith("ly")][:1]
        if after[:1] == ["be"] and feeling and feeling[0] in _FEELINGS:
            return _FEELING  # "to be (very, rightly) proud"
    return ""
