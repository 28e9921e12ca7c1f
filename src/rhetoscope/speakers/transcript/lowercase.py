"""Labels typed in lower case: "mbeki:" among "LANGE:" turns.

A transcript typed in a hurry may write one speaker's labels in lower case ("rosalind
mbeki, host:", then "mbeki:") while the others stand in capitals. A line opening with
lower-case words and a colon is most often prose ("note: ...", "pros: ..."), so these
are labels only where the text has labels in capitals too, the same surname opens two
paragraphs or more, and the label's words are written nowhere else in lower case (a
common word is no name). The name is the label's words in Title Case.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..fullnames import lower_words
from .shared import _PARAGRAPH, _S, _TIMESTAMP

_LOWER_WORD = r"[a-z][a-z'\u2019\-]+"
# (the groups of a label: ``early``, ``name``, ``late``, ``late2``; a role after a comma)
_LOWER_LABEL = re.compile(
    rf"{_S}*(?P<early>{_TIMESTAMP})(?P<name>{_LOWER_WORD}(?:{_S}{_LOWER_WORD}){{0,2}})"
    rf"(?:,{_S}*{_LOWER_WORD}(?:{_S}{_LOWER_WORD}){{0,2}})?(?P<late>)(?P<late2>):(?={_S}+\S)"
)
# A label in capitals opening a line: "TEODOR LANGE:", "LANGE:"
_CAPS_WORD = r"[A-Z][A-Z.'\u2019\-]+"
_CAPS_LABEL_LINE = re.compile(rf"^{_S}*{_CAPS_WORD}(?:{_S}{_CAPS_WORD}){{0,3}}:", re.M)
_CAPS_LABELS_MIN = 2
_LOWER_LABELS_MIN = 2  # paragraphs a surname in lower case opens


@functools.lru_cache(maxsize=4)
def _lower_labels(text: str) -> dict[int, re.Match[str]]:
    """Paragraph start -> its label in lower case, where the text is laid out so."""
    if len(_CAPS_LABEL_LINE.findall(text)) < _CAPS_LABELS_MIN:
        return {}
    found = {
        para.start(): m
        for para in _PARAGRAPH.finditer(text)
        if (m := _LOWER_LABEL.match(text, para.start(), para.end()))
    }
    surnames = Counter(m["name"].split()[-1] for m in found.values())
    found = {
        at: m for at, m in found.items() if surnames[m["name"].split()[-1]] >= _LOWER_LABELS_MIN
    }
    if not found:
        return {}
    # the words the text writes in lower case outside these labels
    pieces, cursor = [], 0
    for at, m in sorted(found.items()):
        pieces.append(text[cursor:at])
        cursor = m.end()
    common = lower_words("\n".join([*pieces, text[cursor:]]))
    return {at: m for at, m in found.items() if not any(w in common for w in m["name"].split())}


def _lower_name(m: re.Match[str]) -> str:
    """The name a label in lower case gives, in Title Case ("rosalind mbeki" -> "Rosalind
    Mbeki")."""
    return " ".join(m["name"].split()).title()
