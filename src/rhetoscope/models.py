"""The pipeline's data: frozen, slotted dataclasses with offsets into the document text."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import NamedTuple

CATEGORIES: tuple[str, ...] = ("resolve", "defiance", "analogy", "concession", "hedging")
"""The five stance categories, in the column order every table uses."""


def _compact_pickle(cls):
    """Pickle as the class and a tuple of its fields: results travel from worker
    processes by the hundred thousand, and a slotted dataclass's default state (a
    list built through ``fields()``) is three times slower to write."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        state = values(self)
        return cls, state if isinstance(state, tuple) else (state,)

    cls.__reduce__ = __reduce__
    return cls


NARRATOR = "narrator"
UNKNOWN = "unknown"


@_compact_pickle
@dataclass(frozen=True, slots=True)
class Document:
    """One decoded input text. ``doc`` is its id: the file name without extension."""

    doc: str
    text: str
    source: str = ""


@_compact_pickle
@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text spoken by one speaker.

    ``kind`` is ``turn`` (a labelled transcript turn), ``quote`` (inside quotation
    marks, marks included) or ``narration``. ``cue`` is the speech verb or label
    that attributed it, when one was used. A turn's first ``head`` characters are
    its label ("HOLT:"): covered by the segment, but not speech.
    """

    speaker: str
    kind: str
    start: int
    end: int
    cue: str = ""
    head: int = 0


class Token(NamedTuple):
    """A word or punctuation token. ``norm`` is lower-cased with straight apostrophes.

    A named tuple, not a dataclass: sentences with a lexicon hit build one per token,
    and a tuple is several times cheaper to make."""

    text: str
    norm: str
    start: int
    end: int


@_compact_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence inside one segment, so it has exactly one speaker.

    ``words`` counts tokens with a letter or digit. It keeps no tokens, so results stay
    small to pass between processes and to cache.
    """

    index: int
    segment: int
    speaker: str
    start: int
    end: int
    words: int


@_compact_pickle
@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon hit.

    ``source`` is the category of the lexicon entry; ``category`` is what the
    hit counts toward after negation ("" when negation cancels it). ``weight`` is
    added to the ``category`` column of the sentence, so every score is a sum of
    visible matches.
    """

    sentence: int
    category: str
    source: str
    term: str
    text: str
    start: int
    end: int
    weight: float
    negated: bool = False
    negator: str = ""
    lexicon: str = ""
    detail: str = ""
    era: str = ""
    years: str = ""


@_compact_pickle
@dataclass(frozen=True, slots=True)
class Sentiment:
    """VADER's scores for one sentence."""

    compound: float
    pos: float
    neu: float
    neg: float


@_compact_pickle
@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the pipeline found in one document."""

    document: Document
    segments: tuple[Segment, ...]
    sentences: tuple[Sentence, ...]
    sentiments: tuple[Sentiment, ...]
    matches: tuple[Match, ...] = field(default=())
