"""Stage directions and notes: bracketed sounds and actions, and lines of procedure.

``(APPLAUSE)``, ``[CROSSTALK]``, ``[inaudible]`` inside a turn, and notes that fill a
line of their own (``(Recess taken.)``, ``[End Tape 1]``, a page number, a caption's
cue timing or a time alone between captions) are neither a speaker nor speech: a turn is
cut around them and they become narration.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from ...models import NARRATOR, Segment
from ..quotes import _rstrip
from .shared import _HOUSE_MEMBERS, _PARAGRAPH, _S, _TIMESTAMP, _lstrip, _many, _read_out

# Sounds and actions that a bracketed note names.
_STAGE_WORDS = (
    "applause laughter laughs laughing crosstalk cross-talk inaudible unintelligible "
    "cheers cheering boos booing music silence pause break commercial chanting chants "
    "off-mic indiscernible overlapping sighs coughs clapping gavel bell"
).split()
# (with Markdown emphasis around it, "*[Applause]*", "**[crosstalk]**", "_(laughs)_")
# (each branch opening with its mark, so that the regex engine skips to the marks
# instead of trying the optional emphasis at every character: 4x faster scans)
_STAGE = re.compile(r"(?:\*\*?[\[(]|__?[\[(]|[\[(])[^\[\]()\n]{2,40}[\])](?:\*{1,2}|_{1,2})?")


def is_stage_direction(text: str, *, in_speech: bool = True) -> bool:
    """``(APPLAUSE)``, ``[inaudible]``: a bracketed note of a sound or an action. Inside
    speech, any short all-capitals note counts too (``[END OF TRANSCRIPT]``); at the
    start of a paragraph that could be a label (``[LESTER HOLT]``)."""
    inner = text.strip("*_")[1:-1].strip()
    words = inner.lower().replace(",", " ").split()
    return bool(words) and (
        any(w in _STAGE_WORDS for w in words) or (in_speech and inner.isupper() and len(words) <= 4)
    )


# Notes that fill a line of their own: "(Recess taken from 10:58 to 11:06.)",
# "[Begin Tape 1, Side A]", "00:02:22 [music]", a cue's "00:00:09.010 --> 00:00:12.300":
# procedure, not speech; so are page numbers ("Page 12"), a court transcript's running
# heads ("Osterberg - Direct", "EDITH SANDOVAL - 03/09/2026") and the Congressional
# Record's "{time}  1415".
_CUE_TIME = r"\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}"
_NOTE_LINE = re.compile(
    # (notes one after another: "(The ribbon is cut.) (Applause.)")
    rf"^{_S}*(?:\d{{1,2}}{_S}+)?{_TIMESTAMP}(?:\*{{1,2}}|_{{1,2}})?(?:\([^()\n]{{2,200}}\)"
    rf"(?:{_S}*\([^()\n]{{2,200}}\))*|\[[^\[\]\n]{{2,200}}\]"
    # a transcriber's description in double parentheses, as conversation analysis
    # writes it: "((PAT begins removing shoe; 4.0 seconds))"
    rf"|\(\([^()\n]{{2,200}}\)\)"
    rf"|\{{[^{{}}\n]{{2,40}}\}}[^\n]{{0,20}}|(?i:page{_S}+)?\d{{1,4}}(?:{_S}+of{_S}+\d{{1,4}})?"
    # a court filing's stamp on each page: "Case 24-2138-gmh  Doc 214  Filed 03/04/25  Page 4 of 9"
    rf"|Case{_S}+[\w:.\-]+{_S}+Doc(?:ument)?{_S}+\d+[^\n]{{0,80}}?Page{_S}+\d+{_S}+of{_S}+\d+"
    rf"|[A-Z][\w'\-]+{_S}+-{_S}+(?i:direct|cross|redirect|recross)\b[^\n]{{0,40}}"
    # a deposition's running head, the witness in capitals and the day: "EDITH MARIE
    # SANDOVAL - 03/09/2026"
    rf"|[A-Z][A-Z'\-]+(?:{_S}[A-Z][A-Z.'\-]*){{1,3}}{_S}+[-\u2013\u2014]{_S}+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|{_CUE_TIME}{_S}+-->{_S}+{_CUE_TIME}[^\n]{{0,60}}"  # a WebVTT or SRT cue's timing
    # a match's minute, as commentary marks it ("58'", "90+4'"), and a video's timecode,
    # hours to frames ("TC 00:13:42:10")
    rf"|\d{{1,3}}(?:\+\d{{1,2}})?['\u2019\u2032]"
    rf"|(?:TC{_S}+)?\d{{2}}:\d{{2}}:\d{{2}}[:;.]\d{{2}}"
    # a chat's reactions and thread counts: ":eyes: 3 :+1: 2", "3 replies", "Last reply 10:20 AM"
    rf"|(?::[\w+\-]{{1,40}}:{_S}*\d{{1,4}}{_S}*)+|\d{{1,4}}{_S}+repl(?:y|ies)"
    # (a time or a day after it, as a chat prints: "Last reply came in May." is speech)
    rf"|Last{_S}+reply{_S}+(?:\d|(?i:today|yesterday)\b|[A-Z][a-z]+day\b)[^\n]{{0,25}}(?<![.!?])"
    # a Westminster record's interjection: "Mr Holloway interjecting—", "Opposition
    # members interjecting."
    rf"|(?:{_HOUSE_MEMBERS}{_S}+|(?:[A-Z][\w'\-.]*{_S}+){{1,3}})interjecting{_S}*[\u2014\u2013\-.]*)"
    rf"(?:\*{{1,2}}|_{{1,2}})?{_S}*$",
    re.MULTILINE,
)
# A time alone on its line ("0:07", between a video's captions) is a note only in a text
# whose lines open with a time (see ``_timed``), or given to the second ("14:44:00", as
# Hansard prints the clock); elsewhere it may end a wrapped sentence ("began at / 6:00",
# even beside a list of times: "7:00 wake-up / 7:30 breakfast")
_BARE_TIME = re.compile(rf"^{_S}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_S}*$", re.MULTILINE)
# A clock's time stamp, maybe bracketed: "00:01:42", "[00:01:42]", "(14:05)"
_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
# A line opening with a time stamp, alone or before a label ("00:00:04 Greta Holm:
# Morning.", "10:02:14 From Dev's iPhone : ..."), as captions and exports write them
_STAMPED_LINE = re.compile(
    rf"^{_S}*{_STAMP}(?:{_S}*$|{_S}+[A-Z][^\n:]{{0,60}}:)",
    re.MULTILINE,
)
_STAMPED_LINES_MIN = 3


@functools.lru_cache(maxsize=4)
def _timed(text: str) -> bool:
    """Whether ``text`` has several lines opening with a time stamp, as captions and a
    meeting's timestamped export do: there a time alone on its line is the export's
    mark of a moment no one spoke in, not a wrapped sentence's end."""
    return any(i >= _STAMPED_LINES_MIN - 1 for i, _ in enumerate(_STAMPED_LINE.finditer(text)))


# A parliament's record of its procedure, alone on a line: "Leave granted.", "Document
# tabled.", "Question agreed to.", "Bill read a second time." (a subject, then what
# was done to it); a note only in a parliament's record (``_parliamentary``): elsewhere a
# chair may say "Motion carried." as a paragraph of their own
_PROCEDURE_LINE = re.compile(
    rf"^{_S}*(?:Leave|Questions?|Motion|Bill|Documents?|Papers?|Debate|Amendments?|Sitting"
    rf"|Clauses?|Report){_S}+(?:granted|tabled|agreed{_S}+to|negatived|carried|adjourned"
    rf"|withdrawn|suspended|passed|resolved{_S}+in{_S}+the{_S}+(?:affirmative|negative)"
    rf"|read{_S}+a{_S}+(?:first|second|third){_S}+time)\b[^\n.!?]{{0,40}}\.{_S}*$",
    re.MULTILINE,
)
# A parliament's record's heading alone on a line, every word capitalised but its small
# words, no sentence's end: "Supplementary Question", "MINISTERIAL STATEMENTS", "Water
# Security Amendment Bill 2026" (a member's speech ends its sentences)
_HEADING_LINE = re.compile(
    rf"^{_S}*[A-Z][A-Za-z'\u2019\-]+(?:{_S}+(?:[A-Z0-9][A-Za-z0-9'\u2019\-]*|of|and|the|for"
    rf"|on|to|in|a)){{1,7}}{_S}*$",
    re.MULTILINE,
)
# A parliament's record: its chair labelled "The SPEAKER" / "The DEPUTY PRESIDENT" at a
# line's start, a line that notes members "interjecting" (no label's colon on it: "Thanks
# for interjecting." is said, "by interjecting, ..." is a story's), or the chair "took the
# chair". Each pattern opens with its literal word, found fast: the three as one
# alternation tried every position of every text.
_CHAIR_LABEL = re.compile(
    rf"The{_S}+(?:DEPUTY{_S}+|ACTING{_S}+)?(?:SPEAKER|PRESIDENT|CHAIR(?:MAN)?)\b"
)
_INTERJECTING = re.compile(r"interjecting[^\w\n]{0,3}$", re.MULTILINE)  # ".", a dash
_TOOK_THE_CHAIR = re.compile(rf"\btook{_S}+the{_S}+chair\b")


# A wrapped sentence's line, going on from the line above (a word in lower case or a comma
# ending it) or into the line below (a word in lower case opening it)
_RUNS_ON_ABOVE = re.compile(rf"(?:\b[a-z][\w'\u2019\-]*|,){_S}*\n\Z")
_RUNS_ON_BELOW = re.compile(rf"\n{_S}*[a-z]")


def _runs_on(text: str, m: re.Match[str]) -> bool:
    """Whether a heading's look-alike line (``m``) is a line of a wrapped sentence: the
    line above it ends mid-sentence or the line below goes on in lower case."""
    above = text[max(0, m.start() - 80) : m.start()]
    return bool(_RUNS_ON_ABOVE.search(above) or _RUNS_ON_BELOW.match(text, m.end()))


@functools.lru_cache(maxsize=4)
def _parliamentary(text: str) -> bool:
    """Whether ``text`` is a parliament's record: its chair's label, a note of members
    interjecting, or the chair taken."""
    return (
        any(_line_opens(text, m.start()) for m in _CHAIR_LABEL.finditer(text))
        # (each of the last two only where its literal word comes: a fast test of the text)
        or (
            "interjecting" in text
            and any(_notes_interjecting(text, m.start()) for m in _INTERJECTING.finditer(text))
        )
        or ("chair" in text and _TOOK_THE_CHAIR.search(text) is not None)
    )


def _line_opens(text: str, at: int) -> bool:
    """Whether only blanks stand before ``at`` on its line."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return not line or line.isspace()


def _notes_interjecting(text: str, at: int) -> bool:
    """Whether the line ending in "interjecting" at ``at`` is a note of it: "Opposition
    members interjecting.", "Mr O'BRIEN interjecting." (a word before it, no colon)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return bool(line.strip()) and line[-1:].isspace() and ":" not in line


# A cue's identifier, the line above its timing ("3f2a9c1e-7b44/19-0"); read only in a
# text with cues
_CUE_ID = re.compile(rf"^{_S}*\S[^\n]{{0,80}}(?=\n{_S}*{_CUE_TIME}{_S}+-->)", re.MULTILINE)


_BRACKETED = re.compile(rf"{_S}*[\[(][^\[\]()\n]{{1,40}}[\])]{_S}*")


def _split_stage_directions(text: str, turn: Segment) -> Iterable[Segment]:
    """The turn cut around its stage directions, which become narration without speech."""
    cursor = turn.start
    head = turn.head
    for a, b in _directions(text, turn.start + turn.head, turn.end):
        if text[cursor + head : a].strip():
            yield replace(turn, start=cursor, end=_rstrip(text, cursor, a), head=head)
        elif head:  # a label followed at once by a stage direction
            yield Segment(turn.speaker, "turn", cursor, cursor + head, turn.cue, head)
        yield Segment(NARRATOR, "narration", a, b, "stage direction", head=b - a)
        cursor, head = _lstrip(text, b, turn.end), 0
    if cursor < turn.end and text[cursor : turn.end].strip():
        cue = turn.cue if head else ""
        yield Segment(turn.speaker, "turn", cursor, turn.end, cue, head)


def _directions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the stage directions in ``text[start:end]``, and of the notes that
    fill a line of their own, in order."""
    # (every note's pattern opens with a line's start, "^": a turn with no line start in
    # it, the rest of its label's line alone, has no note and is not scanned for one)
    lined = start == 0 or text[start - 1] == "\n" or text.find("\n", start, end) >= 0
    found = _notes(text, start, end) if lined else []
    # (a cue's number is a note twice over: a number alone, and the line above a timing)
    notes = sorted(
        {(_lstrip(text, m.start(), m.end()), _rstrip(text, m.start(), m.end())) for m in found}
    )
    # (a direction needs its bracket or parenthesis: a turn with neither is not scanned)
    bracketed = text.find("(", start, end) >= 0 or text.find("[", start, end) >= 0
    spans = [
        m.span()
        for m in (_STAGE.finditer(text, start, end) if bracketed else ())
        if is_stage_direction(m.group()) and not any(a <= m.start() < b for a, b in notes)
    ]
    return sorted([*notes, *spans])


def _notes(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The notes that fill a line of their own in ``text[start:end]``."""
    found = list(_NOTE_LINE.finditer(text, start, end))
    # (a time needs its colon: a turn with none has no bare time, and is not scanned)
    bare = list(_BARE_TIME.finditer(text, start, end)) if text.find(":", start, end) >= 0 else []
    # a clock time to the second ("14:44:00") ends no wrapped sentence: a note anywhere
    # but where a speaker reads it out
    found.extend(
        m
        for m in bare
        if _timed(text)
        or (
            m.group().count(":") == 2
            and not _read_out(text, m.start())  # "a new course record:" / "2:04:55"
        )
    )
    if text.find("-->", start, end) >= 0:
        found.extend(_CUE_ID.finditer(text, start, end))
    if _parliamentary(text):  # "Leave granted." below a member's turn
        found.extend(_PROCEDURE_LINE.finditer(text, start, end))
        # "Supplementary Question", not a wrapped sentence's line of names ("... with
        # the" / "Surface Transportation Board" / "on the new rules")
        found.extend(m for m in _HEADING_LINE.finditer(text, start, end) if not _runs_on(text, m))
    return found


def _heckled(text: str, name: str, start: int, end: int) -> bool:
    """Whether a turn from ``start`` to ``end`` is an interjection from the floor in a
    speech: a voice of a label many share ("AUDIENCE MEMBER", "HECKLER"), one line, the
    room's reaction on the line below it ("AUDIENCE MEMBER: He's here!" / "(LAUGHTER AND
    APPLAUSE)"), after which the speaker goes on; not where the voice asks, on its line
    or in the paragraph after the reaction ("Congresswoman, my wife is a nurse." /
    "(APPLAUSE)" / "... What will you do about that?"): the floor was given to it."""
    if not _many(re.sub(r"\d+", "", name)):  # "AUDIENCE MEMBER 2" too, not "MEMBER ESPINOZA"
        return False
    line_end = text.find("\n", start, end)
    if line_end < 0 or "?" in text[start:line_end]:
        return False
    below = text[line_end:end].lstrip()
    reaction = _STAGE.match(below)
    if reaction is None or not is_stage_direction(reaction.group(), in_speech=False):
        return False
    after = below[reaction.end() :].lstrip(" \t")
    if after[:1] != "\n" or not after.strip():
        return False
    return "?" not in _PARAGRAPH.match(after.lstrip()).group()
