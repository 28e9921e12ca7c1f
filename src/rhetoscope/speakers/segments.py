"""Filling the gaps between speech segments with narration, one paragraph at a time."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import NARRATOR, Segment

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*|\n(?=\s*\S)")


def fill_narration(text: str, speech: Iterable[Segment]) -> tuple[Segment, ...]:
    """``speech`` (sorted, non-overlapping) plus narration segments for the rest.

    Narration is split at line breaks and trimmed, so every segment starts and ends
    on non-whitespace and lies inside one paragraph.
    """
    out: list[Segment] = []
    cursor = 0
    for seg in speech:
        out.extend(_narration(text, cursor, seg.start))
        out.append(seg)
        cursor = seg.end
    out.extend(_narration(text, cursor, len(text)))
    return tuple(out)


def _narration(text: str, start: int, end: int) -> Iterable[Segment]:
    piece_start = start
    for brk in _PARAGRAPH_BREAK.finditer(text, start, end):
        yield from _trimmed(text, piece_start, brk.start())
        piece_start = brk.end()
    yield from _trimmed(text, piece_start, end)


def _trimmed(text: str, start: int, end: int) -> Iterable[Segment]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Segment(NARRATOR, "narration", start, end)
