"""The words and helpers that several families of rules over constructions read: sentence
and clause bounds, the first-person auxiliaries, whether a subject opens its
clause, and how a rule's hits join the stance hits. Kept apart so that the rule modules
import one small module rather than each other."""

from __future__ import annotations

from collections.abc import Sequence

from ..matcher import Hit
from ..negation import YIELDING
from ..speakers.names import TITLES

GIVING_WAY = frozenset({"concession", YIELDING})
SENTENCE_END = frozenset({".", "!", "?", ";", ":"})
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "but"})
# The titles a person is named by before the name ("Senator McCain", "Mayor Thompson",
# "Councilwoman Diaz", "Mr. Bush"): the speakers' own list, one for every rule.
PERSON_TITLES = TITLES
OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "``": "''"}
SENTENCE_MARKS = frozenset({",", ".", "!", "?", ";", ":"})
GAP_KEY = "gap-key"  # the category of the gapped entries' key words in the first pass
_ADMITTING_ADVERBS = frozenset(
    "arguably probably perhaps maybe clearly certainly obviously frankly honestly really "
    "definitely surely".split()
)


def _owner(
    norms: Sequence[str], at: int, adverbs: frozenset[str], subjects: Sequence[str], reach: int
) -> int | None:
    """Where the first-person subject of the verb at ``at`` stands, past at most ``reach``
    - 1 of ``adverbs``, when it opens its clause; else None."""
    k = at - 1
    while k >= 0 and at - k <= reach and norms[k] in adverbs:
        k -= 1
    if k < 0 or norms[k] not in subjects or not opens_clause(norms, k):
        return None
    return k


def _covered(stance: Sequence[Hit]) -> set[int]:
    """The token positions the stance hits cover: a construction rule adds no hit there."""
    return {i for h in stance for i in range(h.first, h.last)}


def _merged(stance: list[Hit], added: list[Hit]) -> list[Hit]:
    """The stance hits and the hits a construction rule added, in order of position."""
    return sorted(stance + added, key=lambda h: h.first) if added else stance


def _gives_way(hit: Hit) -> bool:
    """Whether ``hit`` holds a give-way (a concession or a yielding)."""
    return any(e.category in GIVING_WAY for e in hit.entries)


# Words several families read: clause bounds with "and" / "so" (first written for the
# anyway rule), the speaker's side as an object (the prohibition), the progressive and
# clause ends of the plain refusal (its subjects are ``negation.FIRST_PERSON``), and
# "would" (the same again).
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "and", "but", "so"})
_OURS = frozenset("us our me my".split())
_PLAIN_PROGRESSIVE = frozenset({"'m", "am", "'re", "are", "ai"})
_PLAIN_ENDS = frozenset({".", "!", ",", ";", "\u2014", "--", "\u2013"})
_WOULD = frozenset({"'d", "would"})


_CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "now", "well"})
_OWN_HEDGES = frozenset({"think", "believe", "guess", "suppose", "suspect", "fear"})


def opens_clause(norms: Sequence[str], k: int) -> bool:
    """Whether the subject at ``k`` opens its clause, after adverbs or the speaker's own
    "I think": not a subordinate, relative or reported clause. (1.21.0, second part) An
    opening quotation mark opens one where the quotation is speech: at the sentence's
    start ('"We disagree strongly with those claims"') or a double one after a comma or a
    colon ('She said, "I disagree."'); not a quoted label ("answered 'I strongly
    disagree'") nor a quotation nested in one ("parents who are saying, 'we are not...'")."""
    j = k - 1
    while j >= 0 and norms[j] in _ADMITTING_ADVERBS:
        j -= 1
    if j >= 1 and norms[j] in _OWN_HEDGES and norms[j - 1] == "i":
        j -= 2
    return (
        j < 0
        or norms[j] in CLAUSE_ENDS
        or norms[j] in _CLAUSE_OPENERS
        or (norms[j] in OPEN_QUOTES and _quotes_speech(norms, j))
    )


_DOUBLE_QUOTES = frozenset({'"', "\u201c", "``"})


def _quotes_speech(norms: Sequence[str], q: int) -> bool:
    """Whether the opening quotation mark at ``q`` opens speech: the sentence's first token
    or a double mark after a comma or a colon."""
    return q == 0 or (norms[q] in _DOUBLE_QUOTES and norms[q - 1] in (",", ":"))
