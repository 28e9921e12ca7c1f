"""Whether a dated target is an event or a time: "the 1966 coup" and "the lira crisis
of 2001" are events, "since the '94 season" a team's year, "the election of 2008" a
time; a year named plainly, a figure with a title ("quoting President Reagan") and a
place modifying a noun ("a Dallas police officer") are no analogy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..matcher import Hit
from .frames import _CLAUSE_END, _DISASTERS, _PERSONAL_ENDS, _PLACE_NOUN_ENDS, _THIS_IS_ENDS
from .model import Era, Target
from .times import _MONTHS, _YEAR, _short_year
from .unlisted import _NOT_ERA_NAMES, _name_run

# (1.2.0) A team and its season, dated by a year: "since the '94 season", "the '86 side".
_SQUADS = frozenset("team side squad season roster lineup".split())
# Nouns that make a year before them an event: "the 1966 coup", "the 2008 crash".
_EVENT_NOUNS = (
    frozenset(
        "coup coups uprising revolution rebellion revolt riots riot invasion embargo massacre "
        "war crash default devaluation putsch crackdown genocide famine earthquake floods "
        "flood epidemic pandemic outbreak crisis recession depression bailout meltdown "
        "blackout blackouts strike strikes protests election referendum bombing bombings "
        "attack attacks hurricane tsunami cyclone purge pogrom occupation truce ceasefire "
        "accord accords treaty pact deal agreement scandal affair intervention surge "
        # (1.1.0) elections, markets and sport: "the '94 midterms", "the 2001 telecom bust"
        "midterms midterm landslide wave bust boom bubble collapse bankruptcy comeback choke "
        "shutdown lockout heist final finals playoffs "
        # (1.2.0) disasters and inquiries said plainly: "the '89 quake", "the tobacco hearings"
        "quake quakes fire fires spill blaze storm hearings closures quarter-final "
        "semi-final".split()
    )
    | _SQUADS
)
# Words a sentence may open with, capitalized there, that name nothing: "Like in 1940,
# we stand alone" is the frame "like in" before a year, not a place "Like" dated 1940.
_NOT_DATED = _MONTHS | frozenset(
    "spring summer autumn fall winter like unlike as just much even only since than so "
    "and but or if when while then back".split()
)


def _dated(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> Target:
    """A year that dates a name or a noun is one target with it, of kind ``dated`` (taken
    where a decade is): "Greece in 2010", "Budapest 1956" (a place, so not "back to" it),
    "the summer of 1914", "the oil shock of 1973"."""
    i = target.first
    if target.kind == "decade" and capitalized:
        # "Colombia in the 1980s": a place dated by a decade
        j = i - (norms[i] != "the")
        if j >= 2 and norms[j - 1] == "in" and norms[j] == "the":
            name = j - 2
            if capitalized[name] and norms[name].isalpha() and norms[name] not in _NOT_DATED:
                return Target(name, target.last, target.era, "dated", place=True)
        return target
    if target.kind != "year" or i < 1 or not capitalized:
        return target
    if norms[i - 1] == "the":
        # "the 1966 coup", "the 2008 Zimbabwe epidemic", "the '08 crash": an event dated
        # by its year
        last = target.last
        for j in range(last, min(last + 3, len(norms))):
            if norms[j] in _EVENT_NOUNS:
                return Target(i - 1, j + 1, target.era, "dated")
            if norms[j] in _CLAUSE_END or not norms[j].isalpha():
                break
        # (1.1.0) "the '85 Bears", "the 1927 Yankees", "the 1966 World Cup": a year before a
        # name that ends its phrase (a team, a tournament); not "the 2016 Trump campaign"
        if last < len(norms) and capitalized[last] and norms[last] not in _NOT_ERA_NAMES:
            end = _name_run(norms, capitalized, last)
            if end > last and (end >= len(norms) or norms[end] in _PERSONAL_ENDS):
                return Target(i - 1, end, target.era, "dated")
        return target
    if i < 2:
        return target
    if norms[i - 1] in _MONTHS and i >= 3 and norms[i - 2] == "of":
        i -= 1  # "the surprise of October 1973"
    elif norms[i - 1] in _MONTHS and i >= 4 and norms[i - 2].isdigit() and norms[i - 3] == "of":
        i -= 2  # "the morning of 5 June 1967"
    if norms[i - 1] == "of":
        for j in range(i - 2, max(i - 6, -1), -1):
            if norms[j] == "the":
                return Target(j, target.last, target.era, "dated")
            if norms[j] in _CLAUSE_END or norms[j] == "'s":
                break
        if capitalized[i - 2] and norms[i - 2].isalpha() and norms[i - 2] not in _NOT_DATED:
            # "the country's Lisbon of 1755"
            return Target(i - 2, target.last, target.era, "dated", place=True)
        return target
    if (
        norms[i - 1] == "in"
        and i >= 4
        and norms[i - 2] in _PLAIN_EVENTS
        and "the" in norms[i - 4 : i - 2]
        and not any(capitalized[i - 3 : i - 1])
    ):
        # (1.2.0) "the pit closures in '84": an event said plainly (a name is an unlisted
        # era: "the Herstatt crisis in 1974")
        return Target(i - 4 + norms[i - 4 : i - 2].index("the"), target.last, target.era, "dated")
    name = i - 2 if norms[i - 1] == "in" else i - 1
    if capitalized[name] and norms[name] not in _NOT_DATED and norms[name].isalpha():
        return Target(name, target.last, target.era, "dated", place=True)
    return target


# (1.2.0) Words a speaker sets between commas inside a frame: "since, what, the '94
# season", "the highest since, I think, the Great Depression".
_FILLERS = frozenset(
    (
        ("what",),
        ("say",),
        ("oh",),
        ("uh",),
        ("um",),
        ("frankly",),
        ("honestly",),
        ("arguably",),
        ("perhaps",),
        ("maybe",),
        ("basically",),
        ("i", "guess"),
        ("i", "think"),
        ("i", "suppose"),
        ("i", "believe"),
        ("i", "mean"),
        ("you", "know"),
        ("in", "fact"),
        ("of", "course"),
        ("let", "'s", "say"),
        ("i", "'d", "say"),
        ("i", "'d", "argue"),
        ("in", "a", "way"),
        ("if", "you", "like"),
        ("if", "you", "will"),
    )
)
_FILLER_MARKS = frozenset((",", "--", "\u2014", "\u2013"))


def _past_filler(norms: Sequence[str], i: int) -> int:
    """Where a frame's slot starts when a filler set off by commas or dashes follows the
    frame at ``i`` ("since, what, the '94 season"): after the filler, else ``i``."""
    if i >= len(norms) or norms[i] not in _FILLER_MARKS:
        return i
    for size in (1, 2, 3):
        end = i + 1 + size
        if end < len(norms) and norms[end] == norms[i] and tuple(norms[i + 1 : end]) in _FILLERS:
            return end + 1
    return i


def _event_dated(target: Target, norms: Sequence[str]) -> bool:
    """(1.2.0) Whether a dated target is an event said in lower case: "the lira crisis of
    2001", "the '89 quake", "the floods of 1993", a team or a season by its year said short
    ("the '94 season"); not "the summer of 1990", nor "the 2019 season", a time a year
    dates ("his best game since the 2019 season")."""
    if target.kind != "dated" or norms[target.first] != "the":
        return False
    inner = range(target.first + 1, target.last)
    if any(norms[k] in _PLAIN_EVENTS for k in inner):
        return True
    return any(norms[k] in _SQUADS for k in inner) and "'" in norms[target.first : target.last]


def _since_event(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """(1.2.0) Whether a dated target is an event "since" takes after a superlative: one
    with a name ("the Herstatt crisis of 1974") or said plainly (``_event_dated``); not a
    year before a noun of time ("the biggest crowd since the 2015 final", "the highest
    turnout since the 2008 election", which compare with a year as "since 2008" does)."""
    inner = range(target.first, target.last)
    named = capitalized and any(
        capitalized[k] and norms[k].isalpha() and norms[k] not in _NOT_DATED for k in inner
    )
    return bool(named) or _event_dated(target, norms)


# (1.2.0) Nouns of a disaster, a crisis or an inquiry that make a plainly said dated noun an
# event ("the lira crisis of 2001"); not elections, deals or seasons, which date a time ("As
# the election of 2008 approached").
_PLAIN_EVENTS = _DISASTERS | frozenset(
    "quake quakes spill blaze hearings closures coup coups uprising riot riots scandal affair "
    "bust bubble strike strikes blackout blackouts devaluation purge massacre".split()
)


def _dated_label(
    target: Target, norms: Sequence[str], capitalized: Sequence[bool], surface: Sequence[str]
) -> Target:
    """A dated target that names its event is labelled as written, with its own year:
    "the Great Flood of 1953" (not the Cold War holding 1953), "the 1987 crash"; a place
    or a season keeps the period that holds its year ("Europe in 1940", "the summer of
    1914" -> Second World War, First World War)."""
    if target.kind != "dated" or norms[target.first] != "the" or target.place:
        return target
    year = next((int(n) for n in norms[target.first : target.last] if _YEAR.match(n)), None)
    if year is None:
        # "the '75 fiscal crisis", "the pit closures in '84"
        short = [
            k
            for k in range(target.first, target.last - 1)
            if norms[k] == "'" and norms[k + 1].isdigit() and len(norms[k + 1]) == 2
        ]
        year = _short_year(norms[short[0] + 1]) if short else None
    if year is None:
        return target
    inner = range(target.first + 1, target.last)
    event = (
        norms[target.first + 1] in (str(year), "'") and norms[target.last - 1] in _EVENT_NOUNS
    ) or (
        # (1.2.0) "the lira crisis of 2001", where no shipped period holds the year
        _event_dated(target, norms) and target.era.label == str(year)
    )
    named = any(capitalized[k] and norms[k].isalpha() and norms[k] not in _NOT_DATED for k in inner)
    if not (event or named):
        return target
    label = " ".join(surface[target.first + 1 : target.last]).replace(" 's", "'s")
    label = _SHORT_LABEL.sub(r"'\1", label)  # "'85 Bears"
    era = Era(label[:1].upper() + label[1:], year, year)
    return Target(target.first, target.last, era, "dated", place=target.place)


_SHORT_LABEL = re.compile(r"(?:^|(?<= ))[\'\u2018\u2019] (\d\d)\b")


def _in_name(hit: Hit, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether a frame word is written as part of a name ("the Hall of Mirrors"): it
    starts with a capital after a lower-case word."""
    i = hit.first
    return (
        bool(capitalized)
        and i > 0
        and capitalized[i]
        and norms[i][:1].isalpha()
        and norms[i] != "i"
        and norms[i - 1].isalpha()
        and not capitalized[i - 1]
    )


def _dated_decade(target: Target, norms: Sequence[str]) -> Target | None:
    """ "the land reform campaign of the 1950s": a noun dated by a decade, a target besides
    the decade itself (which "reminiscent of the 1930s" takes)."""
    j = target.first - (norms[target.first] != "the")
    if target.kind != "decade" or j < 3 or norms[j] != "the" or norms[j - 1] != "of":
        return None
    for k in range(j - 2, max(j - 6, -1), -1):
        if norms[k] == "the":
            return Target(k, target.last, target.era, "dated")
        if not norms[k].isalpha() or norms[k] == "of":
            return None
    return None


def _named(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether an era is written as a name ("its Vietnam", "its 9/11"), not as a common
    word ("its iron curtain")."""
    if not capitalized:
        return True
    i = target.first + (norms[target.first] == "the" and target.last - target.first > 1)
    return capitalized[i] or not norms[i][:1].isalpha()


def _ends_clause(norms: Sequence[str], i: int) -> bool:
    """Whether the clause ends at token ``i`` (or a word of ``_THIS_IS_ENDS`` follows)."""
    return i >= len(norms) or norms[i] in _THIS_IS_ENDS


def _year_ends(norms: Sequence[str], target: Target) -> bool:
    """A bare year that ends its clause and is not a date ("on 28 June 1919")."""
    before = norms[target.first - 1] if target.first else ""
    return (
        _ends_clause(norms, target.last)
        and before not in _NOT_DATED
        and not before.isdigit()
        and before not in ("in", "on", "since", "of", "from", "until", "by")
    )


# Frames of "since" that take a year after its month when it names an event: "more
# nuclear risk than any moment since October 1962"; not "the largest increase since July
# 2009", "since 2015".
_MONTH_YEAR_FRAMES = frozenset(
    "any time since|anytime since|any point since|any period since|"
    "seen since|unseen since|unprecedented since|unmatched since|unparalleled since|"
    "not witnessed since".split("|")
)
# Frames of coming back that a literal return follows: "has returned to the museum".
_RETURNS = frozenset(("has returned", "have returned", "is back", "are back"))
# A title before a figure names a person of the speaker's day: "quoting President Reagan".
_INVOKING = frozenset("quoting paraphrasing".split())
_TITLES = frozenset("president senator governor mr mr. mrs mrs. ms ms. secretary".split())

# A recent year after "as in" compares figures unless it names an event.
_AS_IN_FRAMES = frozenset(
    "as in|just as in|like in|unlike|as it was in|as they were in|as we were in|like it 's|"
    "like it was|been here before|seen this before|"
    "some of us remember|those of us who remember".split("|")
)
_RECENT = 1990

# A year names an event when a short shipped period holds it: 2008 is the financial crisis.
_EVENT_SPAN = 10


def _names_event(target: Target) -> bool:
    era = target.era
    return era.label != str(era.start) and era.end - era.start <= _EVENT_SPAN


def _modifies(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether a place is followed by a common noun it modifies: "a Dallas police officer",
    "as loud as the Dallas stadium"."""
    return (
        target.place
        and target.last < len(norms)
        and norms[target.last].isalpha()
        and norms[target.last] not in _PLACE_NOUN_ENDS
        and not (capitalized and capitalized[target.last])
    )
