"""What an analogy is made of: ``Era`` (a labelled past with its years), ``Target`` (a
span of a sentence naming one), ``Analogy`` (a frame tied to a target), the lexicon
categories of frames and eras, and how a year or a span of years is named after the
narrowest shipped period holding it. Every other module of the package reads these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import Entry

FRAME = "analogy-frame"
ERA = "analogy-era"


@dataclass(frozen=True, slots=True)
class Era:
    """A past era, event or figure with its years."""

    label: str
    start: int | None
    end: int | None

    @property
    def years(self) -> str:
        """ "1939-1945", "1938", or "" when the era is named from the text alone and
        its years are unknown ("a Kodak moment")."""
        if self.start is None or self.end is None:
            return ""
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Target:
    """What a frame points at: tokens ``[first, last)`` naming ``era``.

    ``kind`` is ``era`` (gazetteer), ``decade``, ``century``, ``year`` or ``dated`` (a
    year with what it dates: "Greece in 2010", "the summer of 1914").
    """

    first: int
    last: int
    era: Era
    kind: str
    strong: bool = False
    place: bool = False
    figure: bool = False
    headed: bool = False  # an unlisted name ending in a noun of event: "the Suez crisis"


@dataclass(frozen=True, slots=True)
class Analogy:
    """An analogy over tokens ``[first, last)``: the frame used and the era invoked."""

    first: int
    last: int
    frame: str
    era: Era
    mention: str


_ACCEPTS = {
    "era": {"era"},
    "event": {"era"},  # an era that is neither a place nor a figure: "the Opium Wars again"
    "past": {"era", "decade", "century", "dated"},
    "dated": {"dated"},  # "turned the north into the Mexico of 1910"
}


def era_of(entry: Entry) -> Era:
    return Era(
        entry.get("label", entry.pattern), int(entry.get("start", 0)), int(entry.get("end", 0))
    )


# A year or a decade is named after a period that holds it only if the period is short
# enough to be what the year stands for: 1940 is the Second World War, but 1973 or the
# 1960s are not "the Cold War" (1947-1991), they are themselves.
_PERIOD_SPAN = 15


def period_of(start: int, end: int, periods: Sequence[Entry], fallback: str) -> Era:
    """The narrowest shipped period of at most ``_PERIOD_SPAN`` years holding
    ``start..end``, else ``fallback`` itself."""
    short, answers = _period_memo(periods)
    if (start, end) not in answers:
        holding = [p for p in short if p.start <= start and end <= p.end]
        answers[start, end] = min(holding, key=lambda p: p.end - p.start, default=None)
    best = answers[start, end]
    return Era(fallback, start, end) if best is None else best


# By the identity of the periods given (the memo keeps them alive, so no other object
# takes their id): the short periods, and period_of's answers, since the same years recur.
_PERIOD_MEMO: dict[int, tuple[Sequence[Entry], list[Era], dict]] = {}


def _period_memo(periods: Sequence[Entry]) -> tuple[list[Era], dict]:
    memo = _PERIOD_MEMO.get(id(periods))
    if memo is None or memo[0] is not periods:
        if len(_PERIOD_MEMO) >= 8:
            _PERIOD_MEMO.clear()
        eras = [era_of(e) for e in periods]
        short = [e for e in eras if e.end - e.start <= _PERIOD_SPAN]
        memo = _PERIOD_MEMO[id(periods)] = (periods, short, {})
    return memo[1], memo[2]


# The values a frame's ``target`` column may take, checked when a lexicon is read.
TARGETS = frozenset({*_ACCEPTS, "any"})  # "any": eras, decades, centuries, years
