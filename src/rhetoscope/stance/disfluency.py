"""Spoken disfluencies: fillers and stuttered function words left out before matching, so
that a phrase broken by "uh" or a restart ("We'll, uh, we'll take two more") is found."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

# Spoken disfluencies (1.8.0): fillers and a stuttered function word or pronoun break
# phrases ("I- I'll give her that", "has, uh, decided to delay", "We'll, uh, we'll take
# two more"). They are left out before matching; a repeated content word ("never,
# never") is emphasis and stays.
_FILLERS = frozenset({"uh", "um", "er", "erm", "uhm", "uh-huh", "mm", "hmm"})
_STUTTER_MARKS = frozenset({",", "-", "--", "\u2014", "\u2013", "..."})
_STUTTERED = frozenset(
    "i we you they he she it that this the a an to in into of on for and but if so "
    "'ll 'm 're 's 've 'd will wo do did does is are was were have has had "
    # 1.9.0: modals restart too ("I may have, uh, I may have overstated")
    "may might can ca could would should must".split()
)


def _fluent(norms: Sequence[str]) -> list[int] | None:
    """The positions of the tokens to match when ``norms`` holds fillers or a stutter
    (a pronoun or function word, or two or three, said again after a comma or dash), else
    None.
    A filler goes with the commas around it ("has, uh, decided" reads "has decided")."""
    if _DISFLUENT.isdisjoint(norms):
        return None  # most sentences: no filler, comma or dash
    n = len(norms)
    drop: set[int] = set()
    for i in compress(range(n), map(_DISFLUENT.__contains__, norms)):
        if norms[i] in _FILLERS:
            drop.add(i)
            if i + 1 < n and norms[i + 1] in _STUTTER_MARKS:  # "uh,", "uh -"
                drop.add(i + 1)
            if i and norms[i - 1] == ",":
                drop.add(i - 1)
            continue
        if not i or i in drop:
            continue
        j = i + 1  # "i - i 'll", "we , we", "i 'll , i 'll", "into , uh , into"
        while j < n and (norms[j] in _FILLERS or (norms[j] == "," and norms[j - 1] in _FILLERS)):
            j += 1
        if j == n or norms[j] not in _STUTTERED:
            continue  # a comma or a dash, no stutter: what is said again is a function word
        if norms[j] not in norms[max(0, i - 4) : i]:
            continue  # (each reading below needs it among the four words before the mark:
            # a stutter of one to three words starts with it, a restart three or four back)
        for size in (3, 2, 1):  # 1.9.0: three words ("I may have, uh, I may have")
            before = norms[i - size : i] if i >= size else ()
            if (
                len(before) == size
                and tuple(before) == tuple(norms[j : j + size])
                and all(u in _STUTTERED for u in before)
                and before[0][0] != "'"
            ):
                drop.update(range(i - size, j))
                break
        else:  # a restart: "that's just, that's flatly false", "we were, we are"
            for k in (1, 2):
                start = i - 2 - k
                if (
                    start >= 0
                    and norms[start] in _STUTTERED
                    and norms[start + 1][:1] == "'"
                    and tuple(norms[start : start + 2]) == tuple(norms[j : j + 2])
                    and all(u in _RESTART_FILLERS for u in norms[start + 2 : i])
                ):
                    drop.update(range(start, j))
                    break
    if not drop:
        return None
    return [i for i in range(n) if i not in drop]


_DISFLUENT = _FILLERS | _STUTTER_MARKS
_RESTART_FILLERS = frozenset(
    "just really actually simply totally honestly frankly very so like kinda also still".split()
)
