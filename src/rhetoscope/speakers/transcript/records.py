"""A call as a recording system exports it: the record above it, the system's own lines
and the wrap-up below it.

A contact centre's or a dispatch centre's export heads the call with a record of fields,
several on a line and spaced apart ("Agent: Priya Natarajan (ID 4471)   Customer: Gordon
Feeney (Acct 6620)"): narration, which names the labels that speak below it ("Agent
[00:00:06]:" is Priya Natarajan). The system's own lines ("System [00:01:12]: Agent
placed customer on hold.") record events that no one says. Once a line says that the
call has ended ("[Call ended 00:04:41]"), a field said there once ("Disposition: Billing
dispute") is the export's wrap-up, not a speaker's turn.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .callers import _CALLER
from .shared import _ADDRESSED, _FULL_NAME, _S, _Label, _many, _may_be_person
from .stage import _STAMP

# A field of a record: a word or a few and a colon, a value after it ("Interaction ID:
# 7731", "Call-taker position: 6"); a clock's "14:07:31" opens none
_FIELD_NAME = rf"[A-Z][\w/\-]*(?:{_S}[\w/\-]+){{0,3}}:"
# A record's line: two fields or more, the second after a run of spaces or a tab, as an
# export lines them up (speech never spaces its sentences so)
_RECORD_LINE = re.compile(
    rf"{_S}*{_FIELD_NAME}{_S}*(?P<value>\S[^\n]*?)(?:{_S}{{2,}}|\t){_FIELD_NAME}{_S}*\S"
)
# The same, searched for: a match never starts inside a run of blanks (one starting at
# the run's first blank is found first), so a search skips them instead of trying each
# (a label and 20,000 spaces took 3.5 s)
_RECORD_LINE_AT = re.compile(rf"(?<!{_S})(?:{_RECORD_LINE.pattern})")
# A line with a run of blanks or a tab in it, where a record's line may be
_SPACED_LINE = re.compile(rf"^[^\n]*?(?:{_S}{{2,}}|\t)[^\n]*", re.M)
# A field's value that is a sentence, said, not recorded: three words or more ending in
# a question, an exclamation or a full stop after a word ("The committee will come to
# order.  Our first witness: ...", "Q: How many buses will run?  A: Forty."; not "Time:
# 10:00 a.m." nor "Place: 12 Main St.")
_SENTENCE = re.compile(rf"(?:\S+{_S}+){{2,}}\S*(?:[a-z]{{3}}\.|[?!])[\"'\u201d\u2019)]*")
# A field naming a person: "Agent: Priya Natarajan (ID 4471)", the name ending the field
# or its office after a comma ("Guest: Dr. Sunita Rao-Whitfield, County Health Officer")
_NAMING_FIELD = re.compile(
    rf"(?:^|(?<={_S}{_S})|(?<=\t))(?P<field>[A-Z][\w\-]*(?:{_S}[\w\-]+){{0,2}}):{_S}*"
    rf"(?:{_ADDRESSED}{_S}+)?(?P<who>{_FULL_NAME})(?={_S}*[(,]|{_S}{{2,}}|\t|{_S}*$)",
    re.MULTILINE,
)
# The labels of a system's own lines, which record events: "System", "SYSTEM MESSAGE"
_SYSTEM = frozenset({"system", "system message", "system event"})
# A line saying the call or the recording has ended: "[Call ended 00:04:41 - survey
# offered]", "[Call disconnected by caller]", "END OF CALL", "(Recording ended.)"
_ENDED = re.compile(
    # (a body camera's time before it: "[00:02:49] [Recording ends.]")
    # (its blanks taken whole: shared with the note's own, a run of k was tried k * k ways)
    rf"^{_S}*+(?:{_STAMP}{_S}+)?"
    rf"(?P<note>[\[(]?{_S}*(?:(?i:call|chat|recording|session|meeting|conference|interview|transcript)"
    rf"{_S}+(?i:ended|ends|disconnected|terminated|concluded)\b"
    rf"|(?i:end{_S}+of{_S}+(?:call|recording|session|meeting|conference))\b)[^\n]*)$",
    re.MULTILINE,
)


def record_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``..``end`` is a record of fields spaced apart on one line,
    the first field's value no sentence."""
    m = _RECORD_LINE.match(text, start, end)
    return m is not None and _SENTENCE.fullmatch(m["value"]) is None


def system_event(name: str, exported: bool) -> bool:
    """Whether a label is the recording system's own, in an ``exported`` record (a label
    with its time, a record line above): its notices are no one's words, whether they
    report an event done ("Agent placed customer on hold.") or not ("Dmitri K. has
    joined the chat.", "Please wait while we connect you"); a computer's voice in a
    drama, with no time, says its lines ("SYSTEM: Emergency bulkheads sealed.")."""
    return exported and name.lower() in _SYSTEM


def named_by_record(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person a record line of the introduction names for it ("Agent: Priya
    Natarajan (ID 4471)   Customer: Gordon Feeney" names "Agent" and "Customer"); not a
    label many share ("Reporter: Ann Cole" is the story's, not every REPORTER's), but
    the caller, whose call the record heads."""
    by_field = {
        label.lower(): label for label in labels if label.lower() in _CALLER or not _many(label)
    }
    out: dict[str, str] = {}
    # (searched only on the lines a record may be, spaced apart: a long line of fields
    # after full stops, "Umpire: ... . Scorer: ...", was scanned to its end from each)
    spaced = (m.span() for m in _SPACED_LINE.finditer(intro))
    for line in (m for at, end in spaced for m in _RECORD_LINE_AT.finditer(intro, at, end)):
        end = intro.find("\n", line.start()) % (len(intro) + 1)
        if not record_line(intro, line.start(), end):
            continue
        for m in _NAMING_FIELD.finditer(intro, line.start(), end):
            label = by_field.get(m["field"].lower())
            if label and _may_be_person(m["who"], intro):
                out.setdefault(label, " ".join(m["who"].split()))
    return out


def wrapped_up(text: str, labels: list[_Label]) -> list[_Label]:
    """``labels`` with the fields said once after the line that ends the call, below the
    turns, as narration ("Disposition: meter re-read ordered"): the last such line, after
    which no one who spoke before speaks again (a call back, an interview recommenced)."""
    spoken = [label for label in labels if label.speaks]
    if not spoken:
        return labels
    ends = list(_ENDED.finditer(text, spoken[0].end))
    if not ends:
        return labels
    end = ends[-1]
    before = {label.name for label in spoken if label.start < end.start()}
    after = [label.name for label in spoken if label.start > end.start()]
    if before & set(after):
        return labels
    return [
        replace(label, speaks=False)
        if label.speaks and label.start > end.start() and after.count(label.name) == 1
        else label
        for label in labels
    ]


def ended_below(text: str, labels: list[_Label]) -> list[_Label]:
    """``labels`` with a note saying the recording or the call has ended, bracketed or in
    capitals, below the last turn and no label's own ("[Recording ends 01:15:02]", "END
    OF CALL"), made a narration label: the lines under it (a page's footer, "MPD Records
    Unit — Law Enforcement Sensitive") are no one's words, the recording being over."""
    spoken = [label for label in labels if label.speaks]
    if not spoken:
        return labels
    last = spoken[-1]
    # (a note's, bracketed or in capitals: "Recording ends when I say so." is said)
    ends = [
        m
        for m in _ENDED.finditer(text, last.end)
        if m.start() > last.start and (m["note"].lstrip()[:1] in "[(" or m["note"].isupper())
    ]
    if not ends or any(label.start == ends[-1].start() for label in labels):
        return labels
    end = ends[-1]
    return sorted(
        [*labels, _Label(end.start(), end.end(), "", speaks=False)], key=lambda x: x.start
    )
