"""A speech published without labels: "Remarks by Dr. Jo Roe, ..." above the speech.

Official and institutional speech transcripts ("Remarks by the Mayor ...", "Address by
Jo Roe to the Class of 2026", "Keynote by ...", "Mayor Jo Roe's State of the City
Address") name the speaker once in a header line and print the speech below it
unlabelled, with the audience's reactions on lines of their own ("(Applause.)"). Those
reactions are what tell a transcript from a news story that mentions someone's remarks:
the speech is the speaker's only where they appear. A line of an interjection
("AUDIENCE MEMBER: What about the buses?") is the interjector's, and an editor's
subheading ("On housing") nobody's.
"""

from __future__ import annotations

import re

from ...models import Segment
from ..names import _NOT_PERSON, FUNCTION_WORDS, TITLES, first_name_known
from ..quotes import _rstrip
from .closing import _closing_tail
from .labels import _LABEL, _label
from .shared import (
    _ABOVE_REACH,
    _BLANK_ABOVE,
    _BLANK_LINE,
    _MANY,
    _NAME,
    _PARAGRAPH,
    _PERSONAL,
    _ROLES,
    _S,
    _lstrip,
)
from .stage import _STAGE, _split_stage_directions, is_stage_direction

# The header line: the kind of speech, "by" or "of", the speaker's name ending the phrase
# (a comma, a full stop, a bracket, the line's end, or "at"/"to"/"on"/"before" a venue)
_REMARKS_BY = re.compile(
    rf"^{_S}*[*_]*(?:(?i:transcript){_S}+(?i:of){_S}+)?(?:(?i:prepared|full|final){_S}+)?"
    rf"(?i:remarks|address|speech|keynote(?:{_S}+address)?|commencement{_S}+address"
    rf"|lecture|sermon|homily|eulogy)(?:{_S}+(?i:as{_S}+(?:prepared|delivered)))?"
    rf"{_S}+(?i:by|of){_S}+(?P<who>{_NAME})"
    rf"(?=[,.;:(]|{_S}*$|{_S}+(?i:at|to|on|before|for|in)\b)",
    re.MULTILINE,
)
# Or the speaker's name with a possessive before the kind of speech: "Mayor Ada Roe's
# 2026 State of the City Address", "Dr. Jo Roe's Commencement Speech"
_REMARKS_OF = re.compile(
    rf"^{_S}*[*_]*(?P<who>{_NAME})['\u2019]s{_S}+(?:[\w\-]+{_S}+){{0,6}}?"
    rf"(?i:remarks|address|speech|keynote|lecture|sermon|homily|eulogy)\b",
    re.MULTILINE,
)
_HEADER_REACH = 600  # characters: the header block above the speech
# A note on the text between the header and the speech: "As prepared for delivery."
_DELIVERY_NOTE = re.compile(
    rf"{_S}*[*_(\[]*(?i:as{_S}+(?:prepared|delivered)|check{_S}+against{_S}+delivery"
    rf"|embargoed|for{_S}+immediate{_S}+release)[^\n]*$",
    re.MULTILINE,
)
_REACTIONS_MIN = 1  # lines of the audience's reaction in the speech
# A press release's end below the speech: "###", "-30-", "- ENDS -", "Media contact: ..."
_RELEASE_END = re.compile(
    rf"{_S}*(?:\#{{3}}|[-\u2013\u2014]{_S}?30{_S}?[-\u2013\u2014]|[-\u2013\u2014]*{_S}*ENDS\b"
    rf"|(?i:(?:media|press){_S}+contacts?|for{_S}+more{_S}+information)\b)",
    re.MULTILINE,
)
# The opening words of a speech: a greeting or thanks ("Good morning.", "Thank you.")
_GREETING = re.compile(
    rf"{_S}*(?i:thank|thanks|good{_S}+(?:morning|afternoon|evening)|hello|welcome)\b"
)


_SENTENCE_END = re.compile(r"[.!?:;,\"\u201d\u2019)\u2014]$")
_LONG_LINE = 80  # characters: a line this long is prose however it ends


def _spoken(text: str, start: int, end: int) -> bool:
    """Whether a paragraph below the header opens the speech: not a delivery note, and a
    sentence ("Thank you.") or a long line, not the header block's place, date or time
    ("The East Room", "May 16, 2026", "11:02 A.M. EDT")."""
    line = text[start:end].strip()
    if _DELIVERY_NOTE.match(text, start, end):
        return False
    return len(line) >= _LONG_LINE or (
        _SENTENCE_END.search(line) is not None and re.search(r"\b[a-z]{2,}\b", line) is not None
    )


def _speaker(who: str) -> str:
    """The name without the titles before it ("Dr. Imani Roe" is Imani Roe)."""
    words = who.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _owner(who: str) -> str:
    """The person a possessive header names, titles left out ("Read Governor Paul Hart's
    Inaugural Address": Paul Hart), or "": no title and no known given name before a
    surname ("Sunday's Sermon", "New Year's Address"), a title alone ("Father's Day
    Sermon") or a day's, a body's or a place's word ("Founder's Day Address")."""
    words = who.split()
    titled = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLES), None)
    if titled is not None:
        words = words[titled:]
        while words and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]
    elif len(words) < 2 or not first_name_known(words[0].lower()):
        return ""
    if not words or any(w.lower() in _NOT_PERSON or w.lower() in FUNCTION_WORDS for w in words):
        return ""
    return " ".join(words)


def _delivered(text: str, start: int, end: int, speaker: str) -> bool:
    """Whether the text below the header reads as the speech itself: its first paragraph
    says I/we/you or greets ("Good morning, everyone."), and no paragraph speaks of the
    speaker in the third person ("Hale opened the bridge ...", a news story's report of
    the speech)."""
    first = _PARAGRAPH.search(text, start, end)
    if first is None or not (
        _PERSONAL.search(text, first.start(), first.end()) or _GREETING.match(text, first.start())
    ):
        return False
    surname = re.escape(speaker.split()[-1])
    # ("She told me: ..." is the speaker's own story of someone else)
    return not re.search(
        rf"\b{surname}{_S}+[a-z]|\b(?i:he|she){_S}+(?:said|told|added)\b"
        rf"(?!{_S}+(?:to{_S}+)?(?:me|us)\b)",
        text[start:end],
    )


def _reaction(line: str) -> bool:
    """Whether a line of the speech is the audience's reaction alone: "(Applause.)"."""
    return _STAGE.fullmatch(line) is not None and is_stage_direction(
        re.sub(r"[.!]", "", line), in_speech=False
    )


def split_remarks(text: str) -> list[Segment] | None:
    """The speech below a "Remarks by NAME" header as NAME's turn, cut around the
    audience's reactions; None where no such header heads the text or no reaction
    line shows the text is the speech as delivered."""
    header = _REMARKS_BY.search(text, 0, _HEADER_REACH)
    speaker = _speaker(header["who"]) if header else ""
    if header is None:
        header = _REMARKS_OF.search(text, 0, _HEADER_REACH)
        speaker = _owner(header["who"]) if header else ""
    if header is None or not speaker:
        return None
    end_of_speech = min(_closing_tail(text), len(text))
    start = len(text)
    reactions = 0
    for para in _PARAGRAPH.finditer(text, text.find("\n", header.end()) % (len(text) + 1)):
        line = para.group().strip()
        if not line or para.start() >= end_of_speech:
            continue
        if _reaction(line):
            reactions += 1
        elif start == len(text) and _spoken(text, para.start(), para.end()):
            start = _lstrip(text, para.start(), para.end())
    if reactions < _REACTIONS_MIN or start >= end_of_speech:
        return None
    released = _RELEASE_END.search(text, start, end_of_speech)
    end_of_speech = released.start() if released else end_of_speech
    if not _delivered(text, start, end_of_speech, speaker):
        return None
    segments: list[Segment] = []
    for turn in _pieces(text, start, _rstrip(text, start, end_of_speech), speaker):
        segments.extend(_split_stage_directions(text, turn))
    return segments


# An editor's heading in a speech's text: a few words, no sentence's end ("On housing",
# "Closing"), a blank line above and below it
_SPEECH_HEADING = re.compile(rf"{_S}*[A-Z][\w'\u2019\-]*(?:{_S}+[\w'\u2019&\-]+){{0,4}}{_S}*$")


def _pieces(text: str, start: int, end: int, speaker: str) -> list[Segment]:
    """The speech from ``start`` to ``end`` as the speaker's turns, cut around the
    lines of an interjection in capitals or by a role ("AUDIENCE MEMBER: What about the
    buses?"), which are the interjector's turns, and around an editor's headings, nobody's."""
    out: list[Segment] = []
    cursor = start
    for para in _PARAGRAPH.finditer(text, start, end):
        a, b = para.start(), para.end()
        m = _LABEL.match(text, a, b)
        who = _interjector(m) if m else ""
        if not (who or _speech_heading(text, a, b, end)):
            continue
        if text[cursor:a].strip():
            out.append(Segment(speaker, "turn", _lstrip(text, cursor, a), _rstrip(text, cursor, a)))
        if m and who:
            a = _lstrip(text, a, b)
            cue = text[a : m.end()].strip()
            out.append(Segment(who, "turn", a, _rstrip(text, a, b), cue=cue, head=m.end() - a))
        cursor = b
    if text[cursor:end].strip():
        out.append(Segment(speaker, "turn", _lstrip(text, cursor, end), end))
    return out


# Labels of a voice interrupting a speech: a role's, or one many share ("HECKLER")
_INTERJECTORS = frozenset(_ROLES) | _MANY


def _speech_heading(text: str, start: int, end: int, speech_end: int) -> bool:
    """Whether a line of the speech is an editor's heading: a few words with no
    sentence's end, no "I" or "we", no thanks, set off by blank lines, with more of the
    speech below it ("God bless America" closing a speech is the speaker's) and no
    reaction of the audience right below ("Never again" / "(APPLAUSE)" was said)."""
    if not (
        _SPEECH_HEADING.match(text, start, end)
        and not _PERSONAL.search(text, start, end)
        and not _GREETING.match(text, start, end)
        and _BLANK_ABOVE.search(text, max(0, start - _ABOVE_REACH), start)
        and _BLANK_LINE.match(text, end)
    ):
        return False
    below = _PARAGRAPH.search(text, end, speech_end)
    return below is not None and not _reaction(below.group().strip())


def _interjector(m: re.Match[str]) -> str:
    """The one a label inside an unlabelled speech gives: a name in capitals or a role
    ("AUDIENCE MEMBER", "Heckler"), who interjects; "" for a sentence's opening words
    before a colon ("Here is the truth:") or a letter ("A:")."""
    name = _label(m)
    words = name.lower().split()
    if (name.isupper() and len(name) > 1) or words[-1] in _INTERJECTORS:
        return name
    return ""
