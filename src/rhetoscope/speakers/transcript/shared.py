"""The vocabulary every transcript rule shares: whitespace and time patterns, what a
name and a role look like, the label record, and span helpers.

A label's name, a header's, a name line's and an introduction's are all written with
the same few patterns (``_NAME``, ``_ROLES``, ``_TIMESTAMP``); they live here so that
each family of rules reads the same name the same way, and so that no family has to
import another just for a building block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..names import (
    _NOT_PERSON,
    _WORD,
    ABBREVIATED,
    DESCRIPTORS,
    FORMS_OF_ADDRESS,
    FUNCTION_WORDS,
    NOT_NAME_WORDS,
    OFFICES,
    TITLES,
)

_S = r"[^\S\n]"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
# a chat export's date and time: "[12/03/2024, 14:02:11]", "3/12/24, 2:02 PM - "
_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
_CHAT_STAMP = rf"\[?{_DATE},?{_S}+{_TIME}(?:{_S}*[AaPp]\.?[Mm]\.?)?\]?"
# a time, or a span as speech-to-text tools print it: "[00:00:05.120 --> 00:00:08.900]",
# set off by a dash or, as support chats mail them, a bar ("19:14:05 | Ann:")
# (a machine log's level after the time is no speaker: "19:14:05 | INFO: Backup started")
_LOG_LEVEL = r"(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|CRITICAL|NOTICE)\b"
_TIMESTAMP = (
    rf"(?:(?:{_CHAT_STAMP}|[\[(]?{_TIME}(?:{_S}*-->{_S}*{_TIME})?[\])]?){_S}*"
    rf"(?:[-|]{_S}*)?(?!{_LOG_LEVEL}))?"
)
_CAP_WORD = r"(?:[A-Z][\w'\u2019\-]*\.?)"
_PARTICLE = r"(?:de|da|van|von|der|del|la|le|bin|al|di|du)"
# ("For" opens none: "For First Lakeshore Bank:" lists an appearance; "FROM THE FLOOR:"
# and "TO LAM:" are speakers; a letter's salutation, "Dear Senator Calderwood:", names the
# one written to, no one speaking)
# (a retired officer's rank keeps its "(RET.)": "DET. (RET.) FRANK OSEI")
_RETIRED = r"\((?i:ret)\.?\)"
_NAME = (
    rf"(?!(?:(?i:for)|Dear){_S}+[A-Za-z])"
    # (a voice-over's mark before the role: "V/O ANNOUNCER:")
    rf"(?:V/O{_S})?{_CAP_WORD}(?:{_S}(?:{_CAP_WORD}|{_PARTICLE}|{_RETIRED})){{0,4}}"
)
# the forms of address before a name, lower case: "mr", "dr" ("MR. ROOKS", "Dr Samuel Okeke")
_ADDRESS_FORMS = "|".join(sorted(FORMS_OF_ADDRESS))
# The role words of labels many people share in turn (each caller, reporter, member of
# the audience someone else); below, with the other labels so shared, in ``_MANY``
_MANY_ROLES = (
    "audience questioner unidentified unknown male female voice participant reporter crowd "
    "caller juror student pupil"
).split()
# Labels many people share in turn, each turn maybe someone else's ("CALLER", "AUDIENCE
# MEMBER", "WOMAN" in a vox pop, "PARENT" at public comment): a name one of them gives
# is no other's, and no introduction names them all
_MANY = frozenset(
    [
        *_MANY_ROLES,
        *(
            "callers reporters question questions member members voices resident residents "
            "students protester protesters heckler hecklers citizen commenter public man men "
            "woman women parent parents neighbor neighbour tenant homeowner attendee voter "
            "worker patient passenger person people child kid listener viewer fan"
        ).split(),
    ]
)
# The role words a label may be made of ("Speaker 2", "THE INTERPRETER", "Audience member")
_ROLES = [
    *(
        "announcer moderator interviewer interviewee speaker narrator host guest witness "
        "chairman chairwoman chair respondent officer deputy trooper dispatcher teacher "
        "spokesperson spokesman spokeswoman interpreter translator arbitrator mediator "
        "panelist panellist observer contestant player"
    ).split(),
    *_MANY_ROLES,
]
_ROLE_LABEL = (
    rf"(?:(?i:{'|'.join(_ROLES)})(?:(?:{_S}(?:[a-z][\w\-]*|\d{{1,2}})){{1,2}}"  # "Speaker 2"
    rf"|{_S}[A-Z]+{_S}\d{{1,2}})"  # "AUDIENCE MEMBER 2"
    # a meeting's member, by where they speak from: "Member from floor", "Member of the public"
    rf"|Member{_S}+(?:from|of){_S}+(?:the{_S}+)?[a-z]+)"
)
# a word of a title after a name: "Director of Research", "Chief Executive Officer"
_TITLE_WORD = r"(?:[A-Z][\w&'.\-]*|of|and|&|for|the|on)"
# A parliament's members interjecting, in lower case: "Some hon. members:", "An hon.
# member:", "Honourable members:", "Opposition members:"
_HOUSE_MEMBERS = (
    rf"(?:(?:Some|Several|An|Government|Opposition|Honourable|Honorable|Hon\.)"
    rf"(?:{_S}+(?:hon\.|honourable|honorable))?{_S}+members?)"
)
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class _Label:
    start: int  # paragraph start
    end: int  # end of the label (and timestamp)
    name: str
    speaks: bool = True  # False: a header or closing line, which ends the turn before


# A sentence's end, not a quoted title's; or a note's after it ("... There he is.
# (Applause.)"), not an abbreviation in brackets ("Start: 7 p.m. (approx.)")
_FIELD_END = re.compile(r"[.?!][\"\u201d\u2019]?\s*$|[(\[][A-Z][^()\[\]\n]*[.?!][)\]]\s*$")
_PERSONAL = re.compile(r"\b(?:I|I'm|I\u2019m|I've|[Mm]y|me|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b")
# One person's own voice ("I", "my", "me"; "I" matches in "I'm", "I've", "I'd" too, the
# apostrophe ending the word)
_FIRST_SINGULAR = re.compile(r"\b(?:I|my|me)\b")
# A blank line: the break between two paragraphs
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A blank line right above a paragraph, searched in the characters before it
_BLANK_ABOVE = re.compile(r"\n[^\S\n]*\n[^\S\n]*$")
_ABOVE_REACH = 20  # characters before a paragraph where its blank line above is looked for


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Hon|Sir|Dame|Lord|Lady|Baroness|Baron)\b\.?")
# A person's name as prose writes it, of ``names``' words: a given name that is no form
# of address or abbreviated title ("Dr Abena" is none), then words, initials or particles
# ("Mary J. Blige", "Ludwig van Beethoven"); no possessive ("Keir Starmer's" is his
# statement's) and never past a sentence's end ("Clerk: Harold Vance. Speakers ...")
_NAME_WORD = r"[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?"  # "O'Brien", not "Starmer's"
_GIVEN = rf"(?!{_HONORIFIC.pattern}|(?:{ABBREVIATED})\b){_NAME_WORD}"
_AFTER_GIVEN = rf"{_S}(?:{_PARTICLE}{_S})?{_WORD}"  # one space: "Ann Cole   Desk:" is two fields
_PERSON_NAME = rf"{_GIVEN}(?:{_AFTER_GIVEN}){{0,3}}(?![\w'\u2019])"  # "Linda", "Rosa Delgado"
_FULL_NAME = rf"{_GIVEN}(?:{_AFTER_GIVEN}){{1,2}}(?![\w'\u2019])"  # "Joan Harris", no "Joan"
# A form of address or an abbreviated title before a name: "Dr.", "Hon.", "REV."
_ADDRESSED = (
    rf"(?:(?i:(?:the{_S}+)?(?:hon|honorable|honourable)\b\.?|(?:{_ADDRESS_FORMS})\b\.?)"
    rf"|{_HONORIFIC.pattern}|(?i:{ABBREVIATED})\.)"
)
_NO_NAME_WORDS = DESCRIPTORS | FUNCTION_WORDS | NOT_NAME_WORDS | OFFICES | TITLES | _NOT_PERSON


def _may_be_person(who: str, text: str) -> bool:
    """Whether ``who`` may be a person's name: no title, office, descriptor, body or
    function word ("Retired Navy"), and no word ``text`` writes in lower case ("I'm Not
    Sure")."""
    words = who.lower().split()
    return not any(w in _NO_NAME_WORDS or _written(w, text) for w in words)


def _written(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` as a whole word (as written: case counts)."""
    if _PLAIN_WORD.fullmatch(word):  # (one set of the text's words, not a scan per word)
        return word in _word_runs(text)
    # "vasquez-lind": each of its runs of letters is one of the text's, or it is not there
    # (a scan of the whole text for every such word was quadratic in a long transcript)
    if not set(_PLAIN_WORD.findall(word)) <= _word_runs(text):
        return False
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


_PLAIN_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _word_runs(text: str) -> frozenset[str]:
    return frozenset(_PLAIN_WORD.findall(text))


_LOWERED_WORD = re.compile(r"[\w'\u2019\-]+")


def _lowered(name: str) -> tuple[str, ...]:
    """A name's words in lower case, its titles too ("trustee", "fenwick")."""
    return tuple(_LOWERED_WORD.findall(name.lower()))


def _words(name: str) -> tuple[str, ...]:
    """A name's words in lower case, the titles before its last word left out ("TRUSTEE
    FENWICK": fenwick; a surname may be a title's word, "Gayle King"); a title alone
    ("Chair", "SUPERVISOR") has none."""
    *before, last = _lowered(name) or ("",)
    if not before:
        return () if not last or last in TITLES else (last,)
    return (*(w for w in before if w not in _NAME_TITLES), last)


# Titles a label may give before a name, with a company's offices ("CEO Jo Roe" beside
# "CEO Roe") and a hearing's presiding ("Arbitrator ROE.", not the "Arbitrator: Jo Roe"
# field above it)
_NAME_TITLES = TITLES | frozenset("ceo cfo coo cto arbitrator mediator".split())


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


@lru_cache(maxsize=256)  # (asked of every turn's label, a transcript's few labels again)
def _many(label: str) -> bool:
    """Whether a label is one many people share in turn ("CALLER", "THE AUDIENCE MEMBER",
    "WOMAN", "PUBLIC SPEAKER"), each of its words one of ``_MANY``'s or "speaker"."""
    words = set(_lowered(label)) - {"the"}
    # (a speaker of the public is one of many, "PUBLIC SPEAKER"; "SPEAKER" alone presides)
    return bool(words & _MANY) and words <= _MANY_OR_SPEAKER


_MANY_OR_SPEAKER = _MANY | {"speaker", "speakers"}  # (made once, not a set a call)


def _answering(order: Sequence[str]) -> set[frozenset[str]]:
    """The pairs of labels that take turns, one's turn right after the other's."""
    return {frozenset(pair) for pair in pairwise(order)}


def _answers_himself(
    who: str, label: str, labels: Iterable[str], answering: set[frozenset[str]]
) -> bool:
    """Whether ``label`` named ``who`` would take turns with himself: ``who``'s surname
    is a word of a label taking turns with it ("THE PRESIDENT" hosting "PRESIDENT
    MOREAU" is someone else than Moreau)."""
    surname = who.split()[-1].lower()
    return any(
        frozenset((label, other)) in answering and surname in _lowered(other)
        for other in labels
        if other != label
    )


# A line's end introducing what follows ("And the winning time, a new course record:",
# "And one more thing I wrote down:"), searched in the characters before a line
_INTRODUCING = re.compile(r":\s*\Z")
_INTRODUCING_REACH = 20


def _read_out(text: str, start: int) -> bool:
    """Whether the line at ``start`` is read out by the speaker above, who introduced it."""
    return _INTRODUCING.search(text, max(0, start - _INTRODUCING_REACH), start) is not None


def _lead(text: str, start: int) -> int:
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    return i - start


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


_ROLE_NAME_WORDS = frozenset([*_ROLES, *_MANY, "question", "answer", "the"])


def is_role_name(name: str) -> bool:
    """Whether a speaker's name is a label of a part, not of a person: ``Q``, ``A``, a
    letter, ``MODERATOR``, ``THE WITNESS``, ``Speaker 2``, ``Audience member``,
    ``Announcer offscreen``. Such a name in two documents is two people (or anyone);
    ``CHAIRMAN SMITH`` or ``Moderator Jane Ruiz`` is someone."""
    words = name.replace(".", " ").split()
    if len(words) == 1 and len(words[0]) == 1:
        return words[0].isalpha()
    if not words or words[0].lower() not in _ROLE_NAME_WORDS:
        return False
    return all(w.isdigit() or w.islower() or w.lower() in _ROLE_NAME_WORDS for w in words)
