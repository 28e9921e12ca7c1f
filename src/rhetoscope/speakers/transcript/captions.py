"""Live captions' unnamed speakers, named by what the meeting says around them.

A captioner (CART) marks every change of speaker with ">>" but names only some of them
(">> PRESIDENT HALVORSEN: GOOD EVENING."); the others are known from the proceedings,
as anyone reading the record knows them:

- a caption that takes up a sentence broken off ("-- AND WE ARE ...", after an
  "[ INAUDIBLE ]") is the voice before it;
- a speaker who introduces themself ("I'M DARNELL ROOKS", "MY NAME IS DEB", "GOOD
  EVENING, GWEN PASTERNAK.") is that person;
- at a roll call, "HERE." or "PRESENT." after a caption that is nothing but a name
  ("TRUSTEE MIRA ABARA.") is that member, and the next name read is the caller's again;
- the presiding officer's formulae ("NEXT SPEAKER", "YOU HAVE THE FLOOR", "PUBLIC
  COMMENT IS CLOSED") are the chair's: the speaker labelled with a presiding title or
  who called the meeting to order;
- someone the last speaker named and did not thank ("DR. ANTHONY COLE ... WILL GIVE A
  BRIEF UPDATE", "QUICK QUESTION FOR DR. COLE") speaks next.

A caption none of these names stays unnamed (narration), as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..fullnames import _TITLES
from ..names import FUNCTION_WORDS, NOT_NAME_WORDS, first_name_known
from .shared import _S, _Label

_HONORIFIC = r"(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Miss|Dr)\.?"
_WORD = r"[A-Z][A-Za-z'\u2019\-]+"
# A person named after an honorific: "DR. ANTHONY COLE", "MR. ROOKS"
_HONOURED = re.compile(rf"\b{_HONORIFIC}{_S}+(?P<who>{_WORD}(?:{_S}{_WORD})?)(?=[,.;:?!]|{_S}*$)")
# A caption that is nothing but a titled name, as a roll call reads it: "TRUSTEE MIRA ABARA."
_ROLL_ITEM = re.compile(rf"{_S}*(?P<words>{_WORD}\.?(?:{_S}+{_WORD}\.?){{1,4}}){_S}*[.?]?{_S}*$")
_ROLL_ANSWER = re.compile(rf"{_S}*(?i:here|present)\b")
# A speaker introducing themself, in the opening words of the caption
_SELF = re.compile(
    rf"\b(?:I'M|I\u2019M|I{_S}+AM|MY{_S}+NAME{_S}+IS|THIS{_S}+IS|I'm|I\u2019m|I{_S}+am"
    rf"|[Mm]y{_S}+name{_S}+is|This{_S}+is){_S}+(?P<who>{_WORD}(?:{_S}{_WORD}){{0,2}})(?=[,.;]|{_S}*$)"
)
_NAMED_AS = re.compile(r"(?i)\bmy\s+name\s+is\b")
_GREETED = re.compile(
    rf"{_S}*(?i:good{_S}+(?:morning|afternoon|evening)|hello|hi),?{_S}+"
    rf"(?P<who>{_WORD}{_S}{_WORD})[.,]"
)
_OPENING = 150  # characters of a caption where a speaker introduces themself
_BROKEN_OFF = re.compile(rf"{_S}*(?:--|\u2014|\.\.\.|\u2026)")
# The presiding officer's formulae
_PRESIDING = re.compile(
    r"(?i)\b(?:next\s+speaker|you\s+have\s+the\s+floor|public\s+comment\s+is\s+(?:closed|open)"
    r"|move\s+(?:on\s+)?to\s+public\s+comment|seeing\s+no\b|no\s+applause|(?:we\s+are|meeting\s+is|"
    r"we're)\s+adjourned|(?:call|come)\s+(?:\w+\s+){0,8}?to\s+order|all\s+(?:those\s+)?in\s+favor"
    r"|motion\s+carries|the\s+chair\s+recognizes)\b"
)
_CHAIR_TITLES = frozenset("president chair chairman chairwoman chairperson mayor".split())
_CALLED_TO_ORDER = re.compile(r"(?i)\b(?:call|come)\s+(?:\w+\s+){0,8}?to\s+order\b")
_THANKED = re.compile(rf"(?i:thank{_S}+you|thanks),?{_S}+$")
_MARK = re.compile(rf"{_S}*>>{_S}*")
_ECHOES = 2  # mentions of a self-introduced surname: its own and another's


def _person(who: str, echoed: str = "") -> str:
    """A name in Title Case, or "" when a word of it is a function word or a title ("A BUS
    DRIVER", "THE BOARD"); ``echoed``: the captions, where its surname must stand again
    besides (a chair's "THANK YOU, MR. ROOKS") unless its given name is a known one."""
    words = who.split()
    if any(w.lower().strip(".") in FUNCTION_WORDS | NOT_NAME_WORDS | _TITLES for w in words):
        return ""
    surname = re.compile(rf"\b{re.escape(words[-1])}\b")
    if echoed and not (
        first_name_known(words[0].lower()) or len(surname.findall(echoed)) >= _ECHOES
    ):
        return ""
    return " ".join(w.title() if w.isupper() else w for w in words)


def _self_named(said: str, elsewhere: str) -> str:
    """The name a caption's speaker gives themself in its opening words, or ""."""
    opening = said[:_OPENING]
    m = _SELF.search(opening)
    if m and _NAMED_AS.search(opening, 0, m.start("who")):
        return _person(m["who"])  # "MY NAME IS DEB": said outright
    if m and len(m["who"].split()) >= 2:
        return _person(m["who"], elsewhere)
    g = _GREETED.match(opening)
    return _person(g["who"], elsewhere) if g else ""


def _roll_item(said: str) -> str:
    """The member a caption that is nothing but a titled name reads out ("TRUSTEE MIRA
    ABARA.", "VICE CHAIR PACHECO."), or ""."""
    m = _ROLL_ITEM.match(said)
    if m is None:
        return ""
    words = m["words"].rstrip(".").split()
    titles = 0
    while titles < len(words) - 1 and words[titles].lower().strip(".") in _TITLES:
        titles += 1
    return _person(" ".join(words[titles:])) if titles and len(words) - titles <= 3 else ""


def _named_next(said: str, speaker: str) -> str:
    """The last person a caption names, with an honorific ("DR. COLE", "MR. ROOKS"), whom
    it does not thank ("THANK YOU, MR. ROOKS" turns to the one who spoke) and who is not
    its speaker: the one called on to speak next; or ""."""
    for m in reversed(list(_HONOURED.finditer(said))):
        if _THANKED.search(said, max(0, m.start() - 20), m.start()):
            continue
        who = _person(m["who"])
        if who and who.split()[-1].lower() not in speaker.lower().split():
            return who
    return ""


def _chair(labels: Sequence[_Label], said: Sequence[str]) -> str:
    """The presiding officer: the labelled speaker whose label has a presiding title, or
    who called the meeting to order; or ""."""
    for label, words in zip(labels, said, strict=True):
        if label.speaks and label.name:
            title = label.name.lower().split()[0].strip(".")
            if title in _CHAIR_TITLES or _CALLED_TO_ORDER.search(words):
                return label.name
    return ""


def name_captions(text: str, labels: list[_Label], bare: set[int]) -> list[_Label]:
    """``labels`` (in order) with the captions opened by a bare ">>" (their starts in
    ``bare``, narration so far) given the speaker the proceedings name, where they do."""
    bounds = [label.start for label in labels[1:]] + [len(text)]
    # (a bare mark's label spans its line: what it says runs on to the next label)
    said = [
        text[_speech_start(text, label, bare) : bound]
        for label, bound in zip(labels, bounds, strict=True)
    ]
    chair = _chair(labels, said)
    out = list(labels)
    whole = " ".join(said)
    for i, label in enumerate(labels):
        if label.start not in bare:
            continue
        words = said[i].strip()
        before = next((j for j in range(i - 1, -1, -1) if out[j].speaks), -1)
        previous = out[before].name if before >= 0 else ""
        name = ""
        if previous and _BROKEN_OFF.match(words):
            name = previous
        name = name or _self_named(words, whole)
        roll = _roll_item(said[before]) if before >= 0 else ""
        if not name and roll and _ROLL_ANSWER.match(words):
            name = roll
        if not name and _roll_item(words) and before >= 0 and _ROLL_ANSWER.match(said[before]):
            # the next name read: the one who read the last ("CLERK: TRUSTEE ABARA." /
            # "HERE." / "TRUSTEE FENWICK.")
            caller = next((j for j in range(before - 1, -1, -1) if out[j].speaks), -1)
            name = out[caller].name if caller >= 0 else ""
        if not name and chair and _PRESIDING.search(words):
            name = chair
        if not name and before >= 0:
            name = _named_next(said[before], previous)
        if name:
            out[i] = replace(label, end=_speech_start(text, label, bare), name=name, speaks=True)
    return out


def _speech_start(text: str, label: _Label, bare: set[int]) -> int:
    """Where a caption's words start: after its bare ">>", or after its label."""
    if label.start not in bare:
        return label.end
    mark = _MARK.match(text, label.start)
    return mark.end() if mark else label.start
