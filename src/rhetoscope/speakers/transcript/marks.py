"""Quotation marks in a transcript's turns read as a typist meant them.

A transcript typed in British style quotes in straight single marks ('You'll get
letters.'), which prose attribution does not read (a straight single mark is far more
often an apostrophe); in a text that has no curly single marks at all, a pair of them
the curly rules would pair is a quotation. A stretch between two quotations that a
missing mark paired wrongly (' " When they said, "') opens with a space after its
opening mark: no typist puts one there, so it is the speaker's words, no quotation."""

from __future__ import annotations

import re

from ..quotes import find_quotes

_LONE_STRAIGHT = re.compile(r"(?<!')'(?!')")  # not the doubled '' of NYT text
# What may stand before a single mark that opens a quotation, besides a space: a word's
# start, as ``quotes`` reads ‘.
_BEFORE_OPENING = frozenset("([\u2014\u2013-/")


def _may_open(text: str, at: int) -> bool:
    """Whether the mark at ``at`` stands where a quotation may open."""
    return at == 0 or text[at - 1].isspace() or text[at - 1] in _BEFORE_OPENING


def single_marks_curled(text: str) -> str:
    """``text`` with the straight single marks that pair as a quotation turned to curly
    ones (‘ ’), every other straight mark (an apostrophe) kept; ``text`` itself when it
    has curly single marks of its own (its straight ones are apostrophes) or no pair.
    Only the paragraphs where a mark may open one are read (a quotation never crosses
    a paragraph)."""
    if "'" not in text or "\u2018" in text or "\u2019" in text:
        return text
    chars: list[str] | None = None
    at = text.find("'")
    while at >= 0:
        opens = _may_open(text, at) and text[at + 1 : at + 2].isalpha()
        if not opens:  # an apostrophe
            at = text.find("'", at + 1)
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        at = text.find("'", end)
        words = text[start:end]
        curled = _LONE_STRAIGHT.sub(
            lambda m, w=words: "\u2018" if _may_open(w, m.start()) else "\u2019", words
        )
        for q in find_quotes(curled):
            if q.kind != "single":
                continue
            chars = chars or list(text)
            chars[start + q.start] = "\u2018"
            if q.closed:
                chars[start + q.end - 1] = "\u2019"
    return text if chars is None else "".join(chars)


_OPENING_MARKS = '"\u201c\u00ab'
_CLOSING_MARKS = '"\u201d\u00bb'


def mispaired(text: str, start: int, end: int) -> bool:
    """Whether the quotation at ``start:end`` (its marks included) is the gap between
    two quotations: a space right after its opening mark, and right before its closing
    mark, its words ending in the cue of the next quotation ('He said, "Me too." When
    they said, "We will cut"' read from the mark after "too."), or with none; '" No."',
    closed on its words, and '" We are not closing the plant. "', a whole sentence, are
    sloppy quotations still."""
    if end - start < 2 or text[start] not in _OPENING_MARKS or not text[start + 1].isspace():
        return False
    if text[end - 1] not in _CLOSING_MARKS:
        return True
    return text[end - 2].isspace() and text[start + 1 : end - 1].rstrip().endswith((",", ":"))
