"""The vocabulary the addressee rules share: offices, name and sentence patterns,
quotations blanked out of a stretch of words, the heads of descriptions of people, and
a few small helpers (a person's gender from a title or a first name, the other of a
pair). One home for them so that each family of rules imports them rather than a
module of another family."""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Segment
from ..attribution import SPEECH_VERBS
from ..names import gender

_OFFICES = (
    "vice president",
    "president",
    "senator",
    "governor",
    "congressman",
    "congresswoman",
    "secretary",
    "mayor",
    "ambassador",
    "general",
)
_OFFICE = "|".join(o.replace(" ", r"\s+") for o in _OFFICES)
_TITLE_OFFICE = "|".join(o.title().replace(" ", r"\s+") for o in _OFFICES)
_NAME = r"[A-Z][\w'\u2019\-]+"

_SPOKEN_OFFICE = re.compile(rf"^(?:the|this|our)\s+(?P<office>{_OFFICE})$", re.I)

_NAME_RUN = r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,2}"
# A name of one or two words, each a capital and then a small letter, on one line
# ("Ethan", "Ruth Ellis"): the name a cue sets right beside a description or a verb.
_GIVEN_NAME = r"[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][a-z][\w'\u2019\-]*)?"
# A full name, two or three words, as one is "called" or "named" ("Astrid Haugen").
_FULL_NAME = r"[A-Z][\w\-]+\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?"

_SENTENCE_END_BEFORE = re.compile(r"[.?!]\s")

_BODIES = (
    "campaign|administration|party|government|office|staff|ads?|commercials?|website|platform|plan"
)


def _blank_quotes(text: str) -> str:
    """``text`` with its quotations turned to spaces (offsets stay)."""
    return _QUOTED.sub(lambda q: " " * len(q.group()), text)


_SENTENCE_START = re.compile(r"(?:^|[.?!][\"'\u201d\u2019)]*\s+)(?=\S)")

# not "the president of the union", someone else's office
_OFFICE_NOMINAL = re.compile(
    rf"\b(?:[Tt]he|[Tt]his)\s+(?P<office>{_OFFICE})\b(?!['\u2019]s|\s+of\b)"
)

_QUOTED = re.compile('"[^"]*"|\u201c[^\u201d]*\u201d')


# A name opening a quotation, set off by a comma: the one the quoted words address; the
# words must go on after it (a title quoted with its comma, 'his book, "Plain Speaking,"',
# addresses no one).
_QUOTED_ADDRESS = re.compile(
    r"^[\"\u201c]\s*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),"
    r"(?=\s*[^\s\"\u201d])"
)


def _unquoted(text: str, keep_address: bool = False) -> str:
    """``text`` with each quotation turned to a space; with ``keep_address``, to the name
    it opens by addressing, which a later "he" or "she" may go back to ('I said, "Scott,
    I can't do that." ... He said,')."""
    if not keep_address:
        return _QUOTED.sub(" ", text)
    return _QUOTED.sub(lambda q: _address_of(q.group()), text)


# The stretch of a turn ``_unquoted_prefix`` last read, as (text, start, end, that stretch
# unquoted), ending where a quotation ends and holding no unpaired opening mark: a turn's
# quotations are resolved in order, each reading the turn up to its cue, so each reading
# goes on from there instead of from the turn's start (quadratic in a turn dense with
# quotations). One tuple, replaced whole, so a reader sees one reading or another.
_LAST_PREFIX: list[tuple[str, int, int, str]] = []
_OPENING_MARKS = ('"', "\u201c")


def _unquoted_prefix(text: str, start: int, end: int) -> str:
    """``_unquoted(text[start:end], keep_address=True)``, going on from the last reading
    of the same ``text`` from ``start`` when it ended at or before ``end``."""
    done, at = "", start
    if _LAST_PREFIX:
        last_text, last_start, last_end, last_done = _LAST_PREFIX[0]
        if last_text is text and last_start == start and start <= last_end <= end:
            done, at = last_done, last_end
    pieces = [done]
    safe, safe_pieces, clean = at, 1, True
    for q in _QUOTED.finditer(text, at, end):
        gap = text[at : q.start()]
        # (an opening mark left unpaired before a quotation may pair with one past
        # ``end`` in a longer reading: no reading goes on from past it)
        clean = clean and not any(mark in gap for mark in _OPENING_MARKS)
        pieces += [gap, _address_of(q.group())]
        at = q.end()
        if clean:
            safe, safe_pieces = at, len(pieces)
    _LAST_PREFIX[:] = [(text, start, safe, "".join(pieces[:safe_pieces]))]
    return "".join(pieces) + text[at:end]


def _address_of(quotation: str) -> str:
    m = _QUOTED_ADDRESS.match(quotation)
    return f" {m['name']}, " if m else " "


def _other(pair: tuple[str, ...], speaker: str) -> str:
    return next(p for p in pair if p != speaker)


def _with(quote: Segment, speaker: str) -> Segment:
    return replace(quote, speaker=speaker)


_FEMALE_HEADS = frozenset(
    "woman lady girl mother mom wife daughter sister grandmother grandma aunt spokeswoman "
    "congresswoman chairwoman".split()
)
_MALE_HEADS = frozenset(
    "man guy boy father dad husband son brother grandfather grandpa uncle spokesman "
    "congressman chairman pope".split()
)
_PERSON_HEADS = (_FEMALE_HEADS | _MALE_HEADS) | frozenset(
    "kid child friend neighbor neighbour person voter worker citizen veteran soldier "
    "general officer sheriff chief official aide adviser advisor spokesperson leader "
    "lawmaker senator governor mayor president secretary minister judge justice "
    "ambassador candidate nominee critic supporter expert economist doctor teacher "
    "student reporter editor questioner moderator steward owner member delegate actuary "
    "analyst scientist czar grader fellow nurse farmer pastor priest rabbi head captain "
    "commander professor coach boss mentor uncle aunt cousin grandma grandpa lawyer "
    "attorney banker pilot driver trooper clerk agent detective deputy guard cop manager "
    "waiter waitress bartender cashier salesman saleswoman surgeon physician dentist "
    "prosecutor ranger sergeant lieutenant colonel stranger customer colleague coworker "
    "landlord janitor doorman receptionist accountant broker contractor plumber "
    "mechanic buddy pal roommate partner advisor mentor granddaughter grandson niece "
    "nephew".split()
)
_HEAD = "|".join(sorted(_PERSON_HEADS, key=len, reverse=True))

_VERBS = "|".join(v for v in SPEECH_VERBS if "_" not in v)
# (also "was quoted" and "put it": "Derek Vance, was quoted ... saying", "Ruth Ellison,
# put it very simply")
_SPOKE = re.compile(
    rf"\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?(?:{_VERBS}|(?:was|is|were)\s+quoted|put\s+it)\b"
)
_COMMA_SPOKE = re.compile(rf",?{_SPOKE.pattern}")


def _gender_of(name: str, title: str = "") -> str:
    """A person's gender from a title or from any of their first names ("W Mitt Romney")."""
    said = gender(title, "")
    if said:
        return said
    for word in name.split()[:-1] or name.split()[:1]:
        said = gender("", word)
        if said:
            return said
    return ""
