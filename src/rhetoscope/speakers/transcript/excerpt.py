"""A script's lines quoted in an article: the excerpt is set off by its indent.

A review quotes four lines of a play ("     HELGA: You kept the key.") between paragraphs
of its own prose. The labelled lines are the characters'; the paragraph back at the
margin below them is the critic's again, not the last character's, and so is a credit
list at the margin ("Helga: Saoirse Quilty"). Only where the labels are all indented,
a paragraph of prose stands above the first (the article's), no paragraph at the margin
stands between them (an interview indented as a whole runs its answers on so), and a
blank line parts the excerpt from the prose after it: a court transcript indents its labels too, and
wraps speech to a smaller indent on the very next line. At the margin, a few one-line
labels in one run inside a story told with quoted dialogue (a novel's remembered
exchange) are such an excerpt too (``_run_in_prose``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .shared import _BLANK_LINE, _PARAGRAPH, _PERSONAL, _Label

_INDENT = 2  # spaces before a quoted excerpt's labels
_PROSE_MIN = 200  # characters of a paragraph of the article's prose above the excerpt


def _indent(text: str, at: int) -> int:
    line = text.rfind("\n", 0, at) + 1
    return len(text[line:at]) + len(text[at:]) - len(text[at:].lstrip(" \t"))


def excerpted(text: str, labels: Sequence[_Label]) -> list[_Label]:
    """``labels`` with the article's prose and credits below an indented excerpt made
    narration (``speaks=False``)."""
    speaking = [label for label in labels if label.speaks]
    if len(speaking) < 2:
        return list(labels)
    first = speaking[0].start
    intro = text[:first]
    if not any(len(p.group().strip()) >= _PROSE_MIN for p in _PARAGRAPH.finditer(intro)):
        return list(labels)
    indented = [label for label in speaking if _indent(text, label.start) >= _INDENT]
    if len(indented) < 2 or indented[0].start != first:
        indented = _run_in_prose(text, speaking)
        if not indented:
            return list(labels)
    last_excerpt = indented[-1].start
    out = [
        # a label at the margin below the excerpt: a credit list's line
        replace(label, speaks=False)
        if label.speaks and label.start > last_excerpt and label not in indented
        else label
        for label in labels
    ]
    starts = {label.start for label in labels}
    margin = []
    for para in _PARAGRAPH.finditer(text, first):
        at = para.start()
        if at in starts or _indent(text, at) >= _INDENT:
            continue
        if _BLANK_LINE.search(text, text.rfind("\n", 0, max(at - 1, 0)), at) is None:
            continue  # speech wrapped onto the next line
        if at < last_excerpt:
            # prose at the margin between indented labels: an interview indented as a
            # whole, whose answers run on in paragraphs of their own, not an excerpt
            return list(labels)
        margin.append(_Label(at, para.end(), "", speaks=False))
    return sorted(out + margin, key=lambda label: label.start)


_RUN_MAX = 6  # labelled lines of a script quoted at the margin inside a story's prose
_LINE_MAX = 200  # characters of each
_PROSE_BELOW = 2  # paragraphs of prose after it


def _run_in_prose(text: str, speaking: Sequence[_Label]) -> list[_Label]:
    """The labels of a short script quoted at the margin in a story's prose (a novel's
    remembered exchange, "MARGERY: Tell me about the letter." / "FERRIS: There isn't a
    letter."), or none: a few one-line labelled paragraphs in one run, no unlabelled
    paragraph between them, and two paragraphs of prose or more after the last (a
    transcript's last speaker going on does so with no other label before, a
    congressional record's speeches have paragraphs between their labels)."""
    if len(speaking) > _RUN_MAX:
        return []
    starts = {label.start for label in speaking}
    last = speaking[-1]
    after = []
    for para in _PARAGRAPH.finditer(text, speaking[0].start):
        at = para.start()
        if at in starts:
            if "\n" in para.group().strip() or len(para.group().strip()) > _LINE_MAX:
                return []  # a turn of more than a line
            continue
        if at < last.start:
            return []  # speech going on between the labels
        after.append(para)
    if len(after) < _PROSE_BELOW:
        return []
    # a transcript's last speaker going on says "I", "we", "you" outside quotations ("We
    # sat upstairs ...", a statement read out: '"Today we deliver ...'); a story's prose
    # tells of "she" ("That was how it had gone, she remembered.")
    if any(_PERSONAL.search(_QUOTATION.sub("", para.group())) for para in after[:_PROSE_BELOW]):
        return []
    # and the text around it a story's, its dialogue in quotation marks ('"Both," said
    # Ferris.'), which a transcript's continuing speech does not open paragraphs with
    quoted = sum(
        para.group().lstrip()[:1] in _OPENING_QUOTES
        for para in _PARAGRAPH.finditer(text)
        if para.start() not in starts
    )
    return list(speaking) if quoted >= _QUOTED_MIN else []


_OPENING_QUOTES = '"\u201c'
_QUOTATION = re.compile('"[^"\n]*"|\u201c[^\u201c\u201d\n]*\u201d')  # closed on its paragraph
_QUOTED_MIN = 2  # paragraphs of the story opening with a quotation
