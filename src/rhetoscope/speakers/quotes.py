"""Quotation spans in prose, in one linear pass.

Marks: curly double quotes (“ opens, ” closes), straight double quotes and doubled
apostrophes ('' as in NYT text) which toggle, and guillemets. A quotation never
crosses a paragraph: a paragraph that ends inside a quote closes it there, and the
next paragraph continues it when it opens with a quote mark (the convention for
quotes running over paragraphs). An unbalanced mark therefore costs at most the
rest of its paragraph, never the rest of the document. Curly quotes inside a straight
quotation are nested in it, and an opening curly quote typed right after the quoted
words, before a space, closes the quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
_HAS_WORD = re.compile(r"\w")
_LINE = re.compile(r"[^\n]*")
_OPENERS = {
    "\u201c": "double",
    "\u201e": "double",
    '"': "double",
    "''": "double",
    "``": "double",
    "\u00ab": "guillemet",
}
_CLOSERS = {"\u201d": "double", '"': "double", "''": "double", "\u00bb": "guillemet"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation, marks included. ``continued`` when it reopens a quote left open
    by the previous paragraph; ``closed`` when its closing mark was found."""

    start: int
    end: int
    continued: bool = False
    closed: bool = True


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotation spans of ``text`` in order; they do not overlap."""
    spans: list[QuoteSpan] = []
    carried = False  # the previous paragraph ended inside an open quote
    for para in _LINE.finditer(text):
        first_mark = True
        open_at: int | None = None
        kind, continued = "", False
        lead = len(para.group()) - len(para.group().lstrip())
        skip_to = 0
        nested = False  # inside curly quotes nested in a straight-quoted quotation
        for m in _MARK.finditer(text, para.start(), para.end()):
            mark = m.group()
            if m.start() < skip_to:
                continue
            if (
                open_at is not None
                and text[open_at] == '"'
                and (mark == "\u201c" or (nested and mark == "\u201d"))
            ):
                # '"It is about \u201cEqual Justice\u201d anymore."': a curly pair is a
                # quotation inside the quotation, which goes on (a lone \u201d closes it).
                nested = mark == "\u201c"
                continue
            at_start = first_mark and m.start() == para.start() + lead
            first_mark = False
            if open_at is None:
                if m.start() and text[m.start() - 1] == "=":
                    # Markup (attribute="value"): skip the value and its closing mark.
                    close = text.find(mark, m.end(), para.end())
                    skip_to = close + len(mark) if close >= 0 else para.end()
                    continue
                if mark in _OPENERS:
                    open_at, kind, continued = m.start(), _OPENERS[mark], carried and at_start
                    nested = False
            elif _CLOSERS.get(mark) == kind or _misturned_closer(text, m, kind):
                spans.append(QuoteSpan(open_at, m.end(), continued))
                open_at = None
            elif mark in ("\u201c", "\u00ab", "\u201e") and _OPENERS[mark] == kind:
                # A new opener inside an open quote: the previous one was never closed.
                spans.append(
                    QuoteSpan(open_at, _rstrip(text, open_at, m.start()), continued, False)
                )
                open_at, continued = m.start(), False
        if para.group().strip():
            carried = open_at is not None
        if open_at is not None:
            spans.append(QuoteSpan(open_at, _rstrip(text, open_at, para.end()), continued, False))
    # A quotation needs something quoted: '""' or a lone mark is not one.
    return [s for s in spans if s.end > s.start and _HAS_WORD.search(text, s.start, s.end)]


def _misturned_closer(text: str, m: re.Match[str], kind: str) -> bool:
    """An opening curly quote typed where the closing one belongs: right after the
    quoted words and before a space ('"It's unusual,\u201c said Noble')."""
    after = text[m.end() : m.end() + 1]
    return (
        m.group() == "\u201c"
        and kind == "double"
        and not text[m.start() - 1].isspace()
        and (after == "" or after.isspace())
    )


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
