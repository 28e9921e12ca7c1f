"""Labelled transcripts: ``NAME:``, ``Full Name:``, ``TITLE NAME:`` and ``Q:``/``A:`` turns.

A text is a transcript when at least ``MIN_LABELLED`` paragraphs open with a label
and at least two different speakers appear; an unlabelled paragraph continues the
previous turn, and paragraphs before the first label are narration.
"""

from __future__ import annotations

import re

from ..models import Segment

MIN_LABELLED = 3
_LABEL = re.compile(
    r"""
    ^[^\S\n]*
    (?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[^\S\n]+)?         # optional timestamp
    (?P<label>
        [QA]
      | (?:[A-Z][\w'\u2019\-]*\.?)                               # first word, capitalised
        (?:[^\S\n](?:[A-Z][\w'\u2019\-]*\.?|de|da|van|von|der|del|la|le|bin|al)){0,4}
    )
    [^\S\n]*(?::|(?<=^[QA])\.)[^\S\n]+
    """,
    re.VERBOSE | re.MULTILINE,
)
_PARAGRAPH = re.compile(r"[^\n]+")


def split_turns(text: str) -> list[Segment] | None:
    """Turn segments, or None when ``text`` does not read as a labelled transcript."""
    labelled: list[tuple[int, int, str]] = []  # (paragraph start, label end, speaker)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    for start, _end in paragraphs:
        m = _LABEL.match(text, start)
        if m and len(m.group("label")) <= 60:
            labelled.append((start, m.end(), " ".join(m.group("label").split())))
    speakers = {speaker for _, _, speaker in labelled}
    if len(labelled) < MIN_LABELLED or len(speakers) < 2:
        return None
    turns: list[Segment] = []
    bounds = [start for start, _, _ in labelled] + [len(text)]
    for (start, label_end, speaker), next_start in zip(labelled, bounds[1:], strict=True):
        end = next_start
        while end > start and text[end - 1].isspace():
            end -= 1
        cue = text[start:label_end].strip()
        turns.append(
            Segment(
                speaker,
                "turn",
                start + _lead(text, start),
                end,
                cue=cue,
                head=label_end - start - _lead(text, start),
            )
        )
    return turns


def _lead(text: str, start: int) -> int:
    i = start
    while text[i].isspace():
        i += 1
    return i - start
