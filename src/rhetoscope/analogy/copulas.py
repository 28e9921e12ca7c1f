"""Comparisons by being or likeness: "X is Y" with a word of likeness ("is Napoleon
marching on Moscow"), "we're Kodak", "the X of Y" ("the Berlin of our time"), "as
ADJ as" an era, and a vantage in the past ("Victorian commentators called...") that
dates the one comparing.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dating import _ends_clause, _modifies, _named
from .frames import _AS_AS_NOT, _AS_AS_WINDOW, _CLAUSE_END
from .model import Target
from .times import _MONTHS, _YEAR
from .unlisted import _OLD, _names_as

# "The lithium concessions are Cortés with a drilling rig", "Pushing the army into the
# mountains is Napoleon marching on Moscow": a present copula, then a named figure or event
# with a word of likeness after it; not "Her hero is Churchill."
_COPULA_NOW = frozenset("is are".split())
_COPULA_ENDS = frozenset("with without all again marching crossing".split())
_COPULA_SUBJECTS_NOT = frozenset("who which that what there here he she it this".split())
_COPULA_DENIALS = frozenset("not n't no".split())


def _copula(
    norms: Sequence[str], targets: Sequence[Target], capitalized: Sequence[bool] = ()
) -> list[tuple[int, Target]]:
    """(first token, target) of each "NOUN is ERA" with a figure or an event written as a
    name right after a present copula whose subject is a noun; (1.1.0) also past a hedge
    ("is basically the dot-com bubble with extra steps"), a dated name after "the" ("the
    defense right now is the '85 Bears."), and "we're", "you're", "they're" before an era
    that ends the clause ("If we don't change, we're Kodak.")."""
    found = []
    for target in targets:
        i = target.first
        if i < 2 or not capitalized:
            continue
        # a listed era written after "the" it does not hold: "the dot-com bubble"
        the_before = target.kind == "era" and norms[i - 1] == "the" and norms[i] != "the"
        head = i - 1 if the_before else i
        if head < 2:
            continue
        cop = _hedged(norms, head)
        named_the = (
            norms[i] == "the"
            and target.kind == "dated"
            and any(capitalized[k] and norms[k].isalpha() for k in range(i + 1, target.last))
        )
        if (
            target.kind == "dated"
            and (capitalized[i] or named_the)
            and norms[cop] in _COPULA_NOW
            and norms[cop - 1].isalpha()
            and norms[cop - 1] not in _COPULA_SUBJECTS_NOT
            and _ends_clause(norms, target.last)
        ):
            found.append((cop, target))  # "Cyprus's bloated banks are Iceland in 2008,"
            continue
        if target.kind != "era":
            continue
        if (
            not target.place
            and norms[cop] in _WE_ARE
            and cop >= 1
            and norms[cop - 1] in _WE_ARE_SUBJECTS
            and (capitalized[i] or (norms[head] == "the" and not target.figure))
            and _ends_clause(norms, target.last)
        ):
            found.append((cop - 1, target))  # "we're Kodak.", "they're Chamberlain."
            continue
        denied = norms[head - 1] in _COPULA_DENIALS and head >= 3  # "Afghanistan is not Vietnam."
        if denied:
            cop = head - 2
        if norms[cop] not in _COPULA_NOW or norms[cop - 1] in _COPULA_SUBJECTS_NOT:
            continue
        if not norms[cop - 1].isalpha():
            continue
        if norms[head] == "the":
            # "the Great Depression" is read by other frames, but not with a word of
            # likeness after it: "is basically the dot-com bubble with extra steps"
            if target.place or target.figure or target.last >= len(norms):
                continue
            if norms[target.last] not in _COPULA_ENDS or not _likeness_tail(norms, target.last):
                continue
            found.append((cop, target))
            continue
        if not capitalized[i]:
            continue
        if target.place:
            # a place is an era only after a named subject, the clause ending there:
            # "Iraq is not Vietnam.", not "The biggest exporter is Vietnam" (a fact)
            if not (capitalized[cop - 1] and _ends_clause(norms, target.last)):
                continue
        elif target.last >= len(norms) or norms[target.last] not in _COPULA_ENDS:
            continue
        found.append((cop, target))
    return found


# Hedges a speaker puts between a copula and its complement: "is basically", "is
# pretty much", "is kind of".
_COPULA_HEDGES = frozenset(
    "basically essentially literally just really effectively practically".split()
)
_COPULA_HEDGE_PAIRS = (("pretty", "much"), ("kind", "of"), ("sort", "of"))
# "we're Kodak.", "you'll be Blockbuster.": a first or second person, or "they", cast as
# an era.
_WE_ARE = frozenset("'re are".split())
_WE_ARE_SUBJECTS = frozenset("we you they".split())


# "with its bread lines" describes the era itself; "with extra steps", "with spreadsheets"
# say what the present adds to it.
_OWN_TAILS = frozenset("its their his her the all every".split())


def _likeness_tail(norms: Sequence[str], k: int) -> bool:
    """Whether "with" or "without" at ``k`` adds the present to an era rather than
    describing the era itself ("the Great Depression with its bread lines")."""
    return norms[k] not in ("with", "without") or (
        k + 1 < len(norms) and norms[k + 1] not in _OWN_TAILS
    )


def _hedged(norms: Sequence[str], i: int) -> int:
    """The token before the complement at ``i``, past up to one hedge: "is basically"."""
    cop = i - 1
    if norms[cop] in _COPULA_HEDGES:
        return cop - 1
    if cop >= 2 and tuple(norms[cop - 1 : cop + 1]) in _COPULA_HEDGE_PAIRS:
        return cop - 2
    return cop


# Words that place the one comparing in the past, with the year their time ended:
# "Victorian commentators called the railway mania a repeat of the South Sea Bubble".
_PAST_VANTAGES = {
    "victorian": 1901,
    "victorians": 1901,
    "edwardian": 1910,
    "elizabethan": 1603,
    "tudor": 1603,
    "georgian": 1837,
    "medieval": 1500,
    "renaissance": 1600,
}


# "since the war began": the start of a span of time, not an event compared with.
_TIME_VERBS = frozenset("began begun started ended broke erupted hit struck".split())
_VANTAGE_BREAKS = frozenset("; : \u2014 \u2013 -- but today now yet".split())


def _vantage(norms: Sequence[str], capitalized: Sequence[bool], first: int) -> int | None:
    """The year from which someone before the frame compared, when the sentence places
    them in the past: "Newspapers in 1906 likened ...", "Victorian commentators called
    ..."; an era that ended by then is their analogy, told as history, not the
    speaker's. Only an old year after "in" or a capitalized word of a past age counts."""
    for k in range(first - 1, -1, -1):
        norm = norms[k]
        if norm in _VANTAGE_BREAKS:
            return None  # "In 1938 he flew to Munich; today's deal is like Munich"
        if (
            _YEAR.match(norm)
            and k
            and norms[k - 1] == "in"
            and int(norm) < _OLD
            and not (k + 1 < len(norms) and norms[k + 1] in ("as", "when"))
        ):
            return int(norm)
        if norm in _PAST_VANTAGES and capitalized and capitalized[k]:
            return _PAST_VANTAGES[norm]
    return None


def _the_x_of(
    norms: Sequence[str], targets: Sequence[Target], capitalized: Sequence[bool] = ()
) -> list[tuple[int, Target]]:
    """(first token, target) of each "is the ERA of Y": an era named after a copula and
    "the" and followed by "of" and a word that is neither a number nor a clause end."""
    found = []
    for target in targets:
        if target.kind != "era" or target.last + 1 >= len(norms):
            continue
        the = target.first if norms[target.first] == "the" else target.first - 1
        if the < 1 or norms[the] != "the" or not _names_as(norms, the):
            continue
        if norms[target.last] != "of" or not _named(target, norms, capitalized):
            continue
        after = norms[target.last + 1]
        if after in _CLAUSE_END or after[:1].isdigit() or after in _MONTHS:
            continue  # "the Mexico of 1910" is read as a dated era
        found.append((the - 1, target))
    return found


def _as_as(
    norms: Sequence[str], targets: Sequence[Target], capitalized: Sequence[bool] = ()
) -> list[tuple[int, Target]]:
    """ "as bold as the Meiji Restoration", "as divided as it was on the eve of Fort
    Sumter": (first token, target) of each "as ADJ as" followed by a named era, decade or
    century in the same clause; a person is compared, not an era ("as popular as Reagan")."""
    found = []
    for i in range(len(norms) - 3):
        if norms[i] != "as" or norms[i + 2] != "as":
            continue
        word = norms[i + 1]
        if not word.isalpha() or word in _AS_AS_NOT or (i and norms[i - 1] == "as"):
            continue
        start = i + 3
        best = None
        for target in targets:
            if target.kind not in ("era", "decade", "century") or target.figure:
                continue  # not "as popular as Ronald Reagan", "as badly as Greece in 2010"
            if _modifies(target, norms, capitalized):
                continue  # not "as loud as the Dallas stadium allows"
            if (
                start <= target.first < start + _AS_AS_WINDOW
                and not _CLAUSE_END.intersection(norms[start : target.first])
                and (best is None or target.first < best.first)
            ):
                best = target
        if best is not None:
            found.append((i, best))
    return found
