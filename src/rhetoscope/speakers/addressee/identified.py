"""Who spoke, named by a frame the other cues do not read: "this is the same fellow who
told you," (the one "this" points to, as "he" would), "I remember the vice president
saying," (the one remembered speaking) and "This president in the last debate said,"
(an office, with where and when between it and its verb)."""

from __future__ import annotations

import re

from ...models import NARRATOR, UNKNOWN, Segment
from .checks import _someone
from .grammar import _NAME_RUN, _OFFICE
from .people import Participants, _as_participant
from .pronouns import _he_or_she

# "This is the same fellow who told you," "this is a guy who said," "that's the man
# that wrote,": the one "this" points to, a person the turn speaks of, as "he" would be
# (not "This is the guy that the actuary said,", whose clause has a subject of its own).
_ONE_WHO = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Hh]e|[Ss]he)(?:['\u2019]s|\s+is|\s+was)\s+(?:the\s+(?:same\s+)?|an?\s+)"
    r"(?P<pronoun>guy|fellow|man|gentleman|woman|lady)\s+(?:(?:who|that)\s+)?"
    r"(?:\w+ly\s+|also\s+|just\s+|once\s+)?"
    r"(?:said|says|told\s+\w+|tells\s+\w+|wrote|writes|put\s+it)(?:\s+that)?[,:]?\s*$"
)
# One the speaker remembers or heard speaking: "I remember the vice president saying,",
# "we heard him say,", "I recall Senator Reyes telling the crowd,".
_REMEMBERED = re.compile(
    r"\b(?:remember|remembered|recall|recalled|heard|hear)\s+"
    rf"(?:(?:the|this)\s+(?P<office>{_OFFICE})|(?P<pronoun>him|her)|(?P<name>{_NAME_RUN}))\s+"
    r"(?:say|saying|tell\s+\w+|telling\s+\w+)[,:]?\s*$"
)
# An office that spoke, with a phrase of where or when between it and the verb: "This
# president in the last debate said,", "the governor at a rally on Friday told them,".
_OFFICE_SAID = re.compile(
    rf"\b(?:[Tt]he|[Tt]his)\s+(?P<office>{_OFFICE})\s+"
    r"(?:in|at|on|during)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:\w+ly\s+|just\s+|also\s+)?(?:said|says|told\s+\w+)[,:]?\s*$"
)


def named_by_frame(
    text: str,
    body: int,
    lo: int,
    quote: Segment,
    turn: Segment,
    people: Participants,
    earlier: str,
    answerer: str,
) -> str | None:
    """The participant or person one of the frames above names for ``quote``, UNKNOWN
    when a frame stands but names no one the turn tells, None when none stands."""
    if m := _ONE_WHO.search(text, lo, quote.start):
        who = _he_or_she(text, body, m, turn.speaker, people, earlier, answerer=answerer)
        return who or UNKNOWN  # "a guy who said" is no one new: a predicate
    if m := _REMEMBERED.search(text, lo, quote.start):
        if m["office"]:
            who = people.holder(m["office"])
        elif m["pronoun"]:
            who = _he_or_she(text, body, m, turn.speaker, people, earlier, answerer=answerer)
        else:
            who = _as_participant(" ".join(m["name"].split()), people)
            who = who if _someone(who, people, text) else ""
        return who if who and who not in (turn.speaker, NARRATOR) else UNKNOWN
    if m := _OFFICE_SAID.search(text, lo, quote.start):
        who = people.holder(m["office"])
        return who if who and who != turn.speaker else UNKNOWN
    return None
