"""Chat exports and live captions: how they mark messages and speaker changes.

A chat's export dates each message before its sender ("3/5/24, 9:01 PM - Bea:") and
writes system lines with no sender ("Gwen added Bea"), which are no one's words; a
sender may be known by phone number only. Captions mark a change of speaker with ">>";
a mail's quoted lines and a wire's ">> MORE:" kicker use the same mark, so it counts
only where several ">> NAME:" lines appear and a speaker comes back. An IRC log writes
each message "[17:01:20] <kestrel> we have two", an action "[17:00:15] * tamsin waves",
and the server's notices ("-!- tamsin has quit"), which are no one's words; a roster in
its header ("kestrel = Kestrel Amundsen") names the nicks.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from .shared import _CHAT_STAMP, _S, _may_be_person

_CHAT_LINE = re.compile(rf"{_S}*{_CHAT_STAMP}")
# a chat export's message: the stamp, then a sender's label ("3/5/24, 9:01 PM - Bea:")
_CHAT_MESSAGE = re.compile(rf"^{_S}*{_CHAT_STAMP}{_S}*(?:-{_S}*)?[^\s:][^\n:]{{0,60}}:", re.M)
# a chat's sender known by number only, after the message's date: "+44 7700 900412"
_PHONE = rf"(?<=[\]\d\-]{_S})\+\d{{1,3}}(?:{_S}?\d{{2,5}}){{2,4}}"
# a meeting's participant known by the device they joined from: "Dev's iPhone"
_DEVICE = (
    rf"[A-Z][\w\-]*['\u2019]s{_S}+(?:iPhone|iPad|Android|Galaxy|Pixel|MacBook(?:{_S}+(?:Pro|Air))?"
    rf"|Mac|PC|Laptop|Phone|Computer|Desktop|Tablet)\b"
)


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
    """Whether ">>" marks speaker changes here: several ">> NAME:" lines, and a speaker
    coming back or, as a meeting's captioner writes in capitals, three speakers or more
    named once each with every line from the first mark on in capitals; mail quotes with
    ">>" (a writer's "Thanks, / Rob" below them) and a wire's ">> MORE:" kickers do not."""
    if ">>" not in text:
        return False  # (no mark: most texts, not scanned)
    names = Counter(m["br"] or m["caps"] for m in _CC_LABEL.finditer(text))
    if names.total() < _CC_MIN:
        return False
    if max(names.values()) >= 2:
        return True
    captions = text[text.index(">>") :]
    return len(names) >= _CC_MIN and captions == captions.upper()


# An IRC log's lines, after the time: a message "<nick>", an action "* nick", a notice
# of the server's or the client's ("-!- orrin_w [...] has joined", "*** Quits: ...",
# "--> orrin_w joined")
_NICK = r"[A-Za-z_\[\]\\^{}|`][\w\[\]\\^{}|`\-]{0,30}"
_IRC_STAMP = r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?"
# (the time may be left out, and irssi pads the nick: "< kestrel>", "<@kestrel>")
_IRC_MESSAGES = tuple(
    re.compile(rf"{_S}*(?P<early>{_IRC_STAMP}{_S}+)?{nick}(?P<late>)(?P<late2>){_S}+(?=\S)")
    for nick in (rf"<{_S}?[@+%&~]?(?P<name>{_NICK})>", rf"\*{_S}+(?P<name>{_NICK})")
)
# HTML's tags, which a page's source opens its lines with: no nicks
_HTML_TAGS = frozenset(
    "p b i u s a em strong li ul ol div span br hr td tr th table img pre code blockquote "
    "h1 h2 h3 h4 h5 h6 html head body title meta link script style".split()
)
_IRC_NOTICE = re.compile(rf"{_S}*{_IRC_STAMP}{_S}+(?:-!-|\*\*\*|-->|<--|<->|={{3}})")
_IRC_MIN = 3  # messages, for a text to be an IRC log


def irc_lines(text: str) -> tuple[dict[int, re.Match[str]], frozenset[int]]:
    """An IRC log's messages and actions (line start -> the match, its nick in
    ``name``) and its notices (line starts); both empty unless ``text`` is a log:
    several messages, two nicks, one coming back."""
    # (each message holds its own "<" or "*", one line each: fewer than _IRC_MIN of them
    # in the text leave fewer messages than a log has, and no line is read)
    if text.count("<") + text.count("*") < _IRC_MIN:
        return {}, frozenset()
    found: dict[int, re.Match[str]] = {}
    notices: set[int] = set()
    for line in re.finditer(r"[^\n]+", text):
        said = (r.match(text, line.start()) for r in _IRC_MESSAGES)
        if (m := next((m for m in said if m is not None), None)) is not None:
            if not m["early"] and (m.group().lstrip()[0] == "*" or m["name"] in _HTML_TAGS):
                continue  # untimed, "* nick" is a list's bullet, "<p>" a page's tag
            found[line.start()] = m
        elif _IRC_NOTICE.match(text, line.start()):
            notices.add(line.start())
    nicks = Counter(m["name"] for m in found.values())
    if nicks.total() < _IRC_MIN or len(nicks) < 2 or max(nicks.values()) < 2:
        return {}, frozenset()
    # "* Now talking in #quarry", "* Topic is ...": a client's notice, the "nick" of an
    # action no one who writes a message goes by
    writers = {m["name"] for m in found.values() if "<" in m.group()}
    for at in [at for at, m in found.items() if m["name"] not in writers]:
        notices.add(at)
        del found[at]
    return found, frozenset(notices)


_LOG_LINE = re.compile(r"[^\n]+")
# a line opening with a label: "HOST: And did anyone ask?", "Session Close: Tue Apr 14"
_LINE_LABEL = re.compile(r"[^\S\n]*(?P<label>[^\s:<>\[\]][^\n:<>]{0,40}):[^\S\n]")


def off_the_log(text: str, said: dict[int, re.Match[str]], notices: frozenset[int]) -> set[int]:
    """The starts of an IRC log's lines below its first message that are neither a
    message nor a notice ("--- Day changed Thu Apr 16 2026", "Session Close: ...", an
    editor's note): no one's words, as a message is never wrapped onto a line of its own.
    None where the log is half the lines below its first or less, nor a line indented or
    in lower case (a wrapped message's rest) or one a label opens that opens another too
    (a chat read out in an interview: "HOST: And did anyone ask?")."""
    if not said:
        return set()
    lines = [m for m in _LOG_LINE.finditer(text, min(said)) if not m.group().isspace()]
    if 2 * (len(said) + len(notices)) < len(lines):
        return set()
    labels = [m["label"] for m in map(_LINE_LABEL.match, text.split("\n")) if m is not None]
    again = {label for label, n in Counter(labels).items() if n > 1}
    return {
        m.start()
        for m in lines
        if m.start() not in said
        and m.start() not in notices
        and not (m.group()[0].isspace() or m.group()[0].islower())
        and not ((label := _LINE_LABEL.match(m.group())) and label["label"] in again)
    }


# A log's roster of nicks: "kestrel = Kestrel Amundsen (chair); zubair_h = Zubair Hassan"
_ROSTER = re.compile(
    rf"(?<![\w\-])(?P<nick>{_NICK}){_S}*(?:=|:|->){_S}*"
    r"(?P<who>[A-Z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][\w'\u2019\-]*){1,3})"
)


def roster_names(nicks: set[str], intro: str) -> dict[str, str]:
    """Nick -> the full name the log's header gives it ("kestrel = Kestrel Amundsen")."""
    out: dict[str, str] = {}
    for m in _ROSTER.finditer(intro):
        if m["nick"] in nicks and m["nick"] != m["who"]:
            out[m["nick"]] = m["who"]
    return out


# a message introducing its writer: "evening all, Dmitri Kovač here", "this is Ann Roe"
_SELF_INTRODUCED = re.compile(
    r"(?P<intro>\b(?i:this)[^\S\n]+is[^\S\n]+|\bI['\u2019]m[^\S\n]+|\bI[^\S\n]+am[^\S\n]+)?"
    r"(?P<who>[A-Z][\w'\u2019\-]+[^\S\n]+[A-Z][\w'\u2019\-]+)"
    r"(?P<here>[^\S\n]+here\b)?"
)


def _folded(word: str) -> str:
    """``word`` in lower case, its accents dropped: "Kovač" -> "kovac"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_POSSESSIVE = ("'s", "\u2019s")


def _made_of(nick: str, parts: list[str]) -> bool:
    """Whether a folded ``nick``'s letters are a two-word name's ``parts``: one whole,
    the other's first letters or none, in either order ("dkovac", "marcust", "kovacd"
    for Dmitri Kovac), not a word of the name and another ("londonops", London Bridge)."""
    letters = "".join(c for c in nick if c.isalpha())
    return any(
        letters in (other[:k] + whole, whole + other[:k])
        for whole, other in (parts, parts[::-1])
        for k in range(len(other) + 1)
    )


def self_named_nicks(turns: dict[str, list[str]]) -> dict[str, str]:
    """Nick -> the full name its own message introduces ("<dkovac> evening all, Dmitri
    Kovač here"): two signals, the introduction ("this is", "I'm", "... here") and a
    nick made of that name (its surname or its given name in it), so that a name in
    passing ("<rhea> Ann Roe was here") or another's ("<rhea> this is Ann Roe") names
    no one."""
    out: dict[str, str] = {}
    for nick, said in turns.items():
        folded_nick = _folded(nick)
        found: set[str] = set()
        for body in said:
            for m in _SELF_INTRODUCED.finditer(body):
                if not (m["intro"] or m["here"]):
                    continue  # a bare name: no introduction
                if m["who"][-2:] in _POSSESSIVE:
                    continue  # "I'm Ann Kerr's deputy": someone else's name
                parts = [_folded(w) for w in m["who"].split()]
                if any(len(part) > 2 and part in folded_nick for part in parts) and _made_of(
                    folded_nick, parts
                ):
                    found.add(m["who"])
        if len(found) == 1:
            out[nick] = found.pop()
    return out


# A sender an export shows by phone number, not in the phone's contacts: "+44 7700
# 900318", "(555) 014-2270"
_PHONE_SENDER = re.compile(r"\+?\(?\d[\d\s().\-]{5,}\d")
_MIN_DIGITS = 7


def self_named_numbers(turns: dict[str, list[str]], text: str) -> dict[str, str]:
    """Phone-number sender -> the full name their first message introduces ("+44 7700
    900318: hi all this is Gil Ashdown, new number"): two signals, a sender the export
    could not name and an introduction ("this is", "I'm", "... here") in their first
    message, or a given name placed as one introduces oneself ("it's Bex from
    downstairs"); not a name someone else owns ("this is Ann Roe's old phone")."""
    out: dict[str, str] = {}
    for sender, said in turns.items():
        if not said or not _PHONE_SENDER.fullmatch(sender.strip()):
            continue
        if sum(c.isdigit() for c in sender) < _MIN_DIGITS:
            continue
        for m in _SELF_INTRODUCED.finditer(said[0]):
            if not (m["intro"] or m["here"]) or m["who"][-2:] in _POSSESSIVE:
                continue
            if _may_be_person(m["who"], text):
                out[sender] = m["who"]
            break
        else:
            # a given name alone, placed as one introduces oneself: "hi it's Bex from
            # downstairs", "this is Gil here"
            given = _GIVEN_FROM.match(said[0])
            if given and _may_be_person(given["who"], text):
                out[sender] = given["who"]
    return out


# (opening the message, after a greeting or none: "it's Christmas from Friday" in the
# middle of a message introduces no one)
_GIVEN_FROM = re.compile(
    r"[^\S\n]*(?:(?i:hi|hey|hello|morning|evening)(?:[^\S\n]+(?i:all|everyone|folks))?"
    r"[,!.]?[^\S\n]+)?"
    r"(?:(?i:this)[^\S\n]+is|[Ii]t['\u2019]s|I['\u2019]m)[^\S\n]+(?P<who>[A-Z][a-z'\u2019\-]+)"
    # (not a time after "from": "it's Ramadan from tomorrow", "It's Easter from next week")
    r"(?=[^\S\n]+(?:from[^\S\n]+(?!(?:tomorrow|today|tonight|now|next|this|then)\b)[a-z]"
    r"|here\b))"
)
