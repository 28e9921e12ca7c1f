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
# A lower-case word after the closing mark that goes on the noun phrase, not a verb or a
# word that opens a clause or a phrase of its own ('the "hot seat" is', 'that "speed is
# compassion" is how', 'called her "Miss Housekeeping" because').
_NOUN_AFTER = re.compile(
    r"[\"\u201d\u2019']?\s+(?!(?:is|was|are|were|be|been|has|have|had|and|or|but|to|of|in|on"
    r"|at|for|with|by|that|which|who|as|than|does|did|do|will|would|can|could|because"
    r"|when|if|while|since|although|so|then)\b)[a-z]"
)
_MAX_WORDS = 3  # a term, not a sentence


def modifies_a_noun(text: str, quote: Segment) -> bool:
    """Whether ``quote`` (its marks included) stands between a determiner and its noun."""
    words = text[quote.start + 1 : quote.end - 1].split()
    return (
        0 < len(words) <= _MAX_WORDS
        # (no comma or stop inside: 'called her "Miss Housekeeping," because she' ends it)
        and words[-1][-1:].isalnum()
        and _DETERMINER_BEFORE.search(text, max(0, quote.start - 12), quote.start) is not None
        and _NOUN_AFTER.match(text, quote.end - 1) is not None
    )
