"""Screenplays and stage scripts: a character's cue alone on its line in capitals
("MARGO", "RADIO ANNOUNCER (V.O.)", "MARGO (CONT'D)"), then the line spoken; scene
headings ("INT. BELL'S BAIT & TACKLE - NIGHT"), action lines, parentheticals ("(beat)")
and transitions ("CUT TO:") are narration.

Only a text with a scene heading is read so: prose never writes "INT." or "EXT." in
capitals at a line's start. A cue names a character by first name; the action line that
introduces them in capitals ("MARGO BELL (50s, reading glasses ...)") gives the full one.
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import NARRATOR, Segment

_SCENE = re.compile(r"^[^\S\n]*(?:INT|EXT|INT\./EXT|EXT\./INT|I/E)\.?[^\S\n]+[A-Z0-9]", re.M)
_EXTENSION = r"\((?:V\.O\.|O\.S\.|O\.C\.|CONT['\u2019]D|V\.O|O\.S|O\.C)\)"
_CUE = re.compile(
    rf"[^\S\n]*(?P<name>[A-Z][A-Z'\u2019.\-]*(?:[^\S\n][A-Z][A-Z'\u2019.\-]*){{0,3}})"
    rf"(?:[^\S\n]*{_EXTENSION})*[^\S\n]*"
)
_PARENTHETICAL = re.compile(r"[^\S\n]*\([^()\n]{1,80}\)[^\S\n]*")
_TRANSITION = re.compile(r"[^\S\n]*(?:[A-Z ]+TO:|FADE (?:IN|OUT)[.:]?|THE END)[^\S\n]*")
# "MARGO BELL (50s, ...)": a character introduced in an action line
_INTRODUCED = re.compile(r"\b(?P<full>[A-Z]{2,}(?:[^\S\n][A-Z]{2,}){1,2})[^\S\n]*\(")
_MIN_CUES = 3
_LINE = re.compile(r"[^\n]+")


def split_screenplay(text: str) -> list[Segment] | None:
    """Turn and parenthetical segments of a screenplay, or None when ``text`` is none."""
    scene = _SCENE.search(text)
    if scene is None:
        return None
    after = text.find("\n", scene.start()) % (len(text) + 1)  # below the first heading
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, after)]
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    # name, the cue line, the parentheticals, the line spoken
    turns: list[tuple[str, int, int, list[tuple[int, int]], tuple[int, int]]] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        name = _cue(text, a, b)
        if name is None or i + 1 >= len(lines):
            i += 1
            continue
        j = i + 1
        notes = []  # parentheticals before the speech: "(not looking up)"
        while j < len(lines) and _PARENTHETICAL.fullmatch(text, *lines[j]):
            notes.append(lines[j])
            j += 1
        if j < len(lines) and _cue(text, *lines[j]) is None and not _SCENE.match(text, lines[j][0]):
            turns.append((name, a, b, notes, lines[j]))  # one line of speech, then action
            i = j + 1
        else:
            i += 1
    said = Counter(name for name, *_ in turns)
    if len(turns) < _MIN_CUES or len(said) < 2 or said.most_common(1)[0][1] < 2:
        return None
    full = _full_names(text, set(said))
    out: list[Segment] = []
    for name, a, b, notes, (c, d) in turns:
        who = full.get(name, name)
        out.append(Segment(who, "turn", a, b, cue=text[a:b].strip(), head=b - a))
        out.extend(Segment(NARRATOR, "narration", e, f, "stage direction", f - e) for e, f in notes)
        out.append(Segment(who, "turn", c, d))
    return out


def _cue(text: str, start: int, end: int) -> str | None:
    """The character a line cues, or None: a line in capitals of a few words, no scene
    heading or transition."""
    m = _CUE.fullmatch(text, start, end)
    if m is None or _SCENE.match(text, start) or _TRANSITION.fullmatch(text, start, end):
        return None
    return " ".join(m["name"].split())


def _full_names(text: str, names: set[str]) -> dict[str, str]:
    """Cue -> the full name an action line introduces with its first word ("MARGO" ->
    "Margo Bell"), where exactly one does."""
    found: dict[str, set[str]] = {}
    for m in _INTRODUCED.finditer(text):
        words = m["full"].split()
        if words[0] in names:
            found.setdefault(words[0], set()).add(" ".join(w.title() for w in words))
    return {name: next(iter(full)) for name, full in found.items() if len(full) == 1}
