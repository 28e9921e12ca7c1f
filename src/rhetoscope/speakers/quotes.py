"""Quotation spans in prose, in one linear pass.

Marks: curly double quotes (“ opens, ” closes), straight double quotes and doubled
apostrophes ('' as in NYT text) which toggle, guillemets, and single curly quotes
(‘ opens, ’ closes: British style, and American headlines). A quotation never
crosses a paragraph: a paragraph that ends inside a quote closes it there, and the
next paragraph continues it when it opens with a quote mark (the convention for
quotes running over paragraphs). An unbalanced mark therefore costs at most the
rest of its paragraph, never the rest of the document. Curly quotes inside a straight
quotation are nested in it, and an opening curly quote typed right after the quoted
words, before a space, closes the quotation. Marks of the other kind inside a curly
quotation (‘ ’ in “ ”, “ ” in ‘ ’) are a quotation nested in it.

A single curly mark is also the apostrophe, so ‘ opens only where a word starts
after a space or an opening bracket or dash, and not an elision (‘em, ‘90s) nor
with no closing mark to pair with in its paragraph (unless the next paragraph
continues it), and ’ closes only right after a word and before no letter (so
don’t, rock ’n’ roll, ’90s stay words). A plural possessive (Jones’ lawyer) closes
only when no other closing mark follows before the next opening one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# (each mark a branch of its own: the regex engine scans quickly for the first characters
# of branches that all open with a literal one, not when one opens with a class)
_MARK = re.compile("''|``|\"|\u201c|\u201d|\u00ab|\u00bb|\u201e|\u2018|\u2019")
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
_SINGLE_OPEN = re.compile(
    r"(?:^|(?<=[\s(\[\u2014\u2013\-/]))\u2018"
    r"(?![\s\d]|(?:em|bout|til|cause|tis|twas|n|round)\b)",  # not ‘em, ‘90s, ‘n’
    re.IGNORECASE,
)
# (‘ typed for ’ by mistake; the second mark of rock ’n’ roll closes nothing)
_SINGLE_CLOSE = re.compile(r"(?<=\S)(?<!\s[\u2018\u2019]n)[\u2018\u2019](?!\w)")
_SPACE = re.compile(r"\s*")
_POSSESSIVE = re.compile(r"(?<=[sSzZ])\u2019[^\S\n]+\w")  # "the Joneses’ lawyer"
_SWAP = str.maketrans('\u201c\u201d\u201e"', "\u2018\u2019\u201a'")  # double marks to single


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation, marks included. ``continued`` when it reopens a quote left open
    by the previous paragraph; ``closed`` when its closing mark was found; ``kind`` the
    marks' kind: "double", "single" (curly ‘ ’) or "guillemet"."""

    start: int
    end: int
    continued: bool = False
    closed: bool = True
    kind: str = "double"


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
        nested = False  # inside quotes nested in the open quotation
        reach: int | None = None  # before where a ‘ may open in this paragraph: found once
        pending = -1  # a plural possessive's ’ that closes the single quote failing another
        for m in _MARK.finditer(text, para.start(), para.end()):
            mark = m.group()
            if m.start() < skip_to:
                continue
            if mark in "\u2018\u2019":
                if kind == "single" and open_at is not None:
                    if nested:
                        continue  # an apostrophe inside “ ” nested in the quotation
                    if _SINGLE_CLOSE.match(text, m.start()):
                        if _POSSESSIVE.match(text, m.start()):
                            pending = m.end()
                            continue
                        spans.append(QuoteSpan(open_at, m.end(), continued, kind=kind))
                        open_at, pending = None, -1
                        continue
                    if not _SINGLE_OPEN.match(text, m.start()):
                        continue
                    # A new opening mark: the open quotation ended at the possessive's
                    # mark, or was never closed.
                    spans.append(_cut(text, open_at, pending, m.start(), continued))
                    open_at, pending = None, -1
                if open_at is not None or not _SINGLE_OPEN.match(text, m.start()):
                    continue  # an apostrophe, or a single quote nested in a double one
                at_start = first_mark and m.start() == para.start() + lead
                first_mark = False
                if reach is None:
                    reach = _single_reach(text, m.start(), para.end())
                if m.start() < reach:
                    open_at, kind, continued = m.start(), "single", carried and at_start
                    nested = False
                continue
            if open_at is not None and kind == "single":
                # "‘He said “no”’": a double pair (or straight one) nested in the quotation.
                if mark in ("\u201c", "\u201e", '"'):
                    nested = not nested if mark == '"' else True
                elif mark == "\u201d":
                    nested = False
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
            elif (
                _CLOSERS.get(mark) == kind
                or _misturned_closer(text, m, kind)
                or (mark == "\u201c" and text[open_at] == "\u201e")  # German „...“
            ):
                spans.append(QuoteSpan(open_at, m.end(), continued, kind=kind))
                open_at = None
            elif mark in ("\u201c", "\u00ab", "\u201e") and _OPENERS[mark] == kind:
                # A new opener inside an open quote: the previous one was never closed.
                spans.append(
                    QuoteSpan(open_at, _rstrip(text, open_at, m.start()), continued, False, kind)
                )
                open_at, continued = m.start(), False
        if para.group().strip():
            carried = open_at is not None and pending < 0
        if open_at is not None:
            spans.append(_cut(text, open_at, pending, para.end(), continued, kind))
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


def _cut(
    text: str, start: int, pending: int, end: int, continued: bool, kind: str = "single"
) -> QuoteSpan:
    """The quotation open at ``start`` when its end is reached at ``end``: closed at a
    possessive's mark (``pending``) if it passed one, else unclosed."""
    if pending >= 0:
        return QuoteSpan(start, pending, continued, kind=kind)
    return QuoteSpan(start, _rstrip(text, start, end), continued, False, kind)


def _single_reach(text: str, start: int, para_end: int) -> int:
    """Before where a ‘ from ``start`` on may open a quotation in its paragraph: its last
    single closing mark, or anywhere when the next paragraph opens with ‘ (a quotation
    running over paragraphs). A ‘ with neither after it is an apostrophe. Linear: one
    search of the paragraph."""
    nxt = _SPACE.match(text, para_end).end()
    if text.startswith("\u2018", nxt):
        return para_end + 1
    last = -1
    for m in _SINGLE_CLOSE.finditer(text, start + 1, para_end):
        last = m.start()
    return last


def double_quoted(text: str, quotes: Sequence[QuoteSpan] | None = None) -> str:
    """``text`` with its quotations in single curly marks marked as double ones, and the
    double marks nested in them as single ones (offsets stay): the American style that
    attribution's cue patterns read. ``quotes`` are ``find_quotes(text)`` if known."""
    if "\u2018" not in text:
        return text
    pieces, cursor = [], 0
    for q in find_quotes(text) if quotes is None else quotes:
        if q.kind != "single":
            continue
        inner_end = q.end - 1 if q.closed else q.end
        pieces += [text[cursor : q.start], "\u201c", text[q.start + 1 : inner_end].translate(_SWAP)]
        if q.closed:
            pieces.append("\u201d")
        cursor = q.end
    return "".join([*pieces, text[cursor:]]) if pieces else text
