"""Labels and names alone on their line, the speech below.

Transcription services export "Speaker 1 (00:01):" on a line of its own; Hansard prints
the member's name, constituency and party above the speech; chat tools and Teams print
"Gwen Osei  10:02 AM". A line like that is also what a heading, a subhead or a list of
participants looks like, so these are labels only when the document is laid out so:
several of them, one coming back (``_recurring``), with a transcript's marks or, unmarked,
full names of people talking to each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..quotes import _rstrip
from .labels import _LABEL, _LONE_LABEL, _SPACED_LABEL, _full_or_role, _group, _label
from .shared import (
    _CAP_WORD,
    _FIELD_END,
    _HONORIFIC,
    _NAME,
    _NO_NAME_WORDS,
    _PARAGRAPH,
    _PERSONAL,
    _ROLE_LABEL,
    _ROLES,
    _S,
    _TITLE_WORD,
    _lstrip,
)


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
    if _recurring([_label(m) for m in found.values()]):
        return found
    # a broadcast's host alone above the introduction ("AMIRA SOLBERG, HOST:", a blank
    # line), where the others' labels take the same form inline ("LEONARD PYKE, BYLINE:
    # On the orchard ...")
    inline = _CAPS_DESCRIBED_INLINE.search(text) is not None
    return {
        at: m
        for at, m in found.items()
        if inline and _CAPS_DESCRIBED.match(text, at, _rstrip(text, at, len(text)))
    }


# A name in capitals, a comma and a role in capitals, alone on its line; the same with
# speech after the colon
_CAPS_DESCRIBED_FORM = (
    rf"{_S}*[A-Z][A-Z'\-]+(?:{_S}[A-Z][A-Z.'\-]+){{1,3}},{_S}*[A-Z]+(?:{_S}[A-Z]+){{0,2}}:"
)
_CAPS_DESCRIBED = re.compile(rf"{_CAPS_DESCRIBED_FORM}{_S}*(?:\n|$)")
_CAPS_DESCRIBED_INLINE = re.compile(rf"^{_CAPS_DESCRIBED_FORM}{_S}+\S", re.MULTILINE)


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
# The heading of a list of people, no one's name: "Conference Call Participants"
_LIST_HEADING = re.compile(
    r"(?i)\b(?:participants|attendees|panell?ists|speakers|analysts|executives|guests)$"
)
_NAME_LINE_MAX = 120  # characters of a name with constituency, party and a time
_SAID = re.compile(r"[a-z][.!?][\"'\u201d\u2019]?\s*$")  # a sentence's end after a word
_SENTENCE = re.compile(r"[.?!\"\u201d\u2019]\s*$|(?:\S+\s+){3}\S")


# A sentence that reports on someone rather than speaking: a third-person subject
_REPORTED = re.compile(rf"{_S}*(?:She|He|They|His|Her|Their){_S}")


def _lone_names(text: str) -> dict[int, str]:
    """``_names_alone`` with a list's heading among them ("Company Participants", the
    names and titles below it) made narration (""), as a listed participant is."""
    found = _names_alone(text)
    return {at: "" if _LIST_HEADING.search(name) else name for at, name in found.items()}


def _names_alone(text: str) -> dict[int, str]:
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
    marked_at: list[int] = []  # where the marked name lines stand
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
        # (a list's next name, not a reply in capitalised words: "Understood. Thanks.")
        next_named = _NAME_LINE.match(f"{following}\nx") and not _SAID.search(following)
        listed = m["dashed"] and (next_named or para.start() == listed_to)
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
        if m["dashed"] and label and _HONORIFIC.match(label["name"] or ""):
            continue  # "Housing — Rental Bond Scheme" heading "Ms HARTIGAN (Glenmorrow):"
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
            marked_at.append(para.start())
        clocked += bool(marked and _CLOCK.search(m["time"] or "") and not _hansard_marked(m, False))
        chatty += bool(_PERSONAL.search(following) or _CHAT.match(following))
        plain = plain and not marked
    found = _self_called(text, found)  # "SEUN" below "OLUWASEUN ADEYEMI: ... I'm Seun"
    names = list(found.values())
    if not (_recurring(names) or _recurring(_people(names) or ())):
        return {}  # (a person may come back by the surname alone: "GAFFNEY")
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
    if not plain and len(marked_at) == 1 and marked_at[0] == min(found):
        # a masthead's line above unmarked turns ("THE COURIER — LIVE"): the title
        # block's, no turn
        del found[marked_at[0]]
        names = list(found.values())
        plain = True
    # unmarked: people talking ("I", "you") take turns, not under sections' titles
    talk = 2 * personal >= len(names) and headed < 2
    if plain and talk and _given_names_told(text, names):
        return found  # "LENA" above "Welcome back ... I'm Lena Okafor."
    return found if plain and talk and _conversation(names) else {}


def _given_names_told(text: str, names: Sequence[str]) -> bool:
    """Whether one-word names in capitals above the turns are the speakers' given names
    (a podcast's "LENA", "JONAH"): two people or more, each coming back, and each name
    the text gives in full somewhere ("I'm Lena Okafor", "with Tomasz Wierzba"); a
    heading in capitals ("INGREDIENTS", "METHOD") is no one's given name."""
    times = Counter(names)
    once = any(n < 2 or " " in name or not name.isupper() for name, n in times.items())
    if len(times) < 2 or once:
        return False
    told = (re.search(rf"\b{re.escape(name.title())}{_S}+[A-Z][a-z]", text) for name in times)
    return all(m is not None for m in told)


# One's own short name in one's first words: "Hi everyone, I'm Seun, I'm a third-year"
_CALLED = re.compile(r"\bI['\u2019]m[^\S\n]+(?P<short>[A-Z][a-z]+)\b")
_CALLED_REACH = 120  # characters of the speech below a name


def _self_called(text: str, found: dict[int, str]) -> dict[int, str]:
    """``found`` with a one-word name the person gave as their own below their full
    name ("OLUWASEUN ADEYEMI" / "... I'm Seun, ...", then "SEUN") made that full name."""
    called: dict[str, set[str]] = {}
    for at, name in found.items():
        if len(name.split()) < 2:
            continue
        below = _lstrip(text, text.find("\n", at) % len(text), len(text))
        line_end = text.find("\n", below) % (len(text) + 1)  # (the first line's words)
        m = _CALLED.search(text, below, min(line_end, below + _CALLED_REACH))
        if m and m["short"].lower() not in name.lower().split():
            called.setdefault(m["short"].lower(), set()).add(name)
    return {
        at: next(iter(full)) if len(full := called.get(name.lower(), set())) == 1 else name
        for at, name in found.items()
    }


def _marked_names(text: str, lone_names: dict[int, str]) -> frozenset[str]:
    """The names alone on their lines that are marked somewhere (a constituency, a
    title): Hansard's bare name later is the same member's, speaking at length."""
    lines = ((name, _NAME_LINE.match(text, at)) for at, name in lone_names.items())
    return frozenset(name for name, m in lines if m is not None and _hansard_marked(m))


def _conversation(names: Sequence[str]) -> bool:
    """Whether unmarked names on their lines are speakers taking turns: full names with
    no word that names no one ("STEP ONE", "Part Two" above a list's items are none),
    two people at least coming back, by the full name again or by the surname or the
    given name alone after it ("ROSS GAFFNEY", then "GAFFNEY", as a newspaper prints a
    conversation; "BETHAN LLOYD-PRYCE", then "BETHAN"), and at most a third of the lines
    naming someone heard once or no one ("QUESTION FROM THE FLOOR"). Names in capitals
    count only so shortened: a heading in capitals is never a surname later; and a
    surname so said alone makes a person of a given name that is also a month ("June
    Park-Ellison")."""
    people = _people(names)
    if people is None:
        return False
    shortened = {person for name, person in zip(names, people, strict=True) if name != person}
    if not shortened and any(name.isupper() for name in names):
        return False
    times = Counter(people)
    # a few lines may name someone heard once or by a name the others never use
    # ("QUESTION FROM THE FLOOR", a nickname): a third of them at most
    odd = sum(
        not _may_name(person.split()[-1] if person in shortened else person) or times[person] < 2
        for person in people
    )
    return 3 * odd <= len(names) and sum(n >= 2 for n in times.values()) >= 2


def _people(names: Sequence[str]) -> list[str] | None:
    """The person each name on its line is: a full name itself, a surname or a given name
    alone the one full name above it that ends or starts with it ("GAFFNEY", "BETHAN"); a
    word that is neither is itself, so long as most are not; None where the first name
    is no full name ("Eggs", "Summary")."""
    fulls: dict[str, set[str]] = {}  # a surname, in lower case -> the full names above with it
    givens: dict[str, set[str]] = {}  # a given name -> the full names above with it
    people = []
    alone = 0  # one-word names that shorten no full name above
    for name in names:
        words = name.lower().split()
        if len(words) >= 2:
            fulls.setdefault(words[-1], set()).add(name)
            givens.setdefault(words[0], set()).add(name)
            people.append(name)
        elif len(same := fulls.get(words[0]) or givens.get(words[0], set())) == 1:
            # (a surname first: "GAFFNEY" is the Gaffney above, not a Gaffney's given name)
            people.append(next(iter(same)))
        elif people:
            alone += 1
            people.append(name)
        else:
            return None
    return people if 2 * alone < len(names) else None


_CLOCK = re.compile(r"[AaPp]\.?[Mm]\.?$")  # "10:03 AM"; "00:21" into a recording is no clock
_CHAT = re.compile(r"[a-z]|[^\n]*\?\s*$")  # a message in lower case, or a question
_COUNTS = frozenset("one two three four five six seven eight nine ten first second third".split())


def _may_name(name: str) -> bool:
    words = name.lower().split()
    return not any(w in _NO_NAME_WORDS or w in _COUNTS for w in words)


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
