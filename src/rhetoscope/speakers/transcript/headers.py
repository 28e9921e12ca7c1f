"""Header fields and title blocks: the lines above (and around) the turns that name
rather than speak.

"Interviewer: Tom Baker" above the transcript names a side; "DATE:", "WITNESSES:",
"Call participants:" and the lists below them are fields, narration; so are an e-mail's
header lines and, above the first speaker who speaks twice, a label said once with no
sentence after it ("Project: Library Needs Assessment"). A field that names a person
and recurs once turns have begun ("SUBJECT:" in an oral history) speaks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .coded import _ROLL_FIELD
from .labels import _chorus
from .shared import (
    _FIELD_END,
    _FULL_NAME,
    _NAME,
    _PERSONAL,
    _ROLES,
    _S,
    _contains,
    _Label,
    _words,
)

# Header lines naming the two sides: "Interviewer: Tom Baker", "Guest: Dolores Vance"; an
# oral history's "Narrator:" or "Subject:" is the one interviewed.
_HEADER_ROLES = frozenset(
    "interviewer host moderator interviewee guest respondent narrator subject teacher observer"
    " caller dispatcher interpreter translator newsreader presenter announcer".split()
)
# A voice heard off screen, as a show's credits and its labels mark it: "ANNOUNCER (V.O.):"
_OFF_SCREEN = r"(?:[^\S\n]*\((?i:v\.?o\.?|o\.?s\.?|o\.?c\.?)\))?"
_HEADER = re.compile(
    rf"^{_S}*(?:\*\*)?(?P<role>(?i:{'|'.join(sorted(_HEADER_ROLES))})){_OFF_SCREEN}"
    rf"{_S}*(?::\*\*|\*\*:|:)"
    # (a nickname in quotes inside the name: 'Walter T. "Buzz" Haraldsen')
    rf"{_S}*(?P<who>{_NAME}(?:{_S}+[\"\u201c][A-Z][a-z]+[\"\u201d]{_S}+{_NAME})?)(?:{_S}*$|(?P<more>{_S}*[,;(][^\n?!]{{0,80}})(?<![a-z]{{2}}\.)$"
    # a second field on the line: "Interviewer: Ben Adler. Interpreter: Ana Ruiz."
    # (its languages in parentheses, a short sentence after: "Interpreter: Lucía Paredes
    # (Quechua–English). Recorded 9 July 2026.")
    # (an affiliation before it: "Moderator: Paula Kwan (Brightline Research). Note-taker:
    # Eli Strand (not audible on recording).")
    # (the second field's role noted in parentheses: "Producer (screening calls): Nils Ahearn.")
    rf"|(?:{_S}*\([^()\n]{{1,60}}\))?\.{_S}+[A-Z][a-z]+(?:-[a-z]+)?(?:{_S}*\([a-z][^()\n]{{0,40}}\))?:"
    rf"{_S}*{_NAME}"
    rf"(?:{_S}*\([^()\n]{{1,40}}\))?\.?"
    rf"(?:{_S}+[A-Z][a-z]+(?:{_S}+[^\s.!?]+){{0,5}}\.)?{_S}*$"
    # or a note of the recording alone after it: "Interpreter: Karim Uddin. Recorded 2
    # August 2026."
    rf"|(?:{_S}*\([^()\n]{{1,60}}\))?\.{_S}+(?:Recorded|Filmed|Taped|Interviewed)"
    rf"(?:{_S}+[^\s.!?]+){{1,6}}\.{_S}*$"
    # or after a bar, as a study's or a show's header runs them: "Moderator: Jess Albright
    # | Note-taker: Omar Siddiqi"
    # (described: "Host: Gina Ferro | Guest: Dr. Renee Solis, superintendent, ...")
    rf"|{_S}+[|\u2022\u00b7]{_S}+[A-Z][\w\-]*(?:{_S}[\w\-]+)?:{_S}*{_NAME}(?:,[^\n|?!]{{1,80}})?{_S}*$"
    # or the others on the show, described: "Host: Gideon Park. Panel: comedian Jo Roe, ..."
    rf"|\.{_S}+(?i:panel|panell?ists|guests?|co-hosts?|participants|contributors):{_S}*"
    rf"[^\n?!]{{1,300}}$)",
    re.MULTILINE,
)


# an affiliation, then the line's next field: "(Brightline Research). Note-taker: Eli ..."
_NEXT_FIELD = re.compile(
    rf"{_S}*\([^()\n]{{1,60}}\)\.{_S}+[A-Z][a-z]+(?:-[a-z]+)?:{_S}*[A-Z][a-z]+{_S}+[A-Z]"
)
_BAR_AFTER = re.compile(rf"{_S}*(?:\([A-Z0-9]{{1,4}}\))?{_S}+[|\u2022\u00b7]{_S}+\S")


def _headers(text: str) -> dict[int, re.Match[str]]:
    """Header lines naming a side ("Interviewer: Tom Baker"): line start -> match. With
    more after the name, only a full name and a short descriptor ("Guest: Dr. Hannah Osei,
    climatologist", not "Host: Welcome, everyone"), and only where the role never speaks
    as a label later ("MODERATOR: Senator Obama, two minutes" then "MODERATOR: Next
    question." is a turn; "Respondent: Harold Beasley" above "RESPONDENT:" turns names)."""
    found: dict[int, re.Match[str]] = {}
    for m in _HEADER.finditer(text):
        who = m.group("who")
        if _ends_sentence(who):
            continue  # "HOST: Welcome." speaks
        full = len(who.split()) >= 2
        if m.group("more") and not full:
            continue
        if m.group("role").lower() in _ORAL_HISTORY_SIDES and not _oral_history_block(text, m):
            continue  # an e-mail's "Subject: Transcript Mayor Bianchi"
        again = re.compile(
            rf"^{_S}*(?:\*\*)?(?i:{m.group('role')}){_OFF_SCREEN}{_S}*(?::|\*\*:)", re.MULTILINE
        )
        # with the role speaking later, a header gives a full name and nothing more but an
        # affiliation in parentheses ("Moderator: Dana Whitlock (Brightline Research)")
        # or its initials and, after a bar, the next field ("Interviewer: Ruth Castellanos
        # (RC) | Participant 7 (P7), female, 41")
        plain = (
            not m.group("more")
            or _AFFILIATION.fullmatch(m.group("more"))
            or _BAR_AFTER.match(m.group("more"))
            or _NEXT_FIELD.match(m.group("more"))
        )
        if again.search(text, m.end()) is None or (full and plain):
            found[m.start()] = m
    return found


# Header roles that name the one interviewed only in an oral history's header block,
# beside its interviewer: elsewhere "Subject:" is an e-mail's or a memo's.
_ORAL_HISTORY_SIDES = frozenset({"subject", "narrator"})
_INTERVIEWER_FIELD = re.compile(rf"^{_S}*(?:\*\*)?(?i:interviewer|interviewed{_S}+by)\b", re.M)
_EMAIL_FIELD = re.compile(rf"^{_S}*(?i:from|to|cc|bcc|sent|reply-to):", re.MULTILINE)

# an e-mail's header lines, quoted (">") or not: "From: Jo Ray <jo@x.org>", "Sent: Monday"
_EMAIL_HEADER = re.compile(
    rf"^{_S}*(?:>{_S}*)*(?P<field>(?i:from|to|cc|bcc|sent|date|subject|reply-to)):{_S}*\S", re.M
)


def _email_headers(text: str) -> frozenset[int]:
    """Starts of the lines of e-mail headers: runs of two or more such lines, one of
    them ``From:``. A sender and a recipient are not speakers, nor is "Subject"."""
    out: set[int] = set()
    run: list[int] = []
    sender = False
    for m in _EMAIL_HEADER.finditer(text):
        line = m.start()
        if run and text.count("\n", run[-1], line) != 1:
            out.update(run if sender and len(run) > 1 else ())
            run, sender = [], False
        run.append(line)
        sender = sender or m["field"].lower() == "from"
    out.update(run if sender and len(run) > 1 else ())
    return frozenset(out)


def _oral_history_block(text: str, m: re.Match[str]) -> bool:
    """Whether the header ``m`` stands in a block (lines between blank lines) that names
    an interviewer and has no e-mail field."""
    start = text.rfind("\n\n", 0, m.start()) + 1
    end = text.find("\n\n", m.end()) % (len(text) + 1)
    return bool(_INTERVIEWER_FIELD.search(text, start, end)) and not _EMAIL_FIELD.search(
        text, start, end
    )


_AFFILIATION = re.compile(rf"{_S}*\([^()\n.?!]{{1,60}}\){_S}*")


def _ends_sentence(name: str) -> bool:
    """Whether a name ends in a sentence's period ("Welcome."), not an initial's ("Tom
    B.") or a suffix's ("Jr.")."""
    last = name.split()[-1]
    return last.endswith(".") and len(last) > 2 and last.lower() not in ("jr.", "sr.")


def _title_fields(text: str, labels: list[_Label]) -> list[_Label]:
    """Above the first speaker who speaks twice, a label said once with no sentence after
    it on its line is a field of the title block ("Semifinal: Ridgeview 71, Lakeport 68",
    "Project: Library Needs Assessment"), narration; "ANNOUNCER: Live from Boston!" and
    every label that comes back speak, by any of its names."""
    said = Counter(label.name for label in labels if label.speaks)
    again: dict[str, list[tuple[str, ...]]] = {}  # word -> the recurring names with it
    for name, n in said.items():
        if n > 1:
            words = _words(name)
            for word in set(words):
                again.setdefault(word, []).append(words)
    # the lines where a recurring speaker's label stands
    speakers = {
        text.rfind("\n", 0, label.start) + 1
        for label in labels
        if label.speaks and said[label.name] > 1
    }
    out = []
    for i, label in enumerate(labels):
        if label.speaks and said[label.name] > 1:
            return out + labels[i:]
        words = _words(label.name)
        # (only the names sharing a word with it can contain it or be contained)
        maybe = (w for word in set(words) for w in again.get(word, ()))
        if any(_contains(w, words) or _contains(words, w) for w in maybe):
            if _holder_field(text, label, labels[i + 1 :]) or _roll_line(text, label):
                label = replace(label, speaks=False)
            out.append(label)  # "Lester Holt:" once, then "HOLT:": one speaker
            continue
        line_end = text.find("\n", label.start) % (len(text) + 1)
        if label.speaks and _roll_line(text, label):
            label = replace(label, speaks=False)
        if (
            label.speaks
            and label.end < line_end
            and not _TIME_ONLY.fullmatch(text, label.end, line_end)  # "[Ana Ruiz] 10:03:02"
            and _field_like(text, label, line_end)
            and not _among_turns(text, label, line_end, speakers)
        ):
            label = replace(label, speaks=False)
        out.append(label)
    return out


def _roll_line(text: str, label: _Label) -> bool:
    """Whether a label said once above the turns opens a roll, its line giving two
    people or more field by field ("Umpire: Kofi Mensah-Barr. Line judge: Dora Pike.",
    "Auctioneer: Hartley Ormsby. Telephone desk: Celia Marchbank (phone A), ..."):
    the header's, though a sentence's end follows the first name."""
    start = text.rfind("\n", 0, label.start) + 1
    end = text.find("\n", label.start) % (len(text) + 1)
    fields = list(_ROLL_FIELD.finditer(text, start, end))
    # (its fields written alike: a label in capitals before "Applicant: Rosa Hartigan"
    # speaks, "CLERK: Item Seven. Applicant: ..." read out)
    return (
        len(fields) > 1
        and fields[0].start("field") <= label.start + 1
        and fields[0]["field"].isupper() == fields[1]["field"].isupper()
    )


# A field's value that is a person and what they are: "Ezequiel Mabote", "Joel
# Sandström, Brightwater Law Centre", "Ana Coutinho (Portuguese–English, no. 3318)"
_HOLDER_VALUE = re.compile(rf"{_S}*{_FULL_NAME}(?:{_S}*[,(][^\n?!]{{0,100}})?{_S}*$")


def _holder_field(text: str, label: _Label, later: list[_Label]) -> bool:
    """Whether a label said once above the turns, in mixed case, is a header's field
    naming the holder of a role that speaks later in capitals ("Case officer: Harriet
    Lindqvist-Oduya" above "CASE OFFICER: Good morning."): two signals, the case the
    turns drop and a person's name alone as the value, or a record's note on the role in
    lower case ("Caller: declined to give name."); not "Lester Holt:" above "HOLT:"
    (the label a name) nor "Host: Welcome back." (a sentence)."""
    if label.name.isupper() or not label.speaks:
        return False
    line_end = text.find("\n", label.start) % (len(text) + 1)
    # or a record's note on the role in lower case: "Caller: declined to give name. Age
    # approx. 40s." above "CALLER: Hi."
    noted = _NOTE_VALUE.match(text, label.end, line_end) is not None
    if not (noted or _HOLDER_VALUE.match(text, label.end, line_end)):
        return False
    if _PERSONAL.search(text, label.end, line_end):
        return False  # a name called out in a sentence: "Jane Ruiz, thank you for joining us."
    upper = label.name.upper()
    return any(other.speaks and other.name == upper for other in later)


# A record's note after a field, in lower case: "declined to give name", "not recorded"
# (a record's full stop in it, never a question's or a cry's: speech typed by a machine
# is unpunctuated or asks, "hello is anyone there?")
_NOTE_VALUE = re.compile(
    # (not a greeting's or a reply's first word: "hi everyone, welcome back." is said)
    rf"{_S}*(?!(?:hi|hello|hey|welcome|thanks|thank|good|ok|okay|so|yes|yeah|well|um|uh)\b)"
    # (a full stop somewhere in the rest of the line, read in one pass: backtracking to
    # each full stop of a line that ends in a question mark was quadratic)
    rf"[a-z][a-z]+{_S}+[a-z](?=[^\n?!]*\.)[^\n?!]*+$",
    re.M,
)


# a time alone after a name, the speech on the lines below (Zoom's "[Ana Ruiz] 10:03:02")
_TIME_ONLY = re.compile(r"[^\S\n]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[^\S\n]*")
_LOWER_RUN = re.compile(r"\b[a-z]+[^\S\n]+[a-z]+\b")


def _among_turns(text: str, label: _Label, line_end: int, speakers: set[int]) -> bool:
    """Whether a once-said label speaking in lower-case words stands on the line next to
    a recurring speaker's label, as turns do in an export without blank lines ("Dana
    Price: can everyone hear me" above "Alice Moreno: yes we can hear you")."""
    if not _LOWER_RUN.search(text, label.end, line_end):
        return False
    line_start = text.rfind("\n", 0, label.start) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    return line_end + 1 in speakers or above in speakers


# A firm's or a lawyer's abbreviation ending a field's value
_FIRM_END = re.compile(r"\b(?:Inc|Esq|Ltd|Co|Corp|LLC|LLP|P\.C|S\.C)\.\s*$")


def _field_like(text: str, label: _Label, line_end: int) -> bool:
    """Whether a label said once, no sentence's end after it, reads as a title block's
    field: on a line among others ("Semifinal: Ridgeview 71, Lakeport 68" above "Project:
    ..."), or alone with no run of lower-case words and no role, who may speak once
    unpunctuated as speech-to-text writes ("PROTESTER: Shame on you"); never a line whose
    sentence goes on below in lower case ("ANNOUNCER: ... the chair of the" / "committee")."""
    rest = text[label.end : line_end]
    line = text[text.rfind("\n", 0, label.start) + 1 : line_end].strip()
    if line.startswith("**") and line.endswith("**"):
        return True  # a heading in bold: "**Tip 1: Plan your meals before you shop**"
    if _FIELD_END.search(rest) and not _FIRM_END.search(rest):
        return False  # (a firm's "Inc." ends no sentence: "Service: Badger Transcripts, Inc.")
    below_end = text.find("\n", line_end + 1) % (len(text) + 1)
    below = text[line_end + 1 : below_end].strip()
    if below[:1].islower():
        return False
    line_start = text.rfind("\n", 0, label.start) + 1
    above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    if below or above.strip():
        return True
    words = label.name.lower().split()
    return not (_LOWER_RUN.search(rest) or _chorus(label.name) or any(w in _ROLES for w in words))


# Header fields of a transcript's title block, and the lists under them: speakers only
# where they name a person and recur once turns have begun (``_SPEAKING_FIELDS``).
_FIELDS = frozenset(
    (
        "date time place location venue site setting room study speakers witnesses appearances "
        "present attendees "
        "participants panelists panellists transcriber length duration contents subject topic "
        "program programme episode aired recorded collection guests hosts producer producers "
        "interviewers interviewees absent excused recorder caption super chyron contestants "
        "title transcript staff presiding language languages representation respondents"
        # minutes record a motion's fields, which no one says: "Moved: Akande. Seconded: Cho."
        " motion motions moved seconded vote votes resolved carried decision outcome"
        # what part of a recording the transcript gives: "Excerpt: 58th minute to full time."
        " excerpt"
        # how to read the transcript: "LEGEND:" above its codes, "Conventions: Spanish
        # utterances are transcribed verbatim; ..."
        " legend conventions notation key"
    ).split()
) | {
    "also present",
    "moved by",
    "seconded by",
    "next meeting",
    "action items",
    "call participants",
    "conference call participants",
    "corporate participants",
    "transcriber's note",
    "transcriber\u2019s note",
    "transcribed by",
    "case no",
    "title card",
    "on-screen text",
    "on screen text",
    "text on screen",
    "lower third",
    "interview with",
    "an interview with",
}
# Fields that may be a person's label ("SUBJECT:" in an oral history); "DATE:" never is.
_SPEAKING_FIELDS = frozenset("subject producer producers recorder".split())
# Fields of a title block that, once turns have begun, are a speaker ("STAFF: This
# briefing is concluded.") even said once.
_OPENING_FIELDS = frozenset("staff presiding".split())
# (a note on the field may stand before its colon: "Respondents (first names used with
# consent):", "Guests (in order of appearance):")
_FIELD = re.compile(
    rf"{_S}*(?:\*\*)?(?P<field>[A-Za-z][A-Za-z'\u2019 ]{{1,30}}?)(?:\*\*)?"
    rf"(?:{_S}*\([^()\n]{{1,60}}\))?{_S}*:"
)


# The last word of an attendance field naming who is there ("MEMBERS PRESENT:", "Staff
# present:", "Councilmembers absent:"): a roll, whatever body it lists
_ROLL_WORDS = frozenset("present absent attending excused".split())
# A vote's reply after the colon: "ALL PRESENT: Aye." is a chorus, no roll
_VOTE = re.compile(rf"(?:{_S}*(?i:aye|yes|yea|no|nay|here|present|agreed|opposed)[.,!]*)+{_S}*$")


def _field(text: str, start: int, end: int) -> str:
    """The header field that opens the paragraph ("date" of "DATE: May 2"), or ""."""
    if text.find(":", start, end) < 0:
        return ""  # (a field needs its colon: most of prose's paragraphs, not matched)
    m = _FIELD.match(text, start, end)
    word = m.group("field").strip().lower() if m else ""
    if word in _FIELDS:
        return word
    words = word.split()
    rolled = len(words) in (2, 3) and words[-1] in _ROLL_WORDS
    return word if rolled and m and not _VOTE.match(text, m.end(), end) else ""
