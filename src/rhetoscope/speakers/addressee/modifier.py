"""A quotation that modifies a noun: a label, not words anyone said.

A word or two in quotation marks between a determiner and the noun they modify ('a
"deconstructed" shepherd's pie', 'this "temporary" detour', 'the "romance" of
lighthouses') is a term held at arm's length inside a noun phrase: no one's words to cut
out of the turn, whoever the sentence says called it so ("You've called this a
"deconstructed" shepherd's pie on the card").
"""

from __future__ import annotations

import re

from ...models import Segment

_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur|[Mm]y|[Ii]ts)\s*$"
)
# The word after the closing mark, when it is in lower case: the noun the label goes on.
_NEXT_WORD = re.compile(r"[\"\u201d\u2019']?\s+(?P<word>[a-z][a-z'\u2019\-]*)")
# Words of closed classes that cannot head the noun phrase: a verb or a word opening a
# clause or a phrase of its own ('the "hot seat" is', 'that "speed is compassion" is how',
# 'called her "Miss Housekeeping" because', 'a "hoax" from day one'), and an adverb of
# time, frequency or degree that ends the phrase ('called the report a "hoax" yesterday',
# 'a "mistake" last week', 'a "farce" twice', 'a "witch hunt" again this morning').
_NOT_A_NOUN = frozenset(
    """is was are were be been being has have had and or but nor to of in on at for with by
    from about into onto over under after before during since until than as that which who
    whom whose when whenever where while if because although though so then does did do
    will would can could should shall may might must yesterday today tonight tomorrow now
    again once twice thrice last next this these those ever never always often still just
    already too also even only here there back ago anyway instead either neither not""".split()
)
_MAX_WORDS = 3  # a term, not a sentence


def _noun_follows(text: str, at: int) -> bool:
    """Whether a noun the label modifies follows ``at`` (its closing mark): a lower-case
    word of an open class, not an adverb in -ly ('a "hoax" repeatedly')."""
    m = _NEXT_WORD.match(text, at)
    if m is None:
        return False
    word = m["word"].lower()
    return word not in _NOT_A_NOUN and not word.endswith("ly")


def modifies_a_noun(text: str, quote: Segment) -> bool:
    """Whether ``quote`` (its marks included) stands between a determiner and its noun."""
    words = text[quote.start + 1 : quote.end - 1].split()
    return (
        0 < len(words) <= _MAX_WORDS
        # (no comma or stop inside: 'called her "Miss Housekeeping," because she' ends it)
        and words[-1][-1:].isalnum()
        and _DETERMINER_BEFORE.search(text, max(0, quote.start - 12), quote.start) is not None
        and _noun_follows(text, quote.end - 1)
    )


# A word that places a label: a heading, a field or a box the words are printed on ('He
# wrote, under "description of injury,"', 'the column headed "Other concerns"').
_PLACED_UNDER = re.compile(
    r"\b(?:under|headed|marked|labell?ed|entitled|titled|captioned)\s*$", re.IGNORECASE
)
_MAX_LABEL_WORDS = 6  # a heading, not a sentence


def names_a_heading(text: str, quote: Segment) -> bool:
    """Whether ``quote`` (its marks included), a few words, follows a word that places
    a label, with no comma between: the words of a heading, a field or a box."""
    words = text[quote.start + 1 : quote.end - 1].split()
    return (
        0 < len(words) <= _MAX_LABEL_WORDS
        and _PLACED_UNDER.search(text, max(0, quote.start - 12), quote.start) is not None
    )
