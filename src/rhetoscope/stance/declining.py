"""Declining to answer, withholding a reply and disclaiming ("I won't comment", "I'm not
going to guess", "I'm not gonna sit here and tell you"): steps of the talk, not
courses of action, and the topic after them no refusal; the candour frame ("sit here and
pretend") is an admission."""

from __future__ import annotations

from collections.abc import Sequence

from ..constructions import SENTENCE_MARKS
from ..lexicon import Entry
from ..matcher import Hit
from ..negation import is_bare_commitment, same_clause
from .shared import _negative_commitment

_SITTING = frozenset(
    {"sit here and", "stand here and", "sit back and", "sit quietly and"}
    | {"stand up here and", "sit up here and", "stand up there and"}
)


# 1.9.0: a refusal to answer is a step of the talk, not a course of action: "I'm not
# going to comment on that", "I won't go further than that", "I'm not gonna get ahead of
# the President" (press briefings, hearings). Only negated: "we will answer any attack"
# is a pledge.
_NON_ANSWERS = frozenset("comment answer speculate elaborate characterize prejudge".split())
# 1.18.0: a reply withheld from a questioner or a charge ("I'm not going to guess", "I
# won't dignify that", "we won't be responding to it"): a stand against the one who
# asks, not a course to come (none of the 5 such sentences in the labelled sets is
# resolve). Unlike a declined comment its negator still refuses ("dignify that").
_WITHHELD = frozenset("guess dignify respond responding".split())
# "respond" withholds a reply only to a matter of the talk or at the clause's end ("we
# won't be responding to that op-ed", "I won't respond."), not to pressure ("We will
# not respond to threats": a stand) nor "in kind" (a pledge of restraint).
_RESPONDING = frozenset({"respond", "responding"})
_REPLY_OBJECTS = frozenset("it that this the those these your his her their such a any".split())
_PRESSURE_NOUNS = frozenset(
    "threat threats blackmail pressure intimidation provocation provocations violence force "
    "terror".split()
)
_NON_ANSWER_PHRASES = frozenset({("get", "ahead"), ("weigh", "in")})
# "get into / go into / go further / go beyond" decline only a matter of the talk: "I'm
# not going to get into that / the details", not "We will not get into another war".
_NON_ANSWER_MOVES = frozenset(
    {("get", "into"), ("go", "into"), ("go", "further"), ("go", "beyond")}
)
_MATTERS = frozenset(
    "that it this those these details specifics particulars names hypotheticals weeds "
    "speculation numbers here today now".split()
)
_MATTER_DETERMINERS = frozenset("the any all those these specific".split())


def _declining_to_answer(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a negated bare commitment ("I won't", "I'm not going to") governs a verb
    of answering or speculating: "I won't comment", "I'm not going to get into that"."""
    i = hit.last
    negated = any(map(_negative_commitment, hit.entries))
    if i < len(norms) and norms[i] in ("n't", "not"):
        negated, i = True, i + 1
    if not negated or i >= len(norms):
        return False
    if norms[i] in _NON_ANSWERS or tuple(norms[i : i + 2]) in _NON_ANSWER_PHRASES:
        return True
    if tuple(norms[i : i + 2]) not in _NON_ANSWER_MOVES:
        return False
    after = norms[i + 2 : i + 4]
    return (
        not after
        or after[0] in _MATTERS
        or after[0] in SENTENCE_MARKS
        or (after[0] in _MATTER_DETERMINERS and after[1:2] != [] and after[1] in _MATTERS)
    )


def _withholding_reply(norms: Sequence[str], hit: Hit) -> bool:
    """Whether a negated bare commitment governs a verb of replying (``_WITHHELD``):
    "I'm not going to guess", "we won't be responding to it"."""
    i = hit.last
    negated = any(map(_negative_commitment, hit.entries))
    if i < len(norms) and norms[i] in ("n't", "not"):
        negated, i = True, i + 1
    if i + 1 < len(norms) and norms[i] == "be" and norms[i + 1].endswith("ing"):
        i += 1  # "we won't be responding"
    return negated and i < len(norms) and norms[i] in _WITHHELD and _reply_withheld(norms, i)


def _reply_withheld(norms: Sequence[str], i: int) -> bool:
    """Whether the verb of replying at ``i`` withholds a reply to the talk ("respond to
    that", "respond."), not a response to pressure or in kind."""
    if norms[i] not in _RESPONDING:
        return True  # "guess", "dignify"
    after = norms[i + 1 : i + 5]
    if not after or after[0] in SENTENCE_MARKS:
        return True
    return (
        after[0] == "to"
        and after[1:2] != []
        and after[1] in _REPLY_OBJECTS
        and (_PRESSURE_NOUNS.isdisjoint(after))
    )


def _declined_negators(norms: Sequence[str], stance: Sequence[Hit]) -> frozenset[int]:
    """The positions of the negators of bare commitments that decline to answer ("I
    won't comment on the negotiations"), with the commitment's own tokens (1.11.0)."""
    found: set[int] = set()
    for hit in stance:
        if any(map(_bare_commitment_entry, hit.entries)) and _declining_to_answer(norms, hit):
            found.update(range(hit.first, min(len(norms), hit.last + 1)))
    return frozenset(found)


_COMMENTING = frozenset("comment comments commenting speculate speculating elaborate".split())
_TOPIC_DETERMINERS = frozenset("the any these those their ongoing current".split())


def _commented_topic(norms: Sequence[str], first: int) -> bool:
    """Whether the hit at ``first`` is the topic of a comment ("comment on the
    negotiations", "speculate about any settlement"): a matter talked about (1.11.0)."""
    i = first - 1
    while i >= 0 and first - i <= 2 and norms[i] in _TOPIC_DETERMINERS:
        i -= 1
    return i >= 1 and norms[i] in ("on", "about") and norms[i - 1] in _COMMENTING


def _bare_commitment_entry(entry: Entry) -> bool:
    return entry.category == "resolve" and is_bare_commitment(entry.tokens)


# 1.9.0: "I'm not gonna sit here and tell you we've got it all figured out", "I'm not
# going to stand up here and promise you something I can't deliver": the negation is of
# a claim, not of a course of action; the speaker declines to claim (an admission or
# candour), and neither the commitment nor the frame is a refusal. "I'm not going to
# stand here and apologize" (no saying after the frame) stays one.
_DISCLAIMED = frozenset(
    "tell say pretend claim promise suggest guarantee predict sugarcoat whitewash".split()
)
# 1.13.0: a candour frame. Declining to pretend or to act as if something were so
# concedes that it is not ("I'm not going to sit here and pretend we handled the rollout
# well", "I'm not gonna sit here and act like I'm some kind of expert"): an admission.
# Not "tell you" (what follows may be the hearer's wish: "tell you what you want to
# hear").
_CANDOUR = "a candour frame: what is not pretended is admitted"
_PRETENDING = frozenset({"pretend", "act", "sugarcoat", "whitewash"})


def _candour(norms: Sequence[str], frame: Hit) -> bool:
    """Whether a negated sitting frame is followed by *pretend* or *act like / as if*,
    and a clause of its own ("pretend we...", "act like I'm...")."""
    at = frame.last
    if at >= len(norms) or norms[at] not in _PRETENDING:
        return False
    if norms[at] == "act":
        return norms[at + 1 : at + 2] == ["like"] or norms[at + 1 : at + 3] == ["as", "if"]
    return True


_DISCLAIMER = "a disclaimer: declining to claim, not a refusal"


def _disclaims(norms: Sequence[str], frame: Hit) -> bool:
    """Whether a sitting frame ("sit here and") is followed by a verb of saying, or by
    *act like / as if* (not "act on rumours": a refusal)."""
    if frame.last < len(norms) and norms[frame.last] == "act":
        return _candour(norms, frame)
    return frame.last < len(norms) and norms[frame.last] in _DISCLAIMED


def _disclaiming(norms: Sequence[str], stance: Sequence[Hit], k: int) -> bool:
    """Whether the bare commitment of hit ``k`` governs a sitting frame followed by a
    verb of saying ("I'm not gonna sit here and tell you...")."""
    if k + 1 >= len(stance) or not same_clause(norms, stance[k].last, stance[k + 1].first):
        return False
    frame = stance[k + 1]
    return any(e.pattern in _SITTING for e in frame.entries) and _disclaims(norms, frame)
