"""Which frame reaches which target: the words that may stand between a frame and its
era beyond the frame's window ("resemble the chaos of the Mexican Revolution"), the
nearest target a frame takes, and the lexicon entry of a hit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from .frames import (
    _BARE_FRAMES,
    _CLAUSE_END,
    _COMPARE_ENDS,
    _GAP_ENDS,
    _GAP_EXTRA,
    _GAP_TOPICS,
    _GAP_WHAT,
    _PERSONAL_FRAMES,
    _THIS_IS_FRAMES,
)
from .model import FRAME, Target

# Which words may stand between a frame and its era beyond the frame's window.
_GAP_NONE, _GAP_ALL, _GAP_PEOPLE, _GAP_COMPARE = 0, 1, 2, 3
# (1.2.0) "at": "like the marchers at Selma", "like the powers at the Berlin Conference"
_GAP_OF = frozenset("of in during under at".split())
_NO_GAP_FRAMES = (
    _BARE_FRAMES
    | _PERSONAL_FRAMES
    | _THIS_IS_FRAMES
    | frozenset(
        "the way|next|is no|'re no|'s no|he 's no|she 's no|it 's no|that 's no|are no|"
        "was no|in".split("|")
    )
)


def _gap_ok(gap: Sequence[str], caps: Sequence[bool], gaps: int) -> bool:
    """Whether the tokens between a frame and its era leave the comparison whole."""
    if not gap or _CLAUSE_END.intersection(gap):
        return False
    if _GAP_TOPICS.intersection(gap):
        return False  # "a new biography of Napoleon", "a new film about the Blitz"
    tail = _tail(gap)
    if (
        gaps != _GAP_COMPARE
        and gap[0] == "the"
        and 3 <= len(tail) <= 4
        and tail[-1] in ("of", "on", "in")
        and tail[-2] in _TIME_NOUNS
        and not (caps and any(caps[1:]))
    ):
        return True  # "like the early years of AIDS", "like the first day on the Somme"
    if _tail(gap)[-1] == "on" and not (len(_tail(gap)) > 1 and _tail(gap)[-2].endswith("ed")):
        return False  # "the indemnity France imposed on Haiti", not "the embargo on the Soviets"
    if gaps == _GAP_COMPARE:
        return _tail(gap)[-1] in _COMPARE_ENDS | _GAP_ENDS
    tail = _tail(gap)
    if gaps == _GAP_PEOPLE and gap[0] == "the" and 3 <= len(tail) <= 4 and tail[-1] in _GAP_OF:
        # "like the confiscations of the 1860s", "like the scholars of Constantinople",
        # "like the great powers in 1914"
        return (tail[-1] == "of" or tail[-2].endswith("s")) and not (caps and any(caps[1:]))
    if gaps == _GAP_PEOPLE and gap[0] == "the" and len(tail) == 4 and tail[2] in ("who", "that"):
        # "like the crowds who stormed the Bastille"
        return tail[1].endswith("s") and tail[3].endswith("ed") and not (caps and any(caps[1:]))
    if gaps == _GAP_PEOPLE:
        # "like Germans in the Weimar years", "like Londoners during the Blitz"
        head, *rest = gap
        return (
            bool(caps)
            and caps[0]
            and head.endswith("s")
            and rest[:1] in (["in"], ["during"], ["under"])
            and rest[1:] in ([], ["the"])
        ) or _ends_with(gap, ("during", "under"))  # "just as food left Ireland during the"
    if gaps != _GAP_ALL:
        return False
    tail = _tail(gap)
    if gap[0] == "what":
        return tail[-1] in _GAP_WHAT  # "what was done to", "what happened in"
    return tail[-1] in _GAP_ENDS  # "the chaos of", "scenes from the", "voyage of"


_TIME_NOUNS = frozenset(
    "day days year years month months week weeks hours morning eve dawn height start end "
    "aftermath time times heyday twilight".split()
)


def _tail(gap: Sequence[str]) -> Sequence[str]:
    return gap[:-1] if gap[-1] == "the" and len(gap) > 1 else gap


def _ends_with(gap: Sequence[str], words: Sequence[str]) -> bool:
    return _tail(gap)[-1] in words


def _nearest(
    hit: Hit,
    slot: str,
    window: int,
    targets: Sequence[Target],
    accepts: set[str],
    places: bool = True,
    shared: bool = False,
    norms: Sequence[str] = (),
    capitalized: Sequence[bool] = (),
    gaps: int = _GAP_NONE,
    event: bool = False,
    figures: bool = True,
) -> tuple[Target | None, int]:
    best, best_distance = None, window
    reach = window + _GAP_EXTRA if gaps and slot == "after" and window > 1 else window
    for target in targets:
        if target.kind not in accepts or (target.place and not places):
            continue
        if event and (target.place or target.figure):
            continue
        if target.figure and not figures:
            continue
        after = slot == "after" or (slot == "around" and target.first >= hit.last)
        distance = target.first - hit.last if after else hit.first - target.last
        if shared and slot == "after" and distance == -1:
            distance = 0  # the frame's last word "the" starts the era: "what the Nazis"
        if target.kind == "dated" and after and hit.first < target.first < hit.last < target.last:
            distance = 0  # "reopens the wounds of 1973": the frame holds "the ... of"
        if window <= distance < reach:
            gap = norms[hit.last : target.first]
            if not _gap_ok(gap, capitalized[hit.last : target.first], gaps):
                continue
            distance = window - 1  # farther than any target inside the window
        if 0 <= distance < best_distance or (
            0 <= distance < window
            and best is not None
            and best.kind.startswith("unlisted")
            and not target.kind.startswith("unlisted")
        ):
            # a listed era wins over a name nobody listed: "Pyrrhus at Asculum all over again"
            if (
                best is not None
                and target.kind.startswith("unlisted")
                and not best.kind.startswith("unlisted")
            ):
                continue
            best, best_distance = target, distance
    return best, best_distance


def _frame_named(hits: Sequence[Hit], pattern: str) -> Entry | None:
    return next(
        (e for h in hits for e in h.entries if e.category == FRAME and e.pattern == pattern), None
    )


def _entry(hit: Hit, category: str) -> Entry | None:
    for entry in hit.entries:  # a loop, not a generator: asked of every hit several times
        if entry.category == category:
            return entry
    return None
