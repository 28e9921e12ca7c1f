"""Whether the words before a quotation end in a verb that quotes it, when the speaker
was found without a cue: a speech verb followed only by what says where, when or to whom
("used to say to this House when it got out of hand:", "is saying in my ear right now,",
"used to say, whenever one of the girls was rushing,"), or a verb of speech the news
cues do not read ("he'd always go,", "and shout,", "likes to remind us,", "is mouthing",
"radioed in his size-up,"), whose subject is the speaker found: "Senator Amy Cole took
the stage, a group near the front began to shout" is the group's shout.
"""

from __future__ import annotations

import re

from ..attribution import SPEECH_VERBS

# Speech verbs of talk in person, whose plain form the news cues leave out as a noun
# ("a shout", "a reminder") or never read ("mouthing" across a room, "radioed in").
_SPOKEN = (
    "shout yell scream whisper mutter mumble remind reminds reminded reminding mouthing mouthed "
    "radioed"
).split()
# Speech verbs that name or report words without quoting them ("called it a", "described
# the plan", "read the report", "cited the study", "laughed").
_NOT_QUOTING = frozenset(
    """call called calling calls describe described describes describing read reads cited
    cites citing remembered laughed charged charges reported reports""".split()
)
# (longest first: "remind" is not tried before "reminded")
_VERB = "|".join(
    sorted(
        {v for v in SPEECH_VERBS if "_" not in v} - _NOT_QUOTING | set(_SPOKEN),
        key=len,
        reverse=True,
    )
)
# What may follow the verb and stand before the quotation: whom it was said to, an adverb,
# a phrase of place or time of up to four words, a clause of time ("when it got out of
# hand", "whenever one of the younger girls was rushing").
_TO_WHOM = r"(?:me|us|him|her|them|you|everyone|everybody|people|folks|anyone|anybody)"
_ADVERB = r"(?:\w+ly|now|again|once|always|often|then|right\s+now|every\s+\w+|each\s+\w+)"
_PHRASE = (
    r"(?:to|in|into|at|on|over|during|through|with|across|from|behind|under|around)"
    r"(?:\s+[\w'\u2019\-]+){1,4}?"
)
_WHEN = (
    r",?\s+(?:when|whenever|while|as|after|before|once|until|every\s+time)"
    r"\s+[^,.;:!?\"\u201c\u201d]{1,60}?"
)
_QUOTING_THEN_ADVERBIALS = re.compile(
    rf"\b(?:{_VERB})(?:\s+{_TO_WHOM}|\s+{_ADVERB}|\s+{_PHRASE}|{_WHEN})*\s*[,:]?\s*$"
)
# "he'd always go,", "she goes,", "and went,": to go, with nothing after it but a comma,
# quotes in talk.
_GO = re.compile(r"\b(?:go|goes|went)\s*,\s*$")
_REACH = 160  # characters before a quotation its verb and adverbials may take
# A clause with a subject of its own between the one named and the verb: ", a group near
# the front began to shout", ", and the kids started to scream", "and I heard someone
# ... whisper" (a "he" or "she" goes back to the one named: not here).
_OTHER_SUBJECT = re.compile(
    r"(?:,|\band\b|\bthen\b)\s+(?:I|we|you|they|someone|somebody|everyone|everybody|people|folks"
    r"|(?:a|an|the|some|his|her|their|my|our|your|two|three|several|many)\s+\w+)\b"
    r"|\b(?:someone|somebody|everyone|everybody)\b"
)


def quoting_before(before: str, last: str) -> bool:
    """Whether ``before``, the words up to a quotation, ends in a verb that quotes it and
    whose subject is the one whose last name word is ``last``: the name stands before the
    verb with no other subject between them."""
    verb = _GO.search(before) or _QUOTING_THEN_ADVERBIALS.search(
        before, max(0, len(before) - _REACH)
    )
    if verb is None:
        return False
    named = [m.end() for m in re.finditer(rf"\b{re.escape(last)}\b", before[: verb.start()])]
    return bool(named) and _OTHER_SUBJECT.search(before, named[-1], verb.start()) is None
