"""Questions: where a sentence's question starts (after a quoted "said,"), a statement of
the speaker's own before a spoken question, and disbelief that is a question by form
only. A hit inside a question is not counted as the speaker's stance."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Entry
from ..matcher import Hit
from ..models import Token

_QUOTE_CLOSERS = frozenset({"\u201d", '"', "''", "'", "\u00bb", ")"})


# A question quoted at the end of a statement ("I stood up to President Reagan and said,
# how can we possibly...?"): the statement before the saying is the speaker's stance.
_QUESTION_SAYING = frozenset("said say says asked ask asks told tell tells".split())
_INTERROGATIVES = frozenset(
    "who whom whose what which why how when where whether is are was were am do does did "
    "can could will would shall should may might must have has had 're 's".split()
)
_OPENING_FILLERS = frozenset("and but so now well first then or ,".split())


def _question_start(norms: Sequence[str]) -> int:
    """The token where the question of a sentence ending in "?" starts: after the last
    "said," / "asked," when the sentence does not open as a question itself (0 then)."""
    lead = 0
    while lead < len(norms) and norms[lead] in _OPENING_FILLERS:
        lead += 1
    if lead >= len(norms) or norms[lead] in _INTERROGATIVES:
        return 0
    for j in range(len(norms) - 2, lead, -1):
        if norms[j] in _QUESTION_SAYING and norms[j + 1] in (",", ":", '"', "\u201c", "``"):
            return j
    return 0


# 1.8.0: a spoken question often follows a statement of the speaker's own in the same
# sentence ("I'm not sure I follow, are you saying...?", "I could be totally wrong, but
# it feels like it peaked?", "I'll grant that, but a third?", "...never say never,
# right?"). A hit in an earlier clause whose subject is *I* or *we* is stated, not asked.
_QUESTION_BOUNDS = frozenset({",", ";", ":", ".", "!", "\u2014", "--", "-", "but"})
_STATEMENT_OPENERS = frozenset(
    "and but so now well look yes okay ok sure honestly frankly maybe perhaps probably then".split()
)
_FIRST_PERSON = frozenset({"i", "we"})


def _stated_before_question(norms: Sequence[str], hit: Hit) -> bool:
    """Whether ``hit`` lies in a first-person clause before the last clause of a sentence
    that ends in a question mark."""
    lead = 0
    while lead < len(norms) and norms[lead] in _OPENING_FILLERS:
        lead += 1
    if lead >= len(norms) or norms[lead] in _INTERROGATIVES:
        return False  # "Are we as strong as we must be if we're going to...?"
    end = len(norms) - 1
    while end > 0 and (norms[end] in _QUOTE_CLOSERS or norms[end] == "?"):
        end -= 1
    if ":" in norms[hit.last : end]:
        return False  # "I must ask you: will you...?" frames the question
    bound = next((i for i in range(end, hit.last - 1, -1) if norms[i] in _QUESTION_BOUNDS), None)
    if bound is None or bound == end:
        return False
    start = hit.first
    while start > 0 and norms[start - 1] not in _QUESTION_BOUNDS and norms[start - 1] != ":":
        start -= 1
    while start < end and norms[start] in _STATEMENT_OPENERS:
        start += 1  # "and maybe I don't"
    return norms[start] in _FIRST_PERSON


def is_question(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(tokens):
        if token.norm not in _QUOTE_CLOSERS:
            return token.norm == "?"
    return False


# 1.15.0: disbelief put to the adversary is a question by form only ("And you expect
# this jury to believe that?", "Do you really expect us to believe..."): the second person
# and "believe" in a defiance entry.
def _disbelief(entry: Entry) -> bool:
    """Whether a defiance entry puts disbelief to its hearer ("you expect us to believe")."""
    return entry.category == "defiance" and "you" in entry.tokens[:4] and "believe" in entry.tokens
