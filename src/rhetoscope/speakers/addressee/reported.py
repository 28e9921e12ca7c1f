"""A named person who only reports what someone else said: "that same paramedic, Lucinda
Farr, also testified that a few minutes later he said, '...'", "According to Deputy
Ruiz, the first thing he said when she reached him was, '...'". The prose attribution
gives the words to the name; the pronoun that is the cue's own subject says them. When
that pronoun cannot be the reporter (a name of the other gender), or may not be (a name
of no known gender), the quotation is no longer the reporter's: better left in the turn
than moved to someone who never said it. "Tom Baker testified that he told them, '...'"
(a man's name, "he") stays his.
"""

from __future__ import annotations

import re

from ..names import TITLES, gender
from .grammar import _HEAD

# After the reporter's name: a verb of reporting and "that", then a clause whose subject
# is "he" or "she" and whose verb is one of speech, in the quotation's sentence.
_REPORTS_THAT = re.compile(
    r"[^.?!;\"\u201c\u201d]*?\b(?:testified|testifies|said|says|told\s+(?:\w+\s+){0,2}?"
    r"|wrote|writes|reported|reports|recalled|recalls|remembered|remembers|swore|swears"
    r"|explained|explains|claimed|claims|insisted|insists)\s*,?\s+that\b"
)
# Before the reporter's name: "According to".
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
# The pronoun as the subject of a speech verb, with no more than two words between.
_PRONOUN_SAID = re.compile(
    r"[^.?!;\"\u201c\u201d]*?\b(?P<pronoun>he|she)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:said|says|told|tells|asked|asks|whispered|shouted|yelled|wrote|typed)\b"
    r"[^.?!;\"\u201c\u201d]*$"
)


def reports_another(text: str, lo: int, end: int, speaker: str) -> bool:
    """Whether ``speaker``, named before a quotation at ``end``, only reports the words of
    a "he" or "she" who is the cue's subject and may be someone else."""
    at = text.rfind(speaker, lo, end)
    if at < 0:
        return False
    after = at + len(speaker)
    if _ACCORDING_TO.search(text, max(lo, at - 20), at):
        said = _PRONOUN_SAID.match(text, after, end)
    else:
        that = _REPORTS_THAT.match(text, after, end)
        said = _PRONOUN_SAID.match(text, that.end(), end) if that else None
    if said is None:
        return False
    first, _, rest = speaker.partition(" ")
    titled = first.rstrip(".").lower() in TITLES and rest
    known = gender(first, rest) if titled else gender("", speaker)
    return not known or known != ("f" if said["pronoun"] == "she" else "m")


# A report whose clause has someone else, unnamed, as the speaker, right before the
# quotation in its sentence: "told me that somebody from the office came by her
# apartment and said,", "told me during service that her grandmother always said",
# "Tyler also said someone told him".
_SOMEONE_SAID = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,3}?|wrote|writes|reported|recalled|remembered"
    r"|explained|claimed|insisted|mentioned)\s*,?\s+(?:that\s+)?"
    rf"(?P<subject>somebody|someone|(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}?(?:{_HEAD}))\b"
    # (no other subject before the verb: "said his son was fine, and then he told me,")
    r"(?P<gap>(?:(?!\b(?:he|she|they|we|I)\b)[^.?!;\"\u201c\u201d])*?)"
    r"\b(?:said|says|told|tells|asked|asks|say|tell)\b"
    r"[^.?!;\"\u201c\u201d]{0,30}$"
)
# A state said of one's own person, then "and" a verb: "explained that her husband was away
# and asked," coordinates the verb with the report (the reporter asks).
# A comma, then "and" the speech verb: the verb goes with the report, set off from the
# clause reported ("told me someone had taken his bike, and asked,").
_COMMA_AND = re.compile(r",\s+and\s+(?:then\s+)?$")
_A_STATE_AND = re.compile(r"^\s*(?:\w+\s+)?(?:was|were|is|are)\b.*\band\s+(?:then\s+)?$")


def reports_someone(text: str, lo: int, end: int, speaker: str) -> bool:
    """Whether the sentence before a quotation at ``end`` reports that someone unnamed
    ("somebody from the office", "her grandmother") said the words, ``speaker`` (whom the
    attribution found) named nowhere in that clause."""
    m = _SOMEONE_SAID.search(text, lo, end)
    if m is None or (not m["subject"].startswith("some") and _A_STATE_AND.search(m["gap"])):
        return False  # (not "someone was at the door and said,": the one who came)
    if _COMMA_AND.search(m["gap"]):
        return False  # "told me someone had taken his bike, and asked,": he asks
    # (not when the clause names them: "told me that her boss, Tom Hale, said")
    return speaker.split()[-1] not in text[m.start("subject") : end]
