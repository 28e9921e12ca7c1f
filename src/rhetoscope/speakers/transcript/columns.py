"""Transcripts laid out in columns: a time or a tape counter, the voice, the words.

A police record of taped interview prints "0012   PENHALIGON   Can you state ...", a
cockpit voice recorder's transcript "1641:12      HOT-1    okay, descent checklist
complete.": each line a counter, a run of spaces, the speaker in capitals, a run of
spaces, the speech. A line like that is also what a timetable looks like ("0900
REGISTRATION   Main hall"), so these are labels only where the layout recurs (several
lines, two voices, one coming back) and the third column talks, as speech does. In
such a record a line with a counter (or a range of them) and no voice is the
recorder's summary, narration ("0215-0941    Questions were put to DOYLE ...").

A recorder's legend names the voices its codes stand for: "-1  Voice identified as the
Captain" makes "HOT-1" the Captain, "APR  Radio transmission from Cleveland Approach"
makes "APR" Cleveland Approach; "-?  Voice unidentified" leaves "CAM-?" as written.
"""

from __future__ import annotations

import re
from collections import Counter

from ..names import first_name_known
from .shared import _FIELD_END, _PARAGRAPH, _PERSONAL, _S

# a counter: a clock time ("1641:07", "00:01:02") or a tape's count ("0000", "0946")
_COUNTER = r"(?:\d{1,4}:\d{2}(?::\d{2})?|\d{3,4})"
# the voice: one to three capitalised words ("PENHALIGON", "DC Qureshi"), a code's suffix
# after a hyphen ("HOT-1", "CAM-?"), set off by two spaces or a tab on each side
# ("F/O", a first officer, as a recorder writes it)
# (or an aircraft's call sign, letters and digits: "N482KT", "SKY219", as an air-traffic
# record's FROM column gives it)
_VOICE = (
    r"(?:[A-Z]{1,4}\d{1,4}[A-Z]{0,3}(?![\w'\u2019])"
    r"|[A-Z][A-Za-z'\u2019]*(?:/[A-Z]{1,2})?(?:-[A-Z0-9?]{1,3})?"
    r"(?:[ ][A-Z][A-Za-z'\u2019\-]*\.?){0,2})"
)
# a column's gap: a whole run of blanks holding a tab or two blanks. Checked ahead, then
# taken at once: written "{_S}*(?:\t|{_S}{2}){_S}*", a long run of blanks was split in
# every way before a failure (20,000 spaces after a counter took 7 s)
_GAP = rf"(?={_S}*?(?:\t|{_S}{{2}})){_S}*+"
_COLUMN_LINE = re.compile(
    rf"{_S}*(?P<early>{_COUNTER}){_GAP}(?P<name>{_VOICE})(?P<late>)(?P<late2>){_GAP}(?=\S)"
)
# the recorder's summary: a counter or a range, then words that are no voice's column
_SUMMARY_LINE = re.compile(
    rf"{_S}*{_COUNTER}(?:{_S}*[\-\u2013\u2014]{_S}*{_COUNTER})?(?:\t|{_S}{{2}}){_S}*\S"
)
_MIN_LINES = 4  # lines so laid out, for a document to be a column transcript


def column_labels(text: str) -> tuple[dict[int, re.Match[str]], frozenset[int]]:
    """Where column lines start -> their label match, and where the recorder's summary
    lines start; both empty unless the document is laid out so."""
    found: dict[int, re.Match[str]] = {}
    rest: list[int] = []
    for para in _PARAGRAPH.finditer(text):
        if (m := _COLUMN_LINE.match(text, para.start())) is not None:
            found[para.start()] = m
        elif _SUMMARY_LINE.match(text, para.start()):
            rest.append(para.start())
    if len(found) > 1:
        found.update(_uncounted(text, found))
    voices = Counter(m["name"] for m in found.values())
    if len(found) < _MIN_LINES or len(voices) < 2 or max(voices.values()) < 2:
        return {}, frozenset()
    said = [text[m.end() : text.find("\n", m.end()) % (len(text) + 1)] for m in found.values()]
    # a line talks when it ends a sentence or says "I", "we", "you"; a listing's or a
    # log's lower-case entries ("coffee in the foyer", "starting worker pool") do not,
    # and someone must say "I", "we", "you" or ask
    personal = sum(bool(_PERSONAL.search(line) or "?" in line) for line in said)
    talking = sum(bool(_FIELD_END.search(line) or _PERSONAL.search(line)) for line in said)
    if not personal or 2 * talking < len(found):
        return {}, frozenset()  # a timetable's or a log's columns: no one talks
    # a note in square brackets filling the words' column is the recorder's ("CAM
    # [sound similar to landing gear extension]"), not a voice's
    notes = {at for at, m in found.items() if _NOTE.match(text, m.end())}
    # below the first column line, a line that starts left of the words' column (no
    # wrapped speech) is the record's: "Interview concluded.", a signature, a page number
    column = min(m.end() - at for at, m in found.items())
    first = min(found)
    outside = {
        para.start()
        for para in _PARAGRAPH.finditer(text, first)
        if para.start() not in found and len(para.group()) - len(para.group().lstrip()) < column
    }
    return (
        {at: m for at, m in found.items() if at not in notes},
        frozenset(rest) | notes | outside,
    )


_NOTE = re.compile(rf"\[[^\[\]\n]+\]{_S}*$", re.M)

# a line whose counter column is blank: the voice indented to its column, then the words
_UNCOUNTED_LINE = re.compile(
    rf"(?P<early>{_S}+)(?P<name>{_VOICE})(?P<late>)(?P<late2>){_GAP}(?=\S)"
)


def _uncounted(text: str, found: dict[int, re.Match[str]]) -> dict[int, re.Match[str]]:
    """Lines of a column record that leave the counter blank, as a record of taped
    interview counts only now and then ("               DS FRY            Detective
    Sergeant ..."): the voice starts where the counted lines' voices start and the words
    where theirs do, so a wrapped line of speech (the words' column only) is none."""
    voice = Counter(_column(text, at, m.start("name")) for at, m in found.items())
    words = Counter(_column(text, at, m.end()) for at, m in found.items())
    voice_column, words_column = voice.most_common(1)[0][0], words.most_common(1)[0][0]
    out: dict[int, re.Match[str]] = {}
    for para in _PARAGRAPH.finditer(text, min(found)):
        at = para.start()
        m = None if at in found else _UNCOUNTED_LINE.match(text, at)
        if (
            m
            and _column(text, at, m.start("name")) == voice_column
            and _column(text, at, m.end()) == words_column
        ):
            out[at] = m
    return out


def _column(text: str, line: int, at: int) -> int:
    """Where ``at`` stands on its line as printed, a tab reaching the next stop of 8."""
    return len(text[line:at].expandtabs(8))


# A legend's line: a code, a run of spaces or a dash, what it stands for ("-1      Voice
# identified as the Captain", "APR     Radio transmission from Cleveland Approach",
# "NDA512 — Nordair 512, captain Ruben Aske")
_LEGEND_LINE = re.compile(
    rf"^{_S}*(?P<code>-?[A-Z0-9?/]{{1,4}}|-[0-9?]|[A-Z]{{1,4}}\d{{1,4}}[A-Z]{{0,3}})"
    # (after a dash, what it stands for may open in lower case: "FX9 — private Cessna")
    rf"(?:{_S}{{2,}}|{_S}+[\u2013\u2014=]{_S}+)(?P<what>(?:[A-Z]|(?<=[\u2013\u2014=]{_S})[a-z])[^\n]*?){_S}*$",
    re.M,
)
# A person's name in a legend: two or three capitalised words
_PERSON = rf"[A-Z][a-z'\u2019\-]+(?:{_S}+[A-Z][a-z'\u2019\-]+){{1,2}}"
# The person a legend's line names in parentheses, a rank before or not: "Voice identified
# as the Captain (Capt. Harold Veen)", "Interphone, flight attendant (Joanne Pryce)"
_NAMED_IN_LEGEND = re.compile(rf"\((?:[A-Z][\w/]*\.?{_S}+)?(?P<who>{_PERSON})\)")
# The person a legend's item names after a role in lower case: "Bellmoor Tower, local
# controller Jana Kulik", "private Cessna G-FXNN, pilot Ines Tordal"
_ROLE_THEN_NAME = re.compile(
    rf"(?:^|,){_S}*(?:[a-z][a-z\-]*{_S}+){{1,3}}(?P<who>{_PERSON}){_S}*(?=[,;(]|$)"
)
# What a legend's line opens with when it names no person: a station's name, a place and
# the facility ("Bellmoor Ground (controller not identified)"), or an aircraft's, its call
# sign's number spelled out with it ("NDA512 — Nordair 512"); not a device's ("CAM —
# Cockpit Area Microphone" stays "CAM")
_STATION = re.compile(
    rf"(?P<who>[A-Z][a-z]+(?:{_S}+[A-Z][a-z]+)?{_S}+(?:(?P<facility>Tower|Ground|Approach"
    rf"|Departure|Center|Centre|Control|Radio|Delivery|Clearance|Ops)|(?P<number>\d{{1,4}})))"
    rf"{_S}*(?=[,;(]|$)"
)
_IDENTIFIED = re.compile(rf"(?i:voice{_S}+identified{_S}+as){_S}+(?:the{_S}+)?(?P<who>[^\n,;]+)")
_FROM = re.compile(rf"(?i:transmission{_S}+from){_S}+(?P<who>[A-Z][^\n,;]*)")


def legend_names(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> whom a recorder's legend in ``intro`` says the code stands for: a code's
    suffix identified as a crew member ("HOT-1" -> "Captain"), a station a bare code's
    transmission comes from ("APR" -> "Cleveland Approach"); codes whose legend names no
    one ("CAM-?", "CAM") stay as written."""
    legend = {m["code"]: m["what"] for m in _LEGEND_LINE.finditer(intro)}
    if len(legend) < _MIN_LINES:
        return {}
    out: dict[str, str] = {}
    for label in labels:
        if (named := _NAMED_IN_LEGEND.search(legend.get(label, ""))) is not None:
            out[label] = named["who"]  # "CAPT  Voice identified as the Captain (Capt. Harold Veen)"
            continue
        station = _STATION.match(legend.get(label, ""))
        if station and station["number"] and not label.endswith(station["number"]):
            station = None  # "CTR3 — Sector 4": no call sign spelled out
        if label in legend and (named := _ROLE_THEN_NAME.search(legend[label]) or station):
            out[label] = " ".join(named["who"].split())
            continue
        code, dash, suffix = label.partition("-")
        m = (
            _IDENTIFIED.search(legend.get(f"-{suffix}", ""))
            if dash
            else _FROM.search(legend.get(code, ""))
        )
        if m:
            out[label] = m["who"].strip().rstrip(".")
    return out


def itemised_names(labels: set[str], intro: str) -> dict[str, str]:
    """Label -> the person a record in columns' introduction names in parentheses in the
    code's own item of a list ("Aircraft: N482KT, Piper PA-28 (pilot in command: Gerrit
    Vandersloot); SKY219, ..." makes "N482KT" Gerrit Vandersloot); a code whose item
    names no one ("SKY219, Skyline Connect Dash 8") stays as written."""
    out: dict[str, str] = {}
    for label in labels:
        m = re.search(
            rf"(?<![\w\-]){re.escape(label)}(?![\w\-])[^;\n()]{{0,60}}"
            rf"\((?P<role>[^():;\n]{{1,40}}:{_S}*)?(?P<who>{_PERSON}){_S}*\)",
            intro,
        )
        # a person: said to hold a part ("pilot in command: ...") or a known given name,
        # not a position ("TWR (Kelburn Tower)")
        if m and (m["role"] or first_name_known(m["who"].split()[0].lower())):
            out[label] = " ".join(m["who"].split())
    return out
