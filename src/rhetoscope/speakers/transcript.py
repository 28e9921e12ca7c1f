"""Labelled transcripts: turns opened by a speaker label at the start of a paragraph.

Labels: ``NAME:``, ``Full Name:``, ``TITLE NAME:`` (``SEN. OKAFOR:``), ``Q:``/``A:`` and
``Q.``/``A.``, ``[Name]``, ``**Name:**`` (Markdown), congressional ``Mr. SMITH.``, each
optionally after a timestamp (``[00:01:02]``, ``00:01:02``, ``(00:01)``). A label with
lower-case words counts only when it starts with a role ("Announcer offscreen:").

A text is a transcript when at least ``MIN_LABELLED`` paragraphs open with a label and
at least two speakers appear. An unlabelled paragraph continues the previous turn;
paragraphs before the first label are narration. Within a document one person has one
name: a label that is part of a longer one ("HOLT" in "Lester Holt") takes the longer;
``Q`` and ``A`` take the interviewer's and interviewee's names when the introduction
gives them ("Interview with Dolores Vance, by Sam Ortiz"). Stage directions
(``(APPLAUSE)``, ``[CROSSTALK]``, ``[inaudible]``) are neither speakers nor speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..models import NARRATOR, UNKNOWN, Segment

MIN_LABELLED = 3
_S = r"[^\S\n]"
_TIMESTAMP = rf"(?:[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?[\])]?{_S}*(?:-{_S}*)?)?"
_CAP_WORD = r"(?:[A-Z][\w'\u2019\-]*\.?)"
_PARTICLE = r"(?:de|da|van|von|der|del|la|le|bin|al|di|du)"
_NAME = rf"{_CAP_WORD}(?:{_S}(?:{_CAP_WORD}|{_PARTICLE})){{0,4}}"
_ROLES = (
    "announcer audience moderator questioner interviewer interviewee speaker unidentified "
    "unknown male female voice participant panelist panellist reporter crowd narrator "
    "host guest caller witness chairman chairwoman chair"
).split()
_ROLE_LABEL = rf"(?i:{'|'.join(_ROLES)})(?:{_S}[a-z][\w\-]*){{1,2}}"
_LABEL = re.compile(
    rf"""
    ^{_S}*{_TIMESTAMP}
    (?:
        \*\*(?P<md>[^*\n:]{{1,60}}?):?\*\*:?                 # **Name:**
      | \[(?P<br>[A-Z][^\]\n]{{0,60}})\]                      # [Name]
      | (?P<cong>(?:Mr|Mrs|Ms|Miss|Dr)\.{_S}[A-Z][A-Z'\-]+)\.   # Mr. SMITH.
      | (?P<qa>[QA])(?::|\.)                                  # Q: / A.
      | (?P<name>{_NAME}|{_ROLE_LABEL}){_S}*:                  # Name:
    )
    (?={_S}+\S)
    """,
    re.VERBOSE | re.MULTILINE,
)
# Sounds and actions that a bracketed note names.
_STAGE_WORDS = (
    "applause laughter laughs laughing crosstalk cross-talk inaudible unintelligible "
    "cheers cheering boos booing music silence pause break commercial chanting chants "
    "off-mic indiscernible overlapping sighs coughs clapping gavel bell"
).split()
_STAGE = re.compile(r"[\[(][^\[\]()\n]{2,40}[\])]")
_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb]|''")
_INTERVIEWEE = re.compile(
    rf"(?i:interview(?:ed)?|conversation|talks?|q&a|q{_S}*and{_S}*a){_S}+with{_S}+(?P<who>"
    rf"{_NAME})"
)
_INTERVIEWER = re.compile(
    rf"(?i:interview(?:ed)?{_S}+by|conducted{_S}+by|questions{_S}+by|asked{_S}+by)"
    rf"{_S}+(?P<who>{_NAME})"
)


@dataclass(frozen=True, slots=True)
class _Label:
    start: int  # paragraph start
    end: int  # end of the label (and timestamp)
    name: str


def _label(m: re.Match[str]) -> str:
    raw = next(m.group(g) for g in ("md", "br", "cong", "qa", "name") if m.group(g))
    return " ".join(raw.split()).strip(" .:")


def is_stage_direction(text: str, *, in_speech: bool = True) -> bool:
    """``(APPLAUSE)``, ``[inaudible]``: a bracketed note of a sound or an action. Inside
    speech, any short all-capitals note counts too (``[END OF TRANSCRIPT]``); at the
    start of a paragraph that could be a label (``[LESTER HOLT]``)."""
    inner = text[1:-1].strip()
    words = inner.lower().replace(",", " ").split()
    return bool(words) and (
        any(w in _STAGE_WORDS for w in words) or (in_speech and inner.isupper() and len(words) <= 4)
    )


def split_turns(text: str) -> list[Segment] | None:
    """Turn (and stage-direction) segments, or None when ``text`` is not a transcript."""
    labels: list[_Label] = []
    for para in _PARAGRAPH.finditer(text):
        m = _LABEL.match(text, para.start())
        if m is None:
            continue
        name = _label(m)
        if name and not (m.group("br") and is_stage_direction(f"[{name}]", in_speech=False)):
            labels.append(_Label(para.start(), _lstrip(text, m.end(), para.end()), name))
    if len(labels) < MIN_LABELLED or len({label.name for label in labels}) < 2:
        return None
    names = _canonical_names([label.name for label in labels], text[: labels[0].start])
    segments: list[Segment] = []
    bounds = [label.start for label in labels[1:]] + [len(text)]
    for label, bound in zip(labels, bounds, strict=True):
        start = label.start + _lead(text, label.start)
        end = _rstrip(text, start, bound)
        turn = Segment(
            names[label.name],
            "turn",
            start,
            end,
            cue=text[start : label.end].strip(),
            head=label.end - start,
        )
        segments.extend(_split_stage_directions(text, turn))
    return segments


def _canonical_names(labels: Sequence[str], intro: str) -> dict[str, str]:
    """One name per person: the longest label containing a shorter one ("HOLT" ->
    "Lester Holt"); Q and A named from the introduction when it says who they are."""
    out: dict[str, str] = {}
    distinct = sorted(set(labels), key=len, reverse=True)
    for name in distinct:
        words = _words(name)
        longer = [o for o in distinct if len(o) > len(name) and _contains(_words(o), words)]
        # Only when every longer form is one person's ("Holt" < "Lester Holt" < "Lester
        # Holt Jr"); "Clinton" beside "Bill Clinton" and "Hillary Clinton" stays as it is.
        if longer and all(_contains(_words(longer[0]), _words(o)) for o in longer):
            out[name] = longer[0]
        else:
            out[name] = name
    if set(labels) >= {"Q", "A"}:
        interviewee = _INTERVIEWEE.search(intro)
        interviewer = _INTERVIEWER.search(intro)
        if interviewee:
            out["A"] = interviewee.group("who").rstrip(".")
        if interviewer and (not interviewee or interviewer.group("who") != out["A"]):
            out["Q"] = interviewer.group("who").rstrip(".")
    return out


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
    }
    return tuple(w for w in re.findall(r"[\w'\u2019\-]+", name.lower()) if w not in titles)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _split_stage_directions(text: str, turn: Segment) -> Iterable[Segment]:
    """The turn cut around its stage directions, which become narration without speech."""
    cursor = turn.start
    head = turn.head
    for m in _STAGE.finditer(text, turn.start + turn.head, turn.end):
        if not is_stage_direction(m.group()):
            continue
        if text[cursor + head : m.start()].strip():
            yield replace(turn, start=cursor, end=_rstrip(text, cursor, m.start()), head=head)
        elif head:  # a label followed at once by a stage direction
            yield Segment(turn.speaker, "turn", cursor, cursor + head, turn.cue, head)
        yield Segment(
            NARRATOR, "narration", m.start(), m.end(), "stage direction", head=m.end() - m.start()
        )
        cursor, head = _lstrip(text, m.end(), turn.end), 0
    if cursor < turn.end and text[cursor : turn.end].strip():
        cue = turn.cue if head else ""
        yield Segment(turn.speaker, "turn", cursor, turn.end, cue, head)


def quotes_within(text: str, turns: Sequence[Segment], attribute) -> list[Segment]:
    """Turns with the quotations they attribute to someone else cut out as quote
    segments ("As Churchill said, 'We shall never surrender'")."""
    out: list[Segment] = []
    for turn in turns:
        if turn.kind != "turn":
            out.append(turn)
            continue
        body = turn.start + turn.head
        if not _QUOTE_MARK.search(text, body, turn.end):
            out.append(turn)
            continue
        quoted = [
            replace(q, start=q.start + body, end=q.end + body)
            for q in attribute(text[body : turn.end])
            if q.speaker not in (UNKNOWN, NARRATOR, turn.speaker)
        ]
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
