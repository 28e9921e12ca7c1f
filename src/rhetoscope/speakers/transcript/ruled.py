"""A record's header and footer set off by rules: lines of dashes or equals signs.

A call record heads its turns with fields ("Call ref: LL-2026-118842", "Call handler:
Oona Feeney (CH)", "Caller: anonymous, consented to recording for training") and draws
a rule below them; below the last turn, another rule sets off the handler's notes
("HANDLER NOTES: Caller disclosed ..."). A field above the first rule, or below the
last, is the record's, though its label looks like a speaker's ("Caller:", "HANDLER
NOTES:"). Two signals: the rule, and a block of fields with no sentence in it above
the rule, none of whose labels opens a turn below it as written (a speaker's "HOST:
Welcome to the show." above a rule speaks, and so does a radio log's "ROVER: Radio
check" whose voice goes on). Below the last rule, a field whose label never opened a
line above it and names no speaking role opens the record's footer, where no one who
spoke goes on and no one says "I", "we" or "you" (a new voice after a break would);
below a short rule ("-----"), which breaks a script's scenes too, a field written as the
turns' labels above it are ("DOCTOR:" below "NURSE:" turns) is a new voice.
"""

from __future__ import annotations

import re
from collections import Counter

from ..names import first_name_known
from .shared import _PERSONAL, _ROLES, _S, _many

_SPEAKING = frozenset(_ROLES)  # roles' words: a label of theirs speaks

# a rule: a line of five or more dashes, equals signs or underscores ("-----" under a
# call record's fields)
_RULE = re.compile(rf"^{_S}*(?:-{{5,}}|={{5,}}|_{{5,}}){_S}*$", re.MULTILINE)
_RUNS = ("-" * 5, "=" * 5, "_" * 5)  # a rule's run as a literal: most texts have none


def _ruled(text: str) -> bool:
    """Whether a rule's run comes in the text at all: a literal test, so a text without
    one skips the line-by-line scan for rules."""
    return any(run in text for run in _RUNS)


# a field: "Caller: anonymous", "HANDLER NOTES: Caller disclosed ..."
_FIELD = re.compile(rf"^{_S}*(?P<field>[A-Za-z][\w\-]*(?:{_S}[\w\-]+){{0,2}}):{_S}*\S", re.M)
_SENTENCE_END = re.compile(r"[.?!][\"'\u201d\u2019)]*\s*$")
_MIN_FIELDS = 2  # fields in a header block above its rule
_LINE_START = re.compile(r"^[^\S\n]*\S", re.M)  # a line with something on it


def ruled_header(text: str) -> frozenset[int]:
    """Starts of the field lines above a record's first rule, where no line above it ends
    a sentence and two or more are fields; else none."""
    rule = _RULE.search(text) if _ruled(text) else None
    if rule is None:
        return frozenset()
    top = text[: rule.start()]
    lines = [line for line in top.split("\n") if line.strip()]
    if any(_SENTENCE_END.search(line) for line in lines):
        return frozenset()
    fields = list(_FIELD.finditer(top))
    if len(fields) < _MIN_FIELDS:
        return frozenset()
    if len({m["field"].lower() for m in fields}) < len(fields):
        return frozenset()  # "Mia: u coming tonight" / "Jay: yeah" / "Mia: ...": turns
    # a record's fields, none of them a label below as written ("Call ref:", "Caller:"
    # above "CALLER [00:00:09]:"); a radio log's first lines above a rule ("ROVER: Radio
    # check") are its voices, and a moderator's unpunctuated "Moderator: Welcome all" too
    below = {m["field"] for m in _FIELD.finditer(text, rule.end())}
    lowered = {field.lower() for field in below}
    # (a note on a party stands among the record's own fields, some labelling no turn:
    # "Call ID:" beside "Caller: not given at start"; "Host: welcome all" and "Guest: hi
    # everyone" above "HOST:" and "GUEST:" turns are the voices' first lines)
    kept = any(m["field"].lower() not in lowered for m in fields)
    if any(m["field"].lower() in lowered and not (kept and _noted(text, m, below)) for m in fields):
        return frozenset()
    return frozenset(m.start() for m in fields)


def _noted(text: str, field: re.Match[str], below: set[str]) -> bool:
    """Whether a field above the rule is the record's note on a party whose label the
    turns write otherwise: its value in lower case ("Caller: not given at start (see
    transcript)"), its label never written so below ("CALLER:"); "MODERATOR: Welcome
    all" above "Moderator:" speaks."""
    # (a field's match ends on its value's first character)
    return field["field"] not in below and text[field.end() - 1].islower()


def ruled_record(text: str) -> frozenset[int]:
    """Starts of a record's header and footer lines (``ruled_header``, ``ruled_footer``)."""
    return ruled_header(text) | ruled_footer(text)


# a line's label as turns open with it, a time after it or not: "CALLER [00:16:50]:"
_OPENING = re.compile(
    rf"^{_S}*(?P<label>[A-Za-z][\w\-]*(?:{_S}[\w\-]+){{0,2}})(?={_S}*[\[(:])", re.M
)


_LONG_RULE = 10  # a rule's characters: a shorter one may break a script's scenes too


def _as_the_turns(field: str, text: str, rule: re.Match[str]) -> bool:
    """Whether a field below a rule is written as the labels that open two lines or more
    above it are, in capitals or not ("DOCTOR:" as "NURSE:"; "Notes:" below "HOST:" is
    not)."""
    seen = Counter(m["label"] for m in _OPENING.finditer(text, 0, rule.start()))
    return any(n > 1 and label.isupper() == field.isupper() for label, n in seen.items())


def ruled_footer(text: str) -> frozenset[int]:
    """Starts of the lines below a record's last rule ("HANDLER NOTES: Caller disclosed
    ...", "Record closed 00:01 by O. Feeney"), where a field opens them whose label never
    opened a line above the rule and no line below opens with a label that did; else
    none."""
    rules = list(_RULE.finditer(text)) if _ruled(text) else []
    if not rules:
        return frozenset()
    rule = rules[-1]
    above = {m["label"].lower() for m in _OPENING.finditer(text, 0, rule.start())}
    first = _LINE_START.search(text, rule.end())
    opening = _FIELD.match(text, first.start()) if first else None
    if opening is None:
        return frozenset()  # a field opens the footer, right below the rule
    field = opening["field"].lower()
    if field in above or set(field.split()) & _SPEAKING or _many(field):
        return frozenset()  # "NARRATOR: Two years later ...": a role that speaks
    if first_name_known(field.split()[0]):
        return frozenset()  # "Ana: Thanks everyone for listening.": a person speaks
    if len(rule.group().strip()) < _LONG_RULE and _as_the_turns(opening["field"], text, rule):
        return frozenset()  # a scene's break: "DOCTOR:" below "NURSE:" turns, a new voice
    below = [m["label"].lower() for m in _OPENING.finditer(text, rule.end())]
    if any(label in above for label in below):
        return frozenset()  # a speaker goes on below the rule
    if len(set(below)) < len(below):
        return frozenset()  # "ODUYA: ..." / "KAMARA: ..." / "ODUYA: ...": turns, no fields
    if _PERSONAL.search(text, rule.end()):
        return frozenset()  # "GUEST: I'm glad to be here.": a new voice after a break
    return frozenset(m.start() for m in _LINE_START.finditer(text, rule.end()))
