"""Spoken hedges read from constructions: *kind of* / *sort of* as a degree adverb, not
a noun, and the elliptical "Could be." opening a sentence; and the *may* / *might* that
grants the hearer a view ("you may think ..."), which is no hedge of the speaker's."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from .shared import _covered, _merged

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# 1.13.0: spoken hedges, failures of timing and extent, candour frames. Rules over
# constructions, each keyed on a word few sentences hold.
#
# *kind of* and *sort of* as spoken hedges ("I kind of agree", "we kind of lost our legs",
# "it's sort of easing", "Kind of, yeah."): after a subject pronoun, a copula or an
# auxiliary, an adverb of degree, a filler or a clause boundary. Not the noun ("what kind
# of question", "this kind of weapon", "the very kind of people", "some kind of expert",
# "an Istanbul 2005 kind of comeback"), which a determiner, an adjective or a name precedes.
SPOKEN_HEDGE = Entry("kind of", ("kind", "of"), "hedging", 1.0, "hedging")
_HEDGE_NOUNS = frozenset({"kind", "sort"})
_HEDGE_BEFORE = frozenset(
    (
        "i we you he she it they 's 're 'm is are am was were be been being 've have has had "
        "just really also still only , ; : \u2014 -- - uh um er and but so like "
        "'d 'll would will did do does ... "
        # 1.20.0: after an object pronoun or a verb of seeming ("It's giving me kind of
        # goosebumps", "it would look kind of phony", "I felt kind of lost")
        "me us him them look looks looked seem seems seemed feel feels felt sound sounds "
        "sounded"
    ).split()
)
# (nor the adjective: "It is kind of you to come", "That was kind of them")
_HEDGE_NOT_AFTER = frozenset(
    "thing things stuff person people guy man you him her them us me".split()
)


def _spoken_hedge_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``SPOKEN_HEDGE`` hit for each *kind of* / *sort of* used as
    a hedge (a degree adverb), not as a noun, that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for i in range(n - 1):
        if norms[i] not in _HEDGE_NOUNS or norms[i + 1] != "of" or i in taken or i + 1 in taken:
            continue
        if i > 0 and norms[i - 1] not in _HEDGE_BEFORE:
            continue
        if i + 2 < n and norms[i + 2] in _HEDGE_NOT_AFTER:
            continue
        added.append(Hit(i, i + 2, (SPOKEN_HEDGE,)))
    return _merged(stance, added)


RULE_KEYS += (("kind", "of"), ("sort", "of"))


# 1.14.0: the elliptical modal of spoken English opening a sentence ("Could be nothing.
# Could be huge.", "Could be a recession next year, could be a soft landing"): the
# speaker's "it could be", a hedge. Not a question ("Could be worse?"), nor the idiom
# of consolation ("Could be worse").
COULD_BE = Entry("could be", ("could", "be"), "hedging", 1.0, "hedging")
_NOT_COULD_BE = frozenset({"worse", "better", "?"})


def _could_be_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``COULD_BE`` hit when the sentence opens with "could be"."""
    if (
        norms[:2] != ["could", "be"]
        or norms[-1] == "?"
        or len(norms) < 3
        or norms[2] in _NOT_COULD_BE
        or any(h.first < 2 for h in stance)
    ):
        return stance
    return _merged(stance, [Hit(0, 2, (COULD_BE,))])


RULE_KEYS += (("could", "be"),)


# 1.14.0: a view put in the hearer's mouth, or some people's ("Ranking Member, you may
# think you can intimidate this agency", "Some of you might feel this target is too
# ambitious", "some may argue"): the modal grants them the view; it is no hedge of the
# speaker's. "You might say" is the speaker's own tentative wording, and stays a hedge.
# After "whatever" or "no matter what" the modal is left to rule 14.
# 1.20.0: and others unnamed ("Somebody might say 'establishment' - I say experience").
_VIEW_HOLDERS = frozenset({"you", "some", "somebody", "someone", "others", "critics"})
_VIEW_MODALS = frozenset({"may", "might"})
_VIEWS = frozenset("think believe feel wonder say argue claim suggest object hear".split())
_BRUSHED = frozenset({"whatever", "matter", "what", "however"})


def _granted_view_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits without the hedge on each *may / might* that grants the hearer,
    or some people, a view of their own."""
    kept = [
        h
        for h in stance
        if not (
            norms[h.first] in _VIEW_MODALS
            and h.last == h.first + 1
            and h.first >= 1
            and norms[h.first - 1] in _VIEW_HOLDERS
            and h.last < len(norms)
            and norms[h.last] in _VIEWS
            and not (norms[h.last] == "say" and norms[h.first - 1] == "you")
            and _BRUSHED.isdisjoint(norms[max(0, h.first - 4) : h.first])
        )
    ]
    return kept if len(kept) < len(stance) else stance


RULE_KEYS += tuple((w, m) for w in sorted(_VIEW_HOLDERS) for m in sorted(_VIEW_MODALS))
