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

from .shared import _S, _Label, _may_be_person

# A field of a record: a word or a few and a colon, a value after it ("Interaction ID:
# 7731", "Call-taker position: 6"); a clock's "14:07:31" opens none
_FIELD = rf"[A-Z][\w/\-]*(?:{_S}[\w/\-]+){{0,3}}:{_S}*\S"
# A record's line: two fields or more, the second after a run of spaces or a tab, as an
# export lines them up (speech never spaces its sentences so)
_RECORD_LINE = re.compile(rf"{_S}*{_FIELD}[^\n]*?(?:{_S}{{2,}}|\t){_FIELD}")
# A field naming a person: "Agent: Priya Natarajan (ID 4471)", the name ending the field
_NAMING_FIELD = re.compile(
    rf"(?:^|(?<={_S}{_S})|(?<=\t))(?P<field>[A-Z][\w\-]*(?:{_S}[\w\-]+){{0,2}}):{_S}*"
    rf"(?P<who>[A-Z][a-z'\u2019\-]+(?:{_S}[A-Z][a-z'\u2019\-]+){{1,2}})"
    rf"(?={_S}*\(|{_S}{{2,}}|\t|{_S}*$)",
    re.MULTILINE,
)
# The labels of a system's own lines, which record events: "System", "SYSTEM MESSAGE"
_SYSTEM = frozenset({"system", "system message", "system event"})
# A verb in the past, reporting what happened: "placed", "resumed", "joined"
_DONE = re.compile(r"\b[a-z]{2,}ed\b")
# A line saying the call or the recording has ended: "[Call ended 00:04:41 - survey
# offered]", "[Call disconnected by caller]", "END OF CALL", "(Recording ended.)"
_ENDED = re.compile(
    rf"^{_S}*[\[(]?{_S}*(?:(?i:call|recording|session|meeting|conference|interview|transcript)"
    rf"{_S}+(?i:ended|ends|disconnected|terminated|concluded)\b"
    rf"|(?i:end{_S}+of{_S}+(?:call|recording|session|meeting|conference))\b)[^\n]*$",
    re.MULTILINE,
)


def record_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``..``end`` is a record of fields spaced apart on one line."""
    return _RECORD_LINE.match(text, start, end) is not None


def system_event(name: str, line: str) -> bool:
    """Whether a label is the recording system's own and its ``line`` reports an event,
    done ("Agent placed customer on hold.", "Recording started."); a computer's voice
    in a drama says its lines ("SYSTEM: Warning. Hull breach.")."""
    return name.lower() in _SYSTEM and _DONE.search(line) is not None


def named_by_record(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person a record line of the introduction names for it ("Agent: Priya
    Natarajan (ID 4471)   Customer: Gordon Feeney" names "Agent" and "Customer")."""
    by_field = {label.lower(): label for label in labels}
    out: dict[str, str] = {}
    for line in _RECORD_LINE.finditer(intro):
        for m in _NAMING_FIELD.finditer(
            intro, line.start(), intro.find("\n", line.start()) % (len(intro) + 1)
        ):
            label = by_field.get(m["field"].lower())
            if label and _may_be_person(m["who"], intro):
                out.setdefault(label, " ".join(m["who"].split()))
    return out


def wrapped_up(text: str, labels: list[_Label]) -> list[_Label]:
    """``labels`` with the fields said once after the line that ends the call, below the
    turns, as narration ("Disposition: meter re-read ordered")."""
    spoken = [label for label in labels if label.speaks]
    if not spoken:
        return labels
    end = _ENDED.search(text, spoken[0].end)
    if end is None:
        return labels
    before = {label.name for label in spoken if label.start < end.start()}
    after = [label.name for label in spoken if label.start > end.start()]
    return [
        replace(label, speaks=False)
        if label.speaks
        and label.start > end.start()
        and label.name not in before
        and after.count(label.name) == 1
        else label
        for label in labels
    ]
