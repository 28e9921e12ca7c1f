"""An adverb inside a first-person entry ("I really couldn't tell you", "we just can't
accept that"): the entry matched again without it. Apart from the other rules: it
needs the lexicons' automaton and first-person starts, so the resources run it between
the two rule lists of ``index``."""

from __future__ import annotations

from collections.abc import Sequence

from ..matcher import Hit, Layers
from .shared import GAP_KEY

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# 1.7.0: an adverb inside a first-person entry. Spoken and written alike put an adverb
# after the subject or its auxiliary ("I really couldn't tell you", "I honestly don't
# know", "we just can't accept that", "I'm truly sorry for", "I totally messed up"): the
# entry is looked for again, from its subject, without the adverb.
INSERTED = frozenset(
    "really honestly just genuinely truly frankly simply actually totally completely "
    "seriously".split()
)
_INSERT_HOSTS = frozenset(
    "'m am 're are 'll will wo 've have had did do does was were can ca could would".split()
)
_INSERT_WINDOW = 9


def inserted_hits(
    main: Layers,
    starts: frozenset[tuple[str, ...]],
    norms: Sequence[str],
    stance: list[Hit],
    at: Sequence[int],
) -> list[Hit]:
    """The stance hits with the hits an inserted adverb split: each entry that starts at
    *I* or *we* (or its auxiliary) and runs two words or more past the adverb, matched
    without it. ``starts`` holds the first three words of the entries of three words or
    more that start with *I* or *we*, so that the window is matched only where one may
    start; ``at`` holds the adverbs' positions."""
    added: list[Hit] = []
    for k in at:
        if k == 0:
            continue
        start = k - 1
        if norms[start] in _INSERT_HOSTS and start and norms[start - 1] in ("i", "we"):
            start -= 1
        elif norms[start] not in ("i", "we"):
            continue
        before = k - start
        if tuple(norms[start:k]) + tuple(norms[k + 1 : k + 4 - before]) not in starts:
            continue
        window = [*norms[start:k], *norms[k + 1 : k + _INSERT_WINDOW]]
        for hit in main.find_marked(window)[0][0]:
            if hit.first != 0 or hit.last < before + 2:
                continue  # two words at least after the adverb: not "I just feel it"
            if any(e.category == GAP_KEY for e in hit.entries):
                continue
            new = Hit(start, start + hit.last + 1, hit.entries)
            if all(
                h.last <= new.first
                or h.first >= new.last
                or (h.first >= new.first and h.last <= new.last)
                for h in stance
            ):
                added.append(new)
            break
    if not added:
        return stance
    inside = {h for h in stance for a in added if h.first >= a.first and h.last <= a.last}
    return sorted([h for h in stance if h not in inside] + added, key=lambda h: h.first)


RULE_KEYS += tuple((w,) for w in sorted(INSERTED))
