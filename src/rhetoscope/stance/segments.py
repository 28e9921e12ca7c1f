"""Sentences within speaker segments: cut at segment bounds (Punkt runs once over the
whole text), and a quotation's second part read after its first when a cue interrupts
it ('"We will not," she said, "give up."': "give up" is negated)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..models import Match, Segment, Sentence, Token
from ..resources import Resources
from ..text import document_sentences, tokenize
from .sentence import sentence_matches
from .shared import _DASHES


def sentences_in_segments(text: str, segments: Sequence[Segment]):
    """(segment index, segment, start, end, Punkt sentence number) of each sentence, cut
    at segment bounds.

    Punkt runs once over the whole text (it is costly to start on each short segment);
    a sentence that crosses a segment boundary ("...1940," he said on Aug. 16.) is cut
    there, so every sentence has one speaker.
    """
    spans = document_sentences(text)
    k = 0
    for index, seg in enumerate(segments):
        body = seg.start + seg.head
        while k < len(spans) and spans[k][1] <= body:
            k += 1
        j = k
        while j < len(spans) and spans[j][0] < seg.end:
            start, end = max(spans[j][0], body), min(spans[j][1], seg.end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                yield index, seg, start, end, j
            j += 1


_OPENING_MARKS = frozenset({"\u201c", '"', "``", "''", "'", "\u2018", "\u00ab"})
_CLOSING_MARKS = frozenset({"\u201d", '"', "''", "'", "\u2019", "\u00bb"})
# A second part that opens a clause keeps the comma before the cue as a clause bound:
# '"...never seen before," he said, "and I hope..."'.
_CUE_CLAUSE_OPENERS = frozenset(
    "and but or so because which who whom whose that if when while although though as "
    "since unless until whereas i we you he she they it there this these those".split()
)
_CUE_WORDS = 12  # '"...," Ms. Ortiz, the union's lead negotiator, told reporters, "..."'


def interrupted_lead(
    text: str,
    interrupted: tuple[Segment, int, int, int] | None,
    seg: Segment,
    span: int,
    start: int,
) -> tuple[Token, ...]:
    """The words of a quotation that a cue interrupts mid-sentence, to read its second
    part with: '"We will not," she said, "give up."' is one sentence of hers, and "give
    up" is negated. The first part must be the same speaker's quotation in the same
    sentence and end in a comma or a dash; the cue between is short and ends in a
    comma; the second part goes on in lower case. Partial quotations woven into the
    narration ('accused him of an "artful smear"') are not continuations."""
    if interrupted is None or seg.kind != "quote":
        return ()
    before, before_span, a, b = interrupted
    if before is seg or before.speaker != seg.speaker or before_span != span:
        return ()
    cue = text[b:start].split()
    dashed = bool(cue) and cue[0] in _DASHES and cue[-1] in _DASHES  # — she paused —
    if not cue or len(cue) > _CUE_WORDS or not (dashed or cue[-1].endswith(",")):
        return ()
    # the comma may stand after the closing mark: '"We will not", she said, "give up".'
    comma_outside = cue[0].startswith(",")
    words = [
        t
        for t in tokenize(text[start : seg.end])
        if t.norm not in _OPENING_MARKS and t.norm not in _DASHES
    ]
    if not words or not words[0].text[:1].islower():
        return ()
    tokens = list(tokenize(text[a:b], a))
    while tokens and tokens[-1].norm in _CLOSING_MARKS:
        tokens.pop()
    if not tokens or not (tokens[-1].norm in (",", *_DASHES) or dashed or comma_outside):
        return ()
    if tokens[-1].norm in (",", *_DASHES) and words[0].norm not in _CUE_CLAUSE_OPENERS:
        tokens.pop()  # the cue's comma, inside a clause: "We are not going to," ... "back down"
    elif comma_outside and words[0].norm in _CUE_CLAUSE_OPENERS:
        return ()  # a clause of its own: keep the bound the comma made
    while tokens and tokens[0].norm in _OPENING_MARKS:
        tokens.pop(0)
    return tuple(tokens)


def continued_matches(
    text: str, sentence: Sentence, lead: tuple[Token, ...], resources: Resources
) -> list[Match]:
    """``sentence``'s matches, read after ``lead`` (see ``interrupted_lead``). Matches that lie
    wholly in the lead were counted with the first part; one that spans the cue
    ("never," he said, "surrender") counts here, over its words in this part."""
    own = list(tokenize(text[sentence.start : sentence.end], sentence.start))
    while own and (own[0].norm in _OPENING_MARKS or own[0].norm in _DASHES):
        own.pop(0)  # the second part's opening mark, or a dash: '"— give up."'
    tokens = (*lead, *own)
    found = sentence_matches(text, sentence, [t.norm for t in tokens], resources, tokens)
    here = own[0].start if own else sentence.start
    return [
        m if m.start >= here else replace(m, start=here, text=text[here : m.end])
        for m in found
        if m.end > here
    ]
