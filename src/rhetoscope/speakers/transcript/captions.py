"""Live captions' unnamed speakers, named by what the meeting says around them.

A captioner (CART) marks every change of speaker with ">>" but names only some of them
(">> PRESIDENT HALVORSEN: GOOD EVENING."); the others are known from the proceedings,
as anyone reading the record knows them:

- a caption that takes up a sentence broken off by a gap in the captions ("[ INAUDIBLE ]"
  then "-- AND WE ARE ...") is the voice before the gap (after a sentence cut off by
  another voice, ">> -- SORRY TO INTERRUPT", it is that other voice's);
- a speaker who introduces themself ("I'M DARNELL ROOKS", "MY NAME IS DEB ...", "GOOD
  EVENING, GWEN PASTERNAK.") is that person, where the name is one: a known given name,
  or a surname someone else addresses so ("THANK YOU, MR. ROOKS");
- at a roll call, "HERE." or "PRESENT." after a caption that is nothing but a name
  ("TRUSTEE MIRA ABARA.") is that member, and the next name read is the caller's again;
- the presiding officer's formulae ("NEXT SPEAKER.", "YOU HAVE THE FLOOR", "PUBLIC
  COMMENT IS CLOSED", "SEEING NO FURTHER QUESTIONS") are the chair's: the speaker
  labelled with a presiding title or who called the meeting to order;
- someone the last speaker calls on or puts a question to ("DR. ANTHONY COLE ... WILL
  GIVE A BRIEF UPDATE", "QUICK QUESTION FOR DR. COLE", "MR. ROOKS, YOU HAVE THE
  FLOOR") speaks next; someone only mentioned or thanked ("I AGREE WITH MS. GARCIA",
  "THANK YOU SO MUCH, MR. ROOKS") does not.

A caption none of these names stays unnamed (narration), as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..names import (
    FUNCTION_WORDS,
    NOT_NAME_WORDS,
    PRESIDING_TITLES,
    TITLES,
    first_name_known,
)
from .shared import _ADDRESS_FORMS, _S, _Label

# (a captioner wraps lines anywhere: a name or a phrase may run on to the next line)
_WORD = r"[A-Z][A-Za-z'\u2019\-]+"
_NAME_WORDS = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# A person addressed so: "DR. ANTHONY COLE", "MR. ROOKS"
_TITLED_WHO = rf"\b(?i:{_ADDRESS_FORMS})\.?\s+(?P<who>{_NAME_WORDS})"
_NAME_ENDS = r"(?=[,.;:?!]|\s*$)"
_TITLED_NAME = re.compile(rf"{_TITLED_WHO}{_NAME_ENDS}")
# Someone called on: a question put to them ("QUICK QUESTION FOR DR. COLE."), the floor
# handed over ("OUR FIRST PRESENTER IS DR. NINA FROST"), ...
_CALLED_BEFORE = re.compile(
    rf"\b(?i:(?:questions?|comments?)\s+(?:for|to)|over\s+to"
    rf"|(?:presenter|speaker|witness|guest)\s+(?:is|will\s+be))\s+"
    rf"{_TITLED_WHO}{_NAME_ENDS}"
)
# ... or addressed and given the floor ("MR. ROOKS, YOU HAVE THE FLOOR", "MS. GARCIA?"),
# or announced ("DR. ANTHONY COLE, OUR SUPERINTENDENT, WILL GIVE AN UPDATE")
_CALLED_AFTER = re.compile(
    rf"{_TITLED_WHO}"
    rf"(?:\s*\?|,\s*(?i:you|go\s+ahead|please|the\s+floor)\b"
    rf"|(?:,\s*(?i:who)|,[^,.?!]{{1,50}},)?\s+(?i:will)\b)"
)
# A caption that is nothing but a titled name, as a roll call reads it: "TRUSTEE MIRA ABARA."
_ROLL_ITEM = re.compile(rf"\s*(?P<words>{_WORD}\.?(?:\s+{_WORD}\.?){{1,4}})\s*[.?]?\s*$")
_ROLL_ANSWER = re.compile(r"\s*(?i:here|present)\b")
# A speaker introducing themself, in the opening words of the caption ("This is" more
# often introduces someone or something else: "THIS IS MARIA LOPEZ, OUR NEW DIRECTOR")
_SELF = re.compile(
    rf"\b(?:(?P<named>(?i:my)\s+(?i:name)\s+(?i:is))|(?i:i'm|i\u2019m|i\s+am))"
    rf"\s+(?P<who>{_NAME_WORDS})(?=[,.;]|\s+(?i:and)\s+I\b|\s*$)"
)
_GREETED = re.compile(
    rf"\s*(?i:good\s+(?:morning|afternoon|evening)|hello|hi),?\s+"
    rf"(?P<who>{_WORD}\s{_WORD})[.,]"
)
_OPENING = 150  # characters of a caption where a speaker introduces themself
_BROKEN_OFF = re.compile(r"\s*(?:--|\u2014|\.\.\.|\u2026)")
# A gap in the captions right before a caption: "[ INAUDIBLE ]", "[ NO AUDIO ]"
_GAP = re.compile(r"\[[^\]\n]*\]\s*\Z")
_GAP_REACH = 80  # characters before a caption where its gap may stand
_TO_ORDER = r"(?:call|come)\s+(?:\w+\s+){0,8}?to\s+order"
_CALLED_TO_ORDER = re.compile(rf"(?i)\b{_TO_ORDER}\b")
# The presiding officer's formulae; "next speaker" and "all in favor" open a sentence
# ("I'LL YIELD MY TIME TO THE NEXT SPEAKER", "I'M ALL IN FAVOR OF IT" are anyone's)
_PRESIDING = re.compile(
    r"(?i)(?:(?:^|[.!?]\s+)(?:(?:the|our)\s+)?next\s+speaker\b"
    r"|(?:^|[.!?]\s+)all\s+(?:those\s+)?in\s+favor\b(?!\s+of\b)"
    r"|\byou\s+have\s+the\s+floor|\bpublic\s+comment\s+is\s+(?:closed|open)"
    r"|\bmove\s+(?:on\s+)?to\s+public\s+comment|\bno\s+applause"
    r"|\bseeing\s+no\s+(?:(?:further|other|more)\s+)?(?:questions|speakers|comments|discussion"
    r"|objections?|hands)|\b(?:we\s+are|meeting\s+is|we're)\s+adjourned"
    rf"|\b{_TO_ORDER}|\bmotion\s+carries|\bthe\s+chair\s+recognizes)\b"
)
_CC_MARK = re.compile(rf"{_S}*>>{_S}*")
_NO_NAME = FUNCTION_WORDS | NOT_NAME_WORDS | TITLES


def _person(who: str) -> str:
    """A name in Title Case, or "" when a word of it is a function word or a title ("A BUS
    DRIVER", "THE BOARD")."""
    words = who.split()
    if any(w.lower().strip(".") in _NO_NAME for w in words):
        return ""
    return " ".join(w.title() if w.isupper() else w for w in words)


def _self_named(said: str, addressed_elsewhere: Counter[str]) -> str:
    """The name a caption's speaker gives themself in its opening words, or "": said
    outright ("MY NAME IS DEB"), or of two words or more whose given name is a known
    one or whose surname another caption addresses ("I'M DARNELL ROOKS",
    "THANK YOU, MR. ROOKS"; not "I'M VERY CONCERNED")."""
    opening = said[:_OPENING]
    m = _SELF.search(opening)
    if m and m["named"]:
        return _person(m["who"])
    intro = m if m and len(m["who"].split()) >= 2 else _GREETED.match(opening)
    if intro is None:
        return ""
    words = intro["who"].split()
    if not (first_name_known(words[0].lower()) or addressed_elsewhere[words[-1].upper()]):
        return ""
    return _person(intro["who"])


def _roll_item(said: str) -> str:
    """The member a caption that is nothing but a titled name reads out ("TRUSTEE MIRA
    ABARA.", "VICE CHAIR PACHECO."), or ""."""
    m = _ROLL_ITEM.match(said)
    if m is None:
        return ""
    words = m["words"].rstrip(".").split()
    titles = 0
    while titles < len(words) - 1 and words[titles].lower().strip(".") in TITLES:
        titles += 1
    return _person(" ".join(words[titles:])) if titles and len(words) - titles <= 3 else ""


def _named_next(said: str, speaker: str) -> str:
    """The last person a caption calls on (see ``_CALLED_BEFORE``, ``_CALLED_AFTER``)
    who is not its speaker: the one who speaks next; or ""."""
    called = sorted(
        [*_CALLED_BEFORE.finditer(said), *_CALLED_AFTER.finditer(said)],
        key=lambda m: m.start("who"),
    )
    for m in reversed(called):
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
            if title in PRESIDING_TITLES or _CALLED_TO_ORDER.search(words):
                return label.name
    return ""


def _addressed(said: str) -> set[str]:
    """The surnames (in capitals) a caption addresses so ("MR. ROOKS")."""
    return {m["who"].split()[-1].upper() for m in _TITLED_NAME.finditer(said)}


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
    addressed = [_addressed(words) for words in said]
    everywhere = Counter(surname for found in addressed for surname in found)
    out = list(labels)
    speakers: list[int] = []  # the labels that speak so far, in order
    for i, label in enumerate(labels):
        if label.start not in bare:
            if label.speaks:
                speakers.append(i)
            continue
        words = said[i].strip()
        before = speakers[-1] if speakers else -1
        previous = out[before].name if before >= 0 else ""
        gap = _GAP.search(text[max(0, label.start - _GAP_REACH) : label.start])
        name = previous if gap and _BROKEN_OFF.match(words) else ""
        name = name or _self_named(words, everywhere - Counter(addressed[i]))
        if not name and before >= 0 and _ROLL_ANSWER.match(words):
            name = _roll_item(said[before])
        if not name and before >= 0 and _ROLL_ANSWER.match(said[before]) and _roll_item(words):
            # the next name read: the one who read the last ("CLERK: TRUSTEE ABARA." /
            # "HERE." / "TRUSTEE FENWICK.")
            name = out[speakers[-2]].name if len(speakers) >= 2 else ""
        if not name and chair and _PRESIDING.search(words):
            name = chair
        if not name and before >= 0:
            name = _named_next(said[before], previous)
        if name:
            out[i] = replace(label, end=_speech_start(text, label, bare), name=name, speaks=True)
            speakers.append(i)
    return out


def _speech_start(text: str, label: _Label, bare: set[int]) -> int:
    """Where a caption's words start: after its bare ">>", or after its label."""
    if label.start not in bare:
        return label.end
    mark = _CC_MARK.match(text, label.start)
    return mark.end() if mark else label.start
