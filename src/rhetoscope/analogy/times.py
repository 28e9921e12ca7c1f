"""Times in figures or words: years ("1940", "'85"), decades ("the 1930s", "the
thirties") and centuries ("the last century") as targets, named after the period
holding them when it is short enough to be what they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, repeat
from operator import or_

from ..lexicon import Entry
from .model import Era, Target, period_of

_YEAR = re.compile(r"^(1\d{3}|20\d{2})$")
_DECADE = re.compile(r"^(?:(1\d{2}|20\d)0'?s|'(\d)0s)$")
_DECADE_WORDS = {
    w: 1900 + 10 * i
    for i, w in enumerate(
        "tens twenties thirties forties fifties sixties seventies eighties nineties".split(),
        start=1,
    )
}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
}
_CENTURY_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")


# Years and decades from here on are plans, not eras.
_FUTURE = 2030


def _some(norms: Sequence[str], test, argument) -> bool:
    """Whether ``test(norm, argument)`` holds for some token: a cheap test, mapped
    without a Python step per token, before a rule's loop over the tokens."""
    return any(map(test, norms, repeat(argument)))


_TIME_STARTS = (*"0123456789", "'", "mid-")  # how a year or a decade in figures starts
_TIME_NAMES = frozenset({*_DECADE_WORDS, "century"})


def time_targets(norms: Sequence[str], periods: Sequence[Entry]) -> list[Target]:
    """Years, decades and centuries named in a sentence's tokens."""
    if not (
        _some(norms, str.startswith, _TIME_STARTS)
        or "century" in norms
        or not _DECADE_WORDS.keys().isdisjoint(norms)
    ):
        return []  # no year, decade or century can be named
    found: list[Target] = []
    # only the tokens that may name one: a figure, "mid-", a decade's word, "century"
    may = map(
        or_, map(str.startswith, norms, repeat(_TIME_STARTS)), map(_TIME_NAMES.__contains__, norms)
    )
    for i in compress(range(len(norms)), may):
        norm = norms[i]
        previous = norms[i - 1] if i else ""
        if norm.startswith("mid-") and _DECADE.match(norm[4:]):
            norm = norm[4:]  # "the mid-1990s", "the mid-80s"
        if _YEAR.match(norm):
            year = int(norm)
            if year >= _FUTURE:
                continue  # "by 2050" is a target date, not an era
            found.append(Target(i, i + 1, period_of(year, year, periods, norm), "year"))
        elif previous == "'" and _SHORT_YEAR.match(norm):
            # (1.1.0) a year said short: "the '85 Bears", "the '08 crash", "Vietnam in '65"
            year = _short_year(norm)
            if year >= _FUTURE - 10:
                continue
            found.append(Target(i - 1, i + 1, period_of(year, year, periods, str(year)), "year"))
        elif m := _DECADE.match(norm):
            start = int(m.group(1)) * 10 if m.group(1) else 1900 + 10 * int(m.group(2))
            if start >= _FUTURE - 10:
                continue  # "back in the 2030s" is a plan, "the 2020s" is now: no eras
            era = period_of(start, start + 9, periods, f"The {start}s")
            found.append(Target(i, i + 1, era, "decade"))
        elif norm in _DECADE_WORDS and previous == "the":
            start = _DECADE_WORDS[norm]
            era = period_of(start, start + 9, periods, f"The {start}s")
            found.append(Target(i - 1, i + 1, era, "decade"))
        elif norm == "century" and i:
            century = _century(norms, i)
            if century:
                start = (century - 1) * 100
                found.append(
                    Target(
                        i - 1,
                        i + 1,
                        Era(f"{_ordinal(century)} century", start, start + 99),
                        "century",
                    )
                )
    return found


_SHORT_YEAR = re.compile(r"^\d\d$")
# A year said with two digits is of this century up to here, else of the last: "'08",
# "'85", "'29".
_SHORT_YEAR_PIVOT = 25


def _short_year(norm: str) -> int:
    yy = int(norm)
    return 2000 + yy if yy <= _SHORT_YEAR_PIVOT else 1900 + yy


def _century(norms: Sequence[str], i: int) -> int:
    word = norms[i - 1]
    if word in ("last", "previous") and i >= 2 and norms[i - 2] == "the":
        return 20  # read from today's vantage point: the twentieth century
    if word in _ORDINALS:
        return _ORDINALS[word]
    m = _CENTURY_NUMBER.match(word)
    return int(m.group(1)) if m else 0


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
