"""Labels typed in lower case: "mbeki:" among "LANGE:" turns.

A transcript typed in a hurry may write one speaker's labels in lower case ("rosalind
mbeki, host:", then "mbeki:") while the others stand in capitals. A line opening with
lower-case words and a colon is most often prose or a note ("note: ...", "action: Tom
to ...", "sfx: a door bangs"), so these are labels only where the text has labels in
capitals too, the same surname opens two paragraphs or more, one of them gives the
person in full (a given name before the surname, or a role after a comma), and the
label's words are written nowhere else in lower case (a common word is no name). The
name is the label's words in Title Case.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..fullnames import lower_words
from .shared import _PARAGRAPH, _S, _TIMESTAMP


@dataclass(frozen=True)
class _LowerLabel:
    """A label in lower case: where it ends (after its colon), the name it gives, the
    label as written ("rosalind mbeki, host") and whether it adds a role, and whether a
    time stamp opens it."""

    end: int
    name: str
    cue: str
    described: bool
    stamped: bool


_NAME_WORD = r"[a-z][a-z'\u2019\-]+"
_LOWER_LABEL = re.compile(
    rf"{_S}*(?P<stamp>{_TIMESTAMP})(?P<name>{_NAME_WORD}(?:{_S}{_NAME_WORD}){{0,2}})"
    rf"(?P<role>,{_S}*{_NAME_WORD}(?:{_S}{_NAME_WORD}){{0,2}})?:(?={_S}+\S)"
)
# A label in capitals opening a line: "TEODOR LANGE:", "LANGE:"
_CAPS_WORD = r"[A-Z][A-Z.'\u2019\-]+"
_CAPS_LABEL_LINE = re.compile(rf"^{_S}*{_CAPS_WORD}(?:{_S}{_CAPS_WORD}){{0,3}}:", re.M)
_CAPS_LABELS_MIN = 2
_LOWER_LABELS_MIN = 2  # paragraphs a surname in lower case opens


@functools.lru_cache(maxsize=4)
def _lower_labels(text: str) -> dict[int, _LowerLabel]:
    """Paragraph start -> its label in lower case, where the text is laid out so."""
    if len(_CAPS_LABEL_LINE.findall(text)) < _CAPS_LABELS_MIN:
        return {}
    found = {
        para.start(): m
        for para in _PARAGRAPH.finditer(text)
        if (m := _LOWER_LABEL.match(text, para.start(), para.end()))
    }
    surnames = Counter(m["name"].split()[-1] for m in found.values())
    # the surnames a label gives in full: "rosalind mbeki:", "mbeki, host:"
    in_full = {m["name"].split()[-1] for m in found.values() if m["role"] or " " in m["name"]}
    found = {
        at: m
        for at, m in found.items()
        if (surname := m["name"].split()[-1]) in in_full and surnames[surname] >= _LOWER_LABELS_MIN
    }
    if not found:
        return {}
    # the words the text writes in lower case outside these labels
    pieces, cursor = [], 0
    for at, m in sorted(found.items()):
        pieces.append(text[cursor:at])
        cursor = m.end()
    common = lower_words("\n".join([*pieces, text[cursor:]]))
    return {
        at: _LowerLabel(
            end=m.end(),
            name=" ".join(m["name"].split()).title(),
            cue=" ".join(text[m.start("name") : m.end() - 1].split()),
            described=bool(m["role"]),
            stamped=bool(m["stamp"]),
        )
        for at, m in found.items()
        if not any(w in common for w in m["name"].split())
    }
