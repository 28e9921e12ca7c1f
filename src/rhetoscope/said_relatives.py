"""Another's words as a free relative: "what he said", "everything my opponent just told
you", "whatever they claim". One detector for the verdict rules (``constructions``:
"What he said is simply false" is the speaker's verdict on those words) and for the
report scope (``reported``: such a saying reports no clause of its own)."""

from __future__ import annotations

from collections.abc import Sequence

SAYINGS = frozenset(
    (
        "said says saying claimed claims claiming stated states suggested suggests suggesting "
        "told tells telling wrote writes heard alleged alleges"
    ).split()
)
HEADS = frozenset({"what", "everything", "nothing", "whatever"})
# Between the saying and what is said of the words: whom they were told, and when ("what
# he told you just now", "what she said tonight").
_TOLD = frozenset(
    "you us me them people just simply here tonight today earlier again now also".split()
)
_TOLD_REACH = 3
_REACH = 5
# The speaker's own words ("what I said": an admission, no one else's claim) or a clause
# end stop the search for the head.
_STOPS = frozenset({"i", "we", ",", ";", ":", ".", "!", "?", "\u2014", "--", "but", "and"})


def relative_head(norms: Sequence[str], verb: int) -> int | None:
    """Where the free relative whose saying stands at ``verb`` opens ("what" in "what my
    opponent said"), or None: no saying, no head, or the speaker's own words."""
    if norms[verb] not in SAYINGS:
        return None
    for j in range(verb - 1, max(-1, verb - _REACH - 1), -1):
        if norms[j] in HEADS:
            return j
        if norms[j] in _STOPS:
            return None
    return None


def after_saying(norms: Sequence[str], verb: int) -> int:
    """Where what follows the saying at ``verb`` and its "you" / "tonight" starts."""
    j = verb + 1
    while j < len(norms) and j - verb <= _TOLD_REACH and norms[j] in _TOLD:
        j += 1
    return j


def relative_ending_at(norms: Sequence[str], end: int) -> int | None:
    """Where a free relative of another's saying that ends at ``end`` (inclusive) opens
    ("what he said", "everything he told you tonight"), or None."""
    k = end
    while k > 0 and end - k < _TOLD_REACH and norms[k] in _TOLD:
        k -= 1
    return relative_head(norms, k)
