"""The cheap test run on every token before looking for frames: which words may name a
time or belong to a frame that takes a name the gazetteer lacks (``may_name_time``),
and the word pairs the first matching pass marks instead (``FRAME_KEYS``). The
resources give both to the matcher, which runs them over every document, analogy or not.
"""

from __future__ import annotations

from .times import _DECADE_WORDS
from .unlisted import _EVENT_HEADS, _LITERAL_HEADS, _PLAN_HEADS

# Words of the frames that take a name the gazetteer lacks ("a Kodak moment", "do a
# Nokia", "its Sengoku era", "called the Theranos of India"), so that frames are looked
# for where they stand.
_UNLISTED_WORDS = frozenset(
    "moment redux era century time modern-day latter-day pull pulls pulled pulling called dubbed "
    "branded nicknamed hailed becoming become becomes became reminiscent echoes echo harks "
    "hark evokes evoking evoked recalls lessons return rerun replay repeat re-run reprise "
    "remake carbon shades ghosts ghost specter spectre spectres echoed echoing conjures "
    "conjure conjured throwback flashback reincarnation revival shadow since reminded "
    "scenes scene rebirth resurgence retread reboot chapter replaying present-day "
    "21st-century twenty-first-century generation reincarnated".split()
) | (_EVENT_HEADS - _PLAN_HEADS - _LITERAL_HEADS - frozenset(("war", "wars")))
# Not marked, to keep the cost of looking for frames low on common words (the analysis
# of the debates takes 4 to 10 % more CPU time than with 0.9.0): "do a" (a name it takes
# is missed unless another word of the sentence marks it), and heads that the frames of
# novelty do not take ("another General Strike") or that are listed in their names ("a
# new Cold War").
# "time", "stand" and "again" are too common to mark alone (a fifth of the debates'
# sentences hold "time"); the frames that need them without a listed era are found by
# these phrases in the first matching pass instead ("the Enron of our time", "Never
# again.").
FRAME_KEYS = (
    ("our", "time"),
    ("his", "time"),
    ("her", "time"),
    ("its", "time"),
    ("their", "time"),
    ("time", "warp"),
    ("last", "stand"),
    ("never", "again"),  # "Never again."
    ("over", "again"),  # "Kodak all over again"; "again" alone needs a listed event
)
_TIME_WORDS = frozenset({"century", *_DECADE_WORDS, *_UNLISTED_WORDS} - {"time", "stand"})


def may_name_time(norm: str) -> bool:
    """Whether a token may name a year, a decade or a century, or belongs to a frame that
    takes a name the gazetteer lacks (a cheap test before looking for frames; see also
    ``FRAME_KEYS``); a word of three hyphenated parts may be a listed phrase
    ("a let-them-eat-cake moment")."""
    return (
        norm in _TIME_WORDS
        or (len(norm) >= 4 and norm[:4].isdigit())  # "1940", "1930s"; not "10" or "30"
        or (norm[:1] == "'" and norm[1:2].isdigit())
        or norm == "'"  # a year said short is "'" and two digits: "the '85 Bears"
        or norm.count("-") >= 2
    )
