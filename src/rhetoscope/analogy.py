"""Historical analogies: a comparison frame tied to a past era or year.

A frame entry (category ``analogy-frame``, ``lexicons/analogy.tsv``) has a ``slot``
side and a ``window``: within that many tokens on that side, in the same sentence,
there must be an era from the gazetteer (``analogy-era``, ``lexicons/eras.tsv``) or
a year or decade ("1940", "the 1930s", "'30s"). An era marked ``strong`` ("Munich",
"appeasement", "quagmire") counts alone. A bare date stated as fact has no frame
and is history, not analogy. A negated analogy ("not another Vietnam") still counts,
marked contrastive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Entry
from .matcher import Hit

FRAME = "analogy-frame"
ERA = "analogy-era"
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})(?:'?s)?$|^'\d0s$")


@dataclass(frozen=True, slots=True)
class Era:
    """A past era, event or figure with its years."""

    label: str
    start: int
    end: int

    @property
    def years(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Analogy:
    """An analogy over tokens ``[first, last)``: the frame used and the era invoked."""

    first: int
    last: int
    frame: Entry | None
    era: Era
    mention: str


def era_of(entry: Entry) -> Era:
    return Era(
        entry.get("label", entry.pattern), int(entry.get("start", 0)), int(entry.get("end", 0))
    )


def year_era(token: str, periods: Sequence[Entry]) -> Era:
    """The era a year or decade token names: the narrowest shipped period holding it."""
    digits = token.strip("'s")
    year = int(digits) if len(digits) == 4 else 1900 + int(digits)
    end = year + 9 if token.endswith("s") else year
    holding = [e for e in periods if int(e.get("start", 0)) <= year and end <= int(e.get("end", 0))]
    if holding:
        best = min(holding, key=lambda e: int(e.get("end", 0)) - int(e.get("start", 0)))
        return Era(best.get("label"), int(best.get("start")), int(best.get("end")))
    return Era(f"the {year}s" if token.endswith("s") else str(year), year, end)


def find_analogies(
    norms: Sequence[str], hits: Sequence[Hit], periods: Sequence[Entry]
) -> list[Analogy]:
    """Analogies in one sentence, given its normalised tokens and lexicon hits."""
    eras = {h.first: h for h in hits if _entry(h, ERA)}
    era_ends = {h.last: h for h in eras.values()}
    by_target: dict[tuple[int, int], Analogy] = {}
    for hit in hits:
        frame = _entry(hit, FRAME)
        if frame is None:
            continue
        window = int(frame.get("window", "4") or 4)
        if frame.get("slot", "after") == "before":
            positions = range(hit.first - 1, max(hit.first - window, 0) - 1, -1)
            era_hit = next((era_ends[p + 1] for p in positions if p + 1 in era_ends), None)
            year_at = next((p for p in positions if _YEAR.match(norms[p])), None)
        else:
            positions = range(hit.last, min(hit.last + window, len(norms)))
            era_hit = next((eras[p] for p in positions if p in eras), None)
            year_at = next((p for p in positions if _YEAR.match(norms[p])), None)
        if era_hit is not None:
            target = (era_hit.first, era_hit.last)
            era = era_of(_entry(era_hit, ERA))
        elif year_at is not None:
            target = (year_at, year_at + 1)
            era = year_era(norms[year_at], periods)
        else:
            continue
        first, last = min(hit.first, target[0]), max(hit.last, target[1])
        earlier = by_target.get(target)
        if earlier is not None:
            # Several frames around one era are one analogy: widen it, keep the nearest frame.
            first, last = min(first, earlier.first), max(last, earlier.last)
            if _distance(earlier.frame, target, hits) <= _distance(frame, target, hits):
                frame = earlier.frame
        by_target[target] = Analogy(first, last, frame, era, " ".join(norms[slice(*target)]))
    found = list(by_target.values())
    used = {first for first, _ in by_target}
    for first, hit in eras.items():
        entry = _entry(hit, ERA)
        if first not in used and entry.get("strong") == "yes":
            found.append(Analogy(hit.first, hit.last, None, era_of(entry), entry.pattern))
    return sorted(found, key=lambda a: a.first)


def _distance(frame: Entry | None, target: tuple[int, int], hits: Sequence[Hit]) -> int:
    hit = next(h for h in hits if frame in h.entries)
    return min(abs(hit.first - target[1]), abs(target[0] - hit.last))


def _entry(hit: Hit, category: str) -> Entry | None:
    return next((e for e in hit.entries if e.category == category), None)
