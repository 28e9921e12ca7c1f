"""What attribution knows of one document (``_Doc``), and positions in its text:
paragraph and sentence starts and ends, the word before a position, the mention at or
ending at an offset, whether an offset is inside a quotation. Every rule family reads
these, so they sit below all of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ...models import Segment
from ...text import document_sentences, sentence_spans
from ..names import Mention, Names
from ..quotes import QuoteSpan
from .grammar import _ABBREVIATIONS, _SENTENCE_BREAK, _Lazy


@dataclass(frozen=True)
class _Doc:
    """What attribution knows of one document."""

    text: str
    names: Names
    starts: list[int]  # start offsets of names.mentions
    punkt_text: str  # the text whose sentences are the document's (see ``sentences``)
    quotes: list[tuple[int, int]]  # quotation spans, in order
    resolved: dict[int, Mention | None]  # antecedents of pronouns found so far, by offset
    said: list[Segment]  # quotations attributed to someone so far, in order
    byline: str  # the writer a byline names, who is "I" in the narration; "" if none
    # Whether the text shows a name to be a person's (see ``_person_shown``), and the
    # mentions by name, once first needed.
    shown: dict[str, bool] = field(default_factory=dict)
    by_name: dict[str, list[Mention]] = field(default_factory=dict)
    # the person a definite role ("the senator") at an offset names, found so far
    holders: dict[int, str] = field(default_factory=dict)
    # answers about the whole document, found once ("interviewee": whom a printed
    # interview questions)
    whole: dict[str, str] = field(default_factory=dict)

    @cached_property
    def sentences(self) -> list[int]:
        """Start offsets of the document's sentences: Punkt runs only when a rule asks
        (over a third of the transcript turns with a quotation never do)."""
        return [start for start, _ in document_sentences(self.punkt_text)]


def _sentence_span(doc: _Doc, k: int) -> tuple[int, int]:
    """Where sentence ``k`` starts and ends (the next one's start): from the text's start
    for ``k`` < 0, to its end for the last."""
    lo = doc.sentences[k] if k >= 0 else 0
    hi = doc.sentences[k + 1] if k + 1 < len(doc.sentences) else len(doc.text)
    return lo, hi


def _one_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether the narration between ``lo`` and ``hi`` stays inside one sentence."""
    return "\n" not in text[lo:hi] and not _sentence_break(text, lo, hi)


def _para_start(text: str, lo: int, hi: int) -> int:
    return max(lo, text.rfind("\n", lo, hi) + 1)


def _rstrip_at(text: str, lo: int, end: int) -> int:
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _last_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` starting after the previous one's cue:
    "After Glenn Beck asked him, D'Souza replied, ..." is D'Souza's reply."""
    found = pattern.search(text)
    while found is not None:
        cue_end = found.end("verb") if found.groupdict().get("verb") else found.end()
        later = pattern.search(text, cue_end)
        if later is None:
            break
        found = later
    return found


def _mention_ending(doc: _Doc, end: int) -> Mention | None:
    """The person mention ending at ``end``, if any."""
    i = bisect_left(doc.starts, end) - 1
    while i >= 0 and doc.starts[i] >= end - 80:
        if doc.names.mentions[i].end == end:
            return doc.names.mentions[i]
        i -= 1
    return None


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last of the matches of ``pattern`` between ``lo`` and ``hi``, or None."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 (the last one is kept)
        continue
    return found


def _same_sentence(text: str, last: Segment | QuoteSpan, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` continues the sentence in which ``last`` stands."""
    ended_inside = text[last.start : last.end].rstrip("\"'\u201d\u2019\u00bb ")[-1:] in ".!?"
    return not ended_inside and _one_sentence(text, last.end, q.start)


def _sentence_break(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends between ``lo`` and ``hi``: a full stop after a title or an
    initial does not ("Mr. Trump", "James B. Comey")."""
    for m in _SENTENCE_BREAK.finditer(text, lo, hi):
        word = re.search(r"\w+$", text[max(lo, m.start() - 5) : m.start()])
        if not word or not (word.group() in _ABBREVIATIONS or re.fullmatch("[A-Z]", word.group())):
            return True
    return False


def _previous_paragraph_start(text: str, pos: int) -> int:
    here = text.rfind("\n", 0, pos)
    if here < 0:
        return 0
    while here > 0 and text[here - 1] == "\n":
        here -= 1
    return text.rfind("\n", 0, here) + 1


# The word before a name, past an article ("obtained by The Associated Press").
_BEFORE_NAME = _Lazy(r"(?:(\S+)?\s+|^)([A-Za-z]+)(?:\s+(?:[Tt]he|an?))?[^\w\n]*$")


def _word_before(text: str, lo: int, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)[^\w\n]*$", text[max(lo, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _in_quote(doc: _Doc, pos: int) -> bool:
    k = bisect_right(doc.quotes, (pos, len(doc.text))) - 1
    return k >= 0 and doc.quotes[k][0] <= pos < doc.quotes[k][1]


_MAY_END_SENTENCE = _Lazy(r"[.!?\u2026]\W*\s+\S")


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence (Punkt only where one may end)."""
    if not _MAY_END_SENTENCE.search(text):
        return text
    first = next(sentence_spans(text), None)  # (Punkt goes no further than that)
    return text[: first[1]] if first else text


def _last_sentence(text: str) -> str:
    """``text`` from the start of its last sentence."""
    if not _MAY_END_SENTENCE.search(text):
        return text
    spans = list(sentence_spans(text))
    return text[spans[-1][0] :] if spans else text


def _mention_at(mentions: Sequence[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    i = bisect_left(starts, lo)
    if i < len(mentions) and mentions[i].start < hi:
        return mentions[i]
    return None
