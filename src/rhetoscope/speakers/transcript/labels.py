"""Speaker labels at a paragraph's start, and the name each one gives.

The forms a published transcript opens a turn with: ``NAME:``, ``Full Name:``,
``TITLE NAME:``, ``Q:``/``A.``, ``[Name]``, ``**Name:**``, WebVTT's ``<v Name>``, the
Congressional Record's ``Mr. SMITH.``, a hearing's indented ``Mr. Hale.``, each after
an optional timestamp and with what publishers add after the name (a role, a party, a
title after a comma or dashes). ``_LABEL`` reads a label with the speech on its line;
``_LONE_LABEL`` and ``_SPACED_LABEL`` one alone on its line. A role's label may name
its person in parentheses ("PUBLIC SPEAKER (ALAN PRUITT)"); a chorus ("Hon. Members")
interjects and does not hold the floor.
"""

from __future__ import annotations

import functools
import re

from ..names import OFFICES, TITLES, first_name_known
from ..quotes import _rstrip
from .chat import _DEVICE, _PHONE
from .shared import (
    _HONORIFIC,
    _HOUSE_MEMBERS,
    _NAME,
    _NO_NAME_WORDS,
    _ROLE_LABEL,
    _ROLES,
    _S,
    _TIMESTAMP,
    _TITLE_WORD,
    _many,
)

# A timestamp after the name, as transcription services write it: "TRUMP (00:12:30):"
_LATE_TIMESTAMP = rf"(?:[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]{_S}*)?"
# The presiding officers of the Congressional Record ("The SPEAKER pro tempore.").
_PRESIDING = (
    rf"(?:SPEAKER|CHAIR|CHAIRMAN|CHAIRWOMAN|ACTING{_S}CHAIR|PRESIDING{_S}OFFICER"
    rf"|PRESIDENT|VICE{_S}PRESIDENT|CLERK)"
)
# Titles the Congressional Record writes before a surname in capitals: "Senator OKAFOR."
# (and the one who presides over an arbitration or a commission's hearing, labelled
# alike: "Arbitrator KUCZYNSKI.", "Commissioner ROE.")
_CONG_TITLE = (
    r"(?:Senator|Representative|Chairman|Chairwoman|Governor|Secretary|General|Admiral"
    r"|Arbitrator|Mediator|Commissioner|Judge)"
)
# What a label may add after the name: a role or party in parentheses ("TED (Caller)",
# "ELLERBY (D), OHIO"), a title in capitals after a comma ("VOSS, CBN NEWS ANCHOR") or
# Title Case parts after dashes ("Tom Ruiz -- Barclays -- Analyst", earnings calls).
_CAPS_WORD = r"(?:[A-Z][A-Z0-9&'.\-]*)"
# A month's name before a day's number: "March 4", "Sept. 12"
_DATE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?[^\S\n]+\d"
)
_DESC = (
    # (a note in brackets, in lower case, as well: "TANABE [in English]:")
    # (a committee's witness has a long one, "(Director General, Small Craft Harbours,
    # Department of ...)", a member one within one, "(Mr. Jo Roe (Riding, Party))")
    rf"(?:(?:{_S}*(?:\((?!\d{{1,2}}:\d)(?:[^()\n]|\([^()\n]{{1,60}}\)){{1,100}}\)"
    rf"|\[[a-z][^\[\]\n]{{0,40}}\]))+"
    rf"(?:,{_S}*{_CAPS_WORD}(?:{_S}+{_CAPS_WORD}){{0,5}})?"
    # (a number may stand among the words, "Owner, Unit 4C (Mrs. Delgado)", but not a
    # date's: "Tuesday, March 4:" heads a day's sitting)
    rf"|,{_S}*(?!{_DATE})[A-Z][\w&'.\-]*"
    rf"(?:,?{_S}+(?!{_DATE})(?:{_TITLE_WORD}|\d{{1,3}}[A-Z]?\b)){{0,6}}"
    rf"(?:{_S}*\((?!\d{{1,2}}:\d)[^()\n]{{1,30}}\))?"  # "VOSS, NEWS ANCHOR (voice-over)"
    rf"|(?:{_S}+(?:--?|[\u2013\u2014]){_S}+[A-Z][\w&'.\-]*(?:,?{_S}+{_TITLE_WORD}){{0,6}}){{1,3}})"
)
_DESC_COMMA = re.compile(rf"{_S}*,")
# A broadcast transcript marks a recorded clip before the voice heard in it, in capitals
# and set off by a dash: the voice is the speaker.
_CLIP = rf"(?:CLIP|SOUNDBITE|SOT|ACTUALITY|AUDIO|TAPE){_S}*(?:--?|[\u2013\u2014]){_S}*(?=[A-Z])"
# Rev writes the time after the colon: "Joe Biden: (00:00)"
_AFTER_COLON = rf"{_S}*[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]"
# A label typed with no space after its colon ("Marcus:Thanks, Priya."): a label only
# where the same name labels other turns with the space ("Marcus: Morning, all.")
_TIGHT_LABEL = re.compile(
    rf"{_S}*(?P<early>)(?P<name>{_NAME}|{_ROLE_LABEL})(?P<late>)(?P<late2>):(?=[A-Z\"\u201c])"
)
_SPACED_NAME = re.compile(rf"^{_S}*({_NAME}|{_ROLE_LABEL}):{_S}+\S", re.MULTILINE)
# A participant named by a device ("Dev's iPhone"), only in a timed export: right after a
# time or a cue's timing line ("Apple's iPhone: still the best camera" is a review's)
_TIMED_DEVICE = rf"(?<=[\d\])]\s){_DEVICE}"
# What marks a Q or an A as an examination's label: a colon, a period, a tab or a run of
# spaces ("Q   Where were you?"), or a question's capital after "Q " ("Q Why"); "A lot"
# opens prose
_QA_MARK = rf"(?::|\.|(?=\t|{_S}{{2,}})|(?<=Q)(?={_S}[A-Z]))"
_LABEL = re.compile(  # used with .match at a paragraph's start, or after its stage direction
    rf"""
    {_S}*(?P<early>{_TIMESTAMP})
    (?P<cc>>>{_S}*)?               # captions mark a change of speaker: ">> TESS: hi"
    (?P<qnum>Q\d{{1,4}}{_S}+(?=[A-Z]))?    # a UK committee's question number: "Q121 Chair:"
    (?:
        \*\*(?!(?:By|BY){_S})  # (a bold byline, "**By Jo Roe**", is no label)
        (?P<md>[^*\n:]{{1,60}}?)(?::?\*\*:?|:(?={_S}+[^*\n]+\*\*))  # **Name:** / **Q: Why?**
      | (?:-{_S}+(?=\[[A-Z][A-Z.'\-]*(?:{_S}[A-Z][A-Z.'\-]*)*\]))?  # a subtitle's "- [TOM]"
        \[(?P<br>[A-Z][^\]\n]{{0,60}}                           # [Name]
          | [a-z][^\]\n]{{0,60}}(?=\]{_S}+\d{{1,2}}:\d{{2}}))\]:?  # Zoom's [iPhone (4)] 10:03
      # WebVTT's <v Name>, classes after a dot ("<v.loud Name>")
      | <v(?:\.[\w\-]+)*{_S}+(?P<vt>[^<>()\n]{{1,60}}?)(?:{_S}*\([^()\n]{{1,30}}\))?>
      | (?P<cong>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|{_CONG_TITLE}){_S}[A-Z][A-Z'\-]+  # Mr. SMITH.
          | The{_S}{_PRESIDING}(?:{_S}pro{_S}tempore)?)\.        # The SPEAKER.
      | (?<={_S}{_S})(?P<hearing>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|{_CONG_TITLE}){_S}[A-Z][a-z'\-]+
          | The{_S}(?:Chairman|Chairwoman|Chair|Clerk|Presiding{_S}Officer))\.  # indented: hearings
      | (?P<qa>[QA]){_QA_MARK}                          # Q: / A. / Q<tab> / Q Why
      | (?<=\d){_S}+From{_S}+(?P<chat>{_DEVICE}|{_NAME})    # a meeting's saved chat, after
        (?:{_S}+to{_S}+[^:\n]{{1,60}}?)?{_S}*:                # its time: "10:02 From Jo Ray :"
      | (?:{_CLIP})?  # a broadcast's recorded clip: "CLIP \u2014 DELGADO:", "SOT - RESIDENT:"
        (?P<name>{_TIMED_DEVICE}|{_NAME}|{_ROLE_LABEL}|{_HOUSE_MEMBERS}|{_PHONE}|\?{{2,3}})  # ??
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


def _group(m: re.Match[str], group: str) -> str | None:
    """A group of a ``_LABEL`` or a ``_LONE_LABEL`` match; None where the form has none."""
    # (asked, not looked up first in ``m.re.groupindex``, a new proxy of it each call:
    # ``group`` raises IndexError exactly where the pattern has no such group)
    try:
        return m.group(group)
    except IndexError:
        return None


# a person's name in parentheses after a label, a role after it or not: "(ALAN PRUITT)",
# "(CORINNE WAITE, PRESS SECRETARY)", or a surname after an honorific: "(Mrs. Delgado)"
_PAREN_NAME = re.compile(
    # (after an honorific, the surname alone; else one word, two or three)
    rf"{_S}*\((?P<hon>{_HONORIFIC.pattern}{_S}+(?=[A-Z][\w'\u2019\-]+\)))?"
    # (or a surname after initials, as minutes write a side's speaker: "MGT (H. Carver)")
    rf"(?P<who>(?(hon)|(?P<init>(?:[A-Z]\.{_S}?){{1,2}}(?=[A-Z][\w'\u2019\-]+\)))?)"
    rf"[A-Z][\w'\u2019\-]+(?(hon)|(?(init)|(?:{_S}[A-Z][\w'\u2019\-]+){{0,2}})))(?P<role>,[^()\n]+)?\)"
)


def _paren_after(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The parentheses right after a label's name, or closing what it adds after a
    comma ("Owner, Unit 4C (Mrs. Delgado):")."""
    p = _PAREN_NAME.match(text, m.end("name"))
    if p is None and text.startswith(",", m.end("name")):
        p = _PAREN_NAME.search(text, m.end("name"), m.start("late"))
        p = p if p and p.end() == _rstrip(text, m.end("name"), m.start("late")) else None
    return p


def _named_in_parens(text: str, m: re.Match[str], common: frozenset[str]) -> str:
    """The person a role's label names in parentheses ("PUBLIC SPEAKER (ALAN PRUITT)",
    "AIDE (CORINNE WAITE, PRESS SECRETARY)", "Owner, Unit 4C (Mrs. Delgado)"), or "":
    the label ending in a role or made of common words, or the name given with a role
    after it; the name no common word, role or title ("TED (Caller)", "JO RAY (NEWS
    ANCHOR)" keep their label). A surname after an honorific is a person's, however
    rarely the text says it, and what stands before it describes her."""
    p = _paren_after(text, m)
    if p is None:
        return ""
    if p["init"]:
        # "MGT (H. Carver)", "TU (D. Oyelowo)": initials and a surname are a person's, the
        # label a side or a body; only where the text names that surname elsewhere (an
        # attendance list the full name comes from), not a code or a note
        return p["who"] if p["who"].split()[-1].lower() in _outside_parens(text) else ""
    role = m["name"].lower().split()
    described = p["hon"] or p["role"] or role[-1] in _ROLES or role[-1] in OFFICES
    if not (described or set(role) <= common):
        return ""
    who = p["who"].split()
    if any(w.lower() in common or w.lower() in _ROLES or w.lower() in _NO_NAME_WORDS for w in who):
        return ""
    if p["hon"]:
        return f"{p['hon'].strip()} {p['who'].title() if p['who'].isupper() else p['who']}"
    if len(who) == 1 and not (
        _many(m["name"])
        and (
            first_name_known(who[0].lower())
            # (a word, not a code: "Participant (P3):" heads a profile)
            or (who[0].isalpha() and who[0].lower() in _outside_parens(text))
        )
    ):
        # a given name alone names one of many ("CALLER (GARY)", "CALLER (MARNIE,
        # BAKERSFIELD)" beside her "MARNIE:" later), no one else
        return ""
    if not (
        first_name_known(who[0].lower())
        or who[-1].lower() in _outside_parens(text)
        # a name and its affiliation: "(Marjorie Pike, Friends of the Library)"; a place
        # and its state is no name and affiliation: "(Des Moines, Iowa)"
        or (
            p["role"]
            and not p["who"].isupper()
            and len(who) > 1
            and len(p["role"].strip(", ").split()) > 1
        )
    ):
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
    name = " ".join(raw.split()).strip(" .:")
    if _group(m, "vt") and (inverted := _SURNAME_FIRST.fullmatch(name)):
        # a meeting's directory name in a voice tag, surname first: "<v Lindqvist, Henrik>"
        return f"{inverted['given']} {inverted['surname']}"
    return name


# "Lindqvist, Henrik": a surname, a comma, a given name (in a voice tag, never a role)
_SURNAME_FIRST = re.compile(
    r"(?P<surname>[A-Z][\w'\u2019\-]+),[^\S\n]*(?P<given>[A-Z][\w'\u2019\-]+)"
)


# The last word of a label for many voices at once, who interject and do not hold the
# floor: "Hon. Members", "SEVERAL SENATORS", "AUDIENCE", "PROTESTERS".
_CHORUS = frozenset(
    "members voices senators representatives delegates protesters protestors several "
    "audience crowd supporters everyone all".split()
)


def _chorus(name: str) -> bool:
    return name.split()[-1].lower() in _CHORUS


def _cue(text: str, m: re.Match[str]) -> tuple[str, bool]:
    """A label's name with what it adds (``_DESC``: "Jane Smith, Director of Research"),
    spaced evenly, and whether it adds anything."""
    if not _group(m, "name"):
        return _label(m), False
    desc = text[m.end("name") : m.start("late")]
    return " ".join(text[m.start("name") : m.start("late")].split()), bool(desc.strip())


def _full_or_role(name: str) -> bool:
    """A label of two words or more ("Jane Doe", "Speaker 2"), or a role ("Interviewer")."""
    words = name.split()
    return len(words) >= 2 or words[0].lower() in _ROLES


# A minister's label as Hansard prints it inline, the office and the holder's name in
# parentheses: "The Minister for Housing (Eleanor Pritchard-Voss): The programme ..."
# (empty groups where the other label forms have their times)
_OFFICE_HOLDER_LABEL = re.compile(
    rf"(?P<early>){_S}*The{_S}+(?P<office>[A-Z][\w\-]*)(?:{_S}+(?:[A-Z][\w\-]*|of|for|the|and|&)){{0,8}}"
    rf"{_S}*\((?P<name>{_NAME})\)(?P<late>)(?P<late2>):{_S}*(?=\S)"
)


def office_holder_label(text: str, start: int) -> re.Match[str] | None:
    """An inline label of an office and its holder in parentheses ("The Minister for
    Housing (Eleanor Pritchard-Voss):"), named by the holder; the office a title's
    ("The Committee (Stage 2):" is none)."""
    m = _OFFICE_HOLDER_LABEL.match(text, start)
    return m if m and m["office"].lower() in TITLES | OFFICES else None
