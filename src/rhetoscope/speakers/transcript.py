"""Labelled transcripts: turns opened by a speaker label at the start of a paragraph.

Labels: ``NAME:``, ``Full Name:``, ``TITLE NAME:`` (``SEN. OKAFOR:``), ``Q:``/``A:`` and
``Q.``/``A.``, ``[Name]``, ``**Name:**`` (Markdown), congressional ``Mr. SMITH.``, each
optionally after a timestamp (``[00:01:02]``, ``00:01:02``, ``(00:01)``). A label with
lower-case words counts only when it starts with a role ("Announcer offscreen:"). A
label ending in a colon may stand alone on its line, the speech on the lines below
(``Speaker 1 (00:01):``, ``Jo Ray: (00:01)``, as transcription services export), and
so may a name with its time and no colon (``Jo Ray  0:04``) where the text is laid out so.

A text is a transcript when at least ``MIN_LABELLED`` paragraphs open with a label and
at least two speakers appear, or every paragraph does with a label of two words or a
role and two speakers appear; or when a ``Q`` and an ``A`` both appear; or when labels
of a form prose does not use (``HOLT:`` in capitals, ``[Name]``, ``**Name:**``,
congressional style, a timestamp) open two paragraphs, of two speakers or of one speaker
whose text has stage directions (a speech: ``PRESIDENT BIDEN:`` ... ``(APPLAUSE)``). A
stage direction may precede a label (``[Applause] TRUMP: Thank you.``). An unlabelled
paragraph continues the previous turn; paragraphs before the first label are narration,
except header lines that name the interviewer or the interviewee (``Interviewer: Tom
Baker``), which are read for those names. Within a document one person has one name: a
label that is part of a longer one ("HOLT" in "Lester Holt") takes the longer; ``Q`` and
``A`` take the interviewer's and interviewee's names when the introduction gives them
("Interview with Dolores Vance, by Sam Ortiz"; where the introduction calls the text an
interview, a byline "By SAM ORTIZ" and the full name the lede gives most; Q alone is the
byline's writer when one person answers). Stage
directions (``(APPLAUSE)``, ``[CROSSTALK]``, ``[inaudible]``) and notes on a line of
their own (``(Recess taken.)``, ``[End Tape 1]``) are neither speakers nor speech.

As transcripts are published: a label may add a role, party or title to the name (``TED
(Caller):``, ``GOV. RAY ELLERBY (D), OHIO:``, ``CARA VOSS, NEWS ANCHOR:``, ``Tom Ruiz --
Barclays -- Analyst:``); header fields and the lists below them (``DATE:``,
``WITNESSES:``, ``Call participants:``), headings (``Questions & Answers:``), rules
(``---``) and closing lines (``END``, copyright, "This interview has been edited") are
narration and end the turn before them; inside a turn, only where a label or the end of
the text follows ("Dear Friends:" inside a speech stays the speaker's). In court, ``BY MR.
HALE:`` and ``DIRECT EXAMINATION`` are narration, Q is the examining lawyer and A (and
``THE WITNESS``) the witness sworn in; line numbers before the labels are skipped. Role
labels (``INTERVIEWER:``, ``THE VIDEOGRAPHER:``) take the name the header, an appearances
list or the speaker's first words give. Names alone on their line above the speech
(Hansard) are labels when the document is laid out so; after a chorus (``Hon. Members:
Hear, hear!``) the interrupted speaker goes on.

Round 2: the Congressional Record's titles (``Senator OKAFOR.``), a bold question
(``**Q: Why?**``) and a briefing's ``Q Thanks.`` are labels; the bench (``THE COURT``)
is the judge the caption names, an inquest's ``Questions from MS PARRY`` sets the
examiner and ``MR NAME (affirmed)`` the witness; ``Int.``/``Ans.`` and ``RESPONDENT`` are
Q and A by other names; one-off fields above the first recurring speaker, a first line in
capitals, a time of day and a WebVTT cue's timing are narration; a title-and-surname or
initials label takes the full name the header gives (``fullnames``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..models import NARRATOR, UNKNOWN, Segment
from .addressee import participants, resolve, vocatives
from .attribution import SPEECH_VERBS
from .fullnames import full_names, lower_words
from .names import (
    _NOT_PERSON,
    CALENDAR_WORDS,
    DESCRIPTORS,
    FUNCTION_WORDS,
    NOT_NAME_WORDS,
    OFFICES,
    TITLES,
    first_name_known,
)
from .quotes import double_quoted
from .screenplay import split_screenplay

MIN_LABELLED = 3
_S = r"[^\S\n]"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
# a chat export's date and time: "[12/03/2024, 14:02:11]", "3/12/24, 2:02 PM - "
_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
_CHAT_STAMP = rf"\[?{_DATE},?{_S}+{_TIME}(?:{_S}*[AaPp]\.?[Mm]\.?)?\]?"
# a time, or a span as speech-to-text tools print it: "[00:00:05.120 --> 00:00:08.900]"
_TIMESTAMP = rf"(?:(?:{_CHAT_STAMP}|[\[(]?{_TIME}(?:{_S}*-->{_S}*{_TIME})?[\])]?){_S}*(?:-{_S}*)?)?"
_CHAT_LINE = re.compile(rf"{_S}*{_CHAT_STAMP}")
# a chat export's message: the stamp, then a sender's label ("3/5/24, 9:01 PM - Bea:")
_CHAT_MESSAGE = re.compile(rf"^{_S}*{_CHAT_STAMP}{_S}*(?:-{_S}*)?[^\s:][^\n:]{{0,60}}:", re.M)
# a chat's sender known by number only, after the message's date: "+44 7700 900412"
_PHONE = rf"(?<=[\]\d\-]{_S})\+\d{{1,3}}(?:{_S}?\d{{2,5}}){{2,4}}"
_CAP_WORD = r"(?:[A-Z][\w'\u2019\-]*\.?)"
# A timestamp after the name, as transcription services write it: "TRUMP (00:12:30):"
_LATE_TIMESTAMP = rf"(?:[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]{_S}*)?"
_PARTICLE = r"(?:de|da|van|von|der|del|la|le|bin|al|di|du)"
_NAME = rf"{_CAP_WORD}(?:{_S}(?:{_CAP_WORD}|{_PARTICLE})){{0,4}}"
_ROLES = (
    "announcer audience moderator questioner interviewer interviewee speaker unidentified "
    "unknown male female voice participant panelist panellist reporter crowd narrator "
    "host guest caller witness chairman chairwoman chair respondent officer deputy trooper "
    "dispatcher juror teacher student pupil observer spokesperson spokesman spokeswoman "
    "interpreter translator arbitrator mediator"
).split()
# The presiding officers of the Congressional Record ("The SPEAKER pro tempore.").
_PRESIDING = (
    rf"(?:SPEAKER|CHAIR|CHAIRMAN|CHAIRWOMAN|ACTING{_S}CHAIR|PRESIDING{_S}OFFICER"
    rf"|PRESIDENT|VICE{_S}PRESIDENT|CLERK)"
)
# Titles the Congressional Record writes before a surname in capitals: "Senator OKAFOR."
_CONG_TITLE = r"(?:Senator|Representative|Chairman|Chairwoman|Governor|Secretary|General|Admiral)"
_ROLE_LABEL = rf"(?i:{'|'.join(_ROLES)})(?:{_S}(?:[a-z][\w\-]*|\d{{1,2}})){{1,2}}"  # "Speaker 2"
# What a label may add after the name: a role or party in parentheses ("TED (Caller)",
# "ELLERBY (D), OHIO"), a title in capitals after a comma ("VOSS, CBN NEWS ANCHOR") or
# Title Case parts after dashes ("Tom Ruiz -- Barclays -- Analyst", earnings calls).
_TITLE_WORD = r"(?:[A-Z][\w&'.\-]*|of|and|&|for|the|on)"
_CAPS_WORD = r"(?:[A-Z][A-Z0-9&'.\-]*)"
_DESC = (
    rf"(?:(?:{_S}*\((?!\d{{1,2}}:\d)[^()\n]{{1,60}}\))+(?:,{_S}*{_CAPS_WORD}(?:{_S}+{_CAPS_WORD}){{0,5}})?"
    rf"|,{_S}*[A-Z][\w&'.\-]*(?:,?{_S}+{_TITLE_WORD}){{0,6}}"
    rf"|(?:{_S}+(?:--?|[\u2013\u2014]){_S}+[A-Z][\w&'.\-]*(?:,?{_S}+{_TITLE_WORD}){{0,6}}){{1,3}})"
)
_DESC_COMMA = re.compile(rf"{_S}*,")
# Rev writes the time after the colon: "Joe Biden: (00:00)"
_AFTER_COLON = rf"{_S}*[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]"
# A hearing's mark, without which an indented "Mr. Hale." or "The Chairman." opens
# prose: a senator's indented label, a statement's heading, or the committee
_HEARING_MARK = re.compile(
    rf"(?<={_S}{_S})(?:Senator|Representative){_S}[A-Z][a-z'\-]+\."
    rf"|STATEMENT{_S}+OF{_S}|\b(?:Committee|COMMITTEE|Subcommittee)\b"
)
# A parliament's members interjecting, in lower case: "Some hon. members:", "An hon.
# member:", "Honourable members:", "Opposition members:"
_HOUSE_MEMBERS = (
    rf"(?:(?:Some|Several|An|Government|Opposition|Honourable|Honorable|Hon\.)"
    rf"(?:{_S}+(?:hon\.|honourable|honorable))?{_S}+members?)"
)
# A label typed with no space after its colon ("Marcus:Thanks, Priya."): a label only
# where the same name labels other turns with the space ("Marcus: Morning, all.")
_TIGHT_LABEL = re.compile(
    rf"{_S}*(?P<early>)(?P<name>{_NAME}|{_ROLE_LABEL})(?P<late>)(?P<late2>):(?=[A-Z\"\u201c])"
)
_SPACED_NAME = re.compile(rf"^{_S}*({_NAME}|{_ROLE_LABEL}):{_S}+\S", re.MULTILINE)
_LABEL = re.compile(  # used with .match at a paragraph's start, or after its stage direction
    rf"""
    {_S}*(?P<early>{_TIMESTAMP})
    (?P<cc>>>{_S}*)?               # captions mark a change of speaker: ">> TESS: hi"
    (?P<qnum>Q\d{{2,4}}{_S}+(?=[A-Z]))?    # a UK committee's question number: "Q121 Chair:"
    (?:
        \*\*(?P<md>[^*\n:]{{1,60}}?)(?::?\*\*:?|:(?={_S}+[^*\n]+\*\*))  # **Name:** / **Q: Why?**
      | \[(?P<br>[A-Z][^\]\n]{{0,60}})\]:?                    # [Name]
      | <v{_S}+(?P<vt>[^<>()\n]{{1,60}}?)(?:{_S}*\([^()\n]{{1,30}}\))?>  # WebVTT's <v Name>
      | (?P<cong>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|{_CONG_TITLE}){_S}[A-Z][A-Z'\-]+  # Mr. SMITH.
          | The{_S}{_PRESIDING}(?:{_S}pro{_S}tempore)?)\.        # The SPEAKER.
      | (?<={_S}{_S})(?P<hearing>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|{_CONG_TITLE}){_S}[A-Z][a-z'\-]+
          | The{_S}(?:Chairman|Chairwoman|Chair|Clerk|Presiding{_S}Officer))\.  # indented: hearings
      | (?P<qa>[QA])(?::|\.|(?=\t|{_S}{{2,}})|(?<=Q)(?={_S}[A-Z]))   # Q: / A. / Q<tab> / Q Why
      | (?P<name>{_NAME}|{_ROLE_LABEL}|{_HOUSE_MEMBERS}|{_PHONE}|\?{{2,3}})  # "??:" unknown
        (?:{_DESC})?{_S}*(?P<late>{_LATE_TIMESTAMP})
        :(?P<late2>{_AFTER_COLON})?                          # Jo (0:12): / Jo: (0:12)
    )
    (?:(?<=>)(?=\S)|(?={_S}+\S))  # a voice tag runs into its speech
    """,
    re.VERBOSE,
)
# A label alone on its line, the speech on the next ones, as transcription services
# export (Rev: "Speaker 1 (00:01):"): only the forms that end with a colon.
_LONE_LABEL_FORMS = rf"""
    {_S}*(?P<early>{_TIMESTAMP})
    (?:
        \*\*(?P<md>[^*\n:]{{1,60}}?):\*\*                     # **Name:**
      | (?P<qa>[QA]):                                         # Q:
      | (?<=\d{_S})From{_S}+(?P<chat>{_NAME}){_S}+to{_S}+[^:\n]{{1,60}}:  # "0:01 From Jo to All:"
      | (?P<name>{_NAME}|{_ROLE_LABEL})(?:{_DESC})?{_S}*(?P<late>{_LATE_TIMESTAMP})
        :(?P<late2>{_AFTER_COLON})?                          # Jo (0:12): / Jo: (0:12)
    )
    {_S}*"""
_LONE_LABEL = re.compile(_LONE_LABEL_FORMS + r"(?=\n[^\S\n]*\S)", re.VERBOSE)
# The same with a blank line between it and the speech ("JANE DOE:", a blank line,
# "Hello."): a heading looks so too, so these are labels only where they recur.
_SPACED_LABEL = re.compile(_LONE_LABEL_FORMS + r"(?=\n(?:[^\S\n]*\n)+[^\S\n]*\S)", re.VERBOSE)
# Editorial tags that open news paragraphs the way labels open turns.
_EDITORIAL = frozenset(
    (
        "update updated correction clarification note related watch photos video source "
        "sources disclaimer advertisement listen subscribe background analysis context "
        "summary opinion commentary editorial explainer timeline takeaway takeaways"
        " warning caution tip hint reminder important"  # a how-to's callouts
    ).split()
) | {
    "editor's note",
    "editors' note",
    "editors note",
    "read more",
    "why it matters",
    "what's next",
    "what\u2019s next",
    "bottom line",
    "the bottom line",
    "key points",
    "fact check",
}
# Sounds and actions that a bracketed note names.
_STAGE_WORDS = (
    "applause laughter laughs laughing crosstalk cross-talk inaudible unintelligible "
    "cheers cheering boos booing music silence pause break commercial chanting chants "
    "off-mic indiscernible overlapping sighs coughs clapping gavel bell"
).split()
# (with Markdown emphasis around it, "*[Applause]*", "**[crosstalk]**", "_(laughs)_")
_STAGE = re.compile(r"(?:\*{1,2}|_{1,2})?[\[(][^\[\]()\n]{2,40}[\])](?:\*{1,2}|_{1,2})?")
_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb]|''")
# "spoke to X" names the interviewee only after "we" or "I": "Senator Ruiz spoke to
# Reuters" names the one asking.
_INTERVIEWEE = re.compile(
    rf"(?:(?i:interview(?:ed)?|conversation|talk|q&a|q{_S}*and{_S}*a){_S}+(?i:with|to)"
    rf"|\b(?:[Ww]e|I){_S}+(?i:talked|spoke|sat{_S}+down){_S}+(?i:with|to)"
    # an oral history's abstract: "In this interview, Esperanza Ruelas recalls ..."
    rf"|\b(?P<abstract>(?i:in{_S}+this{_S}+(?:interview|oral{_S}+history)),)){_S}+(?P<who>"
    rf"{_NAME})"
    # (the abstract's name is the sentence's subject: a comma or a verb after it, no "'s")
    rf"(?(abstract)(?<!['\u2019]s)(?=,|{_S}+[a-z]))"
)
# Words by which an introduction says that this document is an interview: only then are
# Q and A the byline's writer and the person the lede names most (an explainer's or an
# advice column's Q and A are nobody's, and "in an interview on Sunday" quotes another).
_INTERVIEW_WORD = re.compile(
    r"(?i)\b(?:(?:this|our|the\s+following)\s+(?:interview|conversation|q\s*&\s*a|q\s+and\s+a)"
    r"|(?:interview|conversation|q\s*&\s*a|q\s+and\s+a)\s+with|interview(?:ed)?\s+by"
    r"|(?:we|i)\s+(?:spoke|talked|sat\s+down)\s+(?:with|to)|edited\s+for\s+(?:length|clarity))\b"
)
_INTERVIEWER = re.compile(
    # "conducted in English and Spanish by", "conducted by phone by": only a language or a
    # medium between (a poll "conducted for the Herald by Ipsos" names no interviewer)
    rf"(?i:interview(?:ed)?{_S}+by|conducted(?:{_S}+in{_S}+[A-Z][a-z]+(?:{_S}+and{_S}+[A-Z][a-z]+)?"
    rf"|{_S}+(?:by|over){_S}+(?:the{_S}+)?(?:phone|telephone|video|zoom|email))?{_S}+by"
    rf"|questions{_S}+by"
    rf"|asked{_S}+by"
    rf"|with{_S}+{_NAME},?{_S}+by)"
    rf"{_S}+(?P<who>{_NAME})"
)
# Header lines naming the two sides: "Interviewer: Tom Baker", "Guest: Dolores Vance"; an
# oral history's "Narrator:" or "Subject:" is the one interviewed.
_HEADER_ROLES = frozenset(
    "interviewer host moderator interviewee guest respondent narrator subject teacher observer"
    " caller dispatcher interpreter translator".split()
)
_HEADER = re.compile(
    rf"^{_S}*(?:\*\*)?(?P<role>(?i:{'|'.join(sorted(_HEADER_ROLES))}))"
    rf"{_S}*(?::\*\*|\*\*:|:)"
    rf"{_S}*(?P<who>{_NAME})(?:{_S}*$|(?P<more>{_S}*[,;(][^\n?!]{{0,80}})(?<![a-z]{{2}}\.)$"
    # a second field on the line: "Interviewer: Ben Adler. Interpreter: Ana Ruiz."
    rf"|\.{_S}+[A-Z][a-z]+:{_S}*{_NAME}\.?{_S}*$)",
    re.MULTILINE,
)
# The byline of a Q&A: "By SAMUEL EKWUEME", alone on its line: a name of two words or
# more (not "By Friday, ..." opening a sentence), at most a short affiliation after it.
_BYLINE = re.compile(
    rf"^{_S}*[*_]*(?:By|BY){_S}+(?!(?i:{'|'.join(sorted(CALENDAR_WORDS))})\b)"
    rf"(?P<who>{_CAP_WORD}(?:{_S}(?:{_CAP_WORD}|{_PARTICLE})){{1,4}})[*_]*"
    rf"(?:{_S}*[,|\u2014\u2013-][^\n!?]{{0,60}})?$",
    re.MULTILINE,
)
# "host Celia Brandt spoke with Walter Oduya": a role word before the one who asks
_ROLE_SPOKE = re.compile(
    rf"\b(?i:host|co-host|reporter|correspondent|anchor|interviewer|writer|editor){_S}+"
    rf"(?P<asks>{_NAME}){_S}+(?i:spoke|talked|sat{_S}+down|speaks|talks){_S}+(?i:with|to)"
    rf"{_S}+(?P<who>{_NAME})"
)
# "Hollis Grant spoke with her last week": a pronoun for the lede's subject
_SPOKE_BACK = re.compile(  # the asker's given name and surname ("Reporter Hollis Grant")
    rf"\b(?P<asks>[A-Z][a-z\-]+{_S}[A-Z][a-z'\u2019\-]*[a-z]){_S}+"
    rf"(?:spoke|talked|sat{_S}+down){_S}+(?:with|to){_S}+(?:her|him|them)\b"
)
# A capitalised word right before a name ("Mary" before "Ann Smith").
_GIVEN_BEFORE = re.compile(rf"(?P<word>[A-Z][a-z]+){_S}$")


def _after_given_name(text: str, at: int) -> bool:
    """Whether a known given name stands right before ``at``: the name there may be the
    tail of a longer one ("Mary Ann Smith"), so "Ann Smith" would be wrong."""
    m = _GIVEN_BEFORE.search(text, max(at - 20, 0), at)
    return m is not None and first_name_known(m["word"].lower())


_NAME_PART = r"[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*"  # "Ashworth-Clarke", "Al-amin"
_FULL_NAME = re.compile(rf"\b{_NAME_PART}(?:{_S}{_NAME_PART}){{1,2}}\b")
_ASKS = frozenset({"interviewer", "host", "moderator"})
_NEITHER_SIDE = frozenset({"caller", "dispatcher", "interpreter", "translator"})


@dataclass(frozen=True, slots=True)
class _Label:
    start: int  # paragraph start
    end: int  # end of the label (and timestamp)
    name: str
    speaks: bool = True  # False: a header or closing line, which ends the turn before


def _lone_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """A label alone on its line (``start`` to ``end``) with speech on the next line
    that is no label itself (a run of lone capitalised lines is a list or a heading
    block, not turns)."""
    last = _rstrip(text, start, end)
    if last == start or text[last - 1] not in ":*":
        return None  # most lines: no colon at the end, no regex run
    m = _LONE_LABEL.match(text, start)
    if m is None:
        return None
    following = _lstrip(text, m.end(), len(text))
    if _LABEL.match(text, following) or _LONE_LABEL.match(text, following):
        return None
    return m


def _recurring(names: Sequence[str]) -> bool:
    """Whether names on lines of their own are a layout of turns: three or more, of two
    people or more, one coming back (a heading or a header field does not come back)."""
    return len(names) >= 3 and 2 <= len(set(names)) < len(names)


def _person_like(m: re.Match[str]) -> bool:
    """A label alone on its line that names a person: a full name, a name in capitals, a
    role, Q/A or one with a time; a single Title Case word is a heading ("Pros:",
    "Career:", "Monday:")."""
    if _group(m, "md") or _group(m, "qa") or m["early"] or m["late"] or m["late2"]:
        return True
    name = _label(m)
    words = name.lower().split()
    if words[0] in _DETERMINERS and not name.isupper() and words[-1] not in _ROLES:
        return False  # "The Economy:", "Our Verdict:": subheads; "The Host:" is a role
    return name.isupper() or _full_or_role(name)


_DETERMINERS = frozenset("the a an our my your their his her its this these".split())
_SUBHEAD_MAX = 5  # words of a subhead line ("Carrot cake", "Item 2: Parking")


def _subhead_above(text: str, at: int) -> bool:
    """Whether a short line with no sentence's end stands alone above ``at``, a blank line
    between: the title of a section ("MacBook Air" above "Key Features:"), not speech."""
    end = _rstrip(text, 0, at)
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip(" \t*_#")
    blank_between = text.count("\n", end, at) >= 2
    return (
        blank_between
        and 0 < len(line.split()) <= _SUBHEAD_MAX
        and line[-1] not in '.?!,;:"\u201d)]'
    )


def _spaced_labels(text: str) -> dict[int, re.Match[str]]:
    """Labels of people alone on their lines with a blank line below, when the document
    is laid out so (see ``_recurring``): line start -> label."""
    found: dict[int, re.Match[str]] = {}
    for para in _PARAGRAPH.finditer(text):
        last = _rstrip(text, para.start(), para.end())
        if last == para.start() or text[last - 1] not in ":*":
            continue  # most lines, read without a regex run
        m = _SPACED_LABEL.match(text, para.start())
        if m is None:
            continue
        following = _lstrip(text, m.end(), len(text))
        if _person_like(m) and not any(
            r.match(text, following) for r in (_LABEL, _LONE_LABEL, _SPACED_LABEL)
        ):
            found[para.start()] = m
    if sum(_subhead_above(text, at) for at in found) >= 2:
        return {}  # labels under section titles: minutes, recipes, reviews
    return found if _recurring([_label(m) for m in found.values()]) else {}


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
        again = re.compile(rf"^{_S}*(?:\*\*)?(?i:{m.group('role')}){_S}*(?::|\*\*:)", re.MULTILINE)
        # with the role speaking later, a header gives a full name and nothing more but an
        # affiliation in parentheses ("Moderator: Dana Whitlock (Brightline Research)")
        plain = not m.group("more") or _AFFILIATION.fullmatch(m.group("more"))
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


# A caption's labelled speaker change, in capitals as captioners write it or in brackets:
# ">> DR. LEE:", ">> [Coach Ellis]"
_CC_CAPS = rf"[A-Z][A-Z.'\-]*(?:{_S}[A-Z][A-Z.'\-]*){{0,3}}"
_CC_NAME = rf"(?:\[(?P<br>[A-Z][^\]\n]{{0,40}})\]|(?P<caps>{_CC_CAPS}):)"
_CC_LABEL = re.compile(rf"^{_S}*>>{_S}*{_CC_NAME}", re.M)
_BARE_CC = re.compile(rf"{_S}*>>(?!{_S}*{_CC_NAME})")
_CC_MIN = 3


@functools.lru_cache(maxsize=8)
def _chat_export(text: str) -> bool:
    """Whether ``text`` is a chat's export: two messages or more dated before the sender."""
    return len(_CHAT_MESSAGE.findall(text)) >= 2


def _captioned(text: str) -> bool:
    """Whether ">>" marks speaker changes here: several ">> NAME:" lines, a speaker
    coming back; mail quotes with ">>" and a wire's ">> MORE:" kicker do not."""
    names = Counter(m["br"] or m["caps"] for m in _CC_LABEL.finditer(text))
    return names.total() >= _CC_MIN and max(names.values()) >= 2


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _group(m: re.Match[str], group: str) -> str | None:
    """A group of a ``_LABEL`` or a ``_LONE_LABEL`` match; None where the form has none."""
    return m.group(group) if group in m.re.groupindex else None


# a person's name in parentheses after a label, a role after it or not: "(ALAN PRUITT)",
# "(CORINNE WAITE, PRESS SECRETARY)"
_PAREN_NAME = re.compile(
    rf"{_S}*\((?P<who>[A-Z][\w'\u2019\-]+(?:{_S}[A-Z][\w'\u2019\-]+){{1,2}})(?P<role>,[^()\n]+)?\)"
)


def _named_in_parens(text: str, m: re.Match[str], common: set[str]) -> str:
    """The person a role's label names in parentheses ("PUBLIC SPEAKER (ALAN PRUITT)",
    "AIDE (CORINNE WAITE, PRESS SECRETARY)"), or "": the label ending in a role or made
    of common words, or the name given with a role after it; the name no common word,
    role or title ("TED (Caller)", "JO RAY (NEWS ANCHOR)" keep their label)."""
    p = _PAREN_NAME.match(text, m.end("name"))
    if p is None:
        return ""
    role = m["name"].lower().split()
    if not (p["role"] or role[-1] in _ROLES or role[-1] in OFFICES or set(role) <= common):
        return ""
    who = p["who"].split()
    if any(w.lower() in common or w.lower() in _ROLES or w.lower() in _NO_NAME_WORDS for w in who):
        return ""
    if not (first_name_known(who[0].lower()) or who[-1].lower() in _outside_parens(text)):
        return ""  # "(OFF CAMERA)", "(CHANTING LOUDLY)": a note on the voice, no person
    return " ".join(w.title() if w.isupper() else w for w in who)


@functools.lru_cache(maxsize=4)
def _outside_parens(text: str) -> frozenset[str]:
    """The words, in lower case, that ``text`` writes outside a label's parentheses
    ("Thank you, Mr. Pruitt.", "WAITE:"): a surname there is a person the transcript
    names, not a note on the voice."""
    words = re.findall(r"[\w'\u2019\-]+", _PAREN_NAME.sub(" ", text).lower())
    return frozenset(words) | {w[:-2] for w in words if w.endswith(("'s", "\u2019s"))}


def _label(m: re.Match[str]) -> str:
    groups = ("md", "br", "vt", "chat", "cong", "hearing", "qa", "name")
    raw = next(_group(m, g) for g in groups if _group(m, g))
    return " ".join(raw.split()).strip(" .:")


def is_stage_direction(text: str, *, in_speech: bool = True) -> bool:
    """``(APPLAUSE)``, ``[inaudible]``: a bracketed note of a sound or an action. Inside
    speech, any short all-capitals note counts too (``[END OF TRANSCRIPT]``); at the
    start of a paragraph that could be a label (``[LESTER HOLT]``)."""
    inner = text.strip("*_")[1:-1].strip()
    words = inner.lower().replace(",", " ").split()
    return bool(words) and (
        any(w in _STAGE_WORDS for w in words) or (in_speech and inner.isupper() and len(words) <= 4)
    )


def split_turns(text: str) -> list[Segment] | None:
    """Turn (and stage-direction) segments, or None when ``text`` is not a transcript."""
    if (script := split_screenplay(text)) is not None:
        return script
    headers = _headers(text)
    fields = Counter(_field(text, p.start(), p.end()) for p in _PARAGRAPH.finditer(text))
    recurring = frozenset(f for f, n in fields.items() if f in _SPEAKING_FIELDS and n > 1)
    lone_names = _lone_names(text)
    marked_lone = _marked_names(text, lone_names)
    asked = _bold_questions(text)
    spaced = _spaced_labels(text)
    labels: list[_Label] = []
    marked = 0  # labels of a form prose does not use
    unlabelled = 0
    examiner = ""  # the lawyer of the last "BY MR. HALE:" header, who asks the Qs
    witnesses: list[tuple[int, int, str]] | None = None  # read when a Q, A or THE WITNESS comes
    hearing: bool | None = None  # read when an indented mixed-case label comes
    witness, called = "", 0  # the witness on the stand; how many mentions are decided
    pending: list[_Label] = []  # no-speech lines in a turn: narration unless speech follows
    held: list[_Label] = []  # rules with speech below: narration if no label follows
    spoke = False  # whether a speaker's label has come yet
    said = False  # whether one has said a sentence yet ("Project: Pharmacy app" says none)
    voiced: set[str] = set()  # the labels spoken so far, in lower case
    cues: dict[int, tuple[str, bool]] = {}  # label start -> (its cue, whether described)
    captioned = _captioned(text)
    unmarked = False  # whether the last name alone on its line has no mark
    below_name = -1  # where the speech below the last name alone on its line starts
    numbered = _numbered(text)
    closing_from = _closing_tail(text)
    spaced_names: set[str] | None = None  # labels with a space after them, once needed
    common: set[str] | None = None  # the words the text writes in lower case, once needed
    emailed = _email_headers(text) if "rom:" in text else frozenset()
    for para in _PARAGRAPH.finditer(text):
        if para.start() in headers and not (said or voiced & _HEADER_ROLES):
            # "Interviewer: Tom Baker" above the transcript names, not speaks; once
            # "Narrator: Okay" or "Dispatcher: 911 what's the address" has spoken,
            # "Narrator: Esperanza Ruelas" or "Caller: Maria Lopez" answers
            continue
        if para.start() in emailed:  # "From: Jo Ray <jo@x.org>": a mail's header, narration
            held = _decided(labels, pending)
            labels.append(_Label(para.start(), para.end(), "", speaks=False))
            continue
        start = para.start()
        if numbered and (number := _LINE_NUMBER.match(text, start)):
            start = number.end()  # "12   Q.  Where were you?": the label after the number
        by = _EXAMINER.match(text, start)
        if by or (
            start not in spaced
            and _no_speech(text, start, para.end(), spoke, recurring, para.start() >= closing_from)
        ):
            label = _Label(start, para.end(), "", speaks=False)
            examiner = (by["who"] or by["from"]) if by else examiner
            # in a turn, "Dear Friends:" or "---" is narration only if no speech follows;
            # "Call participants:" heads a list, not speech; "OWEN PARRY," the oath's lines
            listed = _field(text, start, para.end()) and para.group().rstrip("*_ \t").endswith(":")
            sworn = _SWORN_NAME.match(text, start, para.end()) is not None
            if spoke and not (by or listed or sworn):
                pending.append(label)
                continue
            held = _decided(labels, pending)
            labels.append(label)
            continue
        direction = _STAGE.match(text, start + _lead(text, start))
        if direction and is_stage_direction(direction.group(), in_speech=False):
            start = _lstrip(text, direction.end(), para.end())  # "[Applause] TRUMP: Hi."
        if start in asked:  # "**Why did you resign?**", the answer below
            held = _decided(labels, pending)
            labels.append(_Label(start, start, asked[start]))
            spoke = True
            marked += 1
            continue
        if start in lone_names:
            held = _decided(labels, pending)
            if not lone_names[start]:  # a listed participant: narration
                labels.append(_Label(start, para.end(), "", speaks=False))
                continue
            below_name = _lstrip(text, para.end(), len(text))
            labels.append(_Label(start, below_name, lone_names[start]))
            spoke = True
            name_line = _NAME_LINE.match(text, start)
            unmarked = (
                name_line is not None
                and not _hansard_marked(name_line)
                and lone_names[start] not in marked_lone
            )
            continue
        if captioned and _BARE_CC.match(text, start, para.end()):
            # ">>" with no name: someone else speaks, unnamed; narration, not the last
            # speaker's words
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        m = (
            None  # a message's first line below its writer's name: "Question: why?"
            if start == below_name
            else spaced.get(start)
            or _LABEL.match(text, start)
            or _lone_label(text, start, para.end())
        )
        if m is not None and _group(m, "cc") and not captioned:
            m = None  # ">> Anna:" quotes a mail; ">> MORE:" is a wire's kicker
        if (
            m is None
            and unmarked
            and labels[-1].start in lone_names
            and _BLANK_LINE.search(text, labels[-1].end, start)
        ):
            # a paragraph of its own after an unmarked name's speech: the narrator's
            # ("Ten years later we caught up again.")
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        if m is None and (tight := _TIGHT_LABEL.match(text, start)):
            if spaced_names is None:
                spaced_names = set(_SPACED_NAME.findall(text))
            m = tight if tight["name"] in spaced_names else None
        if m is None and _CHAT_LINE.match(text, start) and _chat_export(text):
            # "[12/03/2024, 14:02] Gwen added Bea": a chat's system line, no one's words
            # (elsewhere a date and time may be read out: "a call at:" / "12/03/2024, 23:14")
            held = _decided(labels, pending)
            labels.append(_Label(start, para.end(), "", speaks=False))
            continue
        if m is None:
            unlabelled += start < para.end() and not para.group().isspace()
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        name = _label(m)
        if _group(m, "name") and _PAREN_NAME.match(text, m.end("name")):
            common = lower_words(text) if common is None else common
            name = _named_in_parens(text, m, common) or name
        if _group(m, "hearing") and hearing is None:
            hearing = _HEARING_MARK.search(text) is not None
        if spoke and name.lower() in _EDITORIAL and _group(m, "name"):
            # "Important: we lost audio here." between turns: the transcriber's note,
            # narration unless speech goes on below it
            pending.append(_Label(start, para.end(), "", speaks=False))
            continue
        if (
            name.lower() in _EDITORIAL
            or (_group(m, "hearing") and not hearing)  # "Mr. Hale." opening a letter's paragraph
            or _headline(text, para.start(), m.end(), para.end())
            or (_group(m, "qnum") and not _questioner(name))
        ):
            unlabelled += 1
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        if _group(m, "name") and _DESC_COMMA.match(text, m.end("name")) and not _titled(m):
            unlabelled += 1  # "Instead, Matthews, MSNBC's host:" is prose
            held = _speech_goes_on(text, start, para.end(), pending, held)
            continue
        held = _decided(labels, pending)
        if name and not (_group(m, "br") and is_stage_direction(f"[{name}]", in_speech=False)):
            if name in ("Q", "A") or name.upper() in _EXAMINATION_SIDES:
                witnesses = _witnesses(text) if witnesses is None else witnesses
                # each mention is decided once, when the loop has passed it
                while called < len(witnesses) and witnesses[called][0] < start:
                    where, until, who = witnesses[called]
                    if _heading_at(text, where, until) or not _in_turn(text, labels, where):
                        witness = who
                    called += 1
                name = _examined(name, examiner, witness)
            spoke = True
            said = said or _FIELD_END.search(para.group()) is not None
            voiced.add(name.lower())
            labels.append(_Label(start, _lstrip(text, m.end(), len(text)), name))
            marked += _unlike_prose(m)
            cues[start] = _cue(text, m)
    labels.extend(held + pending)  # "---" then "*Recorded live.*" ends the transcript
    if not marked and len(set(cues.values())) == len(cues):
        # no label unlike prose and none coming back: "Name, Title:" lines are a credit
        # list, a wire roundup or a cast list, and their descriptors make no labels
        described = {at for at, cue in cues.items() if cue[1]}
        unlabelled += len(described)
        labels = [label for label in labels if label.start not in described]
    labels = _title_fields(text, labels)
    spoken = [label for label in labels if label.speaks]
    if not _is_transcript(text, spoken, marked, unlabelled):
        return None
    intro = text[: spoken[0].start]
    in_intro = [m for at, m in headers.items() if at < spoken[0].start]
    names = _canonical_names([label.name for label in spoken], intro, in_intro)
    turns: dict[str, list[str]] = {}  # each label's turns, for "This is June Takahashi"
    for label, after in zip(spoken, [*spoken[1:], None], strict=True):
        turns.setdefault(label.name, []).append(
            text[label.end : after.start if after else len(text)]
        )
    names.update(_roles_named(turns, intro, names))
    names.update(_pronoun_named(turns, intro))
    staff = _staff(intro)  # "THE HARBOR REVIEW:" asks as "The Harbor Review's Marcus Wendt"
    names.update(
        {
            label: staff[key]
            for label in turns
            if (key := label.lower()) in staff and _body(key, intro)
        }
    )
    # full names from the header and the narration lines, not from what speakers say
    headed = (text[label.start : label.end] for label in labels if not label.speaks)
    narration = intro + "\n".join(headed)
    fuller = full_names(set(names.values()), narration, text)
    names = {label: fuller.get(name, name) for label, name in names.items()}
    segments: list[Segment] = []
    # (a line's number, in a numbered transcript, is no part of the turn above it)
    bounds = [
        text.rfind("\n", 0, label.start) + 1 if numbered else label.start for label in labels[1:]
    ] + [len(text)]
    previous = ""  # the last speaker other than a chorus
    for label, bound in zip(labels, bounds, strict=True):
        if not label.speaks:
            continue  # a header, an examination header, a closing line: narration
        start = label.start + _lead(text, label.start)
        end = _rstrip(text, start, bound)
        rest = end
        if _chorus(label.name) and previous:
            # "Hon. Members: Hear, hear!" interrupts; the paragraphs below are the
            # interrupted speaker's again
            line_end = text.find("\n", label.end, end)
            end = end if line_end < 0 else _rstrip(text, start, line_end)
        else:
            previous = names[label.name]
        turn = Segment(
            names[label.name],
            "turn",
            start,
            end,
            cue=text[start : label.end].strip(),
            head=label.end - start,
        )
        segments.extend(_split_stage_directions(text, turn))
        resumed = _lstrip(text, end, rest)
        if resumed < rest:
            segments.extend(_split_stage_directions(text, Segment(previous, "turn", resumed, rest)))
    return segments


_FIELD_END = re.compile(r"[.?!][\"\u201d\u2019]?\s*$")  # a sentence, not a quoted title


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
            out.append(label)  # "Lester Holt:" once, then "HOLT:": one speaker
            continue
        line_end = text.find("\n", label.start) % (len(text) + 1)
        if (
            label.speaks
            and label.end < line_end
            and _field_like(text, label, line_end)
            and not _among_turns(text, label, line_end, speakers)
        ):
            label = replace(label, speaks=False)
        out.append(label)
    return out


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
    if _FIELD_END.search(rest):
        return False
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


# The last word of a label for many voices at once, who interject and do not hold the
# floor: "Hon. Members", "SEVERAL SENATORS", "AUDIENCE", "PROTESTERS".
_CHORUS = frozenset(
    "members voices senators representatives delegates protesters protestors several "
    "audience crowd supporters everyone all".split()
)


def _chorus(name: str) -> bool:
    return name.split()[-1].lower() in _CHORUS


# Header fields of a transcript's title block, and the lists under them: speakers only
# where they name a person and recur once turns have begun (``_SPEAKING_FIELDS``).
_FIELDS = frozenset(
    (
        "date time place location venue site setting room study speakers witnesses appearances "
        "present attendees "
        "participants panelists panellists transcriber length duration contents subject topic "
        "program programme episode aired recorded collection guests hosts producer producers "
        "interviewers interviewees absent excused recorder caption super chyron "
        "title transcript staff presiding language representation respondents"
    ).split()
) | {
    "also present",
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
_FIELD = re.compile(rf"{_S}*(?:\*\*)?(?P<field>[A-Za-z][A-Za-z'\u2019 ]{{1,30}}?)(?:\*\*)?{_S}*:")
# Marks that end a transcript or open an examination: narration.
_MARK = re.compile(
    rf"""{_S}*(?:
        (?:(?:END|THE{_S}END)(?:{_S}+[\d:.]+{_S}*[AaPp]\.?[Mm]\.?(?:{_S}+[A-Z]{{2,4}})?)?
            |ENDS|END{_S}OF{_S}(?:RECORD|TRANSCRIPT|INTERVIEW|TAPE)        # ENDS, END OF RECORD
            |[-\u2013\u2014]*{_S}*(?i:end{_S}+of{_S}+(?:recording|transcript|interview))  # — End of
              \.?{_S}*[-\u2013\u2014]*                                      # transcript —
            |(?:{_TIME}{_S}+)?(?:INTERVIEW|RECORDING|TAPE){_S}+  # 14:51 INTERVIEW SUSPENDED
              (?:SUSPENDED|RESUMED|CONCLUDED|TERMINATED|PAUSED|STOPPED)
            |\d{{1,2}}[:.]\d{{2}}{_S}*[AaPp]\.?[Mm]\.?(?:{_S}+[A-Z]{{2,4}})?  # 2:06 P.M. EDT
            |\#{{1,3}}|[-\u2013\u2014]{_S}?30{_S}?[-\u2013\u2014]  # ###, -30-, — 30 —
            |[-*_=]{{3,}}[/\\]?|\*(?:{_S}*\*){{2,}})  # ---, * * *
      | (?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|RE-DIRECT|RE-CROSS)(?:{_S}|-)*)*
            EXAMINATION(?:{_S}*\([^)\n]*\))?                                # DIRECT EXAMINATION
    ){_S}*$""",
    re.VERBOSE | re.MULTILINE,
)
# Lines that close a transcript or say how it was made: narration only in the run of
# such lines that ends the text (a speaker may say "Copyright protection is vital").
# Words of a note about the text or its writer ("*This interview was condensed.*",
# "*Editor's note: ...*", "*Ana Roy covers ...*"), which a recited italic line lacks.
_ABOUT_THE_TEXT = (
    r"(?i:edit\w*|condens\w*|transcri\w*|appear\w*|contribut\w*|report\w*|note"
    r"|interview\w*|story|article|conversation|episode|podcast|publish\w*|available"
    r"|originally|translat\w*|record\w*|clarity|length|produc\w*)\b"
)
# A writer's line: "*Ana Roy covers the city. Reach her at ana@example.org.*" (not a
# recited "*Follow the money*" or "*Reach for the next play*")
_WRITER = re.compile(
    rf"[A-Z][\w'\u2019\-]*{_S}+covers\b|\w+@\w+\.\w"
    rf"|\b(?i:reach|contact|follow|email|e-mail)(?:{_S}+(?i:her|him|them|us|me))?"
    rf"{_S}+(?i:at|on|via)\b"
)
_ITALIC = re.compile(rf"{_S}*(?:\*[^*\n]{{10,400}}\*|_[^_\n]{{10,400}}_){_S}*$", re.MULTILINE)
# An italic note about the text ("*This conversation was condensed for clarity.*")
_ITALIC_NOTE = re.compile(rf"(?=[^\n]*\b{_ABOUT_THE_TEXT})" + _ITALIC.pattern, re.MULTILINE)
_CLOSING = re.compile(
    rf"""{_S}*(?:
        (?i:copyright|\u00a9|\(c\){_S}\d)[^\n]*                           # Copyright 2025
      | (?:[A-Z][\w.\-]*{_S}+){{0,3}}(?i:transcribed|transcription|transcript)
            {_S}+(?i:by|provided|produced)[^\n]*                            # Transcript by
      | [*_]*(?:This|The){_S}+(?i:interview|transcript|conversation|article|episode|segment
            |discussion|exchange|panel|q&a){_S}+(?:has{_S}+been|have{_S}+been|was|is|were)
            {_S}+(?:\w+{_S}+){{0,3}}?(?i:edited|condensed|produced|transcribed|prepared
            |abridged|recorded|translated)\b[^\n]*                        # ... edited
      | [*_]*A{_S}+version{_S}+of{_S}+this[^\n]*                          # ... appears in print
    ){_S}*$""",
    re.VERBOSE | re.MULTILINE,
)


def _closing_line(text: str, start: int, end: int) -> bool:
    """Whether a line closes a transcript or says how it was made: a closing line, a
    writer's italic line, or an italic note about the text after no speaker's colon (a
    line recited after "the words on my desk:" is the speaker's)."""
    if _CLOSING.match(text, start, end):
        return True
    if not _ITALIC.match(text, start, end):
        return False
    if _WRITER.search(text, start, end):
        return True
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return text[before - 1 : before] != ":" and _ITALIC_NOTE.match(text, start, end) is not None


# Court formalities, in a court's wording ("Thereupon,", "having been first duly sworn"):
# narration like a mark ("Director Wray was sworn in and testified" is speech).
_FORMALITY = re.compile(
    rf"""{_S}*(?:
        (?i:thereupon|whereupon),?                                         # Thereupon,
      | (?=[^\n]*\b(?i:sworn|affirmed)\b)(?:[A-Z][A-Z.'\-]*(?:{_S}+[A-Z][A-Z.'\-]*){{0,4}},{_S}*)?
            (?i:having{_S}+been|who,?{_S}+having|(?:the{_S}+)?witness)[^\n]*     # ... duly sworn
      | (?:[A-Z][\w.'\-]*{_S}+){{1,5}}\((?i:sworn|affirmed)\)                    # NAME (affirmed)
    ){_S}*$""",
    re.VERBOSE | re.MULTILINE,
)
# A hearing's heading above a statement, in capitals ("STATEMENT OF HON. JANE ROE, U.S.
# SENATOR", "STATEMENT OF JO ROE, Ph.D."; no lower-case word, as a wrapped speech line
# has), and the line of capitals it wraps onto
_STATEMENT_OF = re.compile(
    rf"{_S}*(?:[A-Z]+{_S}+){{0,2}}STATEMENT{_S}+OF{_S}+[A-Z](?![^\n]*\b[a-z]{{2}})[^\n]*$", re.M
)
_CAPS_LINE = re.compile(r"[^a-z\n]*[A-Z][^a-z\n]*$", re.M)


def _statement_heading(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``..``end`` is a hearing's statement heading or its
    wrapped tail (a line in capitals below one)."""
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1  # the line above
    if _STATEMENT_OF.match(text, start, end):  # set apart, not a wrapped line
        return start == 0 or text[start] in " \t" or not text[above : start - 1].strip()
    return bool(
        start and _CAPS_LINE.match(text, start, end) and _STATEMENT_OF.match(text, above, start - 1)
    )


# The witness's name on its line before the oath ("PATRICIA OSTERBERG," then "having been
# first duly sworn"): only with the oath below, since a line of capitals ending in a
# comma may be speech ("MY FELLOW AMERICANS,").
_SWORN_NAME = re.compile(rf"{_S}*[A-Z][A-Z'\-]+(?:{_S}+[A-Z][A-Z.'\-]*){{1,4}},{_S}*$")
# the oath on the line below, or wrapped to the next ("called as a witness ..., having
# been duly" / "sworn, testified as follows:")
_OATH_BELOW = re.compile(r"\n[^\n]*(?:\n[^\n]*)?\b(?i:sworn|affirmed)\b")
# Who asks, after "Questions from": a person, by title ("MS PARRY", "Mr Hale") or in
# capitals ("ANNA PARRY"), not a group ("Questions from Residents").
_EXAMINING = (
    rf"(?:(?i:mr|mrs|ms|miss|dr|sir|dame|lord|lady|judge|coroner)\.?{_S}+{_NAME}"
    rf"|[A-Z][A-Z'\-]+(?:{_S}+[A-Z][A-Z.'\-]*)+)"
)
# "BY MR. HALE:": the lawyer who examines the witness from here on.
# (an English inquest's heading: "Questions from MS PARRY")
_EXAMINER = re.compile(
    rf"{_S}*(?:(?:BY|By){_S}+(?P<who>{_NAME}):"
    rf"|(?i:questions{_S}+from|questioned{_S}+by|(?:cross-|re-)?examined{_S}+by){_S}+(?P<from>{_EXAMINING}):?"
    rf"(?:{_S}*\([^()\n]*\))?){_S}*$",
    re.MULTILINE,
)
# Who testifies: "DEPOSITION OF PATRICIA OSTERBERG", "PATRICIA OSTERBERG, having been
# first duly sworn".
_WITNESS = re.compile(
    rf"(?i:deposition|testimony|examination){_S}+(?i:of){_S}+(?P<who>{_NAME})"
    # (the oath on the name's line, or the name alone and the oath on one of the two lines
    # below, no other name's between: "Thereupon," above "PATRICIA OSTERBERG," is none)
    rf"|^{_S}*(?:\d{{1,2}}{_S}+)?(?P<sworn>{_NAME}),(?:[^\n]*?|{_S}*"
    rf"(?:\n(?!{_S}*(?:\d{{1,2}}{_S}+)?{_NAME},{_S}*$)[^\n]*){{1,2}}?)\b(?i:sworn|affirmed)\b"
    rf"|^{_S}*(?P<paren>{_NAME}){_S}*\((?i:sworn|affirmed)\){_S}*$",  # "MR ASHWORTH (affirmed)"
    re.MULTILINE,
)
# Notes that fill a line of their own: "(Recess taken from 10:58 to 11:06.)",
# "[Begin Tape 1, Side A]", "00:02:22 [music]", a cue's "00:00:09.010 --> 00:00:12.300":
# procedure, not speech; so are page numbers ("Page 12"), a court transcript's running
# heads ("Osterberg - Direct") and the Congressional Record's "{time}  1415".
_CUE_TIME = r"\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}"
_NOTE_LINE = re.compile(
    rf"^{_S}*(?:\d{{1,2}}{_S}+)?{_TIMESTAMP}(?:\*{{1,2}}|_{{1,2}})?(?:\([^()\n]{{2,200}}\)|\[[^\[\]\n]{{2,200}}\]"
    rf"|\{{[^{{}}\n]{{2,40}}\}}[^\n]{{0,20}}|(?i:page{_S}+)?\d{{1,4}}"
    rf"|[A-Z][\w'\-]+{_S}+-{_S}+(?i:direct|cross|redirect|recross)\b[^\n]{{0,40}}"
    rf"|{_CUE_TIME}{_S}+-->{_S}+{_CUE_TIME}[^\n]{{0,60}}"  # a WebVTT or SRT cue's timing
    # a chat's reactions and thread counts: ":eyes: 3 :+1: 2", "3 replies", "Last reply 10:20 AM"
    rf"|(?::[\w+\-]{{1,40}}:{_S}*\d{{1,4}}{_S}*)+|\d{{1,4}}{_S}+repl(?:y|ies)"
    # (a time or a day after it, as a chat prints: "Last reply came in May." is speech)
    rf"|Last{_S}+reply{_S}+(?:\d|(?i:today|yesterday)\b|[A-Z][a-z]+day\b)[^\n]{{0,25}}(?<![.!?])"
    # a Westminster record's interjection: "Mr Holloway interjecting—"
    rf"|(?:{_HOUSE_MEMBERS}{_S}+|(?:[A-Z][\w'\-.]*{_S}+){{1,3}})interjecting{_S}*[\u2014\u2013\-]*)"
    rf"(?:\*{{1,2}}|_{{1,2}})?{_S}*$",
    re.MULTILINE,
)
# A time alone on its line ("0:07", between a video's captions): a note only in a text
# with several (see ``_timed``); one alone may be a wrapped sentence's ("began at / 6:00").
_BARE_TIME = re.compile(rf"^{_S}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_S}*$", re.MULTILINE)
_BARE_TIMES_MIN = 3


@functools.lru_cache(maxsize=4)
def _timed(text: str) -> bool:
    """Whether ``text`` has several times alone on their lines, as captions do."""
    return any(i >= _BARE_TIMES_MIN - 1 for i, _ in enumerate(_BARE_TIME.finditer(text)))


# A cue's identifier, the line above its timing ("3f2a9c1e-7b44/19-0"); read only in a
# text with cues
_CUE_ID = re.compile(rf"^{_S}*\S[^\n]{{0,80}}(?=\n{_S}*{_CUE_TIME}{_S}+-->)", re.MULTILINE)
# A heading line of a few Title Case words ending in a colon, a blank line below:
# "Questions & Answers:".
_HEADING = re.compile(
    rf"{_S}*[A-Z][\w'&\-]*(?:{_S}+(?:[A-Z][\w'&\-]*|&|and|of|the|for)){{1,4}}:{_S}*(?:\n{_S}*\n|$)"
)
# A name alone on its line, speech on the next (Hansard): "Rhys Morgan (Brecon Hills)
# (LD)", "The Secretary of State for Transport (Abigail Frost)", "Mr Speaker".
# So does a transcription tool's or a chat's: "Ben - 00:21" (Fireflies), "Gwen Osei  10:02
# AM" (Slack), and an earnings call's "Dana Kersh -- Chief Executive Officer", which may
# have a blank line below. Hansard numbers a question on its asker's first line: "1. Rhys
# Morgan (Brecon Hills) (LD)".
_DASHED = (
    rf"(?:{_S}+(?:--?|[\u2013\u2014]){_S}+[A-Z][\w&'.\-]*(?:,?{_S}+{_TITLE_WORD}){{0,6}}){{1,3}}"
)
_NAME_LINE = re.compile(
    rf"{_S}*(?P<number>\d{{1,3}}\.{_S}+(?=[^\n]*\())?(?:The{_S}[^\n()]{{1,60}}\((?P<inner>{_NAME})\)"
    # a surname first before a time, as Teams lists people: "Greer, Tamsin  1:02"
    rf"|(?P<last>{_CAP_WORD}),{_S}+(?P<given>{_CAP_WORD})(?={_S}+\d)"
    rf"|(?P<name>{_NAME}|{_ROLE_LABEL}))"
    rf"(?:{_S}*\([^()\n]{{1,60}}\))*(?P<dashed>{_DASHED})?"
    rf"(?:{_S}+(?:APP|BOT)(?={_S}+\d))?"  # a chat's app or bot: "PagerDuty  APP  10:00 AM"
    rf"(?P<time>{_S}+(?:-{_S}+)?\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?(?:{_S}*[AaPp]\.?[Mm]\.?)?)?"
    rf"{_S}*\n(?P<blank>{_S}*\n)?(?={_S}*\S)"
)
_NAME_LINE_MAX = 120  # characters of a name with constituency, party and a time
_SENTENCE = re.compile(r"[.?!\"\u201d\u2019]\s*$|(?:\S+\s+){3}\S")


# The number a court reporter puts at the start of each line: "12   A.  No.", or with
# its page, as an excerpt of a deposition cites it: "14:7   A.  No."
_LINE_NUMBER = re.compile(rf"{_S}*(?:\d{{1,4}}:)?\d{{1,2}}{_S}+(?=\S)")
_NUMBERED_SHARE = 0.6  # of the non-empty lines, for a document to be line-numbered
_NUMBERED_MIN = 5


_COURT_LINE = re.compile(rf"(?:[QA][.:]|THE{_S}+(?:COURT|WITNESS)\b|[^\n]*\b(?i:sworn|affirmed)\b)")
_WRAPPED_SHARE = 0.2  # of the numbered lines, unlabelled (wrapped speech), in court


def _numbered(text: str) -> bool:
    """Whether most lines open with a line number, as court transcripts print them: with
    Q and A, an oath or wrapped speech, not a list of "1 Arsenal: Beat Chelsea." lines."""
    lines = [line for line in text.split("\n") if line.strip()]
    rests = [line[m.end() :] for line in lines if (m := _LINE_NUMBER.match(line))]
    if len(rests) < _NUMBERED_MIN or len(rests) < _NUMBERED_SHARE * len(lines):
        return False
    wrapped = sum(1 for rest in rests if not _LABEL.match(rest))
    return wrapped >= _WRAPPED_SHARE * len(rests) or any(map(_COURT_LINE.match, rests))


# characters: a longer paragraph is read as no closing line or formality (they are
# short), which spares the regex runs on most paragraphs of speech
_NO_SPEECH_MAX = 240


def _field(text: str, start: int, end: int) -> str:
    """The header field that opens the paragraph ("date" of "DATE: May 2"), or ""."""
    m = _FIELD.match(text, start, end)
    word = m.group("field").strip().lower() if m else ""
    return word if word in _FIELDS else ""


def _no_speech(
    text: str, start: int, end: int, in_turn: bool, labels: frozenset[str], closing: bool
) -> bool:
    """A paragraph no one speaks: a header field and the list under it ("WITNESSES:",
    "Date: 14 May 2019"), a closing line ("END", "Copyright 2025 ..."), a court formality
    ("DIRECT EXAMINATION", "Thereupon,") or a heading ("Questions & Answers:").
    ``in_turn``: whether a speaker's turn has begun; ``labels``: the field words that
    open more than one paragraph, speakers once a turn has begun ("SUBJECT:", "PRODUCER:");
    ``closing``: whether nothing but closing lines and notes follow to the end."""
    field = _field(text, start, end)
    if field:
        return not (in_turn and (field in labels or field in _OPENING_FIELDS))
    if end - start > _NO_SPEECH_MAX or _LABEL.match(text, start, end):
        return False  # speech ("Q. You were sworn and testified ...?" is a question)
    if _SWORN_NAME.match(text, start, end):
        return _OATH_BELOW.match(text, end) is not None
    if (
        _MARK.match(text, start, end)
        or _FORMALITY.match(text, start, end)
        or _HEADING.match(text, start)
        or _statement_heading(text, start, end)
    ):
        return True
    return _closing_line(text, start, end) and (closing or not in_turn)


def _decided(labels: list[_Label], pending: list[_Label]) -> list[_Label]:
    """A label comes: the no-speech lines ``pending`` above it are narration, and the
    rules ``held`` in the speech above it were the speaker's. The new ``held``."""
    labels.extend(pending)
    pending.clear()
    return []


def _speech_goes_on(
    text: str, start: int, end: int, pending: list[_Label], held: list[_Label]
) -> list[_Label]:
    """Unlabelled speech after no-speech lines in a turn ("Dear Friends:", "---"): they
    are the speaker's, so ``pending`` is emptied, but a rule or an END among them is
    ``held``, narration if no label comes till the end. A note ("(Applause.)") decides
    nothing. The new ``held``."""
    if _BRACKETED.fullmatch(text, start, end):
        return held
    marks = [label for label in pending if _MARK.match(text, label.start, label.end)]
    pending.clear()
    return held or marks


def _closing_tail(text: str) -> int:
    """Where the run of closing lines, marks and notes that ends the text begins (a
    speaker's last words may be "Copyright protection is vital"), or past the end."""
    tail = len(text) + 1
    for para in reversed(list(_PARAGRAPH.finditer(text))):
        start, end = para.start(), para.end()
        if para.group().isspace():
            continue
        if end - start > _NO_SPEECH_MAX or not (
            _closing_line(text, start, end)
            or _MARK.match(text, start, end)
            or _NOTE_LINE.match(text, start, end)
            or (_BARE_TIME.match(text, start, end) and _timed(text))
        ):
            break
        tail = start
    return tail


# A question alone on its line, all in bold: "**Why did you resign?**"
_BOLD_QUESTION = re.compile(rf"^{_S}*(?:\*\*|__)[^*_\n]{{2,300}}\?(?:\*\*|__){_S}*$", re.MULTILINE)
_BOLD_QUESTIONS_MIN = 3


def _bold_questions(text: str) -> dict[int, str]:
    """A Q&A laid out as bold questions, each answered by the plain paragraphs below it,
    after an introduction that says it is an interview ("The conversation has been
    edited"; an FAQ's bold questions are nobody's): paragraph start -> "Q" or "A"."""
    # a bold line opening with a label ("**KARA SWISHER: Why ...?**") is the label rules'
    found = [m for m in _BOLD_QUESTION.finditer(text) if not _LABEL.match(text, m.start())]
    if len(found) < _BOLD_QUESTIONS_MIN:
        return {}
    intro = text[: found[0].start()]
    if not _INTERVIEW_WORD.search(intro) or not _interviewee_named(intro):
        return {}
    out: dict[int, str] = {}
    for m in found:
        out[_lstrip(text, m.start(), m.end())] = "Q"
        answer = _lstrip(text, m.end(), len(text))
        if answer < len(text) and not (
            _BOLD_QUESTION.match(text, answer) or _LABEL.match(text, answer)
        ):
            out[text.rfind("\n", 0, answer) + 1] = "A"
    return out


# "spoke with master gardener Lena Ortiz": the one interviewed, after a few lower-case words
_WITH_NAME = re.compile(
    rf"\b(?P<verb>(?i:spoke|spoken|speaks|talked|talks|sat{_S}+down)(?:{_S}+\w+)?{_S}+)?"
    rf"(?:with|to){_S}+(?:[a-z][\w\-]*{_S}+){{0,3}}(?P<who>[A-Z][a-z'\u2019\-]+"
    rf"(?:{_S}[A-Z][a-z'\u2019\-]+){{1,2}})\b"
)


def _interviewee_named(intro: str) -> bool:
    """Whether an interview's introduction names whom it questions: someone it names
    twice ("Mara Solis ... Solis, 58"), or a full name after "spoke with" ("we spoke
    with master gardener Lena Ortiz") or a person's after "with" (a known given name,
    no body word); an FAQ's "your interview with Northwind Traders" names no one."""
    return bool(_most_named(intro, "")) or any(
        m["verb"] or _person_named(m["who"]) for m in _WITH_NAME.finditer(intro)
    )


def _person_named(name: str) -> bool:
    """Whether a full name is a person's: a known given name first, no body word."""
    words = name.lower().split()
    return first_name_known(words[0]) and not any(w in _NOT_PERSON for w in words)


# A sentence that reports on someone rather than speaking: a third-person subject
_REPORTED = re.compile(rf"{_S}*(?:She|He|They|His|Her|Their){_S}")


def _lone_names(text: str) -> dict[int, str]:
    """Where names stand alone on their lines above speech, when the document is laid
    out so (see ``_recurring``) and most of them carry a mark of a transcript (a
    constituency or party in parentheses, "The Secretary of State for ... (Name)", "Mr",
    "Hon", a time, a dashed title), or, unmarked, full names that each come back above
    speech on the very next line (a podcast's): start -> name. News subheads ("Joe Biden"
    above a reporter's summary, a team's name above its recap) carry none and do not come
    back. A name that comes back bare after a marked line counts as marked, as Hansard
    prints a member's constituency and party the first time only."""
    found: dict[int, str] = {}
    spaced: dict[int, str] = {}  # unmarked names above a blank line: subheads or turns
    listed_at: list[int] = []  # titled names one under another: a list of participants
    listed_to = -1  # where the line below the last listed one starts
    untold: set[int] = set()  # name lines with no sentence's end on the line below
    personal = 0  # name lines whose speech says "I", "we" or "you"
    headed = 0  # name lines under a section's title ("Immigration", then "Joe Biden")
    marks = 0
    marked_names: set[str] = set()  # Hansard marks a member's first line only
    reported: set[int] = set()  # bare name lines above "She has promised ...": about them
    clocked = 0  # name lines whose only mark is a clock time: a chat's, or a programme's
    chatty = 0  # name lines whose message talks: "I", "we", "you", lower case, a question
    plain = True  # every name line unmarked, its speech on the next line
    for para in _PARAGRAPH.finditer(text):
        if para.end() - para.start() > _NAME_LINE_MAX:
            continue  # most paragraphs, read without a regex run
        m = _NAME_LINE.match(text, para.start())
        if m is None:
            continue
        below = _lstrip(text, m.end(), len(text))
        following = text[below : text.find("\n", below) % (len(text) + 1)]
        label = _LABEL.match(following)
        # (a name line needs a line below it: "x" stands for one)
        listed = m["dashed"] and (_NAME_LINE.match(f"{following}\nx") or para.start() == listed_to)
        if listed:
            listed_at.append(para.start())  # "Call participants:" and its titled names
            listed_to = below
            continue
        if _NAME_LINE.match(following + "\n") or (
            label and not label["br"] and not (m["time"] or m["dashed"])
        ):
            # a list of names; "[Operator instructions]" below is no label, and below a
            # time or a title, "Question: what about the budget?" is the message's
            continue
        if m["blank"] and not m["dashed"]:
            spaced[para.start()] = m.group("name") or ""
            continue
        if not (m["time"] or _SENTENCE.search(following)):
            continue  # "Hansard" above "12.36 pm": a title block; a chat's lines are short
        found[para.start()] = m["inner"] or m["name"] or f"{m['given']} {m['last']}"
        if not _FIELD_END.search(following):
            untold.add(para.start())
        personal += bool(_PERSONAL.search(following))
        headed += _subhead_above(text, para.start())
        marked = _hansard_marked(m)
        if not marked and _REPORTED.match(following) and not _PERSONAL.search(following):
            reported.add(para.start())
        marks += marked
        if marked:
            marked_names.add(found[para.start()])
        clocked += bool(marked and _CLOCK.search(m["time"] or "") and not _hansard_marked(m, False))
        chatty += bool(_PERSONAL.search(following) or _CHAT.match(following))
        plain = plain and not marked
    names = list(found.values())
    if not _recurring(names):
        return {}
    if marks and clocked == marks and 2 * chatty < len(names):
        return {}  # "Jane Doe  9:00 AM" above "Welcome and opening remarks": a programme
    # a bare repeat counts as its marked line's member only where it speaks, not where a
    # results roundup reports on the member below the name ("She has promised ...")
    if 2 * sum(n in marked_names and at not in reported for at, n in found.items()) > len(names):
        # in a call laid out with titles, a name that comes back above a blank line is
        # a turn too ("Operator"); a list of participants is narration (""), and so is a
        # one-off name above the first that comes back with no sentence below it (the
        # company's, in the title block)
        again = Counter([*names, *spaced.values()])
        found.update((at, name) for at, name in spaced.items() if again[name] > 1)
        found.update((at, "") for at in listed_at)
        first = min(at for at, name in found.items() if again[name] > 1)
        return {
            at: name
            for at, name in sorted(found.items())
            if not (at < first and at in untold and again[name] == 1)
        }
    # unmarked: people talking ("I", "you") take turns, not under sections' titles
    talk = 2 * personal >= len(names) and headed < 2
    return found if plain and talk and _conversation(names) else {}


def _marked_names(text: str, lone_names: dict[int, str]) -> frozenset[str]:
    """The names alone on their lines that are marked somewhere (a constituency, a
    title): Hansard's bare name later is the same member's, speaking at length."""
    lines = ((name, _NAME_LINE.match(text, at)) for at, name in lone_names.items())
    return frozenset(name for name, m in lines if m is not None and _hansard_marked(m))


def _conversation(names: Sequence[str]) -> bool:
    """Whether unmarked names on their lines are speakers taking turns: full names in
    Title Case with no word that names no one ("STEP ONE", "Part Two" above a list's
    items are none), each coming back."""
    counts = Counter(names)
    return all(len(name.split()) >= 2 and _may_name(name) and n >= 2 for name, n in counts.items())


_CLOCK = re.compile(r"[AaPp]\.?[Mm]\.?$")  # "10:03 AM"; "00:21" into a recording is no clock
_CHAT = re.compile(r"[a-z]|[^\n]*\?\s*$")  # a message in lower case, or a question
_PERSONAL = re.compile(r"\b(?:I|I'm|I\u2019m|I've|[Mm]y|me|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b")
_COUNTS = frozenset("one two three four five six seven eight nine ten first second third".split())


def _may_name(name: str) -> bool:
    words = name.lower().split()
    return not name.isupper() and not any(w in _NO_NAME_WORDS or w in _COUNTS for w in words)


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Hon|Sir|Dame|Lord|Lady|Baroness|Baron)\b\.?")


def _hansard_marked(m: re.Match[str], with_time: bool = True) -> bool:
    """A name line as Hansard or a transcription tool prints it: with a bracket, a time
    (unless not ``with_time``), an honorific, a role or a dashed title; a US party tag
    ("(D)", "(R-Texas)") is a news roundup's."""
    name = m.group("name") or ""
    line = m.group() if with_time or not m["time"] else m.string[m.start() : m.start("time")]
    return bool(
        m.group("inner")
        or m.group("last")  # "Greer, Tamsin  1:02": before a time
        or m.group("dashed")
        or re.search(r"[(\[](?![A-Z](?:-[A-Z][\w.]*)?\))|\d:\d", line)
        or _HONORIFIC.match(name)
        or name.split()[0].lower() in _ROLES
    )


def _witnesses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, who) of each witness called, in order: a trial calls several."""
    return [
        (m.start(), m.end(), (m["who"] or m["sworn"] or m["paren"]).strip())
        for m in _WITNESS.finditer(text)
    ]


def _heading_at(text: str, at: int, until: int) -> bool:
    """Whether the mention ``at``..``until`` is a heading line: nothing in lower case before
    it, no label, no sentence's end on the line, and the line in capitals or ending with
    the mention (a wrapped "deposition of Mark Tully before" is a question's)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at) % (len(text) + 1)
    before = text[start:at]
    return (
        before.upper() == before
        and (text[at:end].isupper() or not text[until:end].strip())
        and not re.search(r"[:.]", before)
        and not _SENTENCE_END.search(text, start, end)
    )


def _in_turn(text: str, labels: Sequence[_Label], at: int) -> bool:
    """Whether ``at`` lies in a speaker's turn, by the last label whose line starts at or
    before it."""
    i = bisect_right(labels, at, key=lambda label: text.rfind("\n", 0, label.start) + 1)
    return i > 0 and labels[i - 1].speaks


# Labels of an examination's sides besides Q and A ("Counsel:" asks, "Witness:" answers)
_EXAMINATION_SIDES = frozenset({"THE WITNESS", "WITNESS", "COUNSEL"})


def _examined(name: str, examiner: str, witness: str) -> str:
    """In court, Q (and COUNSEL) is the examining lawyer of the last "BY ...:" header, A
    (and THE WITNESS, WITNESS) the witness sworn in."""
    if (name == "Q" or name.upper() == "COUNSEL") and examiner:
        return examiner
    if (name == "A" or name.upper() in ("THE WITNESS", "WITNESS")) and witness:
        return witness
    return name


_HON = re.compile(rf"^(?:Hon|The{_S}+Hon|Honorable|The{_S}+Honorable)\.?{_S}+(?=[A-Z])")


def _roles_named(turns: dict[str, list[str]], intro: str, names: dict[str, str]) -> dict[str, str]:
    """Role labels that the introduction names ("THE VIDEOGRAPHER" after "Tomás Ibarra,
    Videographer"; "INTERVIEWER" after "Interviewer: June Takahashi"), or whose first
    turn does for a role one person holds ("INTERVIEWER: This is June Takahashi, and I'm
    here with ..."), no other turn of it naming someone else; ``turns``: each label's."""
    out: dict[str, str] = {}
    for label, said in turns.items():
        role = re.sub(r"(?i)^the\s+", "", label)
        numbered = _NUMBERED_SPEAKER.fullmatch(label) is not None
        if names.get(label, label) != label or not (
            role != label or role.lower() in _ROLES or numbered or _ROLE_NUMBERED.fullmatch(role)
        ):
            continue  # only a role ("THE VIDEOGRAPHER", "INTERVIEWER", "Speaker 1") is named so
        word = re.escape(role)
        # the bench: "THE COURT" is the judge the caption names
        # what others say and the header: a self-introduction's name said again there
        elsewhere = "\n".join(
            [intro, *(t for other, ts in turns.items() if other != label for t in ts)]
        )
        if numbered:  # "Speaker 1" is named only by its own words
            m = _self_named(role, said, elsewhere)
            if m:
                out[label] = names.get(m["who"], m["who"])
            continue
        m = _bench_named(intro) if role.lower() in _BENCH else None
        # a committee list: "WALTER BRANDT, Oregon, Chairman" (a state between)
        m = m or re.search(rf"(?P<d>{_NAME}),{_S}*[A-Z][\w.\-]*,{_S}*(?i:{word})\b", intro)
        m = m or re.search(
            rf"(?:^{_S}*(?:\*\*)?(?i:{word}):?(?:\*\*)?:?"
            # a second field after a sentence's end, its colon written ("Interviewer:
            # Ben Adler. Interpreter: Ana Ruiz."): "Host Jane Smith was away" is prose
            rf"|(?<=[a-z]\.){_S}(?:\*\*)?(?i:{word})(?::(?:\*\*)?|\*\*:)){_S}*(?P<a>{_NAME})"
            # a header field giving the role, then the name: "Camera: Officer 1, Ofc. Dan
            # Alvarez", "Call-taker: Dispatcher Renee Pell (ID 412)"
            rf"|^[^\n:]{{2,40}}:{_S}*(?i:{word}),?{_S}+(?:{_HONORIFIC}{_S}*|{_ABBREVIATED}{_S}+)?(?P<d>{_NAME})"
            rf"|(?P<b>{_NAME}),\s*(?i:the{_S}+)?(?i:{word})\b"  # (wrapped: "Jo Roe,\nChairman")
            rf"|(?P<c>{_NAME}){_S}*\((?i:the{_S}+)?(?i:{word})\)",
            intro,
            re.MULTILINE,
        )
        m = m or _self_named(role, said, elsewhere)
        who = _HON.sub("", m.group(m.lastgroup).rstrip(".")) if m else ""  # "Hon. Jo Roe"
        if who and not any(who.split()[-1].upper() in other.upper().split() for other in turns):
            out[label] = names.get(who, who)  # not "PRESIDENT MACRON"'s own name
    return out


# "The Harbor Review's Marcus Wendt": an outlet's (or a body's) person, by possessive
_POSSESSED = re.compile(
    rf"(?P<owner>[A-Z][\w&.\-]*(?:{_S}+[A-Z][\w&.\-]*){{0,5}})['\u2019]s{_S}+"
    rf"(?P<who>[A-Z][a-z'\u2019\-]+(?:{_S}[A-Z][a-z'\u2019\-]+){{1,2}})\b"
)


def _staff(intro: str) -> dict[str, str]:
    """Lower-case name of an outlet or body of two words or more -> the one person the
    introduction gives as its own ("spoke with The Harbor Review's Marcus Wendt"): the
    label of an outlet asking in a Q&A is its writer."""
    found: dict[str, set[str]] = {}
    for m in _POSSESSED.finditer(intro):
        who = m["who"].lower().split()
        if any(w in _NOT_PERSON for w in who):
            continue  # "Joe Biden's Justice Department", "Theresa May's Downing Street Years"
        words = m["owner"].lower().split()
        for i in range(len(words) - 1):  # "She spoke with The Harbor Review": any tail
            found.setdefault(" ".join(words[i:]), set()).add(m["who"])
    return {owner: next(iter(who)) for owner, who in found.items() if len(who) == 1}


def _questioner(name: str) -> bool:
    """Whether a label after a committee's question number ("Q121 Chair:", "Q122 Tom
    Bright:") names a person: a role, a titled name or a full one, not a quiz's "Q12
    Capital:"; "Q12 The Chair:" too)."""
    words = [w for w in name.split() if w.lower() != "the"] or name.split()
    first, last = words[0].lower().strip("."), words[-1].lower()
    if first in _ROLES or first in TITLES:
        return True
    return len(words) >= 2 and last not in _NOT_PERSON and first not in FUNCTION_WORDS


# Words ending a person's name as often as a body's ("Theresa May", "Emily West")
_BODY_ENDS = _NOT_PERSON - CALENDAR_WORDS - frozenset("north south east west".split())


def _body(label: str, intro: str) -> bool:
    """Whether a lower-case label names an outlet or a body ("the harbor review", "city
    council"), not a person ("taylor swift"), whose own name a possessive never changes:
    nor does it change a label the introduction names alone, as a person ("We spoke
    with Theresa May")."""
    words = label.split()
    if first_name_known(words[0]) and re.search(
        rf"\b{re.escape(label)}\b(?!['\u2019]s\b)", intro, re.IGNORECASE
    ):
        return False
    return words[0] == "the" or words[-1] in _BODY_ENDS


# Labels of the one who presides in court ("THE COURT:", "THE CORONER:"), and how a
# caption or a lede names that person ("BEFORE THE HONORABLE CLAIRE W. ABERNATHY",
# "Senior Coroner Alison Thackeray", "Common Pleas Judge Evelyn Marsh").
_BENCH = frozenset("court judge coroner magistrate".split())
# The name: two or three words, the one in the middle may be an initial, ending the
# phrase ("Judge Evelyn Marsh Denies Motion" is a headline's, no one's name).
_BENCH_NAME = (
    rf"(?P<bench>{_CAP_WORD}(?:{_S}{_CAP_WORD}){{1,2}})"
    rf"(?={_S}*(?:[,;:)]|$|\.{_S}*$)|{_S}+(?:[a-z]|(?i:presiding)\b))"
)
_BEFORE_THE_BENCH = re.compile(
    rf"(?i:before){_S}+(?i:the{_S}+)?(?i:honorable|honourable|hon\.?)(?:{_S}+(?i:judge))?"
    rf"{_S}+{_BENCH_NAME}",
    re.MULTILINE,
)
_BENCH_TITLED = re.compile(
    rf"\b(?:Judge|JUDGE|Coroner|CORONER|Magistrate|MAGISTRATE){_S}+{_BENCH_NAME}", re.MULTILINE
)
_HON_JUDGE = re.compile(
    rf"\b(?:Hon\.|HON\.|Honou?rable|HONOU?RABLE){_S}+(?P<bench>{_CAP_WORD}(?:{_S}{_CAP_WORD}){{1,2}}),"
    rf"{_S}*(?:Judge|JUDGE|Justice|JUSTICE|Magistrate|MAGISTRATE|Coroner|CORONER)\b"
)
# "Appeal from the ruling of Judge Thomas Reed": a judge below, not the bench heard
_RULING_OF = re.compile(
    r"(?i:ruling|order|decision|judgment|judgement|opinion|sentence)\s+(?i:of|by)\s+$"
)


def _bench_named(intro: str) -> re.Match[str] | None:
    """The judge or coroner presiding, as the caption or lede names them: "before the
    Honorable ..." first, then a caption's "Hon. Beatrice Lomax, Judge", then a titled
    name that is no lower court's ruling."""
    m = _BEFORE_THE_BENCH.search(intro) or _HON_JUDGE.search(intro)
    if m:
        return m
    return next(
        (
            m
            for m in _BENCH_TITLED.finditer(intro)
            if not _RULING_OF.search(intro, max(0, m.start() - 40), m.start())
        ),
        None,
    )


# Roles one person holds through a conversation (not "CALLER" or "AUDIENCE MEMBER").
_ONE_PERSON = frozenset("interviewer host moderator interviewee guest narrator".split())


def _self_named(role: str, said: Sequence[str], elsewhere: str) -> re.Match[str] | None:
    """The name the first turn of a one-person role or a numbered speaker gives ("HOST:
    I'm Tom Baker.", "Speaker 1: Welcome back to the show. I'm Colin Prady, and ..."),
    when no later turn of it gives another. Said as its first words, it names; further
    in ("Sure. I'm African American, and ..."), only a person: a name ``elsewhere``
    says again (the header, another speaker's "Thanks, Colin"), or a name with no
    common word in it, said by a numbered speaker or after a greeting, and either
    opening with a known given name, opening the sentence after a greeting ("Hi
    chat. I'm Jules Moreno", not "Sure. I'm Puerto Rican" or "Hello. Honestly, I'm
    Very Tired") or, of a numbered speaker, answering another's "say your name")."""
    numbered = _NUMBERED_SPEAKER.fullmatch(role) is not None
    if role.lower() not in _ONE_PERSON and not numbered:
        return None
    m = _SELF_NAMED.match(said[0])
    if m is None:
        m = _SELF_INTRO.search(said[0], 0, _SELF_INTRO_REACH)
        # a one-person role must also have greeted first ("Hi chat. I'm Jules Moreno")
        greeted = bool(m and _GREETING.search(said[0], 0, m.start()))
        person = bool(m) and (numbered or greeted) and _may_be_person(m["who"], "\n".join(said))
        # a given name the shipped list lacks only as the sentence after a greeting's
        if person and not first_name_known(m["who"].split()[0].lower()):
            person = (greeted and _SENTENCE_START.search(said[0], 0, m.start()) is not None) or (
                numbered
                and _NAME_ASKED.search(elsewhere) is not None
                and not any(w.lower() in _ORIGINS for w in m["who"].split())
            )
        if m and not (person or _said_again(m["who"], elsewhere)):
            m = None
    others = (_SELF_NAMED.match(turn) or _SELF_INTRO.search(turn) for turn in said[1:])
    if m and any(o and o.group("who") != m.group("who") for o in others):
        return None
    return m


def _pronoun_named(turns: dict[str, list[str]], intro: str) -> dict[str, str]:
    """In notes typed as "Me:" / "Her:", the one "Her" (or "Him") is the one person the
    introduction names in full as whom the notes are with ("Notes - Dr. Nadia
    Fairweather, ER attending"); not the note-taker ("Notes by Jane Roe"), nor a name
    in passing ("after reading Sally Rooney's novel")."""
    if not any(label.lower() == "me" for label in turns):
        return {}
    pronouns = [label for label in turns if label.lower() in ("her", "him")]
    named = {m["who"] for m in _NOTES_WITH.finditer(intro)}
    people = [n for n in named if _may_be_person(n, intro)]
    if len(pronouns) != 1 or len(people) != 1:
        return {}
    return {pronouns[0]: people.pop()}


# Whom notes are with: "Notes - Dr. Nadia Fairweather, ER attending", "Chat with Jo Roe"
_NOTES_WITH = re.compile(
    rf"^{_S}*(?:[A-Z][a-z]*{_S}+(?:-|\u2013|\u2014|with|[Ww]ith{_S}+[a-z]+){_S}+)?"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?{_S}+)?(?P<who>[A-Z][a-z\-]+(?:{_S}[A-Z][a-z\-]+){{1,2}})(?=,|{_S}*$)",
    re.M,
)
_PLACE_BEFORE = re.compile(rf"\b(?:at|in|on|of|from|near|across){_S}+$")  # "at Gull Point"
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# What "I'm ..." may say of where one is from, answering "say your name and tell us
# about yourself" ("I'm Puerto Rican, I grew up in the Bronx")
_ORIGINS = frozenset(
    "american rican mexican dominican cuban salvadoran guatemalan colombian peruvian"
    " chilean brazilian argentinian venezuelan haitian jamaican canadian african nigerian"
    " ghanaian kenyan ethiopian somali egyptian moroccan asian indian pakistani"
    " bangladeshi chinese japanese korean vietnamese filipino thai indonesian irish"
    " scottish welsh english british italian polish german french spanish portuguese"
    " greek russian ukrainian turkish iranian persian arab lebanese syrian israeli"
    " jewish muslim latino latina latinx hispanic native indigenous black white".split()
)
# Another speaker asks for the name: "Can you say your name for the record?"
_NAME_ASKED = re.compile(
    r"(?i)\b(?:say|state|give|spell|tell\s+(?:us|me))\s+your\s+(?:full\s+)?name\b"
    r"|\bintroduce\s+yourself\b"
)
_GREETING = re.compile(r"(?i)\b(?:hi|hello|hey|welcome|good\s+(?:morning|afternoon|evening))\b")


def _said_again(who: str, elsewhere: str) -> bool:
    """Whether others say a self-introduction's name again as a name: its given name
    addressing the speaker ("Thanks, Colin."), or the whole of it when its given name
    is a known one, not a word an interviewer echoes ("grow up African American")."""
    first = who.split()[0]
    for mark in ",.?!":  # str.find: a long text's other turns are scanned per speaker
        at = elsewhere.find(first + mark)
        while at >= 0:
            if not elsewhere[at - 1 : at].isalnum() and _VOCATIVE_AT.search(
                elsewhere, max(0, at - _VOCATIVE_REACH), at
            ):
                return True
            at = elsewhere.find(first + mark, at + 1)
    return (
        first_name_known(first.lower())
        and re.search(rf"\b{re.escape(who)}\b", elsewhere) is not None
    )


# Where a name addresses someone: a sentence's or a clause's start, or after thanks
_VOCATIVE_AT = re.compile(
    rf"(?:^|[.?!,;:]{_S}+|\b(?i:thanks|thank{_S}+you|hi|hello|hey|welcome),?{_S}+)\Z", re.M
)
_VOCATIVE_REACH = 16  # characters before the name
_NO_NAME_WORDS = DESCRIPTORS | FUNCTION_WORDS | NOT_NAME_WORDS | OFFICES | TITLES | _NOT_PERSON
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")  # searched up to a self-introduction


def _may_be_person(who: str, text: str) -> bool:
    """Whether ``who`` may be a person's name: no title, office, descriptor, body or
    function word ("Retired Navy"), and no word ``text`` writes in lower case ("I'm Not
    Sure")."""
    words = who.lower().split()
    return not any(w in _NO_NAME_WORDS or re.search(rf"\b{re.escape(w)}\b", text) for w in words)


# A speaker naming themself as their first words: "This is June Takahashi, and ...",
# "I'm Maria Chen.", "My name is Tom Baker".
_SELF_NAMED = re.compile(
    rf"{_S}*(?:(?:Hi|Hello|Good{_S}\w+)[,.!]?{_S}+)?(?:This{_S}+is|I'm|I\u2019m|I{_S}+am|My{_S}+name"
    rf"{_S}+is){_S}+(?P<who>[A-Z][\w'\u2019\-]+(?:{_S}[A-Z][\w'\u2019\-]+){{1,2}})(?=[,.;]|{_S}+(?:and|here)\b)"
)


# "I'm Colin Prady, and ..." among a first turn's opening words (a host's welcome comes
# first); "This is" only as the first words, since "This is Night Shift Science." names a show.
_SELF_INTRO = re.compile(
    rf"\b(?:I'm|I\u2019m|I{_S}+am|[Mm]y{_S}+name{_S}+is){_S}+"
    rf"(?P<who>[A-Z][\w'\u2019\-]+(?:{_S}[A-Z][\w'\u2019\-]+){{1,2}})(?=[,.;]|{_S}+(?:and|here)\b)"
)
_SELF_INTRO_REACH = 200  # characters of a first turn
# A speaker numbered by a transcription service: "Speaker 1", "SPEAKER 2"
_NUMBERED_SPEAKER = re.compile(r"(?i:speaker)\s*\d{1,2}")
_ROLE_NUMBERED = re.compile(rf"(?i:{'|'.join(_ROLES)}){_S}*\d{{1,2}}")  # "OFFICER 1"
# a rank or title shortened before a name: "Ofc. Kayla Brandt", "Sgt. Ray Cole"
_ABBREVIATED = r"[A-Z][a-z]{1,3}\."


# Words a headline capitalises that a sentence writes in lower case.
_SMALL_WORDS = frozenset(
    "a an the of to in on at for with by as and or but is are was were be it its his her "
    "their not from into over about that this".split()
)
# findall gives the initials; a single letter with a period is no word ("U.S.A.!")
_HEADLINE_WORD = re.compile(r"([A-Za-z])(?:[\w'\u2019\-]+|(?!\.))")
# A line that is a quotation and nothing else: 'Trump: "We will win"', not 'Q: "The
# best is yet to come" -- that was your slogan.'
_QUOTATION_LINE = re.compile(
    '["\u201c\u2018\'][^\n"\u201c\u201d]*["\u201d\u2019\'][.!?]?[^\\S\n]*(?:\n|$)'
)
# What puts words forward as said, among the last three before them: a speech verb
# ("not just saying,"), "the word", "that phrase", "you mentioned", "what you mean,";
# not a verb that names ('so-called "reform"', 'what they call "tax relief"').
_ECHO_CUES = frozenset(
    {v for v in SPEECH_VERBS if "_" not in v}
    - set(
        "called calls calling call dubbed labeled labelled branded termed described "
        "describes describing".split()
    )
    | set("say word words phrase quote quoting mean meant mention mentioned".split())
)
# A sentence that opens with the quotation, or with no more than a form of address
# before it ('Governor Romney, "wrong and reckless" policies?').
_VOCATIVE_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w'\u2019\-]*\.?\s+){0,3}[A-Z][\w'\u2019\-]*,\s*)?")
_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_NON_SPACE = re.compile(r"\S")
# a sentence's end before a word, one space or two after it ("No.  That was ...")
_ENDED_BEFORE = re.compile(r"[.!?:;][\"'\u201d\u2019)]*\s*$")


def _headline(text: str, para: int, label_end: int, para_end: int) -> bool:
    """Whether the labelled paragraph at ``para`` is a news headline, no turn: a line in
    Title Case after its label ("Bernie Sanders: I'm Not Much Of A Socialist Compared To
    Eisenhower", a small word such as "Of" or "To" capitalised inside it), or the
    document's first line holding nothing but a quotation after its label ("Trump: 'We
    will win'"; not 'Q: "The best is yet to come" -- that was your slogan.')."""
    rest = text[label_end:para_end]
    # Searched, not sliced: every labelled paragraph of a long transcript comes here.
    first_line = _NON_SPACE.search(text, 0, para) is None
    if first_line and _QUOTATION_LINE.match(rest.lstrip()):
        return True
    if first_line and rest.isupper() and not text[para:label_end].isspace():
        return True  # "NCAA TOURNAMENT: SECOND ROUND": a title in capitals, no turn
    # Most turns fail on their initials alone, read without a match object per word.
    initials = _HEADLINE_WORD.findall(rest)
    if len(initials) < 4 or sum(map(str.isupper, initials)) < 0.8 * len(initials):
        return False
    words = list(_HEADLINE_WORD.finditer(rest))
    return any(
        w.group().lower() in _SMALL_WORDS
        and w.group()[0].isupper()
        and not _ENDED_BEFORE.search(rest, 0, w.start())
        and rest[: w.start()].strip()
        for w in words[1:]
    )


def _cue(text: str, m: re.Match[str]) -> tuple[str, bool]:
    """A label's name with what it adds (``_DESC``: "Jane Smith, Director of Research"),
    spaced evenly, and whether it adds anything."""
    if not _group(m, "name"):
        return _label(m), False
    desc = text[m.end("name") : m.start("late")]
    return " ".join(text[m.start("name") : m.start("late")].split()), bool(desc.strip())


def _titled(m: re.Match[str]) -> bool:
    """Whether a label with a title after a comma is a label: a name in capitals with
    one ("VOSS, CBN NEWS ANCHOR:"), or a full name ("Tom Ruiz, Barclays:"); not prose
    ("Instead, Matthews, MSNBC's host:")."""
    name = m["name"]
    return name.isupper() or len(name.split()) >= 2


def _unlike_prose(m: re.Match[str]) -> bool:
    """A label news prose would not open a paragraph with: ``HOLT:`` in capitals,
    ``[Name]``, ``**Name:**``, ``Mr. SMITH.``, ``Q:``, any label with a timestamp
    (``[00:01:02] Jane Doe:``, ``Speaker 1 (00:01):``). Alone on its line, a name in
    capitals may be a dateline or a heading ("BERLIN:"): only one with a timestamp
    ("JANE DOE (00:12:30):") is marked."""
    if any(_group(m, g) for g in ("md", "br", "vt", "cong", "qa")):
        return True
    if m["early"] or m["late"] or m["late2"]:
        return True
    if m.re is _LONE_LABEL or m.re is _SPACED_LABEL or _group(m, "hearing"):
        return False  # "Dr. Lee." may open a paragraph of prose: counted only if it recurs
    name = m["name"]
    return any(ch.isalpha() for ch in name) and name.isupper() and len(name) > 1


_STEP = re.compile(rf"^{_S}*(?:\*\*)?(?i:step){_S}+\d{{1,2}}\b", re.MULTILINE)
_STEPS_MIN = 2


def _is_transcript(text: str, labels: Sequence[_Label], marked: int, unlabelled: int) -> bool:
    """``marked``: labels of a form prose does not use; ``unlabelled``: paragraphs that
    are neither a label's nor a header nor a stage direction."""
    names = {label.name for label in labels}
    steps = len(_STEP.findall(text, 0, labels[0].start)) if labels else 0
    if names <= {"Q", "A"} and steps >= _STEPS_MIN:
        # a how-to's "Step 1:", "Step 2:" with a short FAQ under them (steps inside an
        # answer are the one answering's)
        return False
    if not marked and unlabelled and len(names) == len(labels) and _profiles(text, labels):
        return False
    once = len(names) == len(labels)  # no one comes back
    people = all(map(_full_or_role, names))  # "Maria Lopez:" in a vox pop
    if not marked and once and unlabelled >= len(labels) and not (people and _talk(text, labels)):
        # the prose outweighs them: a story's "Cause:" / "Detour:" fact list, or its
        # "Jeb Bush: Student loans" subheads; a vox pop's people say "I", "we", "you"
        return False
    if not marked and (once or not people) and not any(_worded(text, lb) for lb in labels):
        # "Chair: Ruth Abernathy", "Posted: November 27": a form's fields; people who
        # come back answer "Yes" / "No"
        return False
    # Every paragraph a turn of someone named in full or by role ("Jane Doe: Will you
    # go?" / "John Roe: Never."): an exchange, however short; news has a headline or a
    # lede of its own, and two one-word labels may be places or days ("Washington:").
    if len(names) >= 2 and (
        len(labels) >= MIN_LABELLED or (not unlabelled and all(map(_full_or_role, names)))
    ):
        return True
    if {"Q", "A"} <= names:
        return True
    if marked < 2 or marked < len(labels):
        return False
    if len(names) >= 2:
        return True
    # One speaker: a speech, told apart from prose by its stage directions.
    return any(is_stage_direction(m.group(), in_speech=False) for m in _STAGE.finditer(text))


_BRACKETED = re.compile(rf"{_S}*[\[(][^\[\]()\n]{{1,40}}[\])]{_S}*")
_SAYING = re.compile(rf"\b[a-z]{{2,}}\b|[.?!\"\u201d]{_S}*$")


def _talk(text: str, labels: Sequence[_Label]) -> bool:
    """Whether half the labels or more have "I", "we" or "you" on their line."""
    talking = sum(
        bool(_PERSONAL.search(text, label.end, text.find("\n", label.end) % (len(text) + 1)))
        for label in labels
    )
    return 2 * talking >= len(labels)


def _worded(text: str, label: _Label) -> bool:
    """Whether what follows a label on its line says something (a word in lower case or
    a sentence's end), as speech does; a field's value is a name or a date. After a
    time or a note alone ("Ann Lee: (00:00)"), the line below is the speech."""
    start = label.end
    end = text.find("\n", start) % (len(text) + 1)
    if _BRACKETED.fullmatch(text, start, end):
        start = _lstrip(text, end, len(text))
        end = text.find("\n", start) % (len(text) + 1)
    return start >= end or _SAYING.search(text, start, end) is not None


_PROFILE_REACH = 200  # characters after a label


def _profiles(text: str, labels: Sequence[_Label]) -> bool:
    """Whether most labels open a description of the one they name, by surname in the
    third person: a story's list of candidates ("Marcus Okoro: A former teacher, Okoro,
    41, supports ..."), not the turns of a debate's opening ("Jim Lehrer: Good evening.")."""
    described = sum(1 for label in labels if _third_person(text, label))
    return 2 * described > len(labels)


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I\u2019m|I've|my|My|me)\b")


def _third_person(text: str, label: _Label) -> bool:
    """Whether the label's surname stands alone near its start with no "I" or "my"
    before it ("A former teacher, Okoro, 41"), not in the speaker's own "My name is
    Maria Lopez", "Tom Becker, 14 Oak Lane" or "Dee Park here"."""
    words = label.name.split()
    end = min(len(text), label.end + _PROFILE_REACH)
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text[label.end : end]):
        before = text[label.end : label.end + m.start()]
        if _FIRST_PERSON.search(before):
            return False
        after_first = len(words) > 1 and before.rstrip().endswith(words[-2])
        if not after_first and not text.startswith(" here", label.end + m.end()):
            return True
    return False


def _full_or_role(name: str) -> bool:
    """A label of two words or more ("Jane Doe", "Speaker 2"), or a role ("Interviewer")."""
    words = name.split()
    return len(words) >= 2 or words[0].lower() in _ROLES


def _canonical_names(
    labels: Sequence[str], intro: str, headers: Sequence[re.Match[str]] = ()
) -> dict[str, str]:
    """One name per person: the longest label or introduced name containing a shorter
    one ("HOLT" -> "Lester Holt"); Q and A named from the introduction when it says who
    they are ("Interview with Dolores Vance, by Tom Baker"; "Interviewer: Tom Baker")."""
    asks, answers = _sides(intro, headers)
    # a side some label spells ("Moderator: Lester Holt" beside "LESTER HOLT:") takes its spelling
    spelled = {label.lower(): label for label in labels}
    asks, answers = spelled.get(asks.lower(), asks), spelled.get(answers.lower(), answers)
    byline = _BYLINE.search(intro)
    writer = byline.group("who").rstrip(".") if byline else ""
    others = set(labels) - {"Q"}
    if "Q" in labels and len(others) == 1 and "A" not in others:
        # one person questioned ("Q:" / "Vance:"): by the byline's writer, unless the
        # writer is the one answering (an advice column: "By Dr. Jane Lee", "DR. LEE:")
        # and only in an interview, not at a press conference
        if _INTERVIEW_WORD.search(intro) and not _contains(
            _words(writer), _words(next(iter(others)))
        ):
            asks = asks or writer
    elif _INTERVIEW_WORD.search(intro):
        asks = asks or writer
    out: dict[str, str] = {}
    distinct = sorted({*labels, *filter(None, (asks, answers))}, key=len, reverse=True)
    words_of = {name: _words(name) for name in distinct}
    having: dict[str, list[str]] = {}  # word -> the names with it, longest first
    for name in distinct:
        for word in set(words_of[name]):
            having.setdefault(word, []).append(name)
    for name in distinct:
        words = words_of[name]
        # (only the names with its rarest word can contain it: no pass over all of them)
        maybe = min((having[word] for word in words), key=len, default=[])
        longer = [o for o in maybe if len(o) > len(name) and _contains(words_of[o], words)]
        # Only when every longer form is one person's ("Holt" < "Lester Holt" < "Lester
        # Holt Jr"); "Clinton" beside "Bill Clinton" and "Hillary Clinton" stays as it is.
        # The Speaker pro tempore is not the Speaker.
        # Mrs. Smith is not Mr. Smith.
        longer = [o for o in longer if not o.endswith("pro tempore") and _same_sex(o, name)]
        if longer and all(_contains(words_of[longer[0]], words_of[o]) for o in longer):
            out[name] = longer[0]
        else:
            out[name] = name
    for label in set(labels) - {"Q", "A"}:
        side = _SIDE.get(label.lower())  # "Int." / "Ans.", "RESPONDENT": Q and A by another name
        if label.lower() == "narrator" and not all(_asking(o) for o in set(labels) - {label}):
            continue  # a film's voice-over beside the interviewee's own label answers nothing
        if side and (who := asks if side == "Q" else answers):
            out[label] = out.get(who, who)
    if set(labels) >= {"Q", "A"}:
        if answers:
            out["A"] = out[answers]
        if asks and asks != answers:
            out["Q"] = out[asks]
    elif "Q" in labels and asks and len(set(labels) - {"Q"}) == 1:
        out["Q"] = out[asks]
    return out


_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m"}


def _same_sex(a: str, b: str) -> bool:
    """Whether two names' honorifics may be one person's (one has none, or both agree)."""
    x, y = (_SEX.get(name.split()[0].lower().rstrip("."), "") for name in (a, b))
    return not (x and y) or x == y


# Labels of the side asking or answering, other than Q and A (an oral history's "Int." and
# "Ans.", a survey's "RESPONDENT"): named as Q and A are from the header.
_SIDE = {
    "i": "Q",
    "r": "A",
    "int": "Q",
    "interviewer": "Q",
    "ans": "A",
    "respondent": "A",
    "interviewee": "A",
    "narrator": "A",  # an oral history's: the one interviewed
}


# "In a conversation with Jo Roe, he spoke about ...": the pronoun answers, Jo Roe asks
_WITH_ASKER = re.compile(
    rf"\b(?i:in|during){_S}+(?i:a|an|(?P<this>this)){_S}+(?i:conversation|interview){_S}+with{_S}+"
    rf"(?P<who>{_NAME}),{_S}+(?:he|she|they){_S}"
)


_PRONOUN_AFTER = re.compile(rf"[^,.\n]{{0,30}},{_S}+(?:he|she|they){_S}")


def _asker_of_this(m: re.Match[str], intro: str) -> bool:
    """Whether "in a conversation with NAME, he ..." names this text's interviewer: a
    person's full name ("Reuters", "Channel 4" are outlets), in "this conversation" or
    named again in the introduction (a byline); once in passing, it reports another
    conversation ("In a conversation with Mark Dale, he said otherwise")."""
    who = m["who"]
    if len(who.split()) < 2 or not _may_be_person(who, intro):
        return False
    return m["this"] is not None or intro.count(who) > 1


def _untitled(who: str) -> str:
    """A name from the introduction without its titles ("President Joe Biden")."""
    words = who.rstrip(".").split()
    while len(words) > 2 and words[0].lower().strip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _asking(label: str) -> bool:
    """Whether a label is the asking side's: Q, "Interviewer", "Int."."""
    return label == "Q" or _SIDE.get(label.lower()) == "Q"


def _sides(intro: str, headers: Sequence[re.Match[str]]) -> tuple[str, str]:
    """The interviewer's and the interviewee's names, as the introduction gives them."""
    asks = answers = ""
    for m in headers:
        if m.group("role").lower() in _NEITHER_SIDE:
            continue  # "Caller: Jo Ray" names the role's label, no side of an interview
        if m.group("role").lower() in _ASKS:
            asks = asks or m.group("who")
        else:
            answers = answers or m.group("who")
    interviewee = _INTERVIEWEE.search(intro)
    if interviewee and interviewee["abstract"]:
        # "In this interview, Fresno County officials ...": no one person
        interviewee = interviewee if _may_be_person(_untitled(interviewee["who"]), intro) else None
    interviewee = interviewee or _ROLE_SPOKE.search(intro)
    with_asker = _WITH_ASKER.search(intro)
    if interviewee and _PRONOUN_AFTER.match(intro, interviewee.end("who")):
        interviewee = None  # "In an interview with Channel 4, she said": the pronoun answers
    interviewer = _INTERVIEWER.search(intro) or (
        with_asker if with_asker and _asker_of_this(with_asker, intro) else None
    )
    if interviewer and interviewee and interviewee.group("who") == interviewer.group("who"):
        interviewee = None
    if interviewer is None and (spoke := _ROLE_SPOKE.search(intro)):
        asks = asks or spoke.group("asks")
    answers = answers or (_untitled(interviewee.group("who")) if interviewee else "")
    asks = asks or (interviewer.group("who").rstrip(".") if interviewer else "")
    if (
        not asks
        and (back := _SPOKE_BACK.search(intro))
        and not _after_given_name(intro, back.start())
    ):
        # "Hollis Grant spoke with her": the one asking; "her" the one person the lede names
        # (not after another given name: "Mary Ann Smith" is no "Ann Smith")
        asks = back.group("asks")
        lede = {
            m.group()
            for m in _FULL_NAME.finditer(intro, 0, back.start())
            if not _PLACE_BEFORE.search(intro, max(m.start() - 8, 0), m.start())
        } - {asks}
        people = [n for n in lede if not _POSSESSIVE.search(n) and _may_be_person(n, intro)]
        answers = answers or (people[0] if len(people) == 1 else "")
    if answers or not _INTERVIEW_WORD.search(intro):
        return asks, answers  # (an explainer's lede names a politician it is no interview of)
    byline = _BYLINE.search(intro)
    return asks, _most_named(intro, asks or (byline.group("who") if byline else ""))


_WORD = re.compile(r"\w+")
# A run of capitalised words; ``word`` is its first, possessive left out, and ``more``
# is None when it stands alone ("Vance's", "Vance, 81,")
_CAPITAL_RUN = re.compile(
    r"(?<![\w'\u2019-])(?P<word>[A-Z][\w\-]*)(?:['\u2019]s\b)?(?P<more>(?:[^\S\n]+[A-Z][\w'\u2019\-]*)+)?"
)


def _most_named(intro: str, besides: str) -> str:
    """The full name the introduction gives most often, at least twice: whom a Q&A's
    lede is about ("Ingrid Halvorsen has spent 30 summers ... Ingrid Halvorsen, a
    glaciologist"), besides the byline's."""
    other = _words(besides)[-1:]
    full: dict[str, int] = {}  # name -> where it first appears
    named: Counter[str] = Counter()  # name -> how often, in full
    for m in _FULL_NAME.finditer(intro):
        name = m.group().rstrip(".")
        named[name] += 1
        if not (other and _words(name)[-1:] == other):  # the byline's, however prefixed
            full.setdefault(name, m.start())
    # a person is named in full once, then by surname alone ("Dolores Vance ... Vance,
    # 81,"): the full name's mentions and the last word's standing alone count, not a
    # place's inside other names ("East Riverton", "the Riverton Fire Department"); the
    # first named wins a tie (runs counted once, not a pass over the intro per name)
    alone = Counter(m["word"] for m in _CAPITAL_RUN.finditer(intro) if m["more"] is None)
    counts = {n: named[n] + alone[n.split()[-1]] for n in full}
    best = max(full, key=lambda n: (counts[n], -full[n]), default="")
    return best if best and counts[best] >= 2 else ""


def _words(name: str) -> tuple[str, ...]:
    titles = {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "senator",
        "governor",
        "president",
        "secretary",
        "hon",
        "rev",
        "prof",
        "judge",
        "justice",
        "col",
        "maj",
        "lt",
        "capt",
        "cpt",
        "sgt",
        "adm",
        "cmdr",
    }
    return tuple(w for w in re.findall(r"[\w'\u2019\-]+", name.lower()) if w not in titles)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


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
    found = list(_NOTE_LINE.finditer(text, start, end))
    if (bare := list(_BARE_TIME.finditer(text, start, end))) and _timed(text):
        found.extend(bare)
    if text.find("-->", start, end) >= 0:
        found.extend(_CUE_ID.finditer(text, start, end))
    # (a cue's number is a note twice over: a number alone, and the line above a timing)
    notes = sorted(
        {(_lstrip(text, m.start(), m.end()), _rstrip(text, m.start(), m.end())) for m in found}
    )
    spans = [
        m.span()
        for m in _STAGE.finditer(text, start, end)
        if is_stage_direction(m.group()) and not any(a <= m.start() < b for a, b in notes)
    ]
    return sorted([*notes, *spans])


def quotes_within(text: str, turns: Sequence[Segment], attribute) -> list[Segment]:
    """Turns with the quotations they attribute to someone else cut out as quote
    segments ("As Churchill said, 'We shall never surrender'")."""
    text = double_quoted(text)
    out: list[Segment] = []
    people = None
    answerers: list[str] = []
    before: list[tuple[int, int]] = []  # the bodies of the turns before this one
    opened: list[int] = []  # where in ``out`` each of the last turns starts
    for i, turn in enumerate(turns):
        if turn.kind != "turn":
            out.append(turn)
            continue
        body = turn.start + turn.head
        before = [*before[-(_EARLIER_TURNS - 1) :], (body, turn.end)]
        opened = [*opened[-(_EARLIER_TURNS - 1) :], len(out)]
        if not _QUOTE_MARK.search(text, body, turn.end):
            out.append(turn)
            continue
        people = people or participants(text, turns)
        spoken = text[body : turn.end]
        words = _blanked(spoken, vocatives(spoken, turn.speaker, people))
        earlier = "\n".join(text[a:b] for a, b in before[:-1])
        found: list[Segment] = []
        answerers = answerers or _answerers(turns)
        for q in attribute(words):
            q = replace(q, start=q.start + body, end=q.end + body)
            q = resolve(text, body, q, turn, people, earlier, answerers[i])
            if (
                q.speaker in (UNKNOWN, NARRATOR)
                and found
                and found[-1].speaker not in (UNKNOWN, NARRATOR, turn.speaker)
                and _SAID_AGAIN.fullmatch(text, found[-1].end, q.start)
            ):
                q = replace(q, speaker=found[-1].speaker)
            if q.speaker == UNKNOWN:
                echo = _echoed(text, q, out[opened[0] :], turn.speaker, turns, i)
                q = replace(q, speaker=echo or UNKNOWN)
            found.append(q)
        quoted = [q for q in found if q.speaker not in (UNKNOWN, NARRATOR, turn.speaker)]
        cursor, head = turn.start, turn.head
        for q in quoted:
            if text[cursor + head : q.start].strip() or head:
                out.append(
                    replace(
                        turn,
                        start=cursor,
                        end=_rstrip(text, cursor, q.start),
                        head=head,
                        cue=turn.cue if head else "",
                    )
                )
            out.append(q)
            cursor, head = _lstrip(text, q.end, turn.end), 0
        if text[cursor : turn.end].strip():
            out.append(replace(turn, start=cursor, head=head, cue=turn.cue if head else ""))
    return out


_ECHO_WORD = re.compile(r"[\w'\u2019]+")
_NAMING = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?)\s+$")
_WORD_BEFORE = re.compile(r"\b[Ww]ords?,?\s*$")  # 'the word "lying"', 'That word, "dishonest"'
_MARKED = re.compile('"[^"\n]*"|\u201c[^\u201d\n]*\u201d')


def _echoed(
    text: str,
    q: Segment,
    recent: Sequence[Segment],
    speaker: str,
    turns: Sequence[Segment],
    at: int,
) -> str:
    """Who said the words of ``q``, a quotation of no one named, in the turns just before
    (``recent``): another participant in their own words ('Governor Romney, "wrong and
    reckless" policies?' after Obama spoke of "wrong and reckless policies"), or the one
    a quotation there was cut out for; "" when nobody, or the speaker, said them last,
    and when the words are no one participant's (see ``_shared``)."""
    words = _ECHO_WORD.findall(text[q.start : q.end])
    if len(words) < 2 and (not words or len(words[0]) < _ECHO_MIN_LETTERS):
        return ""  # a short word is anyone's
    if len(words) < 2 and not _WORD_BEFORE.search(text, max(0, q.start - 12), q.start):
        return ""  # one word put in marks, not as "the word": a scare quote ('so-called "reform"')
    if _NAMING.search(text, max(0, q.start - 12), q.start):
        return ""  # 'the "walk in the woods" agreement': a name for a thing, no one's words
    if _SOURCE_AFTER.match(text, q.end):
        return ""  # 'hearing "isn't final" from the VA': the words' source is named after
    sentence = text[_sentence_start(text, q.start) : q.start]
    if _FIRST_PERSON_USE.search(sentence):
        return ""  # 'I never used the word "stretched"': the speaker's own use, or none
    if not _VOCATIVE_ONLY.fullmatch(sentence) and not (
        {w.lower() for w in _ECHO_WORD.findall(sentence)[-3:]} & _ECHO_CUES
    ):
        # words set in a sentence as a name or a scare quote ('we repealed "don't ask,
        # don't tell"', 'his "fair tax deal" cuts schools'), not put forward as said
        return ""
    # the case of each word but the first kept: "The Long Road", a title, is not "the
    # long road ahead"
    first = f"(?i:{re.escape(words[0])})"
    said = re.compile(r"\b" + r"\W+".join([first, *map(re.escape, words[1:])]) + r"\b")
    for seg in reversed(recent):
        if seg.kind not in ("turn", "quote"):
            continue
        m = said.search(text, seg.start + seg.head, seg.end)
        if m is None:
            continue
        if seg.kind == "quote":
            who = seg.speaker if seg.speaker not in (UNKNOWN, NARRATOR, speaker) else ""
        elif seg.speaker == speaker or any(
            a <= m.start() - seg.start < b for a, b in _marked_spans(text[seg.start : seg.end])
        ):
            return ""  # the speaker's own words again, or a quotation left in its turn
        else:
            who = seg.speaker
        return "" if not who or _shared(text, said, who, turns, at, q.start) else who
    return ""


def _shared(
    text: str, said: re.Pattern[str], who: str, turns: Sequence[Segment], at: int, end: int
) -> bool:
    """Whether, before ``end`` and within ``_SHARED_REACH`` of it, any turn of someone
    other than ``who`` says the words in its own voice, outside quotation marks: words
    two people have used ("middle class", a slogan both sides take up) are no one's to
    be quoted back. ``turns[at]`` is the turn holding ``end``."""
    for turn in (turns[j] for j in range(at, -1, -1)):
        if turn.end < end - _SHARED_REACH:
            break
        if turn.kind != "turn" or turn.speaker == who:
            continue
        body = turn.start + turn.head
        marked = _marked_spans(text[body : turn.end])
        for m in said.finditer(text, body, min(turn.end, end)):
            if not any(a <= m.start() - body < b for a, b in marked):
                return True
    return False


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, at - 300), at)]
    return ends[-1] if ends else max(0, at - 300)


# The words' source named right after them: 'hearing "isn't final" from the VA'.
_SOURCE_AFTER = re.compile(r"\s*,?\s*(?:from|by)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?[A-Za-z]")
# The speaker's own relation to the words in the sentence before them: "I never used the
# word", "I said", "I've been hearing", "we call it".
_FIRST_PERSON_USE = re.compile(
    r"\b(?:I|[Ww]e)(?:['\u2019](?:ve|m|d|ll|re))?\s+(?:\w+\s+){0,3}?"
    r"(?:use|used|using|say|said|saying|call|called|calling|hear|heard|hearing|put\s+it)\b"
)
_SENTENCE_BREAK = re.compile(r"[.?!:;][\"\u201d\u2019)]*\s+|\n")


def _marked_spans(words: str) -> list[tuple[int, int]]:
    return [m.span() for m in _MARKED.finditer(words)]


def _answerers(turns: Sequence[Segment]) -> list[str]:
    """For each turn, who speaks next after it (the rest of the same speaker's words,
    cut by stage directions, aside): the one a question in that turn is put to; "" at
    the end. One pass from the end, so a long hearing costs no more than a short one."""
    out = [""] * len(turns)
    after, then = "", ""  # the next turn's speaker, and the next one other than them
    for i in range(len(turns) - 1, -1, -1):
        turn = turns[i]
        if turn.kind != "turn":
            continue
        out[i] = after if after != turn.speaker else then
        if turn.speaker != after:
            after, then = turn.speaker, after
    return out


# A bare speech verb or a bare "and" (or "or") between two quotations lists what the
# first one's speaker said: 'the president who said "There were weapons," said "Mission
# accomplished,"', 'called the plan "reckless" and "costly"', '"We will." And then, "We
# won't."'.
_SAID_AGAIN = re.compile(
    r"\s*,?\s*(?:(?:[Aa]nd|or)(?:\s+then)?\s*,?\s*(?:(?:said|says)\s*,?\s*)?|(?:said|says)\s*,?\s*)"
)
_EARLIER_TURNS = 4  # a turn and the three before it: where "he said" may find its person
_SHARED_REACH = 50_000  # characters back that words count as used by someone else
_ECHO_MIN_LETTERS = 5  # a single word shorter than this echoes no one in particular


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with ``spans`` turned to spaces (offsets stay): a form of address is
    hidden from attribution, which would take "Mr. Kennedy, Representative Powell ...
    is saying" for Kennedy's words."""
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    return "".join(pieces) + text[cursor:]


def _lead(text: str, start: int) -> int:
    i = start
    while i < len(text) and text[i].isspace():
        i += 1
    return i - start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start
